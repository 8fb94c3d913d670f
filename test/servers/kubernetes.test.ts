// Proof for the Kubernetes test server: driven with the real @kubernetes/client-node 2.0.1, the
// way the platform drives a cluster (reads, four patch types, watches, rollouts, failures).
import {
  ApiException,
  AppsV1Api,
  AuthorizationV1Api,
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  KubernetesObjectApi,
  PatchStrategy,
  setHeaderOptions,
  Watch
} from '@kubernetes/client-node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type KubernetesServer, type Obj, startKubernetesServer } from './kubernetes/index.js'

let k8s: KubernetesServer
let kc: KubeConfig
let apps: AppsV1Api
let core: CoreV1Api
let custom: CustomObjectsApi
/** Violations a test provoked on purpose; removed before the final check. */
const expected: RegExp[] = []

const strategic = setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch)
const merge = setHeaderOptions('Content-Type', PatchStrategy.MergePatch)
const apply = setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply)

function client(yaml: string) {
  const c = new KubeConfig()
  c.loadFromString(yaml)
  return c
}

async function apiError(p: Promise<unknown>): Promise<{ code: number; body: any; headers: Record<string, string> }> {
  try {
    await p
  } catch (e) {
    if (e instanceof ApiException)
      return { code: e.code, body: typeof e.body === 'string' ? JSON.parse(e.body) : e.body, headers: e.headers }
    throw e
  }
  throw new Error('the call succeeded')
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const v = await probe()
    if (v !== undefined && v !== false) return v
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

/** kubectl rollout status' verdict on a Deployment (the notes' five rules). */
function rolloutStatus(d: Obj): string {
  const s = d['status'] ?? {}
  const replicas = d['spec']['replicas']
  if ((d['metadata']['generation'] ?? 0) > (s['observedGeneration'] ?? 0)) return 'waiting for spec update'
  const p = ((s['conditions'] ?? []) as Obj[]).find((c) => c['type'] === 'Progressing')
  if (p?.['reason'] === 'ProgressDeadlineExceeded') return 'deadline exceeded'
  if ((s['updatedReplicas'] ?? 0) < replicas) return `${s['updatedReplicas'] ?? 0} of ${replicas} updated`
  if ((s['replicas'] ?? 0) > (s['updatedReplicas'] ?? 0))
    return `${s['replicas'] - s['updatedReplicas']} old pending termination`
  if ((s['availableReplicas'] ?? 0) < (s['updatedReplicas'] ?? 0))
    return `${s['availableReplicas'] ?? 0} of ${s['updatedReplicas']} available`
  return 'rolled out'
}

const setImage = (name: string, namespace: string, container: string, image: string) =>
  apps.patchNamespacedDeployment(
    { name, namespace, body: { spec: { template: { spec: { containers: [{ name: container, image }] } } } } },
    strategic
  )

beforeAll(async () => {
  k8s = await startKubernetesServer({ readyMs: 50, bookmarkMs: 100 })
  kc = client(k8s.kubeconfig({ namespace: 'prod' }))
  apps = kc.makeApiClient(AppsV1Api)
  core = kc.makeApiClient(CoreV1Api)
  custom = kc.makeApiClient(CustomObjectsApi)
})

afterAll(async () => {
  const left = k8s.violations.filter((v) => !expected.some((re) => re.test(v)))
  await k8s?.close()
  expect(left).toEqual([])
})

describe('Kubernetes test server: reads and credentials', () => {
  it('serves a seeded Deployment, its ReplicaSet and Ready pods as the API would', async () => {
    k8s.addDeployment({ name: 'web', namespace: 'prod', image: 'registry.test/web:v1', replicas: 3 })
    const d = await apps.readNamespacedDeployment({ name: 'web', namespace: 'prod' })
    expect(d.metadata?.generation).toBe(1)
    expect(d.status).toMatchObject({
      observedGeneration: 1,
      replicas: 3,
      updatedReplicas: 3,
      readyReplicas: 3,
      availableReplicas: 3
    })
    expect(d.status?.unavailableReplicas).toBeUndefined()
    expect(d.metadata?.annotations?.['deployment.kubernetes.io/revision']).toBe('1')
    expect(d.metadata?.managedFields?.map((m) => m.manager)).toContain('kubectl-client-side-apply')
    expect(d.status?.conditions?.map((c) => `${c.type}=${c.status}/${c.reason}`).sort()).toEqual([
      'Available=True/MinimumReplicasAvailable',
      'Progressing=True/NewReplicaSetAvailable'
    ])

    const list = await apps.listNamespacedDeployment({ namespace: 'prod', fieldSelector: 'metadata.name=web' })
    expect(list.items.map((x) => x.metadata?.name)).toEqual(['web'])
    expect(list.metadata?.resourceVersion).toMatch(/^\d+$/)

    const rs = await apps.listNamespacedReplicaSet({ namespace: 'prod', labelSelector: 'app=web' })
    expect(rs.items).toHaveLength(1)
    const hash = rs.items[0]!.metadata!.labels!['pod-template-hash']!
    expect(rs.items[0]!.metadata?.name).toBe(`web-${hash}`)
    expect(rs.items[0]!.metadata?.ownerReferences?.[0]).toMatchObject({
      kind: 'Deployment',
      name: 'web',
      uid: d.metadata?.uid,
      controller: true
    })
    expect(rs.items[0]!.metadata?.annotations).toMatchObject({
      'deployment.kubernetes.io/revision': '1',
      'deployment.kubernetes.io/desired-replicas': '3',
      'deployment.kubernetes.io/max-replicas': '4'
    })

    const pods = await core.listNamespacedPod({ namespace: 'prod', labelSelector: `pod-template-hash=${hash}` })
    expect(pods.items).toHaveLength(3)
    for (const p of pods.items) {
      expect(p.metadata?.ownerReferences?.[0]?.uid).toBe(rs.items[0]!.metadata?.uid)
      const cs = p.status!.containerStatuses![0]!
      expect(cs.ready).toBe(true)
      expect(cs.imageID).toMatch(/^registry\.test\/web@sha256:[0-9a-f]{64}$/)
      expect(cs.state?.running?.startedAt).toBeInstanceOf(Date)
    }
    const log = await core.readNamespacedPodLog({
      name: pods.items[0]!.metadata!.name!,
      namespace: 'prod',
      tailLines: 1
    })
    expect(log).toBe('listening on :8080\n')
  })

  it('accepts a token, a client certificate and an exec plugin, and refuses an unknown token', async () => {
    for (const user of ['token', 'clientCert', 'exec'] as const) {
      const c = client(k8s.kubeconfig({ namespace: 'prod', user, context: `ctx-${user}` }))
      expect(c.getCurrentContext()).toBe(`ctx-${user}`)
      expect(c.getContextObject(c.getCurrentContext())?.namespace).toBe('prod')
      const d = await c.makeApiClient(AppsV1Api).readNamespacedDeployment({ name: 'web', namespace: 'prod' })
      expect(d.metadata?.name).toBe('web')
    }
    expect(k8s.requests.filter((r) => r.user === k8s.clientCertUser)).not.toHaveLength(0)
    const wrong = client(k8s.kubeconfig({ token: 'not-a-token' })).makeApiClient(AppsV1Api)
    const e = await apiError(wrong.readNamespacedDeployment({ name: 'web', namespace: 'prod' }))
    // The client drops a 401's body; the server sent the Status.
    expect(e.code).toBe(401)
    expect(k8s.requests.at(-1)).toMatchObject({ status: 401, path: '/apis/apps/v1/namespaces/prod/deployments/web' })
  })

  it('answers discovery, so KubernetesObjectApi resolves plurals and applies any kind', async () => {
    const objects = KubernetesObjectApi.makeApiClient(kc)
    const svc = await objects.patch(
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'api', namespace: 'prod' },
        spec: { selector: { app: 'api' }, ports: [{ port: 80 }] }
      },
      undefined,
      undefined,
      'deploy-orchestrator',
      undefined,
      PatchStrategy.ServerSideApply
    )
    expect(svc.spec).toMatchObject({ type: 'ClusterIP', ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }] })
    const read = await objects.read({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'prod' }
    })
    expect(read.metadata?.uid).toBeTruthy()
    expect(k8s.requests.some((r) => r.path === '/api/v1')).toBe(true)
  })
})

describe('Kubernetes test server: writes', () => {
  it('patches with all four content types, each with its own list semantics', async () => {
    k8s.addDeployment({
      name: 'multi',
      namespace: 'prod',
      image: 'registry.test/multi:v1',
      replicas: 1,
      containers: [
        { name: 'app', image: 'registry.test/multi:v1', env: [{ name: 'A', value: '1' }] },
        { name: 'sidecar', image: 'registry.test/proxy:v1' }
      ]
    })
    // Strategic merge: containers merge by name, env by name.
    let d = await apps.patchNamespacedDeployment(
      {
        name: 'multi',
        namespace: 'prod',
        body: { spec: { template: { spec: { containers: [{ name: 'app', env: [{ name: 'B', value: '2' }] }] } } } }
      },
      strategic
    )
    let cs = d.spec!.template.spec!.containers
    expect(cs.map((c) => c.name)).toEqual(['app', 'sidecar'])
    expect(cs[0]!.env?.map((e) => e.name)).toEqual(['A', 'B'])
    expect(d.metadata?.generation).toBe(2)

    // JSON patch (the client's default type): by index.
    d = await apps.patchNamespacedDeployment({
      name: 'multi',
      namespace: 'prod',
      body: [
        { op: 'test', path: '/spec/template/spec/containers/1/name', value: 'sidecar' },
        { op: 'replace', path: '/spec/template/spec/containers/1/image', value: 'registry.test/proxy:v2' }
      ]
    })
    expect(d.spec!.template.spec!.containers[1]!.image).toBe('registry.test/proxy:v2')
    const failedTest = await apiError(
      apps.patchNamespacedDeployment({
        name: 'multi',
        namespace: 'prod',
        body: [{ op: 'test', path: '/spec/replicas', value: 9 }]
      })
    )
    expect(failedTest.code).toBe(422)
    expected.push(/testing value \/spec\/replicas failed/)

    // Merge patch: a list is replaced whole (the sidecar goes).
    d = await apps.patchNamespacedDeployment(
      {
        name: 'multi',
        namespace: 'prod',
        body: { spec: { template: { spec: { containers: [{ name: 'app', image: 'registry.test/multi:v2' }] } } } }
      },
      merge
    )
    cs = d.spec!.template.spec!.containers
    expect(cs.map((c) => c.name)).toEqual(['app'])
    expect(cs[0]!.env).toBeUndefined()

    // The scale subresource: read, and patched like kubectl scale.
    const scale = await apps.readNamespacedDeploymentScale({ name: 'multi', namespace: 'prod' })
    expect(scale).toMatchObject({ kind: 'Scale', spec: { replicas: 1 }, status: { selector: 'app=multi' } })
    const scaled = await apps.patchNamespacedDeploymentScale(
      { name: 'multi', namespace: 'prod', body: { spec: { replicas: 2 } } },
      merge
    )
    expect(scaled.spec?.replicas).toBe(2)
    const after = k8s.deployment('prod', 'multi')!
    expect(after['spec']['replicas']).toBe(2)
    expect(after['metadata']['managedFields'].find((m: Obj) => m['subresource'] === 'scale')).toMatchObject({
      manager: 'kubernetes-client-javascript',
      fieldsV1: { 'f:spec': { 'f:replicas': {} } }
    })

    const writes = k8s.writes().filter((r) => r.path.endsWith('/deployments/multi'))
    expect(writes.map((r) => r.contentType)).toEqual([
      'application/strategic-merge-patch+json',
      'application/json-patch+json',
      'application/json-patch+json',
      'application/merge-patch+json'
    ])
  })

  it('server-side apply: conflicts with another manager, shares equal values, takes over with force', async () => {
    k8s.addDeployment({ name: 'ssa', namespace: 'prod', image: 'registry.test/ssa:v1', replicas: 2 })
    const intent = (image: string, replicas = 2) => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'ssa', namespace: 'prod' },
      spec: {
        replicas,
        selector: { matchLabels: { app: 'ssa' } },
        template: { metadata: { labels: { app: 'ssa' } }, spec: { containers: [{ name: 'ssa', image }] } }
      }
    })
    const same = await apps.patchNamespacedDeployment(
      { name: 'ssa', namespace: 'prod', body: intent('registry.test/ssa:v1'), fieldManager: 'deploy-orchestrator' },
      apply
    )
    expect(same.metadata?.generation).toBe(1)
    expect(same.metadata?.managedFields?.find((m) => m.manager === 'deploy-orchestrator')?.operation).toBe('Apply')

    const e = await apiError(
      apps.patchNamespacedDeployment(
        {
          name: 'ssa',
          namespace: 'prod',
          body: intent('registry.test/ssa:v2', 3),
          fieldManager: 'deploy-orchestrator'
        },
        apply
      )
    )
    expect(e.code).toBe(409)
    expect(e.body.reason).toBe('Conflict')
    expect(e.body.message).toBe(
      'Apply failed with 2 conflicts: conflicts with "kubectl-client-side-apply" using apps/v1:\n- .spec.replicas\n- .spec.template.spec.containers[name="ssa"].image'
    )
    expect(e.body.details.causes).toEqual([
      {
        type: 'FieldManagerConflict',
        message: 'conflict with "kubectl-client-side-apply" using apps/v1',
        field: '.spec.replicas'
      },
      {
        type: 'FieldManagerConflict',
        message: 'conflict with "kubectl-client-side-apply" using apps/v1',
        field: '.spec.template.spec.containers[name="ssa"].image'
      }
    ])

    const forced = await apps.patchNamespacedDeployment(
      {
        name: 'ssa',
        namespace: 'prod',
        body: intent('registry.test/ssa:v2'),
        fieldManager: 'deploy-orchestrator',
        force: true
      },
      apply
    )
    expect(forced.spec?.template.spec?.containers[0]?.image).toBe('registry.test/ssa:v2')
    expect(forced.metadata?.generation).toBe(2)

    const noManager = await apiError(
      apps.patchNamespacedDeployment({ name: 'ssa', namespace: 'prod', body: intent('x:1') }, apply)
    )
    expect(noManager.code).toBe(422)
    expect(noManager.body.message).toContain('fieldManager: Required value')
    expected.push(/is required for apply patch/)
    const withManagedFields = await apiError(
      apps.patchNamespacedDeployment(
        {
          name: 'ssa',
          namespace: 'prod',
          body: { ...intent('x:1'), metadata: { name: 'ssa', managedFields: [] } },
          fieldManager: 'x'
        },
        apply
      )
    )
    expect(withManagedFields.code).toBe(400)
    expected.push(/metadata.managedFields must be nil/)
  })

  it('refuses what the real API refuses: invalid objects, stale PUTs, strategic patches of HTTPRoutes', async () => {
    const bad = await apiError(
      apps.createNamespacedDeployment({
        namespace: 'prod',
        body: {
          metadata: { name: 'bad' },
          spec: {
            selector: { matchLabels: { app: 'bad' } },
            template: { metadata: { labels: { app: 'other' } }, spec: { containers: [{ name: 'bad', image: '' }] } }
          }
        }
      })
    )
    expect(bad.code).toBe(422)
    expect(bad.body.reason).toBe('Invalid')
    expect(bad.body.details.causes.map((c: any) => c.field).sort()).toEqual([
      'spec.template.metadata.labels',
      'spec.template.spec.containers[0].image'
    ])
    expected.push(/Deployment.apps "bad" is invalid/)

    const current = await apps.readNamespacedDeployment({ name: 'web', namespace: 'prod' })
    const stale = structuredClone(current)
    await apps.patchNamespacedDeployment(
      { name: 'web', namespace: 'prod', body: { metadata: { labels: { touched: 'yes' } } } },
      merge
    )
    const conflict = await apiError(apps.replaceNamespacedDeployment({ name: 'web', namespace: 'prod', body: stale }))
    expect(conflict.code).toBe(409)
    expect(conflict.body.message).toContain(
      'the object has been modified; please apply your changes to the latest version and try again'
    )

    k8s.addService({ name: 'web', namespace: 'prod', selector: { app: 'web' } })
    k8s.addHTTPRoute({ name: 'web', namespace: 'prod', backends: [{ name: 'web', port: 80, weight: 100 }] })
    const smp = await apiError(
      custom.patchNamespacedCustomObject(
        {
          group: 'gateway.networking.k8s.io',
          version: 'v1',
          namespace: 'prod',
          plural: 'httproutes',
          name: 'web',
          body: { spec: {} }
        },
        strategic
      )
    )
    expect(smp.code).toBe(415)
    expected.push(/httproutes\/web: 415/)

    const unknown = await apps.patchNamespacedDeployment(
      { name: 'web', namespace: 'prod', body: { spec: { replicaz: 2 } } },
      merge
    )
    expect((unknown as any).spec.replicaz).toBeUndefined()
    expect(k8s.violations.some((v) => v.includes('unknown field "spec.replicaz"'))).toBe(true)
    expected.push(/unknown field "spec.replicaz"/)
  })
})

describe('Kubernetes test server: watches', () => {
  it('streams changes from a list resourceVersion, with bookmarks, and answers 410 after compact()', async () => {
    const list = await apps.listNamespacedDeployment({ namespace: 'prod', fieldSelector: 'metadata.name=web' })
    const rv = list.metadata!.resourceVersion!
    const seen: Array<{ type: string; rv: string; obj: any }> = []
    const w = new Watch(kc)
    let done: unknown = 'open'
    const ctl = await w.watch(
      '/apis/apps/v1/namespaces/prod/deployments',
      { resourceVersion: rv, allowWatchBookmarks: true, fieldSelector: 'metadata.name=web' },
      (type, obj) => seen.push({ type, rv: obj.metadata?.resourceVersion, obj }),
      (err) => (done = err)
    )
    await apps.patchNamespacedDeployment(
      { name: 'web', namespace: 'prod', body: { metadata: { labels: { watched: 'yes' } } } },
      merge
    )
    await until(
      'MODIFIED and BOOKMARK',
      () => seen.some((e) => e.type === 'MODIFIED') && seen.some((e) => e.type === 'BOOKMARK')
    )
    const modified = seen.find((e) => e.type === 'MODIFIED')!
    expect(modified.obj.metadata.labels.watched).toBe('yes')
    expect(modified.obj.kind).toBe('Deployment')
    const bookmark = seen.find((e) => e.type === 'BOOKMARK')!
    expect(Object.keys(bookmark.obj).sort()).toEqual(['apiVersion', 'kind', 'metadata'])
    ctl.abort()
    await until('done', () => done !== 'open')

    // Resuming from the last version seen replays only what came after.
    const last = seen[seen.length - 1]!.rv
    await apps.patchNamespacedDeployment(
      { name: 'web', namespace: 'prod', body: { metadata: { labels: { watched: 'again' } } } },
      merge
    )
    const resumed: any[] = []
    const ctl2 = await w.watch(
      '/apis/apps/v1/namespaces/prod/deployments',
      { resourceVersion: last, fieldSelector: 'metadata.name=web' },
      (type, obj) => resumed.push({ type, obj }),
      () => undefined
    )
    await until('replayed change', () => resumed.length > 0)
    expect(resumed[0].type).toBe('MODIFIED')
    expect(resumed[0].obj.metadata.labels.watched).toBe('again')
    ctl2.abort()

    k8s.compact()
    const gone: any[] = []
    let end: unknown = 'open'
    await w.watch(
      '/apis/apps/v1/namespaces/prod/deployments',
      { resourceVersion: last },
      (type, obj) => gone.push({ type, obj }),
      (err) => (end = err)
    )
    await until('410', () => end !== 'open')
    expect(gone).toEqual([
      { type: 'ERROR', obj: expect.objectContaining({ kind: 'Status', code: 410, reason: 'Expired' }) }
    ])
    // A new list gives a version a watch can start from.
    const fresh = await apps.listNamespacedDeployment({ namespace: 'prod' })
    const ok: string[] = []
    const ctl3 = await w.watch(
      '/apis/apps/v1/namespaces/prod/deployments',
      { resourceVersion: fresh.metadata!.resourceVersion!, allowWatchBookmarks: true },
      (type) => ok.push(type),
      () => undefined
    )
    await until('bookmark after relist', () => ok.includes('BOOKMARK'))
    expect(ok).not.toContain('ERROR')
    ctl3.abort()
  })

  it('ends a watch abruptly on dropWatch, and honours timeoutSeconds', async () => {
    const w = new Watch(kc)
    let err: unknown = 'open'
    await w.watch(
      '/api/v1/namespaces/prod/pods',
      {},
      () => undefined,
      (e) => (err = e)
    )
    await until('watch registered', () =>
      k8s.requests.some((r) => r.watch && r.path === '/api/v1/namespaces/prod/pods')
    )
    k8s.dropWatch({ path: '/api/v1/namespaces/prod/pods' })
    await until('dropped', () => err !== 'open')
    expect(k8s.requests.find((r) => r.watch && r.path === '/api/v1/namespaces/prod/pods')?.dropped).toBe(true)

    let ended: unknown = 'open'
    const started = Date.now()
    await w.watch(
      '/apis/apps/v1/namespaces/prod/deployments',
      { timeoutSeconds: 1 },
      () => undefined,
      (e) => (ended = e)
    )
    await until('timeout', () => ended !== 'open', 5000)
    expect(ended).toBeNull()
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
  })
})

describe('Kubernetes test server: the Deployment controller', () => {
  it('rolls a new image out step by step, as kubectl rollout status sees it', async () => {
    k8s.addDeployment({ name: 'roll', namespace: 'prod', image: 'registry.test/roll:v1', replicas: 3 })
    k8s.images.set('registry.test/roll:v2', { digest: `sha256:${'2'.repeat(64)}`, version: 'v2' })
    const statuses: Obj[] = []
    const w = new Watch(kc)
    const list = await apps.listNamespacedDeployment({ namespace: 'prod', fieldSelector: 'metadata.name=roll' })
    const ctl = await w.watch(
      '/apis/apps/v1/namespaces/prod/deployments',
      { resourceVersion: list.metadata!.resourceVersion!, fieldSelector: 'metadata.name=roll' },
      (type, obj) => type === 'MODIFIED' && statuses.push(obj),
      () => undefined
    )
    const patched = await setImage('roll', 'prod', 'roll', 'registry.test/roll:v2')
    expect(patched.metadata?.generation).toBe(2)
    await until(
      'rolled out',
      () => statuses.length > 0 && rolloutStatus(statuses[statuses.length - 1]!) === 'rolled out'
    )
    ctl.abort()
    const verdicts = statuses.map(rolloutStatus).filter((v, i, a) => a[i - 1] !== v)
    expect(verdicts[0]).toBe('waiting for spec update')
    expect(verdicts).toContain('1 of 3 updated')
    expect(verdicts).toContain('2 of 3 updated')
    expect(verdicts[verdicts.length - 1]).toBe('rolled out')
    for (const d of statuses) {
      // maxSurge 1, maxUnavailable 0 (25% of 3): never more than 4 pods, never fewer than 3 available.
      expect(d['status']['replicas'] ?? 0).toBeLessThanOrEqual(4)
      expect(d['status']['availableReplicas'] ?? 0).toBeGreaterThanOrEqual(3)
    }
    const reasons = statuses.map(
      (d) => (d['status']['conditions'] as Obj[]).find((c) => c['type'] === 'Progressing')?.['reason']
    )
    expect(reasons).toContain('NewReplicaSetCreated')
    expect(reasons).toContain('ReplicaSetUpdated')
    expect(reasons[reasons.length - 1]).toBe('NewReplicaSetAvailable')

    const rss = k8s.replicaSets('prod', 'roll')
    expect(
      rss.map((rs) => [rs['metadata']['annotations']['deployment.kubernetes.io/revision'], rs['spec']['replicas']])
    ).toEqual([
      ['1', 0],
      ['2', 3]
    ])
    const events = await core.listNamespacedEvent({
      namespace: 'prod',
      fieldSelector: 'involvedObject.name=roll,reason=ScalingReplicaSet'
    })
    expect(events.items.map((e) => e.message)).toContain(
      `Scaled down replica set ${rss[0]!['metadata']['name']} from 1 to 0`
    )
    const pods = k8s.pods('prod', { app: 'roll' })
    expect(pods.every((p) => p['spec']['containers'][0].image === 'registry.test/roll:v2')).toBe(true)
    expect(pods[0]!['status']['containerStatuses'][0].imageID).toBe(`registry.test/roll@sha256:${'2'.repeat(64)}`)
  })

  it('returns to an old template by scaling its ReplicaSet up again, renumbered', async () => {
    await setImage('roll', 'prod', 'roll', 'registry.test/roll:v1')
    await until('back on v1', () => {
      const d = k8s.deployment('prod', 'roll')!
      return rolloutStatus(d) === 'rolled out' && d['metadata']['generation'] === 3 ? d : undefined
    })
    const rss = k8s.replicaSets('prod', 'roll')
    expect(rss).toHaveLength(2)
    const v1 = rss.find((rs) => rs['spec']['template']['spec']['containers'][0].image === 'registry.test/roll:v1')!
    expect(v1['metadata']['annotations']['deployment.kubernetes.io/revision']).toBe('3')
    expect(v1['metadata']['annotations']['deployment.kubernetes.io/revision-history']).toBe('1')
    expect(v1['spec']['replicas']).toBe(3)
    expect(k8s.deployment('prod', 'roll')!['metadata']['annotations']['deployment.kubernetes.io/revision']).toBe('3')
  })

  it('shows an image that cannot be pulled the way the kubelet does', async () => {
    k8s.addDeployment({ name: 'pull', namespace: 'prod', image: 'registry.test/pull:v1', replicas: 1 })
    k8s.images.set('registry.test/pull:missing', { pull: 'notFound' })
    await setImage('pull', 'prod', 'pull', 'registry.test/pull:missing')
    const rs = await until('new ReplicaSet', () =>
      k8s
        .replicaSets('prod', 'pull')
        .find((x) => x['metadata']['annotations']['deployment.kubernetes.io/revision'] === '2')
    )
    const hash = rs['metadata']['labels']['pod-template-hash']
    const reasons = new Set<string>()
    await until('ErrImagePull then ImagePullBackOff', async () => {
      const pods = await core.listNamespacedPod({ namespace: 'prod', labelSelector: `pod-template-hash=${hash}` })
      const cs = pods.items[0]?.status?.containerStatuses?.[0]
      if (cs?.state?.waiting?.reason) reasons.add(cs.state.waiting.reason)
      if (cs) expect(cs.imageID).toBe('')
      return reasons.has('ErrImagePull') && reasons.has('ImagePullBackOff')
    })
    const pod = k8s.pods('prod', `pod-template-hash=${hash}`)[0]!
    const e = await apiError(core.readNamespacedPodLog({ name: pod['metadata']['name'], namespace: 'prod' }))
    expect(e.code).toBe(400)
    expect(e.body.message).toContain('is waiting to start: trying and failing to pull image')
    const events = await core.listNamespacedEvent({
      namespace: 'prod',
      fieldSelector: `involvedObject.name=${pod['metadata']['name']},reason=Failed`
    })
    expect(events.items.some((x) => x.message?.includes('not found'))).toBe(true)
    // The old pod keeps serving; the rollout waits (kubectl rollout status never fails on this).
    expect(rolloutStatus(k8s.deployment('prod', 'pull')!)).toBe('1 old pending termination')
  })

  it('shows a crash loop: CrashLoopBackOff, rising restartCount, previous logs', async () => {
    k8s.addDeployment({ name: 'crash', namespace: 'prod', image: 'registry.test/crash:v1', replicas: 1 })
    k8s.images.set('registry.test/crash:v2', { crash: true, logs: ['boot', 'panic: no config'] })
    await setImage('crash', 'prod', 'crash', 'registry.test/crash:v2')
    const pod = await until('restartCount 2', () =>
      k8s
        .pods('prod', { app: 'crash' })
        .find(
          (p) =>
            p['spec']['containers'][0].image === 'registry.test/crash:v2' &&
            (p['status']['containerStatuses']?.[0]?.restartCount ?? 0) >= 2
        )
    )
    const cs = pod['status']['containerStatuses'][0]
    expect(cs.lastState.terminated).toMatchObject({ exitCode: 1, reason: 'Error' })
    await until('CrashLoopBackOff', () =>
      k8s
        .pods('prod', { app: 'crash' })
        .some((p) => p['status']['containerStatuses']?.[0]?.state?.waiting?.reason === 'CrashLoopBackOff')
    )
    const previous = await core.readNamespacedPodLog({
      name: pod['metadata']['name'],
      namespace: 'prod',
      previous: true
    })
    expect(previous).toContain('panic: no config')
    const backoff = await core.listNamespacedEvent({
      namespace: 'prod',
      fieldSelector: `involvedObject.name=${pod['metadata']['name']},reason=BackOff`
    })
    await until('BackOff counted', async () => {
      const ev = await core.listNamespacedEvent({
        namespace: 'prod',
        fieldSelector: `involvedObject.name=${pod['metadata']['name']},reason=BackOff`
      })
      return (ev.items[0]?.count ?? 0) >= 2
    })
    expect(backoff.items[0]?.type).toBe('Warning')
  })

  it('marks ProgressDeadlineExceeded when a rollout makes no progress for progressDeadlineSeconds', async () => {
    k8s.addDeployment({
      name: 'stuck',
      namespace: 'prod',
      image: 'registry.test/stuck:v1',
      replicas: 1,
      progressDeadlineSeconds: 1
    })
    k8s.images.set('registry.test/stuck:v2', { ready: false })
    await setImage('stuck', 'prod', 'stuck', 'registry.test/stuck:v2')
    const d = await until('deadline', () => {
      const x = k8s.deployment('prod', 'stuck')!
      return rolloutStatus(x) === 'deadline exceeded' ? x : undefined
    })
    expect((d['status']['conditions'] as Obj[]).find((c) => c['type'] === 'Progressing')).toMatchObject({
      status: 'False',
      reason: 'ProgressDeadlineExceeded'
    })
    const unhealthy = k8s.events('prod').filter((e) => e['reason'] === 'Unhealthy')
    expect(unhealthy.length).toBeGreaterThan(0)
  })
})

describe('Kubernetes test server: RBAC and overload', () => {
  it("answers 403 outside a token's rules, and selfsubjectaccessreviews from the same rules", async () => {
    k8s.grant(
      'reader-token',
      [{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'list', 'watch'] }],
      'system:serviceaccount:prod:reader'
    )
    const rc = client(k8s.kubeconfig({ namespace: 'prod', token: 'reader-token' }))
    const ra = rc.makeApiClient(AppsV1Api)
    expect((await ra.readNamespacedDeployment({ name: 'web', namespace: 'prod' })).metadata?.name).toBe('web')
    const e = await apiError(setImageWith(ra, 'registry.test/web:v9'))
    expect(e.code).toBe(403)
    expect(e.body.message).toBe(
      'deployments.apps "web" is forbidden: User "system:serviceaccount:prod:reader" cannot patch resource "deployments" in API group "apps" in the namespace "prod"'
    )
    expect(e.body.details).toEqual({ name: 'web', group: 'apps', kind: 'deployments' })
    const authz = rc.makeApiClient(AuthorizationV1Api)
    const review = (verb: string) =>
      authz.createSelfSubjectAccessReview({
        body: {
          apiVersion: 'authorization.k8s.io/v1',
          kind: 'SelfSubjectAccessReview',
          spec: { resourceAttributes: { namespace: 'prod', verb, group: 'apps', resource: 'deployments' } }
        }
      })
    expect((await review('get')).status?.allowed).toBe(true)
    expect((await review('patch')).status?.allowed).toBe(false)
  })

  it('answers an injected 429 with Retry-After, and drops a connection', async () => {
    const fault = k8s.inject({
      method: 'GET',
      path: '/apis/apps/v1/namespaces/prod/deployments/web',
      status: 429,
      retryAfter: 3
    })
    const e = await apiError(apps.readNamespacedDeployment({ name: 'web', namespace: 'prod' }))
    expect(e.code).toBe(429)
    expect(e.headers['retry-after']).toBe('3')
    expect(e.body).toMatchObject({ reason: 'TooManyRequests', details: { retryAfterSeconds: 3 } })
    expect(fault.hits).toBe(1)
    k8s.inject({ path: /\/deployments\/web$/, drop: true })
    await expect(apps.readNamespacedDeployment({ name: 'web', namespace: 'prod' })).rejects.toThrow()
    expect((await apps.readNamespacedDeployment({ name: 'web', namespace: 'prod' })).metadata?.name).toBe('web')
  })
})

function setImageWith(a: AppsV1Api, image: string) {
  return a.patchNamespacedDeployment(
    {
      name: 'web',
      namespace: 'prod',
      body: { spec: { template: { spec: { containers: [{ name: 'web', image }] } } } }
    },
    strategic
  )
}

describe('Kubernetes test server: the data plane', () => {
  it('serves a Service from Ready pods, and splits an HTTPRoute by weight', async () => {
    k8s.images.set('registry.test/shop:blue', { version: 'blue' })
    k8s.images.set('registry.test/shop:green', { version: 'green', health: 'unhealthy' })
    k8s.addDeployment({
      name: 'shop-blue',
      namespace: 'prod',
      image: 'registry.test/shop:blue',
      replicas: 2,
      labels: { app: 'shop', track: 'blue' }
    })
    k8s.addDeployment({
      name: 'shop-green',
      namespace: 'prod',
      image: 'registry.test/shop:green',
      replicas: 1,
      labels: { app: 'shop', track: 'green' }
    })
    k8s.addService({ name: 'shop', namespace: 'prod', selector: { app: 'shop', track: 'blue' } })
    k8s.addService({ name: 'shop-green', namespace: 'prod', selector: { app: 'shop', track: 'green' } })

    const get = async (url: string) => {
      const r = await fetch(url)
      return {
        status: r.status,
        body: (await r.text()).trim(),
        pod: r.headers.get('x-pod'),
        image: r.headers.get('x-image')
      }
    }
    const a = await get(`${k8s.serviceUrl('prod', 'shop')}/version`)
    const b = await get(`${k8s.serviceUrl('prod', 'shop')}/version`)
    expect([a.body, b.body]).toEqual(['blue', 'blue'])
    expect(a.pod).not.toBe(b.pod)
    expect((await get(`${k8s.serviceUrl('prod', 'shop')}/health`)).status).toBe(200)
    expect((await get(`${k8s.serviceUrl('prod', 'shop-green')}/health`)).status).toBe(503)

    // Blue-green switch: the Service's selector moves, so does the traffic.
    await core.patchNamespacedService(
      { name: 'shop', namespace: 'prod', body: { spec: { selector: { app: 'shop', track: 'green' } } } },
      strategic
    )
    expect((await get(`${k8s.serviceUrl('prod', 'shop')}/version`)).body).toBe('green')
    await core.patchNamespacedService(
      { name: 'shop', namespace: 'prod', body: { spec: { selector: { app: 'shop', track: 'blue' } } } },
      strategic
    )

    k8s.addHTTPRoute({
      name: 'shop',
      namespace: 'prod',
      backends: [
        { name: 'shop', port: 80, weight: 90 },
        { name: 'shop-green', port: 80, weight: 10 }
      ]
    })
    const count = async (n: number) => {
      const seen: Record<string, number> = {}
      for (let i = 0; i < n; i++) {
        const r = await get(`${k8s.routeUrl('prod', 'shop')}/version`)
        seen[r.body] = (seen[r.body] ?? 0) + 1
      }
      return seen
    }
    expect(await count(20)).toEqual({ blue: 18, green: 2 })

    // The canary gets everything after a JSON patch of the weights.
    await custom.patchNamespacedCustomObject({
      group: 'gateway.networking.k8s.io',
      version: 'v1',
      namespace: 'prod',
      plural: 'httproutes',
      name: 'shop',
      body: [
        { op: 'replace', path: '/spec/rules/0/backendRefs/0/weight', value: 0 },
        { op: 'replace', path: '/spec/rules/0/backendRefs/1/weight', value: 1 }
      ]
    })
    expect(await count(4)).toEqual({ green: 4 })
    const route = await custom.getNamespacedCustomObject({
      group: 'gateway.networking.k8s.io',
      version: 'v1',
      namespace: 'prod',
      plural: 'httproutes',
      name: 'shop'
    })
    expect(route.metadata.generation).toBe(2)

    // A missing backend Service answers 500 for its share.
    await custom.patchNamespacedCustomObject(
      {
        group: 'gateway.networking.k8s.io',
        version: 'v1',
        namespace: 'prod',
        plural: 'httproutes',
        name: 'shop',
        body: { spec: { rules: [{ backendRefs: [{ name: 'nope', port: 80, weight: 1 }] }] } }
      },
      merge
    )
    expect((await get(`${k8s.routeUrl('prod', 'shop')}/`)).status).toBe(500)
    await until('ResolvedRefs False', () =>
      (k8s.route('prod', 'shop')?.['status']?.['parents']?.[0]?.conditions as Obj[] | undefined)?.some(
        (c) => c['reason'] === 'BackendNotFound'
      )
    )
  })
})
