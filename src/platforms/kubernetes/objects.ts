// The shapes of the API objects this platform reads, as the API sends them (raw JSON): only the
// fields it uses are typed, and every object is kept whole so what is written back loses nothing.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type JsonObject = { [key: string]: Json }

export interface ObjectMeta {
  name?: string
  namespace?: string
  uid?: string
  resourceVersion?: string
  generation?: number
  labels?: Record<string, string>
  annotations?: Record<string, string>
  ownerReferences?: { uid?: string; kind?: string; name?: string; controller?: boolean }[]
  creationTimestamp?: string
  [key: string]: unknown
}

export interface Container {
  name: string
  image?: string
  [key: string]: unknown
}

export interface PodTemplate {
  metadata?: ObjectMeta
  spec?: { containers?: Container[]; initContainers?: Container[]; [key: string]: unknown }
  [key: string]: unknown
}

export interface Condition {
  type: string
  status: string
  reason?: string
  message?: string
  lastUpdateTime?: string
  lastTransitionTime?: string
}

export interface Deployment {
  apiVersion?: string
  kind?: string
  metadata: ObjectMeta
  spec: {
    replicas?: number
    paused?: boolean
    progressDeadlineSeconds?: number
    selector?: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] }
    template: PodTemplate
    [key: string]: unknown
  }
  status?: {
    observedGeneration?: number
    replicas?: number
    updatedReplicas?: number
    readyReplicas?: number
    availableReplicas?: number
    unavailableReplicas?: number
    conditions?: Condition[]
  }
}

export interface ReplicaSet {
  metadata: ObjectMeta
  spec?: { replicas?: number; template?: PodTemplate; selector?: Deployment['spec']['selector'] }
  status?: { replicas?: number; readyReplicas?: number; availableReplicas?: number }
}

export interface ContainerState {
  waiting?: { reason?: string; message?: string }
  running?: { startedAt?: string }
  terminated?: { exitCode?: number; reason?: string; message?: string; finishedAt?: string }
}

export interface ContainerStatus {
  name: string
  ready?: boolean
  restartCount?: number
  image?: string
  imageID?: string
  state?: ContainerState
  lastState?: ContainerState
}

export interface Pod {
  metadata: ObjectMeta
  spec?: { containers?: Container[] }
  status?: {
    phase?: string
    conditions?: Condition[]
    containerStatuses?: ContainerStatus[]
    initContainerStatuses?: ContainerStatus[]
  }
}

export interface Service {
  apiVersion?: string
  kind?: string
  metadata: ObjectMeta
  spec?: { selector?: Record<string, string>; ports?: JsonObject[]; type?: string; [key: string]: unknown }
}

export interface BackendRef {
  group?: string
  kind?: string
  name: string
  namespace?: string
  port?: number
  weight?: number
  [key: string]: unknown
}

export interface HTTPRoute {
  apiVersion?: string
  kind?: string
  metadata: ObjectMeta
  spec?: { rules?: { backendRefs?: BackendRef[]; [key: string]: unknown }[]; [key: string]: unknown }
}

export interface KubeEvent {
  metadata: ObjectMeta
  involvedObject?: { kind?: string; name?: string; uid?: string }
  reason?: string
  message?: string
  type?: string
  count?: number
  firstTimestamp?: string
  lastTimestamp?: string
  eventTime?: string
}

export interface List<T> {
  metadata?: { resourceVersion?: string; continue?: string }
  items?: T[]
}

/** The annotations and labels this platform writes. */
export const VERSION_ANNOTATION = 'deploy-orchestrator/version'
export const DEPLOYMENT_ID_ANNOTATION = 'deploy-orchestrator/deployment-id'
export const COLOR_LABEL = 'deploy-orchestrator/color'
export const TRACK_LABEL = 'deploy-orchestrator/track'
export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision'
export const HASH_LABEL = 'pod-template-hash'
export const RESTARTED_AT_ANNOTATION = 'kubectl.kubernetes.io/restartedAt'

/** `a=1,b=2`: a label selector from a map. */
export function selectorString(labels: Record<string, string> | undefined): string {
  return Object.entries(labels ?? {})
    .map(([key, value]) => `${key}=${value}`)
    .join(',')
}

export function deploymentPath(namespace: string, name?: string): string {
  return `/apis/apps/v1/namespaces/${namespace}/deployments${name ? `/${name}` : ''}`
}

export function servicePath(namespace: string, name?: string): string {
  return `/api/v1/namespaces/${namespace}/services${name ? `/${name}` : ''}`
}

export function routePath(namespace: string, name?: string): string {
  return `/apis/gateway.networking.k8s.io/v1/namespaces/${namespace}/httproutes${name ? `/${name}` : ''}`
}

/** A deep copy of plain JSON. */
export function clone<T>(value: T): T {
  return structuredClone(value)
}
