import { existsSync, readFileSync } from 'node:fs'
import { type IncomingHttpHeaders, type Server, createServer } from 'node:http'
import type { Socket } from 'node:net'
import { join } from 'node:path'
import type { RunResult } from '../../src/pipeline.js'

/** One request as it arrived. */
export interface Recorded {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: string
  /** The body parsed as JSON, when it is. */
  json?: any
  /** `Date.now()` when the request was complete. */
  at: number
}

/**
 * What to do with a request: answer (after `delayMs`), hang (read it, never answer), or drop the
 * connection without an answer.
 */
export type Behavior =
  | { status?: number; json?: unknown; text?: string; headers?: Record<string, string>; delayMs?: number }
  | 'hang'
  | 'drop'

/**
 * A real HTTP server on 127.0.0.1 that records what it receives and answers as told: a queue of
 * behaviours (the last one repeats), or a function of the request. For the agent-evaluation service,
 * the webhooks and the health endpoints of the deploy tests.
 */
export class Recorder {
  readonly requests: Recorded[] = []
  private readonly sockets = new Set<Socket>()
  private behave: (request: Recorded, index: number) => Behavior
  private waiters: { count: number; resolve: () => void }[] = []

  private constructor(
    private readonly server: Server,
    readonly url: string
  ) {
    this.behave = () => ({ status: 200, json: {} })
  }

  static async start(behavior?: Behavior[] | ((request: Recorded, index: number) => Behavior)): Promise<Recorder> {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const recorder = new Recorder(server, `http://127.0.0.1:${port}`)
    if (behavior) recorder.respond(behavior)
    server.on('connection', (socket) => {
      recorder.sockets.add(socket)
      socket.on('close', () => recorder.sockets.delete(socket))
    })
    server.on('request', (req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8')
        let json: unknown
        try {
          json = body ? JSON.parse(body) : undefined
        } catch {
          json = undefined
        }
        const recorded: Recorded = {
          method: req.method ?? '',
          path: req.url ?? '',
          headers: req.headers,
          body,
          json,
          at: Date.now()
        }
        const index = recorder.requests.push(recorded) - 1
        recorder.wake()
        const behavior = recorder.behave(recorded, index)
        if (behavior === 'hang') return
        if (behavior === 'drop') {
          req.socket.destroy()
          return
        }
        const answer = () => {
          const payload = behavior.text ?? (behavior.json === undefined ? '' : JSON.stringify(behavior.json))
          res.writeHead(behavior.status ?? 200, {
            'content-type': behavior.text === undefined ? 'application/json' : 'text/plain',
            ...behavior.headers
          })
          res.end(payload)
        }
        if (behavior.delayMs) setTimeout(answer, behavior.delayMs)
        else answer()
      })
    })
    return recorder
  }

  /** Replaces how it answers from now on. */
  respond(behavior: Behavior[] | ((request: Recorded, index: number) => Behavior)): this {
    if (typeof behavior === 'function') this.behave = behavior
    else {
      const queue = [...behavior]
      this.behave = (_request, index) => queue[Math.min(index, queue.length - 1)]!
    }
    return this
  }

  /** Resolves once `count` requests arrived (or after `timeoutMs`, with what there is). */
  received(count: number, timeoutMs = 30_000): Promise<Recorded[]> {
    if (this.requests.length >= count) return Promise.resolve(this.requests)
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(this.requests), timeoutMs)
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer)
          resolve(this.requests)
        }
      })
    })
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private wake(): void {
    this.waiters = this.waiters.filter((waiter) => {
      if (this.requests.length < waiter.count) return true
      waiter.resolve()
      return false
    })
  }
}

/**
 * The health endpoint of a command-platform service whose deploy command writes the version it put
 * live to `.live-version` in the repository: 500 `broken <version>` while that version is one the
 * test marked bad, 200 `ok` otherwise.
 */
export class LiveVersionHealth {
  /** The versions that fail their checks once live. */
  readonly bad = new Set<string>()
  private liveFile = ''

  private constructor(readonly recorder: Recorder) {}

  static async start(): Promise<LiveVersionHealth> {
    const self: { health?: LiveVersionHealth } = {}
    const recorder = await Recorder.start(() => {
      const { liveFile, bad } = self.health!
      const live = existsSync(liveFile) ? readFileSync(liveFile, 'utf8').trim() : ''
      return bad.has(live) ? { status: 500, text: `broken ${live}` } : { status: 200, text: 'ok' }
    })
    self.health = new LiveVersionHealth(recorder)
    return self.health
  }

  get url(): string {
    return this.recorder.url
  }

  /** From now on the live version is the one written in this repository (before each of its deploys). */
  follow(repoDir: string): void {
    this.liveFile = join(repoDir, '.live-version')
  }

  close(): Promise<void> {
    return this.recorder.close()
  }
}

// Literal runs for the payload builders (the preference pair, the notifications): what a recorder
// should then receive is derived from these.

/** A literal run that failed its live check after traffic moved and was rolled back. */
export function rolledBackRun(): RunResult {
  return {
    mode: 'deploy',
    environment: 'production',
    status: 'rolled_back',
    deploymentId: '7d1c2f9e-1111-4222-8333-944455556666',
    startedAt: '2026-11-20T10:00:00.000Z',
    durationSeconds: 12.5,
    previousVersion: '1111111111111111111111111111111111111111',
    newVersion: '2222222222222222222222222222222222222222',
    plan: { operation: 'redeploy', strategy: 'rolling', platform: 'command' } as RunResult['plan'],
    outcome: {
      status: 'rolled_back',
      reason:
        'health check (live): health check failed: http://app.internal/health: HTTP 500, expected 200 (after 3 attempts)',
      failedStep: 'health check (live)',
      trafficMoved: true,
      steps: [
        { name: 'migrations', started_at: '2026-11-20T10:00:01.000Z', duration_ms: 120, status: 'success' },
        { name: 'deploy', started_at: '2026-11-20T10:00:01.200Z', duration_ms: 2300, status: 'success' },
        {
          name: 'health check (live)',
          started_at: '2026-11-20T10:00:03.500Z',
          duration_ms: 4100,
          status: 'failed',
          detail: 'http://app.internal/health: HTTP 500, expected 200 (after 3 attempts)'
        },
        { name: 'roll back', started_at: '2026-11-20T10:00:07.600Z', duration_ms: 1900, status: 'success' },
        { name: 'undo migrations', started_at: '2026-11-20T10:00:09.500Z', duration_ms: 40, status: 'success' },
        {
          name: 'health check (after rollback)',
          started_at: '2026-11-20T10:00:09.540Z',
          duration_ms: 30,
          status: 'success'
        }
      ],
      health: [
        {
          endpoint: 'http://app.internal/health',
          status_code: 500,
          response_time_ms: 12,
          passed: false,
          timestamp: '2026-11-20T10:00:03.500Z',
          attempt: 1,
          phase: 'live',
          detail: 'HTTP 500, expected 200'
        },
        {
          endpoint: 'http://app.internal/health',
          status_code: 500,
          response_time_ms: 11,
          passed: false,
          timestamp: '2026-11-20T10:00:05.500Z',
          attempt: 2,
          phase: 'live',
          detail: 'HTTP 500, expected 200'
        },
        {
          endpoint: 'http://app.internal/health',
          status_code: 500,
          response_time_ms: 9,
          passed: false,
          timestamp: '2026-11-20T10:00:07.500Z',
          attempt: 3,
          phase: 'live',
          detail: 'HTTP 500, expected 200'
        },
        {
          endpoint: 'http://app.internal/health',
          status_code: 200,
          response_time_ms: 8,
          passed: true,
          timestamp: '2026-11-20T10:00:09.540Z',
          attempt: 1,
          phase: 'after rollback'
        }
      ],
      rollback: {
        triggered: true,
        reason: 'health check (live): health check failed',
        previous_version: '1111111111111111111111111111111111111111',
        duration_seconds: 2,
        succeeded: true
      },
      migrations: [{ version: '007', filename: '007_add_email.sql', duration_ms: 35, success: true, reversible: true }]
    },
    hardening: { dpo_pairs_generated: 0 },
    notes: []
  }
}

/** The same deploy, whose rollback failed its check too. */
export function rollbackFailedRun(): RunResult {
  const run = rolledBackRun()
  const outcome = run.outcome!
  run.status = 'rollback_failed'
  outcome.status = 'rollback_failed'
  outcome.reason = `${outcome.reason}; rollback failed: health check failed: http://app.internal/health: connection refused (nothing listening) (after 3 attempts)`
  outcome.health = outcome.health.slice(0, 3).concat([
    {
      endpoint: 'http://app.internal/health',
      status_code: 0,
      response_time_ms: 2,
      passed: false,
      timestamp: '2026-11-20T10:00:09.540Z',
      attempt: 3,
      phase: 'after rollback',
      detail: 'connection refused (nothing listening)'
    }
  ])
  outcome.steps[5] = {
    ...outcome.steps[5]!,
    status: 'failed',
    detail: 'http://app.internal/health: connection refused (nothing listening) (after 3 attempts)'
  }
  outcome.rollback = { ...outcome.rollback, succeeded: false, duration_seconds: 6.5 }
  return run
}

/** Failed before traffic moved: a migration broke. */
export function failedBeforeTrafficRun(): RunResult {
  const run = rolledBackRun()
  const outcome = run.outcome!
  run.status = 'failed'
  outcome.status = 'failed'
  outcome.failedStep = 'migrations'
  outcome.reason =
    'migrations: 008_backfill.sql failed and its transaction was rolled back: column "nope" does not exist (line 2) [SQLSTATE 42703]'
  outcome.trafficMoved = false
  outcome.steps = [
    {
      name: 'migrations',
      started_at: '2026-11-20T10:00:01.000Z',
      duration_ms: 80,
      status: 'failed',
      detail: outcome.reason
    }
  ]
  outcome.health = []
  outcome.rollback = { triggered: false }
  outcome.migrations = [
    { version: '008', filename: '008_backfill.sql', duration_ms: 20, success: false, reversible: false }
  ]
  return run
}
