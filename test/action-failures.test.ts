import { describe, expect, it } from 'vitest'
import { HealthServer } from './support/health-server.js'
import { Scenario } from './support/scenario.js'
import { useServer } from './support/use-server.js'

const health = useServer(
  () => HealthServer.start(),
  (h) => h.stop()
)

/** A service whose health follows a marker file: the deploy of a broken version creates it. */
function brokenOnDeploy(s: Scenario, path: string, rollbackFixes = true) {
  const marker = `${s.logFile}.${path.slice(1)}`
  health().set(path, { failWhileExists: marker })
  return {
    'health-urls': health().url(path),
    'deploy-command': `${s.command('deploy')}\nif [ -f broken ]; then touch "${marker}"; else rm -f "${marker}"; fi`,
    'rollback-command': `${s.command('rollback')}\n${rollbackFixes ? `rm -f "${marker}"` : 'true'}`
  }
}

describe('failures and rollbacks', () => {
  it('a failing health check after a rolling deploy rolls back to the last good version, verified', async () => {
    const s = new Scenario()
    const inputs = brokenOnDeploy(s, '/rolling-ok')
    const v1 = s.app.commit({ 'app.py': '1' })
    expect((await s.action(inputs)).outputs.status).toBe('success')
    const v2 = s.app.commit({ 'app.py': '2', broken: 'yes' })
    const run = await s.action(inputs)
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({
      status: 'rolled_back',
      'rolled-back': 'true',
      'previous-version': v1,
      'new-version': v2
    })
    expect(s.commands().at(-1)).toBe(
      `rollback op=rollback version=${v1} previous=${v2} color= weight= image= digest= master=`
    )
    expect(run.result!.rollback).toMatchObject({ triggered: true, previous_version: v1, succeeded: true })
    expect(run.result!.rollback.reason).toMatch(/HTTP 503/)
    expect(run.result!.health_checks.filter((c: any) => c.phase === 'after rollback').every((c: any) => c.passed)).toBe(
      true
    )
    expect(run.stdout).toMatch(/::error::.*rolled back/)
    expect(run.summary).toContain('### Rollback')
    const state = s.state()
    expect(state.current.version).toBe(v1)
    expect(state.known_bad[0]).toMatchObject({ version: v2 })
    expect(state.last_attempt).toMatchObject({ status: 'rolled_back', version: v2 })
  })

  it('when the previous version is unhealthy too: rollback_failed, and the message says a person must act', async () => {
    const s = new Scenario()
    const inputs = brokenOnDeploy(s, '/rolling-broken', false)
    const v1 = s.app.commit({ 'app.py': '1' })
    expect((await s.action(inputs)).outputs.status).toBe('success')
    s.app.commit({ 'app.py': '2', broken: 'yes' })
    const run = await s.action(inputs)
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('rollback_failed')
    expect(run.stdout).toMatch(/a person must act/)
    expect(run.summary).toMatch(/Manual intervention needed/)
    expect(s.state().current.version).toBe(v1)
  })

  it('without auto-rollback the failure is reported and nothing is rolled back', async () => {
    const s = new Scenario()
    const inputs = { ...brokenOnDeploy(s, '/no-auto'), 'auto-rollback': 'false' }
    s.app.commit({ 'app.py': '1' })
    await s.action(inputs)
    s.app.commit({ 'app.py': '2', broken: 'yes' })
    const run = await s.action(inputs)
    expect(run.outputs).toMatchObject({ status: 'failed', 'rolled-back': 'false' })
    expect(run.stdout).toMatch(/auto-rollback is off/)
    expect(s.commands().some((c) => c.startsWith('rollback'))).toBe(false)
  })

  it('a failing build stops before traffic moves: failed, no rollback, the reason in the error', async () => {
    const s = new Scenario({
      'build-command': 'echo "compiling"; echo "error: missing base image" >&2; exit 3',
      'rollback-command': 'echo rollback >> "$COMMAND_LOG"'
    })
    s.app.commit({ 'app.py': '1' })
    const run = await s.cli('deploy', {}, ['--approve'])
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/build-command exited 3 after .*: error: missing base image/)
    expect(s.commands()).toEqual([])
    expect(s.state().current).toBeNull()
    expect(s.state().last_attempt.status).toBe('failed')
  })

  it('a running version that is not the deployed one fails the deploy and rolls back', async () => {
    const s = new Scenario({
      'verify-command': 'if [ -f stale ]; then echo 0000000; else echo "$DEPLOY_VERSION"; fi',
      'rollback-command': 'echo rollback >> "$COMMAND_LOG"'
    })
    const v1 = s.app.commit({ 'app.py': '1' })
    expect((await s.action()).outputs.status).toBe('success')
    s.app.commit({ 'app.py': '2', stale: 'x' })
    const run = await s.action()
    expect(run.outputs.status).toBe('rolled_back')
    expect(run.result!.message).toMatch(/the platform runs 0000000 but .* was deployed/)
    expect(s.state().current.version).toBe(v1)
  })

  it('a slow endpoint fails by timeout, each attempt recorded with its time', async () => {
    health().set('/slow', { delayMs: 3000 })
    const s = new Scenario({ 'health-urls': health().url('/slow'), 'health-timeout-seconds': '1' })
    s.app.commit({ 'app.py': '1' })
    const run = await s.action()
    expect(run.exitCode).toBe(1)
    expect(run.result!.health_checks).toHaveLength(2)
    for (const check of run.result!.health_checks) {
      expect(check).toMatchObject({ status_code: 0, passed: false, detail: 'no answer within 1 s' })
      expect(check.response_time_ms).toBeGreaterThanOrEqual(900)
      expect(check.response_time_ms).toBeLessThan(2500)
    }
    // A first deploy has nothing to go back to.
    expect(run.outputs.status).toBe('rollback_failed')
    expect(run.stdout).toMatch(/no earlier good version/)
  })

  it('an endpoint that is down is named with "connection refused"', async () => {
    const down = await HealthServer.start()
    const url = down.url('/health')
    await down.stop()
    const s = new Scenario({ 'health-urls': url })
    s.app.commit({ 'app.py': '1' })
    const run = await s.action()
    expect(run.result!.health_checks[0].detail).toBe('connection refused (nothing listening)')
  })

  it('a command past its deadline is stopped with its children, and the error says so', async () => {
    const s = new Scenario({
      'deploy-command': 'sleep 30 & sleep 30; echo never >> "$COMMAND_LOG"',
      'command-timeout-seconds': '1'
    })
    s.app.commit({ 'app.py': '1' })
    const started = Date.now()
    const run = await s.action()
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(run.stdout).toMatch(/deploy-command did not finish within command-timeout-seconds \(1 s\) and was stopped/)
    expect(s.commands()).toEqual([])
  })
})
