// Small helpers shared by the server's pieces: JSON values, times, names, selectors.
import { createHash, randomBytes } from 'node:crypto'

/** A Kubernetes object or any JSON map, as the API sends it. */
export type Obj = Record<string, any>

export const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T))

export const isMap = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const bb = b as unknown[]
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]))
  }
  const ka = Object.keys(a as Obj).filter((k) => (a as Obj)[k] !== undefined)
  const kb = Object.keys(b as Obj).filter((k) => (b as Obj)[k] !== undefined)
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Obj)[k], (b as Obj)[k]))
}

/** metav1.Time: RFC 3339 with seconds. */
export const rfc3339 = (ms: number = Date.now()) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
/** metav1.MicroTime. */
export const microTime = (ms: number = Date.now()) => new Date(ms).toISOString().replace(/Z$/, '000Z')

/** The alphabet of k8s.io/apimachinery/pkg/util/rand.SafeEncodeString (no vowels, no confusables). */
const SAFE = 'bcdfghjklmnpqrstvwxz2456789'
export function safeEncode(bytes: Buffer, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += SAFE[(bytes[i % bytes.length] ?? 0) % SAFE.length]
  return out
}
export const randomSuffix = (n = 5) => safeEncode(randomBytes(n), n)
export const hashOf = (v: unknown, n = 10) =>
  safeEncode(
    createHash('sha256')
      .update(JSON.stringify(canonical(v)))
      .digest(),
    n
  )

/** JSON with sorted keys, so equal values hash alike. */
export function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical)
  if (isMap(v))
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .filter((k) => v[k] !== undefined)
        .map((k) => [k, canonical(v[k])])
    )
  return v
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

// ---- label selectors (k8s.io/apimachinery/pkg/labels) -------------------------------------------

export type Requirement = { key: string; op: 'in' | 'notin' | 'exists' | '!' | '=' | '!='; values: string[] }

/** Parses `app=web,tier!=db,env in (a,b),!canary,track`; throws with the API's message. */
export function parseLabelSelector(s: string): Requirement[] {
  const out: Requirement[] = []
  const parts: string[] = []
  let depth = 0
  let cur = ''
  for (const ch of s) {
    if (ch === '(') depth++
    if (ch === ')') depth--
    if (ch === ',' && depth === 0) {
      parts.push(cur)
      cur = ''
    } else cur += ch
  }
  if (cur.trim() !== '') parts.push(cur)
  for (const raw of parts) {
    const p = raw.trim()
    let m: RegExpExecArray | null
    if ((m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(p))) {
      out.push({ key: m[1]!, op: m[2] as 'in', values: m[3]!.split(',').map((x) => x.trim()) })
    } else if ((m = /^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/.exec(p))) {
      out.push({ key: m[1]!, op: m[2] === '!=' ? '!=' : '=', values: [m[3]!] })
    } else if ((m = /^!\s*([\w./-]+)$/.exec(p))) {
      out.push({ key: m[1]!, op: '!', values: [] })
    } else if ((m = /^([\w./-]+)$/.exec(p))) {
      out.push({ key: m[1]!, op: 'exists', values: [] })
    } else {
      throw new Error(`unable to parse requirement: found '${p}', expected: identifier`)
    }
  }
  return out
}

export function matchesLabels(reqs: Requirement[], labels: Obj | undefined): boolean {
  const l = labels ?? {}
  return reqs.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key)
    const v = has ? String(l[r.key]) : undefined
    switch (r.op) {
      case '=':
      case 'in':
        return has && r.values.includes(v!)
      case '!=':
      case 'notin':
        return !has || !r.values.includes(v!)
      case 'exists':
        return has
      case '!':
        return !has
    }
  })
}

/** A LabelSelector object (matchLabels, matchExpressions) as requirements. */
export function selectorRequirements(sel: Obj | undefined): Requirement[] {
  const out: Requirement[] = []
  for (const [k, v] of Object.entries(sel?.['matchLabels'] ?? {})) out.push({ key: k, op: '=', values: [String(v)] })
  for (const e of (sel?.['matchExpressions'] ?? []) as Obj[]) {
    const op = String(e['operator'])
    const key = String(e['key'])
    const values = ((e['values'] ?? []) as unknown[]).map(String)
    if (op === 'In') out.push({ key, op: 'in', values })
    else if (op === 'NotIn') out.push({ key, op: 'notin', values })
    else if (op === 'Exists') out.push({ key, op: 'exists', values })
    else if (op === 'DoesNotExist') out.push({ key, op: '!', values })
  }
  return out
}

export const selectorString = (sel: Obj | undefined): string =>
  [
    ...Object.entries(sel?.['matchLabels'] ?? {}).map(([k, v]) => `${k}=${String(v)}`),
    ...((sel?.['matchExpressions'] ?? []) as Obj[]).map((e) =>
      e['operator'] === 'Exists'
        ? String(e['key'])
        : e['operator'] === 'DoesNotExist'
          ? `!${String(e['key'])}`
          : `${String(e['key'])} ${String(e['operator']).toLowerCase()} (${((e['values'] ?? []) as string[]).join(',')})`
    )
  ].join(',')

// ---- field selectors ------------------------------------------------------------------------------

export type FieldRequirement = { field: string; op: '=' | '!='; value: string }

export function parseFieldSelector(s: string): FieldRequirement[] {
  return s
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => {
      const m = /^([^=!]+?)\s*(==|=|!=)\s*(.*)$/.exec(p)
      if (!m) throw new Error(`invalid selector: '${p}'; can't understand '${p}'`)
      return { field: m[1]!, op: m[2] === '!=' ? '!=' : '=', value: m[3]! }
    })
}

export function getPath(obj: unknown, dotted: string): unknown {
  let cur: unknown = obj
  for (const k of dotted.split('.')) {
    if (!isMap(cur)) return undefined
    cur = cur[k]
  }
  return cur
}
