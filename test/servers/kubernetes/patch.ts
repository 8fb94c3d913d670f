// The three patch formats besides apply: RFC 6902 JSON patch, RFC 7386 merge patch, and
// Kubernetes' strategic merge patch (lists merged by their key, `$patch` directives).
import { listSchema } from './schema.js'
import { clone, deepEqual, isMap, type Obj } from './util.js'

export class PatchError extends Error {}

// ---- RFC 6902 -------------------------------------------------------------------------------------

function pointer(p: string): string[] {
  if (p === '') return []
  if (!p.startsWith('/')) throw new PatchError(`invalid JSON pointer: "${p}"`)
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function parentOf(doc: unknown, path: string[], op: string, raw: string): { parent: Obj | unknown[]; key: string } {
  let cur: unknown = doc
  for (const k of path.slice(0, -1)) {
    if (Array.isArray(cur)) cur = cur[Number(k)]
    else if (isMap(cur)) cur = cur[k]
    else cur = undefined
    if (cur === undefined || cur === null)
      throw new PatchError(`${op} operation does not apply: doc is missing path: "${raw}": missing value`)
  }
  if (!Array.isArray(cur) && !isMap(cur))
    throw new PatchError(`${op} operation does not apply: doc is missing path: "${raw}": missing value`)
  return { parent: cur, key: path[path.length - 1] ?? '' }
}

function getAt(doc: unknown, raw: string, op: string): unknown {
  let cur = doc
  for (const k of pointer(raw)) {
    if (Array.isArray(cur)) cur = cur[Number(k)]
    else if (isMap(cur)) cur = cur[k]
    else cur = undefined
    if (cur === undefined)
      throw new PatchError(`${op} operation does not apply: doc is missing path: "${raw}": missing value`)
  }
  return cur
}

function arrayIndex(arr: unknown[], key: string, forAdd: boolean, raw: string): number {
  if (forAdd && key === '-') return arr.length
  if (!/^(0|[1-9]\d*)$/.test(key)) throw new PatchError(`Unable to access invalid index: ${key}`)
  const i = Number(key)
  if (i > arr.length || (!forAdd && i === arr.length))
    throw new PatchError(`unable to ${forAdd ? 'add' : 'access'} index ${i}: out of bounds: "${raw}"`)
  return i
}

function remove(doc: unknown, raw: string): unknown {
  const path = pointer(raw)
  const { parent, key } = parentOf(doc, path, 'remove', raw)
  if (Array.isArray(parent)) {
    const i = arrayIndex(parent, key, false, raw)
    return parent.splice(i, 1)[0]
  }
  if (!(key in parent))
    throw new PatchError(`remove operation does not apply: doc is missing path: "${raw}": missing value`)
  const v = parent[key]
  delete parent[key]
  return v
}

function add(doc: unknown, raw: string, value: unknown, op: string): unknown {
  const path = pointer(raw)
  if (path.length === 0) return value
  const { parent, key } = parentOf(doc, path, op, raw)
  if (Array.isArray(parent)) {
    const i = arrayIndex(parent, key, true, raw)
    if (op === 'replace') parent[i] = value
    else parent.splice(i, 0, value)
  } else {
    if (op === 'replace' && !(key in parent))
      throw new PatchError(`replace operation does not apply: doc is missing key: ${raw}: missing value`)
    parent[key] = value
  }
  return doc
}

export function jsonPatch(target: Obj, ops: unknown): Obj {
  if (!Array.isArray(ops)) throw new PatchError('json: cannot unmarshal object into Go value of type jsonpatch.Patch')
  let doc: unknown = clone(target)
  for (const o of ops) {
    if (!isMap(o)) throw new PatchError('json: cannot unmarshal into Go value of type jsonpatch.Operation')
    const op = String(o['op'])
    const path = String(o['path'] ?? '')
    switch (op) {
      case 'add':
        doc = add(doc, path, clone(o['value']), 'add')
        break
      case 'replace':
        if (!('value' in o)) throw new PatchError(`replace operation, missing value`)
        if (path !== '') getAt(doc, path, 'replace')
        doc = add(doc, path, clone(o['value']), 'replace')
        break
      case 'remove':
        remove(doc, path)
        break
      case 'move': {
        const v = remove(doc, String(o['from']))
        doc = add(doc, path, v, 'add')
        break
      }
      case 'copy':
        doc = add(doc, path, clone(getAt(doc, String(o['from']), 'copy')), 'add')
        break
      case 'test': {
        const cur = getAt(doc, path, 'test')
        if (!deepEqual(cur, o['value'])) throw new PatchError(`testing value ${path} failed: test failed`)
        break
      }
      default:
        throw new PatchError(`Unexpected kind: ${op}`)
    }
  }
  if (!isMap(doc)) throw new PatchError('the patched document is not an object')
  return doc
}

// ---- RFC 7386 -------------------------------------------------------------------------------------

export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isMap(patch)) return clone(patch)
  const out: Obj = isMap(target) ? clone(target) : {}
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k]
    else out[k] = mergePatch(out[k], v)
  }
  return out
}

// ---- strategic merge patch ---------------------------------------------------------------------

/** Applies a strategic merge patch to `target` (an object of built-in `kind`). */
export function strategicMerge(kind: string, target: Obj, patch: Obj): Obj {
  return mergeMap(kind, '', clone(target), patch)
}

function join(path: string, k: string) {
  return path ? `${path}.${k}` : k
}

function mergeMap(kind: string, path: string, target: Obj, patch: Obj): Obj {
  if (patch['$patch'] === 'replace') {
    const out = clone(patch)
    delete out['$patch']
    return out
  }
  if (patch['$patch'] === 'delete') return {}
  const retain = patch['$retainKeys']
  const out: Obj = target
  for (const [k, v] of Object.entries(patch)) {
    if (k === '$patch' || k === '$retainKeys') continue
    if (k.startsWith('$setElementOrder/')) continue
    if (k.startsWith('$deleteFromPrimitiveList/')) {
      const field = k.slice('$deleteFromPrimitiveList/'.length)
      if (Array.isArray(out[field]) && Array.isArray(v))
        out[field] = (out[field] as unknown[]).filter((x) => !v.some((d) => deepEqual(d, x)))
      continue
    }
    const p = join(path, k)
    if (v === null) {
      delete out[k]
    } else if (isMap(v)) {
      out[k] = mergeMap(kind, p, isMap(out[k]) ? out[k] : {}, v)
      if (v['$patch'] === 'delete') delete out[k]
    } else if (Array.isArray(v)) {
      out[k] = mergeList(kind, p, Array.isArray(out[k]) ? (out[k] as unknown[]) : [], v)
    } else {
      out[k] = clone(v)
    }
  }
  if (Array.isArray(retain)) for (const k of Object.keys(out)) if (!retain.includes(k)) delete out[k]
  return out
}

function mergeList(kind: string, path: string, target: unknown[], patch: unknown[]): unknown[] {
  const schema = listSchema(kind, path)
  if (schema.set) {
    const out = [...target]
    for (const v of patch) if (!out.some((x) => deepEqual(x, v))) out.push(clone(v))
    return out
  }
  const key = schema.mergeKey
  if (!key) {
    // Lists without a merge key are replaced, except for a `$patch: replace` marker element.
    return clone(patch.filter((v) => !(isMap(v) && v['$patch'] !== undefined && Object.keys(v).length === 1)))
  }
  if (patch.some((v) => isMap(v) && v['$patch'] === 'replace')) {
    return clone(patch.filter((v) => !(isMap(v) && v['$patch'] === 'replace')))
  }
  const out = target.map((x) => clone(x))
  for (const item of patch) {
    if (!isMap(item)) throw new PatchError(`${path}: expected a map in a list merged by ${key}`)
    const kv = item[key]
    if (kv === undefined)
      throw new PatchError(`map: ${JSON.stringify(item)} does not contain declared merge key: ${key}`)
    const i = out.findIndex((x) => isMap(x) && deepEqual(x[key], kv))
    if (item['$patch'] === 'delete') {
      if (i >= 0) out.splice(i, 1)
      continue
    }
    if (i >= 0) out[i] = mergeMap(kind, path, out[i] as Obj, item)
    else {
      const fresh = mergeMap(kind, path, {}, item)
      out.push(fresh)
    }
  }
  return out
}
