/**
 * GitHub's OpenAPI description (npm `@octokit/openapi`) as the contract of the test server.
 *
 * The 13 MB description is read once per process; only the operations the server implements are
 * kept, with parameters, request bodies and responses resolved inline and every schema they reach
 * copied into one small `components` document registered with Ajv. Validators are compiled lazily
 * (first use) and cached.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import formatsModule from 'ajv-formats'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type Schema = { [key: string]: Json }

export interface ParamDef {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required: boolean
  schema: Schema
  multiSegment: boolean
}

export interface OperationDef {
  /** `GET /repos/{owner}/{repo}/releases` (the description's template, without the serve prefix). */
  key: string
  method: string
  template: string
  /** Path prefix the server serves this operation under ('' or '/uploads'). */
  prefix: string
  operationId: string
  docsUrl: string
  params: ParamDef[]
  requestBody: { required: boolean; content: Record<string, Schema | undefined> } | undefined
  /** status -> media type -> schema (an empty record when the description defines no body). */
  responses: Map<string, Record<string, Schema | undefined>>
  regex: RegExp
  pathParamNames: string[]
}

/**
 * Where GitHub really answers differently from its description. Applied to the copy of the schemas
 * before compiling, so the server can play GitHub without flagging itself.
 */
export const KNOWN_DEVIATIONS = [
  'release-asset.state: GitHub also answers "starter" for an upload that never completed (the description lists only uploaded/open)',
  'format "uri": GitHub answers "" for unset deployment-status URLs (target_url, log_url, environment_url), which are typed format: uri'
] as const

const GENERIC_ERROR_STATUSES = new Set([
  '304',
  '400',
  '401',
  '403',
  '404',
  '409',
  '410',
  '411',
  '422',
  '429',
  '500',
  '502',
  '503'
])

interface RawSpec {
  paths: Record<string, Record<string, Schema>>
  components: Record<string, Record<string, Schema>>
}

/** The whole description; not kept (the `Spec` built from it is cached by `getSpec`). */
function loadRaw(): RawSpec {
  const require = createRequire(import.meta.url)
  const dir = dirname(require.resolve('@octokit/openapi/package.json'))
  return JSON.parse(readFileSync(join(dir, 'generated', 'api.github.com.json'), 'utf8')) as RawSpec
}

const SCHEMA_REF = '#/components/schemas/'
const AJV_DOC = 'github-components'
const BASIC_ERROR: Schema = { $ref: `${AJV_DOC}${SCHEMA_REF}basic-error` }
const VALIDATION_ERROR: Schema = { $ref: `${AJV_DOC}${SCHEMA_REF}validation-error` }

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Resolve a non-schema `$ref` (parameters, responses, request bodies, headers) against the description. */
function resolveRef(raw: RawSpec, value: unknown): unknown {
  let v = value
  for (let i = 0; i < 10 && isObject(v) && typeof v.$ref === 'string' && !v.$ref.startsWith(SCHEMA_REF); i++) {
    const [, , section, name] = v.$ref.split('/')
    v = raw.components[section ?? '']?.[name ?? '']
    if (v === undefined) throw new Error(`unresolvable $ref ${String((value as Schema).$ref)}`)
  }
  return v
}

/**
 * Copy a schema: point `$ref`s at the shared components document, drop documentation-only
 * keywords, and turn OpenAPI 3.0 `nullable` without `type` (which Ajv rejects) into `anyOf [.., null]`
 * (and a nullable `enum` into one that lists null).
 */
function copySchema(schema: unknown, refs: Set<string>, inComponents: boolean): Json {
  if (Array.isArray(schema)) return schema.map((s) => copySchema(s, refs, inComponents))
  if (!isObject(schema)) return schema as Json
  const out: Schema = {}
  for (const [k, v] of Object.entries(schema)) {
    // Property names live under `properties` (copied by copyProperties): here these are keywords.
    if (k === 'description' || k === 'example' || k === 'examples' || k === 'externalDocs' || k.startsWith('x-'))
      continue
    if (k === '$ref' && typeof v === 'string') {
      if (!v.startsWith(SCHEMA_REF)) throw new Error(`unexpected $ref in schema: ${v}`)
      refs.add(v.slice(SCHEMA_REF.length))
      out.$ref = inComponents ? v : `${AJV_DOC}${v}`
      continue
    }
    out[k] =
      k === 'properties' && isObject(v) ? copyProperties(v, refs, inComponents) : copySchema(v, refs, inComponents)
  }
  // OpenAPI 3.0.3: `nullable` adds null to an `enum` too (a check run's `conclusion` is null while it runs).
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable
    return { anyOf: [out, { type: 'null' }] }
  }
  return out
}

function copyProperties(props: Record<string, unknown>, refs: Set<string>, inComponents: boolean): Schema {
  const out: Schema = {}
  for (const [name, s] of Object.entries(props)) out[name] = copySchema(s, refs, inComponents)
  return out
}

function templateRegex(prefix: string, template: string, params: ParamDef[]): { regex: RegExp; names: string[] } {
  const names: string[] = []
  const source = template.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '{' || c === '}' ? c : `\\${c}`))
  const pattern = source.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    names.push(name)
    return params.find((p) => p.name === name)?.multiSegment ? '(.+)' : '([^/]+)'
  })
  return { regex: new RegExp(`^${prefix.replace(/\//g, '\\/')}${pattern}$`), names }
}

export type OperationSpec = readonly [method: string, template: string, prefix?: string]

export class Spec {
  readonly operations: OperationDef[] = []
  private readonly ajv: Ajv
  private readonly cache = new WeakMap<object, ValidateFunction>()

  constructor(wanted: readonly OperationSpec[]) {
    const raw = loadRaw()
    const refs = new Set<string>()
    for (const [method, template, prefix = ''] of wanted) {
      const op = raw.paths[template]?.[method.toLowerCase()]
      if (!op) throw new Error(`the description has no ${method} ${template}`)
      const params: ParamDef[] = ((op.parameters as unknown[] | undefined) ?? []).map((p) => {
        const param = resolveRef(raw, p) as Schema
        return {
          name: String(param.name),
          in: param.in as ParamDef['in'],
          required: param.required === true,
          schema: copySchema(param.schema ?? {}, refs, false) as Schema,
          multiSegment: param['x-multi-segment'] === true
        }
      })
      let requestBody: OperationDef['requestBody']
      const rb = resolveRef(raw, op.requestBody) as Schema | undefined
      if (rb) {
        const content: Record<string, Schema | undefined> = {}
        for (const [type, media] of Object.entries((rb.content ?? {}) as Record<string, Schema>)) {
          content[type] = media.schema ? (copySchema(media.schema, refs, false) as Schema) : undefined
        }
        requestBody = { required: rb.required === true, content }
      }
      const responses = new Map<string, Record<string, Schema | undefined>>()
      for (const [status, r] of Object.entries((op.responses ?? {}) as Record<string, unknown>)) {
        const res = resolveRef(raw, r) as Schema
        const content: Record<string, Schema | undefined> = {}
        for (const [type, media] of Object.entries((res.content ?? {}) as Record<string, Schema>)) {
          content[type] = media.schema ? (copySchema(media.schema, refs, false) as Schema) : undefined
        }
        responses.set(status, content)
      }
      const { regex, names } = templateRegex(prefix, template, params)
      this.operations.push({
        key: `${method.toUpperCase()} ${template}`,
        method: method.toUpperCase(),
        template,
        prefix,
        operationId: String(op.operationId),
        docsUrl: String((op.externalDocs as Schema | undefined)?.url ?? 'https://docs.github.com/rest'),
        params,
        requestBody,
        responses,
        regex,
        pathParamNames: names
      })
    }
    // The generic error bodies every endpoint may answer with.
    refs.add('basic-error')
    refs.add('validation-error')

    // Transitive closure of the referenced component schemas.
    const schemas: Schema = {}
    const pending = [...refs]
    while (pending.length > 0) {
      const name = pending.pop()!
      if (name in schemas) continue
      const found = new Set<string>()
      schemas[name] = copySchema(raw.components.schemas?.[name], found, true)
      for (const f of found) if (!(f in schemas)) pending.push(f)
    }
    applyDeviations(schemas)

    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false })
    const addFormats = (formatsModule as unknown as { default: (ajv: Ajv) => Ajv }).default
    addFormats(this.ajv)
    const uri = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i
    this.ajv.addFormat('uri', (s: string) => s === '' || uri.test(s))
    this.ajv.addFormat('timestamp', true)
    this.ajv.addSchema({ $id: AJV_DOC, components: { schemas } })
    // Literal segments win over parameters (`/releases/tags/{tag}` before `/releases/{release_id}/assets`).
    this.operations.sort((a, b) => literalWeight(b) - literalWeight(a))
  }

  /** Find the operation for a request path; `methods` lists the methods the path has when none matched. */
  match(
    method: string,
    pathname: string
  ): { op: OperationDef; pathParams: Record<string, string> } | { methods: string[] } {
    const methods: string[] = []
    for (const op of this.operations) {
      const m = op.regex.exec(pathname)
      if (!m) continue
      if (op.method !== method) {
        methods.push(op.method)
        continue
      }
      const pathParams: Record<string, string> = {}
      op.pathParamNames.forEach((name, i) => {
        pathParams[name] = safeDecode(m[i + 1] ?? '')
      })
      return { op, pathParams }
    }
    return { methods }
  }

  /** Validate path and query parameters; returns the coerced values and the errors found. */
  validateParams(
    op: OperationDef,
    pathParams: Record<string, string>,
    query: URLSearchParams
  ): { values: Record<string, unknown>; pathErrors: string[]; queryErrors: string[]; unknownQuery: string[] } {
    const values: Record<string, unknown> = {}
    const pathErrors: string[] = []
    const queryErrors: string[] = []
    for (const p of op.params) {
      const raw = p.in === 'path' ? pathParams[p.name] : p.in === 'query' ? (query.get(p.name) ?? undefined) : undefined
      if (p.in !== 'path' && p.in !== 'query') continue
      const errors = p.in === 'path' ? pathErrors : queryErrors
      if (raw === undefined) {
        if (p.required) errors.push(`${p.in} parameter "${p.name}" is required`)
        continue
      }
      const value = coerce(raw, p.schema)
      const problems = this.check(p.schema, value)
      if (problems.length > 0) errors.push(...problems.map((e) => `${p.in} parameter "${p.name}"${e}`))
      else values[p.name] = value
    }
    const known = new Set(op.params.filter((p) => p.in === 'query').map((p) => p.name))
    const unknownQuery = [...new Set(query.keys())].filter((k) => !known.has(k))
    return { values, pathErrors, queryErrors, unknownQuery }
  }

  /** Validate a parsed JSON request body; `unknown` lists top-level properties the schema does not name. */
  validateJsonBody(op: OperationDef, body: unknown): { errors: string[]; unknown: string[] } {
    const schema = op.requestBody?.content['application/json']
    if (!schema) return { errors: [], unknown: [] }
    const errors = this.check(schema, body).map((e) => `body${e}`)
    const props = schema.properties
    const unknown =
      isObject(body) && isObject(props) && schema.additionalProperties === undefined
        ? Object.keys(body).filter((k) => !(k in props))
        : []
    return { errors, unknown }
  }

  /** Check a response against the description; returns the problems (empty when it conforms). */
  validateResponse(
    op: OperationDef | undefined,
    status: number,
    mediaType: string,
    body: unknown,
    hasBody: boolean
  ): string[] {
    const code = String(status)
    const defined = op?.responses.get(code) ?? (op ? undefined : {})
    if (defined === undefined) {
      if (!GENERIC_ERROR_STATUSES.has(code)) return [`status ${code} is not described for ${op?.key}`]
      if (!hasBody || code === '304') return []
      return this.check(code === '422' ? VALIDATION_ERROR : BASIC_ERROR, body).map((e) => `${code} body${e}`)
    }
    const types = Object.keys(defined)
    if (!hasBody) return []
    if (types.length === 0) {
      // Undescribed bodies (e.g. 422 "asset exists" on uploads, 409 on deployments) carry the usual error shape.
      if (mediaType === 'application/json' && status >= 400) {
        return this.check(code === '422' ? VALIDATION_ERROR : BASIC_ERROR, body).map((e) => `${code} body${e}`)
      }
      return [`status ${code} of ${op?.key} has no body in the description, sent ${mediaType}`]
    }
    if (!(mediaType in defined)) return [`media type ${mediaType} is not described for ${code} of ${op?.key}`]
    const schema = defined[mediaType]
    return schema ? this.check(schema, body).map((e) => `${code} body${e}`) : []
  }

  private check(schema: Schema, value: unknown): string[] {
    let validate = this.cache.get(schema)
    if (!validate) {
      validate = this.ajv.compile(schema)
      this.cache.set(schema, validate)
    }
    if (validate(value)) return []
    return formatErrors(validate.errors ?? [])
  }
}

function formatErrors(errors: ErrorObject[]): string[] {
  // anyOf/oneOf produce one error per branch; keep the messages short but complete.
  return errors.slice(0, 12).map((e) => {
    const extra =
      e.keyword === 'enum' ? ` ${JSON.stringify((e.params as { allowedValues: unknown }).allowedValues)}` : ''
    return `${e.instancePath} ${e.message ?? e.keyword}${extra}`
  })
}

function literalWeight(op: OperationDef): number {
  return op.template.replace(/\{[^}]+\}/g, '').length + op.prefix.length
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** Turn a query/path string into the type its schema asks for (left as is when it does not parse). */
function coerce(raw: string, schema: Schema): unknown {
  const types: string[] = []
  const collect = (s: unknown): void => {
    if (!isObject(s)) return
    if (typeof s.type === 'string') types.push(s.type)
    for (const k of ['oneOf', 'anyOf', 'allOf'] as const) {
      const list = s[k]
      if (Array.isArray(list)) list.forEach(collect)
    }
  }
  collect(schema)
  for (const t of types) {
    if ((t === 'integer' || t === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw)
    if (t === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true'
    if (t === 'string') return raw
  }
  return raw
}

function applyDeviations(schemas: Schema): void {
  const asset = schemas['release-asset'] as { properties?: { state?: { enum?: string[] } } } | undefined
  const state = asset?.properties?.state
  if (state?.enum && !state.enum.includes('starter')) state.enum.push('starter')
}

let shared: Spec | undefined
let sharedKey = ''
/** One `Spec` per process (per operation list). */
export function getSpec(wanted: readonly OperationSpec[]): Spec {
  const key = JSON.stringify(wanted)
  if (!shared || sharedKey !== key) {
    shared = new Spec(wanted)
    sharedKey = key
  }
  return shared
}
