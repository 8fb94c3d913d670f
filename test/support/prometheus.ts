import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './net.js'

/** Debian's `prometheus` package (`scripts/test.sh` installs it when missing). */
export const PROMETHEUS_BINARY = '/usr/bin/prometheus'

export interface TestPrometheus {
  /** The HTTP API's base, as `metrics-url` takes it. */
  url: string
  /** Instant query; the `data` of Prometheus's answer. */
  query(query: string): Promise<{ resultType: string; result: any[] }>
  /** Waits until `query` returns at least one sample (a new series needs its first scrapes). */
  waitFor(query: string, timeoutMs?: number): Promise<void>
  /** What the server logged, for a failing test's message. */
  log(): string
  stop(): Promise<void>
}

/**
 * A real Prometheus of its own for a test file: loopback only, a free port, its database in a temp
 * folder, scraping `targets` (host:port) every `scrapeInterval`. The package may have started a
 * system service on install; this instance shares nothing with it.
 */
export async function startPrometheus(options: {
  targets: string[]
  scrapeInterval?: string
}): Promise<TestPrometheus> {
  if (!existsSync(PROMETHEUS_BINARY)) {
    throw new Error(`${PROMETHEUS_BINARY} is missing: install Debian's prometheus package (bash scripts/test.sh does)`)
  }
  const dir = await mkdtemp(join(tmpdir(), 'prometheus-test-'))
  const interval = options.scrapeInterval ?? '1s'
  await writeFile(
    join(dir, 'prometheus.yml'),
    [
      'global:',
      `  scrape_interval: ${interval}`,
      `  scrape_timeout: ${interval}`,
      `  evaluation_interval: ${interval}`,
      'scrape_configs:',
      '  - job_name: test-service',
      '    static_configs:',
      `      - targets: [${options.targets.map((t) => JSON.stringify(t)).join(', ')}]`,
      ''
    ].join('\n')
  )
  let lines: string[] = []
  // A free port can be taken between the look and the bind: try another.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    lines = []
    const child = spawn(
      PROMETHEUS_BINARY,
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--log.level=warn'
      ],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }
    )
    child.stdout!.on('data', (d) => lines.push(String(d)))
    child.stderr!.on('data', (d) => lines.push(String(d)))
    const url = `http://127.0.0.1:${port}`
    const ready = await waitReady(url, child)
    if (ready) return instance(url, child, dir, () => lines.join(''))
    await stopChild(child)
    if (attempt === 3) {
      await rm(dir, { recursive: true, force: true })
      throw new Error(`Prometheus did not start:\n${lines.join('').slice(-2000)}`)
    }
  }
}

function instance(url: string, child: ChildProcess, dir: string, log: () => string): TestPrometheus {
  const query = async (text: string) => {
    const response = await fetch(`${url}/api/v1/query`, { method: 'POST', body: new URLSearchParams({ query: text }) })
    const body = (await response.json()) as {
      status: string
      data: { resultType: string; result: any[] }
      error?: string
    }
    if (body.status !== 'success') throw new Error(`query ${text}: ${body.error}`)
    return body.data
  }
  return {
    url,
    query,
    async waitFor(text, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        if ((await query(text)).result.length > 0) return
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
      throw new Error(`no sample for ${text} within ${timeoutMs / 1000} s\n${log().slice(-2000)}`)
    },
    log,
    async stop() {
      await stopChild(child)
      await rm(dir, { recursive: true, force: true })
    }
  }
}

/** Until `/-/ready` answers 200 (the TSDB is open), or the process has exited (the port was taken). */
async function waitReady(url: string, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline && child.exitCode === null) {
    const ok = await fetch(`${url}/-/ready`)
      .then((r) => r.ok)
      .catch(() => false)
    if (ok) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
  await exited
  clearTimeout(timer)
}
