// Fault injection: answers the API would give under trouble (5xx, 429 with Retry-After, 409, 403),
// dropped connections, delays, and watches ended abruptly.

export interface FaultRule {
  /** HTTP method to match (any when omitted). */
  method?: string
  /** The pathname (exact string, or a RegExp tested on it); any when omitted. */
  path?: string | RegExp
  status?: 500 | 503 | 429 | 409 | 403
  /** 429/503: the Retry-After header in seconds (and details.retryAfterSeconds). Default 1 for 429. */
  retryAfter?: number
  /** Close the socket without an answer. */
  drop?: boolean
  /** Wait before answering (then the fault's status, or the real answer). */
  delayMs?: number
  /** How many matching requests it takes (default 1; Infinity for all). */
  times?: number
}

export interface ActiveFault extends FaultRule {
  hits: number
}

export class Faults {
  private rules: ActiveFault[] = []

  inject(rule: FaultRule): ActiveFault {
    const active: ActiveFault = { ...rule, hits: 0 }
    this.rules.push(active)
    return active
  }

  clear(): void {
    this.rules = []
  }

  take(method: string, pathname: string): ActiveFault | undefined {
    const rule = this.rules.find((r) => {
      if ((r.times ?? 1) <= r.hits) return false
      if (r.method && r.method.toUpperCase() !== method) return false
      if (r.path === undefined) return true
      return r.path instanceof RegExp ? r.path.test(pathname) : r.path === pathname
    })
    if (rule) rule.hits++
    return rule
  }
}

export interface DropWatchRule {
  /** The watch's pathname (exact, or a RegExp); any watch when omitted. */
  path?: string | RegExp
  /** End it after this many more events (bookmarks included). */
  afterEvents?: number
  /** End it this long after the rule is set (or after the watch opens, for a later one). */
  afterMs?: number
}
