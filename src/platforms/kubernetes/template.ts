// Pure: pod templates, the objects made from them, and route weights. No I/O; tested with literal
// objects. Every function copies: what was read stays as it was read.
import {
  type BackendRef,
  type Container,
  DEPLOYMENT_ID_ANNOTATION,
  type Deployment,
  HASH_LABEL,
  type HTTPRoute,
  type JsonObject,
  type PodTemplate,
  RESTARTED_AT_ANNOTATION,
  type Service,
  TRACK_LABEL,
  VERSION_ANNOTATION,
  clone
} from './objects.js'

/** The container a deploy sets the image of: the named one, else the first. */
export function pickContainer(template: PodTemplate, name: string | undefined, owner: string): Container {
  const containers = template.spec?.containers ?? []
  const found = name ? containers.find((c) => c.name === name) : containers[0]
  if (!found)
    throw new Error(
      name
        ? `${owner} has no container "${name}" (it has ${containers.map((c) => c.name).join(', ') || 'none'}): fix \`kubernetes-container\``
        : `${owner} has no containers`
    )
  return found
}

/** `registry/web:1.2@sha256:…` → `registry/web`; a port in the registry host is kept. */
export function repository(image: string): string {
  const withoutDigest = image.split('@')[0]!
  const colon = withoutDigest.lastIndexOf(':')
  return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(0, colon) : withoutDigest
}

/**
 * The image a deploy sets: `image@digest`, `image`, or the running image's repository at the
 * digest. Undefined with neither: the rollout restarts the image that runs.
 */
export function imageFor(current: string | undefined, image?: string, digest?: string): string | undefined {
  if (digest) {
    const base = image ?? current
    return base ? `${repository(base)}${tagOf(image)}@${digest}` : undefined
  }
  return image
}

/** The tag of an image given with one (`:1.2`), kept beside the digest as a readable hint. */
function tagOf(image: string | undefined): string {
  if (!image) return ''
  const withoutDigest = image.split('@')[0]!
  const colon = withoutDigest.lastIndexOf(':')
  return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(colon) : ''
}

export interface Release {
  container: string
  /** Undefined: the image stays (a restart of what runs). */
  image?: string
  version: string
  deploymentId: string
}

/**
 * The strategic merge patch of a release: the container's image (containers merge by name, so
 * sidecars keep theirs) and the annotations that let the running version be read back.
 */
export function releasePatch(release: Release): JsonObject {
  return {
    spec: {
      template: {
        metadata: {
          annotations: {
            [VERSION_ANNOTATION]: release.version,
            [DEPLOYMENT_ID_ANNOTATION]: release.deploymentId
          }
        },
        ...(release.image ? { spec: { containers: [{ name: release.container, image: release.image }] } } : {})
      }
    }
  }
}

/** The same change on a whole template (objects this platform creates or applies). */
export function withRelease(template: PodTemplate, release: Release): PodTemplate {
  const next = clone(template)
  next.metadata = { ...next.metadata }
  next.metadata.annotations = {
    ...next.metadata.annotations,
    [VERSION_ANNOTATION]: release.version,
    [DEPLOYMENT_ID_ANNOTATION]: release.deploymentId
  }
  if (release.image) {
    const container = next.spec?.containers?.find((c) => c.name === release.container)
    if (container) container.image = release.image
  }
  return next
}

/** What `kubectl rollout restart` sends: a new pod-template annotation, so every pod is replaced. */
export function restartPatch(now: Date): JsonObject {
  return {
    spec: {
      template: {
        metadata: { annotations: { [RESTARTED_AT_ANNOTATION]: now.toISOString().replace(/\.\d+Z$/, 'Z') } }
      }
    }
  }
}

/**
 * As `kubectl rollout undo`: one JSON patch replacing the whole template. A template read from a
 * ReplicaSet loses the `pod-template-hash` label the controller added to it.
 */
export function undoPatch(template: PodTemplate): JsonObject[] {
  return [{ op: 'replace', path: '/spec/template', value: withoutHash(template) as JsonObject }]
}

export function withoutHash(template: PodTemplate): PodTemplate {
  const next = clone(template)
  if (next.metadata?.labels?.[HASH_LABEL] !== undefined) {
    const { [HASH_LABEL]: _hash, ...labels } = next.metadata.labels
    next.metadata.labels = labels
  }
  return next
}

/** A template with one more label on its pods. */
export function withLabel(template: PodTemplate, key: string, value: string): PodTemplate {
  const next = withoutHash(template)
  next.metadata = { ...next.metadata, labels: { ...next.metadata?.labels, [key]: value } }
  return next
}

/**
 * A template about to replace a live one, with the live pods' canary track label when it has none:
 * a canary's set-up made the stable Service select `deploy-orchestrator/track: stable`, so pods
 * without it would take no traffic (a manifest or a version from before the canary lacks it).
 */
export function keepingTrack(template: PodTemplate, live: PodTemplate | undefined): PodTemplate {
  const track = live?.metadata?.labels?.[TRACK_LABEL]
  if (track === undefined || template.metadata?.labels?.[TRACK_LABEL] !== undefined) return template
  return withLabel(template, TRACK_LABEL, track)
}

/**
 * A Deployment made from another's: a colour of blue-green, the canary. Its selector and pods carry
 * one more label, so its pods are its own and a Service can select them alone. The other's rollout
 * settings come along; its status, identity and revision annotations do not.
 */
export function derivedDeployment(
  base: Deployment,
  name: string,
  label: [string, string],
  replicas: number,
  template: PodTemplate = base.spec.template
): Deployment {
  const [key, value] = label
  const spec: Deployment['spec'] = {
    replicas,
    selector: {
      ...base.spec.selector,
      matchLabels: { ...base.spec.selector?.matchLabels, [key]: value }
    },
    template: withLabel(template, key, value)
  }
  for (const field of ['minReadySeconds', 'progressDeadlineSeconds', 'revisionHistoryLimit', 'strategy'])
    if (base.spec[field] !== undefined) spec[field] = clone(base.spec[field])
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name,
      namespace: base.metadata.namespace,
      labels: { ...base.metadata.labels, [key]: value },
      annotations: { 'deploy-orchestrator/made-from': base.metadata.name ?? '' }
    },
    spec
  }
}

/**
 * A Service beside another one (`<service>-preview`, `<service>-canary`): its ports, and its
 * selector with one label set. Cluster-internal whatever the other's type: the public one stays
 * the only way in.
 */
export function derivedService(base: Service, name: string, label: [string, string]): Service {
  const ports = (base.spec?.ports ?? []).map((port) => {
    const { nodePort: _nodePort, ...rest } = port
    return rest
  })
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name,
      namespace: base.metadata.namespace,
      labels: { ...base.metadata.labels },
      annotations: { 'deploy-orchestrator/made-from': base.metadata.name ?? '' }
    },
    spec: { type: 'ClusterIP', selector: { ...base.spec?.selector, [label[0]]: label[1] }, ports }
  }
}

/** A backendRef that names the Service `name` of the route's own namespace. */
function refersTo(ref: BackendRef, name: string, namespace: string | undefined): boolean {
  return (
    ref.name === name &&
    (ref.kind ?? 'Service') === 'Service' &&
    (ref.group ?? '') === '' &&
    (ref.namespace === undefined || ref.namespace === namespace)
  )
}

/**
 * The route's rules with `percent` of the traffic of every rule that sends to the stable Service
 * given to the canary Service (added beside it when missing, on the same port), the rest to the
 * stable one. Every other field and rule is kept: a merge patch replaces `rules` whole.
 */
export function weightedRules(route: HTTPRoute, stable: string, canary: string, percent: number) {
  const namespace = route.metadata.namespace
  let matched = 0
  const rules = clone(route.spec?.rules ?? []).map((rule) => {
    const refs = rule.backendRefs ?? []
    const stableRef = refs.find((ref) => refersTo(ref, stable, namespace))
    if (!stableRef) return rule
    matched++
    stableRef.weight = 100 - percent
    const canaryRef = refs.find((ref) => refersTo(ref, canary, namespace))
    if (canaryRef) canaryRef.weight = percent
    else {
      const { weight: _weight, name: _name, ...rest } = stableRef
      refs.push({ ...rest, name: canary, weight: percent })
    }
    rule.backendRefs = refs
    return rule
  })
  if (matched === 0)
    throw new Error(
      `HTTPRoute ${route.metadata.name} sends no traffic to the Service ${stable}: give one of its rules a backendRef to it (the stable backend)`
    )
  return rules
}

/** The canary's share of the route, as the rules say it now (the first rule that sends to stable). */
export function canaryShare(route: HTTPRoute, stable: string, canary: string): number | undefined {
  const namespace = route.metadata.namespace
  for (const rule of route.spec?.rules ?? []) {
    const refs = rule.backendRefs ?? []
    const stableRef = refs.find((ref) => refersTo(ref, stable, namespace))
    if (!stableRef) continue
    const canaryRef = refs.find((ref) => refersTo(ref, canary, namespace))
    const s = stableRef.weight ?? 1
    const c = canaryRef ? (canaryRef.weight ?? 1) : 0
    return s + c === 0 ? 0 : Math.round((100 * c) / (s + c))
  }
  return undefined
}

/** Canary by replica count: how many of `total` replicas run the new version for `percent`. */
export function canaryReplicas(total: number, percent: number): number {
  if (percent <= 0) return 0
  if (percent >= 100) return total
  return Math.min(total, Math.max(1, Math.round((total * percent) / 100)))
}
