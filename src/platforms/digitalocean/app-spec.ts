// The parts of the App Platform JSON this platform reads, and the one change it makes to a spec.
// Specs stay plain parsed JSON: whatever the API sends (fields dots does not model included) goes
// back unchanged, in the same key order.

export type JsonObject = Record<string, unknown>

export type Phase =
  | 'UNKNOWN'
  | 'PENDING_BUILD'
  | 'BUILDING'
  | 'PENDING_DEPLOY'
  | 'DEPLOYING'
  | 'ACTIVE'
  | 'SUPERSEDED'
  | 'ERROR'
  | 'CANCELED'
export const TERMINAL_PHASES: readonly Phase[] = ['ACTIVE', 'SUPERSEDED', 'ERROR', 'CANCELED']

export interface StepJson {
  name?: string
  status?: 'UNKNOWN' | 'PENDING' | 'RUNNING' | 'ERROR' | 'SUCCESS'
  reason?: { code?: string; message?: string }
  component_name?: string
  steps?: StepJson[]
}

export interface DeploymentJson {
  id: string
  phase?: Phase
  cause?: string
  created_at?: string
  spec?: JsonObject
  progress?: {
    pending_steps?: number
    running_steps?: number
    success_steps?: number
    error_steps?: number
    total_steps?: number
    steps?: StepJson[]
  }
}

export interface AppJson {
  id: string
  spec: JsonObject
  live_url?: string
  default_ingress?: string
  active_deployment?: DeploymentJson
  in_progress_deployment?: DeploymentJson
  pending_deployment?: DeploymentJson
  pinned_deployment?: DeploymentJson
}

const COMPONENT_KINDS = ['services', 'workers', 'jobs', 'static_sites', 'functions'] as const

export interface ImageComponent {
  name: string
  image: JsonObject
}

function components(spec: JsonObject): JsonObject[] {
  const out: JsonObject[] = []
  for (const kind of COMPONENT_KINDS) {
    const list = spec[kind]
    if (Array.isArray(list)) for (const c of list) if (isObject(c) && typeof c['name'] === 'string') out.push(c)
  }
  return out
}

/** Components that deploy a container image, in spec order. */
export function imageComponents(spec: JsonObject): ImageComponent[] {
  return components(spec)
    .filter((c) => isObject(c['image']))
    .map((c) => ({ name: c['name'] as string, image: c['image'] as JsonObject }))
}

/**
 * The image components a deploy updates: those named (`digitalocean-components`), or every image
 * component. A string is the problem with the names.
 */
export function chosenComponents(spec: JsonObject, names: readonly string[]): ImageComponent[] | string {
  const images = imageComponents(spec)
  if (names.length === 0) {
    return images.length > 0
      ? images
      : `the app spec has no component deployed from an image (components: ${
          components(spec)
            .map((c) => c['name'])
            .join(', ') || 'none'
        })`
  }
  const all = components(spec).map((c) => c['name'] as string)
  const unknown = names.filter((n) => !all.includes(n))
  if (unknown.length > 0)
    return `\`digitalocean-components\` names ${unknown.join(', ')}, which the app spec does not have (it has ${all.join(', ') || 'none'})`
  const notImages = names.filter((n) => !images.some((c) => c.name === n))
  if (notImages.length > 0)
    return `\`digitalocean-components\`: ${notImages.join(', ')} ${notImages.length === 1 ? 'is' : 'are'} not deployed from an image (built from source), so no digest applies`
  return images.filter((c) => names.includes(c.name))
}

/**
 * The spec with the chosen components' image pinned to `digest`: `digest` takes the place of `tag`
 * (the API refuses both together), every other byte of the spec stays as it was. `changed` lists
 * the components whose image differed.
 */
export function withImageDigest(
  spec: JsonObject,
  names: readonly string[],
  digest: string
): { spec: JsonObject; changed: string[] } {
  const next = structuredClone(spec)
  const chosen = chosenComponents(next, names)
  if (typeof chosen === 'string') throw new Error(chosen)
  const changed: string[] = []
  for (const component of chosen) {
    if (component.image['digest'] === digest && component.image['tag'] === undefined) continue
    const image: JsonObject = {}
    for (const [key, value] of Object.entries(component.image)) {
      if (key === 'tag') {
        if (!('digest' in component.image)) image['digest'] = digest
      } else image[key] = key === 'digest' ? digest : value
    }
    if (!('digest' in image)) image['digest'] = digest
    replaceImage(next, component.name, image)
    changed.push(component.name)
  }
  return { spec: next, changed }
}

function replaceImage(spec: JsonObject, name: string, image: JsonObject): void {
  for (const component of components(spec)) {
    if (component['name'] === name) component['image'] = image
  }
}

/** What the chosen components of a (deployment's) spec run: a digest, or a tag when there is none. */
export function runningImages(
  spec: JsonObject,
  names: readonly string[]
): Array<{ name: string; digest?: string; tag?: string }> {
  const chosen = chosenComponents(spec, names)
  if (typeof chosen === 'string') return []
  return chosen.map((c) => ({
    name: c.name,
    digest: typeof c.image['digest'] === 'string' ? c.image['digest'] : undefined,
    tag: typeof c.image['tag'] === 'string' ? c.image['tag'] : undefined
  }))
}

/** The failing leaf step of a deployment and DigitalOcean's reason for it. */
export function failingStep(deployment: DeploymentJson): { step: string; reason?: string } | undefined {
  const walk = (steps: StepJson[] | undefined, path: string[]): { step: string; reason?: string } | undefined => {
    for (const step of steps ?? []) {
      if (step.status !== 'ERROR') continue
      const here = [
        ...path,
        step.component_name && step.component_name !== step.name
          ? `${step.name} (${step.component_name})`
          : (step.name ?? '?')
      ]
      const reason = step.reason ? [step.reason.code, step.reason.message].filter(Boolean).join(': ') : undefined
      const deeper = walk(step.steps, here)
      if (deeper) return { step: deeper.step, reason: deeper.reason ?? reason }
      return { step: here.join(' › '), reason }
    }
    return undefined
  }
  return walk(deployment.progress?.steps, [])
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
