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
import { isReady, newReplicaSet, podState } from './rollout.js'

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
