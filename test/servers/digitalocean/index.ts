// A DigitalOcean API (App Platform + Domains) on 127.0.0.1 for tests. See README.md.
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import {
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
  createServer
} from 'node:http'
import type { AddressInfo } from 'node:net'
import { type ActiveFault, type FaultRule, Faults, RateLimiter } from './faults.js'
import type { AppModel, DeploymentPlan, DomainModel, JsonObject, RecordModel } from './model.js'
import { type Ctx, type LogSelection, type Reply, handlers } from './routes.js'
import { Contract, type Match, type Route } from './spec.js'
import { World } from './world.js'

export type { ActiveFault, FaultKind, FaultRule } from './faults.js'
export type {
  AppModel,
  DeploymentModel,
  DeploymentPlan,
  DomainModel,
  LogType,
  Phase,
  RecordModel,
  Scenario
} from './model.js'

export interface StartOptions {
  /** API token the server accepts (default: a random `dop_v1_` token). */
  token?: string
  /** Default time per deployment phase, ms (default 50). */
  phaseMs?: number
  /** Per-token limits (default 250 a minute, 5,000 an hour). */
  rateLimit?: { perMinute?: number; perHour?: number }
  /** Reject fields the description does not know, apart from its known gaps (default true). */
  strictUnknownFields?: boolean
  /** How many app endpoints (one port each) are bound ahead of addApp (default 8). */
  appPorts?: number
  /** Rollback targets older than this many revisions are refused (default 10). */
  rollbackRevisionLimit?: number
  /** Clock for the deployment simulation (default Date.now). */
  now?: () => number
  /** Another copy of the API description (default: openapi/apps-domains.openapi.json here). */
  descriptionPath?: string
}

export interface AddAppOptions {
  name: string
  id?: string
  /** Raw app spec stored as given (default: one service "web" deploying a DOCR image by digest). */
  spec?: JsonObject
  /** Health of the seeded ACTIVE deployment (default true). */
  healthy?: boolean
  /** Defaults for deployments started by PUT app, POST deployments and restart. */
  defaults?: DeploymentPlan
}

export interface RecordedRequest {
  requestId: string
  at: number
  method: string
  path: string
  query: Record<string, string[]>
  headers: IncomingHttpHeaders
  body: string
  operationId?: string
  status?: number
  fault?: string
  /** The socket was destroyed instead of answering (drop / applyThenDrop). */
  dropped?: boolean
}

export interface SideRequest {
  kind: 'app' | 'log'
  at: number
  method: string
  url: string
  appId?: string
  status: number
  authorization?: string
}

export interface DigitalOceanServer {
  /** Base URL of the API, e.g. http://127.0.0.1:40123 (paths are /v2/...). */
  readonly url: string
  readonly token: string
  /** API requests, in arrival order. */
  readonly requests: RecordedRequest[]
  /** Requests to app endpoints and log URLs. */
  readonly sideRequests: SideRequest[]
  /** Requests the API would not allow and responses that broke the description. Must stay empty. */
  readonly violations: string[]
  /** Well-formed requests refused by the state (404, pinned app, invalid rollback...). */
  readonly refusals: string[]
  addApp(opts: AddAppOptions): AppModel
  addDomain(name: string, records?: Array<Partial<RecordModel> & { type: string }>): DomainModel
  /** Queues the plan of the next deployment this app starts (any cause, rollbacks included). */
  nextDeployment(appId: string, plan: DeploymentPlan): void
  /** Any deployment whose first image has this digest gets this health (unless its plan says). */
  setDigestHealth(digest: string, healthy: boolean): void
  inject(rule: FaultRule): ActiveFault
  clearFaults(): void
  /** The live model of an app (phases brought up to date). */
  app(appId: string): AppModel
  domain(name: string): DomainModel
  /** The app's own endpoint (its live_url): any path answers 200/503 with {digest, deployment_id}. */
  appUrl(appId: string): string
  /** Applies the phase transitions that are due (done before every request and app() call). */
  advance(): void
  close(): Promise<void>
}

const digestOf = (s: string) => `sha256:${createHash('sha256').update(s).digest('hex')}`

function defaultSpec(name: string): JsonObject {
  return {
    name,
    region: 'ams',
    services: [
      {
        name: 'web',
        image: { registry_type: 'DOCR', repository: name, digest: digestOf(`${name}:1`) },
        http_port: 8080,
        instance_count: 1,
        instance_size_slug: 'apps-s-1vcpu-0.5gb',
        health_check: { http_path: '/health' }
      }
    ]
  }
}

// Contracts are stateless apart from their compiled validators: share them between servers.
const contracts = new Map<string, Contract>()
function contractFor(path: string | undefined, strict: boolean): Contract {
  const key = `${path ?? ''}|${strict}`
  let c = contracts.get(key)
  if (!c) {
    c = new Contract({ ...(path ? { path } : {}), strictUnknownFields: strict })
    contracts.set(key, c)
  }
  return c
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  return (server.address() as AddressInfo).port
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of req) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function startDigitalOceanServer(opts: StartOptions = {}): Promise<DigitalOceanServer> {
  const token = opts.token ?? `dop_v1_${randomBytes(32).toString('hex')}`
  const now = opts.now ?? Date.now
  const contract = contractFor(opts.descriptionPath, opts.strictUnknownFields ?? true)
  const world = new World(now, opts.phaseMs ?? 50, opts.rollbackRevisionLimit ?? 10)
  const faults = new Faults()
  const limiter = new RateLimiter(opts.rateLimit?.perMinute ?? 250, opts.rateLimit?.perHour ?? 5000)
  const requests: RecordedRequest[] = []
  const sideRequests: SideRequest[] = []
  const violations: string[] = []
  const refusals: string[] = []
  const logSelections = new Map<string, LogSelection>()
  const timers = new Set<NodeJS.Timeout>()
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t)
        resolve()
      }, ms)
      timers.add(t)
    })

  const main = createServer((req, res) => void handle(req, res).catch((e: unknown) => fail(res, e)))
  const port = await listen(main)
  const url = `http://127.0.0.1:${port}`

  // App endpoints: one port per app so live_url is an origin, like https://x.ondigitalocean.app.
  const appServers: Array<{ server: Server; url: string; appId?: string }> = []
  for (let i = 0; i < (opts.appPorts ?? 8); i++) {
    const entry: { server: Server; url: string; appId?: string } = { server: createServer(), url: '' }
    entry.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      void readBody(req)
        .then(() => serveApp(req, res, entry.appId, req.url ?? '/'))
        .catch((e: unknown) => fail(res, e))
    })
    entry.url = `http://127.0.0.1:${await listen(entry.server)}`
    appServers.push(entry)
  }

  function fail(res: ServerResponse, e: unknown): void {
    if (res.destroyed || res.socket?.destroyed) return // the client went away (timeout, abort)
    violations.push(`test server error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ id: 'server_error', message: 'test server error' }))
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req)
    world.advance()
    const u = new URL(req.url ?? '/', url)
    if (u.pathname.startsWith('/_logs/')) return serveLog(req, res, u)
    const alias = /^\/_apps\/([^/]+)(\/.*)?$/.exec(u.pathname)
    if (alias) return serveApp(req, res, decodeURIComponent(alias[1] ?? ''), `${alias[2] ?? '/'}${u.search}`)
    return api(req, res, u, raw)
  }

  // ---- the API ---------------------------------------------------------------------------------

  async function api(req: IncomingMessage, res: ServerResponse, u: URL, raw: string): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase()
    const rec: RecordedRequest = {
      requestId: randomUUID(),
      at: now(),
      method,
      path: u.pathname,
      query: {},
      headers: req.headers,
      body: raw
    }
    for (const k of new Set(u.searchParams.keys())) rec.query[k] = u.searchParams.getAll(k)
    requests.push(rec)
    const where = `${method} ${u.pathname}${u.search}`
    const match = contract.match(method, u.pathname)
    const route = 'route' in match ? match.route : undefined
    if (route) rec.operationId = route.operationId
    const auth = req.headers.authorization
    const limit = limiter.count(auth ?? '', now())
    const headers: Record<string, string> = { ...limit.headers }

    // Validate first, so a bad request is recorded even when a fault answers it.
    let problems: string[] = []
    let parsed: ReturnType<Contract['parseRequest']> | undefined
    if (route) {
      parsed = contract.parseRequest(match as Match, u.searchParams, raw, req.headers['content-type'])
      problems = parsed.errors
    }
    const authProblem = !auth
      ? 'no Authorization header'
      : !/^Bearer \S+$/.test(auth)
        ? 'Authorization is not "Bearer <token>"'
        : auth !== `Bearer ${token}`
          ? 'Authorization carries a token this server does not know'
          : undefined
    if (authProblem) violations.push(`${where}: ${authProblem}`)
    if (!route)
      violations.push(
        `${where}: ${'pathKnown' in match && match.pathKnown ? 'method not allowed' : 'no such path in the API description'}`
      )
    for (const p of problems) violations.push(`${where}: ${p}`)

    const fault = faults.take(method, u.pathname, route?.template)
    if (fault) rec.fault = fault.kind
    if (fault?.kind === 'drop') {
      rec.dropped = true
      req.socket.destroy()
      return
    }
    if (fault?.kind === 'slow') await sleep(fault.ms ?? 1000)
    const send = (status: number, body: unknown, extra: Record<string, string> = {}) =>
      respond(res, rec, route, status, body, { ...headers, ...extra }, fault?.kind === 'applyThenDrop')
    if (fault?.kind === 'status500')
      return send(500, { id: 'server_error', message: 'Server was unable to give you a response.' })
    if (fault?.kind === 'status503')
      return send(503, { id: 'service_unavailable', message: 'The service is temporarily unavailable.' })
    if (fault?.kind === 'rateLimit429') {
      const after = fault.retryAfter ?? 1
      return send(
        429,
        { id: 'too_many_requests', message: 'API Rate limit exceeded.' },
        {
          'retry-after': String(after),
          'ratelimit-remaining': '0',
          'ratelimit-reset': String(Math.ceil(now() / 1000) + after)
        }
      )
    }
    if (limit.limited) {
      return send(
        429,
        { id: 'too_many_requests', message: 'API Rate limit exceeded.' },
        { 'retry-after': String(limit.retryAfter) }
      )
    }
    if (authProblem) return send(401, { id: 'Unauthorized', message: 'Unable to authenticate you' })
    if (!route || !parsed)
      return send(404, { id: 'not_found', message: 'The resource you were accessing could not be found.' })
    if (problems.length > 0) return send(400, { id: 'bad_request', message: problems.join('; ') })
    const handler = handlers[route.operationId]
    if (!handler) {
      violations.push(`${where}: ${route.operationId} is in the description but not implemented by this test server`)
      return send(501, { id: 'not_implemented', message: `${route.operationId} is not implemented by the test server` })
    }
    const ctx: Ctx = {
      world,
      match: match as Match,
      path: parsed.path,
      query: parsed.query,
      body: parsed.body,
      rawBody: raw,
      baseUrl: url,
      logUrl(sel) {
        const key = randomBytes(12).toString('hex')
        logSelections.set(key, sel)
        return `${url}/_logs/${key}`
      }
    }
    const reply: Reply = handler(ctx)
    const message =
      typeof (reply.body as { message?: unknown })?.message === 'string'
        ? (reply.body as { message: string }).message
        : ''
    if (reply.violation) violations.push(`${where}: ${message}`)
    if (reply.refusal) refusals.push(`${where}: ${reply.status} ${message}`)
    return send(reply.status, reply.body)
  }

  function respond(
    res: ServerResponse,
    rec: RecordedRequest,
    route: Route | undefined,
    status: number,
    body: unknown,
    headers: Record<string, string>,
    drop: boolean
  ): void {
    if (status >= 400 && body && typeof body === 'object') (body as JsonObject)['request_id'] = rec.requestId
    if (route) {
      for (const e of contract.checkResponse(route, status, body, headers)) {
        violations.push(`response to ${rec.method} ${rec.path} (${status}) breaks the description: ${e}`)
      }
    }
    rec.status = status
    if (drop) {
      rec.dropped = true
      res.socket?.destroy()
      return
    }
    const out: Record<string, string> = { ...headers, 'x-request-id': rec.requestId }
    if (body !== undefined) out['content-type'] = 'application/json; charset=utf-8'
    res.writeHead(status, out)
    res.end(body === undefined ? undefined : JSON.stringify(body))
  }

  // ---- log files and app endpoints -------------------------------------------------------------

  function serveLog(req: IncomingMessage, res: ServerResponse, u: URL): void {
    const auth = req.headers.authorization
    const side: SideRequest = { kind: 'log', at: now(), method: req.method ?? 'GET', url: u.href, status: 200 }
    if (auth) side.authorization = auth
    sideRequests.push(side)
    const text = (status: number, body: string) => {
      side.status = status
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(body)
    }
    if (auth) {
      const carriesToken = auth.includes(token)
      violations.push(
        `${req.method} ${u.pathname}: log URL fetched with an Authorization header${carriesToken ? ' carrying the API token' : ''}`
      )
      return text(400, 'InvalidArgument: Only one auth mechanism allowed; this URL is pre-signed\n')
    }
    const sel = logSelections.get(u.pathname.slice('/_logs/'.length))
    const dep = sel ? world.apps.get(sel.appId)?.deployment(sel.deploymentId) : undefined
    if (!sel || !dep) return text(404, 'NoSuchKey\n')
    return text(200, sel.types.map((t) => dep.logText(t, sel.component)).join(''))
  }

  function serveApp(req: IncomingMessage, res: ServerResponse, appId: string | undefined, path: string): void {
    world.advance()
    const app = appId ? world.apps.get(appId) : undefined
    const dep = app?.activeDeployment
    const healthy = dep?.healthy === true
    const status = !app ? 404 : healthy ? 200 : 503
    const side: SideRequest = { kind: 'app', at: now(), method: req.method ?? 'GET', url: path, status }
    if (appId) side.appId = appId
    if (req.headers.authorization) side.authorization = req.headers.authorization
    if (req.headers.authorization?.includes(token))
      violations.push(`${req.method} ${path}: the API token was sent to the app's own URL`)
    sideRequests.push(side)
    const body = app
      ? {
          app_id: app.id,
          deployment_id: dep?.id ?? null,
          digest: dep?.digest ?? null,
          tag: dep?.tag ?? null,
          healthy,
          path
        }
      : { error: 'no app on this endpoint' }
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    res.end(req.method === 'HEAD' ? undefined : JSON.stringify(body))
  }

  // ---- the test-facing API ---------------------------------------------------------------------

  const getApp = (appId: string): AppModel => {
    world.advance()
    const app = world.apps.get(appId)
    if (!app) throw new Error(`digitalocean test server: no app ${appId}`)
    return app
  }

  return {
    url,
    token,
    requests,
    sideRequests,
    violations,
    refusals,
    addApp(o) {
      const spec = o.spec ?? defaultSpec(o.name)
      if (spec['name'] !== o.name)
        throw new Error(`addApp: spec.name ${String(spec['name'])} differs from name ${o.name}`)
      const errors = contract.checkComponent('app_spec', spec, 'spec')
      if (errors.length > 0) throw new Error(`addApp: spec does not validate: ${errors.join('; ')}`)
      const slot = appServers.find((s) => s.appId === undefined)
      if (!slot)
        throw new Error(`addApp: all ${appServers.length} app ports are taken; start the server with a larger appPorts`)
      const id = o.id ?? randomUUID()
      slot.appId = id
      return world.addApp(id, spec, slot.url, o.healthy ?? true, o.defaults ?? {})
    },
    addDomain(name, records = []) {
      return world.addDomain(name, records)
    },
    nextDeployment(appId, plan) {
      getApp(appId).plans.push(plan)
    },
    setDigestHealth(digest, healthy) {
      world.healthByDigest.set(digest, healthy)
    },
    inject: (rule) => faults.inject(rule),
    clearFaults: () => faults.clear(),
    app: getApp,
    domain(name) {
      const d = world.domains.get(name)
      if (!d) throw new Error(`digitalocean test server: no domain ${name}`)
      return d
    },
    appUrl: (appId) => getApp(appId).url,
    advance: () => world.advance(),
    async close() {
      for (const t of timers) clearTimeout(t)
      timers.clear()
      await Promise.all(
        [main, ...appServers.map((s) => s.server)].map(
          (s) =>
            new Promise<void>((resolve) => {
              s.close(() => resolve())
              s.closeAllConnections()
            })
        )
      )
    }
  }
}
