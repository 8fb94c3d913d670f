// A Kubernetes API server stand-in for tests: apps/v1, core/v1, gateway.networking.k8s.io/v1,
// authorization.k8s.io/v1 and discovery over HTTPS, with the Deployment controller, a kubelet,
// and the data plane of Services and HTTPRoutes. See README.md.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer as createHttpServer, type Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApi, type OpenWatch, type RecordedRequest } from './api.js'
import { Cluster, type ImageBehaviour } from './cluster.js'
import { Controllers } from './controller.js'
import { DataPlane, type DataPlaneRequest } from './dataplane.js'
import { type ActiveFault, type DropWatchRule, type FaultRule, Faults } from './faults.js'
import { Kubelet } from './kubelet.js'
import { type KubeconfigOptions, makeKubeconfig } from './kubeconfig.js'
import { makePki } from './pki.js'
import type { Identity, PolicyRule } from './rbac.js'
import { resourceForKind } from './schema.js'
import { clone, deepEqual, matchesLabels, type Obj, parseLabelSelector, rfc3339 } from './util.js'
import { apiRules, schemaCheck } from './validate.js'

export type { ImageBehaviour } from './cluster.js'
export type { ActiveFault, DropWatchRule, FaultRule } from './faults.js'
export type { KubeconfigOptions } from './kubeconfig.js'
export type { Identity, PolicyRule } from './rbac.js'
export type { RecordedRequest } from './api.js'
export type { DataPlaneRequest } from './dataplane.js'
export type { Obj } from './util.js'

export interface StartOptions {
  /** Time from a pod's creation to Ready, for images that pull and run (default 50). */
  readyMs?: number
  /** How often the controllers reconcile (default 10). */
  controllerTickMs?: number
  /** How often open watches that asked for bookmarks get one (default 1000; 0 = never). */
  bookmarkMs?: number
  /** Resource versions kept for watches to resume from (default 1000). */
  historyLimit?: number
  /** The bearer token kubeconfig() carries (default random). */
  token?: string
  /** progressDeadlineSeconds and readiness-probe periods are multiplied by this (default 1; 0.01 makes 600 s take 6 s). */
  deadlineScale?: number
}

export interface AddDeploymentOptions {
  name: string
  namespace: string
  image: string
  replicas: number
  /** Labels of the Deployment, its selector and its pod template (default `{ app: name }`). */
  labels?: Record<string, string>
  /** The pod template's containers (default one container named after the Deployment, port 8080). */
  containers?: Obj[]
  /** The field manager that "created" it (default `kubectl-client-side-apply`). */
  manager?: string
  progressDeadlineSeconds?: number
  annotations?: Record<string, string>
}

export interface KubernetesServer {
  /** https://127.0.0.1:PORT */
  url: string
  /** PEM of the CA that signed the server's (and the client's) certificate. */
  caData: string
  token: string
  /** The user the client certificate of kubeconfig({ user: 'clientCert' }) names. */
  clientCertUser: string
  kubeconfig(o?: KubeconfigOptions): string
  /** RBAC for a token (a new token becomes valid) or the client certificate's user. */
  grant(tokenOrCertUser: string, rules: PolicyRule[] | undefined, user?: string): void
  /** Tokens the server accepts and who they are. */
  tokens: Map<string, Identity>
  images: Map<string, ImageBehaviour>
  addDeployment(o: AddDeploymentOptions): Obj
  addService(o: {
    name: string
    namespace: string
    selector: Record<string, string>
    port?: number
    targetPort?: number
  }): Obj
  addHTTPRoute(o: {
    name: string
    namespace: string
    backends: Array<{ name: string; port: number; weight?: number }>
    gateway?: string
  }): Obj
  deployment(ns: string, name: string): Obj | undefined
  service(ns: string, name: string): Obj | undefined
  route(ns: string, name: string): Obj | undefined
  /** The Deployment's ReplicaSets, oldest revision first. */
  replicaSets(ns: string, deployment: string): Obj[]
  /** Pods of a namespace, optionally by label selector (`app=web` or `{ app: 'web' }`). */
  pods(ns: string, selector?: string | Record<string, string>): Obj[]
  /** core/v1 Events of a namespace, optionally about one object. */
  events(ns: string, involvedName?: string): Obj[]
  /** Data plane URLs (plain HTTP). */
  serviceUrl(ns: string, name: string): string
  routeUrl(ns: string, name: string): string
  /** Requests the data plane answered. */
  traffic: DataPlaneRequest[]
  requests: RecordedRequest[]
  writes(): RecordedRequest[]
  /** Requests the real API would refuse as malformed, and answers that break the schemas. */
  violations: string[]
  /** Well-formed requests the state refused (401, 403, 404, 409, ...), for debugging. */
  refusals: string[]
  inject(fault: FaultRule): ActiveFault
  clearFaults(): void
  dropWatch(rule?: DropWatchRule): void
  /** Expires every resource version before now: resuming a watch from one answers 410. */
  compact(): void
  clock: { now(): number; deadlineScale: number }
  /** Runs the controllers once now (they also run every controllerTickMs). */
  tick(): void
  close(): Promise<void>
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  return (server.address() as AddressInfo).port
}

const CERT_USER = 'deployer-cert'

export async function startKubernetesServer(opts: StartOptions = {}): Promise<KubernetesServer> {
  const token = opts.token ?? `k8s-${randomBytes(24).toString('hex')}`
  const pki = await makePki(CERT_USER, 'deployers')
  const dir = mkdtempSync(join(tmpdir(), 'k8s-server-'))
  const cluster = new Cluster({
    readyMs: opts.readyMs ?? 50,
    deadlineScale: opts.deadlineScale ?? 1,
    historyLimit: opts.historyLimit ?? 1000
  })
  const kubelet = new Kubelet(cluster)
  const controllers = new Controllers(cluster, kubelet)
  cluster.onDelete = (kind, obj) => controllers.collect(kind, obj)
  const dataPlane = new DataPlane(cluster, kubelet)
  const identities = new Map<string, Identity>([[token, { user: 'deployer', groups: ['system:authenticated'] }]])
  const certUsers = new Map<string, Identity>([
    [CERT_USER, { user: CERT_USER, groups: ['deployers', 'system:authenticated'] }]
  ])
  const faults = new Faults()
  const requests: RecordedRequest[] = []
  const violations: string[] = []
  const refusals: string[] = []
  const watches = new Set<OpenWatch>()

  const apiServer = createHttpsServer({
    key: pki.serverKey,
    cert: pki.serverCert,
    ca: pki.caCert,
    requestCert: true,
    rejectUnauthorized: false
  })
  const port = await listen(apiServer)
  const url = `https://127.0.0.1:${port}`
  const api = createApi({
    cluster,
    controllers,
    kubelet,
    faults,
    identities,
    certUsers,
    requests,
    violations,
    refusals,
    bookmarkMs: opts.bookmarkMs ?? 1000,
    url,
    watches,
    dropRules: []
  })
  apiServer.on('request', (req, res) => {
    api.serve(req, res).catch((e: unknown) => {
      if (res.destroyed || res.socket?.destroyed) return
      violations.push(`test server error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          message: 'test server error',
          reason: 'InternalError',
          code: 500
        })
      )
    })
  })
  const dataServer = createHttpServer((req, res) => {
    req.resume()
    req.on('end', () => dataPlane.serve(req, res))
  })
  const dataUrl = `http://127.0.0.1:${await listen(dataServer)}`

  function gatewayStatus(): void {
    for (const r of cluster.list('HTTPRoute')) {
      const ns = r['metadata']['namespace']
      const missing = ((r['spec']?.['rules'] ?? []) as Obj[])
        .flatMap((x) => (x['backendRefs'] ?? []) as Obj[])
        .filter(
          (b) => (b['kind'] ?? 'Service') === 'Service' && !cluster.get('Service', b['namespace'] ?? ns, b['name'])
        )
      const gen = r['metadata']['generation']
      const prev = (r['status']?.['parents'] ?? []) as Obj[]
      const at = rfc3339(cluster.now())
      const cond = (type: string, ok: boolean, reason: string, message: string): Obj => {
        const was = ((prev[0]?.['conditions'] ?? []) as Obj[]).find((c) => c['type'] === type)
        const status = ok ? 'True' : 'False'
        return {
          type,
          status,
          reason,
          message,
          observedGeneration: gen,
          lastTransitionTime: was && was['status'] === status ? was['lastTransitionTime'] : at
        }
      }
      const parents = ((r['spec']?.['parentRefs'] ?? []) as Obj[]).map((p) => ({
        parentRef: {
          group: p['group'] ?? 'gateway.networking.k8s.io',
          kind: p['kind'] ?? 'Gateway',
          name: p['name'],
          ...(p['namespace'] ? { namespace: p['namespace'] } : {})
        },
        controllerName: 'example.net/gateway-controller',
        conditions: [
          cond('Accepted', true, 'Accepted', 'Route is accepted'),
          missing.length === 0
            ? cond('ResolvedRefs', true, 'ResolvedRefs', 'All references resolved')
            : cond('ResolvedRefs', false, 'BackendNotFound', `Service "${String(missing[0]!['name'])}" not found`)
        ]
      }))
      const status = { parents }
      if (!deepEqual(r['status'], status)) cluster.setStatus('HTTPRoute', r, status, 'gateway-controller')
    }
  }

  const tick = () => {
    controllers.tick()
    gatewayStatus()
  }
  const timer = setInterval(() => {
    try {
      tick()
    } catch (e) {
      violations.push(
        `test server error in the controllers: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`
      )
    }
  }, opts.controllerTickMs ?? 10)

  function validateSeed(kind: string, obj: Obj): void {
    const v = schemaCheck(kind, obj)
    const problems = [
      ...v.decode,
      ...v.unknown.map((u) => `unknown field ${u}`),
      ...[...v.causes, ...apiRules(kind, obj, undefined)].map((c) => `${c.field}: ${c.message}`)
    ]
    if (problems.length > 0)
      throw new Error(`kubernetes test server: the ${kind} does not validate: ${problems.join('; ')}`)
  }

  const get = (kind: string, ns: string, name: string) => clone(cluster.get(kind, ns, name))

  return {
    url,
    caData: pki.caCert,
    token,
    clientCertUser: CERT_USER,
    kubeconfig: (o) =>
      makeKubeconfig({ url, caData: pki.caCert, token, clientCert: pki.clientCert, clientKey: pki.clientKey, dir }, o),
    grant(key, rules, user) {
      const cert = certUsers.get(key)
      if (cert) {
        cert.rules = rules
        return
      }
      const id = identities.get(key)
      if (id) {
        id.rules = rules
        if (user) id.user = user
        return
      }
      identities.set(key, {
        user: user ?? `user-${identities.size}`,
        groups: ['system:authenticated'],
        ...(rules ? { rules } : {})
      })
    },
    tokens: identities,
    images: cluster.images,
    addDeployment(o) {
      const labels = o.labels ?? { app: o.name }
      const containers = o.containers ?? [{ name: o.name, image: o.image, ports: [{ containerPort: 8080 }] }]
      const manager = o.manager ?? 'kubectl-client-side-apply'
      const body: Obj = {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: {
          name: o.name,
          namespace: o.namespace,
          labels: { ...labels },
          ...(o.annotations ? { annotations: { ...o.annotations } } : {})
        },
        spec: {
          replicas: o.replicas,
          selector: { matchLabels: { ...labels } },
          ...(o.progressDeadlineSeconds !== undefined ? { progressDeadlineSeconds: o.progressDeadlineSeconds } : {}),
          template: { metadata: { labels: { ...labels } }, spec: { containers: clone(containers) } }
        }
      }
      if (manager === 'kubectl-client-side-apply')
        body['metadata']['annotations'] = {
          ...(body['metadata']['annotations'] ?? {}),
          'kubectl.kubernetes.io/last-applied-configuration': `${JSON.stringify(body)}\n`
        }
      const res = resourceForKind('Deployment')
      cluster.ensureNamespace(o.namespace)
      const prepared = cluster.prepareCreate(res, body, o.namespace)
      validateSeed('Deployment', prepared)
      if (cluster.get('Deployment', o.namespace, o.name))
        throw new Error(`addDeployment: ${o.namespace}/${o.name} exists`)
      cluster.commitCreate(res, prepared, { manager })
      cluster.seeding = true
      try {
        for (let i = 0; i < 60; i++) {
          tick()
          const d = cluster.get('Deployment', o.namespace, o.name)!
          const s = d['status'] ?? {}
          if (
            (s['availableReplicas'] ?? 0) === o.replicas &&
            (s['replicas'] ?? 0) === o.replicas &&
            ((s['conditions'] ?? []) as Obj[]).some((c) => c['reason'] === 'NewReplicaSetAvailable')
          )
            break
        }
      } finally {
        cluster.seeding = false
      }
      return get('Deployment', o.namespace, o.name)!
    },
    addService(o) {
      const body: Obj = {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: o.name, namespace: o.namespace },
        spec: {
          selector: { ...o.selector },
          ports: [{ name: 'http', port: o.port ?? 80, targetPort: o.targetPort ?? 8080, protocol: 'TCP' }]
        }
      }
      const res = resourceForKind('Service')
      cluster.ensureNamespace(o.namespace)
      const prepared = cluster.prepareCreate(res, body, o.namespace)
      validateSeed('Service', prepared)
      cluster.commitCreate(res, prepared, { manager: 'kubectl-client-side-apply' })
      return get('Service', o.namespace, o.name)!
    },
    addHTTPRoute(o) {
      const body: Obj = {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        metadata: { name: o.name, namespace: o.namespace },
        spec: {
          parentRefs: [{ name: o.gateway ?? 'gateway' }],
          rules: [
            {
              matches: [{ path: { type: 'PathPrefix', value: '/' } }],
              backendRefs: o.backends.map((b) => ({ name: b.name, port: b.port, weight: b.weight ?? 1 }))
            }
          ]
        }
      }
      const res = resourceForKind('HTTPRoute')
      cluster.ensureNamespace(o.namespace)
      const prepared = cluster.prepareCreate(res, body, o.namespace)
      validateSeed('HTTPRoute', prepared)
      cluster.commitCreate(res, prepared, { manager: 'kubectl-client-side-apply' })
      gatewayStatus()
      return get('HTTPRoute', o.namespace, o.name)!
    },
    deployment: (ns, name) => get('Deployment', ns, name),
    service: (ns, name) => get('Service', ns, name),
    route: (ns, name) => get('HTTPRoute', ns, name),
    replicaSets(ns, deployment) {
      const d = cluster.get('Deployment', ns, deployment)
      if (!d) return []
      return clone(controllers.replicaSetsOf(d)).sort(
        (a, b) =>
          Number(a['metadata']['annotations']?.['deployment.kubernetes.io/revision'] ?? 0) -
          Number(b['metadata']['annotations']?.['deployment.kubernetes.io/revision'] ?? 0)
      )
    },
    pods(ns, selector) {
      const reqs =
        selector === undefined
          ? []
          : typeof selector === 'string'
            ? parseLabelSelector(selector)
            : Object.entries(selector).map(([key, v]) => ({ key, op: '=' as const, values: [v] }))
      return clone(cluster.list('Pod', ns).filter((p) => matchesLabels(reqs, p['metadata']['labels'])))
    },
    events: (ns, involvedName) =>
      clone(
        cluster
          .list('Event', ns)
          .filter((e) => involvedName === undefined || e['involvedObject']['name'] === involvedName)
      ),
    serviceUrl: (ns, name) => `${dataUrl}/services/${encodeURIComponent(ns)}/${encodeURIComponent(name)}`,
    routeUrl: (ns, name) => `${dataUrl}/routes/${encodeURIComponent(ns)}/${encodeURIComponent(name)}`,
    traffic: dataPlane.requests,
    requests,
    writes: () => requests.filter((r) => r.method !== 'GET'),
    violations,
    refusals,
    inject: (f) => faults.inject(f),
    clearFaults: () => faults.clear(),
    dropWatch: (rule = {}) => api.dropWatch(rule),
    compact: () => cluster.store.compact(),
    clock: {
      now: () => cluster.now(),
      get deadlineScale() {
        return cluster.opts.deadlineScale
      },
      set deadlineScale(v: number) {
        cluster.opts.deadlineScale = v
      }
    },
    tick,
    async close() {
      clearInterval(timer)
      for (const w of [...watches]) w.drop()
      await Promise.all(
        [apiServer, dataServer].map(
          (s) =>
            new Promise<void>((resolve) => {
              s.close(() => resolve())
              s.closeAllConnections()
            })
        )
      )
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
