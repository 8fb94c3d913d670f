// A release to one Deployment: what the strategies share. Rolling releases to the Deployment
// itself, blue-green to a colour, canary to `<deployment>-canary` and, promoted, to the stable one.
import { short } from '../../state/transitions.js'
import type { PlatformContext } from '../platform.js'
import { PlatformError } from '../platform.js'
import { PATCH } from './client.js'
import type { Cluster } from './cluster.js'
import { Applier, type Manifest, readManifests } from './manifests.js'
import { type Deployment, type JsonObject, type PodTemplate, VERSION_ANNOTATION, clone } from './objects.js'
import { digestMismatch } from './rollout.js'
import { type Release, imageFor, pickContainer, releasePatch, undoPatch, withRelease } from './template.js'

/** What the state records of a release, so a rollback restores it exactly. */
export function handles(deployment: Deployment, applied?: JsonObject): Record<string, string> {
  return {
    namespace: deployment.metadata.namespace ?? '',
    deployment: deployment.metadata.name ?? '',
    replicas: String(deployment.spec.replicas ?? 1),
    template: JSON.stringify(deployment.spec.template),
    ...(applied ? { applied: JSON.stringify(applied) } : {})
  }
}

/** The release a context asks for, on a template whose container's image it reads. */
export function releaseFor(cluster: Cluster, context: PlatformContext, template: PodTemplate, owner: string): Release {
  let container
  try {
    container = pickContainer(template, cluster.k8s.container, owner)
  } catch (error) {
    throw new PlatformError((error as Error).message, true)
  }
  const image = imageFor(container.image, context.image, context.imageDigest)
  if (context.imageDigest && !image)
    throw new PlatformError(
      `${owner}: container ${container.name} names no image to pin to ${context.imageDigest}`,
      true
    )
  return { container: container.name, image, version: context.version, deploymentId: context.deploymentId ?? '' }
}

/** The manifests, read once per run; the named Deployment's document apart from the others. */
export class ManifestSet {
  private read?: Promise<Manifest[]>

  constructor(private readonly cluster: Cluster) {}

  get configured(): boolean {
    return this.cluster.k8s.manifests.length > 0
  }

  async all(): Promise<Manifest[]> {
    this.read ??= readManifests(this.cluster.k8s.manifests, this.cluster.settings.runtime.workspace)
    try {
      return await this.read
    } catch (error) {
      throw new PlatformError((error as Error).message, true)
    }
  }

  /** The document of `kubernetes-deployment`, when the manifests hold it. */
  async deployment(): Promise<Manifest | undefined> {
    const name = this.cluster.k8s.deployment
    return (await this.all()).find(
      (m) =>
        m.object.kind === 'Deployment' &&
        m.object.metadata.name === name &&
        (m.object.metadata.namespace ?? this.cluster.namespace) === this.cluster.namespace
    )
  }

  /**
   * Applies every document but the named Deployment's (a strategy decides what becomes of that
   * one). With blue-green and canary, the public Service and the route are the action's to steer (a
   * Service's selector is atomic: applying it again would drop the colour): created when missing,
   * never applied again.
   */
  async applyOthers(signal: AbortSignal): Promise<void> {
    const named = await this.deployment()
    const applier = new Applier(this.cluster.api, this.cluster.namespace)
    const { settings } = this.cluster
    const steered = (m: Manifest) =>
      settings.strategy !== 'rolling' &&
      ((m.object.kind === 'Service' && m.object.metadata.name === this.cluster.k8s.service) ||
        (m.object.kind === 'HTTPRoute' && m.object.metadata.name === this.cluster.k8s.route))
    for (const manifest of await this.all()) {
      if (manifest === named) continue
      const label = `${manifest.object.kind} ${manifest.object.metadata.name} (${manifest.source})`
      if (steered(manifest)) {
        const path = await applier.pathOf(manifest.object, signal)
        if (await this.cluster.api.call({ method: 'GET', path, signal, missingOk: true })) {
          this.cluster.log.info(`${label} exists: its traffic is the action's to steer, so it is not applied again`)
          continue
        }
      }
      await applier.apply(manifest, signal)
      this.cluster.log.info(`Applied ${label}`)
    }
  }

  /** Server-side apply of the named Deployment's document with the release in its template. */
  async applyDeployment(
    manifest: Manifest,
    release: Release,
    signal: AbortSignal
  ): Promise<{ deployment: Deployment; applied: JsonObject }> {
    const applied = clone(manifest.object) as unknown as Deployment
    applied.spec = { ...applied.spec, template: withRelease(applied.spec.template, release) }
    const current = await this.cluster.readDeployment(manifest.object.metadata.name!, signal)
    if (current && !this.cluster.before.has(current.metadata.name!))
      this.cluster.before.set(current.metadata.name!, current.spec.template)
    const name = manifest.object.metadata.name!
    const deployment = (await this.cluster.changing(name, () =>
      new Applier(this.cluster.api, this.cluster.namespace).apply(
        { ...manifest, object: applied as unknown as Manifest['object'] },
        signal
      )
    )) as unknown as Deployment
    this.cluster.log.info(`Applied Deployment ${deployment.metadata.name} (${manifest.source})`)
    return { deployment, applied: applied as unknown as JsonObject }
  }

  /** Applies a recorded Deployment document again (a rollback of a deploy that applied it). */
  async reapply(applied: JsonObject, signal: AbortSignal): Promise<Deployment> {
    const object = applied as Manifest['object']
    return (await new Applier(this.cluster.api, this.cluster.namespace).apply(
      { object, source: 'the state' },
      signal
    )) as unknown as Deployment
  }
}

/**
 * What blue-green and canary start from: the Deployment named by `kubernetes-deployment` (the one
 * their own Deployments are made from) and the public Service `kubernetes-service`.
 */
export abstract class TrafficStrategy {
  constructor(
    protected readonly cluster: Cluster,
    protected readonly manifests: ManifestSet
  ) {}

  protected get base(): string {
    return this.cluster.k8s.deployment!
  }

  protected get service(): string {
    return this.cluster.k8s.service!
  }
}

/**
 * Releases to an existing Deployment without manifests: one strategic merge patch of the image and
 * the annotations (sidecars keep their images), then the rollout followed. A failure before the
 * patch landed is before traffic; after it, it is the caller's `beforeTraffic`.
 */
export function patchRelease(
  cluster: Cluster,
  deployment: Deployment,
  release: Release,
  signal: AbortSignal,
  beforeTraffic: boolean,
  extra: JsonObject = {}
): Promise<Deployment> {
  const patch = releasePatch(release)
  const spec = { ...(patch['spec'] as JsonObject), ...(extra['spec'] as JsonObject | undefined) }
  return cluster.rollOut(
    deployment,
    { ...extra, spec },
    PATCH.strategic,
    signal,
    beforeTraffic,
    `deployment ${deployment.metadata.name}: ${release.image ? `container ${release.container} → ${release.image}` : 'same image, new pods'} (version ${short(release.version)})`
  )
}

/** Restores a template as `kubectl rollout undo` does (one JSON patch), and follows the rollout. */
export function restoreTemplate(
  cluster: Cluster,
  deployment: Deployment,
  template: PodTemplate,
  signal: AbortSignal
): Promise<Deployment> {
  return cluster.rollOut(
    deployment,
    undoPatch(template),
    PATCH.json,
    signal,
    false,
    `deployment ${deployment.metadata.name}: template restored (version ${short(template.metadata?.annotations?.[VERSION_ANNOTATION] ?? 'unrecorded')})`
  )
}

/** The digest check of a Deployment's new pods; answers the digest when every ready pod runs it. */
export async function verifyDigest(
  cluster: Cluster,
  deployment: Deployment,
  digest: string,
  signal: AbortSignal
): Promise<string | null> {
  const name = deployment.metadata.name!
  const { pods } = await cluster.currentPods(deployment, signal)
  if (pods.length === 0) return (deployment.spec.replicas ?? 1) === 0 ? null : ''
  const container = cluster.k8s.container ?? deployment.spec.template.spec?.containers?.[0]?.name ?? ''
  const mismatch = digestMismatch(pods, container, digest)
  if (mismatch)
    throw new PlatformError(
      `pod ${mismatch.pod} of deployment ${name} runs ${mismatch.runs} in container ${container}, not ${digest}`,
      false
    )
  cluster.log.info(`deployment ${name}: every ready pod runs ${digest} in container ${container}`)
  return digest
}
