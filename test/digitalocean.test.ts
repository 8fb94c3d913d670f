// platform: digitalocean, rolling: the real bundle against the DigitalOcean API test server.
import { describe, expect, it } from 'vitest'
import { digest, useScenarios } from './digitalocean-harness.js'

const scenario = useScenarios()

describe('platform digitalocean (rolling)', () => {
  it('redeploys by digest: the spec update pins the image digest, the active deployment is verified, health on live_url', async () => {
    const s = await scenario()
    const d1 = digest('web:1')
    const v1 = s.commit(1)
    const run = await s.run({ 'image-digest': d1, operation: 'redeploy' })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'success', operation: 'redeploy', 'new-version': v1 })
    expect(s.changes()).toEqual(['PUT /v2/apps/blue'])
    const [put] = s.bodies('PUT /v2/apps/blue')
    expect(put.spec.services[0].image).toEqual({ registry_type: 'DOCR', repository: 'blue', digest: d1 })
    const app = s.server.app(s.blue.id)
    expect(app.activeDeployment).toMatchObject({ digest: d1, cause: 'app spec updated' })
    expect(run.stdout).toContain(`Running version verified: ${d1}`)
    expect(run.stdout).toMatch(/app blue: deployment [0-9a-f-]+ ACTIVE \(2\/2 steps done\)/)
    expect(run.result!.health_checks.map((c: any) => c.endpoint)).toEqual([`${app.url}/health`])
    expect(s.state().current).toMatchObject({
      version: v1,
      image_digest: d1,
      platform: { app_id: s.blue.id, deployment_id: app.activeDeploymentId }
    })
    // The token is masked: it appears only in the runner's add-mask command.
    expect(run.stdout.split(s.server.token)).toHaveLength(2)
    expect(run.stdout).toContain(`::add-mask::${s.server.token}`)

    // The same digest again: no spec change, a new deployment of the current spec.
    s.commit(2)
    const again = await s.run({ operation: 'redeploy' })
    expect(again.exitCode, again.stdout).toBe(0)
    expect(s.changes()).toEqual(['PUT /v2/apps/blue', 'POST /v2/apps/blue/deployments'])
    expect(s.bodies('POST /v2/apps/blue/deployments')).toEqual([{ force_build: false }])
  })

  it('rebuilds with one force_build deployment (the first deploy is a rebuild), no second deployment for the restart step', async () => {
    const s = await scenario()
    const v1 = s.commit(1)
    const run = await s.run()
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'success', operation: 'rebuild' })
    expect(s.changes()).toEqual(['POST /v2/apps/blue/deployments'])
    expect(s.bodies('POST /v2/apps/blue/deployments')).toEqual([{ force_build: true }])
    const app = s.server.app(s.blue.id)
    expect(app.deployments).toHaveLength(2)
    expect(app.activeDeployment!.history.map((h) => h.phase)).toEqual([
      'PENDING_BUILD',
      'BUILDING',
      'PENDING_DEPLOY',
      'DEPLOYING',
      'ACTIVE'
    ])
    expect(run.stdout).toContain('no separate restart')
    expect(s.state().current).toMatchObject({
      version: v1,
      operation: 'rebuild',
      platform: { deployment_id: app.activeDeploymentId }
    })
  })

  it("restarts with the app's rolling restart", async () => {
    const s = await scenario()
    s.commit(1)
    expect((await s.run({ 'image-digest': digest('web:1'), operation: 'redeploy' })).exitCode).toBe(0)
    const run = await s.run({ operation: 'restart' })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(s.changes()).toEqual(['PUT /v2/apps/blue', 'POST /v2/apps/blue/restart'])
    expect(s.bodies('POST /v2/apps/blue/restart')).toEqual([{}])
    const app = s.server.app(s.blue.id)
    expect(app.activeDeployment).toMatchObject({ cause: 'app restart requested', digest: digest('web:1') })
    expect(app.deployments).toHaveLength(3)
    expect(s.state().current.operation).toBe('restart')
  })

  it('a failed build prints its build and deploy logs in a group and names the failing step; the old deployment serves, nothing is rolled back', async () => {
    const s = await scenario()
    const before = s.blue.activeDeploymentId
    s.server.nextDeployment(s.blue.id, { scenario: 'buildError', logs: { BUILD: ['npm ERR! missing script: build'] } })
    s.commit(1)
    const run = await s.run({ operation: 'rebuild' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ status: 'failed', 'rolled-back': 'false' })
    expect(run.stdout).toMatch(
      /::group::DigitalOcean build and deploy logs: app blue, deployment [0-9a-f-]+\n[\s\S]*npm ERR! missing script: build[\s\S]*error: build failed/
    )
    expect(run.stdout).toMatch(
      /::error::.*deployment [0-9a-f-]+ failed in step build › web: BuildJobExitNonZero: Your build job failed.*the previous deployment still serves/
    )
    expect(run.stdout).toContain('nothing to roll back')
    expect(s.changes()).toEqual(['POST /v2/apps/blue/deployments'])
    expect(s.server.app(s.blue.id).activeDeploymentId).toBe(before)
    const logFetches = s.server.sideRequests.filter((r) => r.kind === 'log')
    expect(logFetches.length).toBeGreaterThan(0)
    expect(logFetches.every((r) => r.authorization === undefined && r.status === 200)).toBe(true)
  })

  it('a deploy that passes the platform but fails our checks is rolled back (pinned), checked, and committed', async () => {
    const s = await scenario()
    const [d1, d2] = [digest('web:1'), digest('web:2')]
    const v1 = s.commit(1)
    expect((await s.run({ 'image-digest': d1, operation: 'redeploy' })).exitCode).toBe(0)
    const good = s.server.app(s.blue.id).activeDeploymentId
    s.server.nextDeployment(s.blue.id, { healthy: false })
    const v2 = s.commit(2)
    const run = await s.run({ 'image-digest': d2 })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({
      status: 'rolled_back',
      'rolled-back': 'true',
      'previous-version': v1,
      'new-version': v2
    })
    expect(s.changes()).toEqual([
      'PUT /v2/apps/blue',
      'PUT /v2/apps/blue',
      'POST /v2/apps/blue/rollback/validate',
      'POST /v2/apps/blue/rollback',
      'POST /v2/apps/blue/rollback/commit'
    ])
    expect(s.bodies('POST /v2/apps/blue/rollback')).toEqual([{ deployment_id: good, skip_pin: false }])
    const app = s.server.app(s.blue.id)
    expect(app.pinnedDeploymentId).toBeUndefined()
    expect(app.activeDeployment).toMatchObject({ digest: d1, type: 'MANUAL_ROLLBACK' })
    expect(run.result!.rollback).toMatchObject({ triggered: true, previous_version: v1, succeeded: true })
    expect(run.stdout).toContain('committed; the app takes deployments again')
    const state = s.state()
    expect(state.current).toMatchObject({ version: v1, platform: { deployment_id: good } })
    expect(state.known_bad[0]).toMatchObject({ version: v2 })
  })

  it('mode rollback returns to the last good deployment in state, checks it and commits', async () => {
    const s = await scenario()
    const v1 = s.commit(1)
    expect((await s.run({ 'image-digest': digest('web:1'), operation: 'redeploy' })).exitCode).toBe(0)
    const first = s.server.app(s.blue.id).activeDeploymentId
    s.commit(2)
    expect((await s.run({ 'image-digest': digest('web:2') })).exitCode).toBe(0)
    const run = await s.run({ mode: 'rollback' })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'success', 'new-version': v1 })
    expect(s.changes().slice(2)).toEqual([
      'POST /v2/apps/blue/rollback/validate',
      'POST /v2/apps/blue/rollback',
      'POST /v2/apps/blue/rollback/commit'
    ])
    expect(s.bodies('POST /v2/apps/blue/rollback')).toEqual([{ deployment_id: first, skip_pin: false }])
    const app = s.server.app(s.blue.id)
    expect(app).toMatchObject({ pinnedDeploymentId: undefined, activeDeployment: { digest: digest('web:1') } })
    expect(s.state().current).toMatchObject({
      version: v1,
      operation: 'rollback',
      platform: { deployment_id: app.activeDeploymentId }
    })
  })

  it('a rollback whose target is unhealthy too is reverted: rollback_failed', async () => {
    const s = await scenario()
    s.commit(1)
    expect((await s.run({ 'image-digest': digest('web:1'), operation: 'redeploy' })).exitCode).toBe(0)
    s.server.nextDeployment(s.blue.id, { healthy: false }) // the new version
    s.server.nextDeployment(s.blue.id, { healthy: false }) // the rollback to the old one
    s.commit(2)
    const run = await s.run({ 'image-digest': digest('web:2') })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ status: 'rollback_failed' })
    expect(s.changes().slice(-3)).toEqual([
      'POST /v2/apps/blue/rollback/validate',
      'POST /v2/apps/blue/rollback',
      'POST /v2/apps/blue/rollback/revert'
    ])
    expect(run.stdout).toMatch(/rollback reverted \(deployment [0-9a-f-]+\); the app is unpinned/)
    expect(run.stdout).toContain('a person must act')
    const app = s.server.app(s.blue.id)
    expect(app.pinnedDeploymentId).toBeUndefined()
    expect(app.activeDeployment).toMatchObject({
      digest: digest('web:2'),
      cause: expect.stringMatching(/^revert of rollback/)
    })
  })

  it('keeps every field of the spec it does not change, those dots does not model included, byte for byte', async () => {
    const spec = {
      name: 'blue',
      region: 'ams',
      features: ['buildpack-stack=ubuntu-22'],
      envs: [{ key: 'LOG_LEVEL', value: 'debug', scope: 'RUN_TIME' }],
      alerts: [{ rule: 'DEPLOYMENT_FAILED' }],
      services: [
        {
          name: 'web',
          image: {
            registry_type: 'GHCR',
            registry: 'acme',
            repository: 'web',
            tag: 'latest',
            registry_credentials: 'acme:ghp_x'
          },
          http_port: 8080,
          internal_ports: [9090, 9091],
          instance_count: 2,
          health_check: { http_path: '/healthz', port: 8080, initial_delay_seconds: 5 },
          routes: [{ path: '/' }]
        }
      ],
      workers: [
        {
          name: 'queue',
          image: { registry_type: 'DOCR', repository: 'queue', tag: 'v7' },
          envs: [{ key: 'A', value: 'b' }]
        }
      ]
    }
    const s = await scenario({}, { spec })
    const d1 = digest('web:1')
    s.commit(1)
    const run = await s.run({ 'image-digest': d1, operation: 'redeploy', 'digitalocean-components': 'web' })
    expect(run.exitCode, run.stdout).toBe(0)
    // Only web's image changes, and `digest` takes the place of `tag`.
    const expected = structuredClone(spec) as any
    expected.services[0].image = {
      registry_type: 'GHCR',
      registry: 'acme',
      repository: 'web',
      digest: d1,
      registry_credentials: 'acme:ghp_x'
    }
    const sent = JSON.parse(s.server.app(s.blue.id).lastUpdateBody!)
    expect(JSON.stringify(sent.spec)).toBe(JSON.stringify(expected))
    expect(JSON.stringify(s.server.app(s.blue.id).spec)).toBe(JSON.stringify(expected))

    // A component that does not exist is refused before any change.
    s.commit(2)
    const wrong = await s.run({
      'image-digest': digest('web:2'),
      operation: 'redeploy',
      'digitalocean-components': 'web,api'
    })
    expect(wrong.exitCode).toBe(1)
    expect(wrong.stdout).toMatch(
      /`digitalocean-components` names api, which the app spec does not have \(it has web, queue\)/
    )
    expect(s.changes()).toEqual(['PUT /v2/apps/blue'])
  })

  it('refuses canary before any change and names what can split traffic', async () => {
    const s = await scenario()
    s.commit(1)
    const run = await s.run({ strategy: 'canary' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::.*canary needs a traffic split, and DigitalOcean App Platform has none.*`platform: command` with a `switch-command`/
    )
    expect(s.changes()).toEqual([])
    expect(s.state()).toBeNull()
  })
})
