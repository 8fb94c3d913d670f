// Field ownership (metadata.managedFields, FieldsV1) and server-side apply, modelled on
// sigs.k8s.io/structured-merge-diff: a write of any kind makes its manager the owner of the fields
// it changed; an apply owns exactly what it sent, conflicts with other owners of a different value,
// and removes what it stops sending when nobody else owns it.
import { isAtomicMap, listSchema } from './schema.js'
import { clone, deepEqual, isMap, type Obj } from './util.js'

/** A path of FieldsV1 keys: `f:spec`, `k:{"name":"web"}`, `v:"x"`, `.` (the list element itself). */
export type FieldPath = string[]
export type FieldSet = Map<string, FieldPath>

const keyOf = (p: FieldPath) => JSON.stringify(p)
const addPath = (s: FieldSet, p: FieldPath) => s.set(keyOf(p), p)

/** Metadata the API sets itself: never owned. */
const UNOWNED_META = new Set([
  'name',
  'namespace',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'managedFields',
  'selfLink',
  'deletionTimestamp',
  'deletionGracePeriodSeconds'
])

function join(path: string, k: string) {
  return path ? `${path}.${k}` : k
}

function elementKey(kind: string, path: string, el: Obj): Obj {
  const ls = listSchema(kind, path)
  const key: Obj = {}
  for (const k of [...(ls.keys ?? [])].sort()) {
    const v = el[k] ?? ls.keyDefaults?.[k]
    if (v !== undefined) key[k] = v
  }
  return key
}

/** The fields set in `obj`: `scope` main (no status) or status (only status). */
export function fieldsOf(kind: string, obj: Obj, scope: 'main' | 'status' = 'main'): FieldSet {
  const out: FieldSet = new Map()
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'apiVersion' || k === 'kind' || v === undefined) continue
    if ((k === 'status') !== (scope === 'status')) continue
    if (k === 'metadata' && isMap(v)) {
      for (const [mk, mv] of Object.entries(v)) {
        if (UNOWNED_META.has(mk) || mv === undefined) continue
        walk(kind, mv, `metadata.${mk}`, ['f:metadata', `f:${mk}`], out)
      }
      continue
    }
    walk(kind, v, k, [`f:${k}`], out)
  }
  return out
}

function walk(kind: string, v: unknown, path: string, fp: FieldPath, out: FieldSet): void {
  if (v === null || v === undefined) return
  if (isMap(v)) {
    if (Object.keys(v).length === 0 || isAtomicMap(kind, path)) return void addPath(out, fp)
    for (const [k, x] of Object.entries(v)) walk(kind, x, join(path, k), [...fp, `f:${k}`], out)
    return
  }
  if (Array.isArray(v)) {
    const ls = listSchema(kind, path)
    if (ls.keys) {
      for (const el of v) {
        if (!isMap(el)) continue
        const ep = [...fp, `k:${JSON.stringify(elementKey(kind, path, el))}`]
        addPath(out, [...ep, '.'])
        for (const [k, x] of Object.entries(el)) walk(kind, x, join(path, k), [...ep, `f:${k}`], out)
      }
    } else if (ls.set) {
      for (const el of v) addPath(out, [...fp, `v:${JSON.stringify(el)}`])
    } else addPath(out, fp)
    return
  }
  addPath(out, fp)
}

/** FieldsV1 JSON of a set. */
export function toFieldsV1(s: FieldSet): Obj {
  const root: Obj = {}
  for (const p of s.values()) {
    let cur = root
    for (const k of p) cur = cur[k] ??= {}
  }
  return root
}

export function fromFieldsV1(tree: Obj | undefined): FieldSet {
  const out: FieldSet = new Map()
  const rec = (node: Obj, fp: FieldPath) => {
    const keys = Object.keys(node)
    if (keys.length === 0 && fp.length > 0) return void addPath(out, fp)
    for (const k of keys) {
      if (k === '.') addPath(out, [...fp, '.'])
      else rec(isMap(node[k]) ? node[k] : {}, [...fp, k])
    }
  }
  if (tree) rec(tree, [])
  return out
}

/** The value at a field path, and the schema path it lives at. */
function locate(kind: string, obj: Obj, fp: FieldPath): { found: boolean; value?: unknown } {
  let cur: unknown = obj
  let path = ''
  for (const k of fp) {
    if (k === '.') return { found: cur !== undefined, value: cur }
    if (k.startsWith('f:')) {
      if (!isMap(cur) || !(k.slice(2) in cur)) return { found: false }
      cur = cur[k.slice(2)]
      path = join(path, k.slice(2))
    } else if (k.startsWith('k:')) {
      if (!Array.isArray(cur)) return { found: false }
      const want = JSON.parse(k.slice(2)) as Obj
      cur = cur.find((el) => isMap(el) && deepEqual(elementKey(kind, path, el), want))
      if (cur === undefined) return { found: false }
    } else if (k.startsWith('v:')) {
      if (!Array.isArray(cur)) return { found: false }
      const want = JSON.parse(k.slice(2)) as unknown
      cur = cur.find((el) => deepEqual(el, want))
      if (cur === undefined) return { found: false }
    }
  }
  return { found: true, value: cur }
}

/** Removes the field at `fp` (a whole list element for `.` and `v:` paths). */
function removeAt(kind: string, obj: Obj, fp: FieldPath): void {
  let cur: unknown = obj
  let path = ''
  const target = fp[fp.length - 1] === '.' ? fp.slice(0, -1) : fp
  for (let i = 0; i < target.length; i++) {
    const k = target[i]!
    const last = i === target.length - 1
    if (k.startsWith('f:')) {
      if (!isMap(cur)) return
      if (last) return void delete cur[k.slice(2)]
      cur = cur[k.slice(2)]
      path = join(path, k.slice(2))
    } else if (k.startsWith('k:') || k.startsWith('v:')) {
      if (!Array.isArray(cur)) return
      const want = JSON.parse(k.slice(2)) as unknown
      const idx = cur.findIndex((el) =>
        k.startsWith('k:') ? isMap(el) && deepEqual(elementKey(kind, path, el), want) : deepEqual(el, want)
      )
      if (idx < 0) return
      if (last) return void cur.splice(idx, 1)
      cur = cur[idx]
    }
  }
}

/** `.spec.template.spec.containers[name="web"].image`: how the API prints a field path. */
export function pathString(fp: FieldPath): string {
  let s = ''
  for (const k of fp) {
    if (k === '.') continue
    if (k.startsWith('f:')) s += `.${k.slice(2)}`
    else if (k.startsWith('k:')) {
      const o = JSON.parse(k.slice(2)) as Obj
      s += `[${Object.entries(o)
        .map(([a, b]) => `${a}=${JSON.stringify(b)}`)
        .join(',')}]`
    } else if (k.startsWith('v:')) s += `[=${k.slice(2)}]`
  }
  return s
}

// ---- managedFields entries -------------------------------------------------------------------------

export interface ManagedEntry {
  manager: string
  operation: 'Apply' | 'Update'
  apiVersion: string
  time: string
  fieldsType: 'FieldsV1'
  fieldsV1: Obj
  subresource?: string
}

interface Entry {
  e: ManagedEntry
  set: FieldSet
}

const load = (obj: Obj): Entry[] =>
  ((obj['metadata']?.['managedFields'] ?? []) as ManagedEntry[]).map((e) => ({
    e: clone(e),
    set: fromFieldsV1(e.fieldsV1)
  }))

function store(obj: Obj, entries: Entry[]): void {
  const kept = entries.filter((x) => x.set.size > 0)
  obj['metadata'] ??= {}
  obj['metadata']['managedFields'] = kept.map((x) => ({ ...x.e, fieldsV1: toFieldsV1(x.set) }))
  if (kept.length === 0) delete obj['metadata']['managedFields']
}

const same = (e: ManagedEntry, manager: string, op: string, sub?: string) =>
  e.manager === manager && e.operation === op && (e.subresource ?? '') === (sub ?? '')

/**
 * Records a non-apply write (create, update, patch) by `manager` on `after`: it owns what it
 * changed, and nobody owns what it changed or removed any more.
 */
export function recordUpdate(
  kind: string,
  before: Obj | undefined,
  after: Obj,
  manager: string,
  apiVersion: string,
  time: string,
  subresource?: string
): void {
  const scope = subresource === 'status' ? 'status' : 'main'
  const entries = load(after)
  const old = before ? fieldsOf(kind, before, scope) : new Map()
  const now = fieldsOf(kind, after, scope)
  const changed: FieldSet = new Map()
  for (const [k, p] of now) {
    if (!old.has(k) || !deepEqual(locate(kind, before!, p).value, locate(kind, after, p).value)) changed.set(k, p)
  }
  const removed = [...old.keys()].filter((k) => !now.has(k))
  if (changed.size === 0 && removed.length === 0) return store(after, entries)
  for (const x of entries) {
    for (const k of removed) x.set.delete(k)
    if (!same(x.e, manager, 'Update', subresource)) for (const k of changed.keys()) x.set.delete(k)
  }
  let mine = entries.find((x) => same(x.e, manager, 'Update', subresource))
  if (!mine) {
    mine = {
      e: {
        manager,
        operation: 'Update',
        apiVersion,
        time,
        fieldsType: 'FieldsV1',
        fieldsV1: {},
        ...(subresource ? { subresource } : {})
      },
      set: new Map()
    }
    entries.push(mine)
  }
  mine.e.time = time
  mine.e.apiVersion = apiVersion
  for (const [k, p] of changed) mine.set.set(k, p)
  store(after, entries)
}

export interface Conflict {
  manager: string
  /** How the API prints the manager: `"kubectl-edit" using apps/v1`, or `"x"` for an applier. */
  printed: string
  path: FieldPath
}

/** Merges an applied configuration into `current` (maps merged, keyed lists merged, others replaced). */
function mergeApplied(kind: string, path: string, cur: unknown, app: unknown): unknown {
  if (isMap(app)) {
    if (isAtomicMap(kind, path)) return clone(app)
    const out: Obj = isMap(cur) ? clone(cur) : {}
    for (const [k, v] of Object.entries(app)) {
      if (v === null) continue
      out[k] = mergeApplied(kind, join(path, k), out[k], v)
    }
    return out
  }
  if (Array.isArray(app)) {
    const ls = listSchema(kind, path)
    if (ls.keys) {
      const out = Array.isArray(cur) ? cur.map((x) => clone(x)) : []
      for (const el of app) {
        if (!isMap(el)) continue
        const key = elementKey(kind, path, el)
        const i = out.findIndex((x) => isMap(x) && deepEqual(elementKey(kind, path, x), key))
        if (i >= 0) out[i] = mergeApplied(kind, path, out[i], el)
        else out.push(mergeApplied(kind, path, undefined, el))
      }
      return out
    }
    if (ls.set) {
      const out = Array.isArray(cur) ? [...cur] : []
      for (const v of app) if (!out.some((x) => deepEqual(x, v))) out.push(clone(v))
      return out
    }
    return clone(app)
  }
  return app
}

export type ApplyResult = { object: Obj; conflicts?: undefined } | { conflicts: Conflict[]; object?: undefined }

/**
 * Server-side apply of `applied` (the intent, without status) onto `current` (undefined: a
 * create). The result still needs defaults, validation and the API's own metadata.
 */
export function serverSideApply(
  kind: string,
  current: Obj | undefined,
  applied: Obj,
  manager: string,
  apiVersion: string,
  time: string,
  force: boolean
): ApplyResult {
  const base: Obj = current ? clone(current) : { metadata: {} }
  const entries = load(base)
  const intent = clone(applied)
  delete intent['status']
  const A = fieldsOf(kind, intent)
  const conflicts: Conflict[] = []
  if (current) {
    for (const x of entries) {
      if (same(x.e, manager, 'Apply') || x.e.subresource === 'status') continue
      for (const [k, p] of A) {
        if (p[p.length - 1] === '.' || !x.set.has(k)) continue
        if (deepEqual(locate(kind, current, p).value, locate(kind, intent, p).value)) continue
        conflicts.push({
          manager: x.e.manager,
          printed:
            `"${x.e.manager}"` +
            (x.e.subresource ? ` with subresource "${x.e.subresource}"` : '') +
            (x.e.operation === 'Update' ? ` using ${x.e.apiVersion}` : ''),
          path: p
        })
      }
    }
  }
  if (conflicts.length > 0 && !force) return { conflicts }
  if (force)
    for (const c of conflicts) for (const x of entries) if (!same(x.e, manager, 'Apply')) x.set.delete(keyOf(c.path))

  const status = base['status']
  const merged = mergeApplied(kind, '', { ...base, status: undefined }, intent) as Obj
  if (status !== undefined) merged['status'] = status
  else delete merged['status']

  let mine = entries.find((x) => same(x.e, manager, 'Apply'))
  const previous = mine?.set ?? new Map<string, FieldPath>()
  const others = entries.filter((x) => x !== mine && x.e.subresource !== 'status')
  const ownedByOthers = (p: FieldPath) => {
    const prefix = keyOf(p[p.length - 1] === '.' ? p.slice(0, -1) : p).slice(0, -1)
    return others.some((x) => [...x.set.keys()].some((k) => k === keyOf(p) || k.startsWith(`${prefix},`)))
  }
  const dropped = [...previous.entries()].filter(([k]) => !A.has(k)).map(([, p]) => p)
  dropped.sort((a, b) => b.length - a.length)
  for (const p of dropped) if (!ownedByOthers(p)) removeAt(kind, merged, p)

  if (!mine) {
    mine = {
      e: { manager, operation: 'Apply', apiVersion, time, fieldsType: 'FieldsV1', fieldsV1: {} },
      set: new Map()
    }
    entries.push(mine)
  }
  mine.e.time = time
  mine.e.apiVersion = apiVersion
  mine.set = A
  store(merged, entries)
  return { object: merged }
}

/** The 409 message of an apply conflict, as kube-apiserver words it. */
export function conflictMessage(conflicts: Conflict[]): string {
  if (conflicts.length === 1) {
    const c = conflicts[0]!
    return `Apply failed with 1 conflict: conflict with ${c.printed}: ${pathString(c.path)}`
  }
  const by = new Map<string, Conflict[]>()
  for (const c of conflicts) by.set(c.printed, [...(by.get(c.printed) ?? []), c])
  const lines: string[] = []
  for (const m of [...by.keys()].sort()) {
    lines.push(`conflicts with ${m}:`)
    for (const c of by.get(m)!) lines.push(`- ${pathString(c.path)}`)
  }
  return `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`
}
