import { sleep } from '../util/retry.js'
let fetchLoaded: Promise<unknown> | undefined

/**
 * Loads what HTTP probes need, for a run that may check URLs: Node's own fetch (undici, from Node's
 * code cache, shared with the GitHub client; a bundled second HTTP client would be compiled in every
 * deploy for a handful of requests). Its implementation loads at the first call, which a `data:`
 * URL makes without a request; `runHealthChecks` waits for it, so no attempt's time or timeout
 * includes the loading.
 */
export function preloadHttpProbes(): Promise<unknown> {
  fetchLoaded ??= fetch('data:,')
    .then((response) => response.arrayBuffer())
    .catch(() => undefined)
  return fetchLoaded
}

/** One recorded attempt, as the result's `health_checks[]` lists it. */
export interface HealthCheckRecord {
  endpoint: string
  status_code: number
  response_time_ms: number
  passed: boolean
  timestamp: string
  attempt: number
  phase: string
  detail?: string
  /** Metric checks: the query as sent, and the value it returned (as Prometheus writes it). */
  query?: string
  value?: string
}

/** What one attempt saw. */
export interface ProbeAnswer {
  statusCode: number
  passed: boolean
  detail?: string
  value?: string
  /** A failure that another attempt cannot change (a query the server rejects): no retry. */
  final?: boolean
}

/** Something that can be checked: an HTTP URL, a database, a metric query. One attempt, bounded by `signal`. */
export interface Probe {
  endpoint: string
  /** Recorded with every attempt (metric checks: the query with its placeholders filled in). */
  query?: string
  attempt(signal: AbortSignal): Promise<ProbeAnswer>
  /** Resolves when what the attempts need is loaded: no attempt's time or timeout includes it. */
  ready?(): Promise<unknown>
}

/** What a check point is about, for probes whose check names it (a metric query names the version). */
export interface CheckTarget {
  environment: string
  version: string
  previousVersion?: string
  /** Blue-green: the colour taking traffic. */
  color?: string
}

/** Probes made for one check point. */
export type ProbeFactory = (target: CheckTarget) => Probe[]

export interface HealthPolicy {
  expectedStatus: number[]
  bodyMatch?: RegExp
  timeoutMs: number
  retries: number
  intervalMs: number
}

export interface HealthOutcome {
  passed: boolean
  records: HealthCheckRecord[]
  /** The first failing endpoint and what it saw, for the error and the preference pair. */
  failure?: string
}

const MAX_BODY_BYTES = 256 * 1024

export function httpProbe(url: string, policy: Pick<HealthPolicy, 'expectedStatus' | 'bodyMatch'>): Probe {
  return {
    endpoint: url,
    ready: preloadHttpProbes,
    async attempt(signal) {
      const response = await fetch(url, {
        method: 'GET',
        signal,
        headers: { 'user-agent': 'deploy-orchestrator' },
        redirect: 'manual'
      })
      let body = ''
      if (policy.bodyMatch && response.body) {
        const decoder = new TextDecoder()
        for await (const chunk of response.body) {
          body += decoder.decode(chunk, { stream: true })
          if (body.length > MAX_BODY_BYTES) break
        }
      }
      // What is left is not read: the connection is closed, not drained.
      await response.body?.cancel().catch(() => undefined)
      const statusOk = policy.expectedStatus.includes(response.status)
      const bodyOk = !policy.bodyMatch || policy.bodyMatch.test(body)
      const detail = !statusOk
        ? `HTTP ${response.status}, expected ${policy.expectedStatus.join(' or ')}`
        : !bodyOk
          ? `body did not match /${policy.bodyMatch!.source}/`
          : undefined
      return { statusCode: response.status, passed: statusOk && bodyOk, detail }
    }
  }
}

/**
 * Checks every probe in parallel, each attempt bounded by `timeoutMs`, attempts `intervalMs` apart; a
 * probe fails after `retries` failures in a row (at once for a final one). Without `bakeMs` a probe
 * is done when it passes once; with it, it keeps being checked until it passes with the window over
 * (the bake), and the first probe that fails ends the check for all. The whole check also ends when
 * `signal` fires (a rollback's deadline). Passes when every probe passed.
 */
export async function runHealthChecks(
  probes: Probe[],
  policy: HealthPolicy,
  options: {
    phase: string
    signal?: AbortSignal
    bakeMs?: number
    onRecord?: (record: HealthCheckRecord) => void
  }
): Promise<HealthOutcome> {
  const records: HealthCheckRecord[] = []
  const failures: string[] = []
  const bakeMs = options.bakeMs ?? 0
  // A bake lasts minutes: one failed probe fails it, the others need not run to the end.
  const failed = new AbortController()
  const between = options.signal ? AbortSignal.any([options.signal, failed.signal]) : failed.signal
  await Promise.all(probes.map((probe) => probe.ready?.()))
  const started = performance.now()
  const results = await Promise.all(
    probes.map(async (probe) => {
      let inARow = 0
      for (let attempt = 1; ; attempt++) {
        if (options.signal?.aborted) {
          failures.push(`${probe.endpoint}: deadline reached before attempt ${attempt}`)
          return false
        }
        if (failed.signal.aborted) return false
        const { record, final } = await attemptOnce(probe, attempt, policy, options)
        records.push(record)
        options.onRecord?.(record)
        if (record.passed) {
          inARow = 0
          const left = bakeMs - (performance.now() - started)
          if (left <= 0) return true
          await sleep(Math.min(policy.intervalMs, left), between)
          continue
        }
        inARow++
        if (final || inARow >= policy.retries) {
          const count =
            bakeMs > 0
              ? `${inARow} failure${inARow === 1 ? '' : 's'} in a row`
              : `after ${attempt} attempt${attempt === 1 ? '' : 's'}`
          failures.push(
            `${probe.endpoint}: ${record.detail ?? `HTTP ${record.status_code}`} (${final ? 'not retried' : count})`
          )
          if (bakeMs > 0) failed.abort()
          return false
        }
        await sleep(policy.intervalMs, between)
      }
    })
  )
  const passed = results.every(Boolean)
  return { passed, records, failure: passed ? undefined : failures.join('; ') }
}

async function attemptOnce(
  probe: Probe,
  attempt: number,
  policy: HealthPolicy,
  options: { phase: string; signal?: AbortSignal }
): Promise<{ record: HealthCheckRecord; final: boolean }> {
  const started = performance.now()
  const base = { endpoint: probe.endpoint, timestamp: new Date().toISOString(), attempt, phase: options.phase }
  const query = probe.query === undefined ? {} : { query: probe.query }
  const timeout = AbortSignal.timeout(policy.timeoutMs)
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout
  try {
    const answer = await probe.attempt(signal)
    const record: HealthCheckRecord = {
      ...base,
      status_code: answer.statusCode,
      response_time_ms: Math.round(performance.now() - started),
      passed: answer.passed,
      detail: answer.detail,
      ...query,
      ...(answer.value === undefined ? {} : { value: answer.value })
    }
    return { record, final: !answer.passed && answer.final === true }
  } catch (error) {
    const record: HealthCheckRecord = {
      ...base,
      status_code: 0,
      response_time_ms: Math.round(performance.now() - started),
      passed: false,
      detail: timeout.aborted ? `no answer within ${policy.timeoutMs / 1000} s` : describeError(error),
      ...query
    }
    return { record, final: false }
  }
}

export function describeError(error: unknown): string {
  const err = error as { code?: string; message?: string; cause?: { code?: string; message?: string } }
  const code = err.cause?.code ?? err.code
  if (code === 'ECONNREFUSED') return 'connection refused (nothing listening)'
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection dropped'
  if (code === 'ENOTFOUND') return 'host not found'
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') return 'timed out'
  if ((error as Error)?.name === 'AbortError' || code === 'ABORT_ERR') return 'aborted (deadline)'
  return err.cause?.message ?? err.message ?? String(error)
}
