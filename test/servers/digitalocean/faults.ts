// Fault injection and the per-token rate limit (250 a minute, 5,000 an hour, like the API).
import { type Active, FaultRules, type RuleMatch } from '../faults.js'

export type FaultKind =
  | 'status500'
  | 'status503'
  | 'rateLimit429'
  | 'slow'
  | 'drop'
  /** The request is applied (the deployment is created...) and then the socket is destroyed. */
  | 'applyThenDrop'

export interface FaultRule extends RuleMatch {
  kind: FaultKind
  /**
   * Path to match (any when omitted): a RegExp tested on the pathname, or a string equal to the
   * pathname ("/v2/apps/abc/deployments") or to the description's template
   * ("/v2/apps/{app_id}/deployments").
   */
  path?: string | RegExp
  /** `slow`: delay before the request is handled normally (default 1000). */
  ms?: number
  /** `rateLimit429`: the retry-after header in seconds (default 1). */
  retryAfter?: number
}

/** An injected rule as stored: `hits` counts the requests it took. */
export type ActiveFault = Active<FaultRule>

/** The first live rule matching a request (its pathname, or its route's template) takes it. */
export class Faults extends FaultRules<FaultRule> {}

export interface RateLimitState {
  limited: boolean
  /** Headers every API response carries. */
  headers: Record<string, string>
  /** Seconds until a new request is allowed (when limited). */
  retryAfter: number
}

/** Sliding windows per token. Headers report the hourly quota, as the API does. */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>()

  constructor(
    private readonly perMinute: number,
    private readonly perHour: number
  ) {}

  /** Counts one request for `token` at `now` and tells whether it is over a limit. */
  count(token: string, now: number): RateLimitState {
    const list = (this.hits.get(token) ?? []).filter((t) => t > now - 3_600_000)
    const lastMinute = list.filter((t) => t > now - 60_000)
    const limited = lastMinute.length >= this.perMinute || list.length >= this.perHour
    if (!limited) list.push(now)
    this.hits.set(token, list)
    const oldestMinute = lastMinute[0] ?? now
    const oldestHour = list[0] ?? now
    const retryAfter =
      lastMinute.length >= this.perMinute
        ? Math.max(1, Math.ceil((oldestMinute + 60_000 - now) / 1000))
        : Math.max(1, Math.ceil((oldestHour + 3_600_000 - now) / 1000))
    return {
      limited,
      retryAfter,
      headers: {
        'ratelimit-limit': String(this.perHour),
        'ratelimit-remaining': String(Math.max(0, this.perHour - list.length)),
        'ratelimit-reset': String(Math.ceil((oldestHour + 3_600_000) / 1000))
      }
    }
  }
}
