import type { Log } from '../../report/log.js'
import type { KubernetesApi } from './client.js'
import {
  type Deployment,
  HASH_LABEL,
  type List,
  type Pod,
  REVISION_ANNOTATION,
  type ReplicaSet,
  deploymentPath,
  selectorString
} from './objects.js'
import { newReplicaSet, podFailure, rolloutState, templateHash } from './rollout.js'
import { LiveList } from './watch.js'

export interface RolloutOptions {
  api: KubernetesApi
  log: Log
  namespace: string
  name: string
  /** How the log names it: `deployment web-green`. */
  label: string
  /** When to give up (epoch ms), and the input that set it, for the error. */
  deadlineMs: number
  deadlineInput: string
  signal: AbortSignal
}

export interface RolloutResult {
  deployment: Deployment
  replicaSet?: ReplicaSet
  /** performance.now() when the completing status arrived (the bench compares it with the API's). */
  seenAt: number
}

export type RolloutFailureKind = 'deadline' | 'progress-deadline' | 'pod' | 'missing' | 'stopped' | 'api'

/** A rollout that will not finish, and why; the new ReplicaSet when known, for the diagnosis. */
export class RolloutError extends Error {
  constructor(
    message: string,
    readonly kind: RolloutFailureKind,
    readonly replicaSet?: ReplicaSet
  ) {
    super(message)
  }
}

/** While the new ReplicaSet is not listed yet (the controller has not made it), look again this often. */
const REPLICASET_RETRY_MS = 250

/**
 * Follows a Deployment's rollout to its end, as `kubectl rollout status` judges it, but fails fast:
 * `ProgressDeadlineExceeded`, or a pod of the new ReplicaSet that cannot pull its image, has a bad
 * config or crash-loops. Watches the Deployment and the new ReplicaSet's pods (or polls them once a
 * second without the `watch` verb), so the end is seen as the API reports it.
 */
export function followRollout(options: RolloutOptions): Promise<RolloutResult> {
  const { api, log, namespace, name, label } = options
  return new Promise<RolloutResult>((resolve, reject) => {
    const stop = new AbortController()
    const signal = AbortSignal.any([options.signal, stop.signal])
    let settled = false
    let said = ''
    let revision: string | undefined
    let replicaSet: ReplicaSet | undefined
    let pods: LiveList<Pod> | undefined
    let lookingUp = false

    const finish = (outcome: RolloutResult | RolloutError): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      stop.abort()
      if (outcome instanceof RolloutError) reject(outcome)
      else resolve(outcome)
    }
    const fail = (message: string, kind: RolloutFailureKind) => finish(new RolloutError(message, kind, replicaSet))

    const findReplicaSet = async (deployment: Deployment, wanted: string): Promise<void> => {
      lookingUp = true
      try {
        const list = await api.call<List<ReplicaSet>>({
          method: 'GET',
          path: `/apis/apps/v1/namespaces/${namespace}/replicasets`,
          query: { labelSelector: selectorString(deployment.spec.selector?.matchLabels) },
          signal
        })
        const found = newReplicaSet(deployment, list?.items ?? [])
        if (!found) {
          setTimeout(() => {
            lookingUp = false
            evaluate()
          }, REPLICASET_RETRY_MS).unref()
          return
        }
        revision = wanted
        replicaSet = found
        const previous = pods
        pods = new LiveList<Pod>(
          api,
          log,
          {
            path: `/api/v1/namespaces/${namespace}/pods`,
            labelSelector: selectorString({
              ...deployment.spec.selector?.matchLabels,
              [HASH_LABEL]: templateHash(found) ?? ''
            })
          },
          evaluate,
          signal
        )
        void previous?.close()
        lookingUp = false
        evaluate()
      } catch (error) {
        if (!signal.aborted) fail(`${label}: its ReplicaSets cannot be read: ${(error as Error).message}`, 'api')
      }
    }

    const evaluate = (): void => {
      if (settled) return
      const broken = deployments.error ?? pods?.error
      if (broken) return fail(`${label}: cannot follow the rollout: ${broken.message}`, 'api')
      if (!deployments.listed) return
      const deployment = deployments.objects.get(name)
      if (!deployment) return fail(`${label} does not exist (deleted during the rollout?)`, 'missing')
      const state = rolloutState(deployment)
      if (state.message !== said) {
        said = state.message
        if (state.phase === 'waiting') log.info(`${label}: ${state.message}`)
      }
      if (state.phase === 'failed') return fail(state.message, 'progress-deadline')
      const caughtUp = (deployment.metadata.generation ?? 0) <= (deployment.status?.observedGeneration ?? 0)
      const current = deployment.metadata.annotations?.[REVISION_ANNOTATION]
      if (caughtUp && current && current !== revision && !lookingUp) void findReplicaSet(deployment, current)
      for (const pod of pods?.objects.values() ?? []) {
        const failure = podFailure(pod)
        if (failure) return fail(`${label}: ${failure}`, 'pod')
      }
      if (state.phase === 'done') {
        const seenAt = performance.now()
        log.info(`${label}: rolled out (${state.message})`)
        finish({ deployment, replicaSet: current === revision ? replicaSet : undefined, seenAt })
      }
    }

    const timer = setTimeout(
      () =>
        fail(
          `${label} did not finish its rollout within ${options.deadlineInput} (${said || 'no status yet'})`,
          'deadline'
        ),
      Math.max(0, options.deadlineMs - Date.now())
    )
    options.signal.addEventListener(
      'abort',
      () => fail(`${label}: stopped at the deadline of the run (${said})`, 'stopped'),
      {
        once: true
      }
    )
    const deployments = new LiveList<Deployment>(
      api,
      log,
      { path: deploymentPath(namespace), fieldSelector: `metadata.name=${name}` },
      evaluate,
      signal
    )
  })
}
