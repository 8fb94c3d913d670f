// kube-controller-manager's Deployment and ReplicaSet controllers, after
// pkg/controller/deployment (sync.go, rolling.go, recreate.go, progress.go, util) and
// pkg/controller/replicaset: one reconcile step per tick, so a rollout moves as on a cluster.
import type { Cluster } from './cluster.js'
import type { Kubelet } from './kubelet.js'
import { resourceForKind } from './schema.js'
import {
  clone,
  deepEqual,
  hashOf,
  matchesLabels,
  type Obj,
  randomSuffix,
  rfc3339,
  selectorRequirements
} from './util.js'

const MANAGER = 'kube-controller-manager'
const REVISION = 'deployment.kubernetes.io/revision'
const REVISION_HISTORY = 'deployment.kubernetes.io/revision-history'
const DESIRED = 'deployment.kubernetes.io/desired-replicas'
const MAX = 'deployment.kubernetes.io/max-replicas'
const HASH = 'pod-template-hash'
/** Annotations of a Deployment the controller does not copy to its ReplicaSets. */
const NOT_COPIED = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION,
  REVISION_HISTORY,
  DESIRED,
  MAX,
  'deprecated.deployment.rollback.to'
])

const replicasOf = (o: Obj) => Number(o['spec']?.['replicas'] ?? 0)
const st = (o: Obj, k: string) => Number(o['status']?.[k] ?? 0)
const revisionOf = (rs: Obj) => Number(rs['metadata']['annotations']?.[REVISION] ?? 0)
const byCreation = (a: Obj, b: Obj) =>
  String(a['metadata']['creationTimestamp']).localeCompare(String(b['metadata']['creationTimestamp'])) ||
  String(a['metadata']['name']).localeCompare(String(b['metadata']['name']))

function scaledValue(v: unknown, total: number, roundUp: boolean): number {
  if (typeof v === 'number') return v
  if (typeof v === 'string' && v.endsWith('%')) {
    const x = (Number(v.slice(0, -1)) * total) / 100
    return roundUp ? Math.ceil(x) : Math.floor(x)
  }
  return Number(v ?? 0)
}

/** maxSurge (rounded up) and maxUnavailable (rounded down); both 0 means 1 unavailable. */
export function fenceposts(d: Obj): { surge: number; unavailable: number } {
  const ru = d['spec']['strategy']?.['rollingUpdate'] ?? {}
  const desired = replicasOf(d)
  const surge = scaledValue(ru['maxSurge'] ?? '25%', desired, true)
  let unavailable = scaledValue(ru['maxUnavailable'] ?? '25%', desired, false)
  if (surge === 0 && unavailable === 0) unavailable = 1
  return { surge, unavailable }
}

function maxUnavailable(d: Obj): number {
  if (d['spec']['strategy']?.['type'] !== 'RollingUpdate' || replicasOf(d) === 0) return 0
  return Math.min(fenceposts(d).unavailable, replicasOf(d))
}

/** The pod template without the pod-template-hash label: what makes a ReplicaSet "the same". */
function templateKey(t: Obj): string {
  const c = clone(t)
  if (c['metadata']?.['labels']) delete c['metadata']['labels'][HASH]
  if (c['metadata']?.['labels'] && Object.keys(c['metadata']['labels']).length === 0) delete c['metadata']['labels']
  return JSON.stringify(hashInput(c))
}
function hashInput(v: unknown): unknown {
  return JSON.parse(
    JSON.stringify(v, (_k, x: unknown) =>
      x && typeof x === 'object' && !Array.isArray(x)
        ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
        : x
    )
  )
}

function setCondition(status: Obj, cond: Obj): void {
  const list = (status['conditions'] ?? []) as Obj[]
  const cur = list.find((c) => c['type'] === cond['type'])
  if (cur && cur['status'] === cond['status'] && cur['reason'] === cond['reason']) return
  if (cur && cur['status'] === cond['status']) cond['lastTransitionTime'] = cur['lastTransitionTime']
  status['conditions'] = [...list.filter((c) => c['type'] !== cond['type']), cond]
}

const getCondition = (status: Obj | undefined, type: string): Obj | undefined =>
  ((status?.['conditions'] ?? []) as Obj[]).find((c) => c['type'] === type)

/** Zero counters are omitted from the JSON (omitempty). */
function compact(status: Obj): Obj {
  for (const k of Object.keys(status)) if (status[k] === 0 || status[k] === undefined) delete status[k]
  return status
}

export class Controllers {
  /** When each Deployment last made progress (ms: the condition's lastUpdateTime has seconds only). */
  private readonly progressAt = new Map<string, number>()

  constructor(
    private readonly cluster: Cluster,
    private readonly kubelet: Kubelet
  ) {}

  tick(): void {
    for (const d of this.cluster.list('Deployment')) this.syncDeployment(d)
    for (const rs of this.cluster.list('ReplicaSet')) this.syncReplicaSet(rs)
    this.kubelet.tick()
    for (const rs of this.cluster.list('ReplicaSet')) this.replicaSetStatus(rs)
  }

  // ---- ReplicaSets ------------------------------------------------------------------------------

  podsOf(rs: Obj): Obj[] {
    const uid = rs['metadata']['uid']
    return this.cluster
      .list('Pod', rs['metadata']['namespace'])
      .filter((p) => ((p['metadata']['ownerReferences'] ?? []) as Obj[]).some((o) => o['uid'] === uid))
  }

  private syncReplicaSet(rs: Obj): void {
    const pods = this.podsOf(rs)
    const want = replicasOf(rs)
    const ns = rs['metadata']['namespace']
    if (pods.length < want) {
      for (let i = pods.length; i < want; i++) {
        const tmpl = clone(rs['spec']['template'] ?? {})
        const name = `${rs['metadata']['name']}-${randomSuffix(5)}`
        const pod = this.cluster.create(
          resourceForKind('Pod'),
          {
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: {
              ...(tmpl['metadata'] ?? {}),
              name,
              generateName: `${rs['metadata']['name']}-`,
              namespace: ns,
              ownerReferences: [
                {
                  apiVersion: 'apps/v1',
                  kind: 'ReplicaSet',
                  name: rs['metadata']['name'],
                  uid: rs['metadata']['uid'],
                  controller: true,
                  blockOwnerDeletion: true
                }
              ]
            },
            spec: {
              ...(tmpl['spec'] ?? {}),
              nodeName: 'node-1',
              serviceAccountName: tmpl['spec']?.['serviceAccountName'] ?? 'default'
            },
            status: { phase: 'Pending', qosClass: 'BestEffort' }
          },
          { manager: MANAGER }
        )
        this.kubelet.admit(pod)
        this.cluster.event(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${name}`, 'replicaset-controller')
      }
    } else if (pods.length > want) {
      // Delete the least useful first: not ready, then the newest.
      const order = [...pods].sort((a, b) => {
        const ra = this.kubelet.isReady(a) ? 1 : 0
        const rb = this.kubelet.isReady(b) ? 1 : 0
        return ra - rb || byCreation(b, a)
      })
      for (const p of order.slice(0, pods.length - want)) {
        this.cluster.delete('Pod', ns, p['metadata']['name'])
        this.cluster.event(
          rs,
          'Normal',
          'SuccessfulDelete',
          `Deleted pod: ${p['metadata']['name']}`,
          'replicaset-controller'
        )
      }
    }
  }

  private replicaSetStatus(rs: Obj): void {
    const pods = this.podsOf(rs)
    const minReady = Number(rs['spec']['minReadySeconds'] ?? 0) * 1000
    const now = this.cluster.now()
    const ready = pods.filter((p) => this.kubelet.isReady(p))
    const available = ready.filter((p) => {
      if (minReady === 0) return true
      const since = this.kubelet.pods.get(p['metadata']['uid'])?.readySince
      return since !== undefined && now - since >= minReady
    })
    const labels = rs['spec']['template']?.['metadata']?.['labels'] ?? {}
    const status = compact({
      replicas: pods.length,
      fullyLabeledReplicas: pods.filter((p) =>
        Object.entries(labels).every(([k, v]) => p['metadata']['labels']?.[k] === v)
      ).length,
      readyReplicas: ready.length,
      availableReplicas: available.length,
      observedGeneration: rs['metadata']['generation']
    })
    status['replicas'] = pods.length
    this.cluster.setStatus('ReplicaSet', rs, status, MANAGER)
  }

  // ---- Deployments -----------------------------------------------------------------------------

  replicaSetsOf(d: Obj): Obj[] {
    const uid = d['metadata']['uid']
    return this.cluster
      .list('ReplicaSet', d['metadata']['namespace'])
      .filter((rs) =>
        ((rs['metadata']['ownerReferences'] ?? []) as Obj[]).some((o) => o['uid'] === uid && o['controller'])
      )
  }

  private fresh(o: Obj): Obj {
    return this.cluster.get(o['kind'], o['metadata']['namespace'], o['metadata']['name']) ?? o
  }

  private scale(d: Obj, rs: Obj, to: number): Obj {
    const from = replicasOf(rs)
    const max = replicasOf(d) + (d['spec']['strategy']?.['type'] === 'RollingUpdate' ? fenceposts(d).surge : 0)
    const next = this.cluster.patch('ReplicaSet', rs, (o) => {
      o['spec']['replicas'] = to
      o['metadata']['annotations'] = {
        ...(o['metadata']['annotations'] ?? {}),
        [DESIRED]: String(replicasOf(d)),
        [MAX]: String(max)
      }
    })
    if (from !== to)
      this.cluster.event(
        d,
        'Normal',
        'ScalingReplicaSet',
        `Scaled ${to > from ? 'up' : 'down'} replica set ${rs['metadata']['name']} from ${from} to ${to}`,
        'deployment-controller'
      )
    return next
  }

  /** The ReplicaSet of the current template, made (or renumbered) when needed. */
  private newReplicaSet(d: Obj, all: Obj[], status: Obj, create: boolean): Obj | undefined {
    const key = templateKey(d['spec']['template'])
    const existing = all.find((rs) => templateKey(rs['spec']['template']) === key)
    const olds = all.filter((rs) => rs !== existing)
    const maxOld = Math.max(0, ...olds.map(revisionOf))
    const wanted = maxOld + 1
    if (existing) {
      let rs = existing
      const rev = revisionOf(rs)
      if (rev < wanted || rs['metadata']['annotations']?.[DESIRED] === undefined) {
        rs = this.cluster.patch('ReplicaSet', rs, (o) => {
          const a = (o['metadata']['annotations'] ??= {}) as Obj
          if (rev < wanted) {
            if (rev > 0) a[REVISION_HISTORY] = [a[REVISION_HISTORY], String(rev)].filter(Boolean).join(',')
            a[REVISION] = String(wanted)
          }
        })
      }
      if (d['spec']['progressDeadlineSeconds'] !== undefined && !getCondition(status, 'Progressing')) {
        this.setProgressing(
          d,
          status,
          'True',
          'FoundNewReplicaSet',
          `Found new replica set "${rs['metadata']['name']}"`
        )
      }
      return rs
    }
    if (!create) return undefined
    const hash = hashOf(key, 10)
    const tmpl = clone(d['spec']['template'])
    tmpl['metadata'] ??= {}
    tmpl['metadata']['labels'] = { ...(tmpl['metadata']['labels'] ?? {}), [HASH]: hash }
    const sel = clone(d['spec']['selector'])
    sel['matchLabels'] = { ...(sel['matchLabels'] ?? {}), [HASH]: hash }
    const annotations: Obj = {}
    for (const [k, v] of Object.entries(d['metadata']['annotations'] ?? {})) if (!NOT_COPIED.has(k)) annotations[k] = v
    const strategyRolling = d['spec']['strategy']?.['type'] === 'RollingUpdate'
    const newReplicas = strategyRolling ? this.newReplicaCount(d, all, 0) : replicasOf(d)
    annotations[DESIRED] = String(replicasOf(d))
    annotations[MAX] = String(replicasOf(d) + (strategyRolling ? fenceposts(d).surge : 0))
    annotations[REVISION] = String(wanted)
    const name = `${d['metadata']['name']}-${hash}`
    const rs = this.cluster.create(
      resourceForKind('ReplicaSet'),
      {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name,
          namespace: d['metadata']['namespace'],
          labels: tmpl['metadata']['labels'],
          annotations,
          ownerReferences: [
            {
              apiVersion: 'apps/v1',
              kind: 'Deployment',
              name: d['metadata']['name'],
              uid: d['metadata']['uid'],
              controller: true,
              blockOwnerDeletion: true
            }
          ]
        },
        spec: {
          replicas: newReplicas,
          ...(d['spec']['minReadySeconds'] ? { minReadySeconds: d['spec']['minReadySeconds'] } : {}),
          selector: sel,
          template: tmpl
        }
      },
      { manager: MANAGER }
    )
    if (newReplicas > 0)
      this.cluster.event(
        d,
        'Normal',
        'ScalingReplicaSet',
        `Scaled up replica set ${name} from 0 to ${newReplicas}`,
        'deployment-controller'
      )
    if (d['spec']['progressDeadlineSeconds'] !== undefined)
      this.setProgressing(d, status, 'True', 'NewReplicaSetCreated', `Created new replica set "${name}"`)
    return rs
  }

  private setProgressing(d: Obj, status: Obj, s: string, reason: string, message: string, force = false): void {
    const at = rfc3339(this.cluster.now())
    const cond: Obj = { type: 'Progressing', status: s, lastUpdateTime: at, lastTransitionTime: at, reason, message }
    const cur = getCondition(status, 'Progressing')
    if (force && cur) {
      if (cur['status'] === s) cond['lastTransitionTime'] = cur['lastTransitionTime']
      status['conditions'] = ((status['conditions'] ?? []) as Obj[]).filter((c) => c['type'] !== 'Progressing')
    }
    const before = getCondition(status, 'Progressing')
    setCondition(status, cond)
    if (getCondition(status, 'Progressing') !== before) this.progressAt.set(d['metadata']['uid'], this.cluster.now())
  }

  /** NewRSNewReplicas for a rolling update. */
  private newReplicaCount(d: Obj, all: Obj[], current: number): number {
    const { surge } = fenceposts(d)
    const total = all.reduce((n, rs) => n + replicasOf(rs), 0)
    const maxTotal = replicasOf(d) + surge
    if (total >= maxTotal) return current
    return current + Math.max(0, Math.min(maxTotal - total, replicasOf(d) - current))
  }

  private syncDeployment(d0: Obj): void {
    let d = d0
    const status: Obj = clone(d['status'] ?? {})
    const paused = d['spec']['paused'] === true
    let all = this.replicaSetsOf(d)
    let newRS = this.newReplicaSet(d, all, status, !paused)
    all = this.replicaSetsOf(d)
    if (newRS) newRS = all.find((rs) => rs['metadata']['uid'] === newRS!['metadata']['uid'])
    const olds = all.filter((rs) => rs !== newRS).sort(byCreation)
    const rev = newRS ? String(revisionOf(newRS)) : undefined
    if (rev && d['metadata']['annotations']?.[REVISION] !== rev)
      d = this.cluster.patch('Deployment', d, (o) => {
        o['metadata']['annotations'] = { ...(o['metadata']['annotations'] ?? {}), [REVISION]: rev }
      })

    if (paused) {
      // Only scaling while paused; no progress deadline.
      if (newRS && replicasOf(newRS) !== replicasOf(d) && olds.every((rs) => replicasOf(rs) === 0))
        this.scale(d, newRS, replicasOf(d))
      const at = rfc3339(this.cluster.now())
      setCondition(status, {
        type: 'Progressing',
        status: 'Unknown',
        lastUpdateTime: at,
        lastTransitionTime: at,
        reason: 'DeploymentPaused',
        message: 'Deployment is paused'
      })
      return this.writeStatus(
        d,
        this.calculate(
          d,
          all.map((x) => this.fresh(x)),
          newRS && this.fresh(newRS),
          status
        )
      )
    }
    if (getCondition(status, 'Progressing')?.['reason'] === 'DeploymentPaused') {
      this.setProgressing(d, status, 'Unknown', 'DeploymentResumed', 'Deployment is resumed')
    }

    if (!newRS) return
    if (d['spec']['strategy']?.['type'] === 'Recreate') this.recreate(d, olds, newRS)
    else this.rolling(d, olds, newRS)
    all = this.replicaSetsOf(d)
    newRS = all.find((rs) => rs['metadata']['uid'] === newRS!['metadata']['uid'])
    this.syncRolloutStatus(d, all, newRS, status)
  }

  private rolling(d: Obj, olds: Obj[], newRS: Obj): void {
    const all = [...olds, newRS]
    const replicas = replicasOf(d)
    // reconcileNewReplicaSet
    if (replicasOf(newRS) > replicas) return void this.scale(d, newRS, replicas)
    if (replicasOf(newRS) < replicas) {
      const n = this.newReplicaCount(d, all, replicasOf(newRS))
      if (n !== replicasOf(newRS)) return void this.scale(d, newRS, n)
    } else if (newRS['metadata']['annotations']?.[DESIRED] !== String(replicas)) {
      this.scale(d, newRS, replicas)
    }
    // reconcileOldReplicaSets
    const oldCount = olds.reduce((n, rs) => n + replicasOf(rs), 0)
    if (oldCount === 0) return
    const allCount = all.reduce((n, rs) => n + replicasOf(rs), 0)
    const minAvailable = replicas - maxUnavailable(d)
    const newUnavailable = replicasOf(newRS) - st(newRS, 'availableReplicas')
    const maxScaledDown = allCount - minAvailable - newUnavailable
    if (maxScaledDown <= 0) return
    // cleanupUnhealthyReplicas
    let cleaned = 0
    const current = olds.map((rs) => rs)
    for (let i = 0; i < current.length; i++) {
      const rs = current[i]!
      if (cleaned >= maxScaledDown) break
      if (replicasOf(rs) === 0 || replicasOf(rs) === st(rs, 'availableReplicas')) continue
      const down = Math.min(maxScaledDown - cleaned, replicasOf(rs) - st(rs, 'availableReplicas'))
      current[i] = this.scale(d, rs, replicasOf(rs) - down)
      cleaned += down
    }
    // scaleDownOldReplicaSetsForRollingUpdate
    const available = [...current, newRS].reduce((n, rs) => n + st(rs, 'availableReplicas'), 0)
    if (available <= minAvailable) return
    const total = available - minAvailable
    let done = 0
    for (const rs of current) {
      if (done >= total) break
      if (replicasOf(rs) === 0) continue
      const down = Math.min(replicasOf(rs), total - done)
      this.scale(d, rs, replicasOf(rs) - down)
      done += down
    }
  }

  private recreate(d: Obj, olds: Obj[], newRS: Obj): void {
    const active = olds.filter((rs) => replicasOf(rs) > 0)
    if (active.length > 0) {
      for (const rs of active) this.scale(d, rs, 0)
      return
    }
    if (olds.some((rs) => this.podsOf(rs).length > 0)) return
    if (replicasOf(newRS) !== replicasOf(d)) this.scale(d, newRS, replicasOf(d))
  }

  private calculate(d: Obj, all: Obj[], newRS: Obj | undefined, base: Obj): Obj {
    const available = all.reduce((n, rs) => n + st(rs, 'availableReplicas'), 0)
    const total = all.reduce((n, rs) => n + replicasOf(rs), 0)
    const status: Obj = {
      observedGeneration: d['metadata']['generation'],
      replicas: all.reduce((n, rs) => n + st(rs, 'replicas'), 0),
      updatedReplicas: newRS ? st(newRS, 'replicas') : 0,
      readyReplicas: all.reduce((n, rs) => n + st(rs, 'readyReplicas'), 0),
      availableReplicas: available,
      unavailableReplicas: Math.max(0, total - available),
      conditions: clone(base['conditions'] ?? [])
    }
    const at = rfc3339(this.cluster.now())
    if (available >= replicasOf(d) - maxUnavailable(d))
      setCondition(status, {
        type: 'Available',
        status: 'True',
        lastUpdateTime: at,
        lastTransitionTime: at,
        reason: 'MinimumReplicasAvailable',
        message: 'Deployment has minimum availability.'
      })
    else
      setCondition(status, {
        type: 'Available',
        status: 'False',
        lastUpdateTime: at,
        lastTransitionTime: at,
        reason: 'MinimumReplicasUnavailable',
        message: 'Deployment does not have minimum availability.'
      })
    return status
  }

  private syncRolloutStatus(d: Obj, all: Obj[], newRS: Obj | undefined, base: Obj): void {
    const status = this.calculate(d, all, newRS, base)
    const pds = d['spec']['progressDeadlineSeconds']
    const cur = getCondition(base, 'Progressing')
    const complete =
      status['replicas'] === status['updatedReplicas'] &&
      cur !== undefined &&
      cur['reason'] === 'NewReplicaSetAvailable'
    if (pds !== undefined && !complete) {
      const rsName = newRS ? `ReplicaSet "${newRS['metadata']['name']}"` : `Deployment "${d['metadata']['name']}"`
      const old = (d['status'] ?? {}) as Obj
      const replicas = replicasOf(d)
      if (
        status['updatedReplicas'] === replicas &&
        status['replicas'] === replicas &&
        status['availableReplicas'] === replicas &&
        status['observedGeneration'] >= d['metadata']['generation']
      ) {
        this.setProgressing(d, status, 'True', 'NewReplicaSetAvailable', `${rsName} has successfully progressed.`)
      } else if (
        status['updatedReplicas'] > st(d, 'updatedReplicas') ||
        status['replicas'] - status['updatedReplicas'] < st(d, 'replicas') - st(d, 'updatedReplicas') ||
        status['readyReplicas'] > Number(old['readyReplicas'] ?? 0) ||
        status['availableReplicas'] > Number(old['availableReplicas'] ?? 0)
      ) {
        this.setProgressing(d, status, 'True', 'ReplicaSetUpdated', `${rsName} is progressing.`, true)
        this.progressAt.set(d['metadata']['uid'], this.cluster.now())
      } else {
        const c = getCondition(status, 'Progressing')
        const since = this.progressAt.get(d['metadata']['uid']) ?? Date.parse(String(c?.['lastUpdateTime'] ?? ''))
        const deadline = Number(pds) * 1000 * this.cluster.opts.deadlineScale
        if (
          c &&
          c['reason'] !== 'NewReplicaSetAvailable' &&
          c['reason'] !== 'ProgressDeadlineExceeded' &&
          since + deadline < this.cluster.now()
        )
          this.setProgressing(d, status, 'False', 'ProgressDeadlineExceeded', `${rsName} has timed out progressing.`)
      }
    }
    if (pds === undefined)
      status['conditions'] = ((status['conditions'] ?? []) as Obj[]).filter((c) => c['type'] !== 'Progressing')
    this.writeStatus(d, status)
    if (complete || getCondition(status, 'Progressing')?.['reason'] === 'NewReplicaSetAvailable')
      this.cleanup(d, all, newRS)
  }

  private writeStatus(d: Obj, status: Obj): void {
    const cur = this.fresh(d)
    compact(status)
    if (!deepEqual(cur['status'], status)) this.cluster.setStatus('Deployment', cur, status, MANAGER)
  }

  /** revisionHistoryLimit: the oldest idle ReplicaSets go. */
  private cleanup(d: Obj, all: Obj[], newRS: Obj | undefined): void {
    const limit = Number(d['spec']['revisionHistoryLimit'] ?? 10)
    const idle = all
      .filter((rs) => rs !== newRS && replicasOf(rs) === 0 && st(rs, 'replicas') === 0)
      .sort((a, b) => revisionOf(a) - revisionOf(b))
    for (const rs of idle.slice(0, Math.max(0, idle.length - limit)))
      this.cluster.delete('ReplicaSet', rs['metadata']['namespace'], rs['metadata']['name'])
  }

  /** Objects owned by a deleted one go too (background garbage collection). */
  collect(kind: string, obj: Obj): void {
    const uid = obj['metadata']['uid']
    const owned = kind === 'Deployment' ? 'ReplicaSet' : kind === 'ReplicaSet' ? 'Pod' : undefined
    if (kind === 'Pod') this.kubelet.forget(uid)
    if (!owned) return
    for (const o of this.cluster.list(owned, obj['metadata']['namespace']))
      if (((o['metadata']['ownerReferences'] ?? []) as Obj[]).some((r) => r['uid'] === uid))
        this.cluster.delete(owned, o['metadata']['namespace'], o['metadata']['name'])
  }
}

export { matchesLabels, selectorRequirements }
