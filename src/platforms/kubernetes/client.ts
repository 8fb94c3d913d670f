import type { KubeConfig } from '@kubernetes/client-node'
import type { Log } from '../../report/log.js'
import type { KubernetesSettings } from '../../settings/settings.js'
import { backoffMs, retryAfterMs, sleep } from '../../util/retry.js'
import { describeError } from '../../verify/health.js'
import { type LoadedConfig, loadKubeconfig, maskAuthorization, maskPluginOutput } from './kubeconfig.js'

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** The patch types of "Update API Objects in Place Using kubectl patch", and server-side apply. */
export const PATCH = {
  json: 'application/json-patch+json',
  merge: 'application/merge-patch+json',
  strategic: 'application/strategic-merge-patch+json',
  apply: 'application/apply-patch+yaml'
} as const

/** The field manager of every write: server-side apply owns fields by it, `managedFields` names it. */
export const FIELD_MANAGER = 'deploy-orchestrator'

export interface Call {
  method: Method
  /** `/apis/apps/v1/namespaces/prod/deployments/web`. */
  path: string
  query?: Record<string, string | number | boolean | undefined>
  body?: unknown
  contentType?: string
  signal?: AbortSignal
  /**
   * A 409 Conflict on an update (someone wrote in between): re-read and say what to send now. The
   * answer replaces the body; undefined sends nothing more (the change is there already).
   */
  reread?: () => Promise<unknown>
  /** A 404 answers undefined instead of failing. */
  missingOk?: boolean
  /** The answer is text (a pod's log), not JSON. */
  text?: boolean
}

/** A Kubernetes `Status` as the API answers errors. */
export interface Status {
  kind?: string
  status?: string
  message?: string
  reason?: string
  code?: number
  details?: {
    name?: string
    kind?: string
    group?: string
    retryAfterSeconds?: number
    causes?: { type?: string; message?: string; field?: string }[]
  }
}

/** A call that failed, its message naming the call, what the API said and what to do. */
export class KubernetesError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly reason?: string,
    readonly answer?: Status
  ) {
    super(message)
  }
}

/** Each attempt's own deadline; a watch has its own (idle) one. */
const ATTEMPT_TIMEOUT_MS = 30_000
/** Transient failures (no answer, 5xx, timeouts): 4 retries, 0.5 s to 8 s apart with jitter. */
const RETRIES = 4
const BACKOFF_MS = 500
const MAX_BACKOFF_MS = 8_000
/** 429s wait for Retry-After without using up the retries, but only this often and this long. */
const RATE_LIMIT_WAITS = 6
const MAX_RETRY_AFTER_S = 60
/** 409 Conflicts are re-read and sent again this many times. */
const CONFLICT_RETRIES = 5

type Client = typeof import('@kubernetes/client-node')

/**
 * The Kubernetes API as this platform uses it. `@kubernetes/client-node` loads the kubeconfig and
 * authenticates each request (tokens, client certificates, exec plugins, in-cluster accounts) and
 * sends it with its own transport; bodies are raw JSON both ways, so a template read is the
 * template written back, field for field (the generated models drop fields they do not know and
 * turn timestamps into Dates). Every call goes through `call`, which owns the one retry policy: the
 * client has none.
 */
export class KubernetesApi {
  private connection?: Promise<{ client: Client; loaded: LoadedConfig; send: Send }>
  /** Every request sent, retries included (the bench counts them). */
  calls = 0
  namespace = 'default'

  constructor(
    private readonly settings: KubernetesSettings,
    private readonly log: Log
  ) {}

  /** Starts loading the client now, while the run reads its state and runs git. */
  preload(): void {
    this.connect().catch(() => undefined) // a failure surfaces at the first call
  }

  connect(): Promise<{ client: Client; loaded: LoadedConfig; send: Send }> {
    this.connection ??= (async () => {
      const client = await import('@kubernetes/client-node')
      const loaded = loadKubeconfig(client, this.settings, this.log)
      this.namespace = loaded.namespace
      await maskPluginOutput(loaded.config, this.log).catch((error: Error) => {
        throw new KubernetesError(`the kubeconfig's credentials cannot be used: ${error.message}`)
      })
      this.log.info(`Kubernetes: ${loaded.server}, namespace ${loaded.namespace} (credentials from ${loaded.source})`)
      return { client, loaded, send: transport(client, loaded.config, this.log) }
    })()
    return this.connection
  }

  async call<T>(call: Call): Promise<T> {
    const { send } = await this.connect()
    const name = describeCall(call)
    let retries = 0
    let waits = 0
    let conflicts = 0
    let body = call.body
    /** An attempt of a create got no answer: it may have created the object. */
    let unanswered = false
    for (let attempt = 1; ; attempt++) {
      let failure: Failure
      try {
        this.calls++
        const timeout = AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)
        const answer = await send({ ...call, body }, call.signal ? AbortSignal.any([call.signal, timeout]) : timeout)
        if (answer.status >= 200 && answer.status < 300) return (call.text ? answer.text : parseJson(answer.text)) as T
        if (answer.status === 404 && call.missingOk) return undefined as T
        failure = fromAnswer(answer)
      } catch (error) {
        failure = { message: describeError(error), transient: true }
        unanswered ||= call.method === 'POST'
      }
      const created = unanswered && failure.status === 409 && failure.reason === 'AlreadyExists'
      if (created) return this.createdUnanswered<T>(call, name)
      const attempts = attempt > 1 ? `; gave up after ${attempt} attempts` : ''
      const fail = (message = failure.message) =>
        new KubernetesError(
          `Kubernetes ${name} failed: ${message}${attempts}`,
          failure.status,
          failure.reason,
          failure.answer
        )
      if (call.signal?.aborted) throw fail(`stopped at the deadline (${failure.message})`)
      if (failure.status === 403) throw fail(forbidden(call, failure))
      // Someone wrote in between. A write computed from a read is computed again from a new one;
      // a patch that reads nothing (an image, a selector) is sent again as it is. An apply's 409 is
      // a field owned by another manager: never retried (nor forced).
      const update =
        call.reread !== undefined || (['PATCH', 'PUT'].includes(call.method) && call.contentType !== PATCH.apply)
      if (failure.status === 409 && failure.reason === 'Conflict' && update && conflicts < CONFLICT_RETRIES) {
        conflicts++
        this.log.info(
          `Kubernetes ${name}: ${failure.message}; ${call.reread ? 'reading it again and retrying' : 'sending it again'}`
        )
        await sleep(backoffMs(conflicts, 100, 1000), call.signal)
        if (call.reread) {
          body = await call.reread()
          if (body === undefined) return undefined as T
        }
        continue
      }
      if (failure.status === 429) {
        const after = Math.ceil((failure.retryAfterMs ?? 1000) / 1000)
        if (waits >= RATE_LIMIT_WAITS || after > MAX_RETRY_AFTER_S)
          throw fail(`${failure.message}; the API asks to wait ${after} s, longer than this run waits`)
        waits++
        this.log.warn(`Kubernetes ${name}: ${failure.message}; waiting ${after} s as Retry-After asks`)
        await sleep(after * 1000, call.signal)
        continue
      }
      if (!failure.transient || retries >= RETRIES) throw fail()
      retries++
      const delay = Math.round(backoffMs(retries, BACKOFF_MS, MAX_BACKOFF_MS))
      this.log.warn(
        `Kubernetes ${name}: ${failure.message}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${retries + 1} of ${RETRIES + 1})`
      )
      await sleep(delay, call.signal)
    }
  }

  /**
   * A create sent again after an attempt that got no answer, refused as AlreadyExists: that attempt
   * created it (the object was read missing before the create). The object is read and used, not
   * reported as a failure.
   */
  private async createdUnanswered<T>(call: Call, name: string): Promise<T> {
    const objectName = (call.body as { metadata?: { name?: string } } | undefined)?.metadata?.name
    if (!objectName)
      throw new KubernetesError(`Kubernetes ${name} failed: it already exists (an earlier attempt got no answer)`)
    this.log.info(`Kubernetes ${name}: the attempt whose answer was lost created ${objectName}; using it`)
    return this.call<T>({ method: 'GET', path: `${call.path}/${objectName}`, signal: call.signal })
  }

  /**
   * Opens a watch: the answer's lines, one event each, until the server ends it, the connection
   * drops, `idleMs` passes without a byte, or `signal` fires. Not retried here: the follower resumes
   * from the last resourceVersion it saw.
   */
  async watch(
    path: string,
    query: Record<string, string | number | boolean | undefined>,
    onEvent: (event: WatchEvent) => void,
    options: { signal: AbortSignal; idleMs: number }
  ): Promise<WatchEnd> {
    const { send } = await this.connect()
    const idle = new AbortController()
    let timer: NodeJS.Timeout | undefined
    const touch = () => {
      clearTimeout(timer)
      timer = setTimeout(() => idle.abort(), options.idleMs)
    }
    const signal = AbortSignal.any([options.signal, idle.signal])
    touch()
    this.calls++
    try {
      const answer = await send({ method: 'GET', path, query: { ...query, watch: true } }, signal, true)
      if (answer.status !== 200) return { ended: 'refused', failure: fromAnswer(answer) }
      const decoder = new TextDecoder()
      let pending = ''
      for await (const chunk of answer.stream!) {
        touch()
        pending += decoder.decode(chunk as Uint8Array, { stream: true })
        let newline: number
        while ((newline = pending.indexOf('\n')) >= 0) {
          const line = pending.slice(0, newline).trim()
          pending = pending.slice(newline + 1)
          if (!line) continue
          const event = parseJson(line) as WatchEvent | undefined
          if (event?.type) onEvent(event)
        }
      }
      return { ended: 'closed' }
    } catch (error) {
      if (options.signal.aborted) return { ended: 'stopped' }
      return {
        ended: 'dropped',
        failure: {
          message: idle.signal.aborted ? `no data for ${options.idleMs / 1000} s` : describeError(error),
          transient: true
        }
      }
    } finally {
      clearTimeout(timer)
      idle.abort()
    }
  }
}

export interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR'
  object: Record<string, unknown>
}

export type WatchEnd = { ended: 'closed' | 'stopped' } | { ended: 'dropped' | 'refused'; failure: Failure }

export interface Failure {
  message: string
  transient: boolean
  status?: number
  reason?: string
  answer?: Status
  retryAfterMs?: number
}

interface Answer {
  status: number
  headers: Record<string, string>
  text: string
  stream?: AsyncIterable<unknown>
}

type Send = (
  call: Pick<Call, 'method' | 'path' | 'query' | 'body' | 'contentType' | 'text'>,
  signal: AbortSignal,
  streaming?: boolean
) => Promise<Answer>

/** The client's own request path: its RequestContext, its authentication, its undici transport. */
function transport(client: Client, config: KubeConfig, log: Log): Send {
  const http = new client.IsomorphicFetchHttpLibrary()
  const server = config.getCurrentCluster()!.server.replace(/\/+$/, '')
  return async (call, signal, streaming = false) => {
    const request = new client.RequestContext(`${server}${call.path}`, call.method)
    for (const [key, value] of Object.entries(call.query ?? {}))
      if (value !== undefined) request.setQueryParam(key, String(value))
    request.setHeaderParam('Accept', call.text ? 'text/plain, */*' : 'application/json')
    // Writes without an explicit manager are owned by the user agent's first word: name ours.
    request.setHeaderParam('User-Agent', `${FIELD_MANAGER} (kubernetes-client-javascript)`)
    if (call.body !== undefined) {
      request.setHeaderParam('Content-Type', call.contentType ?? 'application/json')
      request.setBody(JSON.stringify(call.body))
    }
    await config.applySecurityAuthentication(request)
    // Tokens from exec plugins and token files rotate: every one a request carries is masked.
    maskAuthorization(request.getHeaders()['Authorization'], log)
    request.setSignal(signal)
    const response = await http.send(request).toPromise()
    if (streaming && response.httpStatusCode === 200) {
      const stream = response.body.stream()
      return { status: 200, headers: response.headers, text: '', stream: stream ?? undefined }
    }
    return { status: response.httpStatusCode, headers: response.headers, text: await response.body.text() }
  }
}

function parseJson(text: string): unknown {
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function fromAnswer(answer: Answer): Failure {
  const status = parseJson(answer.text) as Status | undefined
  const reason = status?.reason
  const said = status?.message ?? (answer.text.trim().slice(0, 300) || '(no message)')
  const retryAfter =
    retryAfterMs(answer.headers['retry-after']) ??
    (status?.details?.retryAfterSeconds ? status.details.retryAfterSeconds * 1000 : undefined)
  return {
    message: `HTTP ${answer.status}${reason ? ` ${reason}` : ''}: ${said}`,
    status: answer.status,
    reason,
    answer: status,
    retryAfterMs: retryAfter,
    // 500 with a reason the API means (InternalError, ServiceUnavailable, Timeout): worth another try too.
    transient: answer.status >= 500 || answer.status === 408
  }
}

/** The parts of an API path: `/apis/apps/v1/namespaces/prod/deployments/web/scale`. */
export function parsePath(path: string): {
  group: string
  namespace?: string
  resource: string
  name?: string
  subresource?: string
} {
  const parts = path.split('?')[0]!.split('/').filter(Boolean)
  let rest: string[]
  let group = ''
  if (parts[0] === 'api') rest = parts.slice(2)
  else {
    group = parts[1] ?? ''
    rest = parts.slice(3)
  }
  let namespace: string | undefined
  if (rest[0] === 'namespaces' && rest.length > 2) {
    namespace = rest[1]
    rest = rest.slice(2)
  }
  return { group, namespace, resource: rest[0] ?? '', name: rest[1], subresource: rest[2] }
}

/** The RBAC verb a call needs. */
export function verbOf(call: Pick<Call, 'method' | 'path' | 'query'>): string {
  const { name } = parsePath(call.path)
  switch (call.method) {
    case 'GET':
      return call.query?.['watch'] ? 'watch' : name ? 'get' : 'list'
    case 'POST':
      return 'create'
    case 'PUT':
      return 'update'
    case 'PATCH':
      return 'patch'
    case 'DELETE':
      return 'delete'
  }
}

/** `PATCH deployments/web in prod`: how errors and warnings name a call. */
export function describeCall(call: Pick<Call, 'method' | 'path' | 'query'>): string {
  const { resource, name, subresource, namespace } = parsePath(call.path)
  const what = [resource, name, subresource].filter(Boolean).join('/')
  return `${call.method} ${what || call.path}${namespace ? ` in ${namespace}` : ''}`
}

/** A 403 says which permission is missing, and where. */
function forbidden(call: Call, failure: Failure): string {
  const { group, namespace, resource, subresource } = parsePath(call.path)
  const verb = verbOf(call)
  const kind = subresource ? `${resource}/${subresource}` : resource
  return `${failure.message}. The credentials may not ${verb} ${kind}${group ? ` (API group ${group})` : ''}${namespace ? ` in namespace ${namespace}` : ''}: grant "${verb}" on "${kind}" in the Role bound to them (the README lists the Role each strategy needs)`
}
