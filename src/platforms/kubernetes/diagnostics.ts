import type { Log } from '../../report/log.js'
import type { Diagnosis } from '../platform.js'
import type { KubernetesApi } from './client.js'
import {
  type Deployment,
  HASH_LABEL,
  type KubeEvent,
  type List,
  type Pod,
  type ReplicaSet,
  deploymentPath,
  selectorString
} from './objects.js'
import { isReady, newReplicaSet, podFailure, podState } from './rollout.js'

const MAX_EVENTS = 10
const LOG_LINES = 20
const MAX_PODS = 5

/**
 * What the cluster shows of a failed rollout: the failing pods' waiting or terminated reasons, the
 * Deployment's conditions, the newest Warning events of the Deployment, its ReplicaSets and pods,
 * and the last log lines of a failing container (its previous instance when it crash-loops).
 * Each read that fails is a finding of its own, never the end of the diagnosis.
 */
export async function diagnoseDeployment(
  api: KubernetesApi,
  log: Log,
  namespace: string,
  name: string,
  signal: AbortSignal
): Promise<Diagnosis> {
  const findings: string[] = []
  const logs: Diagnosis['logs'] = []
  const read = async <T>(what: string, path: string, query?: Record<string, string>): Promise<T | undefined> => {
    try {
      return await api.call<T>({ method: 'GET', path, query, signal, missingOk: true })
    } catch (error) {
      findings.push(`${what} could not be read: ${(error as Error).message}`)
      return undefined
    }
  }

  const deployment = await read<Deployment>(`deployment ${name}`, deploymentPath(namespace, name))
  if (!deployment) return { findings: [...findings, `deployment ${name} does not exist in ${namespace}`], logs }
  for (const c of deployment.status?.conditions ?? [])
    findings.push(
      `deployment ${name}: ${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ''}${c.message ? `: ${c.message}` : ''}`
    )
  const selector = selectorString(deployment.spec.selector?.matchLabels)
  const replicaSets =
    (
      await read<List<ReplicaSet>>('its ReplicaSets', `/apis/apps/v1/namespaces/${namespace}/replicasets`, {
        labelSelector: selector
      })
    )?.items?.filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === deployment.metadata.uid)) ?? []
  const current = newReplicaSet(deployment, replicaSets)
  const hash = current?.metadata.labels?.[HASH_LABEL]
  const pods =
    (
      await read<List<Pod>>('its pods', `/api/v1/namespaces/${namespace}/pods`, {
        labelSelector: hash ? `${selector},${HASH_LABEL}=${hash}` : selector
      })
    )?.items ?? []
  const failing = pods.filter((pod) => !isReady(pod))
  for (const pod of failing.slice(0, MAX_PODS)) findings.push(`pod ${pod.metadata.name}: ${describePod(pod)}`)
  if (failing.length > MAX_PODS) findings.push(`… and ${failing.length - MAX_PODS} more pods not ready`)

  const names = new Set([name, ...replicaSets.map((rs) => rs.metadata.name), ...pods.map((p) => p.metadata.name)])
  const events =
    (
      await read<List<KubeEvent>>('events', `/api/v1/namespaces/${namespace}/events`, {
        fieldSelector: 'type=Warning'
      })
    )?.items ?? []
  const warnings = events
    .filter((e) => names.has(e.involvedObject?.name))
    .sort((a, b) => eventTime(b).localeCompare(eventTime(a)))
    .slice(0, MAX_EVENTS)
  for (const event of warnings)
    findings.push(
      `event ${event.involvedObject?.kind ?? ''} ${event.involvedObject?.name}: ${event.reason}: ${event.message ?? ''}${(event.count ?? 1) > 1 ? ` (×${event.count})` : ''}`
    )

  const crashing = failing.find((pod) => podLogTarget(pod))
  if (crashing) {
    const target = podLogTarget(crashing)!
    try {
      const text = await api.call<unknown>({
        method: 'GET',
        path: `/api/v1/namespaces/${namespace}/pods/${crashing.metadata.name}/log`,
        query: { container: target.container, previous: target.previous, tailLines: LOG_LINES },
        signal,
        text: true
      })
      const lines = (typeof text === 'string' ? text : '').replace(/\n$/, '').split('\n')
      logs.push({
        title: `last ${LOG_LINES} log lines of pod ${crashing.metadata.name}, container ${target.container}${target.previous ? ' (previous instance)' : ''}`,
        lines: lines.slice(-LOG_LINES)
      })
    } catch (error) {
      findings.push(`the log of pod ${crashing.metadata.name} could not be read: ${(error as Error).message}`)
    }
  }

  log.info(`What the cluster shows of deployment ${name}:`)
  for (const finding of findings) log.info(`  ${finding}`)
  for (const block of logs) {
    log.info(`  ${block.title}:`)
    for (const line of block.lines) log.output(line)
  }
  return { findings, logs }
}

/**
 * Why a Deployment with replicas has none available, in one line for its status: how many of its
 * pods are not ready and what the most telling one shows (a crash loop or a pull failure first,
 * else its state and its newest Warning event, e.g. a failing readiness probe). Undefined when the
 * pods cannot be read (a Role without `list` on replicasets, pods or events): the status still says down.
 */
export async function whyUnavailable(
  api: KubernetesApi,
  log: Log,
  namespace: string,
  deployment: Deployment,
  signal: AbortSignal
): Promise<string | undefined> {
  try {
    // Its own pods: a canary's match the stable Deployment's selector too.
    const selector = selectorString(deployment.spec.selector?.matchLabels)
    const list = <T>(resource: string, query: Record<string, string>) =>
      api.call<List<T>>({ method: 'GET', path: resource, query, signal }).then((answer) => answer?.items ?? [])
    const owned = new Set(
      (await list<ReplicaSet>(`/apis/apps/v1/namespaces/${namespace}/replicasets`, { labelSelector: selector }))
        .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === deployment.metadata.uid))
        .map((rs) => rs.metadata.uid)
    )
    const pods = (await list<Pod>(`/api/v1/namespaces/${namespace}/pods`, { labelSelector: selector })).filter((pod) =>
      pod.metadata.ownerReferences?.some((o) => owned.has(o.uid))
    )
    const unready = pods.filter((pod) => !isReady(pod))
    if (pods.length === 0) return 'no pod exists'
    if (unready.length === 0) return undefined
    const failing = unready.find((pod) => podFailure(pod))
    if (failing) return `${unready.length} of ${pods.length} pods not ready; ${podFailure(failing)}`
    const pod = unready[0]!
    const events = await list<KubeEvent>(`/api/v1/namespaces/${namespace}/events`, {
      fieldSelector: `involvedObject.name=${pod.metadata.name},type=Warning`
    })
    const newest = events.sort((a, b) => eventTime(b).localeCompare(eventTime(a)))[0]
    return `${unready.length} of ${pods.length} pods not ready; pod ${pod.metadata.name}: ${podState(pod)}${newest ? ` (${newest.reason}: ${newest.message ?? ''})` : ''}`
  } catch (error) {
    log.debug(`Why deployment ${deployment.metadata.name} is down could not be read: ${(error as Error).message}`)
    return undefined
  }
}

function describePod(pod: Pod): string {
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]
  const parts: string[] = []
  for (const status of statuses) {
    const waiting = status.state?.waiting
    const terminated = status.state?.terminated ?? status.lastState?.terminated
    if (waiting?.reason)
      parts.push(`container ${status.name} waiting: ${waiting.reason}${waiting.message ? `: ${waiting.message}` : ''}`)
    if (terminated)
      parts.push(
        `container ${status.name} ${status.state?.terminated ? 'terminated' : 'last terminated'}: exit ${terminated.exitCode ?? '?'}${terminated.reason ? ` (${terminated.reason})` : ''}${terminated.message ? `: ${terminated.message}` : ''}`
      )
    if ((status.restartCount ?? 0) > 0) parts.push(`container ${status.name} restarted ${status.restartCount} times`)
  }
  return parts.length > 0 ? parts.join('; ') : podState(pod)
}

/** The container whose log says why: one that ran and ended (its previous instance when restarted). */
function podLogTarget(pod: Pod): { container: string; previous: boolean } | undefined {
  for (const status of pod.status?.containerStatuses ?? []) {
    if ((status.restartCount ?? 0) > 0 && status.lastState?.terminated)
      return { container: status.name, previous: true }
    if (status.state?.terminated || (status.state?.running && !status.ready))
      return { container: status.name, previous: false }
  }
  return undefined
}

function eventTime(event: KubeEvent): string {
  return event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp ?? event.metadata.creationTimestamp ?? ''
}
