/** Programmable faults: a test queues rules, requests that match consume them in order. */
import { FaultRules, type RuleMatch } from '../faults.js'

export type FaultKind =
  | 'status500'
  | 'status502'
  | 'status503'
  /** 429 + `retry-after` (a secondary rate limit, as GitHub sends it today). */
  | 'rateLimit429'
  /** 403 + `retry-after`, message naming the secondary rate limit. */
  | 'rateLimit403'
  /** 403 + `x-ratelimit-remaining: 0` + `x-ratelimit-reset` (the primary rate limit). */
  | 'rateLimit403Primary'
  /** 429 as a proxy in front of GitHub answers it: `retry-after`, an HTML page, none of GitHub's headers. */
  | 'proxy429'
  /** 403 as a proxy in front of GitHub answers it: `retry-after`, an HTML page, none of GitHub's headers. */
  | 'proxy403'
  /** Delay the answer by `ms` (default 200), then answer normally (or with a later matching fault). */
  | 'slow'
  /** Read the request, then destroy the socket without answering. */
  | 'drop'
  /** Apply the request as usual, then destroy the socket instead of answering (the answer is lost). */
  | 'applyThenDrop'
  /** Upload only: store the asset as `starter` (holding the name, no bytes) and answer 502. */
  | 'upload502Starter'
  /** Upload only: store the asset fully (`uploaded`) and still answer 502. */
  | 'upload502AfterStore'

export interface FaultRule extends RuleMatch {
  kind: FaultKind
  /** `slow`: delay in ms. */
  ms?: number
  /** Rate-limit and proxy kinds: seconds in `retry-after` (default 1). */
  retryAfter?: number
  /** `rateLimit403Primary`: seconds until `x-ratelimit-reset` (default 1). */
  resetIn?: number
}

const UPLOAD_KINDS = new Set<FaultKind>(['upload502Starter', 'upload502AfterStore'])

export class Faults {
  private readonly rules = new FaultRules<FaultRule>()

  add(rule: FaultRule): void {
    this.rules.inject(rule)
  }

  clear(): void {
    this.rules.clear()
  }

  /**
   * Consume the rules matching a request: every `slow` rule (their delays add up) and the first
   * terminal rule. `upload` selects the upload-only kinds instead of the generic ones.
   */
  take(method: string, path: string, scope: 'generic' | 'upload'): { delayMs: number; fault: FaultRule | undefined } {
    let delayMs = 0
    let fault: FaultRule | undefined
    for (const rule of this.rules.matching(method, path)) {
      if (UPLOAD_KINDS.has(rule.kind) !== (scope === 'upload')) continue
      if (rule.kind === 'slow') {
        delayMs += rule.ms ?? 200
      } else if (fault) {
        continue
      } else {
        fault = rule
      }
      rule.hits++
    }
    return { delayMs, fault }
  }
}
