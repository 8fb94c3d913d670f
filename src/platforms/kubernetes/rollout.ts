// Pure: what a Deployment's status and its new pods say about a rollout. No I/O; tested with
// literal objects.
import {
  type ContainerStatus,
  type Deployment,
  HASH_LABEL,
  type Pod,
  REVISION_ANNOTATION,
  type ReplicaSet
} from './objects.js'

export type RolloutState =
  { phase: 'waiting'; message: string } | { phase: 'done'; message: string } | { phase: 'failed'; message: string }

/**
 * `kubectl rollout status`, in its order: the spec change observed, no progress deadline exceeded,
 * every replica updated, no old replica left, every updated replica available. A missing counter
 * is 0 (the API omits zero values).
 */
export function rolloutState(deployment: Deployment): RolloutState {
  const name = deployment.metadata.name ?? 'deployment'
  const status = deployment.status ?? {}
  const generation = deployment.metadata.generation ?? 0
  if (generation > (status.observedGeneration ?? 0))
    return { phase: 'waiting', message: 'waiting for the deployment spec update to be observed' }
  const progressing = condition(deployment, 'Progressing')
  if (progressing?.reason === 'ProgressDeadlineExceeded')
    return {
      phase: 'failed',
      message: `deployment ${name} exceeded its progress deadline (${deployment.spec.progressDeadlineSeconds ?? 600} s without progress)${progressing.message ? `: ${progressing.message}` : ''}`
    }
  const desired = deployment.spec.replicas ?? 1
  const updated = status.updatedReplicas ?? 0
  const total = status.replicas ?? 0
  const available = status.availableReplicas ?? 0
  if (updated < desired) return { phase: 'waiting', message: `${updated} of ${desired} new replicas updated` }
  if (total > updated) return { phase: 'waiting', message: `${total - updated} old replicas pending termination` }
  if (available < updated) return { phase: 'waiting', message: `${available} of ${updated} updated replicas available` }
  return { phase: 'done', message: `${available} of ${desired} replicas available` }
}

export function condition(deployment: Deployment, type: string) {
  return deployment.status?.conditions?.find((c) => c.type === type)
}

/** Waiting reasons that never fix themselves in a rollout's time: fail now, not at the deadline. */
export const FAIL_FAST_REASONS = ['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'CreateContainerConfigError']
/** A container restarted this often is crash-looping. */
export const RESTART_LIMIT = 3

/**
 * Why a pod of the new ReplicaSet says the rollout will not progress, or undefined. `container`
 * narrows nothing: a sidecar that cannot pull fails the pod as surely as the main container.
 */
export function podFailure(pod: Pod): string | undefined {
  const statuses: ContainerStatus[] = [
    ...(pod.status?.initContainerStatuses ?? []),
    ...(pod.status?.containerStatuses ?? [])
  ]
  for (const status of statuses) {
    const waiting = status.state?.waiting
    if (waiting?.reason && FAIL_FAST_REASONS.includes(waiting.reason))
      return `pod ${pod.metadata.name}: container ${status.name} ${waiting.reason}${waiting.message ? `: ${waiting.message}` : ''}`
    const restarts = status.restartCount ?? 0
    if (restarts >= RESTART_LIMIT) {
      const last = status.lastState?.terminated
      const exit = last
        ? `; last exit ${last.exitCode ?? '?'}${last.reason ? ` (${last.reason})` : ''}${last.message ? `: ${last.message}` : ''}`
        : ''
      return `pod ${pod.metadata.name}: container ${status.name} restarted ${restarts} times${waiting?.reason ? ` (${waiting.reason})` : ''}${exit}`
    }
  }
  return undefined
}

/** Why a pod is not ready yet, in a few words, for the progress log and the diagnosis. */
export function podState(pod: Pod): string {
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]
  const parts: string[] = []
  for (const status of statuses) {
    const state = status.state ?? {}
    if (state.waiting) parts.push(`${status.name} waiting${state.waiting.reason ? `: ${state.waiting.reason}` : ''}`)
    else if (state.terminated)
      parts.push(`${status.name} terminated: ${state.terminated.reason ?? `exit ${state.terminated.exitCode}`}`)
    else if (state.running && !status.ready) parts.push(`${status.name} running, not ready`)
    if ((status.restartCount ?? 0) > 0) parts.push(`${status.name} restarted ${status.restartCount} times`)
  }
  const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled')
  if (scheduled?.status === 'False') parts.push(`unschedulable: ${scheduled.message ?? scheduled.reason ?? ''}`)
  return parts.length > 0 ? parts.join('; ') : (pod.status?.phase ?? 'Pending')
}

/**
 * The Deployment's new ReplicaSet: owned by it, with its revision. Undefined before the controller
 * made it (the Deployment's revision then names an older one, or none).
 */
export function newReplicaSet(deployment: Deployment, replicaSets: ReplicaSet[]): ReplicaSet | undefined {
  const revision = deployment.metadata.annotations?.[REVISION_ANNOTATION]
  if (!revision) return undefined
  return replicaSets.find(
    (rs) =>
      rs.metadata.annotations?.[REVISION_ANNOTATION] === revision &&
      rs.metadata.ownerReferences?.some((owner) => owner.uid === deployment.metadata.uid)
  )
}

export function templateHash(replicaSet: ReplicaSet): string | undefined {
  return replicaSet.metadata.labels?.[HASH_LABEL]
}

/** Pods that are Ready. */
export function isReady(pod: Pod): boolean {
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false
}

/**
 * The image digest check: every ready pod's container must report an imageID ending in the digest.
 * Answers the first pod that runs something else, with what it runs.
 */
export function digestMismatch(
  pods: Pod[],
  container: string,
  digest: string
): { pod: string; runs: string } | undefined {
  for (const pod of pods.filter(isReady)) {
    const status = pod.status?.containerStatuses?.find((s) => s.name === container)
    const imageId = status?.imageID ?? ''
    if (!imageId.endsWith(`@${digest}`))
      return { pod: pod.metadata.name ?? '?', runs: imageId || `${status?.image ?? 'nothing'} (no imageID reported)` }
  }
  return undefined
}
