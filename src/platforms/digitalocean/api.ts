import { AsyncLocalStorage } from 'node:async_hooks'
import type { DigitalOceanClient, RequestBuilder } from '@digitalocean/dots'
import type { RequestAdapter } from '@microsoft/kiota-abstractions'
import type { Log } from '../../report/log.js'
import { backoffMs, retryAfterMs, sleep } from '../../util/retry.js'
import { describeError } from '../../verify/health.js'

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH'

/** One API call: what to send and how to name it in an error. */
export interface Call<T> {
  method: Method
  /** The operation's path template, as errors name it: `/v2/apps/{id}`. */
  path: string
  /** What the call is about, as errors name it: `app 4f6c…`, `domain example.com`. */
  subject: string
  /** The dots request builder: its URL template, auth and middleware, not its model serialiser. */
  builder(client: DigitalOceanClient): RequestBuilder
  query?: Record<string, string | number | string[]>
  /** A JSON value sent as raw bytes. */
  body?: unknown
  signal?: AbortSignal
  /**
   * For calls that create something (a deployment): after a failure that may have happened after
   * DigitalOcean acted (a dropped connection, a timeout, a 5xx), what the first attempt created, read
   * before the call is sent again. Undefined when nothing was created: then it is safe to retry.
   */
  recover?: () => Promise<T | undefined>
}

/** A failed call, its message in the one format every DigitalOcean error has. */
export class DigitalOceanError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly code?: string,
    readonly requestId?: string
  ) {
    super(message) // named Error: the message itself says DigitalOcean, a class name would only repeat it
  }

  /** Says nothing about what was asked: no answer, 5xx, or a rate limit held longer than a run waits. */
  get outage(): boolean {
    return this.status === undefined || this.status >= 500 || this.status === 429
  }
}

/** What the transport saw of one attempt: the custom fetch fills it in (dots' errors carry little). */
interface Exchange {
  signal?: AbortSignal
  timeout?: AbortSignal
  status?: number
  headers?: Headers
}

/** Recovery policy (the specification's table): transient failures 3 retries with backoff and jitter. */
const RETRIES = 3
const BACKOFF_MS = 500
const ATTEMPT_TIMEOUT_MS = 30_000
/** 429s wait for `retry-after` and do not use up the retries, but only this often and this long. */
const RATE_LIMIT_WAITS = 6
const MAX_RETRY_AFTER_S = 300

/**
 * The DigitalOcean API as this platform uses it: every call goes through `call`, which owns the one
 * retry policy (dots' own RetryHandler is removed), the rate-limit headers and the error format.
 *
 * Bodies are raw JSON bytes both ways. dots 1.19 cannot parse a response holding an array of strings
 * or numbers (logs, rollback validation, `internal_ports`) with the Kiota it installs, and its model
 * serialiser adds `tag: "latest"` beside a digest; an app spec read and written through the models
 * would not round-trip. dots still builds the URLs, authenticates and maps errors.
 */
export class DigitalOceanApi {
  private connection?: Promise<{ client: DigitalOceanClient; adapter: RequestAdapter; errors: Record<string, unknown> }>
  private readonly exchanges = new AsyncLocalStorage<Exchange>()
  /** The latest `ratelimit-*` headers: the hourly quota left and when it resets (epoch seconds). */
  private quota: { limit?: number; remaining?: number; reset?: number } = {}
  private quotaWarned = false
  calls = 0

  constructor(
    private readonly token: string,
    private readonly baseUrl: string,
    private readonly log: Log
  ) {}

  /**
   * Starts loading dots now, while the run reads its state and runs git (time spent waiting on
   * other processes), instead of at the first call.
   */
  preload(): void {
    this.connect().catch(() => undefined) // a failure to load surfaces at the first call
  }

  /** Loads dots on first use, so a run that never calls the API never pays for its start-up. */
  private connect() {
    this.connection ??= (async () => {
      const [dots, kiota] = await Promise.all([import('./sdk.js'), import('@microsoft/kiota-http-fetchlibrary')])
      const exchanges = this.exchanges
      const transport = async (url: string, init: RequestInit): Promise<Response> => {
        const exchange = exchanges.getStore() ?? {}
        exchange.timeout = AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)
        const signal = exchange.signal ? AbortSignal.any([exchange.signal, exchange.timeout]) : exchange.timeout
        const response = await fetch(url, { ...init, signal })
        exchange.status = response.status
        exchange.headers = response.headers
        return response
      }
      // Retries are ours alone: dots' RetryHandler would retry 429/503/504 on top of this policy.
      const middlewares = kiota.MiddlewareFactory.getDefaultMiddlewares(transport).filter(
        (m) => !(m instanceof kiota.RetryHandler)
      )
      const adapter = new kiota.FetchRequestAdapter(
        new dots.DigitalOceanApiKeyAuthenticationProvider(this.token),
        undefined,
        undefined,
        kiota.KiotaClientFactory.create(transport, middlewares)
      )
      adapter.baseUrl = this.baseUrl.replace(/\/+$/, '')
      return {
        client: dots.createDigitalOceanClient(adapter),
        adapter,
        errors: { XXX: dots.createErrorEscapedFromDiscriminatorValue }
      }
    })()
    return this.connection
  }

  async call<T>(call: Call<T>): Promise<T> {
    const { client, adapter, errors } = await this.connect()
    const name = `${call.method} ${call.path}`
    let retries = 0
    let waits = 0
    for (let attempt = 1; ; attempt++) {
      await this.pace(call.signal)
      const exchange: Exchange = { signal: call.signal }
      try {
        const info = requestInformation(call.builder(client), call)
        if (call.body !== undefined) info.setStreamContent(toArrayBuffer(JSON.stringify(call.body)), 'application/json')
        this.calls++
        const bytes = await this.exchanges.run(exchange, () =>
          adapter.sendPrimitive<ArrayBuffer>(info, 'ArrayBuffer', errors as never)
        )
        this.observe(exchange.headers)
        if (!bytes || bytes.byteLength === 0) return undefined as T
        return JSON.parse(new TextDecoder().decode(bytes)) as T
      } catch (error) {
        // A 429's headers describe the limit it hit; retry-after is the answer to it, not the quota.
        if (exchange.status !== 429) this.observe(exchange.headers)
        const failure = describeFailure(error, exchange)
        const attempts = attempt > 1 ? `; gave up after ${attempt} attempts` : ''
        const fail = (message = failure.message) =>
          new DigitalOceanError(
            `DigitalOcean ${name} for ${call.subject} failed: ${message}${attempts}${failure.requestId ? ` (request ${failure.requestId})` : ''}`,
            failure.status,
            failure.code,
            failure.requestId
          )
        if (call.signal?.aborted) throw fail(`stopped at the deadline (${failure.message})`)
        if (failure.status === 429) {
          const after = retryAfterSeconds(exchange.headers)
          if (waits >= RATE_LIMIT_WAITS || after > MAX_RETRY_AFTER_S)
            throw fail(`${failure.message}; DigitalOcean asks to wait ${after} s, longer than this run waits`)
          waits++
          this.log.warn(
            `DigitalOcean rate limit on ${name} for ${call.subject}: waiting ${after} s as retry-after asks (${this.quotaText()})`
          )
          await sleep(after * 1000, call.signal)
          continue
        }
        if (!failure.transient) throw fail()
        const last = retries >= RETRIES
        retries++
        const delay = Math.round(backoffMs(retries, BACKOFF_MS))
        if (!last) {
          this.log.warn(
            `DigitalOcean ${name} for ${call.subject}: ${failure.message}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${retries + 1} of ${RETRIES + 1})`
          )
        } else if (!call.recover) throw fail()
        await sleep(delay, call.signal)
        if (call.signal?.aborted) throw fail(`stopped at the deadline (${failure.message})`)
        if (call.recover) {
          // The call may have been applied before its answer was lost: never create a second
          // deployment for one intent. Looked up before every retry, and before giving up.
          const created = await call.recover().catch((recoverError: Error) => {
            throw fail(
              `${failure.message}; whether DigitalOcean acted on it could not be read back (${recoverError.message}), so it was not sent again`
            )
          })
          if (created !== undefined) {
            this.log.info(
              `DigitalOcean ${name} for ${call.subject}: the answer was lost (${failure.message}) but the call had been applied; not sending it again`
            )
            return created
          }
          if (last) throw fail()
        }
      }
    }
  }

  /**
   * How long a poller should wait at least: more when the hourly quota runs low. The per-minute limit
   * has no header; a 429 for it is waited out in `call`.
   */
  pollFloorMs(): number {
    if (this.quotaShare() < 0.01) return 30_000
    if (this.quotaShare() < 0.05) return 10_000
    return 0
  }

  /** The share of the hourly quota left (1 when unknown). */
  private quotaShare(): number {
    const { remaining, limit } = this.quota
    if (remaining === undefined) return 1
    return remaining / (limit || 5000)
  }

  quotaText(): string {
    const { remaining, limit, reset } = this.quota
    if (remaining === undefined) return 'quota unknown'
    return `${remaining}${limit === undefined ? '' : ` of ${limit}`} requests left this hour${reset ? `, resets ${new Date(reset * 1000).toISOString()}` : ''}`
  }

  /** An empty quota waits for its reset (when that is near) instead of spending 429s. */
  private async pace(signal?: AbortSignal): Promise<void> {
    const { remaining, reset } = this.quota
    if (remaining !== 0 || !reset) return
    const wait = reset * 1000 - Date.now()
    if (wait <= 0 || wait > MAX_RETRY_AFTER_S * 1000) return
    this.log.warn(`DigitalOcean API quota used up: waiting ${Math.ceil(wait / 1000)} s for it to reset`)
    await sleep(wait, signal)
    this.quota.remaining = undefined
  }

  private observe(headers: Headers | undefined): void {
    if (!headers) return
    const number = (name: string) => {
      const value = headers.get(name)
      return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : undefined
    }
    const remaining = number('ratelimit-remaining')
    if (remaining === undefined) return
    this.quota = { limit: number('ratelimit-limit'), remaining, reset: number('ratelimit-reset') }
    if (this.quotaShare() < 0.05 && !this.quotaWarned) {
      this.quotaWarned = true
      this.log.warn(`DigitalOcean API quota is low (${this.quotaText()}): polling slows down`)
    }
  }
}

function requestInformation(builder: RequestBuilder, call: Call<unknown>) {
  const withBody = call.body !== undefined
  switch (call.method) {
    case 'GET':
      return builder.toGetRequestInformation(call.query ? { queryParameters: call.query } : undefined)
    case 'POST':
      // The body placeholder is replaced by the raw bytes; operations without a body get none.
      return withBody ? builder.toPostRequestInformation({}) : builder.toPostRequestInformation()
    case 'PUT':
      return builder.toPutRequestInformation({})
    case 'PATCH':
      return builder.toPatchRequestInformation({})
  }
}

function toArrayBuffer(text: string): ArrayBuffer {
  const bytes = new TextEncoder().encode(text)
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
}

interface Failure {
  message: string
  transient: boolean
  status?: number
  code?: string
  requestId?: string
}

/**
 * dots throws a plain object `{id, messageEscaped, requestId, responseStatusCode}` for a JSON error
 * body, an Error without a status for any other body, and fetch a TypeError for a connection failure.
 */
function describeFailure(error: unknown, exchange: Exchange): Failure {
  const thrown = (error ?? {}) as {
    id?: string
    messageEscaped?: string
    requestId?: string
    responseStatusCode?: number
    message?: string
  }
  const status = exchange.status ?? thrown.responseStatusCode
  const requestId = thrown.requestId ?? exchange.headers?.get('x-request-id') ?? undefined
  if (status === undefined) {
    const message = exchange.timeout?.aborted ? `no answer within ${ATTEMPT_TIMEOUT_MS / 1000} s` : describeError(error)
    return { message, transient: true }
  }
  const text = thrown.messageEscaped ?? (error instanceof Error ? 'the answer carried no JSON error body' : undefined)
  const message = `HTTP ${status}${thrown.id ? ` ${thrown.id}` : ''}${text ? `: ${text}` : ''}`
  return { message, status, code: thrown.id, requestId, transient: status >= 500 }
}

function retryAfterSeconds(headers: Headers | undefined): number {
  return Math.max(1, Math.ceil((retryAfterMs(headers?.get('retry-after')) ?? 1000) / 1000))
}
