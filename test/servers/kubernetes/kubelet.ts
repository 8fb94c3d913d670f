// The kubelet: each pod's containers pull, start, become Ready, crash or fail to pull as their
// image's behaviour says, on a timeline measured from the pod's creation (readyMs).
import { createHash } from 'node:crypto'
import type { Cluster, ImageBehaviour } from './cluster.js'
import { clone, type Obj, rfc3339 } from './util.js'

interface ContainerRuntime {
  /** The last stage reported, so each transition makes its events once. */
  stage: string
  logs: string[][]
  /** Failed readiness probes so far: one `Unhealthy` event (count) each. */
  probesFailed: number
}

export interface PodRuntime {
  uid: string
  bornAt: number
  ip: string
  containers: Map<string, ContainerRuntime>
  readySince?: number
}

export const digestOf = (image: string, b: ImageBehaviour | undefined) => {
  const at = image.indexOf('@sha256:')
  if (at >= 0) return image.slice(at + 1)
  return b?.digest ?? `sha256:${createHash('sha256').update(image).digest('hex')}`
}

/** containerd's view of an image name: `nginx:1` is `docker.io/library/nginx:1`. */
export function normalizeImage(image: string): { repo: string; ref: string } {
  const at = image.indexOf('@')
  const base = at >= 0 ? image.slice(0, at) : image
  const colon = base.lastIndexOf(':')
  const hasTag = colon > base.lastIndexOf('/')
  let repo = hasTag ? base.slice(0, colon) : base
  const first = repo.split('/')[0] ?? ''
  if (!repo.includes('/')) repo = `docker.io/library/${repo}`
  else if (!first.includes('.') && !first.includes(':') && first !== 'localhost') repo = `docker.io/${repo}`
  const ref = at >= 0 ? `${repo}${image.slice(at)}` : `${repo}:${hasTag ? base.slice(colon + 1) : 'latest'}`
  return { repo, ref }
}

const cid = (uid: string, name: string, run: number) =>
  `containerd://${createHash('sha256').update(`${uid}/${name}/${run}`).digest('hex')}`

export class Kubelet {
  readonly pods = new Map<string, PodRuntime>()
  private ipSeq = 2

  constructor(private readonly cluster: Cluster) {}

  behaviour(image: string): ImageBehaviour {
    return this.cluster.images.get(image) ?? {}
  }

  /** A new pod: scheduled at once (one node), then the timeline starts. */
  admit(pod: Obj): void {
    const uid = pod['metadata']['uid'] as string
    const n = this.ipSeq++
    const born = this.cluster.seeding ? this.cluster.now() - 20 * this.cluster.opts.readyMs - 1000 : this.cluster.now()
    this.pods.set(uid, {
      uid,
      bornAt: born,
      ip: `10.244.${Math.floor(n / 250)}.${(n % 250) + 1}`,
      containers: new Map()
    })
    this.cluster.event(
      pod,
      'Normal',
      'Scheduled',
      `Successfully assigned ${pod['metadata']['namespace']}/${pod['metadata']['name']} to node-1`,
      'default-scheduler'
    )
  }

  forget(uid: string): void {
    this.pods.delete(uid)
  }

  /** Brings every pod's status up to now. */
  tick(): void {
    for (const pod of this.cluster.list('Pod')) {
      const rt = this.pods.get(pod['metadata']['uid'])
      if (!rt) continue
      const status = this.statusOf(pod, rt)
      this.cluster.setStatus('Pod', pod, status, 'kubelet')
    }
  }

  /** Is this pod Ready right now (for endpoints)? */
  isReady(pod: Obj): boolean {
    return ((pod['status']?.['conditions'] ?? []) as Obj[]).some((c) => c['type'] === 'Ready' && c['status'] === 'True')
  }

  private statusOf(pod: Obj, rt: PodRuntime): Obj {
    const readyMs = this.cluster.opts.readyMs
    const now = this.cluster.now()
    const t = now - rt.bornAt
    const half = readyMs / 2
    const prev = (pod['status'] ?? {}) as Obj
    const statuses: Obj[] = []
    let allReady = true
    let allStarted = true
    const podRef = `${pod['metadata']['name']}_${pod['metadata']['namespace']}(${pod['metadata']['uid']})`
    for (const c of (pod['spec']['containers'] ?? []) as Obj[]) {
      const name = String(c['name'])
      const image = String(c['image'])
      const b = this.behaviour(image)
      const norm = normalizeImage(image)
      let cr = rt.containers.get(name)
      if (!cr) rt.containers.set(name, (cr = { stage: '', logs: [], probesFailed: 0 }))
      const base: Obj = { name, image: norm.ref, imageID: '', ready: false, restartCount: 0, started: false }
      const emit = (stage: string, fn: () => void) => {
        if (cr.stage !== stage) {
          cr.stage = stage
          fn()
        }
      }
      const pull = b.pull ?? 'ok'
      let st: Obj
      if (t < half) {
        emit('pulling', () => this.cluster.event(pod, 'Normal', 'Pulling', `Pulling image "${image}"`, 'kubelet'))
        st = { ...base, state: { waiting: { reason: 'ContainerCreating' } } }
      } else if (pull === 'notFound') {
        const k = Math.floor((t - half) / readyMs)
        const pullMsg = `Failed to pull image "${image}": rpc error: code = NotFound desc = failed to pull and unpack image "${norm.ref}": failed to resolve reference "${norm.ref}": ${norm.ref}: not found`
        if (k % 2 === 0) {
          emit(`errpull:${k}`, () => {
            this.cluster.event(pod, 'Normal', 'Pulling', `Pulling image "${image}"`, 'kubelet')
            this.cluster.event(pod, 'Warning', 'Failed', pullMsg, 'kubelet')
            this.cluster.event(pod, 'Warning', 'Failed', 'Error: ErrImagePull', 'kubelet')
          })
          st = {
            ...base,
            state: {
              waiting: { reason: 'ErrImagePull', message: pullMsg.replace(/^Failed to pull image "[^"]*": /, '') }
            }
          }
        } else {
          emit(`backoff:${k}`, () => {
            this.cluster.event(pod, 'Normal', 'BackOff', `Back-off pulling image "${image}"`, 'kubelet')
            this.cluster.event(pod, 'Warning', 'Failed', 'Error: ImagePullBackOff', 'kubelet')
          })
          st = {
            ...base,
            state: { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"` } }
          }
        }
      } else if (pull === 'invalidName') {
        const msg = `Failed to apply default image tag "${image}": couldn't parse image name "${image}": invalid reference format`
        emit('invalid', () => {
          this.cluster.event(pod, 'Warning', 'InspectFailed', msg, 'kubelet')
          this.cluster.event(pod, 'Warning', 'Failed', 'Error: InvalidImageName', 'kubelet')
        })
        st = { ...base, state: { waiting: { reason: 'InvalidImageName', message: msg } } }
      } else if (pull === 'configError') {
        const msg = `configmap "${String(pod['metadata']['labels']?.['app'] ?? name)}-config" not found`
        emit('config', () => {
          this.cluster.event(
            pod,
            'Normal',
            'Pulled',
            `Container image "${image}" already present on machine`,
            'kubelet'
          )
          this.cluster.event(pod, 'Warning', 'Failed', `Error: ${msg}`, 'kubelet')
        })
        st = {
          ...base,
          imageID: this.imageId(image, b),
          state: { waiting: { reason: 'CreateContainerConfigError', message: msg } }
        }
      } else {
        const imageID = this.imageId(image, b)
        const lines = b.logs ?? [`starting ${norm.ref}`, `listening on :8080`]
        if (b.crash) {
          const run = readyMs / 2
          const cycle = run + readyMs
          const k = Math.floor((t - half) / cycle)
          const o = t - half - k * cycle
          const startOf = (i: number) => rt.bornAt + half + i * cycle
          const term = (i: number): Obj => ({
            terminated: {
              exitCode: 1,
              reason: 'Error',
              startedAt: rfc3339(startOf(i)),
              finishedAt: rfc3339(startOf(i) + run),
              containerID: cid(rt.uid, name, i)
            }
          })
          while (cr.logs.length < k + 1) cr.logs.push([...lines, 'fatal: exiting with status 1'])
          if (o < run) {
            emit(`run:${k}`, () => {
              if (k === 0)
                this.cluster.event(
                  pod,
                  'Normal',
                  'Pulled',
                  `Successfully pulled image "${image}" in 1.2s (1.2s including waiting). Image size: 4172611 bytes.`,
                  'kubelet'
                )
              this.cluster.event(pod, 'Normal', 'Created', `Created container: ${name}`, 'kubelet')
              this.cluster.event(pod, 'Normal', 'Started', `Started container ${name}`, 'kubelet')
            })
            st = {
              ...base,
              imageID,
              restartCount: k,
              started: true,
              containerID: cid(rt.uid, name, k),
              state: { running: { startedAt: rfc3339(startOf(k)) } },
              ...(k > 0 ? { lastState: term(k - 1) } : {})
            }
          } else {
            emit(`crash:${k}`, () =>
              this.cluster.event(
                pod,
                'Warning',
                'BackOff',
                `Back-off restarting failed container ${name} in pod ${podRef}`,
                'kubelet'
              )
            )
            st = {
              ...base,
              imageID,
              restartCount: k + 1,
              containerID: cid(rt.uid, name, k),
              state: {
                waiting: {
                  reason: 'CrashLoopBackOff',
                  message: `back-off ${Math.min(300, 10 * 2 ** k)}s restarting failed container=${name} pod=${podRef}`
                }
              },
              lastState: term(k)
            }
          }
        } else {
          if (cr.logs.length === 0) cr.logs.push(lines)
          emit('running', () => {
            this.cluster.event(
              pod,
              'Normal',
              'Pulled',
              `Successfully pulled image "${image}" in 1.2s (1.2s including waiting). Image size: 4172611 bytes.`,
              'kubelet'
            )
            this.cluster.event(pod, 'Normal', 'Created', `Created container: ${name}`, 'kubelet')
            this.cluster.event(pod, 'Normal', 'Started', `Started container ${name}`, 'kubelet')
          })
          const ready = b.ready !== false && t >= readyMs
          if (b.ready === false) {
            // The kubelet probes once per period: each failed probe raises the event's count once.
            const failed = this.probesFailedBy(c, t)
            if (failed > cr.probesFailed)
              this.cluster.event(
                pod,
                'Warning',
                'Unhealthy',
                'Readiness probe failed: HTTP probe failed with statuscode: 503',
                'kubelet',
                failed - cr.probesFailed
              )
            cr.probesFailed = failed
          }
          st = {
            ...base,
            imageID,
            ready,
            started: true,
            containerID: cid(rt.uid, name, 0),
            state: { running: { startedAt: rfc3339(rt.bornAt + half) } }
          }
        }
      }
      if (!st['ready']) allReady = false
      if (!st['state']['running']) allStarted = false
      statuses.push(st)
    }
    const cond = (type: string, ok: boolean, reason?: string, message?: string): Obj => {
      const was = ((prev['conditions'] ?? []) as Obj[]).find((x) => x['type'] === type)
      const status = ok ? 'True' : 'False'
      return {
        type,
        status,
        lastProbeTime: null,
        lastTransitionTime: was && was['status'] === status ? was['lastTransitionTime'] : rfc3339(now),
        ...(reason ? { reason, message } : {})
      }
    }
    const unready = statuses.filter((s) => !s['ready']).map((s) => s['name'])
    const notReadyWhy = `containers with unready status: [${unready.join(' ')}]`
    if (allReady && rt.readySince === undefined) rt.readySince = now
    if (!allReady) rt.readySince = undefined
    return {
      phase: allStarted ? 'Running' : 'Pending',
      conditions: [
        cond('PodReadyToStartContainers', t >= half),
        cond('Initialized', true),
        cond('Ready', allReady, allReady ? undefined : 'ContainersNotReady', notReadyWhy),
        cond('ContainersReady', allReady, allReady ? undefined : 'ContainersNotReady', notReadyWhy),
        cond('PodScheduled', true)
      ],
      hostIP: '172.18.0.2',
      hostIPs: [{ ip: '172.18.0.2' }],
      podIP: rt.ip,
      podIPs: [{ ip: rt.ip }],
      startTime: pod['status']?.['startTime'] ?? rfc3339(rt.bornAt),
      containerStatuses: statuses,
      qosClass: 'BestEffort'
    }
  }

  /**
   * Readiness probes failed by `t` ms after the pod's creation: the first at readyMs (or after the
   * probe's initialDelaySeconds), then one every periodSeconds (default 10), both times deadlineScale.
   */
  private probesFailedBy(container: Obj, t: number): number {
    const probe = (container['readinessProbe'] ?? {}) as Obj
    const second = 1000 * this.cluster.opts.deadlineScale
    const first = Math.max(
      this.cluster.opts.readyMs,
      this.cluster.opts.readyMs / 2 + Number(probe['initialDelaySeconds'] ?? 0) * second
    )
    const period = Math.max(1, Number(probe['periodSeconds'] ?? 10)) * second
    return t < first ? 0 : 1 + Math.floor((t - first) / period)
  }

  private imageId(image: string, b: ImageBehaviour): string {
    return b.imageId ?? `${normalizeImage(image).repo}@${digestOf(image, b)}`
  }

  /** The log text of a container: its current run, or the previous one. */
  logs(pod: Obj, container: string, previous: boolean): string[] | undefined {
    const cr = this.pods.get(pod['metadata']['uid'])?.containers.get(container)
    if (!cr) return undefined
    const st = ((pod['status']?.['containerStatuses'] ?? []) as Obj[]).find((x) => x['name'] === container)
    const runs = cr.logs
    if (previous) {
      if (!st?.['lastState']?.['terminated']) return undefined
      const restarts = Number(st['restartCount'] ?? 0)
      return clone(runs[Math.max(0, restarts - 1)] ?? runs[runs.length - 1] ?? [])
    }
    return clone(runs[runs.length - 1] ?? [])
  }
}
