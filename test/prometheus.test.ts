import { type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PrometheusClient, PrometheusError } from '../src/verify/prometheus.js'
import { MetricsService, type Release } from './support/metrics-service.js'
import { freePort } from './support/net.js'
import { type TestPrometheus, startPrometheus } from './support/prometheus.js'
import { Scenario } from './support/scenario.js'

// One Prometheus for the file, scraping one service every second; every test deploys to that service.
let prometheus: TestPrometheus
let service: MetricsService
let proxy: { url: string; seen: string[]; server: Server }
const TOKEN = 'prom-token-5ecret'

beforeAll(async () => {
  service = await MetricsService.start()
  prometheus = await startPrometheus({ targets: [service.target] })
  proxy = await startAuthProxy(prometheus.url, TOKEN)
  await prometheus.waitFor('up{job="test-service"} == 1', 60_000)
}, 120_000)
afterAll(async () => {
  proxy?.server.closeAllConnections()
  proxy?.server.close()
  await prometheus?.stop()
  await service?.stop()
})

const ERROR_RATE =
  'error-rate: (sum(rate(http_requests_total{code=~"5..",version="{version}"}[1m])) or vector(0)) / sum(rate(http_requests_total{version="{version}"}[1m])) < 0.01'

/** Blue-green onto the scraped service; its /health answers 200 whatever the version does. */
function scenario(inputs: Record<string, string> = {}): Scenario {
  return new Scenario({
    strategy: 'blue-green',
    'deploy-command': MetricsService.deployCommand,
    'switch-command': MetricsService.switchCommand,
    'health-urls': `${service.url('/{color}/health')}\n${service.url('/health')}`,
    // A new version has no samples until Prometheus scraped it twice (rate needs two).
    'health-retries': '8',
    'health-interval-seconds': '1',
    ...inputs
  })
}

/** v1 goes live without metric checks; v2 (which answers traffic as `release`) with them, under load. */
async function deployTwice(s: Scenario, release: Release, inputs: Record<string, string>, env = {}) {
  const v1 = s.app.commit({ 'app.py': '1' })
  const first = await s.action({}, { ROUTES: service.routes })
  expect(first.exitCode, first.stdout).toBe(0)
  const v2 = s.app.commit({ 'app.py': '2' })
  service.releases.set(v2, release)
  const run = await service.withLoad(() => s.action(inputs, { ROUTES: service.routes, ...env }))
  return { v1, v2, run }
}

const metricRecords = (run: { result?: Record<string, any> }, name: string): any[] =>
  run.result!.health_checks.filter((c: any) => c.endpoint === `metrics:${name}`)

describe('metric checks against a real Prometheus', () => {
  it('a passing query: judged at the live check and through the bake, with the token sent and masked', async () => {
    const s = scenario()
    const { v1, v2, run } = await deployTwice(
      s,
      'good',
      {
        'metrics-url': proxy.url,
        'metrics-token-env': 'PROM_TOKEN',
        'metrics-checks': ERROR_RATE,
        'bake-seconds': '2'
      },
      { PROM_TOKEN: TOKEN }
    )
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('success')
    const records = metricRecords(run, 'error-rate')
    // Not at the candidate check: the idle colour takes no traffic, so it has no metrics to judge.
    expect([...new Set(records.map((r) => r.phase))]).toEqual(['live', 'bake'])
    const passed = records.find((r) => r.phase === 'live' && r.passed)
    expect(passed).toMatchObject({
      status_code: 200,
      value: '0',
      detail: '0 < 0.01',
      query: `(sum(rate(http_requests_total{code=~"5..",version="${v2}"}[1m])) or vector(0)) / sum(rate(http_requests_total{version="${v2}"}[1m]))`
    })
    expect(Date.parse(passed.timestamp)).toBeGreaterThan(0)
    // Before v2's first scrapes the result is empty: retried, not failed.
    for (const r of records.filter((r) => !r.passed)) expect(r.detail).toMatch(/^empty result/)
    expect(records.filter((r) => r.phase === 'bake').every((r) => r.passed)).toBe(true)
    expect(run.summary).toContain('| metrics:error-rate | live |')
    expect(run.summary).toContain('✓ 0 &lt; 0.01')
    expect(run.summary).toContain(`Metric queries:`)
    expect(run.summary).toContain(`version="${v2}"`)
    // The proxy saw the token; the runner learns it through add-mask, and no other line carries it.
    expect(proxy.seen).toContain(`Bearer ${TOKEN}`)
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`)
    const shown = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
    for (const text of [shown, run.stderr, run.summary, JSON.stringify(run.result)]) expect(text).not.toContain(TOKEN)

    // A requested rollback is judged by the HTTP checks only: metrics lag the switch.
    const back = await s.action(
      { mode: 'rollback', 'metrics-url': prometheus.url, 'metrics-checks': ERROR_RATE },
      { ROUTES: service.routes }
    )
    expect(back.exitCode, back.stdout).toBe(0)
    expect(service.liveVersion()).toBe(v1)
    expect(back.result!.health_checks.some((c: any) => c.endpoint.startsWith('metrics:'))).toBe(false)
  })

  it('a threshold crossed after the switch: the errors of the new version roll it back', async () => {
    const s = scenario()
    const { v1, v2, run } = await deployTwice(s, 'bad', {
      'metrics-url': prometheus.url,
      'metrics-checks': ERROR_RATE
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ status: 'rolled_back', 'rolled-back': 'true' })
    // The HTTP checks passed: only the metrics saw the errors.
    expect(
      run.result!.health_checks.filter((c: any) => !c.endpoint.startsWith('metrics:')).every((c: any) => c.passed)
    ).toBe(true)
    const records = metricRecords(run, 'error-rate')
    expect(records.every((r) => r.phase === 'live' && !r.passed)).toBe(true)
    expect(records).toHaveLength(8)
    expect(records.at(-1)).toMatchObject({ value: '1', detail: 'value 1, expected < 0.01' })
    expect(run.result!.steps.find((step: any) => step.name === 'health check (live)').detail).toContain(
      'metrics:error-rate: value 1, expected < 0.01 (after 8 attempts)'
    )
    // The rollback is checked without metrics, and traffic is back on v1.
    expect(run.result!.health_checks.filter((c: any) => c.phase === 'after rollback').length).toBeGreaterThan(0)
    expect(
      run.result!.health_checks.some((c: any) => c.phase === 'after rollback' && c.endpoint.startsWith('metrics:'))
    ).toBe(false)
    expect(service.liveVersion()).toBe(v1)
    expect(s.state().current.version).toBe(v1)
    expect(s.state().known_bad[0].version).toBe(v2)
  })

  it('an empty result fails once retries are spent; with metrics-empty: pass it passes at once', async () => {
    const s = scenario({ 'health-retries': '3' })
    const teapots = 'teapots: sum(http_requests_total{code="418",version="{version}"}) < 1'
    const { run } = await deployTwice(s, 'good', { 'metrics-url': prometheus.url, 'metrics-checks': teapots })
    expect(run.outputs.status).toBe('rolled_back')
    expect(metricRecords(run, 'teapots').map((r) => [r.passed, r.detail])).toEqual([
      [false, 'empty result: no sample (yet?)'],
      [false, 'empty result: no sample (yet?)'],
      [false, 'empty result: no sample (yet?)']
    ])

    s.app.commit({ 'app.py': '3' })
    const accepted = await service.withLoad(() =>
      s.action(
        { 'metrics-url': prometheus.url, 'metrics-checks': teapots, 'metrics-empty': 'pass' },
        { ROUTES: service.routes }
      )
    )
    expect(accepted.exitCode, accepted.stdout).toBe(0)
    expect(metricRecords(accepted, 'teapots')).toEqual([
      expect.objectContaining({ passed: true, detail: 'empty result, accepted (metrics-empty: pass)' })
    ])
  })

  it('several samples fail, with their labels shown', async () => {
    const s = scenario({ 'health-retries': '4' })
    // No single sample can pass `< 0` either: the verdict is about the shape once both series exist.
    const { run } = await deployTwice(s, 'mixed', {
      'metrics-url': prometheus.url,
      'metrics-checks': 'by-code: sum by (code) (http_requests_total{version="{version}"}) < 0'
    })
    expect(run.outputs.status).toBe('rolled_back')
    const last = metricRecords(run, 'by-code').at(-1)
    expect(last.passed).toBe(false)
    expect(last.detail).toMatch(
      /^2 samples, a check needs one \(aggregate them, e\.g\. with sum\(\)\): \{code="200"\} \d+; \{code="500"\} \d+$|^2 samples, a check needs one \(aggregate them, e\.g\. with sum\(\)\): \{code="500"\} \d+; \{code="200"\} \d+$/
    )
    expect(run.summary).toContain('code="500"')
  })

  it('Prometheus down: retried like a failed HTTP check, then fails saying so', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`
    const s = scenario({ 'health-retries': '3' })
    const { run } = await deployTwice(s, 'good', { 'metrics-url': closed, 'metrics-checks': ERROR_RATE })
    expect(run.outputs.status).toBe('rolled_back')
    const message = `Prometheus at ${closed}/api/v1/query is not reachable: connection refused (nothing listening)`
    expect(metricRecords(run, 'error-rate').map((r) => [r.attempt, r.status_code, r.detail])).toEqual([
      [1, 0, message],
      [2, 0, message],
      [3, 0, message]
    ])
    expect(run.stdout).toContain(`metrics:error-rate: ${message} (after 3 attempts)`)
    // Asked once before any change: unreachable then is a warning, not a stop.
    expect(run.stdout).toContain(
      `::warning::metrics:error-rate: ${message} now; the checks after traffic moves try again`
    )
  })

  it('a query Prometheus rejects stops the deploy before any change, with its error', async () => {
    const s = scenario()
    const { v1, run } = await deployTwice(s, 'good', {
      'metrics-url': prometheus.url,
      'metrics-checks': 'broken: sum(rate(http_requests_total[1m]) < 0.01'
    })
    expect(run.outputs.status).toBe('failed')
    const step = run.result!.steps.find((step: any) => step.name === 'check metric queries')
    expect(step).toMatchObject({ status: 'failed' })
    expect(step.detail).toMatch(
      /^metrics:broken: Prometheus rejected the query \(bad_data\): .*parse error.* \(before any change\)$/
    )
    // Nothing was deployed, nothing moved: no traffic step, no rollback, the old version still current.
    expect(run.result!.steps.map((step: any) => step.name)).toEqual(['check metric queries'])
    expect(run.result!.rollback).toMatchObject({ triggered: false })
    expect(s.state().current.version).toBe(v1)
  })
})

describe('the Prometheus client', () => {
  const signal = () => AbortSignal.timeout(20_000)

  it('reads a scalar as one sample, and refuses a range vector as a check', async () => {
    const client = new PrometheusClient(prometheus.url)
    expect(await client.query('scalar(vector(0.25))', signal())).toEqual({
      statusCode: 200,
      samples: [{ labels: {}, value: '0.25' }]
    })
    const range = await client.query('up[10s]', signal()).catch((error: unknown) => error)
    expect(range).toBeInstanceOf(PrometheusError)
    expect(range).toMatchObject({ final: true, message: expect.stringContaining('a range vector') })
  })

  it('a token the API refuses fails at once; a URL that is not the API too', async () => {
    const refused = await new PrometheusClient(proxy.url, 'wrong').query('up', signal()).catch((e: unknown) => e)
    expect(refused).toMatchObject({ final: true, statusCode: 401 })
    expect((refused as Error).message).toContain('refused the credentials (HTTP 401)')
    const elsewhere = await new PrometheusClient(service.url('/nothing')).query('up', signal()).catch((e: unknown) => e)
    expect(elsewhere).toMatchObject({ final: true, statusCode: 200 })
    expect((elsewhere as Error).message).toContain("without the query API's JSON")
  })
})

/** An authenticating reverse proxy in front of Prometheus (as hosted Prometheus APIs are): Bearer or 401. */
async function startAuthProxy(target: string, token: string): Promise<{ url: string; seen: string[]; server: Server }> {
  const seen: string[] = []
  const server = createServer((request, response) => {
    const authorization = request.headers.authorization ?? ''
    seen.push(authorization)
    if (authorization !== `Bearer ${token}`) {
      response.writeHead(401, { 'www-authenticate': 'Bearer' }).end('unauthorized')
      return
    }
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      fetch(`${target}${request.url}`, {
        method: request.method,
        headers: { 'content-type': request.headers['content-type'] ?? 'application/x-www-form-urlencoded' },
        body: request.method === 'POST' ? Buffer.concat(chunks) : undefined
      })
        .then(async (answer) => {
          response.writeHead(answer.status, {
            'content-type': answer.headers.get('content-type') ?? 'application/json'
          })
          response.end(Buffer.from(await answer.arrayBuffer()))
        })
        .catch(() => response.writeHead(502).end())
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server }
}
