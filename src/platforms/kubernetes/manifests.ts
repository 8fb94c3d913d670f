import { glob, readFile } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import { FIELD_MANAGER, type KubernetesApi, KubernetesError, PATCH, type Status } from './client.js'
import type { JsonObject, ObjectMeta } from './objects.js'

export interface Manifest {
  object: JsonObject & { apiVersion: string; kind: string; metadata: ObjectMeta }
  /** `deploy/app.yaml#2`: where it came from, for errors. */
  source: string
}

/**
 * The documents of `kubernetes-manifests`: files or globs (relative to the workspace), several
 * YAML documents each, `kind: List` unpacked. A pattern that matches nothing is an error: a typo
 * must not deploy without its ConfigMap.
 */
export async function readManifests(patterns: string[], workspace: string): Promise<Manifest[]> {
  const { parseAllDocuments } = await import('yaml')
  const manifests: Manifest[] = []
  for (const pattern of patterns) {
    const files: string[] = []
    for await (const file of glob(pattern, { cwd: workspace })) files.push(file)
    files.sort()
    if (files.length === 0) throw new Error(`\`kubernetes-manifests\`: "${pattern}" matches no file in ${workspace}`)
    for (const file of files) {
      const path = isAbsolute(file) ? file : join(workspace, file)
      const name = relative(workspace, path)
      const documents = parseAllDocuments(await readFile(path, 'utf8'))
      for (const [index, document] of (Array.isArray(documents) ? documents : [documents]).entries()) {
        if (document.errors.length > 0)
          throw new Error(
            `\`kubernetes-manifests\`: ${name} document ${index + 1} is not valid YAML: ${document.errors[0]!.message}`
          )
        const value = document.toJS() as JsonObject | null
        if (value === null || value === undefined) continue
        const items =
          value['kind'] === 'List' && Array.isArray(value['items']) ? (value['items'] as JsonObject[]) : [value]
        for (const item of items) {
          const metadata = item['metadata'] as ObjectMeta | undefined
          if (typeof item['apiVersion'] !== 'string' || typeof item['kind'] !== 'string' || !metadata?.name)
            throw new Error(
              `\`kubernetes-manifests\`: ${name} document ${index + 1} is not a Kubernetes object (apiVersion, kind and metadata.name are required)`
            )
          manifests.push({ object: item as Manifest['object'], source: `${name}#${index + 1}` })
        }
      }
    }
  }
  return manifests
}

/** The field-manager conflicts of a 409 answer to an apply (none: another kind of 409). */
function fieldConflicts(answer: Status | undefined): { message?: string; field?: string }[] {
  return (answer?.details?.causes ?? []).filter((cause) => cause.type === 'FieldManagerConflict')
}

/**
 * A refused apply whose every conflict is with this action's own non-apply writes (its
 * `deploy-orchestrator` Update entry: a canary's promotion, a restored template, a selector or
 * route weights it set). The API keeps an applier apart from an updater of the same name
 * (kubernetes/kubernetes#107417), so the action's patches conflict with its own applies.
 */
export function ownConflicts(error: unknown): boolean {
  if (!(error instanceof KubernetesError) || error.status !== 409) return false
  const conflicts = fieldConflicts(error.answer)
  return conflicts.length > 0 && conflicts.every((c) => c.message?.startsWith(`conflict with "${FIELD_MANAGER}"`))
}

interface Resource {
  name: string
  kind: string
  namespaced: boolean
}

/**
 * Server-side apply of any kind (field manager `deploy-orchestrator`), its URL found through the
 * API's discovery documents. A field another manager owns is a conflict that stops the deploy with
 * the manager's name: never forced.
 */
export class Applier {
  private readonly discovery = new Map<string, Promise<Resource[]>>()

  constructor(
    private readonly api: KubernetesApi,
    private readonly namespace: string
  ) {}

  /** `force` only takes back fields this action set itself (see `ownConflicts`). */
  async apply(manifest: Manifest, signal: AbortSignal, force = false): Promise<JsonObject> {
    const { object } = manifest
    const path = await this.pathOf(object, signal)
    const body = { ...object, metadata: { ...object.metadata } }
    delete body.metadata['managedFields']
    delete (body as Record<string, unknown>)['status']
    try {
      return await this.api.call<JsonObject>({
        method: 'PATCH',
        path,
        query: { fieldManager: FIELD_MANAGER, ...(force ? { force: true } : {}) },
        body,
        contentType: PATCH.apply,
        signal
      })
    } catch (error) {
      const conflicts = error instanceof KubernetesError && error.status === 409 ? fieldConflicts(error.answer) : []
      if (conflicts.length === 0) throw error
      const what = `server-side apply of ${object.kind} ${object.metadata.name} (${manifest.source})`
      const file = manifest.source.replace(/#\d+$/, '')
      const handOver = `\`kubectl apply --server-side --force-conflicts --field-manager=${FIELD_MANAGER} -f ${file}\``
      throw new KubernetesError(
        ownConflicts(error as KubernetesError)
          ? `${what} would replace what this action set by patch (${conflicts.map((c) => c.field).join(', ')}: a canary's or blue-green's traffic set-up). Leave ${object.kind} ${object.metadata.name} out of \`kubernetes-manifests\` (it keeps what the action set), or hand it back once you have checked what the manifest's version selects: ${handOver}`
          : `${what} conflicts with another field manager: ${(error as KubernetesError).answer?.message ?? (error as Error).message}. The action never forces: drop the field from the manifest, or hand it over once with ${handOver}`,
        409,
        'Conflict',
        (error as KubernetesError).answer
      )
    }
  }

  /** The object's URL: `/apis/<group>/<version>/namespaces/<ns>/<plural>/<name>`. */
  async pathOf(object: Manifest['object'], signal: AbortSignal): Promise<string> {
    const groupVersion = object.apiVersion
    const base = groupVersion.includes('/') ? `/apis/${groupVersion}` : `/api/${groupVersion}`
    let resources = this.discovery.get(groupVersion)
    if (!resources) {
      resources = this.api
        .call<{ resources?: Resource[] }>({ method: 'GET', path: base, signal, missingOk: true })
        .then((answer) => (answer?.resources ?? []).filter((r) => !r.name.includes('/')))
      this.discovery.set(groupVersion, resources)
    }
    const resource = (await resources).find((r) => r.kind === object.kind)
    if (!resource)
      throw new Error(
        `\`kubernetes-manifests\`: the cluster serves no ${object.kind} in ${groupVersion} (is its CRD installed, or the apiVersion wrong?)`
      )
    const namespace = object.metadata.namespace ?? this.namespace
    return `${base}/${resource.namespaced ? `namespaces/${namespace}/` : ''}${resource.name}/${object.metadata.name}`
  }
}
