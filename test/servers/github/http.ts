/** Request context, responses with GitHub's headers, response validation and rate-limit accounting. */
import { createHash, randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Faults } from './faults.js'
import type { RepoModel, World } from './model.js'
import type { OperationDef, Spec } from './spec.js'
import type { Storage } from './storage.js'
import type { Views } from './views.js'

export interface RecordedRequest {
  /** `api` for the REST API (uploads included), `storage` for the signed download URLs. */
  server: 'api' | 'storage'
  method: string
  path: string
  query: Record<string, string>
  /** Lower-cased; `authorization` is replaced by `[present]`. */
  headers: Record<string, string>
  /** Parsed JSON request body, when there was one. */
  body?: unknown
  /** The description's operation (`GET /repos/{owner}/{repo}/releases`), when one matched. */
  operation?: string
  /** 0 while unanswered, and for dropped connections. */
  status: number
  ms: number
}

export type UploadHook = (info: {
  repo: RepoModel
  releaseId: number
  name: string
  label: string | undefined
}) => void | Promise<void>

/** What every request handler can reach. */
export interface Env {
  world: World
  spec: Spec
  views: Views
  faults: Faults
  storage: Storage
  rate: RateLimiter
  requests: RecordedRequest[]
  violations: string[]
  uploadHooks: Set<UploadHook>
}

export interface Ctx {
  env: Env
  req: IncomingMessage
  res: ServerResponse
  method: string
  path: string
  query: URLSearchParams
  rawBody: Buffer
  json: unknown
  op: OperationDef | undefined
  /** Path and query parameters, coerced to their schema types. */
  params: Record<string, unknown>
  token: string | undefined
  /** Rate-limit bucket of the caller (the token, or anonymous). */
  rateKey: string
  repo: RepoModel | undefined
  canWrite: boolean
  record: RecordedRequest
  requestId: string
  /** The `applyThenDrop` fault: the request is applied, then its answer is lost (the socket destroyed). */
  loseAnswer?: boolean
}

export type Handler = (ctx: Ctx) => void | Promise<void>

/** Thrown by handlers: answered as is (and checked against the description like any response). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {}
  ) {
    super(`HTTP ${status}`)
  }
}

export function errorBody(
  ctx: Ctx,
  status: number,
  message: string,
  extra: Record<string, unknown> = {}
): Record<string, unknown> {
  return {
    message,
    documentation_url: ctx.op?.docsUrl ?? 'https://docs.github.com/rest',
    status: String(status),
    ...extra
  }
}

export function fail(
  ctx: Ctx,
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {}
): never {
  throw new HttpError(status, errorBody(ctx, status, message, extra), headers)
}

export function notFound(ctx: Ctx): never {
  fail(ctx, 404, 'Not Found')
}

/** A request the description (or GitHub) does not allow: record it, then answer like GitHub. */
export function reject(
  ctx: Ctx,
  status: number,
  why: string,
  message: string,
  extra: Record<string, unknown> = {}
): never {
  violation(ctx, `request ${ctx.method} ${ctx.path}: ${why}`)
  fail(ctx, status, message, extra)
}

export function violation(ctx: Ctx, text: string): void {
  ctx.env.violations.push(text)
}

export function requestId(): string {
  const h = randomBytes(14).toString('hex').toUpperCase()
  return `${h.slice(0, 4)}:${h.slice(4, 9)}:${h.slice(9, 16)}:${h.slice(16, 23)}:${h.slice(23, 28)}`
}

const ISSUED_AT = Math.floor(Date.now() / 1000)

/** Primary rate limit per token (or anonymous caller), an hour window like GitHub's `core` resource. */
export class RateLimiter {
  private readonly buckets = new Map<string, { used: number; reset: number }>()

  constructor(
    readonly limit: number,
    readonly anonymousLimit = 60
  ) {}

  state(key: string): { limit: number; used: number; remaining: number; reset: number } {
    let b = this.buckets.get(key)
    const now = Math.floor(Date.now() / 1000)
    if (!b || b.reset <= now) {
      b = { used: 0, reset: Math.max(now, ISSUED_AT) + 3600 }
      this.buckets.set(key, b)
    }
    const limit = key === 'anonymous' ? this.anonymousLimit : this.limit
    return { limit, used: b.used, remaining: Math.max(0, limit - b.used), reset: b.reset }
  }

  consume(key: string, n = 1): void {
    this.state(key)
    this.buckets.get(key)!.used += n
  }
}

export interface Payload {
  json?: unknown
  text?: string
  bytes?: Buffer
  contentType?: string
  headers?: Record<string, string>
}

/** Answer a request: validate the body against the description, add GitHub's headers, handle ETags. */
export function send(ctx: Ctx, status: number, payload: Payload = {}): void {
  const { res } = ctx
  if (res.headersSent || res.destroyed) return
  if (ctx.loseAnswer) {
    ctx.record.status = 0
    ctx.req.socket.destroy()
    return
  }
  let body: Buffer | undefined
  let mediaType = ''
  if (payload.json !== undefined) {
    body = Buffer.from(JSON.stringify(payload.json))
    mediaType = 'application/json'
  } else if (payload.text !== undefined) {
    body = Buffer.from(payload.text)
    mediaType = payload.contentType ?? 'text/plain'
  } else if (payload.bytes !== undefined) {
    body = payload.bytes
    mediaType = payload.contentType ?? 'application/octet-stream'
  }
  const problems = ctx.env.spec.validateResponse(
    ctx.op,
    status,
    mediaType,
    payload.json ?? payload.text,
    body !== undefined
  )
  for (const p of problems) violation(ctx, `response ${ctx.method} ${ctx.path} -> ${p}`)

  const headers: Record<string, string> = {
    'x-github-request-id': ctx.requestId,
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': String(ctx.req.headers['x-github-api-version'] ?? '2022-11-28'),
    'x-content-type-options': 'nosniff',
    ...payload.headers
  }
  let code = status
  if (ctx.method === 'GET' && status === 200 && body) {
    const etag = `W/"${createHash('sha256').update(mediaType).update(body).digest('hex').slice(0, 32)}"`
    headers.etag = etag
    headers['cache-control'] = ctx.token ? 'private, max-age=60, s-maxage=60' : 'public, max-age=60, s-maxage=60'
    headers.vary = 'Accept, Authorization, Cookie, X-GitHub-OTP, Accept-Encoding'
    if (etagMatches(ctx.req.headers['if-none-match'], etag)) {
      // A 304 does not count against the rate limit.
      ctx.env.rate.consume(ctx.rateKey, -1)
      code = 304
      body = undefined
    }
  }
  if (!('x-ratelimit-limit' in headers)) {
    const rate = ctx.env.rate.state(ctx.rateKey)
    headers['x-ratelimit-limit'] = String(rate.limit)
    headers['x-ratelimit-remaining'] = String(rate.remaining)
    headers['x-ratelimit-reset'] = String(rate.reset)
    headers['x-ratelimit-used'] = String(rate.used)
    headers['x-ratelimit-resource'] = 'core'
  }
  if (body) {
    headers['content-type'] = `${mediaType}; charset=utf-8`
    if (payload.bytes !== undefined) headers['content-type'] = mediaType
    headers['content-length'] = String(body.length)
  } else if (code !== 304 && code !== 204) {
    headers['content-length'] = '0'
  }
  ctx.record.status = code
  res.writeHead(code, headers)
  res.end(body)
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false
  const strip = (t: string): string => t.trim().replace(/^W\//, '')
  return header.split(',').some((t) => t.trim() === '*' || strip(t) === strip(etag))
}

/** per_page (default 30, at most 100) and page (default 1), plus GitHub's Link header. */
export function paginate<T>(ctx: Ctx, items: T[], defaultPerPage = 30): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(ctx.params.per_page ?? defaultPerPage)))
  const page = Math.max(1, Number(ctx.params.page ?? 1))
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const link = (p: number): string => {
    const q = new URLSearchParams(ctx.query)
    q.set('per_page', String(perPage))
    q.set('page', String(p))
    return `<${ctx.env.views.api}${ctx.path}?${q.toString()}>`
  }
  const rels: string[] = []
  if (page > 1) rels.push(`${link(page - 1)}; rel="prev"`)
  if (page < last) rels.push(`${link(page + 1)}; rel="next"`)
  if (page < last) rels.push(`${link(last)}; rel="last"`)
  if (page > 1) rels.push(`${link(1)}; rel="first"`)
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: rels.length ? { link: rels.join(', ') } : {}
  }
}

/**
 * Media types listed in Accept, lower-cased, without parameters, with the version dropped
 * (`application/vnd.github.v3.sha`, which Octokit sends for `mediaType.format`, is `application/vnd.github.sha`).
 */
export function accepts(ctx: Ctx): string[] {
  return (ctx.req.headers.accept ?? '')
    .split(',')
    .map((t) =>
      t
        .split(';')[0]!
        .trim()
        .toLowerCase()
        .replace(/^application\/vnd\.github\.v3\./, 'application/vnd.github.')
    )
    .filter(Boolean)
}
