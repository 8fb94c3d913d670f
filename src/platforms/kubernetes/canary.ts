import { type DeployOutput, type PlatformContext, PlatformError } from '../platform.js'
import { PATCH } from './client.js'
import { type Deployment, type JsonObject, type PodTemplate, TRACK_LABEL, clone } from './objects.js'
import { TrafficStrategy, handles, releaseFor, verifyDigest } from './release.js'
import {
  canaryReplicas,
  derivedDeployment,
  derivedService,
  undoPatch,
  weightedRules,
  withLabel,
  withRelease
} from './template.js'

/**
 * Canary: `<deployment>-canary` runs the new template beside the stable Deployment.
 *
 * With `kubernetes-route` (a Gateway API HTTPRoute), the route's two backends are the stable
 * Service and `<service>-canary`, and their weights follow `canary-steps`. The weights are the real
 * split only if no canary pod is selected by the stable Service: the stable pods and Service carry
 * `deploy-orchestrator/track: stable`, the canary's `canary` (set up once, before any traffic).
 * Success promotes: the stable Deployment gets the new template, its rollout is followed (the
 * canary serves everything meanwhile), then the weights go back to the stable Service and the canary
 * to 0 replicas. A failure sets the weights to 100/0 in one update: the stable version never stopped.
 *
 * Without a route, canary pods join the stable Service and the split follows the replica count: it
 * is approximate (a Service balances connections, not requests), and the summary says so.
 */
export class Canary extends TrafficStrategy {
  /** The stable Deployment's size when the canary started. */
  private total?: number
  /** The stable Deployment's template before this run promoted the canary into it (undone by an abort). */
  private beforePromotion?: PodTemplate
  /**
   * Called by an abort once traffic is back on the stable version and before anything failed is
   * replaced or scaled down: what the cluster shows of the failure is read then, not while traffic
   * waits on the failing version.
   */
  onTrafficBack?: (signal: AbortSignal) => Promise<void>

  get canaryName(): string {
    return `${this.base}-canary`
  }

  private get canaryService(): string {
    return `${this.service}-canary`
  }

  private get route(): string | undefined {
    return this.cluster.k8s.route
  }

  async deploy(context: PlatformContext): Promise<DeployOutput> {
    const { cluster } = this
    const signal = context.signal
    const service = await cluster.requireService(this.service, signal)
    let stable = await cluster.requireDeployment(
      this.base,
      signal,
      'a canary runs beside the stable Deployment; deploy it with `strategy: rolling` first'
    )
    this.total = stable.spec.replicas ?? 1
    if (this.manifests.configured) await this.manifests.applyOthers(signal)
    const document = this.manifests.configured ? await this.manifests.deployment() : undefined
    const source = document ? (document.object['spec'] as unknown as Deployment['spec']).template : stable.spec.template
    const notes: string[] = []
    let replicas: number
    if (this.route) {
      const route = await cluster.requireRoute(this.route, signal)
      try {
        weightedRules(route, this.service, this.canaryService, 0)
      } catch (error) {
        throw new PlatformError((error as Error).message, true)
      }
      if (service.spec?.selector?.[TRACK_LABEL] !== 'stable') stable = await this.separate(stable, signal)
      await cluster.ensureService(derivedService(service, this.canaryService, [TRACK_LABEL, 'canary']), signal)
      replicas = this.total
    } else {
      // Replica mode: the canary starts with no pod, so nothing of it serves until the first step.
      replicas = 0
      notes.push(
        `Canary without \`kubernetes-route\`: the split follows the replica count (${this.canaryName} beside ${this.base}, ${this.total} replicas in all, behind Service ${this.service}), so each step's share is approximate`
      )
    }
    const release = releaseFor(cluster, context, source, `deployment ${this.base}`)
    const template = withLabel(withRelease(source, release), TRACK_LABEL, 'canary')
    const existing = await cluster.readDeployment(this.canaryName, signal)
    const done = existing
      ? await cluster.rollOut(
          existing,
          [...undoPatch(template), { op: 'replace', path: '/spec/replicas', value: replicas }],
          PATCH.json,
          signal,
          true,
          `deployment ${this.canaryName}: the new template, ${replicas} replicas`
        )
      : await cluster.createDeployment(
          derivedDeployment(stable, this.canaryName, [TRACK_LABEL, 'canary'], replicas, template),
          signal,
          true
        )
    return { platform: handles(done), notes }
  }

  /**
   * Once: the stable pods get `track: stable` (a rollout of the same version) and then the stable
   * Service selects it, so the canary's pods, which carry `track: canary`, are the canary
   * Service's alone.
   */
  private async separate(stable: Deployment, signal: AbortSignal): Promise<Deployment> {
    const { cluster } = this
    let current = stable
    if (stable.spec.template.metadata?.labels?.[TRACK_LABEL] !== 'stable') {
      current = await cluster.rollOut(
        stable,
        { spec: { template: { metadata: { labels: { [TRACK_LABEL]: 'stable' } } } } },
        PATCH.strategic,
        signal,
        true,
        `Canary set-up: deployment ${this.base}'s pods get ${TRACK_LABEL}=stable (same version, new pods), so Service ${this.service} can leave the canary's pods out`
      )
    }
    await cluster.patchSelector(this.service, { [TRACK_LABEL]: 'stable' } as Record<string, string>, signal)
    cluster.log.warn(`Canary set-up: Service ${this.service} now selects ${TRACK_LABEL}=stable (once)`)
    return current
  }

  async shift(context: PlatformContext): Promise<void> {
    const weight = context.weight ?? 0
    if (weight === 0) return this.abort(context.signal)
    const { cluster } = this
    const signal = context.signal
    if (this.route) {
      const route = await cluster.requireRoute(this.route, signal)
      await cluster.updateRoute(route, (r) => weightedRules(r, this.service, this.canaryService, weight), signal)
      cluster.log.info(
        `HTTPRoute ${this.route}: ${weight}% to ${this.canaryService}, ${100 - weight}% to ${this.service}`
      )
      return
    }
    const total = await this.size(signal)
    const canary = canaryReplicas(total, weight)
    await cluster.scale(this.canaryName, canary, signal)
    const done = await cluster.follow(this.canaryName, signal, false)
    if (context.imageDigest) await verifyDigest(cluster, done.deployment, context.imageDigest, signal)
    await cluster.scale(this.base, total - canary, signal)
    await cluster.follow(this.base, signal, false)
    cluster.log.info(
      `Canary by replicas: ${canary} of ${total} pods run the new version (≈${Math.round((100 * canary) / total)}% of the traffic for ${weight}% asked)`
    )
  }

  /**
   * Success: the stable Deployment gets the canary's template (its own track label kept), its
   * rollout is followed, then all traffic returns to it and the canary goes to 0 replicas.
   */
  async promote(context: PlatformContext): Promise<DeployOutput> {
    const { cluster } = this
    const signal = context.signal
    const total = await this.size(signal)
    const stable = await cluster.requireDeployment(this.base, signal, 'there is nothing to promote to')
    const canary = await cluster.requireDeployment(this.canaryName, signal, 'there is no canary to promote')
    const template = promotedTemplate(canary.spec.template, stable.spec.template)
    const ops: JsonObject[] = [...undoPatch(template)]
    if (!this.route) ops.push({ op: 'replace', path: '/spec/replicas', value: total })
    this.beforePromotion = stable.spec.template
    const done = await cluster.rollOut(
      stable,
      ops,
      PATCH.json,
      signal,
      false,
      `Promoting: deployment ${this.base} gets the canary's template`
    )
    if (this.route) {
      const route = await cluster.requireRoute(this.route, signal)
      await cluster.updateRoute(route, (r) => weightedRules(r, this.service, this.canaryService, 0), signal)
      cluster.log.info(`HTTPRoute ${this.route}: all traffic to ${this.service} again`)
    }
    await cluster.scale(this.canaryName, 0, signal)
    return { platform: handles(done) }
  }

  /**
   * A failure: with a route, the weights go back to the stable Service in one update (the stable
   * version never stopped serving); then a promotion of this run is undone and the canary scaled to 0.
   */
  private async abort(signal: AbortSignal): Promise<void> {
    const { cluster } = this
    if (this.route) {
      const route = await cluster.requireRoute(this.route, signal)
      await cluster.updateRoute(route, (r) => weightedRules(r, this.service, this.canaryService, 0), signal)
      cluster.log.info(`HTTPRoute ${this.route}: all traffic back to ${this.service}`)
    }
    await this.onTrafficBack?.(signal)
    const total = await this.size(signal)
    const before = this.beforePromotion
    const stable = await cluster.requireDeployment(this.base, signal, 'the stable version is gone')
    if (before) {
      const ops: JsonObject[] = [...undoPatch(before)]
      if (!this.route) ops.push({ op: 'replace', path: '/spec/replicas', value: total })
      await cluster.rollOut(
        stable,
        ops,
        PATCH.json,
        signal,
        false,
        `deployment ${this.base}: the template it had before the promotion is restored`
      )
    } else if (!this.route && (stable.spec.replicas ?? 1) !== total) {
      await cluster.scale(this.base, total, signal)
      await cluster.follow(this.base, signal, false)
    }
    await cluster.scale(this.canaryName, 0, signal)
  }

  /** The stable size the canary started from (read again by a run that did not deploy it). */
  private async size(signal: AbortSignal): Promise<number> {
    if (this.total === undefined) {
      const stable = await this.cluster.requireDeployment(this.base, signal, 'there is no stable version')
      this.total = stable.spec.replicas ?? 1
    }
    return this.total
  }
}

/** The canary's template with the stable Deployment's own track label (or none, as it had). */
export function promotedTemplate(canary: PodTemplate, stable: PodTemplate): PodTemplate {
  const template = clone(canary)
  const labels = { ...template.metadata?.labels }
  const track = stable.metadata?.labels?.[TRACK_LABEL]
  if (track === undefined) delete labels[TRACK_LABEL]
  else labels[TRACK_LABEL] = track
  template.metadata = { ...template.metadata, labels }
  return template
}
