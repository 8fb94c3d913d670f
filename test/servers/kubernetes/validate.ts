// Every object the server receives or sends is checked against Kubernetes' own schemas (npm
// `kubernetes-models`, `@kubernetes-models/gateway-api`), plus the API server's own rules that no
// schema states (names, labels, selectors, immutable fields), and for fields no schema declares.
import { validate as scaleSchema } from 'kubernetes-models/_schemas/IoK8sApiAutoscalingV1Scale'
import { validate as deploymentSchema } from 'kubernetes-models/_schemas/IoK8sApiAppsV1Deployment'
import { validate as replicaSetSchema } from 'kubernetes-models/_schemas/IoK8sApiAppsV1ReplicaSet'
import { validate as ssarSchema } from 'kubernetes-models/_schemas/IoK8sApiAuthorizationV1SelfSubjectAccessReview'
import { validate as configMapSchema } from 'kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMap'
import { validate as eventSchema } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Event'
import { validate as namespaceSchema } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Namespace'
import { validate as podSchema } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Pod'
import { validate as secretSchema } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Secret'
import { validate as serviceSchema } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Service'
import { validate as statusSchema } from '@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1Status'
import { validate as gatewaySchema } from '@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1Gateway'
import { validate as httpRouteSchema } from '@kubernetes-models/gateway-api/_schemas/IoK8sSigsGatewayApiApisV1HTTPRoute'
import { isMap, type Obj, selectorRequirements, matchesLabels } from './util.js'

type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null }
interface AjvError {
  instancePath: string
  keyword: string
  params: Obj
  message?: string
}

const SCHEMAS: Record<string, Validator> = {
  Deployment: deploymentSchema,
  ReplicaSet: replicaSetSchema,
  Pod: podSchema,
  Service: serviceSchema,
  Event: eventSchema,
  ConfigMap: configMapSchema,
  Secret: secretSchema,
  Namespace: namespaceSchema,
  HTTPRoute: httpRouteSchema,
  Gateway: gatewaySchema,
  SelfSubjectAccessReview: ssarSchema,
  Scale: scaleSchema,
  Status: statusSchema
}

export interface Cause {
  reason: string
  message: string
  field: string
}

export interface Verdict {
  /** Decode errors (a value of the wrong type): the API answers 400 BadRequest. */
  decode: string[]
  /** Validation errors: 422 Invalid with these causes. */
  causes: Cause[]
  /** Fields no schema declares (`spec.foo`): dropped with a warning, or 400 with fieldValidation=Strict. */
  unknown: string[]
}

/** `/spec/template/spec/containers/0/image` → `spec.template.spec.containers[0].image`. */
export function fieldPath(pointer: string): string {
  let out = ''
  for (const seg of pointer.split('/').slice(1)) {
    const s = seg.replace(/~1/g, '/').replace(/~0/g, '~')
    out += /^\d+$/.test(s) ? `[${s}]` : out ? `.${s}` : s
  }
  return out
}

const goType = (v: unknown) =>
  Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v === 'object' ? 'object' : typeof v

function valueAt(obj: unknown, pointer: string): unknown {
  let cur = obj
  for (const seg of pointer.split('/').slice(1)) cur = isMap(cur) || Array.isArray(cur) ? (cur as Obj)[seg] : undefined
  return cur
}

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v))

/** Records which keys the compiled schema reads: keys of a map it never read are unknown to it. */
function tracked(
  v: unknown,
  path: string,
  seen: Array<{ v: Obj; path: string; read: Set<string>; all: () => boolean }>
): unknown {
  if (v === null || typeof v !== 'object') return v
  const read = new Set<string>()
  let all = false
  if (!Array.isArray(v)) seen.push({ v: v as Obj, path, read, all: () => all })
  const cache = new Map<string, unknown>()
  return new Proxy(v as Obj, {
    get(t, k) {
      if (typeof k !== 'string') return t[k as unknown as string]
      read.add(k)
      const x = t[k]
      if (x === null || typeof x !== 'object') return x
      if (!cache.has(k)) cache.set(k, tracked(x, Array.isArray(t) ? `${path}[${k}]` : path ? `${path}.${k}` : k, seen))
      return cache.get(k)
    },
    has(t, k) {
      if (typeof k === 'string') read.add(k)
      return k in t
    },
    ownKeys(t) {
      all = true
      return Reflect.ownKeys(t)
    }
  })
}

/** Free-form values: their keys are not fields. */
const FREE = [/^metadata\.managedFields\[\d+\]\.fieldsV1$/]

export function schemaCheck(kind: string, obj: unknown): Verdict {
  const verdict: Verdict = { decode: [], causes: [], unknown: [] }
  const fn = SCHEMAS[kind]
  if (!fn) return verdict
  const seen: Array<{ v: Obj; path: string; read: Set<string>; all: () => boolean }> = []
  fn(tracked(obj, '', seen))
  for (const e of fn.errors ?? []) {
    const field = fieldPath(e.instancePath)
    const value = valueAt(obj, e.instancePath)
    switch (e.keyword) {
      case 'type':
        verdict.decode.push(
          `json: cannot unmarshal ${goType(value)} into Go struct field ${kind}.${field} of type ${String(e.params['type'])}`
        )
        break
      case 'required': {
        const f = field ? `${field}.${String(e.params['missingProperty'])}` : String(e.params['missingProperty'])
        verdict.causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: f })
        break
      }
      case 'enum':
        verdict.causes.push({
          reason: 'FieldValueNotSupported',
          message: `Unsupported value: ${show(value)}: supported values: ${((e.params['allowedValues'] ?? []) as unknown[]).map((x) => show(x)).join(', ')}`,
          field
        })
        break
      case 'oneOf':
      case 'anyOf':
      case 'if':
        break
      default:
        verdict.causes.push({
          reason: 'FieldValueInvalid',
          message: `Invalid value: ${show(value)}: ${field} in body ${ajvWords(e)}`,
          field
        })
    }
  }
  for (const s of seen) {
    if (s.all() || FREE.some((re) => re.test(s.path))) continue
    for (const k of Object.keys(s.v)) if (!s.read.has(k)) verdict.unknown.push(s.path ? `${s.path}.${k}` : k)
  }
  return verdict
}

function ajvWords(e: AjvError): string {
  const p = e.params
  switch (e.keyword) {
    case 'maximum':
      return `should be less than or equal to ${String(p['limit'])}`
    case 'minimum':
      return `should be greater than or equal to ${String(p['limit'])}`
    case 'maxItems':
      return `must have at most ${String(p['limit'])} items`
    case 'minItems':
      return `should have at least ${String(p['limit'])} items`
    case 'maxLength':
      return `may not be longer than ${String(p['limit'])}`
    case 'minLength':
      return `should be at least ${String(p['limit'])} chars long`
    case 'pattern':
      return `should match '${String(p['pattern'])}'`
    default:
      return e.message ?? `fails ${e.keyword}`
  }
}

// ---- the API server's own rules -----------------------------------------------------------------

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/

const invalid = (field: string, value: unknown, why: string): Cause => ({
  reason: 'FieldValueInvalid',
  message: `Invalid value: ${show(value)}: ${why}`,
  field
})
const required = (field: string, detail?: string): Cause => ({
  reason: 'FieldValueRequired',
  message: detail ? `Required value: ${detail}` : 'Required value',
  field
})

function checkName(kind: string, name: unknown, out: Cause[]): void {
  if (typeof name !== 'string' || name === '') {
    out.push(required('metadata.name', 'name or generateName is required'))
    return
  }
  if (kind === 'Service' || kind === 'Namespace') {
    if (name.length > 63 || !DNS1035_LABEL.test(name))
      out.push(
        invalid(
          'metadata.name',
          name,
          "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"
        )
      )
  } else if (name.length > 253 || !DNS1123_SUBDOMAIN.test(name)) {
    out.push(
      invalid(
        'metadata.name',
        name,
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
      )
    )
  }
}

function checkLabels(field: string, labels: unknown, out: Cause[]): void {
  if (!isMap(labels)) return
  for (const [k, v] of Object.entries(labels)) {
    const name = k.includes('/') ? k.slice(k.indexOf('/') + 1) : k
    if (name.length > 63 || !QUALIFIED_NAME.test(name))
      out.push(
        invalid(
          field,
          k,
          "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"
        )
      )
    if (typeof v !== 'string') continue
    if (v.length > 63) out.push(invalid(field, v, 'must be no more than 63 characters'))
    else if (!LABEL_VALUE.test(v))
      out.push(
        invalid(
          field,
          v,
          "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
        )
      )
  }
}

function checkPodSpec(prefix: string, spec: Obj | undefined, out: Cause[], template: boolean): void {
  const containers = spec?.['containers']
  if (!Array.isArray(containers) || containers.length === 0) {
    out.push(required(`${prefix}.containers`))
    return
  }
  const names = new Set<string>()
  containers.forEach((c: Obj, i: number) => {
    const f = `${prefix}.containers[${i}]`
    const name = c?.['name']
    if (typeof name !== 'string' || name === '') out.push(required(`${f}.name`))
    else if (name.length > 63 || !DNS1123_LABEL.test(name))
      out.push(
        invalid(
          `${f}.name`,
          name,
          "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
        )
      )
    else if (names.has(name))
      out.push({ reason: 'FieldValueDuplicate', message: `Duplicate value: "${name}"`, field: `${f}.name` })
    if (typeof name === 'string') names.add(name)
    if (template && (typeof c?.['image'] !== 'string' || c['image'].trim() === '')) out.push(required(`${f}.image`))
    const ports = (c?.['ports'] ?? []) as Obj[]
    ports.forEach((p, j) => {
      const n = p?.['containerPort']
      if (typeof n === 'number' && (n < 1 || n > 65535))
        out.push(invalid(`${f}.ports[${j}].containerPort`, n, 'must be between 1 and 65535, inclusive'))
    })
  })
  if (template && spec?.['restartPolicy'] !== undefined && spec['restartPolicy'] !== 'Always')
    out.push({
      reason: 'FieldValueNotSupported',
      message: `Unsupported value: ${show(spec['restartPolicy'])}: supported values: "Always"`,
      field: `${prefix}.restartPolicy`
    })
}

const PERCENT = /^[0-9]+%$/

function intOrPercent(field: string, v: unknown, out: Cause[]): void {
  if (typeof v === 'string' && !PERCENT.test(v))
    out.push(
      invalid(
        field,
        v,
        "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"
      )
    )
  if (typeof v === 'number' && v < 0) out.push(invalid(field, v, 'must be greater than or equal to 0'))
}

const isZero = (v: unknown) => v === 0 || v === '0%'

function describeSelector(sel: Obj | undefined): string {
  const ml = Object.entries(sel?.['matchLabels'] ?? {})
    .map(([k, v]) => `"${k}":"${String(v)}"`)
    .join(', ')
  return `v1.LabelSelector{MatchLabels:map[string]string{${ml}}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}`
}

/** The rules of the API server's validation (pkg/apis/<group>/validation) that matter here. */
export function apiRules(kind: string, obj: Obj, old: Obj | undefined): Cause[] {
  const out: Cause[] = []
  const meta = (obj['metadata'] ?? {}) as Obj
  if (!old) checkName(kind, meta['name'], out)
  checkLabels('metadata.labels', meta['labels'], out)
  if (kind === 'Deployment' || kind === 'ReplicaSet') {
    const spec = (obj['spec'] ?? {}) as Obj
    const sel = spec['selector'] as Obj | undefined
    const tmplLabels = spec['template']?.['metadata']?.['labels'] as Obj | undefined
    if (typeof spec['replicas'] === 'number' && spec['replicas'] < 0)
      out.push(invalid('spec.replicas', spec['replicas'], 'must be greater than or equal to 0'))
    if (sel) {
      checkLabels('spec.selector.matchLabels', sel['matchLabels'], out)
      const reqs = selectorRequirements(sel)
      if (reqs.length === 0)
        out.push(invalid('spec.selector', describeSelector(sel), 'empty selector is invalid for deployment'))
      else if (!matchesLabels(reqs, tmplLabels))
        out.push(
          invalid(
            'spec.template.metadata.labels',
            `map[string]string{${Object.entries(tmplLabels ?? {})
              .map(([k, v]) => `"${k}":"${String(v)}"`)
              .join(', ')}}`,
            '`selector` does not match template `labels`'
          )
        )
    }
    checkLabels('spec.template.metadata.labels', tmplLabels, out)
    checkPodSpec('spec.template.spec', spec['template']?.['spec'], out, true)
    if (kind === 'Deployment') {
      const ru = spec['strategy']?.['rollingUpdate'] as Obj | undefined
      if (spec['strategy']?.['type'] === 'Recreate' && ru)
        out.push({
          reason: 'FieldValueForbidden',
          message: "Forbidden: may not be specified when strategy `type` is 'Recreate'",
          field: 'spec.strategy.rollingUpdate'
        })
      if (ru) {
        intOrPercent('spec.strategy.rollingUpdate.maxSurge', ru['maxSurge'], out)
        intOrPercent('spec.strategy.rollingUpdate.maxUnavailable', ru['maxUnavailable'], out)
        if (isZero(ru['maxSurge']) && isZero(ru['maxUnavailable']))
          out.push(
            invalid(
              'spec.strategy.rollingUpdate.maxUnavailable',
              ru['maxUnavailable'],
              'may not be 0 when `maxSurge` is 0'
            )
          )
      }
      const pds = spec['progressDeadlineSeconds']
      const mrs = spec['minReadySeconds'] ?? 0
      if (typeof pds === 'number' && pds <= mrs)
        out.push(invalid('spec.progressDeadlineSeconds', pds, 'must be greater than minReadySeconds'))
    }
    if (old && JSON.stringify(old['spec']?.['selector']) !== JSON.stringify(sel))
      out.push(invalid('spec.selector', describeSelector(sel), 'field is immutable'))
  }
  if (kind === 'Pod') checkPodSpec('spec', obj['spec'] as Obj, out, true)
  if (kind === 'Service') {
    const spec = (obj['spec'] ?? {}) as Obj
    const ports = spec['ports'] as Obj[] | undefined
    if ((spec['type'] ?? 'ClusterIP') !== 'ExternalName' && (!ports || ports.length === 0))
      out.push(required('spec.ports'))
    ;(ports ?? []).forEach((p, i) => {
      if (typeof p['port'] === 'number' && (p['port'] < 1 || p['port'] > 65535))
        out.push(invalid(`spec.ports[${i}].port`, p['port'], 'must be between 1 and 65535, inclusive'))
      if ((ports ?? []).length > 1 && !p['name']) out.push(required(`spec.ports[${i}].name`))
    })
    if (
      old &&
      old['spec']?.['clusterIP'] &&
      spec['clusterIP'] !== undefined &&
      spec['clusterIP'] !== old['spec']['clusterIP']
    )
      out.push(invalid('spec.clusterIP', spec['clusterIP'], 'field is immutable'))
  }
  return out
}
