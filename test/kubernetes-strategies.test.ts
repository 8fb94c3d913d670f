// platform: kubernetes, blue-green and canary: the real bundle against the Kubernetes API stand-in,
// the traffic seen through the stand-in's data plane.
import { describe, expect, it } from 'vitest'
import { KubernetesApp, digest, useCluster } from './kubernetes-harness.js'
import type { RecordedRequest } from './servers/kubernetes/index.js'

const k8s = useCluster()

const COLOR = 'deploy-orchestrator/color'
const TRACK = 'deploy-orchestrator/track'

/**
 * A request the API did not refuse as stale. The gateway controller writes a route's status after
 * each change, so a weight patch read just before may meet a 409 on its resourceVersion: it changed
 * nothing and is sent again (on a busy machine, now and then).
 */
const taken = (r: RecordedRequest) => r.status !== 409

/** The writes of `run` the API took, as `METHOD path`. */
async function writesDuring(app: KubernetesApp, run: () => Promise<unknown>): Promise<string[]> {
  const before = app.requests().length
  await run()
  return app
    .requests()
    .slice(before)
    .filter((r) => r.method !== 'GET' && taken(r))
    .map((r) => `${r.method} ${r.path.split(`/namespaces/${app.namespace}/`)[1]}`)
}

describe('platform kubernetes (blue-green)', () => {
  const inputs = (app: KubernetesApp, extra: Record<string, string> = {}) => ({
    strategy: 'blue-green',
    'kubernetes-service': 'web',
    // The candidate through <service>-preview ({color} marks it), then live through the public Service.
    'health-urls': `${k8s().serviceUrl(app.namespace, 'web-preview')}/version?color={color}\n${k8s().serviceUrl(app.namespace, 'web')}/health`,
    ...extra
  })

  it('makes the colours from the Deployment, checks the idle one through <service>-preview, then switches with one selector write', async () => {
    const app = new KubernetesApp(k8s())
    const d1 = digest(`${app.namespace}:1`)
    k8s().images.set(`registry.test/web@${d1}`, { digest: d1, version: 'one' })
    const v1 = app.commit(1)
    const first = await app.run(inputs(app, { 'image-digest': d1, operation: 'redeploy' }))
    expect(first.exitCode, first.stdout).toBe(0)
    // The first run sets up: blue from the running template, the Service selects blue, then green.
    expect(app.writes()).toEqual([
      'POST deployments',
      'PATCH services/web',
      'POST deployments',
      'POST services',
      'PATCH services/web'
    ])
    expect(k8s().service(app.namespace, 'web')!['spec']['selector']).toEqual({ app: 'web', [COLOR]: 'green' })
    expect(k8s().service(app.namespace, 'web-preview')!['spec']['selector']).toEqual({ app: 'web', [COLOR]: 'green' })
    expect(app.images('web-green')).toEqual({ web: `registry.test/web@${d1}` })
    expect(app.images('web-blue')).toEqual({ web: 'registry.test/web:1' })
    expect(app.state().current).toMatchObject({ version: v1, color: 'green', platform: { deployment: 'web-green' } })
    expect(first.result!.health_checks.map((c: any) => c.phase)).toEqual(['candidate', 'live', 'live'])

    const d2 = digest(`${app.namespace}:2`)
    app.commit(2)
    let second!: Awaited<ReturnType<KubernetesApp['run']>>
    const writes = await writesDuring(app, async () => {
      second = await app.run(inputs(app, { 'image-digest': d2, operation: 'redeploy' }))
    })
    expect(second.exitCode, second.stdout).toBe(0)
    // Blue is idle: it gets the release; the public Service gets one write, the switch.
    expect(writes).toEqual(['PATCH deployments/web-blue', 'PATCH services/web-preview', 'PATCH services/web'])
    const switches = app.requests().filter((r) => r.method === 'PATCH' && r.path.endsWith('/services/web'))
    expect(switches.at(-1)!.body).toEqual({ spec: { selector: { [COLOR]: 'blue' } } })
    expect(app.images('web-blue')).toEqual({ web: `registry.test/web@${d2}` })
    expect(app.state().current.color).toBe('blue')
    // The old colour keeps running, so a switch back never waits for pods.
    expect((k8s().deployment(app.namespace, 'web-green') as any).status.availableReplicas).toBe(2)
  })

  it('switches back with one selector write when the live check fails after the switch', async () => {
    const app = new KubernetesApp(k8s())
    const d1 = digest(`${app.namespace}:1`)
    app.commit(1)
    expect((await app.run(inputs(app, { 'image-digest': d1, operation: 'redeploy' }))).exitCode).toBe(0)
    // Version 2 answers /version (the candidate check) but not /health (the live one).
    const d2 = digest(`${app.namespace}:2`)
    k8s().images.set(`registry.test/web@${d2}`, { digest: d2, health: 'unhealthy' })
    app.commit(2)
    let run!: Awaited<ReturnType<KubernetesApp['run']>>
    const writes = await writesDuring(app, async () => {
      run = await app.run(inputs(app, { 'image-digest': d2, operation: 'redeploy' }))
    })
    expect(run.exitCode, run.stdout).toBe(1)
    expect(run.outputs.status).toBe('rolled_back')
    expect(writes.filter((w) => w === 'PATCH services/web')).toHaveLength(2)
    const [to, back] = app
      .requests()
      .filter((r) => r.method === 'PATCH' && r.path.endsWith('/services/web'))
      .slice(-2)
    expect(to!.body).toEqual({ spec: { selector: { [COLOR]: 'blue' } } })
    expect(back!.body).toEqual({ spec: { selector: { [COLOR]: 'green' } } })
    // The switch back is the first request after the failed check: what failed is read after it
    // (the failed colour keeps running), not while it still takes the traffic.
    const requests = app.requests()
    const afterSwitch = requests
      .slice(requests.indexOf(to!) + 1)
      .filter((r) => !r.path.endsWith('/services/web-preview'))
    const diagnosis = afterSwitch.findIndex((r) => r.path.endsWith('/events'))
    expect(diagnosis).toBeGreaterThan(afterSwitch.indexOf(back!))
    expect(afterSwitch[0]).toBe(back)
    expect(run.result!.diagnosis.findings).toContainEqual(expect.stringMatching(/^deployment web-blue: Available=True/))
    expect(k8s().service(app.namespace, 'web')!['spec']['selector'][COLOR]).toBe('green')
    expect(app.state().current.color).toBe('green')

    // The same environment deployed rolling while the colours run: the new version would take no
    // traffic (the Service selects a colour), so the run stops before any change and says how to move.
    app.commit(3)
    let rolling!: Awaited<ReturnType<KubernetesApp['run']>>
    const rollingWrites = await writesDuring(app, async () => {
      rolling = await app.run({ 'image-digest': digest(`${app.namespace}:3`), operation: 'redeploy' })
    })
    expect(rolling.outputs.status).toBe('failed')
    expect(rollingWrites).toEqual([])
    expect(rolling.stdout).toMatch(
      /deployment web-blue and deployment web-green run: this environment was deployed blue-green, .* so a rolling deploy of deployment web would take none\. Keep `strategy: blue-green`, or move to rolling by hand first/
    )
    expect(app.state().current.color).toBe('green')
  })
})

describe('platform kubernetes (canary)', () => {
  it('with an HTTPRoute: separates the stable pods, weights the route step by step, promotes, and ends with the canary at 0', async () => {
    const app = new KubernetesApp(k8s(), { replicas: 2 })
    k8s().addHTTPRoute({ name: 'web', namespace: app.namespace, backends: [{ name: 'web', port: 80 }] })
    const d2 = digest(`${app.namespace}:2`)
    app.commit(1)
    const run = await app.run({
      strategy: 'canary',
      'kubernetes-service': 'web',
      'kubernetes-route': 'web',
      'canary-steps': '25,50,100',
      'image-digest': d2,
      operation: 'redeploy',
      'health-urls': `${k8s().routeUrl(app.namespace, 'web')}/health`
    })
    expect(run.exitCode, run.stdout).toBe(0)
    const service = (name: string) => k8s().service(app.namespace, name)!['spec']['selector']
    expect(service('web')).toEqual({ app: 'web', [TRACK]: 'stable' })
    expect(service('web-canary')).toEqual({ app: 'web', [TRACK]: 'canary' })
    // Every weight change is one merge patch carrying the whole rules list.
    const weights = app
      .requests()
      .filter((r) => r.method === 'PATCH' && r.path.endsWith('/httproutes/web') && taken(r))
      .map((r) => {
        expect(r.contentType).toBe('application/merge-patch+json')
        return (r.body as any).spec.rules[0].backendRefs.map((b: any) => `${b.name}=${b.weight}`).join(' ')
      })
    expect(weights).toEqual([
      'web=75 web-canary=25',
      'web=50 web-canary=50',
      'web=0 web-canary=100',
      'web=100 web-canary=0'
    ])
    expect(app.images('web')).toEqual({ web: `registry.test/web@${d2}` })
    expect((k8s().deployment(app.namespace, 'web-canary') as any).spec.replicas).toBe(0)
    // No canary pod ever served through the stable Service.
    const stableTraffic = k8s().traffic.filter((t) => t.namespace === app.namespace && t.backend === 'web' && t.pod)
    expect(stableTraffic.filter((t) => t.pod!.startsWith('web-canary-'))).toEqual([])
    expect(app.state().current.platform).toMatchObject({ deployment: 'web' })
  })

  it('with an HTTPRoute: a failing step sets the weights back in one update and scales the canary to 0', async () => {
    const app = new KubernetesApp(k8s(), { replicas: 2 })
    k8s().addHTTPRoute({ name: 'web', namespace: app.namespace, backends: [{ name: 'web', port: 80 }] })
    const d1 = digest(`${app.namespace}:1`)
    const inputs = {
      strategy: 'canary',
      'kubernetes-service': 'web',
      'kubernetes-route': 'web',
      'canary-steps': '50,100',
      operation: 'redeploy',
      'health-urls': `${k8s().routeUrl(app.namespace, 'web')}/health`
    }
    app.commit(1)
    expect((await app.run({ ...inputs, 'image-digest': d1 })).exitCode).toBe(0)
    const stable = app.images('web')
    const d2 = digest(`${app.namespace}:2`)
    k8s().images.set(`registry.test/web@${d2}`, { digest: d2, health: 'unhealthy' })
    app.commit(2)
    const start = app.requests().length
    let run!: Awaited<ReturnType<KubernetesApp['run']>>
    const writes = await writesDuring(app, async () => {
      run = await app.run({ ...inputs, 'image-digest': d2 })
    })
    expect(run.exitCode, run.stdout).toBe(1)
    expect(run.outputs.status).toBe('rolled_back')
    // 50% passes (every other request reaches the stable pods); 100% fails; one update puts it back.
    expect(writes).toEqual([
      'PATCH deployments/web-canary',
      'PATCH httproutes/web',
      'PATCH httproutes/web',
      'PATCH httproutes/web',
      'PATCH deployments/web-canary/scale'
    ])
    const last = app
      .requests()
      .filter((r) => r.method === 'PATCH' && r.path.endsWith('/httproutes/web') && taken(r))
      .at(-1)!
    expect((last.body as any).spec.rules[0].backendRefs.map((b: any) => b.weight)).toEqual([100, 0])
    expect(app.images('web')).toEqual(stable)
    // What failed is read once traffic is back on stable, and before the canary is scaled to 0
    // (its pods, events and logs are still there), not while the route still sends it traffic.
    const requests = app.requests()
    const back = requests.indexOf(last)
    const events = requests.findIndex((r, i) => i > back && r.path.endsWith('/events'))
    const scaled = requests.findIndex(
      (r, i) => i > back && r.method === 'PATCH' && r.path.endsWith('/deployments/web-canary/scale')
    )
    expect(events).toBeGreaterThan(back)
    expect(events).toBeLessThan(scaled)
    expect(requests.slice(start, back).filter((r) => r.path.endsWith('/events'))).toEqual([])
    expect(run.result!.diagnosis.findings).toContainEqual(expect.stringMatching(/^deployment web-canary: /))
  })

  it('with an HTTPRoute: checks that fail after the promotion give the stable Deployment its old template back (its old ReplicaSet), the route to stable in one update, the canary at 0', async () => {
    const app = new KubernetesApp(k8s(), { replicas: 2 })
    k8s().addHTTPRoute({ name: 'web', namespace: app.namespace, backends: [{ name: 'web', port: 80 }] })
    const inputs = {
      strategy: 'canary',
      'kubernetes-service': 'web',
      'kubernetes-route': 'web',
      'canary-steps': '50,100',
      operation: 'redeploy',
      'health-urls': `${k8s().routeUrl(app.namespace, 'web')}/health`
    }
    const d1 = digest(`${app.namespace}:1`)
    const v1 = app.commit(1)
    expect((await app.run({ ...inputs, 'image-digest': d1 })).exitCode).toBe(0)
    const stable = (k8s().deployment(app.namespace, 'web') as any).spec.template
    const replicaSetsBefore = k8s().replicaSets(app.namespace, 'web')
    const oldReplicaSet = replicaSetsBefore.at(-1)!
    // Version 2 passes every canary step and fails once promoted: its pods answer /health with 503
    // when they are the stable Deployment's (the checks after the promotion reach only those).
    const d2 = digest(`${app.namespace}:2`)
    const image2 = `registry.test/web@${d2}`
    k8s().images.set(image2, {
      digest: d2,
      health: (pod) => (pod['metadata']['labels'][TRACK] === 'stable' ? 'unhealthy' : 'healthy')
    })
    app.commit(2)
    let run!: Awaited<ReturnType<KubernetesApp['run']>>
    const writes = await writesDuring(app, async () => {
      run = await app.run({ ...inputs, 'image-digest': d2 })
    })
    expect(run.exitCode, run.stdout).toBe(1)
    expect(run.outputs.status).toBe('rolled_back')
    expect(run.result!.message).toMatch(/^health check \(promoted\): /)
    expect(run.result!.steps.map((s: any) => `${s.name} ${s.status}`)).toEqual([
      'deploy canary success',
      'verify running version success',
      'shift 50% of traffic success',
      'health check (canary 50%) success',
      'shift 100% of traffic success',
      'health check (canary 100%) success',
      'promote canary success',
      'health check (promoted) failed',
      'shift all traffic back success',
      'health check (after rollback) success'
    ])
    expect(writes).toEqual([
      'PATCH deployments/web-canary',
      'PATCH httproutes/web',
      'PATCH httproutes/web',
      // The promotion: the stable template, then the route back to stable, then the canary to 0.
      'PATCH deployments/web',
      'PATCH httproutes/web',
      'PATCH deployments/web-canary/scale',
      // The rollback: the route to stable in one update, the template before the promotion, the canary at 0.
      'PATCH httproutes/web',
      'PATCH deployments/web',
      'PATCH deployments/web-canary/scale'
    ])
    const routeWrites = app
      .requests()
      .filter((r) => r.method === 'PATCH' && r.path.endsWith('/httproutes/web') && taken(r))
    expect(
      (routeWrites.at(-1)!.body as any).spec.rules[0].backendRefs.map((b: any) => `${b.name}=${b.weight}`)
    ).toEqual(['web=100', 'web-canary=0'])
    const restore = app
      .requests()
      .filter((r) => r.method === 'PATCH' && r.path.endsWith('/deployments/web'))
      .at(-1)!
    expect(restore.contentType).toBe('application/json-patch+json')
    expect(restore.body).toEqual([{ op: 'replace', path: '/spec/template', value: stable }])
    // Followed to its end on the old ReplicaSet, scaled up again (no third one), every pod back on version 1.
    expect(run.stdout).toContain('deployment web: the template it had before the promotion is restored')
    const web = k8s().deployment(app.namespace, 'web') as any
    expect(web.spec.template).toEqual(stable)
    expect(web.status).toMatchObject({ replicas: 2, updatedReplicas: 2, availableReplicas: 2 })
    const replicaSets = k8s().replicaSets(app.namespace, 'web')
    expect(replicaSets).toHaveLength(replicaSetsBefore.length + 1) // the promotion's; the rollback made none
    expect(replicaSets.at(-1)!['metadata']['name']).toBe(oldReplicaSet['metadata']['name'])
    expect(replicaSets.at(-1)!['spec']['replicas']).toBe(2)
    expect(
      k8s()
        .pods(app.namespace, { app: 'web', [TRACK]: 'stable' })
        .map((p: any) => p.spec.containers[0].image)
    ).toEqual([`registry.test/web@${d1}`, `registry.test/web@${d1}`])
    expect((k8s().deployment(app.namespace, 'web-canary') as any).spec.replicas).toBe(0)
    // The check after the rollback reached version 1's pods through the route.
    expect(
      k8s()
        .traffic.filter((t) => t.namespace === app.namespace)
        .at(-1)
    ).toMatchObject({
      status: 200,
      backend: 'web',
      image: `registry.test/web@${d1}`
    })
    // The state keeps version 1 current, with its template, and records version 2 as known bad.
    const state = app.state()
    expect(state.current.version).toBe(v1)
    expect(JSON.parse(state.current.platform.template)).toEqual(stable)
    expect(state.known_bad.map((b: any) => b.version)).toContain(run.outputs['new-version'])
    expect(run.result!.rollback).toMatchObject({ triggered: true, succeeded: true, previous_version: v1 })
    expect(run.summary).toContain('Deploy failed and was rolled back')
    expect(run.summary).toMatch(/health check \(promoted\)/)
    expect(run.summary).toMatch(/Result: healthy again/)
  })

  it('without a route: splits by replica count, says the split is approximate, and promotes', async () => {
    const app = new KubernetesApp(k8s(), { replicas: 4 })
    const d2 = digest(`${app.namespace}:2`)
    app.commit(1)
    const run = await app.run({
      strategy: 'canary',
      'kubernetes-service': 'web',
      'canary-steps': '25,100',
      'image-digest': d2,
      operation: 'redeploy'
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.summary).toMatch(/split follows the replica count .* approximate/)
    const scales = app
      .requests()
      .filter((r) => r.method === 'PATCH' && r.path.endsWith('/scale'))
      .map((r) => `${r.path.split('/').at(-2)}=${(r.body as any).spec.replicas}`)
    expect(scales).toEqual(['web-canary=1', 'web=3', 'web-canary=4', 'web=0', 'web-canary=0'])
    expect(app.images('web')).toEqual({ web: `registry.test/web@${d2}` })
    const web = k8s().deployment(app.namespace, 'web') as any
    expect(web.spec.replicas).toBe(4)
    expect(web.status.availableReplicas).toBe(4)
  })
})
