// A release to one Deployment: what the strategies share. Rolling releases to the Deployment
// itself, blue-green to a colour, canary to `<deployment>-canary` and, promoted, to the stable one.
import { short } from '../../state/transitions.js'
import type { PlatformContext } from '../platform.js'
import { PlatformError } from '../platform.js'
import { KubernetesError, PATCH } from './client.js'
import type { Cluster } from './cluster.js'
import { Applier, type Manifest, ownConflicts, readManifests } from './manifests.js'
import {
  type Deployment,
  type JsonObject,
  type PodTemplate,
  TRACK_LABEL,
  VERSION_ANNOTATION,
  clone
} from './objects.js'
import { digestMismatch } from './rollout.js'
import {
  type Release,
  imageFor,
  keepingTrack,
  pickContainer,
  releasePatch,
  undoPatch,
  withRelease
} from './template.js'

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
    const object = clone(manifest.object) as unknown as Deployment
    object.spec = { ...object.spec, template: withRelease(object.spec.template, release) }
    const result = await this.applyNamed({ ...manifest, object: object as unknown as Manifest['object'] }, signal)
    this.cluster.log.info(`Applied Deployment ${result.deployment.metadata.name} (${manifest.source})`)
    return result
  }

  /** Applies a recorded Deployment document again (a rollback of a deploy that applied it). */
  reapply(applied: JsonObject, signal: AbortSignal): Promise<{ deployment: Deployment; applied: JsonObject }> {
    return this.applyNamed({ object: applied as Manifest['object'], source: 'the state' }, signal)
  }

  /**
   * A Deployment document applied over the live object. The live pods' canary track label stays
   * when the document has none (the stable Service a canary set up selects it). Fields this action
   * set itself by patch (a promotion, a restore) conflict with its own apply: with no other
   * manager's field among the conflicts, they are taken back, forced on the resourceVersion just
   * read, so a field someone else wrote since is never taken (that apply is refused; read again).
   */
  private async applyNamed(
    manifest: Manifest,
    signal: AbortSignal
  ): Promise<{ deployment: Deployment; applied: JsonObject }> {
    const { cluster } = this
    const name = manifest.object.metadata.name!
    const applier = new Applier(cluster.api, cluster.namespace)
    for (let attempt = 1; ; attempt++) {
      const current = await cluster.readDeployment(name, signal)
      if (current && !cluster.before.has(name)) cluster.before.set(name, current.spec.template)
      const object = clone(manifest.object) as unknown as Deployment
      const template = keepingTrack(object.spec.template, current?.spec.template)
      if (template !== object.spec.template)
        cluster.log.info(
          `deployment ${name}: its pods carry ${TRACK_LABEL}=${template.metadata!.labels![TRACK_LABEL]} (a canary's set-up: the stable Service selects it); kept in the template applied from ${manifest.source}`
        )
      object.spec = { ...object.spec, template }
      const intent = object as unknown as Manifest['object']
      try {
        const deployment = await cluster.changing(name, async () => {
          try {
            return await applier.apply({ ...manifest, object: intent }, signal)
          } catch (error) {
            if (!current || !ownConflicts(error)) throw error
            cluster.log.info(
              `deployment ${name}: ${(error as KubernetesError).answer?.details?.causes?.map((c) => c.field).join(', ')} were set by this action's own patches, not by another manager: taken back (forced at resourceVersion ${current.metadata.resourceVersion})`
            )
            const pinned = {
              ...intent,
              metadata: { ...intent.metadata, resourceVersion: current.metadata.resourceVersion ?? '' }
            } as Manifest['object']
            return await applier.apply({ ...manifest, object: pinned }, signal, true)
          }
        })
        return { deployment: deployment as unknown as Deployment, applied: object as unknown as JsonObject }
      } catch (error) {
        // A 409 without field conflicts: it changed since the read, so decide again from a new one.
        const modified =
          error instanceof KubernetesError && error.status === 409 && !error.answer?.details?.causes?.length
        if (!modified || attempt >= 3) throw error
        cluster.log.info(`deployment ${name} changed while it was applied; reading it again`)
      }
    }
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

/**
 * Restores a template as `kubectl rollout undo` does (one JSON patch), and follows the rollout. A
 * template from before a canary's set-up gets the live track label back, or the stable Service would
 * select none of its pods (its old ReplicaSet then cannot be reused: the template differs).
 */
export function restoreTemplate(
  cluster: Cluster,
  deployment: Deployment,
  template: PodTemplate,
  signal: AbortSignal
): Promise<Deployment> {
  const restored = keepingTrack(template, deployment.spec.template)
  return cluster.rollOut(
    deployment,
    undoPatch(restored),
    PATCH.json,
    signal,
    false,
    `deployment ${deployment.metadata.name}: template restored (version ${short(template.metadata?.annotations?.[VERSION_ANNOTATION] ?? 'unrecorded')})${restored === template ? '' : `, with its pods' ${TRACK_LABEL} label kept (the stable Service selects it)`}`
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
