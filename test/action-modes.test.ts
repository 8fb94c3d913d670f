import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { HealthServer } from './support/health-server.js'
import { Scenario } from './support/scenario.js'
import { useServer } from './support/use-server.js'

const health = useServer(
  () => HealthServer.start(),
  (h) => h.stop()
)

describe('modes', () => {
  it('plan changes nothing; deploy executes exactly that plan; a plan whose state moved is refused', async () => {
    const s = new Scenario()
    s.app.commit({ 'app.py': '1' })
    const planned = await s.action({ mode: 'plan' })
    expect(planned.exitCode).toBe(0)
    expect(planned.outputs).toMatchObject({ status: 'planned', operation: 'redeploy', 'requires-approval': 'false' })
    expect(s.commands()).toEqual([])
    expect(s.state()).toBeNull()
    const plan = planned.outputs.plan!
    expect(JSON.parse(plan)).toMatchObject({ operation: 'redeploy', state_sequence: 0, environment: 'production' })

    // The plan is taken as given, even though the work tree moved on meanwhile.
    s.app.commit({ 'app.py': '2' })
    const deployed = await s.action({ plan })
    expect(deployed.exitCode, deployed.stdout).toBe(0)
    expect(deployed.outputs['new-version']).toBe(JSON.parse(plan).version)
    expect(deployed.stdout).toMatch(/Executing the plan made at/)

    const again = await s.action({ plan })
    expect(again.exitCode).toBe(1)
    expect(again.stdout).toMatch(/the state moved since this run read it .*re-plan/)
    expect(s.commands()).toHaveLength(1)
  })

  it('a tampered or foreign plan is refused before anything runs', async () => {
    const s = new Scenario()
    s.app.commit({ 'app.py': '1' })
    const plan = JSON.parse((await s.action({ mode: 'plan' })).outputs.plan!)
    const foreign = await s.action({ plan: JSON.stringify({ ...plan, environment: 'staging' }) })
    expect(foreign.stdout).toMatch(/the plan is for environment staging, this run deploys production/)
    const broken = await s.action({ plan: JSON.stringify({ ...plan, operation: 'explode' }) })
    expect(broken.stdout).toMatch(/`plan`: operation/)
    const notJson = await s.action({ plan: '{nope' })
    expect(notJson.stdout).toMatch(/`plan`: not valid JSON/)
    expect(s.commands()).toEqual([])
  })

  it('rollback returns to the previous good version (or rollback-to), checks it and records it', async () => {
    const s = new Scenario({ 'health-urls': health().url('/health'), 'rollback-command': s0() })
    function s0() {
      return 'echo "rollback version=$DEPLOY_VERSION previous=$DEPLOY_PREVIOUS_VERSION" >> "$COMMAND_LOG"'
    }
    const v1 = s.app.commit({ 'app.py': '1' })
    await s.action()
    const v2 = s.app.commit({ 'app.py': '2' })
    await s.action()
    s.app.commit({ 'app.py': '3' })
    await s.action()
    const run = await s.action({ mode: 'rollback', 'rollback-to': v1.slice(0, 8) })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({
      operation: 'rollback',
      status: 'success',
      'rolled-back': 'true',
      'new-version': v1
    })
    expect(s.commands().at(-1)).toBe(`rollback version=${v1} previous=${s.state().known_bad[0].version}`)
    expect(s.state().current).toMatchObject({ version: v1, operation: 'rollback' })

    const refused = await s.action({ mode: 'rollback', 'rollback-to': s.state().known_bad[0].version })
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toMatch(/is known bad/)
    const next = await s.action({ mode: 'rollback' })
    expect(next.outputs['new-version']).toBe(v2)
  })

  it('status reports state and health and changes nothing; a down service fails the step', async () => {
    const s = new Scenario({
      'health-urls': health().url('/health'),
      'status-command': 'test ! -f "$COMMAND_LOG.down" && echo running'
    })
    s.app.commit({ 'app.py': '1' })
    await s.action()
    const before = JSON.stringify(s.state())
    const up = await s.action({ mode: 'status' })
    expect(up.exitCode).toBe(0)
    expect(up.outputs.status).toBe('success')
    expect(up.summary).toMatch(/Service healthy/)
    writeFileSync(`${s.logFile}.down`, '')
    const down = await s.action({ mode: 'status' })
    expect(down.exitCode).toBe(1)
    expect(down.outputs.status).toBe('failed')
    expect(down.stdout).toMatch(/not healthy/)
    expect(JSON.stringify(s.state())).toBe(before)
    expect(s.commands()).toHaveLength(1)
  })

  it('each environment has its own state', async () => {
    const s = new Scenario()
    s.app.commit({ 'app.py': '1' })
    await s.action({ environment: 'staging' })
    expect(s.state('staging').current).not.toBeNull()
    expect(s.state('production')).toBeNull()
    expect((await s.action({ environment: 'production', mode: 'plan' })).outputs.operation).toBe('redeploy')
  })

  it('a crash in the middle of a state write leaves the old state whole, and the next run continues', async () => {
    const s = new Scenario()
    const v1 = s.app.commit({ 'app.py': '1' })
    await s.action()
    const stateFile = join(s.app.dir, '.deploy-state', 'production.json')
    const before = readFileSync(stateFile, 'utf8')
    s.app.commit({ 'app.py': '2' })
    for (const point of ['state-file-before-fsync', 'state-file-before-rename']) {
      const crashed = await s.action({}, { DEPLOY_ORCHESTRATOR_FAILPOINT: point })
      expect(crashed.exitCode).toBeNull() // killed by SIGKILL
      expect(readFileSync(stateFile, 'utf8')).toBe(before)
      expect(JSON.parse(readFileSync(stateFile, 'utf8')).current.version).toBe(v1)
    }
    const next = await s.action()
    expect(next.exitCode, next.stdout).toBe(0)
    expect(next.outputs.status).toBe('success')
    expect(readdirSync(join(s.app.dir, '.deploy-state'))).toEqual(['production.json'])
  })
})

describe('a run in progress holds the environment', () => {
  const claim = (overrides: Record<string, unknown>) => (s: Scenario, version: string) => {
    const dir = join(s.app.dir, '.deploy-state')
    mkdirSync(dir, { recursive: true })
    const record = {
      version,
      config_commits: {},
      deployed_at: '2026-11-22T00:00:00.000Z',
      deployment_id: 'd1',
      operation: 'redeploy'
    }
    writeFileSync(
      join(dir, 'production.json'),
      JSON.stringify({
        schema_version: 1,
        environment: 'production',
        sequence: 3,
        updated_at: 'x',
        current: record,
        history: [record],
        known_bad: [],
        last_attempt: {
          deployment_id: 'other-run',
          operation: 'redeploy',
          version,
          status: 'in_progress',
          started_at: new Date().toISOString(),
          ...overrides
        }
      })
    )
  }

  it.each([
    ['a live process on this machine', { host: hostname(), pid: process.pid }],
    ['a recent run elsewhere', { host: 'runner-elsewhere', pid: 1 }]
  ])('refuses while %s holds it, before any change', async (_, overrides) => {
    const s = new Scenario()
    const v1 = s.app.commit({ 'app.py': '1' })
    claim(overrides)(s, v1)
    s.app.commit({ 'app.py': '2' })
    const run = await s.action()
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/another deploy is running: redeploy of .* by run other-run/)
    expect(s.commands()).toEqual([])
    expect(s.state().sequence).toBe(3)
    expect((await s.action({ mode: 'plan' })).exitCode).toBe(0)
  })

  it.each([
    ['a dead process on this machine', { host: hostname(), pid: 2 ** 22 + 1 }],
    [
      'a run elsewhere older than its lease',
      { host: 'runner-elsewhere', started_at: new Date(Date.now() - 31 * 60_000).toISOString() }
    ]
  ])('takes over from %s, and deploys again', async (_, overrides) => {
    const s = new Scenario()
    const v1 = s.app.commit({ 'app.py': '1' })
    claim(overrides)(s, v1)
    const run = await s.action()
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.operation).toBe('redeploy')
    expect(run.summary).toMatch(/never finished/)
  })
})
