import { mkdtempSync, readFileSync } from 'node:fs'
import { type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Counter, Registry } from 'prom-client'

/** How a version answers real traffic (`/api`) once it is live; its health endpoints stay 200. */
export type Release = 'good' | 'bad' | 'mixed'

/**
 * A blue-green service on 127.0.0.1 as Prometheus sees it: `/api` is answered by the version of the
 * live colour and counted in `http_requests_total{code,version}` (exposed at `/metrics` by
 * prom-client), so a bad version's error counter rises once it takes traffic. The deploy and switch
 * commands route it through files in `routes` (`blue`, `green`: the version each colour runs;
 * `live`: the colour taking traffic); `/health` and `/{color}/health` always answer 200, so only the
 * metrics can tell a bad version.
 */
export class MetricsService {
  readonly routes = mkdtempSync(join(tmpdir(), 'routes-'))
  readonly releases = new Map<string, Release>()
  private readonly registry = new Registry()
  private readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'Requests to /api by status code and the version that answered',
    labelNames: ['code', 'version'] as const,
    registers: [this.registry]
  })
  private answered = 0
  private server!: Server
  port = 0

  /** Shell for `deploy-command` and `switch-command` (they get ROUTES from the environment). */
  static readonly deployCommand = 'printf %s "$DEPLOY_VERSION" > "$ROUTES/$DEPLOY_COLOR"'
  static readonly switchCommand = 'printf %s "$DEPLOY_COLOR" > "$ROUTES/live"'

  static async start(): Promise<MetricsService> {
    const service = new MetricsService()
    await service.listen()
    return service
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`
  }

  /** `host:port`, as a scrape target. */
  get target(): string {
    return `127.0.0.1:${this.port}`
  }

  /** The version the live colour runs, or undefined before the first switch. */
  liveVersion(): string | undefined {
    try {
      const color = readFileSync(join(this.routes, 'live'), 'utf8').trim()
      return readFileSync(join(this.routes, color), 'utf8').trim()
    } catch {
      return undefined
    }
  }

  /**
   * Traffic through the live colour while `body` runs: one request every `everyMs`, at most
   * `maxRequests` and `maxMs`, whatever `body` does.
   */
  async withLoad<T>(body: () => Promise<T>, limits = { everyMs: 50, maxRequests: 2400, maxMs: 120_000 }): Promise<T> {
    let stop = false
    const loop = (async () => {
      const until = Date.now() + limits.maxMs
      for (let sent = 0; !stop && sent < limits.maxRequests && Date.now() < until; sent++) {
        await fetch(this.url('/api'))
          .then((r) => r.arrayBuffer())
          .catch(() => undefined)
        await new Promise((resolve) => setTimeout(resolve, limits.everyMs))
      }
    })()
    try {
      return await body()
    } finally {
      stop = true
      await loop
    }
  }

  private listen(): Promise<void> {
    this.server = createServer((request, response) => {
      const path = (request.url ?? '/').split('?')[0]!
      if (path === '/metrics') {
        void this.registry.metrics().then((text) => {
          response.writeHead(200, { 'content-type': this.registry.contentType })
          response.end(text)
        })
        return
      }
      if (path === '/api') {
        const version = this.liveVersion()
        if (!version) {
          response.writeHead(503).end('nothing is live')
          return
        }
        const release = this.releases.get(version) ?? 'good'
        const failed = release === 'bad' || (release === 'mixed' && this.answered++ % 2 === 1)
        const code = failed ? 500 : 200
        this.requests.inc({ code: String(code), version })
        response.writeHead(code, { 'content-type': 'text/plain' }).end(failed ? 'error' : 'ok')
        return
      }
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok')
    })
    return new Promise((resolve) => {
      this.server.listen(0, '127.0.0.1', () => {
        this.port = (this.server.address() as AddressInfo).port
        resolve()
      })
    })
  }

  stop(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }
}
