// What the server serves: its resources (discovery), and the list and map semantics of their
// fields that patches and server-side apply need (the `patchMergeKey`, `listType`, `listMapKey`
// and `structType/mapType=atomic` markers of the Kubernetes Go types).
import type { Obj } from './util.js'

export interface Resource {
  group: string
  version: string
  plural: string
  kind: string
  singular: string
  namespaced: boolean
  verbs: string[]
  shortNames?: string[]
  subresources: string[]
  /** Built into the API server (typed): strategic merge patch works; list items carry no kind. */
  builtin: boolean
  /** Extra field selector labels, besides metadata.name and metadata.namespace. */
  fields?: string[]
  /** metadata.generation is kept (it rises on spec changes). */
  generation: boolean
}

const RW = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch']

export const RESOURCES: Resource[] = [
  {
    group: 'apps',
    version: 'v1',
    plural: 'deployments',
    kind: 'Deployment',
    singular: 'deployment',
    namespaced: true,
    verbs: RW,
    shortNames: ['deploy'],
    subresources: ['scale', 'status'],
    builtin: true,
    generation: true
  },
  {
    group: 'apps',
    version: 'v1',
    plural: 'replicasets',
    kind: 'ReplicaSet',
    singular: 'replicaset',
    namespaced: true,
    verbs: RW,
    shortNames: ['rs'],
    subresources: ['scale', 'status'],
    builtin: true,
    generation: true,
    fields: ['status.replicas']
  },
  {
    group: '',
    version: 'v1',
    plural: 'pods',
    kind: 'Pod',
    singular: 'pod',
    namespaced: true,
    verbs: RW,
    shortNames: ['po'],
    subresources: ['log', 'status'],
    builtin: true,
    generation: true,
    fields: [
      'spec.nodeName',
      'status.phase',
      'spec.restartPolicy',
      'spec.schedulerName',
      'spec.serviceAccountName',
      'status.podIP',
      'status.nominatedNodeName'
    ]
  },
  {
    group: '',
    version: 'v1',
    plural: 'services',
    kind: 'Service',
    singular: 'service',
    namespaced: true,
    verbs: RW.filter((v) => v !== 'deletecollection'),
    shortNames: ['svc'],
    subresources: ['status'],
    builtin: true,
    generation: false,
    fields: ['spec.clusterIP', 'spec.type']
  },
  {
    group: '',
    version: 'v1',
    plural: 'events',
    kind: 'Event',
    singular: 'event',
    namespaced: true,
    verbs: RW,
    shortNames: ['ev'],
    subresources: [],
    builtin: true,
    generation: false,
    fields: [
      'involvedObject.kind',
      'involvedObject.namespace',
      'involvedObject.name',
      'involvedObject.uid',
      'involvedObject.apiVersion',
      'involvedObject.resourceVersion',
      'involvedObject.fieldPath',
      'reason',
      'reportingComponent',
      'source',
      'type'
    ]
  },
  {
    group: '',
    version: 'v1',
    plural: 'configmaps',
    kind: 'ConfigMap',
    singular: 'configmap',
    namespaced: true,
    verbs: RW,
    shortNames: ['cm'],
    subresources: [],
    builtin: true,
    generation: false
  },
  {
    group: '',
    version: 'v1',
    plural: 'secrets',
    kind: 'Secret',
    singular: 'secret',
    namespaced: true,
    verbs: RW,
    subresources: [],
    builtin: true,
    generation: false,
    fields: ['type']
  },
  {
    group: '',
    version: 'v1',
    plural: 'namespaces',
    kind: 'Namespace',
    singular: 'namespace',
    namespaced: false,
    verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
    shortNames: ['ns'],
    subresources: ['status'],
    builtin: true,
    generation: false,
    fields: ['status.phase']
  },
  {
    group: 'gateway.networking.k8s.io',
    version: 'v1',
    plural: 'httproutes',
    kind: 'HTTPRoute',
    singular: 'httproute',
    namespaced: true,
    verbs: RW,
    subresources: ['status'],
    builtin: false,
    generation: true
  },
  {
    group: 'gateway.networking.k8s.io',
    version: 'v1',
    plural: 'gateways',
    kind: 'Gateway',
    singular: 'gateway',
    namespaced: true,
    verbs: RW,
    shortNames: ['gtw'],
    subresources: ['status'],
    builtin: false,
    generation: true
  },
  {
    group: 'authorization.k8s.io',
    version: 'v1',
    plural: 'selfsubjectaccessreviews',
    kind: 'SelfSubjectAccessReview',
    singular: 'selfsubjectaccessreview',
    namespaced: false,
    verbs: ['create'],
    subresources: [],
    builtin: true,
    generation: false
  }
]

export const gv = (r: Pick<Resource, 'group' | 'version'>) => (r.group ? `${r.group}/${r.version}` : r.version)
/** `deployments.apps`, `pods`: how API messages name a resource. */
export const qualified = (r: Resource) => (r.group ? `${r.plural}.${r.group}` : r.plural)
export const resourceKey = (r: Resource) => `${r.group}/${r.plural}`

export function findResource(group: string, version: string, plural: string): Resource | undefined {
  return RESOURCES.find((r) => r.group === group && r.version === version && r.plural === plural)
}
export function resourceForKind(kind: string): Resource {
  const r = RESOURCES.find((x) => x.kind === kind)
  if (!r) throw new Error(`kubernetes test server: no resource of kind ${kind}`)
  return r
}

// ---- discovery --------------------------------------------------------------------------------------

function resourceList(group: string, version: string): Obj {
  const resources: Obj[] = []
  for (const r of RESOURCES.filter((x) => x.group === group && x.version === version)) {
    resources.push({
      name: r.plural,
      singularName: r.singular,
      namespaced: r.namespaced,
      kind: r.kind,
      verbs: r.verbs,
      ...(r.shortNames ? { shortNames: r.shortNames } : {}),
      storageVersionHash: Buffer.from(`${r.group}/${r.version}/${r.kind}`).toString('base64').slice(0, 12)
    })
    for (const sub of r.subresources) {
      resources.push({
        name: `${r.plural}/${sub}`,
        singularName: '',
        namespaced: r.namespaced,
        ...(sub === 'scale'
          ? { group: 'autoscaling', version: 'v1', kind: 'Scale' }
          : { kind: sub === 'log' ? 'Pod' : r.kind }),
        verbs: sub === 'log' ? ['get'] : ['get', 'patch', 'update']
      })
    }
  }
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: group ? `${group}/${version}` : version, resources }
}

const GROUPS = [...new Set(RESOURCES.filter((r) => r.group !== '').map((r) => `${r.group}/${r.version}`))]

function groupDoc(gvs: string): Obj {
  const [group, version] = gvs.split('/') as [string, string]
  const v = { groupVersion: gvs, version }
  return { name: group, versions: [v], preferredVersion: v }
}

/** The discovery document at `path`, or undefined. */
export function discovery(path: string, serverAddress: string): Obj | undefined {
  const p = path.replace(/\/$/, '')
  if (p === '/api')
    return {
      kind: 'APIVersions',
      versions: ['v1'],
      serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }]
    }
  if (p === '/api/v1') return resourceList('', 'v1')
  if (p === '/apis') return { kind: 'APIGroupList', apiVersion: 'v1', groups: GROUPS.map(groupDoc) }
  let m = /^\/apis\/([^/]+)$/.exec(p)
  if (m) {
    const g = GROUPS.find((x) => x.startsWith(`${m![1]}/`))
    return g ? { kind: 'APIGroup', apiVersion: 'v1', ...groupDoc(g) } : undefined
  }
  m = /^\/apis\/([^/]+)\/([^/]+)$/.exec(p)
  if (m && GROUPS.includes(`${m[1]}/${m[2]}`)) return resourceList(m[1]!, m[2]!)
  if (p === '/version')
    return {
      major: '1',
      minor: '32',
      gitVersion: 'v1.32.0',
      gitCommit: '0000000000000000000000000000000000000000',
      gitTreeState: 'clean',
      buildDate: '2026-01-01T00:00:00Z',
      goVersion: 'go1.23.4',
      compiler: 'gc',
      platform: 'linux/amd64'
    }
  return undefined
}

// ---- list and map semantics ------------------------------------------------------------------------

/**
 * A list's semantics: `mergeKey` for strategic merge patch (lists without one are replaced whole),
 * `keys` for server-side apply (listType=map); `set` for listType=set; otherwise atomic.
 */
export interface ListSchema {
  mergeKey?: string
  keys?: string[]
  /** Values the API defaults for a key the body may leave out (protocol: TCP). */
  keyDefaults?: Obj
  set?: boolean
}

const CONTAINER: Record<string, ListSchema> = {
  ports: { mergeKey: 'containerPort', keys: ['containerPort', 'protocol'], keyDefaults: { protocol: 'TCP' } },
  env: { mergeKey: 'name', keys: ['name'] },
  volumeMounts: { mergeKey: 'mountPath', keys: ['mountPath'] },
  volumeDevices: { mergeKey: 'devicePath', keys: ['devicePath'] }
}

function podSpec(prefix: string): Record<string, ListSchema> {
  const out: Record<string, ListSchema> = {
    [`${prefix}.volumes`]: { mergeKey: 'name', keys: ['name'] },
    [`${prefix}.imagePullSecrets`]: { mergeKey: 'name', keys: ['name'] },
    [`${prefix}.hostAliases`]: { mergeKey: 'ip', keys: ['ip'] },
    [`${prefix}.resourceClaims`]: { mergeKey: 'name', keys: ['name'] },
    [`${prefix}.schedulingGates`]: { mergeKey: 'name', keys: ['name'] },
    [`${prefix}.topologySpreadConstraints`]: { mergeKey: 'topologyKey', keys: ['topologyKey', 'whenUnsatisfiable'] }
  }
  for (const c of ['containers', 'initContainers', 'ephemeralContainers']) {
    out[`${prefix}.${c}`] = { mergeKey: 'name', keys: ['name'] }
    for (const [k, v] of Object.entries(CONTAINER)) out[`${prefix}.${c}.${k}`] = v
  }
  return out
}

const META: Record<string, ListSchema> = {
  'metadata.ownerReferences': { mergeKey: 'uid', keys: ['uid'] },
  'metadata.finalizers': { set: true }
}
const CONDITIONS: Record<string, ListSchema> = { 'status.conditions': { mergeKey: 'type', keys: ['type'] } }

const LISTS: Record<string, Record<string, ListSchema>> = {
  Deployment: { ...META, ...CONDITIONS, ...podSpec('spec.template.spec') },
  ReplicaSet: { ...META, ...CONDITIONS, ...podSpec('spec.template.spec') },
  Pod: {
    ...META,
    ...CONDITIONS,
    ...podSpec('spec'),
    'status.containerStatuses': { mergeKey: 'name', keys: ['name'] },
    'status.initContainerStatuses': { mergeKey: 'name', keys: ['name'] },
    'status.podIPs': { mergeKey: 'ip', keys: ['ip'] }
  },
  Service: {
    ...META,
    ...CONDITIONS,
    'spec.ports': { mergeKey: 'port', keys: ['port', 'protocol'], keyDefaults: { protocol: 'TCP' } }
  }
}

/** Maps and structs that are owned and replaced as a whole. */
const ATOMIC: Record<string, string[]> = {
  Deployment: ['spec.selector', 'spec.template.spec.affinity'],
  ReplicaSet: ['spec.selector'],
  Service: ['spec.selector']
}

export function listSchema(kind: string, path: string): ListSchema {
  return LISTS[kind]?.[path] ?? META[path] ?? {}
}
export const isAtomicMap = (kind: string, path: string) => ATOMIC[kind]?.includes(path) ?? false
