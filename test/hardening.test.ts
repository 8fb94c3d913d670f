import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { DPO_DELIVERY, PreferencePairEmitter, buildPreferencePair, pairPriority } from '../src/hardening/dpo.js'
import { postJson } from '../src/notify/deliver.js'
import type { RunResult } from '../src/pipeline.js'
import type { Settings } from '../src/settings/settings.js'
import { type ActionRun, runAction } from './support/action.js'
import { TestRepo } from './support/git.js'
import { MemoryLog } from './support/log.js'
import {
  LiveVersionHealth,
  Recorder,
  failedBeforeTrafficRun,
  rollbackFailedRun,
  rolledBackRun
} from './support/recorder.js'
import { useServer } from './support/use-server.js'

const NOW = new Date('2026-11-20T10:00:10.000Z')

describe('the preference pair', () => {
  test('a rolled-back deploy: the exact pair, carrying the step, the check and what it saw', () => {
    expect(buildPreferencePair(rolledBackRun(), NOW)).toEqual({
      agent_name: 'DeploymentOrchestrator',
      failure_scenario:
        'Redeploy of 2222222 to production (rolling on command), replacing 1111111. Step "health check (live)" failed after traffic moved to the new version: health check failed: http://app.internal/health: HTTP 500, expected 200 (after 3 attempts). Failing check: http://app.internal/health (live, attempt 3, 9 ms): HTTP 500, expected 200. Migrations this deploy ran: 007_add_email.sql ✓. Rolled back to 1111111 in 2 s; it is healthy.',
      preferred_output:
        'Check 2222222 before it takes traffic (blue-green\'s idle colour or a canary step): http://app.internal/health answering "HTTP 500, expected 200" then stops the deploy while 1111111 still serves everyone. Move traffic only once every check passes.',
      dispreferred_output:
        'Ran: migrations ✓ 0.1 s → deploy ✓ 2.3 s → health check (live) ✗ 4.1 s → roll back ✓ 1.9 s → undo migrations ✓ 0.0 s → health check (after rollback) ✓ 0.0 s. The live check http://app.internal/health saw: HTTP 500, expected 200. Final status: rolled_back. Users were served 2222222 until the rollback to 1111111.',
      priority: 'high',
      metadata: {
        deployment_id: '7d1c2f9e-1111-4222-8333-944455556666',
        timestamp: '2026-11-20T10:00:10.000Z',
        environment: 'production',
        version: '2222222222222222222222222222222222222222',
        reason:
          'health check (live): health check failed: http://app.internal/health: HTTP 500, expected 200 (after 3 attempts)'
      }
    })
  })

  test('a failed rollback: critical, with both failures', () => {
    const pair = buildPreferencePair(rollbackFailedRun(), NOW)
    expect(pair.priority).toBe('critical')
    expect(pair.failure_scenario).toContain(
      'Step "health check (live)" failed after traffic moved to the new version: health check failed: http://app.internal/health: HTTP 500, expected 200 (after 3 attempts). '
    )
    expect(pair.failure_scenario).toContain(
      'The rollback to 1111111 failed after 6.5 s: http://app.internal/health (after rollback, attempt 3, 2 ms): connection refused (nothing listening); the previous version is unhealthy too.'
    )
    expect(pair.dispreferred_output).toMatch(
      /health check \(after rollback\) ✗ 0\.0 s\. .*Final status: rollback_failed\. .*production needs a person\.$/
    )
    expect(pair.preferred_output).toMatch(
      /^Return production to a healthy 1111111 within max-rollback-seconds.*page a person at once/
    )
  })

  test('failed before traffic moved: medium, naming the migration that broke', () => {
    const pair = buildPreferencePair(failedBeforeTrafficRun(), NOW)
    expect(pair.priority).toBe('medium')
    expect(pair.failure_scenario).toBe(
      'Redeploy of 2222222 to production (rolling on command), replacing 1111111. Step "migrations" failed before traffic moved: 008_backfill.sql failed and its transaction was rolled back: column "nope" does not exist (line 2) [SQLSTATE 42703]. Migrations this deploy ran: 008_backfill.sql ✗.'
    )
    expect(pair.dispreferred_output).toBe('Ran: migrations ✗ 0.1 s. Final status: failed. 1111111 kept serving.')
    expect(pair.preferred_output).toMatch(/^Catch 008_backfill.sql before the deploy/)
  })

  test('priority follows severity', () => {
    expect(pairPriority({ status: 'rollback_failed', trafficMoved: true })).toBe('critical')
    expect(pairPriority({ status: 'rolled_back', trafficMoved: true })).toBe('high')
    // Auto-rollback off: failed, but users saw it.
    expect(pairPriority({ status: 'failed', trafficMoved: true })).toBe('high')
    expect(pairPriority({ status: 'failed', trafficMoved: false })).toBe('medium')
  })
})

describe('sending the pair to the agent-evaluation service', () => {
  let service: Recorder
  beforeAll(async () => {
    service = await Recorder.start()
  })
  afterEach(() => {
    service.requests.length = 0
  })
  afterAll(async () => {
    await service.close()
  })

  function emitter(overrides: Partial<Settings['hardening']> = {}, policy = DPO_DELIVERY) {
    const workspace = mkdtempSync(join(tmpdir(), 'dpo-'))
    const settings = {
      runtime: { workspace },
      hardening: {
        agentbenchUrl: `${service.url}/`,
        tokenEnv: 'AGENTBENCH_TOKEN',
        token: 'bench-token-123',
        emitDpo: true,
        notifyOnSuccess: false,
        ...overrides
      }
    } as unknown as Settings
    const log = new MemoryLog()
    log.secret('bench-token-123')
    return { log, workspace, emitter: new PreferencePairEmitter(settings, log, { policy, now: () => NOW }) }
  }

  test('POSTs the exact pair with the Bearer token, and keeps the submission id; the pairs file gets it too', async () => {
    service.respond([{ status: 201, json: { submission_id: 'sub-42', status: 'queued' } }])
    const { emitter: send, workspace, log } = emitter({ pairsFile: 'out/pairs.jsonl' })
    const run = rolledBackRun()
    await send.finished(run)
    expect(service.requests).toHaveLength(1)
    const [request] = service.requests
    expect(request!.method).toBe('POST')
    expect(request!.path).toBe('/api/dpo-pairs')
    expect(request!.headers.authorization).toBe('Bearer bench-token-123')
    expect(request!.headers['content-type']).toBe('application/json')
    expect(request!.json).toEqual(buildPreferencePair(rolledBackRun(), NOW))
    expect(run.hardening).toEqual({ dpo_pairs_generated: 1, agentbench_submission_id: 'sub-42' })
    const lines = readFileSync(join(workspace, 'out/pairs.jsonl'), 'utf8').split('\n').filter(Boolean)
    expect(lines.map((l) => JSON.parse(l))).toEqual([request!.json])
    // Appended, never overwritten.
    await send.finished(failedBeforeTrafficRun())
    expect(readFileSync(join(workspace, 'out/pairs.jsonl'), 'utf8').split('\n').filter(Boolean)).toHaveLength(2)
    expect(log.text()).toMatch(/Preference pair \(high\) sent to the agent-evaluation service: submission sub-42/)
    expect(log.text()).not.toContain('bench-token-123')
  })

  test('retries a 503, a dropped connection and a 429, then succeeds', async () => {
    service.respond([
      { status: 503, text: 'busy' },
      'drop',
      { status: 429, headers: { 'retry-after': '0' } },
      { status: 200, json: { submission_id: 7 } }
    ])
    const { emitter: send, log } = emitter()
    const run = rolledBackRun()
    await send.finished(run)
    expect(service.requests).toHaveLength(4)
    expect(new Set(service.requests.map((r) => r.body)).size).toBe(1)
    expect(run.hardening).toEqual({ dpo_pairs_generated: 1, agentbench_submission_id: '7' })
    expect(log.text()).toMatch(/attempt 1: HTTP 503: busy; retrying in/)
    expect(log.text()).toMatch(/after 4 attempts/)
  })

  test('a refusal (401) is not retried: a warning, no pair counted', async () => {
    service.respond([{ status: 401, json: { error: 'bad token' } }])
    const { emitter: send, log } = emitter()
    const run = rolledBackRun()
    await send.finished(run)
    expect(service.requests).toHaveLength(1)
    expect(run.hardening).toEqual({ dpo_pairs_generated: 0 })
    expect(log.text()).toMatch(
      /warn: The preference pair was not sent to the agent-evaluation service: HTTP 401: \{"error":"bad token"\} \(not retried: the service refused it\)/
    )
  })

  test('a service that hangs costs the budget and no more', async () => {
    service.respond(['hang'])
    const policy = { budgetMs: 1_500, requestTimeoutMs: 600, baseDelayMs: 50, maxDelayMs: 100 }
    const { emitter: send, log } = emitter({}, policy)
    const run = rolledBackRun()
    const started = performance.now()
    await send.finished(run)
    const took = performance.now() - started
    expect(took).toBeGreaterThan(1_200)
    expect(took).toBeLessThan(2_000)
    expect(service.requests.length).toBeGreaterThanOrEqual(2)
    expect(run.hardening).toEqual({ dpo_pairs_generated: 0 })
    expect(log.text()).toMatch(/attempt 1: no answer within 0\.6 s; retrying/)
    expect(log.text()).toMatch(
      /warn: The preference pair was not sent to the agent-evaluation service: no answer within [\d.]+ s \(gave up after \d attempts in 1\.\d s\)/
    )
  })

  test('nothing is sent for a success, when disabled, or without a destination', async () => {
    const success = { ...rolledBackRun(), status: 'success' as const }
    await emitter().emitter.finished(success)
    await emitter({ emitDpo: false }).emitter.finished(rolledBackRun())
    const none = emitter({ agentbenchUrl: undefined })
    await none.emitter.finished(rolledBackRun())
    expect(service.requests).toHaveLength(0)
  })

  test('secrets in a failure are masked in the payload (JSON escapes included); no token means no header', async () => {
    service.respond([{ status: 200, json: { submission_id: 's' } }])
    const { emitter: send, log } = emitter({ token: undefined })
    log.secret('hunter2"quoted')
    log.secret('db-password-99')
    const run: RunResult = rolledBackRun()
    run.outcome!.reason =
      'deploy: deploy-command exited 1: cannot reach postgresql://app:db-password-99@db/app; token hunter2"quoted'
    run.outcome!.failedStep = 'deploy'
    await send.finished(run)
    const [request] = service.requests
    expect(request!.headers.authorization).toBeUndefined()
    expect(request!.body).not.toContain('db-password-99')
    expect(request!.body).not.toContain('hunter2')
    expect(request!.json.metadata.reason).toBe(
      'deploy: deploy-command exited 1: cannot reach postgresql://app:***@db/app; token ***'
    )
    expect(log.text()).toMatch(/AGENTBENCH_TOKEN holds no token/)
  })
})

describe('postJson', () => {
  test('honours the budget even when Retry-After asks for longer', async () => {
    const service = await Recorder.start([{ status: 503, headers: { 'retry-after': '30' } }])
    try {
      const started = performance.now()
      const result = await postJson(service.url, '{}', {
        policy: { budgetMs: 2_000, requestTimeoutMs: 500, baseDelayMs: 10, maxDelayMs: 10 }
      })
      // Retry-After asks for 30 s, beyond the 2 s budget: it gives up at once instead of waiting.
      expect(performance.now() - started).toBeLessThan(2_000)
      expect(result).toMatchObject({
        ok: false,
        attempts: 1,
        error: expect.stringMatching(/^HTTP 503 \(gave up after 1 attempt in/)
      })
    } finally {
      await service.close()
    }
  })
})

/** Whole deploys through the bundle, failing on loopback, with the service as a real HTTP server. */
describe('the hardening loop in a deploy (the bundle)', () => {
  const health = useServer(
    () => LiveVersionHealth.start(),
    (h) => h.close()
  )
  let service: Recorder

  beforeAll(async () => {
    service = await Recorder.start()
  })
  afterAll(() => service?.close())

  async function deploy(
    repo: TestRepo,
    inputs: Record<string, string> = {},
    env: Record<string, string> = {}
  ): Promise<ActionRun> {
    health().follow(repo.dir)
    return runAction({
      cwd: repo.dir,
      inputs: {
        'deploy-command': 'echo "$DEPLOY_VERSION" > .live-version',
        'health-urls': `${health().url}/health`,
        'health-retries': '2',
        'health-interval-seconds': '0',
        'health-timeout-seconds': '2',
        'agentbench-url': service.url,
        'dpo-pairs-file': '.pairs/pairs.jsonl',
        ...inputs
      },
      env: { AGENTBENCH_TOKEN: 'bench-secret-token-1', ...env },
      timeoutMs: 90_000
    })
  }

  function stepsEnd(run: ActionRun): number {
    return Math.max(
      ...run.result!.steps.map(
        (s: { started_at: string; duration_ms: number }) => Date.parse(s.started_at) + s.duration_ms
      )
    )
  }

  test('a rolled-back deploy sends one pair after the rollback; its submission id is in the result', async () => {
    service.respond([{ status: 500 }, { status: 200, json: { submission_id: 'sub-rb-1' } }])
    service.requests.length = 0
    const repo = new TestRepo('hardening-')
    const v1 = repo.commit({ '.gitignore': '.live-version\n.deploy-state/\n.pairs/\n', 'app.txt': 'v1' })
    expect((await deploy(repo)).result?.status).toBe('success')
    expect(service.requests).toHaveLength(0)
    const v2 = repo.commit({ 'app.txt': 'v2' })
    health().bad.add(v2)
    const run = await deploy(repo)
    expect(run.result?.status).toBe('rolled_back')
    expect(run.result?.hardening).toEqual({ dpo_pairs_generated: 1, agentbench_submission_id: 'sub-rb-1' })
    expect(service.requests).toHaveLength(2)
    const pair = service.requests[1]!.json
    expect(service.requests[1]!.headers.authorization).toBe('Bearer bench-secret-token-1')
    expect(service.requests[0]!.body).toBe(service.requests[1]!.body)
    expect(pair).toEqual({
      agent_name: 'DeploymentOrchestrator',
      failure_scenario: expect.stringContaining(
        `Step "health check (live)" failed after traffic moved to the new version: ${run.result?.message.replace('health check (live): ', '')}. Failing check: ${health().url}/health (live, attempt 2, `
      ),
      preferred_output: expect.stringContaining(`Check ${v2.slice(0, 7)} before it takes traffic`),
      dispreferred_output: expect.stringMatching(
        /^Ran: deploy ✓ [\d.]+ s → health check \(live\) ✗ [\d.]+ s → roll back ✓ [\d.]+ s → health check \(after rollback\) ✓ [\d.]+ s\./
      ),
      priority: 'high',
      metadata: {
        deployment_id: run.outputs['deployment-id'],
        timestamp: expect.any(String),
        environment: 'production',
        version: v2,
        reason: run.result?.message
      }
    })
    expect(run.result?.message).toMatch(
      new RegExp(`^health check \\(live\\): .*${health().url}/health: HTTP 500, expected 200 \\(after 2 attempts\\)$`)
    )
    expect(pair.failure_scenario).toContain(`Rolled back to ${v1.slice(0, 7)} in `)
    // After the rollback: the first attempt reached the service once every step, the rollback's check included, was done.
    expect(service.requests[0]!.at).toBeGreaterThanOrEqual(stepsEnd(run))
    const lines = readFileSync(join(repo.dir, '.pairs/pairs.jsonl'), 'utf8').split('\n').filter(Boolean)
    expect(lines.map((l) => JSON.parse(l))).toEqual([pair])
    const stdout = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n')
    for (const text of [
      stdout,
      run.stderr,
      run.summary,
      JSON.stringify(run.result),
      JSON.stringify(run.outputs),
      lines.join('\n')
    ])
      expect(text).not.toContain('bench-secret-token-1')
  })

  test('a hanging service delays the end of the run by its 20 s bound and no more, and never the rollback', async () => {
    service.respond(['hang'])
    service.requests.length = 0
    const repo = new TestRepo('hardening-')
    repo.commit({ '.gitignore': '.live-version\n.deploy-state/\n.pairs/\n', 'app.txt': 'v1' })
    expect((await deploy(repo)).result?.status).toBe('success')
    const v2 = repo.commit({ 'app.txt': 'v2' })
    health().bad.add(v2)
    const started = Date.now()
    const run = await deploy(repo)
    const took = Date.now() - started
    expect(run.result?.status).toBe('rolled_back')
    expect(run.result?.hardening).toEqual({ dpo_pairs_generated: 1 }) // the file got it; the service did not
    expect(run.stdout).toMatch(
      /The preference pair was not sent to the agent-evaluation service: no answer within [\d.]+ s \(gave up after \d attempts in (19|20)\.\d s\)/
    )
    expect(took).toBeGreaterThan(DPO_DELIVERY.budgetMs - 500)
    expect(took).toBeLessThan(DPO_DELIVERY.budgetMs + 8_000)
    // The rollback was done before the first attempt; everything after it is the bounded wait.
    expect(service.requests[0]!.at).toBeGreaterThanOrEqual(stepsEnd(run))
    expect(run.result?.deployment_details.duration_seconds).toBeGreaterThan(19)
  }, 60_000)

  test('emit-dpo-on-failure: false sends nothing', async () => {
    service.respond([{ status: 200, json: { submission_id: 'x' } }])
    service.requests.length = 0
    const repo = new TestRepo('hardening-')
    const v1 = repo.commit({ '.gitignore': '.live-version\n.deploy-state/\n.pairs/\n', 'app.txt': 'v1' })
    health().bad.add(v1)
    const run = await deploy(repo, { 'emit-dpo-on-failure': 'false' })
    expect(run.result?.status, run.stdout + run.stderr).toBe('rollback_failed')
    expect(run.result?.hardening).toEqual({ dpo_pairs_generated: 0 })
    expect(service.requests).toHaveLength(0)
    expect(existsSync(join(repo.dir, '.pairs/pairs.jsonl'))).toBe(false)
  })
})
