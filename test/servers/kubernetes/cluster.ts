// The cluster's state and every write to it, from the API or from the controllers: defaults,
// uid and timestamps, generation, managedFields, resource versions, events.
import { randomUUID } from 'node:crypto'
import { applyDefaults } from './defaults.js'
import { recordUpdate } from './fields.js'
import { gv, type Resource, resourceForKind } from './schema.js'
import { Store } from './store.js'
import { clone, deepEqual, isMap, type Obj, randomSuffix, rfc3339 } from './util.js'

/** How a pod running an image behaves (keyed by the image string as written in the pod spec). */
export interface ImageBehaviour {
  digest?: string
  /** What containerStatuses[].imageID reports (default `<repository>@<digest>`). */
  imageId?: string
  pull?: 'ok' | 'notFound' | 'invalidName' | 'configError'
  /** CrashLoopBackOff: the container exits soon after each start. */
  crash?: boolean
  /** false: Running but never Ready (readiness probe fails). */
  ready?: boolean
  /**
   * What the data plane answers on /health: `{ failAfterMs }` turns unhealthy that long after the
   * pod became Ready; a function decides per request from the pod that answers (its labels say
   * which Deployment runs it).
   */
  health?: 'healthy' | 'unhealthy' | { failAfterMs: number } | ((pod: Obj) => 'healthy' | 'unhealthy')
  /** What the data plane answers on /version. */
  version?: string
  logs?: string[]
}

export interface ClusterOptions {
  readyMs: number
  deadlineScale: number
  historyLimit: number
}

export interface WriteOptions {
  manager: string
  subresource?: string
}

export class Cluster {
  readonly store: Store
  readonly images = new Map<string, ImageBehaviour>()
  readonly namespaces = new Set<string>()
  /** Pods made while seeding are backdated, so they are Ready at once. */
  seeding = false

  constructor(readonly opts: ClusterOptions) {
    this.store = new Store(opts.historyLimit)
  }

  now(): number {
    return Date.now()
  }

  ensureNamespace(ns: string): void {
    if (this.namespaces.has(ns)) return
    this.namespaces.add(ns)
    this.create(
      resourceForKind('Namespace'),
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } },
      { manager: 'kubectl-create' }
    )
  }

  get(kind: string, ns: string, name: string): Obj | undefined {
    return this.store.get(resourceForKind(kind), ns, name)
  }

  list(kind: string, ns?: string): Obj[] {
    return this.store.list(resourceForKind(kind), ns)
  }

  /** The object as stored, completed with the API's own metadata. Not validated here. */
  prepareCreate(res: Resource, input: Obj, ns: string | undefined): Obj {
    const obj = clone(input)
    obj['apiVersion'] = gv(res)
    obj['kind'] = res.kind
    const meta = (obj['metadata'] ??= {}) as Obj
    if (!meta['name'] && meta['generateName']) meta['name'] = `${String(meta['generateName'])}${randomSuffix()}`
    if (res.namespaced) meta['namespace'] = ns
    else delete meta['namespace']
    meta['uid'] = randomUUID()
    meta['creationTimestamp'] = rfc3339(this.now())
    if (res.generation) meta['generation'] = 1
    delete meta['resourceVersion']
    delete meta['deletionTimestamp']
    applyDefaults(res.kind, obj)
    return obj
  }

  /** Stores a prepared object as a create by `w.manager`. */
  commitCreate(res: Resource, obj: Obj, w: WriteOptions): Obj {
    if (obj['metadata']['managedFields'] === undefined)
      recordUpdate(res.kind, undefined, obj, w.manager, gv(res), rfc3339(this.now()), w.subresource)
    return this.store.put(res, obj)
  }

  create(res: Resource, input: Obj, w: WriteOptions): Obj {
    if (res.namespaced) this.ensureNamespace(input['metadata']?.['namespace'] ?? 'default')
    return this.commitCreate(res, this.prepareCreate(res, input, input['metadata']?.['namespace']), w)
  }

  /**
   * Completes an update of `before` into `after`: identity kept, generation raised when the spec
   * changed, status kept from before unless this is a status write.
   */
  prepareUpdate(res: Resource, before: Obj, input: Obj, subresource?: string): Obj {
    const after = clone(input)
    after['apiVersion'] = gv(res)
    after['kind'] = res.kind
    const meta = (after['metadata'] ??= {}) as Obj
    for (const k of ['name', 'namespace', 'uid', 'creationTimestamp', 'generation', 'deletionTimestamp'])
      if (before['metadata'][k] !== undefined) meta[k] = before['metadata'][k]
      else delete meta[k]
    if (meta['managedFields'] === undefined && before['metadata']['managedFields'])
      meta['managedFields'] = clone(before['metadata']['managedFields'])
    if (subresource === 'status') {
      // A status write changes only the status.
      const kept = clone(before)
      kept['status'] = after['status']
      kept['metadata']['managedFields'] = meta['managedFields']
      return kept
    }
    // Writes to the main resource never change the status.
    if (before['status'] !== undefined) after['status'] = clone(before['status'])
    else delete after['status']
    applyDefaults(res.kind, after)
    if (res.generation && !deepEqual(before['spec'], after['spec']))
      meta['generation'] = Number(before['metadata']['generation'] ?? 0) + 1
    return after
  }

  /** Stores a prepared update; false when nothing changed (no new resource version). */
  commitUpdate(res: Resource, before: Obj, after: Obj, w: WriteOptions, ownership = true): Obj {
    if (ownership) recordUpdate(res.kind, before, after, w.manager, gv(res), rfc3339(this.now()), w.subresource)
    const a = clone(after)
    const b = clone(before)
    delete a['metadata']['resourceVersion']
    delete b['metadata']['resourceVersion']
    if (deepEqual(a, b)) return before
    return this.store.put(res, after)
  }

  update(res: Resource, before: Obj, input: Obj, w: WriteOptions): Obj {
    return this.commitUpdate(res, before, this.prepareUpdate(res, before, input, w.subresource), w)
  }

  /** A controller's status write (only when the status changed). */
  setStatus(kind: string, obj: Obj, status: Obj, manager: string): Obj {
    if (deepEqual(obj['status'], status)) return obj
    const res = resourceForKind(kind)
    return this.update(res, obj, { ...obj, status }, { manager, subresource: 'status' })
  }

  /** A controller's write of the main resource (spec, annotations). */
  patch(kind: string, obj: Obj, change: (o: Obj) => void, manager = 'kube-controller-manager'): Obj {
    const res = resourceForKind(kind)
    const next = clone(obj)
    change(next)
    if (deepEqual(next, obj)) return obj
    return this.update(res, obj, next, { manager })
  }

  delete(kind: string, ns: string, name: string): Obj | undefined {
    const res = resourceForKind(kind)
    const gone = this.store.remove(res, ns, name)
    if (gone) this.onDelete?.(kind, gone)
    return gone
  }

  onDelete?: (kind: string, obj: Obj) => void

  // ---- events (core/v1 Event, counted like the kubelet's and controllers' recorders) ----------

  /** One occurrence, or `times` at once (probes a tick late): one object, its count raised. */
  event(
    involved: Obj,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
    component: string,
    times = 1
  ): void {
    const res = resourceForKind('Event')
    const ns = involved['metadata']['namespace'] ?? 'default'
    const uid = involved['metadata']['uid']
    const same = this.store
      .list(res, ns)
      .find((e) => e['involvedObject']['uid'] === uid && e['reason'] === reason && e['message'] === message)
    const at = rfc3339(this.now())
    if (same) {
      const next = clone(same)
      next['count'] = Number(same['count'] ?? 1) + times
      next['lastTimestamp'] = at
      this.commitUpdate(res, same, next, { manager: component }, false)
      return
    }
    const obj: Obj = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: {
        name: `${involved['metadata']['name']}.${(this.eventSeq++).toString(16).padStart(16, '0')}`,
        namespace: ns
      },
      involvedObject: {
        kind: involved['kind'],
        namespace: ns,
        name: involved['metadata']['name'],
        uid,
        apiVersion: involved['apiVersion'],
        resourceVersion: involved['metadata']['resourceVersion']
      },
      reason,
      message,
      source: { component, ...(component === 'kubelet' ? { host: 'node-1' } : {}) },
      firstTimestamp: at,
      lastTimestamp: at,
      count: times,
      type,
      eventTime: null,
      reportingComponent: component,
      reportingInstance: component === 'kubelet' ? 'node-1' : ''
    }
    if (isMap(involved['spec']) && involved['kind'] === 'Pod' && (involved['spec']['containers'] ?? []).length > 0) {
      const c = /container[: ]+"?([a-z0-9-]+)/.exec(message)?.[1]
      if (c) obj['involvedObject']['fieldPath'] = `spec.containers{${c}}`
    }
    this.create(res, obj, { manager: component })
  }

  private eventSeq = Math.floor(Math.random() * 2 ** 40)
}
