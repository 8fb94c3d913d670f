// The contract: DigitalOcean's OpenAPI description (apps + domains), used to route requests and
// to validate every request and response with ajv. Validators are compiled lazily and cached.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import formatsImport from 'ajv-formats'

type Json = unknown
type Obj = Record<string, unknown>

export const DESCRIPTION_PATH = fileURLToPath(new URL('./openapi/apps-domains.openapi.json', import.meta.url))

/**
 * Fields the live API has and the description lacks (openapi/SOURCE.md). They are added to the
 * contract as the only tolerated extras; any other field unknown to the description is rejected.
 */
const KNOWN_GAPS: Record<string, Record<string, Obj>> = {
  app_spec: {
    envs: { type: 'array', items: { $ref: '#/components/schemas/app_variable_definition' } },
    alerts: { type: 'array', items: { $ref: '#/components/schemas/app_alert_spec' } },
    features: { type: 'array', items: { type: 'string' } }
  },
  apps_deployment: {
    cause_details: { type: 'object' },
    previous_deployment_id: { type: 'string' },
    timing: { type: 'object' }
  }
}

export interface OperationObject {
  operationId: string
  parameters?: Obj[]
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Obj }> }
  responses: Record<string, Obj>
}

export interface Route {
  method: string
  template: string
  operationId: string
  op: OperationObject
  segments: string[]
}

export interface Match {
  route: Route
  params: Record<string, string>
}

export interface ParsedRequest {
  errors: string[]
  path: Record<string, Json>
  query: Record<string, Json>
  body: Json
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

const formatErrors = (errors: ErrorObject[] | null | undefined, root: string): string[] =>
  (errors ?? []).slice(0, 6).map((e) => {
    const where = `${root}${e.instancePath.replace(/\//g, '.')}`
    const extra = e.keyword === 'enum' ? ` (${JSON.stringify(e.params['allowedValues'])})` : ''
    return `${where} ${e.message ?? e.keyword}${extra}`
  })

export class Contract {
  readonly doc: Obj
  readonly routes: Route[]
  private readonly strict: boolean
  private readonly ajv: Ajv
  private readonly cache = new Map<string, ValidateFunction>()

  constructor(opts: { path?: string; strictUnknownFields?: boolean } = {}) {
    this.doc = JSON.parse(readFileSync(opts.path ?? DESCRIPTION_PATH, 'utf8')) as Obj
    this.strict = opts.strictUnknownFields ?? true
    const schemas = (this.doc['components'] as Obj)['schemas'] as Record<string, Obj>
    for (const [name, extra] of Object.entries(KNOWN_GAPS)) {
      const target = schemas[name]
      if (target) target['properties'] = { ...(target['properties'] as Obj), ...extra }
    }
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, discriminator: false })
    const addFormats = ((formatsImport as unknown as { default?: unknown }).default ?? formatsImport) as (
      a: Ajv
    ) => void
    addFormats(this.ajv)
    this.ajv.addFormat('uint32', {
      type: 'number',
      validate: (n: number) => Number.isInteger(n) && n >= 0 && n < 2 ** 32
    })
    this.ajv.addFormat('uint64', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= 0 })
    this.ajv.addSchema(this.doc, 'do')
    this.routes = this.buildRoutes()
  }

  // ---- routing -----------------------------------------------------------------------------

  private buildRoutes(): Route[] {
    const routes: Route[] = []
    for (const [template, item] of Object.entries(this.doc['paths'] as Record<string, Obj>)) {
      for (const [method, op] of Object.entries(item)) {
        if (!isObj(op) || typeof op['operationId'] !== 'string') continue
        routes.push({
          method: method.toUpperCase(),
          template,
          operationId: op['operationId'],
          op: op as unknown as OperationObject,
          segments: template.split('/').slice(1)
        })
      }
    }
    // Literal segments win over templated ones (/v2/apps/regions before /v2/apps/{id}).
    const literals = (r: Route) => r.segments.filter((s) => !s.startsWith('{')).length
    return routes.sort((a, b) => literals(b) - literals(a))
  }

  /** The operation for method+path; `pathKnown` tells a wrong method from an unknown path. */
  match(method: string, pathname: string): Match | { pathKnown: boolean } {
    const parts = pathname.split('/').slice(1)
    let pathKnown = false
    for (const route of this.routes) {
      if (route.segments.length !== parts.length) continue
      const params: Record<string, string> = {}
      const ok = route.segments.every((seg, i) => {
        const part = parts[i] ?? ''
        if (seg.startsWith('{')) {
          if (part === '') return false
          params[seg.slice(1, -1)] = decodeURIComponent(part)
          return true
        }
        return seg === part
      })
      if (!ok) continue
      pathKnown = true
      if (route.method === method) return { route, params }
    }
    return { pathKnown }
  }

  // ---- $ref handling -------------------------------------------------------------------------

  resolve(ref: string): Obj {
    if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`)
    let node: unknown = this.doc
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
      node = isObj(node) ? node[key] : undefined
    }
    if (!isObj(node)) throw new Error(`unresolvable $ref: ${ref}`)
    return node
  }

  deref(obj: Obj): Obj {
    let cur = obj
    for (let i = 0; i < 10 && typeof cur['$ref'] === 'string'; i++) cur = this.resolve(cur['$ref'])
    return cur
  }

  /** Rewrites local refs so a schema taken out of the document resolves against it ('do'). */
  private rebase(schema: unknown): unknown {
    if (Array.isArray(schema)) return schema.map((s) => this.rebase(s))
    if (!isObj(schema)) return schema
    const out: Obj = {}
    for (const [k, v] of Object.entries(schema)) {
      out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#') ? `do${v}` : this.rebase(v)
    }
    return out
  }

  private validator(key: string, schema: Obj): ValidateFunction {
    let fn = this.cache.get(key)
    if (!fn) {
      fn = this.ajv.compile(this.rebase(schema) as Obj)
      this.cache.set(key, fn)
    }
    return fn
  }

  /** Schema validation plus, in strict mode, a check for fields the description does not know. */
  check(key: string, schema: Obj, value: Json, root: string): string[] {
    const fn = this.validator(key, schema)
    const errors = fn(value) ? [] : formatErrors(fn.errors, root)
    if (this.strict) {
      const unknown: string[] = []
      this.unknownFields([schema], value, root, unknown)
      errors.push(...unknown.slice(0, 6).map((p) => `${p} is not a field of the API description`))
    }
    return errors
  }

  /** Component schema by name, validated the same way (used to vet specs seeded by tests). */
  checkComponent(name: string, value: Json, root: string): string[] {
    return this.check(`component:${name}`, { $ref: `#/components/schemas/${name}` }, value, root)
  }

  /** Every schema object a value has to satisfy at once or alternatively ($ref/allOf/anyOf/oneOf). */
  private flatten(schemas: unknown[], out: Obj[] = [], depth = 0): Obj[] {
    if (depth > 30) return out
    for (const s of schemas) {
      if (!isObj(s)) continue
      const node = typeof s['$ref'] === 'string' ? this.resolve(s['$ref']) : s
      out.push(node)
      for (const key of ['allOf', 'anyOf', 'oneOf']) {
        const list = node[key]
        if (Array.isArray(list)) this.flatten(list, out, depth + 1)
      }
    }
    return out
  }

  private unknownFields(schemas: unknown[], value: Json, path: string, out: string[]): void {
    const facets = this.flatten(schemas)
    if (Array.isArray(value)) {
      const items = facets.map((f) => f['items']).filter(isObj)
      if (items.length > 0) value.forEach((v, i) => this.unknownFields(items, v, `${path}[${i}]`, out))
      return
    }
    if (!isObj(value)) return
    const props = new Map<string, unknown[]>()
    const additional: Obj[] = []
    let open = false
    for (const f of facets) {
      if (isObj(f['properties'])) {
        for (const [k, v] of Object.entries(f['properties'])) props.set(k, [...(props.get(k) ?? []), v])
      }
      const ap = f['additionalProperties']
      if (ap !== undefined && ap !== false) {
        open = true
        if (isObj(ap)) additional.push(ap)
      }
    }
    if (props.size === 0) open = true // free-form object such as {type: object}
    for (const [k, v] of Object.entries(value)) {
      const known = props.get(k)
      if (known) this.unknownFields(known, v, `${path}.${k}`, out)
      else if (additional.length > 0) this.unknownFields(additional, v, `${path}.${k}`, out)
      else if (!open) out.push(`${path}.${k}`)
    }
  }

  // ---- requests ------------------------------------------------------------------------------

  parameters(route: Route): Obj[] {
    return (route.op.parameters ?? []).map((p) => this.deref(p))
  }

  /** Validates path/query parameters and the JSON body of a request against its operation. */
  parseRequest(match: Match, query: URLSearchParams, rawBody: string, contentType: string | undefined): ParsedRequest {
    const { route } = match
    const errors: string[] = []
    const result: ParsedRequest = { errors, path: {}, query: {}, body: undefined }
    const params = this.parameters(route)
    const declaredQuery = new Set(params.filter((p) => p['in'] === 'query').map((p) => String(p['name'])))
    for (const name of new Set(query.keys())) {
      if (!declaredQuery.has(name)) errors.push(`query parameter "${name}" is not defined for ${route.operationId}`)
    }
    for (const p of params) {
      const name = String(p['name'])
      const where = p['in']
      if (where !== 'path' && where !== 'query') continue
      const schema = isObj(p['schema']) ? p['schema'] : {}
      const raw = where === 'path' ? (match.params[name] === undefined ? [] : [match.params[name]]) : query.getAll(name)
      if (raw.length === 0) {
        if (p['required'] === true) errors.push(`${where} parameter "${name}" is required`)
        continue
      }
      const value = coerce(schema, raw as string[], (r) => this.deref(r))
      errors.push(...this.check(`${route.operationId}:${where}:${name}`, schema, value, `${where}.${name}`))
      result[where][name] = value
    }
    const rb = route.op.requestBody ? this.deref(route.op.requestBody as Obj) : undefined
    if (!rb) {
      if (rawBody.length > 0) errors.push(`${route.operationId} takes no request body`)
      return result
    }
    if (rawBody.length === 0) {
      if (rb['required'] === true) errors.push(`${route.operationId} requires a JSON request body`)
      return result
    }
    const media = (contentType ?? '').split(';')[0]?.trim().toLowerCase()
    const content = (rb['content'] ?? {}) as Record<string, { schema?: Obj }>
    const entry = media ? content[media] : undefined
    if (!entry) {
      errors.push(`content-type "${contentType ?? ''}" not accepted (expected ${Object.keys(content).join(' or ')})`)
      return result
    }
    try {
      result.body = JSON.parse(rawBody) as Json
    } catch {
      errors.push('request body is not valid JSON')
      return result
    }
    if (entry.schema) errors.push(...this.check(`${route.operationId}:body`, entry.schema, result.body, 'body'))
    return result
  }

  // ---- responses -----------------------------------------------------------------------------

  /** Checks a response we are about to send: status declared (or default), body, headers. */
  checkResponse(route: Route, status: number, body: Json, headers: Record<string, string>): string[] {
    const declared = route.op.responses[String(status)] ?? route.op.responses['default']
    if (!declared) return [`status ${status} is not declared`]
    const res = this.deref(declared)
    const errors: string[] = []
    const content = res['content'] as Record<string, { schema?: Obj }> | undefined
    const json = content?.['application/json']
    if (json?.schema) {
      if (body === undefined) errors.push(`status ${status} must carry a JSON body`)
      else errors.push(...this.check(`${route.operationId}:response:${status}`, json.schema, body, 'response'))
    } else if (body !== undefined) {
      errors.push(`status ${status} declares no body but one was sent`)
    }
    for (const [name, h] of Object.entries((res['headers'] ?? {}) as Record<string, Obj>)) {
      const schema = this.deref(h)['schema']
      const v = headers[name]
      if (v === undefined) errors.push(`header ${name} missing`)
      else if (isObj(schema) && schema['type'] === 'integer' && !/^-?\d+$/.test(v))
        errors.push(`header ${name} not an integer`)
    }
    return errors
  }
}

/** Turns query/path strings into the JSON types their schema asks for (form style, explode). */
function coerce(schema: Obj, raw: string[], deref: (o: Obj) => Obj): Json {
  const s = deref(schema)
  if (s['type'] === 'array') {
    const items = isObj(s['items']) ? s['items'] : {}
    return raw.map((r) => coerce(items, [r], deref))
  }
  const v = raw[raw.length - 1] ?? ''
  if (raw.length > 1) return raw // a repeated scalar stays an array and fails validation
  switch (s['type']) {
    case 'integer':
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v
    case 'boolean':
      return v === 'true' ? true : v === 'false' ? false : v
    default:
      return v
  }
}
