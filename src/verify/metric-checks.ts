/**
 * Metric checks as the user writes them (`NAME: QUERY OP NUMBER`), the placeholders of their
 * queries, and the verdict on what a query returned. Pure: the Prometheus client is in
 * `prometheus.ts`, loaded only when `metrics-url` is set.
 */

export const METRIC_OPERATORS = ['<', '<=', '>', '>=', '==', '!='] as const
export type MetricOperator = (typeof METRIC_OPERATORS)[number]

export interface MetricCheck {
  name: string
  /** With its placeholders (`{version}` …) still in. */
  query: string
  operator: MetricOperator
  threshold: number
}

/** What fills a query's placeholders at one check point. */
export interface MetricVariables {
  version: string
  previous_version: string
  color: string
  environment: string
}

export const PLACEHOLDERS = ['version', 'previous_version', 'color', 'environment'] as const

const NAME = /^([A-Za-z0-9][A-Za-z0-9_.-]*):\s+(.*)$/s
// The operator and the number are the last tokens; the query before them may hold any of `<>=!:{}`.
// A lazy query makes the operator the last one on the line (`a > 1 < 2` compares `a > 1` with 2).
const TAIL = /^(.*?)\s*(<=|>=|==|!=|<|>)\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*$/s
const EXAMPLE = 'error-rate: sum(rate(http_requests_total{code=~"5..",version="{version}"}[1m])) < 0.5'

/** Parses one line; returns the reason it is malformed (the caller names the input and the line). */
export function parseMetricCheck(line: string): MetricCheck | string {
  const text = line.trim()
  const named = NAME.exec(text)
  if (!named) {
    const cramped = /^[A-Za-z0-9][A-Za-z0-9_.-]*:\S/.test(text) ? ' (a space after the colon ends the name)' : ''
    return `"${text}" starts with no name${cramped}: write NAME: QUERY OP NUMBER, e.g. ${EXAMPLE}`
  }
  const name = named[1]!
  const tail = TAIL.exec(named[2]!)
  if (!tail) {
    return `"${text}" does not end with an operator and a number: write NAME: QUERY OP NUMBER with OP one of ${METRIC_OPERATORS.join(' ')}, e.g. ${EXAMPLE}`
  }
  const query = tail[1]!
  const operator = tail[2] as MetricOperator
  if (query.trim() === '') return `"${text}" has no query between the name and the operator`
  // `=>`, `=<` or `>>` leave an operator character at the end of the query: a typo, not PromQL.
  const stray = /[<>=!]$/.exec(query.trimEnd())
  if (stray) {
    return `"${text}" has "${stray[0]}${operator}" before its number; the operator is one of ${METRIC_OPERATORS.join(' ')}`
  }
  return { name, query: query.trim(), operator, threshold: Number(tail[3]) }
}

/** Every line of `metrics-checks`; problems name the line. */
export function parseMetricChecks(lines: string[]): { checks: MetricCheck[]; problems: string[] } {
  const checks: MetricCheck[] = []
  const problems: string[] = []
  lines.forEach((line, index) => {
    const check = parseMetricCheck(line)
    if (typeof check === 'string') problems.push(`line ${index + 1}: ${check}`)
    else if (checks.some((other) => other.name === check.name))
      problems.push(`line ${index + 1}: the name "${check.name}" is used twice; names must be unique`)
    else checks.push(check)
  })
  return { checks, problems }
}

/**
 * The text of a PromQL double-quoted string holding `value` (Go's escapes, which PromQL's lexer
 * reads): a version such as `v1"} or vector(1) #` stays a label value, not more query.
 */
export function promqlString(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  return value.replace(/[\\"\u0000-\u001f\u007f]/g, (char) => {
    switch (char) {
      case '\\':
        return '\\\\'
      case '"':
        return '\\"'
      case '\n':
        return '\\n'
      case '\r':
        return '\\r'
      case '\t':
        return '\\t'
      default:
        return `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`
    }
  })
}

/** Replaces `{version}`, `{previous_version}`, `{color}` and `{environment}`; other braces stay PromQL. */
export function fillQuery(query: string, variables: MetricVariables): string {
  return query.replace(/\{(version|previous_version|color|environment)\}/g, (_, name: keyof MetricVariables) =>
    promqlString(variables[name])
  )
}

/** One sample of an answer: its labels (none for a scalar) and its value as Prometheus writes it. */
export interface MetricSample {
  labels: Record<string, string>
  value: string
}

export interface MetricVerdict {
  passed: boolean
  detail: string
  value?: string
}

/** Judges what a query returned: one sample that satisfies the check passes. */
export function judgeMetric(check: MetricCheck, samples: MetricSample[], empty: 'fail' | 'pass'): MetricVerdict {
  if (samples.length === 0) {
    return empty === 'pass'
      ? { passed: true, detail: 'empty result, accepted (metrics-empty: pass)' }
      : { passed: false, detail: 'empty result: no sample (yet?)' }
  }
  if (samples.length > 1) {
    const shown = samples.slice(0, 5).map((s) => `${describeLabels(s.labels)} ${s.value}`)
    return {
      passed: false,
      detail: `${samples.length} samples, a check needs one (aggregate them, e.g. with sum()): ${shown.join('; ')}${samples.length > 5 ? '; …' : ''}`
    }
  }
  const value = samples[0]!.value
  const number = parsePrometheusNumber(value)
  const expectation = `${check.operator} ${check.threshold}`
  if (Number.isNaN(number)) {
    return {
      passed: false,
      value,
      detail: `value ${value}, expected ${expectation} (NaN: 0/0, no traffic in the window?)`
    }
  }
  const passed = compare(number, check.operator, check.threshold)
  return { passed, value, detail: passed ? `${value} ${expectation}` : `value ${value}, expected ${expectation}` }
}

function compare(value: number, operator: MetricOperator, threshold: number): boolean {
  switch (operator) {
    case '<':
      return value < threshold
    case '<=':
      return value <= threshold
    case '>':
      return value > threshold
    case '>=':
      return value >= threshold
    case '==':
      return value === threshold
    case '!=':
      return value !== threshold
  }
}

/** Prometheus writes values as strings, infinities as `+Inf` and `-Inf`. */
export function parsePrometheusNumber(value: string): number {
  if (value === '+Inf' || value === 'Inf') return Infinity
  if (value === '-Inf') return -Infinity
  return value.trim() === '' ? NaN : Number(value)
}

/** `http_requests_total{code="500", version="v2"}`, as Prometheus shows a series. */
export function describeLabels(labels: Record<string, string>): string {
  const { __name__: name, ...rest } = labels
  const pairs = Object.entries(rest)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}="${promqlString(value)}"`)
  return `${name ?? ''}{${pairs.join(', ')}}`
}
