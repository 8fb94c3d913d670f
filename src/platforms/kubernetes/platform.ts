import type { Plan } from '../../plan/plan.js'
import type { Log } from '../../report/log.js'
import type { Settings, Strategy } from '../../settings/settings.js'
import { STRATEGIES } from '../../settings/inputs.js'
import type { DeploymentState, VersionRecord } from '../../state/schema.js'
import { short } from '../../state/transitions.js'
import { CommandPlatform } from '../command.js'
import {
  type BuildOutput,
  type Color,
  type DeployOutput,
  type Diagnosis,
  type Platform,
  type PlatformContext,
  type RollbackHandle,
  type ServiceStatus,
  PlatformError
} from '../platform.js'
import { BlueGreen } from './blue-green.js'
import { Canary } from './canary.js'
import { KubernetesApi, PATCH } from './client.js'
import { Cluster } from './cluster.js'
import { diagnoseDeployment, whyUnavailable } from './diagnostics.js'
import { NoKubeconfigError } from './kubeconfig.js'
import { installKubectl } from './kubectl.js'
import { type Deployment, type JsonObject, type PodTemplate, VERSION_ANNOTATION } from './objects.js'
import { ManifestSet, handles, patchRelease, releaseFor, restoreTemplate, verifyDigest } from './release.js'
import { restartPatch, withoutHash } from './template.js'

export async function createKubernetesPlatform(settings: Settings, log: Log): Promise<Platform> {
  // Before any change: a kubectl whose checksum does not match stops the run here.
  if (settings.kubernetes.kubectlVersion && ['deploy', 'rollback'].includes(settings.mode))
    await installKubectl(settings.kubernetes, log)
  return new KubernetesPlatform(settings, log)
}

/**
 * Kubernetes through the official client (`@kubernetes/client-node`, loaded on the first call).
 * Rolling updates the Deployment and follows its rollout; blue-green runs `<deployment>-blue` and
 * `<deployment>-green` behind one Service whose selector names the live colour; canary runs
 * `<deployment>-canary` beside the Deployment, weighted by a Gateway API HTTPRoute or by replicas.
 */
export class KubernetesPlatform implements Platform {
  readonly name = 'kubernetes'
  readonly strategies: readonly Strategy[] = STRATEGIES
  readonly api: KubernetesApi
  private cluster?: Promise<Cluster>
  private manifestSet?: ManifestSet
  /** What the cluster showed of a failure, read by a canary abort before it scaled anything down. */
  private diagnosis?: Diagnosis | null
  private blueGreen?: BlueGreen
  private canary?: Canary

  constructor(
    private readonly settings: Settings,
    private readonly log: Log
  ) {
    this.api = new KubernetesApi(settings.kubernetes, log)
    // Every run with a Deployment to look at calls the API (the status read of a plan, at least).
    if (settings.kubernetes.deployment) this.api.preload()
  }

  private get k8s() {
    return this.settings.kubernetes
  }

  private get base(): string {
    return this.k8s.deployment!
  }

  /** The client loaded, the kubeconfig read, the namespace known. */
  private connected(): Promise<Cluster> {
    this.cluster ??= this.api.connect().then(() => new Cluster(this.api, this.log, this.settings, this.api.namespace))
    return this.cluster.catch((error: Error) => {
      throw error instanceof PlatformError ? error : new PlatformError(error.message, true)
    })
  }

  /** The cluster and the strategy's own state, made once per run. */
  private async strategy(): Promise<{ cluster: Cluster; blueGreen?: BlueGreen; canary?: Canary }> {
    const cluster = await this.connected()
    if (!this.manifestSet) {
      this.manifestSet = new ManifestSet(cluster)
      if (this.settings.strategy === 'blue-green') this.blueGreen = new BlueGreen(cluster, this.manifestSet)
      if (this.settings.strategy === 'canary') {
        this.canary = new Canary(cluster, this.manifestSet)
        // The failing pods are read before the abort undoes a promotion or scales the canary to 0.
        this.canary.onTrafficBack = async (signal) => {
          this.diagnosis = await this.readDiagnosis(signal).catch(() => null)
        }
      }
    }
    return { cluster, blueGreen: this.blueGreen, canary: this.canary }
  }

  check(_plan: Pick<Plan, 'operation' | 'strategy'>, _mode: Settings['mode']): string[] {
    const problems: string[] = []
    const digest = this.settings.imageDigest
    if (digest && !/^sha256:[0-9a-f]{64}$/.test(digest))
      problems.push(`\`image-digest\`: "${digest}" is not a digest of the form sha256:<64 hex digits>`)
    return problems
  }

  async status(signal: AbortSignal): Promise<ServiceStatus | null> {
    if (!this.k8s.deployment) return null
    let strategy: Awaited<ReturnType<KubernetesPlatform['strategy']>>
    try {
      strategy = await this.strategy()
    } catch (error) {
      // A plan without credentials (a pull request from a fork) is still a plan: status unknown.
      if (!(error instanceof NoKubeconfigError) || this.settings.mode !== 'plan') throw error
      this.log.warn(`Kubernetes: ${error.message}; the service's status is unknown`)
      return null
    }
    const { cluster, blueGreen } = strategy
    const name = blueGreen ? await blueGreen.liveDeployment(signal) : this.base
    const deployment = await cluster.readDeployment(name, signal)
    if (!deployment) return { up: false, detail: `deployment ${name} does not exist in namespace ${cluster.namespace}` }
    const desired = deployment.spec.replicas ?? 1
    const available = deployment.status?.availableReplicas ?? 0
    const conditions = (deployment.status?.conditions ?? [])
      .map((c) => `${c.type}=${c.status}${c.reason ? ` ${c.reason}` : ''}`)
      .join(', ')
    // Down with replicas: what its pods show says why (a crash loop, a failing readiness probe).
    const why =
      available === 0 && desired > 0
        ? await whyUnavailable(this.api, this.log, cluster.namespace, deployment, signal)
        : undefined
    return {
      up: available > 0,
      detail: `deployment ${name}: ${available} of ${desired} replicas available${conditions ? ` (${conditions})` : ''}${why ? `; ${why}` : ''}`
    }
  }

  async build(context: PlatformContext): Promise<BuildOutput> {
    if (this.settings.commands.build) return new CommandPlatform(this.settings, this.log).build(context)
    this.log.info('No build-command: the image is built elsewhere (the `image` and `image-digest` inputs name it)')
    return {}
  }

  async deploy(context: PlatformContext): Promise<DeployOutput> {
    const { cluster, blueGreen, canary } = await this.strategy()
    if (blueGreen) return blueGreen.deploy(context)
    if (canary) return canary.deploy(context)
    return this.rollingDeploy(cluster, context)
  }

  /** Rolling: the Deployment gets the release (by apply or by patch), and its rollout is followed. */
  private async rollingDeploy(cluster: Cluster, context: PlatformContext): Promise<DeployOutput> {
    const signal = context.signal
    const manifests = this.manifestSet!
    const document = manifests.configured ? await manifests.deployment() : undefined
    let previous: Deployment | undefined
    let done: Deployment
    let applied: JsonObject | undefined
    await this.refuseRunningColours(cluster, signal)
    try {
      if (manifests.configured) await manifests.applyOthers(signal)
      if (document) {
        previous = await cluster.readDeployment(this.base, signal)
        const template = (document.object['spec'] as unknown as Deployment['spec']).template
        const release = releaseFor(
          cluster,
          { ...context, image: context.image, imageDigest: context.imageDigest },
          template,
          `deployment ${this.base} (${document.source})`
        )
        const result = await manifests.applyDeployment(document, release, signal)
        applied = result.applied
        cluster.rolledOut.add(this.base)
        done = (await cluster.follow(this.base, signal, false)).deployment
      } else {
        previous = await cluster.requireDeployment(
          this.base,
          signal,
          'create it, or name its manifest in `kubernetes-manifests`'
        )
        const release = releaseFor(cluster, context, previous.spec.template, `deployment ${this.base}`)
        done = await patchRelease(cluster, previous, release, signal, false)
      }
    } catch (error) {
      // Until the Deployment's change may have landed, nothing serves differently: nothing to undo.
      if (!(error instanceof PlatformError))
        throw new PlatformError((error as Error).message, !cluster.changed.has(this.base))
      throw await this.withoutRecordedVersion(cluster, context, previous, error)
    }
    return { platform: handles(done, applied) }
  }

  /**
   * Rolling after blue-green: while `<deployment>-blue` or `-green` runs, the public Service sends
   * its traffic there, so a rolling deploy of `<deployment>` would take none and its checks would
   * judge the colour. Stop before any change and say how to move.
   */
  private async refuseRunningColours(cluster: Cluster, signal: AbortSignal): Promise<void> {
    const running: string[] = []
    for (const color of ['blue', 'green'] as const) {
      const deployment = await cluster.readDeployment(`${this.base}-${color}`, signal)
      if (deployment && (deployment.spec.replicas ?? 1) > 0) running.push(`deployment ${this.base}-${color}`)
    }
    if (running.length === 0) return
    throw new PlatformError(
      `${running.join(' and ')} ${running.length === 1 ? 'runs' : 'run'}: this environment was deployed blue-green, and its public Service sends traffic to a colour, so a rolling deploy of deployment ${this.base} would take none. Keep \`strategy: blue-green\`, or move to rolling by hand first: point the Service's selector at ${this.base}'s pods, then scale ${running.map((r) => r.replace('deployment ', '')).join(' and ')} to 0`,
      true
    )
  }

  /**
   * A rolling deploy that failed after the change, in a run with no version recorded to roll back to
   * (the first deploy through this action): the template the Deployment had before this run is put
   * back here, so it serves again instead of waiting for a person.
   */
  private async withoutRecordedVersion(
    cluster: Cluster,
    context: PlatformContext,
    previous: Deployment | undefined,
    error: unknown
  ): Promise<unknown> {
    const before = cluster.before.get(this.base)
    if (context.recorded || !previous || !before || !(error instanceof PlatformError) || error.beforeTraffic)
      return error
    this.log.warn(
      `No earlier version of ${this.settings.environment} is recorded to roll back to: restoring the template deployment ${this.base} had before this run`
    )
    try {
      await restoreTemplate(cluster, previous, before, AbortSignal.timeout(this.settings.rollback.maxSeconds * 1000))
    } catch (restoreError) {
      return new PlatformError(
        `${error.message}; restoring the template it had before failed too: ${(restoreError as Error).message}`,
        false
      )
    }
    return new PlatformError(
      `${error.message}; the template deployment ${this.base} had before this run was restored and serves again`,
      true
    )
  }

  async start(context: PlatformContext): Promise<DeployOutput> {
    const { cluster, blueGreen } = await this.strategy()
    const signal = context.signal
    const manifests = this.manifestSet!
    if (manifests.configured) {
      this.log.info('Starting: applying the manifests')
      return this.settings.strategy === 'rolling' ? this.rollingDeploy(cluster, context) : this.deploy(context)
    }
    const name = blueGreen ? await blueGreen.liveDeployment(signal) : this.base
    const deployment = await cluster.requireDeployment(
      name,
      signal,
      'it cannot be started; create it, or name its manifest in `kubernetes-manifests`'
    )
    const desired = deployment.spec.replicas ?? 1
    if (desired > 0) {
      // Pods that exist but are not available (crash-looping, never ready): new ones, as
      // `kubectl rollout restart` makes them; a cause that outlives a restart fails the start fast.
      const done = await cluster.rollOut(
        deployment,
        restartPatch(new Date()),
        PATCH.strategic,
        signal,
        false,
        `Starting: deployment ${name} has ${desired} replicas but none available; restarting its pods`
      )
      return { platform: handles(done) }
    }
    const recorded = Number(context.recorded?.platform?.['replicas'])
    const replicas = Number.isInteger(recorded) && recorded > 0 ? recorded : 1
    this.log.info(
      `Starting: deployment ${name} has 0 replicas; scaling to ${replicas} (${recorded > 0 ? 'as at the last good deploy' : 'none recorded'})`
    )
    await cluster.scale(name, replicas, signal)
    const done = await cluster.follow(name, signal, false)
    return { platform: handles(done.deployment) }
  }

  /** As `kubectl rollout restart`, followed to the end; skipped when this run replaced every pod already. */
  async restart(context: PlatformContext): Promise<void> {
    const { cluster, blueGreen, canary } = await this.strategy()
    const name = blueGreen ? blueGreen.deploymentOf(context.color!) : canary ? canary.canaryName : this.base
    if (cluster.rolledOut.has(name)) {
      this.log.info(`deployment ${name}: this run's rollout replaced every pod already; no separate restart`)
      return
    }
    const deployment = await cluster.requireDeployment(name, context.signal, 'there is nothing to restart')
    await cluster.rollOut(
      deployment,
      restartPatch(new Date()),
      PATCH.strategic,
      context.signal,
      this.settings.strategy !== 'rolling',
      `deployment ${name}: restarting its pods (kubectl.kubernetes.io/restartedAt)`
    )
  }

  async switchTraffic(context: PlatformContext): Promise<void> {
    const { blueGreen, canary } = await this.strategy()
    if (blueGreen) return blueGreen.switchTo(context.color!, context.signal)
    if (canary) return canary.shift(context)
    throw new PlatformError('a rolling deploy moves no traffic by itself (internal: switchTraffic on rolling)', false)
  }

  async promote(context: PlatformContext): Promise<DeployOutput> {
    const { canary } = await this.strategy()
    if (!canary) return {}
    return canary.promote(context)
  }

  /**
   * Rolling (and a requested rollback of a canary): the template the state recorded for the target,
   * restored with one JSON patch as `kubectl rollout undo` does, or applied again when the deploy
   * applied manifests. Without a recorded template: the template of a ReplicaSet that ran the target
   * version, else its image.
   */
  async rollback(context: PlatformContext, target: VersionRecord): Promise<RollbackHandle> {
    const { cluster } = await this.strategy()
    const signal = context.signal
    const name = target.platform?.['deployment'] || this.base
    const deployment = await cluster.requireDeployment(name, signal, 'there is nothing to roll back')
    const recorded = target.platform?.['applied']
    if (recorded && this.manifestSet!.configured) {
      this.log.info(`deployment ${name}: applying the Deployment document recorded for ${short(target.version)} again`)
      const { applied } = await this.manifestSet!.reapply(JSON.parse(recorded) as JsonObject, signal)
      cluster.rolledOut.add(name)
      const done = await cluster.follow(name, signal, false)
      return { platform: handles(done.deployment, applied) }
    }
    const template = await this.templateOf(cluster, deployment, target, signal)
    if (template) {
      const done = await restoreTemplate(cluster, deployment, template, signal)
      return { platform: handles(done) }
    }
    if (!target.image && !target.image_digest)
      throw new PlatformError(
        `no template or image of ${short(target.version)} is recorded, and no ReplicaSet of deployment ${name} ran it: deploy it again instead`,
        false
      )
    this.log.warn(`No template of ${short(target.version)} is recorded: deploying its image again`)
    const release = releaseFor(
      cluster,
      { ...context, version: target.version, image: target.image, imageDigest: target.image_digest },
      deployment.spec.template,
      `deployment ${name}`
    )
    const done = await patchRelease(cluster, deployment, release, signal, false)
    return { platform: handles(done) }
  }

  private async templateOf(
    cluster: Cluster,
    deployment: Deployment,
    target: VersionRecord,
    signal: AbortSignal
  ): Promise<PodTemplate | undefined> {
    const recorded = target.platform?.['template']
    if (recorded) return JSON.parse(recorded) as PodTemplate
    const replicaSets = await cluster.replicaSets(deployment, signal)
    const ran = replicaSets
      .filter((rs) => rs.spec?.template?.metadata?.annotations?.[VERSION_ANNOTATION] === target.version)
      .sort((a, b) => (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? ''))[0]
    return ran?.spec?.template ? withoutHash(ran.spec.template) : undefined
  }

  /**
   * What runs: with `image-digest`, every ready pod of the new ReplicaSet must report that digest
   * for the container (sidecars keep their own images); a pod that runs anything else fails the
   * deploy, named with what it runs. Without a digest: the version the pod template says.
   */
  async running(context: PlatformContext): Promise<string | null> {
    const { cluster, blueGreen, canary } = await this.strategy()
    const name = blueGreen ? blueGreen.deploymentOf(context.color!) : canary ? canary.canaryName : this.base
    const deployment = await cluster.requireDeployment(name, context.signal, 'nothing runs')
    if (!context.imageDigest) {
      if (context.operation === 'start') return null // a start changes no template: nothing new to read back
      return deployment.spec.template.metadata?.annotations?.[VERSION_ANNOTATION] ?? ''
    }
    return verifyDigest(cluster, deployment, context.imageDigest, context.signal)
  }

  async liveColor(state: DeploymentState | null): Promise<Color> {
    const { blueGreen } = await this.strategy()
    if (!blueGreen) return state?.current?.color ?? 'blue'
    return blueGreen.liveColor(state)
  }

  async healthUrls(): Promise<string[]> {
    // A Service's address is inside the cluster: what the runner can reach is yours to name.
    return []
  }

  async diagnose(signal: AbortSignal): Promise<Diagnosis | null> {
    return this.diagnosis ?? this.readDiagnosis(signal)
  }

  private async readDiagnosis(signal: AbortSignal): Promise<Diagnosis | null> {
    const cluster = await this.cluster?.catch(() => undefined)
    if (!cluster?.lastFollowed) return null
    return diagnoseDeployment(this.api, this.log, cluster.namespace, cluster.lastFollowed, signal)
  }

  async close(): Promise<void> {
    if (this.api.calls > 0) this.log.debug(`Kubernetes API: ${this.api.calls} requests`)
  }
}
