// The object store (etcd plus the watch cache): one global resource version that every write
// raises, a bounded history of changes that watches resume from, and the open watches.
import { type Resource, resourceKey } from './schema.js'
import { clone, type Obj } from './util.js'

export type EventType = 'ADDED' | 'MODIFIED' | 'DELETED'

export interface Change {
  rv: number
  key: string
  type: EventType
  object: Obj
  prev?: Obj
}

export interface Watcher {
  key: string
  /** The object is one this watch selects (namespace, name, label and field selectors). */
  matches(obj: Obj): boolean
  send(type: EventType | 'BOOKMARK' | 'ERROR', obj: Obj): void
}

export class Store {
  rv: number
  /** A watch may resume from a resource version >= this; older ones answer 410. */
  resumableFrom: number
  private readonly objects = new Map<string, Map<string, Obj>>()
  private history: Change[] = []
  readonly watchers = new Set<Watcher>()

  constructor(private readonly historyLimit: number) {
    // Opaque numbers that do not start at 1, like etcd's revisions on a cluster that has lived.
    this.rv = 1000 + Math.floor(Math.random() * 9000)
    this.resumableFrom = this.rv
  }

  private bucket(res: Resource): Map<string, Obj> {
    const k = resourceKey(res)
    let b = this.objects.get(k)
    if (!b) this.objects.set(k, (b = new Map()))
    return b
  }

  get(res: Resource, ns: string, name: string): Obj | undefined {
    return this.bucket(res).get(`${ns}/${name}`)
  }

  list(res: Resource, ns?: string): Obj[] {
    const all = [...this.bucket(res).values()]
    return ns === undefined ? all : all.filter((o) => (o['metadata']?.['namespace'] ?? '') === ns)
  }

  /** Stores `obj` (its metadata.resourceVersion is set here) and tells the watches. */
  put(res: Resource, obj: Obj): Obj {
    const ns = obj['metadata']['namespace'] ?? ''
    const key = `${ns}/${obj['metadata']['name']}`
    const b = this.bucket(res)
    const prev = b.get(key)
    this.rv++
    obj['metadata']['resourceVersion'] = String(this.rv)
    b.set(key, obj)
    this.record({
      rv: this.rv,
      key: resourceKey(res),
      type: prev ? 'MODIFIED' : 'ADDED',
      object: clone(obj),
      ...(prev ? { prev: clone(prev) } : {})
    })
    return obj
  }

  remove(res: Resource, ns: string, name: string): Obj | undefined {
    const b = this.bucket(res)
    const prev = b.get(`${ns}/${name}`)
    if (!prev) return undefined
    b.delete(`${ns}/${name}`)
    this.rv++
    const gone = clone(prev)
    gone['metadata']['resourceVersion'] = String(this.rv)
    this.record({ rv: this.rv, key: resourceKey(res), type: 'DELETED', object: gone, prev: clone(prev) })
    return gone
  }

  private record(c: Change): void {
    this.history.push(c)
    while (this.history.length > this.historyLimit) {
      const old = this.history.shift()!
      this.resumableFrom = old.rv
    }
    for (const w of this.watchers) if (w.key === c.key) deliver(w, c)
  }

  /** Expires every resource version up to now: resuming from any of them answers 410. */
  compact(): void {
    this.history = []
    this.rv++
    this.resumableFrom = this.rv
  }

  /** The changes after `rv` (undefined when that version is compacted). */
  since(key: string, rv: number): Change[] | undefined {
    if (rv < this.resumableFrom) return undefined
    return this.history.filter((c) => c.key === key && c.rv > rv)
  }
}

/** Sends a change as a watch with selectors sees it: leaving the selection is a DELETED. */
export function deliver(w: Watcher, c: Change): void {
  const now = c.type !== 'DELETED' && w.matches(c.object)
  const before = c.prev !== undefined && w.matches(c.prev)
  if (c.type === 'DELETED') {
    if (before) w.send('DELETED', c.object)
  } else if (now && before) w.send('MODIFIED', c.object)
  else if (now) w.send('ADDED', c.object)
  else if (before) w.send('DELETED', c.object)
}
