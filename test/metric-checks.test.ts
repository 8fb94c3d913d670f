import { describe, expect, it } from 'vitest'
import { SettingsError, parseSettings } from '../src/settings/settings.js'
import {
  type MetricCheck,
  describeLabels,
  fillQuery,
  judgeMetric,
  parseMetricCheck,
  parseMetricChecks,
  promqlString
} from '../src/verify/metric-checks.js'

describe('metric check lines: NAME: QUERY OP NUMBER', () => {
  it.each([
    [
      'error-rate: (sum(rate(http_requests_total{code=~"5..",version="{version}"}[1m])) or vector(0)) / sum(rate(http_requests_total{version="{version}"}[1m])) < 0.01',
      {
        name: 'error-rate',
        query:
          '(sum(rate(http_requests_total{code=~"5..",version="{version}"}[1m])) or vector(0)) / sum(rate(http_requests_total{version="{version}"}[1m]))',
        operator: '<',
        threshold: 0.01
      }
    ],
    // The query holds comparison operators of its own: the check's are the last tokens.
    ['up: sum(up{job="api"} > 0) >= 2', { name: 'up', query: 'sum(up{job="api"} > 0)', operator: '>=', threshold: 2 }],
    ['a: x > 1 < 2', { name: 'a', query: 'x > 1', operator: '<', threshold: 2 }],
    ['b: count(x == 1) == 3', { name: 'b', query: 'count(x == 1)', operator: '==', threshold: 3 }],
    ['c: x != -1', { name: 'c', query: 'x', operator: '!=', threshold: -1 }],
    ['d: x<=1e-3', { name: 'd', query: 'x', operator: '<=', threshold: 0.001 }],
    ['e:   x   >   .5  ', { name: 'e', query: 'x', operator: '>', threshold: 0.5 }],
    // Colons, subqueries and recording-rule names inside the query.
    [
      'p99.latency: max_over_time(job:latency_seconds:p99{env="{environment}"}[5m:30s]) < 0.25',
      {
        name: 'p99.latency',
        query: 'max_over_time(job:latency_seconds:p99{env="{environment}"}[5m:30s])',
        operator: '<',
        threshold: 0.25
      }
    ],
    ['ratio: x > bool 0.5 == 0', { name: 'ratio', query: 'x > bool 0.5', operator: '==', threshold: 0 }]
  ])('%s', (line, expected) => {
    expect(parseMetricCheck(line)).toEqual(expected)
  })

  it.each([
    ['sum(rate(x[1m])) < 1', /starts with no name: write NAME: QUERY OP NUMBER/],
    ['errors:sum(x) < 1', /a space after the colon ends the name/],
    ['errors: sum(x)', /does not end with an operator and a number/],
    ['errors: sum(x) < low', /does not end with an operator and a number/],
    ['errors: sum(x) < 1 or 2', /does not end with an operator and a number/],
    ['errors: < 1', /has no query/],
    ['errors: sum(x) => 1', /has "=>" before its number/],
    ['errors: sum(x) =< 1', /has "=<" before its number/]
  ])('rejects %s', (line, message) => {
    expect(parseMetricCheck(line)).toMatch(message)
  })

  it('names the line of each problem, and a name used twice', () => {
    const { checks, problems } = parseMetricChecks(['a: x < 1', 'nonsense', 'a: y > 2'])
    expect(checks.map((c) => c.name)).toEqual(['a'])
    expect(problems).toEqual([
      expect.stringMatching(/^line 2: "nonsense" starts with no name/),
      'line 3: the name "a" is used twice; names must be unique'
    ])
  })
})

describe('placeholders: PromQL string escaping', () => {
  it.each([
    ['3f2a9c1', '3f2a9c1'],
    ['v1"} or vector(1) #', 'v1\\"} or vector(1) #'],
    ['back\\slash', 'back\\\\slash'],
    ['line\nbreak\ttab\rreturn', 'line\\nbreak\\ttab\\rreturn'],
    ['bell\u0007del\u007f', 'bell\\x07del\\x7f'],
    ['ünïcode ✓', 'ünïcode ✓'],
    ['', '']
  ])('%j', (value, escaped) => {
    expect(promqlString(value)).toBe(escaped)
  })

  it('fills the four placeholders and leaves PromQL braces alone', () => {
    const query =
      'sum(rate(x{version="{version}",color="{color}",env="{environment}"}[1m])) / sum(rate(x{version="{previous_version}"}[1m])) + count({__name__="y"}) + {unknown}'
    expect(fillQuery(query, { version: 'v2"', previous_version: 'v1', color: 'green', environment: 'prod\\eu' })).toBe(
      'sum(rate(x{version="v2\\"",color="green",env="prod\\\\eu"}[1m])) / sum(rate(x{version="v1"}[1m])) + count({__name__="y"}) + {unknown}'
    )
  })
})

describe('judging an answer', () => {
  const check: MetricCheck = { name: 'errors', query: 'q', operator: '<', threshold: 0.01 }

  it('one sample: compares its value', () => {
    expect(judgeMetric(check, [{ labels: {}, value: '0.002' }], 'fail')).toEqual({
      passed: true,
      value: '0.002',
      detail: '0.002 < 0.01'
    })
    expect(judgeMetric(check, [{ labels: { job: 'a' }, value: '0.5' }], 'fail')).toEqual({
      passed: false,
      value: '0.5',
      detail: 'value 0.5, expected < 0.01'
    })
  })

  it.each([
    ['<=', 1, '1', true],
    ['>', 1, '1', false],
    ['>=', 1, '1', true],
    ['==', 0, '0', true],
    ['!=', 0, '0', false],
    ['<', 1e9, '+Inf', false],
    ['>', 1e9, '+Inf', true],
    ['<', 0, '-Inf', true],
    ['!=', 1, 'NaN', false],
    ['<', 1, 'NaN', false]
  ] as const)('%s %s with %s: %s', (operator, threshold, value, passed) => {
    expect(judgeMetric({ ...check, operator, threshold }, [{ labels: {}, value }], 'fail').passed).toBe(passed)
  })

  it('an empty result fails unless metrics-empty is pass', () => {
    expect(judgeMetric(check, [], 'fail')).toEqual({ passed: false, detail: 'empty result: no sample (yet?)' })
    expect(judgeMetric(check, [], 'pass')).toMatchObject({ passed: true, detail: expect.stringContaining('accepted') })
  })

  it('several samples fail, with their labels', () => {
    const verdict = judgeMetric(
      check,
      [
        { labels: { __name__: 'http_requests_total', version: 'v2', code: '500' }, value: '3' },
        { labels: { code: '200' }, value: '7' }
      ],
      'fail'
    )
    expect(verdict.passed).toBe(false)
    expect(verdict.detail).toBe(
      '2 samples, a check needs one (aggregate them, e.g. with sum()): http_requests_total{code="500", version="v2"} 3; {code="200"} 7'
    )
  })

  it('shows labels as Prometheus does, escaped', () => {
    expect(describeLabels({ b: '2', a: 'say "hi"' })).toBe('{a="say \\"hi\\"", b="2"}')
  })
})

describe('metric settings', () => {
  const parse = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    parseSettings({
      inputs: (name) => ({ 'state-store': 'file', 'deploy-command': 'true', ...inputs })[name],
      env,
      cwd: '/tmp'
    })
  const problems = (inputs: Record<string, string>, env: Record<string, string> = {}): string[] => {
    try {
      parse(inputs, env)
      return []
    } catch (error) {
      if (!(error instanceof SettingsError)) throw error
      return error.problems
    }
  }

  it('parses checks, the token from the named variable (a secret), and bake-seconds', () => {
    const settings = parse(
      {
        'metrics-url': 'http://prometheus:9090',
        'metrics-token-env': 'PROM_TOKEN',
        'metrics-checks': '# comment\nerrors: sum(x{version="{version}"}) < 1\n\nlatency: y >= 0',
        'metrics-empty': 'pass',
        'bake-seconds': '30',
        'health-interval-seconds': '5'
      },
      { PROM_TOKEN: 'prom-secret-token' }
    )
    expect(settings.metrics).toEqual({
      url: 'http://prometheus:9090',
      tokenEnv: 'PROM_TOKEN',
      token: 'prom-secret-token',
      empty: 'pass',
      checks: [
        { name: 'errors', query: 'sum(x{version="{version}"})', operator: '<', threshold: 1 },
        { name: 'latency', query: 'y', operator: '>=', threshold: 0 }
      ]
    })
    expect(settings.health.bakeSeconds).toBe(30)
    expect(settings.secrets).toContain('prom-secret-token')
  })

  it('masks the password of a metrics URL and the Authorization header made of it', () => {
    const settings = parse({ 'metrics-url': 'https://user:pa55word@prom.example', 'metrics-checks': 'a: x < 1' })
    expect(settings.secrets).toEqual(
      expect.arrayContaining(['pa55word', Buffer.from('user:pa55word').toString('base64')])
    )
  })

  it('names the input, the line and the fix', () => {
    expect(problems({ 'metrics-url': 'http://p:9090', 'metrics-checks': 'a: x < 1\nb: y' })).toEqual([
      expect.stringMatching(/^`metrics-checks`: line 2: "b: y" does not end with an operator and a number/)
    ])
    expect(problems({ 'metrics-url': 'http://p:9090' })).toEqual([
      expect.stringMatching(/^`metrics-checks`: `metrics-url` is set but no check is/)
    ])
    expect(problems({ 'metrics-checks': 'a: x < 1' })).toEqual([
      expect.stringMatching(/^`metrics-url`: `metrics-checks` need the Prometheus API/)
    ])
    expect(problems({ 'metrics-url': 'prometheus:9090', 'metrics-checks': 'a: x < 1' })).toEqual([
      expect.stringMatching(/^`metrics-url`: .* is not an http\(s\) URL/)
    ])
    expect(
      problems({ 'metrics-url': 'http://p:9090', 'metrics-checks': 'a: x < 1', 'metrics-token-env': 'NOPE' })
    ).toEqual([expect.stringMatching(/^`metrics-token-env`: the environment variable NOPE holds no token/)])
    expect(
      problems({ 'metrics-url': 'http://p:9090', 'metrics-checks': 'a: x < 1', 'metrics-empty': 'maybe' })
    ).toEqual(['`metrics-empty`: "maybe" is not one of fail, pass'])
    expect(problems({ 'bake-seconds': '60', 'health-interval-seconds': '0' })).toEqual([
      expect.stringMatching(/^`health-interval-seconds`: a bake checks every/)
    ])
  })
})
