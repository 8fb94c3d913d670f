// Fault injection: answers the API would give under trouble (5xx, 429 with Retry-After, 409, 403),
// dropped connections, delays, and watches ended abruptly.
import { type Active, FaultRules, type RuleMatch } from '../faults.js'

export interface FaultRule extends RuleMatch {
  status?: 500 | 503 | 429 | 409 | 403
  /** 429/503: the Retry-After header in seconds (and details.retryAfterSeconds). Default 1 for 429. */
  retryAfter?: number
  /** Close the socket without an answer. */
  drop?: boolean
  /** Carry the request out, then close the socket without its answer (a write whose answer was lost). */
  dropAfterApply?: boolean
  /** Wait before answering (then the fault's status, or the real answer). */
  delayMs?: number
}

/** An injected rule as stored: `hits` counts the requests it took. */
export type ActiveFault = Active<FaultRule>

/** The first live rule matching a request (exact pathname or a RegExp on it) takes it. */
export class Faults extends FaultRules<FaultRule> {}

export interface DropWatchRule {
  /** The watch's pathname (exact, or a RegExp); any watch when omitted. */
  path?: string | RegExp
  /** End it after this many more events (bookmarks included). */
  afterEvents?: number
  /** End it this long after the rule is set (or after the watch opens, for a later one). */
  afterMs?: number
}
