import type { DeploymentState } from '../../state/schema.js'
import { type Color, type DeployOutput, type PlatformContext, PlatformError, otherColor } from '../platform.js'
import { PATCH } from './client.js'
import { COLOR_LABEL, type Deployment, type PodTemplate } from './objects.js'
import { TrafficStrategy, handles, patchRelease, releaseFor } from './release.js'
import { derivedDeployment, derivedService, undoPatch, withLabel, withRelease } from './template.js'

/**
 * Blue-green: `<deployment>-blue` and `<deployment>-green`, made from `<deployment>`'s template with
 * the label `deploy-orchestrator/color` in their selector and pods. The public Service selects the
 * live colour by that label; `<service>-preview` selects the idle one, for the candidate checks. A
 * switch is one strategic merge patch of the public Service's selector, and so is a switch back:
 * the public Service gets no other write in a run (but once, when it is adopted).
 */
export class BlueGreen extends TrafficStrategy {
  deploymentOf(color: Color): string {
    return `${this.base}-${color}`
  }

  /** The colour the public Service selects; without a colour label yet, blue. */
  async liveColor(state: DeploymentState | null): Promise<Color> {
    const service = await this.cluster.requireService(this.service, AbortSignal.timeout(60_000))
    const selected = service.spec?.selector?.[COLOR_LABEL]
    const recorded = state?.current?.color
    if (selected !== 'blue' && selected !== 'green') {
      this.cluster.log.info(`Service ${this.service} selects no colour yet: blue is live`)
      return 'blue'
    }
    if (recorded && recorded !== selected)
      this.cluster.log.warn(
        `Service ${this.service} selects ${selected} but the state says ${recorded} is live: following the Service`
      )
    return selected
  }

  /** The Deployment that serves now (status, start): the live colour's, else `<deployment>` itself. */
  async liveDeployment(signal: AbortSignal): Promise<string> {
    const service = await this.cluster.readService(this.service, signal)
    const color = service?.spec?.selector?.[COLOR_LABEL]
    return color === 'blue' || color === 'green' ? this.deploymentOf(color) : this.base
  }

  async deploy(context: PlatformContext): Promise<DeployOutput> {
    const { cluster } = this
    const signal = context.signal
    const color = context.color!
    const live = otherColor(color)
    const target = this.deploymentOf(color)
    const service = await cluster.requireService(this.service, signal)
    if (this.manifests.configured) await this.manifests.applyOthers(signal)
    const document = this.manifests.configured ? await this.manifests.deployment() : undefined
    const base = await cluster.readDeployment(this.base, signal)
    const source: Deployment | undefined = document
      ? ({
          ...base,
          ...(document.object as unknown as Deployment),
          metadata: { ...base?.metadata, ...document.object.metadata, namespace: cluster.namespace }
        } as Deployment)
      : base
    if (!service.spec?.selector?.[COLOR_LABEL]) await this.adopt(source, live, signal)

    const liveDeployment = await cluster.readDeployment(this.deploymentOf(live), signal)
    const replicas = liveDeployment?.spec.replicas ?? source?.spec.replicas ?? 1
    const existing = await cluster.readDeployment(target, signal)
    let done: Deployment
    if (!existing) {
      if (!source)
        throw new PlatformError(
          `deployment ${this.base} does not exist in namespace ${cluster.namespace}, and blue-green makes ${target} from its template: create it, or name its manifest in \`kubernetes-manifests\``,
          true
        )
      const release = releaseFor(cluster, context, source.spec.template, `deployment ${this.base}`)
      done = await cluster.createDeployment(
        derivedDeployment(source, target, [COLOR_LABEL, color], replicas, withRelease(source.spec.template, release)),
        signal,
        true
      )
    } else if (document) {
      // The manifest's template, whole, in the colour: one JSON patch of the template and the size.
      const template: PodTemplate = withLabel(
        withRelease(
          source!.spec.template,
          releaseFor(cluster, context, source!.spec.template, `deployment ${this.base}`)
        ),
        COLOR_LABEL,
        color
      )
      done = await cluster.rollOut(
        existing,
        [...undoPatch(template), { op: 'replace', path: '/spec/replicas', value: replicas }],
        PATCH.json,
        signal,
        true,
        `deployment ${target}: the manifest's template, ${replicas} replicas`
      )
    } else {
      const release = releaseFor(cluster, context, existing.spec.template, `deployment ${target}`)
      done = await patchRelease(cluster, existing, release, signal, true, { spec: { replicas } })
    }
    await cluster.ensureService(derivedService(service, `${this.service}-preview`, [COLOR_LABEL, color]), signal)
    return { platform: { ...handles(done), service: this.service } }
  }

  /**
   * The first blue-green run on a Service that selects no colour: its selector also matches the
   * new colour's pods (they carry the template's labels), which would take public traffic before
   * their checks. So the live colour is made first from the running template, followed, and the
   * Service selects it by colour, once; from then on a switch is the only write it gets.
   */
  private async adopt(source: Deployment | undefined, live: Color, signal: AbortSignal): Promise<void> {
    const { cluster } = this
    const name = this.deploymentOf(live)
    let existing = await cluster.readDeployment(name, signal)
    if (!existing) {
      if (!source)
        throw new PlatformError(
          `deployment ${this.base} does not exist in namespace ${cluster.namespace}: blue-green makes its colours from its template`,
          true
        )
      cluster.log.info(
        `Blue-green set-up: Service ${this.service} selects no colour yet; making ${name} from ${this.base}'s running template first`
      )
      existing = await cluster.createDeployment(
        derivedDeployment(source, name, [COLOR_LABEL, live], source.spec.replicas ?? 1),
        signal,
        true
      )
    }
    await cluster.patchSelector(this.service, { [COLOR_LABEL]: live } as Record<string, string>, signal)
    cluster.log.warn(
      `Blue-green set-up: Service ${this.service} now selects ${COLOR_LABEL}=${live} (${name}); deployment ${this.base}'s own pods no longer take its traffic: scale it to 0 when you no longer need it`
    )
  }

  /** The switch (and the switch back): one strategic merge patch of the public Service's selector. */
  async switchTo(color: Color, signal: AbortSignal): Promise<void> {
    await this.cluster.patchSelector(this.service, { [COLOR_LABEL]: color } as Record<string, string>, signal)
    this.cluster.log.info(`Service ${this.service} now selects ${COLOR_LABEL}=${color} (${this.deploymentOf(color)})`)
  }
}
