import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import Bottleneck from 'bottleneck/light.js'
import type { Log } from '../report/log.js'
import type { Settings } from '../settings/settings.js'
import { retryAfterMs, sleep } from '../util/retry.js'

/** The Octokit this action uses: REST methods, retries of transient errors, rate-limit waits. */
const ActionOctokit = Octokit.plugin(retry, throttling)
export type GitHubOctokit = InstanceType<typeof ActionOctokit>

/** A rate limit that resets later than this fails the run instead of holding the runner. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 120
const MAX_RATE_LIMIT_RETRIES = 2
const REQUEST_TIMEOUT_MS = 60_000

/**
 * The throttling plugin's write groups without their spacing. By default it starts writes one second
 * apart and notification-triggering writes (Deployments, their statuses) three seconds apart, which
 * made a deploy spend 1-4 s waiting. GitHub's secondary limit is 80 content-creating requests a
 * minute (and 500 an hour); a run makes 3-5 writes, so there is no need to pace them. Still one at a
 * time, as the plugin does, and the plugin still waits whatever a 403/429 secondary or primary rate
 * limit asks (the retry limiter and `onSecondaryRateLimit` are untouched). Shared by every client
 * of the run, as the plugin's own groups are.
 */
const unspacedWrites = {
  write: new Bottleneck.Group({ id: 'octokit-write', maxConcurrent: 1, minTime: 0 }),
  notifications: new Bottleneck.Group({ id: 'octokit-notifications', maxConcurrent: 1, minTime: 0 })
}

export interface GitHubClient {
  readonly octokit: GitHubOctokit
  readonly owner: string
  readonly repo: string
  /** `owner/repo` of the workflow's repository. */
  readonly repository: string
  readonly apiUrl: string
  /** HTTP requests sent so far (retries included; the signed download URL excluded). */
  readonly requests: number
}

export interface ClientOptions {
  token?: string
  apiUrl: string
  repository?: string
  log: Log
  /** Upper bound of a rate-limit wait, in seconds. */
  maxWaitSeconds?: number
}

class Client implements GitHubClient {
  readonly octokit: GitHubOctokit
  readonly owner: string
  readonly repo: string
  readonly repository: string
  readonly apiUrl: string
  requests = 0

  constructor(options: ClientOptions) {
    const { log } = options
    const maxWait = options.maxWaitSeconds ?? MAX_RATE_LIMIT_WAIT_SECONDS
    this.apiUrl = options.apiUrl.replace(/\/+$/, '')
    this.repository = options.repository ?? ''
    const [owner = '', repo = ''] = this.repository.split('/')
    this.owner = owner
    this.repo = repo
    if (options.token) log.secret(options.token)
    // One bound for every wait GitHub (or a proxy before it) asks for: the throttling plugin's
    // primary and secondary limits, and the bare `retry-after` answers waited out below.
    const mayWait = (what: string, seconds: number, retryCount: number): boolean => {
      if (retryCount >= MAX_RATE_LIMIT_RETRIES || seconds > maxWait) {
        log.warn(
          `${what}: it asks to wait ${seconds} s, more than this run waits (${maxWait} s, ${MAX_RATE_LIMIT_RETRIES} tries); giving up`
        )
        return false
      }
      log.warn(`${what}: waiting ${seconds} s as asked, then trying again`)
      return true
    }
    const onLimit =
      (kind: string) =>
      (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean =>
        mayWait(`GitHub ${kind} rate limit on ${request.method} ${redactPath(request.url)}`, retryAfter, retryCount)
    const counted: typeof fetch = (input, init) => {
      this.requests++
      return fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
    }
    this.octokit = new ActionOctokit({
      auth: options.token,
      baseUrl: this.apiUrl,
      userAgent: 'deploy-orchestrator',
      request: { fetch: counted },
      // Octokit's own messages (deprecations, plugin trouble) go to the run's log, redacted there.
      log: {
        debug: () => undefined,
        info: () => undefined,
        warn: (message: string) => log.warn(String(message)),
        error: (message: string) => log.warn(String(message))
      },
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        ...unspacedWrites
      },
      // 429 and 403 are the throttling plugin's (it waits what GitHub asks); the retry plugin backs off
      // 1 and 4 s on 5xx and network errors, and never touches uploads (their callers pass retries: 0).
      retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] }
    })
    // Outermost: a 403 or 429 that asks to wait (`retry-after`) but carries neither GitHub's
    // rate-limit wording nor its headers (a proxy in front of GitHub Enterprise) is no limit the
    // throttling plugin knows; it is waited out here, uploads included (a refused request did
    // nothing). Any rate limit given up on fails with the wait it asked for.
    this.octokit.hook.wrap('request', async (request, options) => {
      for (let retryCount = 0; ; retryCount++) {
        try {
          return await request(options)
        } catch (error) {
          const limit = rateLimitOf(error)
          if (!limit) throw error
          const what = `GitHub answered HTTP ${limit.status} with retry-after on ${options.method} ${redactPath(options.url)}`
          if (limit.kind !== 'retry-after' || !mayWait(what, limit.seconds, retryCount))
            throw new RateLimitError(error as GitHubRequestError & Error, limit, maxWait)
          await sleep(limit.seconds * 1000)
        }
      }
    })
  }
}

interface RateLimitAnswer {
  status: number
  /** `primary` and `secondary` are GitHub's own (the throttling plugin waits for them). */
  kind: 'primary' | 'secondary' | 'retry-after'
  /** The wait asked for. */
  seconds: number
}

/** A 403 or 429 that asks to wait, classified as the throttling plugin does, plus a bare `retry-after`. */
function rateLimitOf(error: unknown): RateLimitAnswer | undefined {
  if (!isRequestError(error) || (error.status !== 403 && error.status !== 429)) return undefined
  const headers = error.response?.headers ?? {}
  const retryAfter = retryAfterMs(headers['retry-after'])
  const status = error.status
  if (/\bsecondary rate\b/i.test(error.message))
    return { status, kind: 'secondary', seconds: retryAfter === undefined ? 60 : Math.ceil(retryAfter / 1000) }
  const errors = (error.response?.data as { errors?: Array<{ type?: unknown }> } | undefined)?.errors
  if (
    headers['x-ratelimit-remaining'] === '0' ||
    (Array.isArray(errors) && errors.some((e) => e?.type === 'RATE_LIMITED'))
  ) {
    const reset = Number(headers['x-ratelimit-reset'] ?? 0) * 1000
    return { status, kind: 'primary', seconds: Math.max(0, Math.ceil((reset - Date.now()) / 1000) + 1) }
  }
  if (retryAfter !== undefined) return { status, kind: 'retry-after', seconds: Math.ceil(retryAfter / 1000) }
  return undefined
}

/**
 * A rate limit this run did not wait out: the wait asked for was longer than the bound, or the limit
 * held through every try. Keeps the answer's status and response, so callers tell it apart as before.
 */
export class RateLimitError extends Error {
  readonly status: number
  readonly response: GitHubRequestError['response']

  constructor(cause: GitHubRequestError & Error, limit: RateLimitAnswer, maxWaitSeconds: number) {
    const which = limit.kind === 'retry-after' ? 'retry-after' : `GitHub's ${limit.kind} rate limit`
    super(
      limit.seconds > maxWaitSeconds
        ? `HTTP ${limit.status}: rate limited (${which}); asked to wait ${limit.seconds} s, more than this run waits (${maxWaitSeconds} s)`
        : `HTTP ${limit.status}: rate limited (${which}) through ${MAX_RATE_LIMIT_RETRIES + 1} tries; asked to wait ${limit.seconds} s`,
      { cause }
    )
    this.name = 'RateLimitError'
    this.status = cause.status
    this.response = cause.response
  }
}

const clients = new Map<string, Client>()

/**
 * One client per token and API URL for the whole run, so the rate-limit bookkeeping is shared.
 * The token is declared a secret before any request can fail and print something.
 */
export function githubClient(options: ClientOptions): GitHubClient {
  const key = `${options.apiUrl}\0${options.repository ?? ''}\0${options.token ?? ''}`
  let client = clients.get(key)
  if (!client) {
    client = new Client(options)
    clients.set(key, client)
  }
  return client
}

/** The workflow repository's client, with `github-token`. */
export function repositoryClient(settings: Settings, log: Log): GitHubClient {
  return githubClient({
    token: settings.github.token,
    apiUrl: settings.github.apiUrl,
    repository: settings.github.repository,
    log
  })
}

export interface GitHubRequestError {
  status: number
  message: string
  response?: { data?: unknown; headers?: Record<string, string | undefined> }
}

export function isRequestError(error: unknown): error is GitHubRequestError & Error {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number'
}

/** A status of a failed request, 0 when no answer came (network, timeout). */
export function statusOf(error: unknown): number {
  return isRequestError(error) ? error.status : 0
}

/** `errors[].code` of a 422 answer (`already_exists`, `invalid`, ...). */
export function errorCodes(error: unknown): string[] {
  if (!isRequestError(error)) return []
  const data = error.response?.data as { errors?: Array<{ code?: unknown } | string> } | undefined
  return (data?.errors ?? []).map((e) => (typeof e === 'string' ? e : String(e?.code ?? '')))
}

/**
 * What went wrong, for a message: the status and GitHub's message, never a request dump (Octokit
 * errors carry the request options; none of that is printed).
 */
export function describeError(error: unknown): string {
  if (error instanceof RateLimitError) return error.message
  if (!isRequestError(error)) return error instanceof Error ? error.message : String(error)
  const data = error.response?.data as { message?: unknown } | undefined
  // A proxy's error page is HTML: its text, shortened, says enough.
  const message =
    typeof data?.message === 'string'
      ? data.message
      : error.message
          .replace(/ - https:\/\/docs\.github\.com\S*$/, '')
          .replace(/<[^>]*>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 200)
  return error.status ? `HTTP ${error.status}: ${message}` : `no answer: ${message}`
}

function redactPath(url: string): string {
  try {
    const parsed = new URL(url, 'http://api.invalid')
    return parsed.pathname
  } catch {
    return url.split('?')[0] ?? url
  }
}
