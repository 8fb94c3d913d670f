/**
 * Many services from GitHub Actions, against the GitHub test server: each service's state as its own
 * release assets, one listing of the release for a plan of every service, the Deployment and the
 * notification naming the service.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assetName } from '../src/github/release-store.js'
import { type DeploymentState, serializeState } from '../src/state/schema.js'
import { beginAttempt, recordSuccess } from '../src/state/transitions.js'
import { runAction } from './support/action.js'
import { actionsEnv, mirror, ownRepo, useGitHubServer } from './support/github.js'
import { TestRepo } from './support/git.js'
import { Recorder } from './support/recorder.js'
import { useServer } from './support/use-server.js'

const EXAMPLE = resolve(import.meta.dirname, '../examples/monorepo')
const TAG = 'deploy-orchestrator-state'
const SERVICES = ['api', 'worker', 'web']

const server = useGitHubServer()
const hooks = useServer(
  () => Recorder.start(),
  (r) => r.close()
)

/** A state of one service (or of the environment, without `service`) at `version`, sequence 2. */
function deployed(version: string, service?: string, environment = 'production'): DeploymentState {
  const now = new Date().toISOString()
  const claimed = beginAttempt(
    null,
    environment,
    { deployment_id: 'seed', operation: 'rebuild', version, started_at: now },
    now,
    service
  )
  return recordSuccess(
    claimed,
    { version, config_commits: {}, deployed_at: now, deployment_id: 'seed', operation: 'rebuild' },
    3,
    now
  )
}

/** The example layout in a repository of the test server, every service deployed at its first commit. */
function monorepo() {
  const { n, name, token, repo } = ownRepo(server(), 'acme/shop')
  const local = new TestRepo('monorepo-gh-')
  cpSync(EXAMPLE, local.dir, { recursive: true })
  const first = local.commit({}, 'the example layout')
  mirror(repo, first)
  const release = repo.addRelease({ tag: TAG, draft: true })
  for (const service of SERVICES) {
    repo.addAsset(release, {
      name: assetName('production', 2, service),
      data: serializeState(deployed(first, service))
    })
  }
  // States that are not these services': the repository before it had services, another environment.
  repo.addAsset(release, { name: assetName('production', 2), data: serializeState(deployed(first)) })
  repo.addAsset(release, {
    name: assetName('staging', 2, 'api'),
    data: serializeState(deployed(first, 'api', 'staging'))
  })
  const root = mkdtempSync(join(tmpdir(), 'monorepo-gh-running-'))
  for (const service of SERVICES) writeFileSync(join(root, service), `${first}\n`) // every service runs
  const run = (sha: string, inputs: Record<string, string>) =>
    runAction({
      cwd: local.dir,
      inputs: { 'github-token': token, ...inputs },
      env: { DEPLOY_ROOT: root, ...actionsEnv(server(), { repository: name, runId: 90_000 + n, sha }) }
    })
  const assets = () =>
    repo.releases
      .flatMap((r) => r.assets)
      .map((a) => a.name)
      .sort()
  return { repo, local, first, run, assets }
}

describe('services on the release store', () => {
  it('a no-change plan of every service: one listing of the releases and of the assets, one download per service', async () => {
    const m = monorepo()
    const before = server().requests.length
    const run = await m.run(m.first, { mode: 'plan', service: 'all' })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.matrix).toBe('{"include":[]}')
    expect(run.outputs.operation).toBe('none')
    const requests = server().requests.slice(before)
    const api = requests.filter((r) => r.server === 'api').map((r) => r.operation)
    expect(api.filter((op) => op === 'GET /repos/{owner}/{repo}/releases')).toHaveLength(1)
    expect(api.filter((op) => op === 'GET /repos/{owner}/{repo}/releases/{release_id}/assets')).toHaveLength(1)
    expect(api.filter((op) => op === 'GET /repos/{owner}/{repo}/releases/assets/{asset_id}')).toHaveLength(3)
    expect(api).toHaveLength(5)
    expect(requests.filter((r) => r.server === 'storage')).toHaveLength(3)
    // Each service read its own state, named for it.
    expect(run.stdout).toContain('State (release deploy-orchestrator-state of ')
    for (const service of SERVICES) expect(run.stdout).toContain(`(assets production.${service}.state.NNNNNN.json)`)
  })

  it('a deploy of one service writes only its assets; its Deployment and its notification name it', async () => {
    const m = monorepo()
    const v2 = m.local.commit({ 'api/src/server.js': 'console.log("v2")\n' })
    mirror(m.repo, v2)
    const before = m.assets()
    const heard = hooks().requests.length
    const run = await m.run(v2, {
      service: 'api',
      'github-deployments': 'true',
      'notify-webhook-url': `${hooks().url}/hooks/T000/B000/secretpart`,
      'notify-on-success': 'true'
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'success', operation: 'redeploy' })
    expect(m.assets()).toEqual([...before, assetName('production', 3, 'api'), assetName('production', 4, 'api')].sort())
    const deployment = m.repo.deployments.at(-1)!
    expect(deployment).toMatchObject({ environment: 'production/api', sha: v2 })
    expect(deployment.payload).toMatchObject({ service: 'api' })
    expect(deployment.statuses.map((s) => s.state)).toEqual(['in_progress', 'success'])
    expect(run.summary).toContain('GitHub Deployment')
    const message = (await hooks().received(heard + 1)).at(-1)!.json
    expect(message.text).toContain('Deployed: api (production)')
    expect(JSON.stringify(message.blocks)).toContain('*Service*\\napi')

    // The next plan of every service sees the api at v2 and the others where they were.
    const plan = await m.run(v2, { mode: 'plan', service: 'all' })
    const plans = JSON.parse(plan.outputs.plans!)
    expect(plans.api).toMatchObject({ operation: 'none', previous_version: v2, state_sequence: 4 })
    expect(plans.worker).toMatchObject({ operation: 'none', previous_version: m.first, state_sequence: 2 })
  })

  it('a repository without services still reads its environment’s state beside the services’ assets', async () => {
    const m = monorepo()
    // The same repository before it declared services: its config file without `services:`.
    writeFileSync(join(m.local.dir, '.github/deploy-orchestrator.yml'), 'deploy-command: ./deploy.sh\n')
    const run = await m.run(m.first, { mode: 'plan' })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toContain('(assets production.state.NNNNNN.json)')
    expect(JSON.parse(run.outputs.plan!)).toMatchObject({ state_sequence: 2, previous_version: m.first })
  })
})
