import picomatch from 'picomatch'

/** What a changed file asks for; the order is strength (the strongest wins). */
export const IMPACTS = ['ignore', 'redeploy', 'restart', 'rebuild'] as const
export type Impact = (typeof IMPACTS)[number]

export interface PathRule {
  glob: string
  impact: Impact
  origin: 'user' | 'default'
}

export const DEFAULT_PATH_RULES: readonly string[] = [
  '.claude/** => rebuild',
  'Dockerfile => rebuild',
  '**/Dockerfile => rebuild',
  'Containerfile => rebuild',
  'requirements*.txt => rebuild',
  'pyproject.toml => rebuild',
  'poetry.lock => rebuild',
  'package.json => rebuild',
  'package-lock.json => rebuild',
  '.env => restart',
  '.env.* => restart',
  '**/*.md => ignore',
  'docs/** => ignore',
  'LICENSE => ignore',
  // The file store's own folder: committing the state must not trigger a deploy.
  '.deploy-state/** => ignore'
]

/** Parses `GLOB => IMPACT`; returns the reason a line is malformed, so the caller can name the input. */
export function parsePathRule(line: string, origin: PathRule['origin']): PathRule | string {
  const match = /^(.+?)\s*=>\s*([A-Za-z]+)\s*$/.exec(line.trim())
  if (!match) return `"${line.trim()}" is not of the form GLOB => IMPACT`
  const glob = match[1]!.trim()
  const impact = match[2]!.toLowerCase()
  if (!(IMPACTS as readonly string[]).includes(impact)) {
    return `"${line.trim()}" has impact "${match[2]}"; use one of ${IMPACTS.join(', ')}`
  }
  const problem = globProblem(glob)
  if (problem) return `"${line.trim()}" has a glob that ${problem}`
  return { glob, impact: impact as Impact, origin }
}

/** Why a glob cannot be used (it does not compile), or undefined. */
export function globProblem(glob: string): string | undefined {
  try {
    picomatch.makeRe(glob, { dot: true, strictBrackets: true })
    return undefined
  } catch (error) {
    return `does not compile (${(error as Error).message})`
  }
}

let defaults: readonly PathRule[] | undefined

/** The default rules, parsed once (every service of a run takes them). */
export function defaultPathRules(): PathRule[] {
  defaults ??= DEFAULT_PATH_RULES.map((line) => parsePathRule(line, 'default') as PathRule)
  return defaults.map((rule) => ({ ...rule }))
}

export interface Classification {
  path: string
  impact: Impact
  /** The rule that matched, or undefined for the fallback (`redeploy`). */
  rule?: string
}

/**
 * The lookaheads picomatch puts before path segments to refuse `.` and `..` segments (with `dot:
 * true` as well). Both can only fail where a `.` is followed by `/` or ends the path.
 */
const DOT_SEGMENT_GUARDS = [String.raw`(?!(?:^|\/)\.{1,2}(?:\/|$))`, String.raw`(?!\.{1,2}(?:\/|$))`]
/** A path where the guards above can fail somewhere: it is tested with the complete expressions. */
const MAY_HAVE_DOT_SEGMENT = /\.(?:\/|$)/

/** One expression that tries the rules' expressions in order; `markers[i]` is set when rule i matched. */
interface Alternation {
  regex: RegExp
  markers: number[]
}

/**
 * `^(?:(?:r0)()|(?:r1)()|...)`: JavaScript tries alternatives left to right and each `ri` is anchored at
 * both ends, so the alternative that matches is the first rule whose expression matches the path,
 * and its empty group `()` says which. Undefined when the expressions cannot be joined safely
 * (flags, backreferences or named groups, whose numbers or names would clash).
 */
function alternation(sources: readonly string[], flags: readonly string[]): Alternation | undefined {
  if (flags.some((f) => f !== '') || sources.some((s) => /\\[1-9k]|\(\?<[^=!]/.test(s))) return undefined
  const markers: number[] = []
  let groups = 0
  const parts = sources.map((source) => {
    // The capturing groups of `source`: an empty alternative makes it match '' with all of them.
    groups += new RegExp(`${source}|`).exec('')!.length
    markers.push(groups)
    return `(?:${source})()`
  })
  try {
    return { regex: new RegExp(`^(?:${parts.join('|')})`), markers }
  } catch {
    return undefined
  }
}

/**
 * Classifies paths by the first matching rule (everything else: redeploy), exactly as picomatch's
 * matcher (`picomatch(glob, { dot: true })`) would: a path equal to the glob matches; so does one its
 * expression matches; '' matches nothing. Rules are compiled once into one expression, so a path is
 * one regular-expression match, not one per rule (each call costs about as much as a match). Paths
 * with no `.` before a `/` or at the end (nearly all) use a copy without the dot-segment lookaheads,
 * which cannot fail on them and which picomatch repeats at every character of a `**`.
 */
export function createClassifier(rules: readonly PathRule[]): (path: string) => Classification {
  const compiled = rules.map((rule) => {
    // Globs match whole repository paths: `Dockerfile` is the root one, `**/Dockerfile` any other.
    const regex = picomatch.makeRe(rule.glob, { dot: true })
    // Only globs without parentheses or escapes: there, these texts can only be picomatch's own.
    const plain = /[(\\]/.test(rule.glob)
      ? regex.source
      : DOT_SEGMENT_GUARDS.reduce((source, guard) => source.split(guard).join(''), regex.source)
    return { rule, label: `${rule.glob} => ${rule.impact}`, regex, plain: new RegExp(plain, regex.flags) }
  })
  const flags = compiled.map((entry) => entry.regex.flags)
  const complete = alternation(
    compiled.map((entry) => entry.regex.source),
    flags
  )
  const plain = alternation(
    compiled.map((entry) => entry.plain.source),
    flags
  )
  // A path equal to a glob matches it whatever the expression says (picomatch's matcher does so).
  const equalTo = new Map<string, number>()
  compiled.forEach((entry, index) => {
    if (!equalTo.has(entry.rule.glob)) equalTo.set(entry.rule.glob, index)
  })
  const firstMatch = (path: string): number => {
    const dotted = MAY_HAVE_DOT_SEGMENT.test(path)
    const joined = dotted ? complete : plain
    const equal = equalTo.get(path) ?? compiled.length
    if (!joined) {
      for (let i = 0; i < equal; i++) if ((dotted ? compiled[i]!.regex : compiled[i]!.plain).test(path)) return i
      return equal
    }
    const match = joined.regex.exec(path)
    if (match) {
      for (let i = 0; i < equal; i++) if (match[joined.markers[i]!] !== undefined) return i
    }
    return equal
  }
  return (path) => {
    const index = path === '' ? compiled.length : firstMatch(path)
    const entry = compiled[index]
    return entry ? { path, impact: entry.rule.impact, rule: entry.label } : { path, impact: 'redeploy' }
  }
}
