import type { Log } from '../../report/log.js'
import type { Settings } from '../../settings/settings.js'
import { PlatformError } from '../platform.js'
import { FIELD_MANAGER, type KubernetesApi, KubernetesError, PATCH } from './client.js'
import { RolloutError, type RolloutResult, followRollout } from './follow.js'
import {
  type Deployment,
  HASH_LABEL,
  type HTTPRoute,
  type JsonObject,
  type List,
  type Pod,
  type PodTemplate,
  type ReplicaSet,
  type Service,
  deploymentPath,
  routePath,
  selectorString,
  servicePath
} from './objects.js'
import { newReplicaSet } from './rollout.js'

/**
 * The objects of one namespace as the strategies use them: reads, the writes (each a patch of what
 * changes, never a blind replace), rollouts followed to their end. It remembers what this run
 * changed, for a restart that would only repeat a rollout and for undoing a promotion.
 */
export class Cluster {
  /** Deployments whose pods this run replaced. */
  readonly rolledOut = new Set<string>()
  /** Deployments a write of this run may have changed. */
  readonly changed = new Set<string>()
  /** The template each Deployment had before this run first changed it. */
  readonly before = new Map<string, PodTemplate>()
  /** The Deployment a failure is about, for the diagnosis. */
  lastFollowed?: string

  constructor(
    readonly api: KubernetesApi,
    readonly log: Log,
    readonly settings: Settings,
    readonly namespace: string
  ) {}

  get k8s() {
    return this.settings.kubernetes
  }

  // ---- Deployments ---------------------------------------------------------------------------

  readDeployment(name: string, signal: AbortSignal): Promise<Deployment | undefined> {
    return this.api.call<Deployment | undefined>({
      method: 'GET',
      path: deploymentPath(this.namespace, name),
      signal,
      missingOk: true
    })
  }

  async requireDeployment(name: string, signal: AbortSignal, why: string): Promise<Deployment> {
    const deployment = await this.readDeployment(name, signal)
    if (!deployment)
      throw new PlatformError(`deployment ${name} does not exist in namespace ${this.namespace}: ${why}`, true)
    return deployment
  }

  /** A Deployment this action makes (a colour, the canary), its rollout followed to the end. */
  async createDeployment(body: Deployment, signal: AbortSignal, beforeTraffic: boolean): Promise<Deployment> {
    const name = body.metadata.name!
    this.log.info(`Creating deployment ${name} (${body.spec.replicas} replicas)`)
    await this.api.call<Deployment>({
      method: 'POST',
      path: deploymentPath(this.namespace),
      query: { fieldManager: FIELD_MANAGER },
      body,
      signal
    })
    this.rolledOut.add(name)
    return (await this.follow(name, signal, beforeTraffic)).deployment
  }

  /** A patch of a Deployment; its template as it was before this run is kept. */
  async patchDeployment(
    current: Deployment,
    body: JsonObject | JsonObject[],
    contentType: string,
    signal: AbortSignal
  ): Promise<Deployment> {
    const name = current.metadata.name!
    if (!this.before.has(name)) this.before.set(name, current.spec.template)
    return this.changing(name, () =>
      this.api.call<Deployment>({
        method: 'PATCH',
        path: deploymentPath(this.namespace, name),
        query: { fieldManager: FIELD_MANAGER },
        body,
        contentType,
        signal
      })
    )
  }

  /**
   * A write to a Deployment. Once sent, it may have landed, unless the API refused it outright (a
   * 4xx): then nothing changed, and a rolling deploy that fails there never reached traffic.
   */
  async changing<T>(name: string, write: () => Promise<T>): Promise<T> {
    try {
      const result = await write()
      this.changed.add(name)
      return result
    } catch (error) {
      const status = (error as KubernetesError).status
      if (!(error instanceof KubernetesError && status !== undefined && status >= 400 && status < 500))
        this.changed.add(name)
      throw error
    }
  }

  /**
   * A patch that replaces a Deployment's pods, then its rollout followed to the end. A paused
   * Deployment would take the patch and never roll out: refused before any write, as kubectl does.
   */
  async rollOut(
    current: Deployment,
    body: JsonObject | JsonObject[],
    contentType: string,
    signal: AbortSignal,
    beforeTraffic: boolean,
    message: string
  ): Promise<Deployment> {
    const name = current.metadata.name!
    if (current.spec.paused)
      throw new PlatformError(
        `deployment ${name} is paused (spec.paused): a paused Deployment does not roll out; resume it (kubectl rollout resume deployment/${name}) and run again`,
        true
      )
    await this.patchDeployment(current, body, contentType, signal)
    this.log.info(message)
    this.rolledOut.add(name)
    return (await this.follow(name, signal, beforeTraffic)).deployment
  }

  /** Replicas through the `scale` subresource, as `kubectl scale` (and an autoscaler) set them. */
  async scale(name: string, replicas: number, signal: AbortSignal): Promise<void> {
    await this.api.call({
      method: 'PATCH',
      path: `${deploymentPath(this.namespace, name)}/scale`,
      query: { fieldManager: FIELD_MANAGER },
      body: { spec: { replicas } },
      contentType: PATCH.merge,
      signal
    })
    this.log.info(`deployment ${name}: scaled to ${replicas} replicas`)
  }

  /** Follows a rollout to its end; a failure is a PlatformError whose side of traffic the caller knows. */
  async follow(name: string, signal: AbortSignal, beforeTraffic: boolean): Promise<RolloutResult> {
    this.lastFollowed = name
    try {
      return await followRollout({
        api: this.api,
        log: this.log,
        namespace: this.namespace,
        name,
        label: `deployment ${name}`,
        deadlineMs: Date.now() + this.k8s.deployTimeoutSeconds * 1000,
        deadlineInput: `deploy-timeout-seconds (${this.k8s.deployTimeoutSeconds} s)`,
        signal
      })
    } catch (error) {
      if (error instanceof RolloutError) throw new PlatformError(error.message, beforeTraffic)
      throw error
    }
  }

  /** The Deployment's new ReplicaSet and its pods (the digest check reads them). */
  async currentPods(deployment: Deployment, signal: AbortSignal): Promise<{ replicaSet?: ReplicaSet; pods: Pod[] }> {
    const selector = selectorString(deployment.spec.selector?.matchLabels)
    const replicaSets = await this.api.call<List<ReplicaSet>>({
      method: 'GET',
      path: `/apis/apps/v1/namespaces/${this.namespace}/replicasets`,
      query: { labelSelector: selector },
      signal
    })
    const replicaSet = newReplicaSet(deployment, replicaSets?.items ?? [])
    const hash = replicaSet?.metadata.labels?.[HASH_LABEL]
    if (!hash) return { replicaSet, pods: [] }
    const pods = await this.api.call<List<Pod>>({
      method: 'GET',
      path: `/api/v1/namespaces/${this.namespace}/pods`,
      query: { labelSelector: `${selector},${HASH_LABEL}=${hash}` },
      signal
    })
    return { replicaSet, pods: pods?.items ?? [] }
  }

  /** ReplicaSets the Deployment owns (old templates to return to). */
  async replicaSets(deployment: Deployment, signal: AbortSignal): Promise<ReplicaSet[]> {
    const list = await this.api.call<List<ReplicaSet>>({
      method: 'GET',
      path: `/apis/apps/v1/namespaces/${this.namespace}/replicasets`,
      query: { labelSelector: selectorString(deployment.spec.selector?.matchLabels) },
      signal
    })
    return (list?.items ?? []).filter((rs) =>
      rs.metadata.ownerReferences?.some((owner) => owner.uid === deployment.metadata.uid)
    )
  }

  // ---- Services and routes -------------------------------------------------------------------

  readService(name: string, signal: AbortSignal): Promise<Service | undefined> {
    return this.api.call<Service | undefined>({
      method: 'GET',
      path: servicePath(this.namespace, name),
      signal,
      missingOk: true
    })
  }

  async requireService(name: string, signal: AbortSignal): Promise<Service> {
    const service = await this.readService(name, signal)
    if (!service)
      throw new PlatformError(
        `Service ${name} (\`kubernetes-service\`) does not exist in namespace ${this.namespace}: create it (it takes the public traffic)`,
        true
      )
    return service
  }

  /** One strategic merge patch of a Service's selector: its other labels stay. */
  async patchSelector(name: string, labels: Record<string, string>, signal: AbortSignal): Promise<Service> {
    return this.api.call<Service>({
      method: 'PATCH',
      path: servicePath(this.namespace, name),
      query: { fieldManager: FIELD_MANAGER },
      body: { spec: { selector: labels } },
      contentType: PATCH.strategic,
      signal
    })
  }

  /** A Service the action owns (`-preview`, `-canary`): made when missing, its selector set when not. */
  async ensureService(body: Service, signal: AbortSignal): Promise<void> {
    const name = body.metadata.name!
    const existing = await this.readService(name, signal)
    if (!existing) {
      await this.api.call({
        method: 'POST',
        path: servicePath(this.namespace),
        query: { fieldManager: FIELD_MANAGER },
        body,
        signal
      })
      this.log.info(`Created Service ${name} selecting ${selectorString(body.spec?.selector)}`)
      return
    }
    const wanted = body.spec?.selector ?? {}
    if (Object.entries(wanted).every(([key, value]) => existing.spec?.selector?.[key] === value)) return
    await this.patchSelector(name, wanted, signal)
    this.log.info(`Service ${name} now selects ${selectorString(wanted)}`)
  }

  async requireRoute(name: string, signal: AbortSignal): Promise<HTTPRoute> {
    const route = await this.api.call<HTTPRoute | undefined>({
      method: 'GET',
      path: routePath(this.namespace, name),
      signal,
      missingOk: true
    })
    if (!route)
      throw new PlatformError(
        `HTTPRoute ${name} (\`kubernetes-route\`) does not exist in namespace ${this.namespace} (gateway.networking.k8s.io/v1)`,
        true
      )
    return route
  }

  /**
   * One update of a route's rules: a JSON merge patch carrying the whole `rules` list (a merge
   * replaces lists whole) and the resourceVersion it was computed from, so a concurrent writer
   * makes it a 409, which reads the route again and recomputes.
   */
  async updateRoute(route: HTTPRoute, rules: (route: HTTPRoute) => unknown, signal: AbortSignal): Promise<HTTPRoute> {
    const name = route.metadata.name!
    const body = (current: HTTPRoute) => ({
      metadata: { resourceVersion: current.metadata.resourceVersion },
      spec: { rules: rules(current) }
    })
    return this.api.call<HTTPRoute>({
      method: 'PATCH',
      path: routePath(this.namespace, name),
      query: { fieldManager: FIELD_MANAGER },
      body: body(route),
      contentType: PATCH.merge,
      signal,
      reread: async () => body(await this.requireRoute(name, signal))
    })
  }
}
