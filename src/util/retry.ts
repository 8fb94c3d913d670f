/** The recovery policy's arithmetic, shared by every client that retries (App Platform, the state download, GitHub Deployments, the webhooks). */

/** Exponential backoff with jitter: `baseMs × 2^(attempt-1)`, at most `maxMs`, then half to all of it. */
export function backoffMs(
  attempt: number,
  baseMs: number,
  maxMs = Infinity,
  random: () => number = Math.random
): number {
  return Math.min(maxMs, baseMs * 2 ** (attempt - 1)) * (0.5 + random() * 0.5)
}

/** A `retry-after` header in milliseconds: seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | string[] | null | undefined): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim()
  if (!text) return undefined
  if (/^\d+$/.test(text)) return Number(text) * 1000
  const date = Date.parse(text)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

/** Waits `ms`, or less when `signal` fires; never rejects. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve()
    const timer = setTimeout(done, ms)
    function done(): void {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })
}
