// The fault rules every stand-in server keeps: a test injects rules, and a request that matches a
// live one (by method and path) is answered by it, up to `times` requests. What an answer looks like
// is each server's own (its faults.ts and README); this is the store and the matcher they share.

/** Which requests a rule takes, and how many. */
export interface RuleMatch {
  /** HTTP method to match (any when omitted; case-insensitive). */
  method?: string
  /** The pathname (no query): a string equal to it, or a RegExp tested on it; any when omitted. */
  path?: string | RegExp
  /** How many matching requests it takes (default 1; Infinity for all). */
  times?: number
}

/** An injected rule as stored: `hits` counts the requests it took. */
export type Active<R extends RuleMatch> = R & { hits: number }

export class FaultRules<R extends RuleMatch> {
  private rules: Array<Active<R>> = []

  inject(rule: R): Active<R> {
    // A rule that can never take a request is a mistake in the test, not a way to say "no fault".
    if (!((rule.times ?? 1) > 0)) throw new Error('fault times must be > 0')
    const active: Active<R> = { ...rule, hits: 0 }
    this.rules.push(active)
    return active
  }

  clear(): void {
    this.rules = []
  }

  /**
   * The live rules (fewer hits than `times`) matching a request, in the order they were injected.
   * A string path also matches `template`, the route's pattern, where the server has one.
   */
  matching(method: string, pathname: string, template?: string): Array<Active<R>> {
    return this.rules.filter((r) => live(r) && matches(r, method, pathname, template))
  }

  /** The first live rule matching the request, which takes it (one more hit); undefined when none. */
  take(method: string, pathname: string, template?: string): Active<R> | undefined {
    const rule = this.rules.find((r) => live(r) && matches(r, method, pathname, template))
    if (rule) rule.hits++
    return rule
  }
}

const live = (rule: Active<RuleMatch>): boolean => rule.hits < (rule.times ?? 1)

function matches(rule: RuleMatch, method: string, pathname: string, template: string | undefined): boolean {
  if (rule.method && rule.method.toUpperCase() !== method) return false
  if (rule.path === undefined) return true
  if (rule.path instanceof RegExp) return rule.path.test(pathname)
  return rule.path === pathname || (template !== undefined && rule.path === template)
}
