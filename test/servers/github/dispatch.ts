/**
 * The request pipeline, in GitHub's order: faults (the network and the front end), User-Agent,
 * API version, credentials, rate limit, route, parameters, repository access, body, handler.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FaultRule } from './faults.js'
import {
  type Ctx,
  type Env,
  HttpError,
  type RecordedRequest,
  errorBody,
  fail,
  reject,
  requestId,
  send,
  violation
} from './http.js'
import { HANDLERS } from './routes.js'

const API_VERSIONS = new Set(['2022-11-28', '2026-03-10'])
const MAX_BODY = 64 * 1024 * 1024

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > MAX_BODY) req.destroy(new Error('request body too large'))
      else chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function recordOf(server: RecordedRequest['server'], req: IncomingMessage, url: URL): RecordedRequest {
  const headers: Record<string, string> = {}
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue
    headers[k] = k === 'authorization' ? '[present]' : Array.isArray(v) ? v.join(', ') : v
  }
  return {
    server,
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    status: 0,
    ms: 0
  }
}

function newCtx(
  env: Env,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  record: RecordedRequest,
  rawBody: Buffer
): Ctx {
  return {
    env,
    req,
    res,
    method: record.method,
    path: url.pathname,
    query: url.searchParams,
    rawBody,
    json: undefined,
    op: undefined,
    params: {},
    token: undefined,
    rateKey: 'anonymous',
    repo: undefined,
    canWrite: false,
    record,
    requestId: requestId()
  }
}

const SECONDARY =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID'

function answerFault(ctx: Ctx, fault: FaultRule): void {
  const retryAfter = String(fault.retryAfter ?? 1)
  const secondaryDocs = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
  switch (fault.kind) {
    case 'drop':
      ctx.record.status = 0
      ctx.req.socket.destroy()
      return
    case 'status500':
      return send(ctx, 500, { json: errorBody(ctx, 500, 'Server Error') })
    case 'status502':
      return send(ctx, 502, { json: errorBody(ctx, 502, 'Server Error') })
    case 'status503':
      return send(ctx, 503, { json: errorBody(ctx, 503, 'Service Unavailable') })
    case 'rateLimit429':
    case 'rateLimit403': {
      const status = fault.kind === 'rateLimit429' ? 429 : 403
      return send(ctx, status, {
        json: { message: `${SECONDARY} ${ctx.requestId}.`, documentation_url: secondaryDocs, status: String(status) },
        headers: { 'retry-after': retryAfter }
      })
    }
    case 'proxy429':
    case 'proxy403': {
      // Not GitHub answering: no description to check, none of its headers, no JSON.
      const status = fault.kind === 'proxy429' ? 429 : 403
      const title = `${status} ${status === 429 ? 'Too Many Requests' : 'Forbidden'}`
      const page = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`
      ctx.record.status = status
      ctx.res.writeHead(status, {
        'content-type': 'text/html',
        'content-length': String(Buffer.byteLength(page)),
        'retry-after': retryAfter
      })
      ctx.res.end(page)
      return
    }
    case 'rateLimit403Primary': {
      const rate = ctx.env.rate.state(ctx.rateKey)
      return send(ctx, 403, {
        json: {
          message: `API rate limit exceeded for installation ID 1000. If you reach out to GitHub Support for help, please include the request ID ${ctx.requestId} and timestamp ${new Date().toISOString()}.`,
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-rate-limits',
          status: '403'
        },
        headers: {
          'x-ratelimit-limit': String(rate.limit),
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + (fault.resetIn ?? 1)),
          'x-ratelimit-used': String(rate.limit),
          'x-ratelimit-resource': 'core'
        }
      })
    }
    default:
      return
  }
}

export async function handleApi(env: Env, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now()
  const url = new URL(req.url ?? '/', 'http://api.invalid')
  const record = recordOf('api', req, url)
  env.requests.push(record)
  res.on('close', () => {
    record.ms = Math.round(performance.now() - started)
  })
  const rawBody = await readBody(req)
  const ctx = newCtx(env, req, res, url, record, rawBody)
  try {
    await pipeline(ctx)
  } catch (e) {
    if (e instanceof HttpError) {
      send(ctx, e.status, { json: e.body, headers: e.headers })
    } else {
      violation(
        ctx,
        `server bug on ${ctx.method} ${ctx.path}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`
      )
      send(ctx, 500, { json: errorBody(ctx, 500, 'Server Error') })
    }
  }
}

async function pipeline(ctx: Ctx): Promise<void> {
  const { env, req } = ctx
  const matched = env.spec.match(ctx.method, ctx.path)
  if ('op' in matched) {
    ctx.op = matched.op
    ctx.record.operation = matched.op.key
  }
  const auth = req.headers.authorization
  const credentials = auth === undefined ? undefined : /^(?:token|bearer)\s+(\S+)\s*$/i.exec(auth)?.[1]
  if (credentials && env.world.tokenKnown(credentials)) {
    ctx.token = credentials
    ctx.rateKey = `token:${credentials}`
  }

  const { delayMs, fault } = env.faults.take(ctx.method, ctx.path, 'generic')
  if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs))
  if (fault?.kind === 'applyThenDrop') ctx.loseAnswer = true
  else if (fault) return answerFault(ctx, fault)

  if (!req.headers['user-agent']) {
    reject(
      ctx,
      403,
      'no User-Agent header',
      'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). Check https://developer.github.com for other possible causes.'
    )
  }
  const version = req.headers['x-github-api-version']
  if (typeof version === 'string' && !API_VERSIONS.has(version)) {
    reject(ctx, 400, `unsupported X-GitHub-Api-Version ${version}`, `API version ${version} is not supported.`)
  }

  if (auth !== undefined && !ctx.token) fail(ctx, 401, 'Bad credentials')

  if (!('op' in matched)) {
    const why =
      matched.methods.length > 0
        ? `no ${ctx.method} operation on this path (the description has ${matched.methods.join(', ')})`
        : 'no such operation in the description (or not implemented by the test server)'
    reject(ctx, 404, why, 'Not Found')
  }
  const { op, pathParams } = matched

  if (op.key !== 'GET /rate_limit') {
    const rate = env.rate.state(ctx.rateKey)
    if (rate.remaining <= 0) {
      fail(ctx, 403, `API rate limit exceeded for ${ctx.token ? 'installation ID 1000' : '127.0.0.1'}.`)
    }
    env.rate.consume(ctx.rateKey)
  }

  const { values, pathErrors, queryErrors, unknownQuery } = env.spec.validateParams(op, pathParams, ctx.query)
  if (pathErrors.length > 0) reject(ctx, 404, pathErrors.join('; '), 'Not Found')
  if (queryErrors.length > 0) reject(ctx, 422, queryErrors.join('; '), `Invalid request.\n\n${queryErrors.join('\n')}`)
  for (const q of unknownQuery)
    violation(
      ctx,
      `request ${ctx.method} ${ctx.path}: query parameter "${q}" is not in the description (GitHub ignores it)`
    )
  ctx.params = values

  if (typeof values.owner === 'string' && typeof values.repo === 'string') checkAccess(ctx, values.owner, values.repo)

  if (op.requestBody?.content['application/json']) {
    if (ctx.rawBody.length === 0) {
      if (op.requestBody.required)
        reject(ctx, 422, 'missing JSON body', "Invalid request.\n\nFor 'links/0/schema', nil is not an object.")
    } else {
      try {
        ctx.json = JSON.parse(ctx.rawBody.toString('utf8'))
      } catch {
        reject(ctx, 400, 'body is not JSON', 'Problems parsing JSON')
      }
      ctx.record.body = ctx.json
      const { errors, unknown } = env.spec.validateJsonBody(op, ctx.json)
      if (errors.length > 0) reject(ctx, 422, errors.join('; '), `Invalid request.\n\n${errors.join('\n')}`)
      for (const k of unknown)
        violation(
          ctx,
          `request ${ctx.method} ${ctx.path}: body property "${k}" is not in the description (GitHub ignores it)`
        )
    }
  } else if (!op.requestBody && ctx.rawBody.length > 0) {
    violation(ctx, `request ${ctx.method} ${ctx.path}: a body was sent to an operation that takes none`)
  }

  const handler = HANDLERS[op.key]
  if (!handler) throw new Error(`no handler for ${op.key}`)
  await handler(ctx)
  if (!ctx.res.headersSent && !ctx.res.destroyed && !ctx.loseAnswer)
    throw new Error(`handler for ${op.key} did not answer`)
}

/** GitHub's visibility rules: private repositories are 404 to outsiders, writes need `write`. */
function checkAccess(ctx: Ctx, owner: string, name: string): void {
  const repo = ctx.env.world.repos.get(`${owner}/${name}`.toLowerCase())
  if (!repo) fail(ctx, 404, 'Not Found')
  const perm = ctx.token ? repo.tokens.get(ctx.token) : undefined
  if (!perm && repo.private) fail(ctx, 404, 'Not Found')
  ctx.repo = repo
  ctx.canWrite = perm === 'write'
  if (ctx.method !== 'GET' && !ctx.canWrite) {
    if (!ctx.token) fail(ctx, 401, 'Requires authentication')
    fail(ctx, 403, 'Resource not accessible by integration')
  }
}

export async function handleStorage(env: Env, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now()
  const url = new URL(req.url ?? '/', 'http://storage.invalid')
  const record = recordOf('storage', req, url)
  env.requests.push(record)
  res.on('close', () => {
    record.ms = Math.round(performance.now() - started)
  })
  const rawBody = await readBody(req)
  const { delayMs, fault } = env.faults.take(record.method, url.pathname, 'generic')
  if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs))
  if (fault) return answerFault(newCtx(env, req, res, url, record, rawBody), fault)
  env.storage.handle(req, res, record, env.violations)
}
