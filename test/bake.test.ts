import { describe, expect, it } from 'vitest'
import { type Probe, type ProbeAnswer, runHealthChecks } from '../src/verify/health.js'
import { HealthServer } from './support/health-server.js'
import { Scenario } from './support/scenario.js'
import { useServer } from './support/use-server.js'

const health = useServer(
  () => HealthServer.start(),
  (h) => h.stop()
)

let releases = 0

/**
 * Blue-green on the command platform, where the version named BAD_VERSION answers its public
 * health endpoint for 3 s after the switch to it, then 503: the release that passes its first check
 * and fails a moment later. The switch to any other version (the rollback's) mends it.
 */
function lateFailure(inputs: Record<string, string> = {}) {
  const path = `/public-${++releases}`
  const s = new Scenario({
    strategy: 'blue-green',
    'switch-command': [
      'echo "switch $DEPLOY_COLOR $DEPLOY_VERSION" >> "$COMMAND_LOG"',
      'if [ "$DEPLOY_VERSION" = "$BAD_VERSION" ]; then touch "$COMMAND_LOG.bad-since"; else rm -f "$COMMAND_LOG.bad-since"; fi'
    ].join('\n'),
    'health-urls': `${health().url('/{color}/health')}\n${health().url(path)}`,
    'health-retries': '2',
    'health-interval-seconds': '1',
    ...inputs
  })
  health().set(path, { failAfter: { file: `${s.logFile}.bad-since`, ms: 3000 } })
  return { s, url: health().url(path) }
}

describe('bake time', () => {
  it('without a bake, a release that fails 3 s after the switch passes its live check and is recorded good', async () => {
    const { s, url } = lateFailure()
    s.app.commit({ 'app.py': '1' })
    expect((await s.action()).outputs.status).toBe('success')
    const v2 = s.app.commit({ 'app.py': '2' })
    const run = await s.action({}, { BAD_VERSION: v2 })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('success')
    expect(s.state().current.version).toBe(v2)
    // …and yet it is broken: the public endpoint fails once the release is 3 s live.
    let status = 0
    for (let i = 0; i < 100 && status !== 503; i++) {
      status = (await fetch(url)).status
      if (status !== 503) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(status).toBe(503)
  })

  it('with bake-seconds: 6 the same release is caught after its live check and rolled back', async () => {
    const { s, url } = lateFailure({ 'bake-seconds': '6' })
    // A good release bakes through the whole window, then succeeds.
    const v1 = s.app.commit({ 'app.py': '1' })
    const first = await s.action({ 'bake-seconds': '2' })
    expect(first.exitCode, first.stdout).toBe(0)
    const firstBake = first.result!.steps.find((step: any) => step.name === 'health check (bake)')
    expect(firstBake).toMatchObject({ status: 'success', detail: expect.stringMatching(/^\d+ checks over 2 s$/) })
    expect(firstBake.duration_ms).toBeGreaterThanOrEqual(2000)
    const firstBakeChecks = first.result!.health_checks.filter((c: any) => c.phase === 'bake')
    expect(firstBakeChecks.filter((c: any) => c.endpoint === url).length).toBeGreaterThanOrEqual(3)
    expect(firstBakeChecks.every((c: any) => c.passed)).toBe(true)
    expect(first.stdout).toContain('Bake passed')

    const v2 = s.app.commit({ 'app.py': '2' })
    const run = await s.action({}, { BAD_VERSION: v2 })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ status: 'rolled_back', 'rolled-back': 'true' })
    const checks = run.result!.health_checks.filter((c: any) => c.endpoint === url)
    // The live check passed; the bake passed at first, then saw two 503s in a row.
    expect(checks.find((c: any) => c.phase === 'live')).toMatchObject({ passed: true })
    const baked = checks.filter((c: any) => c.phase === 'bake')
    expect(baked[0]).toMatchObject({ passed: true })
    expect(baked.slice(-2)).toEqual([
      expect.objectContaining({ passed: false, status_code: 503 }),
      expect.objectContaining({ passed: false, status_code: 503 })
    ])
    expect(run.result!.steps.find((step: any) => step.name === 'health check (bake)')).toMatchObject({
      status: 'failed',
      detail: expect.stringContaining(`${url}: HTTP 503, expected 200 (2 failures in a row)`)
    })
    expect(run.result!.rollback).toMatchObject({ triggered: true, succeeded: true, previous_version: v1 })
    expect(s.commands().slice(-2)).toEqual([`switch blue ${v2}`, `switch green ${v1}`])
    expect(s.state().current.version).toBe(v1)
    expect(s.state().known_bad[0].version).toBe(v2)
    // The log says when the bake starts and each failing check; the summary shows it as a step.
    expect(run.stdout).toMatch(/Baking 6 s: checking .* every 1 s; 2 failures in a row fail the deploy/)
    expect(run.stdout).toContain(`✗ ${url} attempt`)
    expect(run.summary).toContain('| health check (bake) | ✗')
    expect(run.summary).toMatch(/\| bake \| \d+ \| 503 \|/)
  })
})

/** A probe that gives these answers in turn (then the last one again), counting its attempts. */
function scripted(endpoint: string, answers: Partial<ProbeAnswer>[]): Probe & { attempts: number } {
  const probe = {
    endpoint,
    attempts: 0,
    async attempt(): Promise<ProbeAnswer> {
      const answer = answers[Math.min(probe.attempts++, answers.length - 1)]!
      return {
        statusCode: answer.passed ? 200 : 503,
        passed: false,
        detail: answer.passed ? undefined : 'down',
        ...answer
      }
    }
  }
  return probe
}

describe('the check loop the bake shares with every check', () => {
  const policy = { expectedStatus: [200], timeoutMs: 5000, retries: 2, intervalMs: 10 }
  const ok = { passed: true }
  const down = { passed: false }

  it('without a bake, a probe is done at its first pass', async () => {
    const probe = scripted('p', [down, ok])
    const outcome = await runHealthChecks([probe], policy, { phase: 'live' })
    expect(outcome.passed).toBe(true)
    expect(outcome.records.map((r) => r.passed)).toEqual([false, true])
  })

  it('in a bake, failures that do not come `retries` times in a row are survived', async () => {
    const answers = Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? ok : down))
    const probe = scripted('p', answers)
    const outcome = await runHealthChecks([probe], policy, { phase: 'bake', bakeMs: 200 })
    expect(outcome.passed).toBe(true)
    expect(outcome.records.length).toBeGreaterThan(2)
    expect(outcome.records.at(-1)!.passed).toBe(true)
    expect(outcome.records.map((r) => r.attempt)).toEqual(outcome.records.map((_, i) => i + 1))
  })

  it('in a bake, `retries` failures in a row fail it, and the other probes stop there too', async () => {
    const failing = scripted('failing', [ok, ok, ok, down, down])
    const steady = scripted('steady', [ok])
    const outcome = await runHealthChecks([failing, steady], policy, { phase: 'bake', bakeMs: 600_000 })
    expect(outcome.passed).toBe(false)
    expect(outcome.failure).toBe('failing: down (2 failures in a row)')
    expect(failing.attempts).toBe(5)
    // Ended with the failure, not after ten minutes of checks.
    expect(steady.attempts).toBeLessThan(100)
  })

  it('a final answer is not retried', async () => {
    const probe = scripted('q', [{ passed: false, final: true, detail: 'rejected' }, ok])
    const outcome = await runHealthChecks([probe], { ...policy, retries: 5 }, { phase: 'live' })
    expect(outcome.failure).toBe('q: rejected (not retried)')
    expect(probe.attempts).toBe(1)
  })
})
