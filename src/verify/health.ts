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
}

/** Something that can be checked: an HTTP URL, a database. One attempt, bounded by `signal`. */
export interface Probe {
  endpoint: string
  attempt(signal: AbortSignal): Promise<{ statusCode: number; passed: boolean; detail?: string }>
  /** Resolves when what the attempts need is loaded: no attempt's time or timeout includes it. */
  ready?(): Promise<unknown>
}

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
 * Checks every probe in parallel: each gets up to `retries` attempts, `intervalMs` apart, each
 * attempt bounded by `timeoutMs`; the whole check also ends when `signal` fires (a rollback's
 * deadline). Passes when every probe passed once.
 */
export async function runHealthChecks(
  probes: Probe[],
  policy: HealthPolicy,
  options: { phase: string; signal?: AbortSignal; onRecord?: (record: HealthCheckRecord) => void }
): Promise<HealthOutcome> {
  const records: HealthCheckRecord[] = []
  const failures: string[] = []
  await Promise.all(probes.map((probe) => probe.ready?.()))
  const results = await Promise.all(
    probes.map(async (probe) => {
      for (let attempt = 1; attempt <= policy.retries; attempt++) {
        if (options.signal?.aborted) {
          failures.push(`${probe.endpoint}: deadline reached before attempt ${attempt}`)
          return false
        }
        const started = performance.now()
        const timestamp = new Date().toISOString()
        const timeout = AbortSignal.timeout(policy.timeoutMs)
        const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout
        let record: HealthCheckRecord
        try {
          const outcome = await probe.attempt(signal)
          record = {
            endpoint: probe.endpoint,
            status_code: outcome.statusCode,
            response_time_ms: Math.round(performance.now() - started),
            passed: outcome.passed,
            timestamp,
            attempt,
            phase: options.phase,
            detail: outcome.detail
          }
        } catch (error) {
          record = {
            endpoint: probe.endpoint,
            status_code: 0,
            response_time_ms: Math.round(performance.now() - started),
            passed: false,
            timestamp,
            attempt,
            phase: options.phase,
            detail: timeout.aborted ? `no answer within ${policy.timeoutMs / 1000} s` : describeError(error)
          }
        }
        records.push(record)
        options.onRecord?.(record)
        if (record.passed) return true
        if (attempt === policy.retries) {
          failures.push(
            `${probe.endpoint}: ${record.detail ?? `HTTP ${record.status_code}`} (after ${attempt} attempt${attempt === 1 ? '' : 's'})`
          )
          return false
        }
        await sleep(policy.intervalMs, options.signal)
      }
      return false
    })
  )
  const passed = results.every(Boolean)
  return { passed, records, failure: passed ? undefined : failures.join('; ') }
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
