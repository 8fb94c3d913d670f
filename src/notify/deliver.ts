import { Agent, request } from 'undici'
import { backoffMs, retryAfterMs, sleep } from '../util/retry.js'
import { describeError } from '../verify/health.js'

/** How hard to try: every attempt, wait and retry together end within `budgetMs`. */
export interface DeliveryPolicy {
  budgetMs: number
  /** One attempt's bound (connect, headers, body), cut shorter when the budget has less left. */
  requestTimeoutMs: number
  /** Backoff: `baseDelayMs × 2^(attempt-1)`, at most `maxDelayMs`, with jitter (half to all of it). */
  baseDelayMs: number
  maxDelayMs: number
}

export interface DeliveryResult {
  ok: boolean
  attempts: number
  status?: number
  /** The answer's body (at most 64 KiB), on success. */
  body?: string
  /** The last failure, when it gave up. */
  error?: string
  /** It gave up because the service refused the request itself (a 4xx other than 408/425/429). */
  permanent?: boolean
  elapsedMs: number
}

const MAX_ANSWER_BYTES = 64 * 1024
/** Below this, another attempt could not get an answer anyway. */
const MIN_ATTEMPT_MS = 100

/**
 * POSTs a JSON body, retrying network errors, time-outs, 5xx, 408, 425 and 429 (a `Retry-After`
 * is honoured while it fits the budget) with backoff and jitter. Never throws; never takes longer
 * than the budget (plus the moment it takes to close a connection).
 */
export async function postJson(
  url: string,
  body: string,
  options: {
    policy: DeliveryPolicy
    headers?: Record<string, string>
    random?: () => number
    onRetry?: (attempt: number, why: string, delayMs: number) => void
  }
): Promise<DeliveryResult> {
  const { policy } = options
  const random = options.random ?? Math.random
  const started = performance.now()
  const deadline = started + policy.budgetMs
  const elapsed = () => Math.round(performance.now() - started)
  // A dispatcher of its own, destroyed at the end: a service that hangs keeps no socket open after.
  const agent = new Agent({ connect: { timeout: policy.requestTimeoutMs }, keepAliveTimeout: 1_000 })
  let attempts = 0
  let last = 'no attempt fitted the budget'
  try {
    for (;;) {
      const remaining = deadline - performance.now()
      if (remaining < MIN_ATTEMPT_MS) break
      attempts++
      const timeoutMs = Math.max(1, Math.min(policy.requestTimeoutMs, Math.floor(remaining)))
      const timeout = AbortSignal.timeout(timeoutMs)
      let retryAfter: number | undefined
      try {
        const response = await request(url, {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json', 'user-agent': 'deploy-orchestrator', ...options.headers },
          dispatcher: agent,
          signal: timeout,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs
        })
        const answer = await readBounded(response.body)
        const status = response.statusCode
        if (status >= 200 && status < 300) return { ok: true, attempts, status, body: answer, elapsedMs: elapsed() }
        last = `HTTP ${status}${answer.trim() ? `: ${oneLine(answer)}` : ''}`
        if (!retryable(status))
          return { ok: false, attempts, status, error: last, permanent: true, elapsedMs: elapsed() }
        retryAfter = retryAfterMs(response.headers['retry-after'])
      } catch (error) {
        last = timeout.aborted ? `no answer within ${(timeoutMs / 1000).toFixed(1)} s` : describeError(error)
      }
      const left = deadline - performance.now() - MIN_ATTEMPT_MS
      const delay = retryAfter ?? backoffMs(attempts, policy.baseDelayMs, policy.maxDelayMs, random)
      if (left <= 0 || (retryAfter !== undefined && retryAfter > left)) break
      const wait = Math.min(delay, left)
      options.onRetry?.(attempts, last, Math.round(wait))
      await sleep(wait)
    }
    return {
      ok: false,
      attempts,
      error: `${last} (gave up after ${attempts} attempt${attempts === 1 ? '' : 's'} in ${(elapsed() / 1000).toFixed(1)} s)`,
      elapsedMs: elapsed()
    }
  } finally {
    await agent.destroy().catch(() => undefined)
  }
}

function retryable(status: number): boolean {
  return status >= 500 || status === 408 || status === 425 || status === 429
}

async function readBounded(
  stream: AsyncIterable<Buffer> & { dump?: (options: { limit: number }) => Promise<void> }
): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    chunks.push(chunk)
    size += chunk.length
    if (size > MAX_ANSWER_BYTES) break
  }
  await stream.dump?.({ limit: MAX_ANSWER_BYTES }).catch(() => undefined)
  return Buffer.concat(chunks).toString('utf8').slice(0, MAX_ANSWER_BYTES)
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 200 ? `${line.slice(0, 197)}...` : line
}
