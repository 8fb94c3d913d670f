// The API server's request pipeline: authentication, faults, discovery, authorization, then the
// handlers (get, list, watch, create, update, the four patch types, delete, scale, status, log).
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { TLSSocket } from 'node:tls'
import { parse as parseYaml } from 'yaml'
import type { Cluster } from './cluster.js'
import type { Controllers } from './controller.js'
import { type ActiveFault, type DropWatchRule, Faults } from './faults.js'
import { conflictMessage, pathString, serverSideApply } from './fields.js'
import type { Kubelet } from './kubelet.js'
import { jsonPatch, mergePatch, PatchError, strategicMerge } from './patch.js'
import { allowed, type Attributes, forbiddenMessage, type Identity } from './rbac.js'
import { discovery, findResource, gv, qualified, type Resource, resourceKey, RESOURCES } from './schema.js'
import { deliver, type Watcher } from './store.js'
import {
  clone,
  getPath,
  isMap,
  matchesLabels,
  type Obj,
  parseFieldSelector,
  parseLabelSelector,
  rfc3339,
  selectorString
} from './util.js'
import { apiRules, type Cause, schemaCheck } from './validate.js'

export interface RecordedRequest {
  at: number
  method: string
  path: string
  query: Record<string, string>
  contentType?: string
  /** The parsed body (JSON or YAML), or the raw text when it did not parse. */
  body?: unknown
  status?: number
  user?: string
  userAgent?: string
  fault?: ActiveFault
  dropped?: boolean
  watch?: boolean
}

export interface ApiContext {
  cluster: Cluster
  controllers: Controllers
  kubelet: Kubelet
  faults: Faults
  identities: Map<string, Identity>
  certUsers: Map<string, Identity>
  requests: RecordedRequest[]
  violations: string[]
  refusals: string[]
  bookmarkMs: number
  url: string
  watches: Set<OpenWatch>
  dropRules: DropWatchRule[]
}

export interface OpenWatch {
  path: string
  events: number
  drop(): void
  rules: Array<{ rule: DropWatchRule; fromEvents: number }>
}

class HttpError extends Error {
  constructor(
    readonly code: number,
    readonly body: Obj,
    readonly violation = false,
    readonly headers: Record<string, string> = {}
  ) {
    super(String(body['message'] ?? code))
  }
}

const REASONS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  406: 'NotAcceptable',
  409: 'Conflict',
  410: 'Expired',
  415: 'UnsupportedMediaType',
  422: 'Invalid',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable'
}

export function statusBody(code: number, message: string, reason = REASONS[code] ?? 'Unknown', details?: Obj): Obj {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details ? { details } : {}),
    code
  }
}

const fail = (code: number, message: string, reason?: string, details?: Obj, violation = false) =>
  new HttpError(code, statusBody(code, message, reason, details), violation)
const bad = (message: string) => fail(400, message, 'BadRequest', undefined, true)

function notFound(res: Resource, name: string): HttpError {
  return fail(404, `${qualified(res)} "${name}" not found`, 'NotFound', { name, group: res.group, kind: res.plural })
}

function invalid(res: Resource, name: string, causes: Cause[]): HttpError {
  const kindName = res.group ? `${res.kind}.${res.group}` : res.kind
  const parts = causes.map((c) => `${c.field}: ${c.message}`)
  const msg = `${kindName} "${name}" is invalid: ${parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`}`
  return fail(422, msg, 'Invalid', { name, group: res.group, kind: res.kind, causes }, true)
}

function conflict(res: Resource, name: string): HttpError {
  return fail(
    409,
    `Operation cannot be fulfilled on ${qualified(res)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    'Conflict',
    { name, group: res.group, kind: res.plural }
  )
}

/** Removes `spec.a[0].b` from an object (an unknown field the API drops). */
function dropField(obj: Obj, path: string): void {
  const segs = path.match(/[^.[\]]+/g) ?? []
  let cur: unknown = obj
  for (const s of segs.slice(0, -1)) cur = isMap(cur) || Array.isArray(cur) ? (cur as Obj)[s] : undefined
  if (isMap(cur)) delete cur[segs[segs.length - 1]!]
}

interface Target {
  res: Resource
  namespace?: string
  name?: string
  subresource?: string
}

/** `/apis/apps/v1/namespaces/prod/deployments/web/scale` → its parts. */
function route(pathname: string): Target | undefined {
  const segs = pathname.split('/').filter(Boolean).map(decodeURIComponent)
  let group: string
  let version: string
  let rest: string[]
  if (segs[0] === 'api' && segs.length >= 2) {
    group = ''
    version = segs[1]!
    rest = segs.slice(2)
  } else if (segs[0] === 'apis' && segs.length >= 3) {
    group = segs[1]!
    version = segs[2]!
    rest = segs.slice(3)
  } else return undefined
  let namespace: string | undefined
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    namespace = rest[1]
    rest = rest.slice(2)
  } else if (rest[0] === 'namespaces' && group === '' && rest.length <= 3) {
    // The namespaces themselves: /api/v1/namespaces[/name[/status]]
  }
  const res = findResource(group, version, rest[0] ?? '')
  if (!res || rest.length > 3) return undefined
  if (res.namespaced && namespace === undefined && rest.length > 1) return undefined
  if (!res.namespaced && namespace !== undefined) return undefined
  return {
    res,
    ...(namespace !== undefined ? { namespace } : {}),
    ...(rest[1] !== undefined ? { name: rest[1] } : {}),
    ...(rest[2] !== undefined ? { subresource: rest[2] } : {})
  }
}

export function createApi(ctx: ApiContext) {
  const { cluster, violations } = ctx

  function authenticate(req: IncomingMessage): Identity | undefined {
    const auth = req.headers.authorization
    if (auth) {
      const m = /^Bearer\s+(\S+)$/i.exec(auth)
      return m ? ctx.identities.get(m[1]!) : undefined
    }
    const sock = req.socket as TLSSocket
    if (sock.authorized) {
      const cn = sock.getPeerCertificate()?.subject?.CN
      const user = Array.isArray(cn) ? cn[0] : cn
      return user ? ctx.certUsers.get(user) : undefined
    }
    return undefined
  }

  function managerOf(req: IncomingMessage, q: URLSearchParams): string {
    const fm = q.get('fieldManager')
    if (fm) return fm
    const ua = req.headers['user-agent'] ?? 'unknown'
    return ua.split('/')[0] || 'unknown'
  }

  function authorize(id: Identity, a: Attributes): void {
    if (allowed(id, a)) return
    throw fail(403, forbiddenMessage(id, a), 'Forbidden', {
      ...(a.name ? { name: a.name } : {}),
      group: a.group,
      kind: a.resource
    })
  }

  /** The body as an object (JSON, or YAML for apply). */
  function parseBody(raw: string, contentType: string): unknown {
    if (raw.trim() === '') throw bad('the body of the request is empty')
    try {
      if (contentType.includes('yaml')) return parseYaml(raw)
      return JSON.parse(raw)
    } catch (e) {
      throw bad(`error decoding ${contentType.includes('yaml') ? 'YAML' : 'JSON'}: ${(e as Error).message}`)
    }
  }

  /** Validates an object about to be stored; unknown fields are dropped with a warning (or refused). */
  function check(
    res: Resource,
    obj: Obj,
    old: Obj | undefined,
    q: URLSearchParams,
    warnings: string[],
    where: string
  ): void {
    const v = schemaCheck(res.kind, obj)
    const name = String(obj['metadata']?.['name'] ?? '')
    if (v.decode.length > 0)
      throw bad(`${res.kind} in version "${res.version}" cannot be handled as a ${res.kind}: ${v.decode[0]}`)
    if (v.unknown.length > 0) {
      const strict = q.get('fieldValidation') === 'Strict'
      if (strict) throw bad(`strict decoding error: ${v.unknown.map((u) => `unknown field "${u}"`).join(', ')}`)
      if (q.get('fieldValidation') !== 'Ignore') for (const u of v.unknown) warnings.push(`unknown field "${u}"`)
      violations.push(
        `${where}: unknown field${v.unknown.length > 1 ? 's' : ''} ${v.unknown.map((u) => `"${u}"`).join(', ')} (the API drops ${v.unknown.length > 1 ? 'them' : 'it'} with a warning)`
      )
      for (const u of v.unknown) dropField(obj, u)
    }
    const causes = [...v.causes, ...apiRules(res.kind, obj, old)]
    if (causes.length > 0) throw invalid(res, name, causes)
  }

  /** An answer the real API could send: checked against the same schemas. */
  function checkAnswer(kind: string, obj: Obj, where: string): void {
    const v = schemaCheck(kind, obj)
    const problems = [
      ...v.decode,
      ...v.causes.map((c) => `${c.field}: ${c.message}`),
      ...v.unknown.map((u) => `unknown field ${u}`)
    ]
    if (problems.length > 0)
      violations.push(`test server bug: the answer to ${where} breaks the ${kind} schema: ${problems.join('; ')}`)
  }

  const view = (o: Obj) => clone(o)

  // ---- selectors --------------------------------------------------------------------------------

  function selection(t: Target, q: URLSearchParams): (o: Obj) => boolean {
    let labels: ReturnType<typeof parseLabelSelector> = []
    let fields: ReturnType<typeof parseFieldSelector> = []
    try {
      labels = parseLabelSelector(q.get('labelSelector') ?? '')
    } catch (e) {
      throw bad(`unable to parse requirement: ${(e as Error).message}`)
    }
    try {
      fields = parseFieldSelector(q.get('fieldSelector') ?? '')
    } catch (e) {
      throw bad((e as Error).message)
    }
    const allowedFields = ['metadata.name', 'metadata.namespace', ...(t.res.fields ?? [])]
    for (const f of fields) if (!allowedFields.includes(f.field)) throw bad(`field label not supported: ${f.field}`)
    return (o: Obj) => {
      if (t.namespace !== undefined && o['metadata']['namespace'] !== t.namespace) return false
      if (!matchesLabels(labels, o['metadata']['labels'])) return false
      return fields.every((f) => {
        let v = getPath(o, f.field)
        if (f.field === 'source') v = o['source']?.['component']
        const s = v === undefined || v === null ? '' : String(v)
        return f.op === '=' ? s === f.value : s !== f.value
      })
    }
  }

  function listOf(t: Target, items: Obj[]): Obj {
    return {
      kind: `${t.res.kind}List`,
      apiVersion: gv(t.res),
      metadata: { resourceVersion: String(cluster.store.rv) },
      items: items.map((o) => {
        const v = view(o)
        if (t.res.builtin) {
          delete v['kind']
          delete v['apiVersion']
        }
        return v
      })
    }
  }

  // ---- watch ------------------------------------------------------------------------------------

  function watch(req: IncomingMessage, res: ServerResponse, t: Target, q: URLSearchParams, rec: RecordedRequest): void {
    const matches = selection(t, q)
    const name = t.name
    const sel = (o: Obj) => (name === undefined || o['metadata']['name'] === name) && matches(o)
    const rvParam = q.get('resourceVersion') ?? ''
    if (rvParam !== '' && !/^\d+$/.test(rvParam))
      throw bad(`resourceVersion: Invalid value: "${rvParam}": invalid resource version`)
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache, private' })
    rec.status = 200
    res.flushHeaders()
    const key = resourceKey(t.res)
    const timers: NodeJS.Timeout[] = []
    let closed = false
    const open: OpenWatch = {
      path: new URL(req.url ?? '/', ctx.url).pathname,
      events: 0,
      rules: [],
      drop() {
        if (closed) return
        rec.dropped = true
        finish()
        res.socket?.destroy()
      }
    }
    const write = (type: string, object: Obj) => {
      if (closed) return
      res.write(`${JSON.stringify({ type, object })}\n`)
      open.events++
      for (const r of open.rules)
        if (r.rule.afterEvents !== undefined && open.events - r.fromEvents >= r.rule.afterEvents) return open.drop()
    }
    const w: Watcher = {
      key,
      matches: sel,
      send: (type, obj) => write(type, view(obj))
    }
    const finish = () => {
      if (closed) return
      closed = true
      cluster.store.watchers.delete(w)
      ctx.watches.delete(open)
      for (const x of timers) clearTimeout(x)
    }
    const end = () => {
      finish()
      res.end()
    }
    req.on('close', finish)
    res.on('close', finish)
    ctx.watches.add(open)
    for (const rule of ctx.dropRules.splice(0)) {
      if (
        rule.path !== undefined &&
        !(rule.path instanceof RegExp ? rule.path.test(open.path) : rule.path === open.path)
      ) {
        ctx.dropRules.push(rule)
        continue
      }
      addDropRule(open, rule)
    }
    if (rvParam === '' || rvParam === '0') {
      for (const o of cluster.store.list(t.res, t.namespace).filter(sel)) write('ADDED', view(o))
    } else {
      const rv = Number(rvParam)
      const changes = cluster.store.since(key, rv)
      if (!changes) {
        write('ERROR', {
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          message: `too old resource version: ${rv} (${cluster.store.resumableFrom})`,
          reason: 'Expired',
          code: 410
        })
        return end()
      }
      for (const c of changes) deliver(w, c)
    }
    if (closed) return
    cluster.store.watchers.add(w)
    const bookmarks = q.get('allowWatchBookmarks') === 'true' && ctx.bookmarkMs > 0
    if (bookmarks) {
      const tick = () => {
        write('BOOKMARK', {
          kind: t.res.kind,
          apiVersion: gv(t.res),
          metadata: { resourceVersion: String(cluster.store.rv) }
        })
        if (!closed) timers.push(setTimeout(tick, ctx.bookmarkMs))
      }
      timers.push(setTimeout(tick, ctx.bookmarkMs))
    }
    const timeout = Number(q.get('timeoutSeconds') ?? 1800)
    timers.push(setTimeout(end, Math.max(0, timeout) * 1000))
  }

  function addDropRule(open: OpenWatch, rule: DropWatchRule): void {
    if (rule.afterEvents === undefined && rule.afterMs === undefined)
      return setImmediate(() => open.drop()) as unknown as void
    if (rule.afterEvents !== undefined) open.rules.push({ rule, fromEvents: open.events })
    if (rule.afterMs !== undefined) setTimeout(() => open.drop(), rule.afterMs)
  }

  function dropWatch(rule: DropWatchRule): void {
    const targets = [...ctx.watches].filter(
      (w) => rule.path === undefined || (rule.path instanceof RegExp ? rule.path.test(w.path) : rule.path === w.path)
    )
    if (targets.length === 0) ctx.dropRules.push(rule)
    for (const w of targets) addDropRule(w, rule)
  }

  // ---- writes -----------------------------------------------------------------------------------

  function scaleOf(d: Obj): Obj {
    return {
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      metadata: {
        name: d['metadata']['name'],
        namespace: d['metadata']['namespace'],
        uid: d['metadata']['uid'],
        resourceVersion: d['metadata']['resourceVersion'],
        creationTimestamp: d['metadata']['creationTimestamp']
      },
      spec: { replicas: d['spec']['replicas'] ?? 0 },
      status: { replicas: d['status']?.['replicas'] ?? 0, selector: selectorString(d['spec']['selector']) }
    }
  }

  function applyPatch(res: Resource, current: Obj, body: unknown, ct: string): Obj {
    try {
      if (ct === 'application/json-patch+json') return jsonPatch(current, body)
      if (!isMap(body))
        throw new PatchError('json: cannot unmarshal array into Go value of type map[string]interface {}')
      if (ct === 'application/merge-patch+json') return mergePatch(current, body) as Obj
      return strategicMerge(res.kind, current, body)
    } catch (e) {
      if (e instanceof PatchError) throw fail(422, e.message, 'Invalid', undefined, true)
      throw e
    }
  }

  const PATCH_TYPES = [
    'application/json-patch+json',
    'application/merge-patch+json',
    'application/strategic-merge-patch+json',
    'application/apply-patch+yaml'
  ]

  function handle(
    req: IncomingMessage,
    t: Target,
    q: URLSearchParams,
    raw: string,
    id: Identity,
    warnings: string[],
    where: string,
    rec: RecordedRequest
  ): { status: number; body: Obj | string; text?: boolean } {
    const method = (req.method ?? 'GET').toUpperCase()
    const ct = (req.headers['content-type'] ?? '').split(';')[0]!.trim()
    const { res } = t
    const ns = t.namespace ?? ''
    const dryRun = q.get('dryRun') === 'All'
    const attrs = (verb: string): Attributes => ({
      verb,
      group: res.group,
      resource: res.plural,
      ...(t.subresource ? { subresource: t.subresource } : {}),
      ...(t.namespace !== undefined ? { namespace: t.namespace } : {}),
      ...(t.name !== undefined ? { name: t.name } : {})
    })
    const namespaceMustExist = () => {
      if (res.namespaced && !cluster.namespaces.has(ns))
        throw fail(404, `namespaces "${ns}" not found`, 'NotFound', { name: ns, kind: 'namespaces' })
    }

    // selfsubjectaccessreviews: any authenticated user may ask.
    if (res.kind === 'SelfSubjectAccessReview') {
      if (method !== 'POST')
        throw fail(405, 'the server does not allow this method on the requested resource', 'MethodNotAllowed')
      const body = parseBody(raw, ct)
      if (!isMap(body)) throw bad('the body is not an object')
      const v = schemaCheck(res.kind, body)
      if (v.decode.length > 0 || v.causes.length > 0) throw invalid(res, '', v.causes)
      const ra = (body['spec']?.['resourceAttributes'] ?? {}) as Obj
      const a: Attributes = {
        verb: String(ra['verb'] ?? ''),
        group: String(ra['group'] ?? ''),
        resource: String(ra['resource'] ?? ''),
        ...(ra['subresource'] ? { subresource: String(ra['subresource']) } : {}),
        ...(ra['namespace'] ? { namespace: String(ra['namespace']) } : {}),
        ...(ra['name'] ? { name: String(ra['name']) } : {})
      }
      const ok = allowed(id, a)
      return {
        status: 201,
        body: {
          kind: 'SelfSubjectAccessReview',
          apiVersion: 'authorization.k8s.io/v1',
          metadata: {},
          spec: body['spec'],
          status: ok
            ? {
                allowed: true,
                reason: id.rules
                  ? `RBAC: allowed by RoleBinding "deployer" of Role "deployer" to User "${id.user}"`
                  : 'RBAC: allowed by ClusterRoleBinding "cluster-admin" of ClusterRole "cluster-admin" to Group "system:masters"'
              }
            : { allowed: false }
        }
      }
    }

    if (t.name === undefined) {
      if (method === 'GET') {
        const isWatch = q.get('watch') === 'true' || q.get('watch') === '1'
        authorize(id, attrs(isWatch ? 'watch' : 'list'))
        const sel = selection(t, q)
        const items = cluster.store.list(res, t.namespace).filter(sel)
        items.sort((a, b) =>
          `${a['metadata']['namespace']}/${a['metadata']['name']}`.localeCompare(
            `${b['metadata']['namespace']}/${b['metadata']['name']}`
          )
        )
        const list = listOf(t, items)
        const limit = Number(q.get('limit') ?? 0)
        const start = q.get('continue') ? Number(Buffer.from(q.get('continue')!, 'base64url').toString()) : 0
        if (limit > 0 || start > 0) {
          const end = limit > 0 ? start + limit : list['items'].length
          const all = list['items'] as Obj[]
          list['items'] = all.slice(start, end)
          if (end < all.length) {
            list['metadata']['continue'] = Buffer.from(String(end)).toString('base64url')
            list['metadata']['remainingItemCount'] = all.length - end
          }
        }
        for (const o of list['items'] as Obj[])
          checkAnswer(res.kind, { ...o, apiVersion: gv(res), kind: res.kind }, where)
        return { status: 200, body: list }
      }
      if (method === 'POST') {
        authorize(id, attrs('create'))
        if (!ct.includes('json') && !ct.includes('yaml'))
          throw fail(
            415,
            `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf, application/cbor`,
            'UnsupportedMediaType',
            undefined,
            true
          )
        const body = parseBody(raw, ct)
        if (!isMap(body)) throw bad('the body is not an object')
        const bodyNs = body['metadata']?.['namespace']
        if (res.namespaced && bodyNs !== undefined && bodyNs !== ns)
          throw bad('the namespace of the provided object does not match the namespace sent on the request')
        if (body['apiVersion'] !== undefined && body['apiVersion'] !== gv(res))
          throw bad(
            `the API version in the data (${String(body['apiVersion'])}) does not match the expected API version (${gv(res)})`
          )
        if (body['kind'] !== undefined && body['kind'] !== res.kind)
          throw bad(`the kind in the data (${String(body['kind'])}) does not match the expected kind (${res.kind})`)
        if (res.kind === 'Namespace') {
          const name = String(body['metadata']?.['name'] ?? '')
          if (cluster.namespaces.has(name))
            throw fail(409, `namespaces "${name}" already exists`, 'AlreadyExists', { name, kind: 'namespaces' })
        } else namespaceMustExist()
        const obj = cluster.prepareCreate(res, body, res.namespaced ? ns : undefined)
        delete obj['metadata']['managedFields']
        check(res, obj, undefined, q, warnings, where)
        const name = String(obj['metadata']['name'])
        if (cluster.store.get(res, ns, name))
          throw fail(409, `${qualified(res)} "${name}" already exists`, 'AlreadyExists', {
            name,
            group: res.group,
            kind: res.plural
          })
        if (dryRun) return { status: 201, body: view(obj) }
        const stored =
          res.kind === 'Namespace'
            ? (cluster.namespaces.add(name), cluster.commitCreate(res, obj, { manager: managerOf(req, q) }))
            : cluster.commitCreate(res, obj, { manager: managerOf(req, q) })
        return { status: 201, body: view(stored) }
      }
      if (method === 'DELETE') {
        authorize(id, attrs('deletecollection'))
        const sel = selection(t, q)
        const items = cluster.store.list(res, t.namespace).filter(sel)
        for (const o of items) cluster.delete(res.kind, o['metadata']['namespace'] ?? '', o['metadata']['name'])
        return { status: 200, body: listOf(t, items) }
      }
      throw fail(
        405,
        'the server does not allow this method on the requested resource',
        'MethodNotAllowed',
        undefined,
        true
      )
    }

    const name = t.name
    const current = res.kind === 'Namespace' ? cluster.store.get(res, '', name) : cluster.store.get(res, ns, name)
    const sub = t.subresource
    if (sub !== undefined && !res.subresources.includes(sub))
      throw fail(404, 'the server could not find the requested resource', 'NotFound', undefined, true)

    if (sub === 'log') {
      authorize(id, { ...attrs('get') })
      if (method !== 'GET')
        throw fail(
          405,
          'the server does not allow this method on the requested resource',
          'MethodNotAllowed',
          undefined,
          true
        )
      if (!current) throw notFound(res, name)
      return { status: 200, body: podLog(current, q), text: true }
    }

    if (method === 'GET') {
      const isWatch = q.get('watch') === 'true' || q.get('watch') === '1'
      authorize(id, attrs(isWatch ? 'watch' : 'get'))
      if (!current) throw notFound(res, name)
      if (sub === 'scale') return { status: 200, body: scaleOf(current) }
      checkAnswer(res.kind, current, where)
      return { status: 200, body: view(current) }
    }

    if (method === 'DELETE') {
      authorize(id, attrs('delete'))
      if (!current) throw notFound(res, name)
      if (dryRun) return { status: 200, body: view(current) }
      if (res.kind === 'Namespace')
        throw fail(405, 'namespace deletion is not supported by this test server', 'MethodNotAllowed')
      cluster.delete(res.kind, ns, name)
      return {
        status: 200,
        body: {
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Success',
          details: { name, group: res.group, kind: res.plural, uid: current['metadata']['uid'] }
        }
      }
    }

    if (method === 'PUT' || method === 'PATCH') {
      const isApply = method === 'PATCH' && ct === 'application/apply-patch+yaml'
      authorize(id, attrs(method === 'PUT' ? 'update' : 'patch'))
      if (method === 'PATCH' && !PATCH_TYPES.includes(ct)) {
        const accepted = res.builtin ? PATCH_TYPES : PATCH_TYPES.filter((x) => !x.includes('strategic'))
        throw fail(
          415,
          `the body of the request was in an unknown format - accepted media types include: ${[...accepted, 'application/apply-patch+cbor'].join(', ')}`,
          'UnsupportedMediaType',
          undefined,
          true
        )
      }
      if (ct === 'application/strategic-merge-patch+json' && !res.builtin)
        throw fail(
          415,
          `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/apply-patch+cbor`,
          'UnsupportedMediaType',
          undefined,
          true
        )
      const body = parseBody(raw, ct)
      const manager = managerOf(req, q)
      const fm = q.get('fieldManager')
      if (fm !== null && fm.length > 128)
        throw invalid(res, name, [
          { reason: 'FieldValueTooLong', message: 'Too long: may not be more than 128 bytes', field: 'fieldManager' }
        ])

      if (isApply) {
        if (!fm)
          throw fail(
            422,
            'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
            'Invalid',
            {
              group: 'meta.k8s.io',
              kind: 'PatchOptions',
              causes: [
                {
                  reason: 'FieldValueRequired',
                  message: 'Required value: is required for apply patch',
                  field: 'fieldManager'
                }
              ]
            },
            true
          )
        if (!isMap(body)) throw bad('the body of an apply patch must be an object')
        if (body['metadata']?.['managedFields'] !== undefined) throw bad('metadata.managedFields must be nil')
        if (
          body['apiVersion'] !== gv(sub === 'scale' ? { group: 'autoscaling', version: 'v1' } : res) ||
          body['kind'] !== (sub === 'scale' ? 'Scale' : res.kind)
        )
          throw bad(
            `the API version in the data (${String(body['apiVersion'])}) and kind (${String(body['kind'])}) do not match the object at this URL (${gv(res)}, ${res.kind})`
          )
        if (body['metadata']?.['name'] !== undefined && body['metadata']['name'] !== name)
          throw bad(
            `the name of the object (${String(body['metadata']['name'])}) does not match the name on the URL (${name})`
          )
        if (sub !== undefined)
          throw fail(
            415,
            'apply to a subresource is not supported by this test server',
            'UnsupportedMediaType',
            undefined,
            true
          )
        if (!current) {
          authorize(id, attrs('create'))
          namespaceMustExist()
        }
        const force = q.get('force') === 'true'
        const intent = clone(body)
        intent['metadata'] = { ...(intent['metadata'] ?? {}), name }
        if (res.namespaced) intent['metadata']['namespace'] = ns
        const out = serverSideApply(res.kind, current, intent, fm, gv(res), rfc3339(cluster.now()), force)
        if (out.conflicts) {
          throw new HttpError(
            409,
            statusBody(409, conflictMessage(out.conflicts), 'Conflict', {
              causes: out.conflicts.map((c) => ({
                type: 'FieldManagerConflict',
                message: `conflict with ${c.printed}`,
                field: pathString(c.path)
              }))
            })
          )
        }
        const obj = out.object
        if (!current) {
          const prepared = cluster.prepareCreate(res, obj, res.namespaced ? ns : undefined)
          check(res, prepared, undefined, q, warnings, where)
          if (dryRun) return { status: 201, body: view(prepared) }
          return { status: 201, body: view(cluster.commitCreate(res, prepared, { manager: fm })) }
        }
        // A resourceVersion in the applied configuration is a precondition, as for other patches.
        const rv = intent['metadata']['resourceVersion']
        if (rv !== undefined && rv !== current['metadata']['resourceVersion']) throw conflict(res, name)
        const prepared = cluster.prepareUpdate(res, current, obj)
        check(res, prepared, current, q, warnings, where)
        if (dryRun) return { status: 200, body: view(prepared) }
        return { status: 200, body: view(cluster.commitUpdate(res, current, prepared, { manager: fm }, false)) }
      }

      if (!current) throw notFound(res, name)
      if (!isMap(body) && method === 'PUT') throw bad('the body is not an object')

      if (sub === 'scale') {
        if (res.kind !== 'Deployment' && res.kind !== 'ReplicaSet')
          throw fail(404, 'the server could not find the requested resource', 'NotFound', undefined, true)
        const scale = scaleOf(current)
        const next = method === 'PUT' ? (body as Obj) : applyPatch(res, scale, body, ct)
        check({ ...res, kind: 'Scale' }, next, undefined, q, warnings, where)
        const rv = next['metadata']?.['resourceVersion']
        if (rv !== undefined && rv !== current['metadata']['resourceVersion']) throw conflict(res, name)
        const replicas = Number(next['spec']?.['replicas'] ?? 0)
        if (replicas < 0)
          throw invalid({ ...res, kind: 'Scale', group: 'autoscaling' }, name, [
            {
              reason: 'FieldValueInvalid',
              message: `Invalid value: ${replicas}: must be greater than or equal to 0`,
              field: 'spec.replicas'
            }
          ])
        const updated = { ...clone(current), spec: { ...current['spec'], replicas } }
        const prepared = cluster.prepareUpdate(res, current, updated)
        if (dryRun) return { status: 200, body: scaleOf(prepared) }
        const stored = cluster.commitUpdate(res, current, prepared, { manager, subresource: 'scale' })
        return { status: 200, body: scaleOf(stored) }
      }

      const next = method === 'PUT' ? (body as Obj) : applyPatch(res, current, body, ct)
      if (method === 'PUT') {
        const bn = next['metadata']?.['name']
        if (bn !== undefined && bn !== name)
          throw bad(`the name of the object (${String(bn)}) does not match the name on the URL (${name})`)
      }
      const rv = next['metadata']?.['resourceVersion']
      if (rv !== undefined && rv !== current['metadata']['resourceVersion']) throw conflict(res, name)
      const prepared = cluster.prepareUpdate(res, current, next, sub)
      check(res, prepared, current, q, warnings, where)
      if (dryRun) return { status: 200, body: view(prepared) }
      const stored = cluster.commitUpdate(res, current, prepared, { manager, ...(sub ? { subresource: sub } : {}) })
      return { status: 200, body: view(stored) }
    }
    void rec
    throw fail(
      405,
      'the server does not allow this method on the requested resource',
      'MethodNotAllowed',
      undefined,
      true
    )
  }

  function podLog(pod: Obj, q: URLSearchParams): string {
    const containers = ((pod['spec']['containers'] ?? []) as Obj[]).map((c) => String(c['name']))
    const podName = pod['metadata']['name']
    let container = q.get('container') ?? ''
    if (!container) {
      if (containers.length !== 1)
        throw fail(
          400,
          `a container name must be specified for pod ${podName}, choose one of: [${containers.join(' ')}]`,
          'BadRequest'
        )
      container = containers[0]!
    }
    if (!containers.includes(container))
      throw fail(400, `container ${container} is not valid for pod ${podName}`, 'BadRequest')
    const previous = q.get('previous') === 'true'
    const cs = ((pod['status']?.['containerStatuses'] ?? []) as Obj[]).find((c) => c['name'] === container)
    const waiting = cs?.['state']?.['waiting']
    if (previous) {
      if (!cs?.['lastState']?.['terminated'])
        throw fail(400, `previous terminated container "${container}" in pod "${podName}" not found`, 'BadRequest')
    } else if (waiting && waiting['reason'] !== 'CrashLoopBackOff') {
      const why = ['ErrImagePull', 'ImagePullBackOff'].includes(waiting['reason'])
        ? 'trying and failing to pull image'
        : waiting['reason'] === 'InvalidImageName'
          ? 'InvalidImageName'
          : waiting['reason'] === 'CreateContainerConfigError'
            ? 'CreateContainerConfigError'
            : 'ContainerCreating'
      throw fail(400, `container "${container}" in pod "${podName}" is waiting to start: ${why}`, 'BadRequest')
    }
    let lines = ctx.kubelet.logs(pod, container, previous) ?? []
    const tail = q.get('tailLines')
    if (tail !== null) lines = lines.slice(-Math.max(0, Number(tail)))
    return lines.length ? `${lines.join('\n')}\n` : ''
  }

  // ---- the pipeline -----------------------------------------------------------------------------

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const u = new URL(req.url ?? '/', ctx.url)
    const method = (req.method ?? 'GET').toUpperCase()
    const ct = req.headers['content-type']
    const rec: RecordedRequest = { at: Date.now(), method, path: u.pathname, query: Object.fromEntries(u.searchParams) }
    if (ct) rec.contentType = ct
    if (req.headers['user-agent']) rec.userAgent = req.headers['user-agent']
    if (raw) {
      try {
        rec.body = ct?.includes('yaml') ? parseYaml(raw) : JSON.parse(raw)
      } catch {
        rec.body = raw
      }
    }
    ctx.requests.push(rec)
    const where = `${method} ${u.pathname}${u.search}`
    const warnings: string[] = []
    const send = (status: number, body: Obj | string, headers: Record<string, string> = {}) => {
      rec.status = status
      if (status >= 400 && status !== 410)
        ctx.refusals.push(`${where}: ${status} ${typeof body === 'string' ? body : String(body['message'])}`)
      const out: Record<string, string> = {
        'cache-control': 'no-cache, private',
        'audit-id': crypto.randomUUID(),
        ...headers
      }
      if (warnings.length) out['warning'] = warnings.map((w) => `299 - ${JSON.stringify(w)}`).join(', ')
      if (typeof body === 'string') {
        res.writeHead(status, { ...out, 'content-type': 'text/plain' })
        res.end(body)
      } else {
        res.writeHead(status, { ...out, 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      }
    }

    const id = authenticate(req)
    if (id) rec.user = id.user
    const fault = ctx.faults.take(method, u.pathname)
    if (fault && !fault.dropAfterApply) {
      rec.fault = fault
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs))
      if (fault.drop) {
        rec.dropped = true
        req.socket.destroy()
        return
      }
      if (fault.status) {
        const code = fault.status
        const after = fault.retryAfter ?? (code === 429 ? 1 : undefined)
        const message =
          code === 429
            ? 'Too many requests, please try again later.'
            : code === 503
              ? 'The server is currently unable to handle the request'
              : code === 500
                ? 'Internal error occurred: injected fault'
                : code === 409
                  ? 'Operation cannot be fulfilled: the object has been modified; please apply your changes to the latest version and try again'
                  : `forbidden: User "${id?.user ?? 'system:anonymous'}" cannot ${method.toLowerCase()} path "${u.pathname}"`
        return send(
          code,
          statusBody(
            code,
            message,
            REASONS[code],
            after !== undefined
              ? { retryAfterSeconds: after }
              : code === 500
                ? { causes: [{ message: 'injected fault' }] }
                : undefined
          ),
          after !== undefined ? { 'retry-after': String(after) } : {}
        )
      }
    }
    if (!id) return send(401, statusBody(401, 'Unauthorized', 'Unauthorized'))

    const doc = method === 'GET' ? discovery(u.pathname, ctx.url.replace(/^https:\/\//, '')) : undefined
    if (doc) return send(200, doc)
    const t = route(u.pathname)
    if (!t) {
      violations.push(`${where}: no such path in the Kubernetes API (or not served by this test server)`)
      return send(404, statusBody(404, 'the server could not find the requested resource', 'NotFound', {}))
    }
    try {
      if (method === 'GET' && (u.searchParams.get('watch') === 'true' || u.searchParams.get('watch') === '1')) {
        authorizeWatch(id, t)
        rec.watch = true
        return watch(req, res, t, u.searchParams, rec)
      }
      const out = handle(req, t, u.searchParams, raw, id, warnings, where, rec)
      if (fault?.dropAfterApply) {
        rec.fault = fault
        rec.dropped = true
        req.socket.destroy()
        return
      }
      return send(out.status, out.body)
    } catch (e) {
      if (e instanceof HttpError) {
        if (e.violation) violations.push(`${where}: ${e.code} ${String(e.body['message'])}`)
        return send(e.code, e.body, e.headers)
      }
      throw e
    }
  }

  function authorizeWatch(id: Identity, t: Target): void {
    authorize(id, {
      verb: 'watch',
      group: t.res.group,
      resource: t.res.plural,
      ...(t.namespace !== undefined ? { namespace: t.namespace } : {}),
      ...(t.name !== undefined ? { name: t.name } : {})
    })
  }

  return { serve, dropWatch, resources: RESOURCES }
}
