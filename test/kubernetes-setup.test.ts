// platform: kubernetes: where the credentials come from (and that they are masked), manifests by
// server-side apply, status and start, kubectl through the tool cache, and that the other platforms
// never load the Kubernetes client. The real bundle against the Kubernetes API stand-in.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KubernetesApp, digest, kubectl, useCluster } from './kubernetes-harness.js'
import { ACTION, runAction } from './support/action.js'
import { TestRepo } from './support/git.js'

const k8s = useCluster()

const TRACK = 'deploy-orchestrator/track'

/** Waits (at most 10 s) until the stand-in shows what a test set up. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !done(); i++) await new Promise((r) => setTimeout(r, 10))
}

/** Lines of stdout that hold `secret` outside the runner's add-mask commands. */
const leaks = (stdout: string, secret: string) =>
  stdout.split('\n').filter((line) => line.includes(secret) && !line.startsWith('::add-mask::'))

describe('platform kubernetes: credentials', () => {
  it('reads the files in KUBECONFIG when there is no kubeconfig input, and picks kubernetes-context', async () => {
    const app = new KubernetesApp(k8s())
    const dir = mkdtempSync(join(tmpdir(), 'kubeconfig-'))
    writeFileSync(join(dir, 'other'), k8s().kubeconfig({ context: 'other', namespace: 'elsewhere' }))
    writeFileSync(join(dir, 'ci'), k8s().kubeconfig({ context: 'ci', namespace: app.namespace }))
    app.commit(1)
    const run = await app.run(
      { kubeconfig: '', 'kubernetes-context': 'ci', mode: 'status' },
      { KUBECONFIG: `${join(dir, 'other')}:${join(dir, 'ci')}` }
    )
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toContain(`credentials from KUBECONFIG (${join(dir, 'other')}, ${join(dir, 'ci')}), context ci`)
    expect(run.stdout).toMatch(/Service: up \(deployment web: 2 of 2 replicas available/)
    expect(leaks(run.stdout, k8s().token)).toEqual([])
  })

  it('falls back to ~/.kube/config, and with nothing at all says where a kubeconfig is looked for', async () => {
    const app = new KubernetesApp(k8s())
    const home = mkdtempSync(join(tmpdir(), 'home-'))
    app.commit(1)
    const none = await app.run({ kubeconfig: '', mode: 'status' }, { HOME: home, KUBECONFIG: undefined })
    expect(none.exitCode).toBe(1)
    expect(none.stdout).toContain(
      'no kubeconfig: pass its content as the `kubeconfig` input (from a secret), or set KUBECONFIG, or put it in ~/.kube/config, or run on a runner inside the cluster (its service account)'
    )
    mkdirSync(join(home, '.kube'))
    writeFileSync(join(home, '.kube', 'config'), k8s().kubeconfig({ namespace: app.namespace }))
    const found = await app.run({ kubeconfig: '', mode: 'status' }, { HOME: home, KUBECONFIG: undefined })
    expect(found.exitCode, found.stdout).toBe(0)
    expect(found.stdout).toContain(`credentials from ${join(home, '.kube', 'config')}, context test`)
  })

  it('a KUBECONFIG that names no existing file stops the deploy, never falling through to ~/.kube/config', async () => {
    const app = new KubernetesApp(k8s())
    const home = mkdtempSync(join(tmpdir(), 'home-'))
    mkdirSync(join(home, '.kube'))
    // Another cluster's credentials where kubectl would not look while KUBECONFIG is set.
    writeFileSync(join(home, '.kube', 'config'), k8s().kubeconfig({ namespace: app.namespace }))
    const missing = join(home, 'staging.yaml')
    app.commit(1)
    const run = await app.run({ kubeconfig: '', mode: 'status' }, { HOME: home, KUBECONFIG: missing })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(`no kubeconfig: KUBECONFIG names ${missing}, and that file does not exist`)
    expect(run.stdout).not.toContain('credentials from')
    // One file of several missing is skipped, as kubectl does, and said.
    const found = await app.run(
      { kubeconfig: '', mode: 'status' },
      { HOME: home, KUBECONFIG: `${missing}:${join(home, '.kube', 'config')}` }
    )
    expect(found.exitCode, found.stdout).toBe(0)
    expect(found.stdout).toContain(`KUBECONFIG names ${missing}, which does not exist: skipped`)
    expect(found.stdout).toContain(`credentials from KUBECONFIG (${join(home, '.kube', 'config')})`)
  })

  it('plans without any kubeconfig (a pull request from a fork has no secrets): the status is unknown', async () => {
    const app = new KubernetesApp(k8s())
    app.commit(1)
    const run = await app.run(
      { kubeconfig: '', mode: 'plan' },
      { HOME: mkdtempSync(join(tmpdir(), 'home-')), KUBECONFIG: undefined }
    )
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('planned')
    expect(run.stdout).toMatch(/no kubeconfig: .*; the service's status is unknown/)
  })

  it('runs an exec credential plugin and masks the token it prints; client certificates work too, their key masked', async () => {
    const app = new KubernetesApp(k8s())
    const token = `exec-${digest('exec').slice(7, 40)}`
    k8s().grant(token, undefined, 'exec-user')
    app.commit(1)
    const exec = await app.run({
      kubeconfig: k8s().kubeconfig({ namespace: app.namespace, user: 'exec', token }),
      mode: 'status'
    })
    expect(exec.exitCode, exec.stdout).toBe(0)
    expect(exec.stdout).toContain(`::add-mask::${token}`)
    expect(leaks(exec.stdout, token)).toEqual([])
    expect(app.requests().some((r) => r.user === 'exec-user')).toBe(true)

    const certConfig = k8s().kubeconfig({ namespace: app.namespace, user: 'clientCert' })
    const key = /client-key-data: (\S+)/.exec(certConfig)![1]!
    const cert = await app.run({ kubeconfig: certConfig, mode: 'status' })
    expect(cert.exitCode, cert.stdout).toBe(0)
    expect(cert.stdout).toContain(`::add-mask::${key}`)
    expect(app.requests().some((r) => r.user === k8s().clientCertUser)).toBe(true)
  })

  it('names the contexts there are when kubernetes-context is not one of them', async () => {
    const app = new KubernetesApp(k8s())
    app.commit(1)
    const run = await app.run({ 'kubernetes-context': 'prod', mode: 'status' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('`kubernetes-context`: the kubeconfig has no context "prod" (it has test)')
  })
})

describe('platform kubernetes: manifests, status and start', () => {
  const manifests = (image: string) =>
    [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: web-config',
      'data:',
      '  GREETING: hello',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  replicas: 2',
      '  selector:',
      '    matchLabels: { app: web }',
      '  template:',
      '    metadata:',
      '      labels: { app: web }',
      '    spec:',
      '      containers:',
      '        - name: web',
      `          image: ${image}`,
      '          envFrom: [{ configMapRef: { name: web-config } }]',
      '          ports: [{ containerPort: 8080 }]',
      ''
    ].join('\n')

  it('applies the manifests with server-side apply, the container’s image replaced by the one deployed', async () => {
    const app = new KubernetesApp(k8s(), { deployment: false })
    const d1 = digest(`${app.namespace}:1`)
    app.repo.commit({ 'k8s/app.yaml': manifests('registry.test/web:latest') }, 'manifests')
    const run = await app.run({
      'kubernetes-manifests': 'k8s/*.yaml',
      image: 'registry.test/web:1',
      'image-digest': d1,
      operation: 'redeploy'
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(app.writes()).toEqual(['PATCH configmaps/web-config', 'PATCH deployments/web'])
    for (const write of app.requests().filter((r) => r.method === 'PATCH')) {
      expect(write.contentType).toBe('application/apply-patch+yaml')
      expect(write.query).toEqual({ fieldManager: 'deploy-orchestrator' })
    }
    expect(app.images()).toEqual({ web: `registry.test/web:1@${d1}` })
    expect(JSON.parse(app.state().current.platform.applied).spec.template.spec.containers[0].image).toBe(
      `registry.test/web:1@${d1}`
    )
  })

  it('the example manifests (examples/kubernetes/manifests) apply, and a canary runs on them', async () => {
    const app = new KubernetesApp(k8s(), { deployment: false, service: false })
    const made = await kubectl(
      k8s(),
      'POST',
      '/api/v1/namespaces',
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: app.namespace } },
      'application/json'
    )
    expect(made.status).toBe(201)
    const folder = resolve(import.meta.dirname, '../examples/kubernetes/manifests')
    app.repo.commit(
      Object.fromEntries(readdirSync(folder).map((f) => [`k8s/${f}`, readFileSync(join(folder, f), 'utf8')])),
      'manifests'
    )
    const first = await app.run({
      'kubernetes-manifests': 'k8s/*.yaml',
      'image-digest': digest('web:1'),
      operation: 'redeploy'
    })
    expect(first.exitCode, first.stdout).toBe(0)
    expect(app.writes()).toEqual(['PATCH httproutes/web', 'PATCH services/web', 'PATCH deployments/web'])
    expect(app.images()).toEqual({ web: `ghcr.io/acme/web@${digest('web:1')}` })
    app.commit(2)
    const canary = await app.run({
      'kubernetes-manifests': 'k8s/*.yaml',
      strategy: 'canary',
      'kubernetes-service': 'web',
      'kubernetes-route': 'web',
      'canary-steps': '100',
      'image-digest': digest('web:2'),
      operation: 'redeploy'
    })
    expect(canary.exitCode, canary.stdout).toBe(0)
    // The route and the Service are the action's to steer now: not applied again.
    expect(canary.stdout).toContain("HTTPRoute web (k8s/httproute.yaml#1) exists: its traffic is the action's to steer")
    expect(canary.stdout).toContain('Service web (k8s/service.yaml#1) exists')
    expect(app.images()).toEqual({ web: `ghcr.io/acme/web@${digest('web:2')}` })
    // Back to rolling with the route still in the manifests: its rules are the canary's set-up, the
    // action's own patch; applying the file would replace them, so the run stops before any change.
    app.commit(3)
    const writes = app.writes().length
    const back = await app.run({
      'kubernetes-manifests': 'k8s/*.yaml',
      'image-digest': digest('web:3'),
      operation: 'redeploy'
    })
    expect(back.exitCode).toBe(1)
    expect(back.outputs.status).toBe('failed')
    expect(back.result!.message).toMatch(
      /server-side apply of HTTPRoute web \(k8s\/httproute.yaml#1\) would replace what this action set by patch \(\.spec\.rules: .*\)\. Leave HTTPRoute web out of `kubernetes-manifests`/
    )
    expect(app.writes().slice(writes)).toEqual(['PATCH httproutes/web'])
    expect(app.images()).toEqual({ web: `ghcr.io/acme/web@${digest('web:2')}` })
  })

  it('stops on a field another manager owns, naming it, and never forces', async () => {
    const app = new KubernetesApp(k8s()) // made by kubectl-client-side-apply
    app.repo.commit({ 'k8s/app.yaml': manifests('registry.test/web:1') }, 'manifests')
    const run = await app.run({
      'kubernetes-manifests': 'k8s/app.yaml',
      'image-digest': digest('web:2'),
      operation: 'redeploy'
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(run.result!.message).toMatch(
      /server-side apply of Deployment web \(k8s\/app.yaml#2\) conflicts with another field manager: .*"kubectl-client-side-apply"/
    )
    expect(run.result!.message).toContain('--force-conflicts --field-manager=deploy-orchestrator')
    expect(
      app
        .requests()
        .filter((r) => r.method === 'PATCH')
        .every((r) => r.query['force'] === undefined)
    ).toBe(true)
    expect(app.images()).toEqual({ web: 'registry.test/web:1' })
  })

  it('back to rolling after a canary: keeps the track label the stable Service selects, takes back only the fields its own patches set, never another manager’s', async () => {
    const app = new KubernetesApp(k8s(), { deployment: false })
    k8s().addHTTPRoute({ name: 'web', namespace: app.namespace, backends: [{ name: 'web', port: 80 }] })
    app.repo.commit({ 'k8s/app.yaml': manifests('registry.test/web:latest') }, 'manifests')
    const rolling = { 'kubernetes-manifests': 'k8s/app.yaml', operation: 'redeploy' }
    app.commit(1)
    expect((await app.run({ ...rolling, 'image-digest': digest(`${app.namespace}:1`) })).exitCode).toBe(0)
    app.commit(2)
    const canary = await app.run({
      ...rolling,
      strategy: 'canary',
      'kubernetes-service': 'web',
      'kubernetes-route': 'web',
      'canary-steps': '100',
      'image-digest': digest(`${app.namespace}:2`),
      'health-urls': `${k8s().routeUrl(app.namespace, 'web')}/health`
    })
    expect(canary.exitCode, canary.stdout).toBe(0)
    expect(k8s().service(app.namespace, 'web')!['spec']['selector']).toEqual({ app: 'web', [TRACK]: 'stable' })
    const promoted = (k8s().deployment(app.namespace, 'web') as any).spec.template
    // Someone scales it by hand: a field of another manager ("kubectl", through /scale).
    const scale = (replicas: number) =>
      kubectl(k8s(), 'PATCH', `/apis/apps/v1/namespaces/${app.namespace}/deployments/web/scale`, {
        spec: { replicas }
      })
    expect((await scale(3)).status).toBe(200)
    const d3 = digest(`${app.namespace}:3`)
    app.commit(3)
    const refused = await app.run({ ...rolling, 'image-digest': d3 })
    expect(refused.exitCode).toBe(1)
    expect(refused.outputs.status).toBe('failed')
    expect(refused.result!.message).toMatch(
      /conflicts with another field manager: .*"kubectl" with subresource "scale"/s
    )
    expect((k8s().deployment(app.namespace, 'web') as any).spec.template).toEqual(promoted)
    expect(app.requests().filter((r) => r.query['force'] !== undefined)).toEqual([])
    // The same size as the manifest's: no conflict with kubectl any more, only with the action's own patches.
    expect((await scale(2)).status).toBe(200)
    const run = await app.run({ ...rolling, 'image-digest': d3 })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toContain(
      `deployment web: its pods carry ${TRACK}=stable (a canary's set-up: the stable Service selects it); kept in the template applied from k8s/app.yaml#2`
    )
    expect(run.stdout).toMatch(
      /deployment web: .*\.spec\.template\.spec\.containers\[name="web"\]\.image.* were set by this action's own patches, not by another manager: taken back \(forced at resourceVersion \d+\)/
    )
    const applies = app
      .requests()
      .filter((r) => r.method === 'PATCH' && r.path.endsWith('/deployments/web'))
      .slice(-2)
    expect(applies.map((r) => `${r.status} ${r.query['force'] ?? '-'}`)).toEqual(['409 -', '200 true'])
    expect((applies[1]!.body as any).metadata.resourceVersion).toMatch(/^\d+$/)
    const web = k8s().deployment(app.namespace, 'web') as any
    expect(web.spec.template.metadata.labels).toEqual({ app: 'web', [TRACK]: 'stable' })
    expect(app.images()).toEqual({ web: `registry.test/web@${d3}` })
    // The stable Service still selects every pod, all of them version 3; the recorded document keeps the label.
    expect(k8s().service(app.namespace, 'web')!['spec']['selector']).toEqual({ app: 'web', [TRACK]: 'stable' })
    const selected = k8s().pods(app.namespace, { app: 'web', [TRACK]: 'stable' })
    expect(selected.map((p: any) => p.spec.containers[0].image)).toEqual([
      `registry.test/web@${d3}`,
      `registry.test/web@${d3}`
    ])
    expect(JSON.parse(app.state().current.platform.applied).spec.template.metadata.labels).toEqual({
      app: 'web',
      [TRACK]: 'stable'
    })
    expect(app.requests().filter((r) => r.query['force'] !== undefined)).toHaveLength(1)
  })

  it('reports a Deployment at 0 replicas as down, and starts it at the size of its last good deploy', async () => {
    const app = new KubernetesApp(k8s(), { replicas: 3 })
    const inputs = { 'image-digest': digest(`${app.namespace}:1`), 'approval-required-for': 'rebuild' }
    app.commit(1)
    expect((await app.run({ ...inputs, operation: 'redeploy' })).exitCode).toBe(0)
    const scaled = await kubectl(k8s(), 'PATCH', `/apis/apps/v1/namespaces/${app.namespace}/deployments/web/scale`, {
      spec: { replicas: 0 }
    })
    expect(scaled.status).toBe(200)
    await until(() => !(k8s().deployment(app.namespace, 'web') as any).status.availableReplicas)
    const status = await app.run({ ...inputs, mode: 'status' })
    expect(status.exitCode).toBe(1)
    expect(status.stdout).toMatch(/Service: down \(deployment web: 0 of 0 replicas available/)
    const start = await app.run(inputs)
    expect(start.exitCode, start.stdout).toBe(0)
    expect(start.outputs.operation).toBe('start')
    expect(start.stdout).toContain('Starting: deployment web has 0 replicas; scaling to 3 (as at the last good deploy)')
    expect((k8s().deployment(app.namespace, 'web') as any).status.availableReplicas).toBe(3)
  })

  it('says why a Deployment whose pods all crash-loop on the recorded image is down; start restarts them and fails fast, the version still good', async () => {
    const app = new KubernetesApp(k8s())
    const inputs = { 'approval-required-for': 'rebuild' }
    const d1 = digest(`${app.namespace}:1`)
    const v1 = app.commit(1)
    expect((await app.run({ ...inputs, 'image-digest': d1, operation: 'redeploy' })).exitCode).toBe(0)
    // The recorded image now crashes at start (a dependency it needs went away).
    k8s().images.set(`registry.test/web@${d1}`, {
      crash: true,
      logs: ['starting web', 'panic: cannot reach the database']
    })
    await until(() => !(k8s().deployment(app.namespace, 'web') as any).status.availableReplicas)
    const status = await app.run({ ...inputs, mode: 'status' })
    expect(status.exitCode).toBe(1)
    expect(status.stdout).toMatch(
      /Service: down \(deployment web: 0 of 2 replicas available \(.*\); 2 of 2 pods not ready; pod web-[a-z0-9-]+: container web restarted \d+ times( \(CrashLoopBackOff\))?; last exit 1 \(Error\)\)/
    )
    const writes = app.writes().length
    const start = await app.run(inputs)
    expect(start.exitCode, start.stdout).toBe(1)
    expect(start.outputs).toMatchObject({ operation: 'start', status: 'failed' })
    // One restart, as `kubectl rollout restart` makes it; its new pods crash too: failed at their third restart.
    expect(app.writes().slice(writes)).toEqual(['PATCH deployments/web'])
    const restart = app
      .requests()
      .filter((r) => r.method === 'PATCH')
      .at(-1)!
    expect(restart.contentType).toBe('application/strategic-merge-patch+json')
    expect(Object.keys((restart.body as any).spec.template.metadata.annotations)).toEqual([
      'kubectl.kubernetes.io/restartedAt'
    ])
    const restarts = /^start: deployment web: pod web-[a-z0-9-]+: container web restarted (\d+) times/.exec(
      start.result!.message
    )
    expect(Number(restarts?.[1])).toBeGreaterThanOrEqual(3)
    expect(start.result!.rollback.triggered).toBe(false)
    expect(start.summary).toContain('panic: cannot reach the database')
    expect(start.stdout).toContain('did not start: the service is still down, and there is nothing to roll back')
    // A version that ran well stays current and a rollback target.
    expect(start.stdout).toContain('recorded as a failed attempt (it ran well before: still a rollback target)')
    const state = app.state()
    expect(state.current.version).toBe(v1)
    expect(state.known_bad).toEqual([])
  })

  it('says why a Deployment scaled up whose pods never become ready is down; start restarts them and fails at the progress deadline, the probe events counted once per period', async () => {
    const app = new KubernetesApp(k8s(), { deployment: false })
    k8s().addDeployment({
      name: 'web',
      namespace: app.namespace,
      image: 'registry.test/web:1',
      replicas: 2,
      progressDeadlineSeconds: 3,
      containers: [
        {
          name: 'web',
          image: 'registry.test/web:1',
          ports: [{ containerPort: 8080 }],
          readinessProbe: { httpGet: { path: '/health', port: 8080 }, periodSeconds: 1 }
        }
      ]
    })
    const inputs = { 'approval-required-for': 'rebuild' }
    const d1 = digest(`${app.namespace}:1`)
    const v1 = app.commit(1)
    expect((await app.run({ ...inputs, 'image-digest': d1, operation: 'redeploy' })).exitCode).toBe(0)
    const scale = (replicas: number) =>
      kubectl(k8s(), 'PATCH', `/apis/apps/v1/namespaces/${app.namespace}/deployments/web/scale`, {
        spec: { replicas }
      })
    expect((await scale(0)).status).toBe(200)
    await until(() => !(k8s().deployment(app.namespace, 'web') as any).status.replicas)
    // Scaled up again while what it needs is missing: its pods run but never pass their readiness probe.
    k8s().images.set(`registry.test/web@${d1}`, { ready: false })
    expect((await scale(2)).status).toBe(200)
    await until(() =>
      k8s()
        .events(app.namespace)
        .some((e) => e['reason'] === 'Unhealthy')
    )
    const status = await app.run({ ...inputs, mode: 'status' })
    expect(status.exitCode).toBe(1)
    expect(status.stdout).toMatch(
      /Service: down \(deployment web: 0 of 2 replicas available \(.*\); 2 of 2 pods not ready; pod web-[a-z0-9-]+: web running, not ready \(Unhealthy: Readiness probe failed: HTTP probe failed with statuscode: 503\)\)/
    )
    const started = Date.now()
    const start = await app.run(inputs)
    const seconds = (Date.now() - started) / 1000
    expect(start.exitCode, start.stdout).toBe(1)
    expect(start.outputs).toMatchObject({ operation: 'start', status: 'failed' })
    expect(start.stdout).toContain('Starting: deployment web has 2 replicas but none available; restarting its pods')
    expect(start.result!.message).toMatch(
      /^start: deployment web exceeded its progress deadline \(3 s without progress\)/
    )
    // The restarted pod failed a probe once a second (periodSeconds: 1), not once per controller tick.
    const count = Number(
      /event Pod web-[a-z0-9-]+: Unhealthy: Readiness probe failed: .* \(×(\d+)\)/.exec(start.summary)?.[1]
    )
    expect(count).toBeGreaterThanOrEqual(2)
    expect(count).toBeLessThanOrEqual(Math.ceil(seconds) + 1)
    expect(app.state().current.version).toBe(v1)
    expect(app.state().known_bad).toEqual([])
  })
})

describe('platform kubernetes: kubectl', () => {
  const binary = '#!/bin/sh\necho "kubectl (served from loopback) $*"\n'
  let files: Server
  let base: string
  let downloads = 0
  let checksum = createHash('sha256').update(binary).digest('hex')
  beforeAll(async () => {
    files = createServer((request, response) => {
      const path = request.url ?? ''
      if (path === '/v1.32.0/bin/linux/amd64/kubectl' || path === '/v1.32.0/bin/linux/arm64/kubectl') {
        downloads++
        return response.end(binary)
      }
      if (path.endsWith('/kubectl.sha256')) return response.end(`${checksum}\n`)
      response.writeHead(404).end()
    })
    await new Promise<void>((r) => files.listen(0, '127.0.0.1', () => r()))
    base = `http://127.0.0.1:${(files.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((r) => files.close(() => r())))

  it('downloads kubectl-version, checks its SHA-256, caches it, and puts it on PATH for the commands', async () => {
    const app = new KubernetesApp(k8s())
    const cache = mkdtempSync(join(tmpdir(), 'tool-cache-'))
    const inputs = {
      'kubectl-version': '1.32.0',
      'kubectl-download-url': base,
      'build-command': 'kubectl version --client',
      operation: 'rebuild',
      'approval-required-for': 'start'
    }
    app.commit(1)
    const first = await app.run(inputs, { RUNNER_TOOL_CACHE: cache })
    expect(first.exitCode, first.stdout).toBe(0)
    expect(first.stdout).toContain('kubectl (served from loopback) version --client')
    expect(first.stdout).toMatch(
      new RegExp(
        `kubectl v1.32.0: downloaded from ${base}/v1.32.0/bin/linux/\\w+/kubectl, SHA-256 ${checksum} verified`
      )
    )
    expect(downloads).toBe(1)
    app.commit(2)
    const second = await app.run(inputs, { RUNNER_TOOL_CACHE: cache })
    expect(second.exitCode, second.stdout).toBe(0)
    expect(second.stdout).toContain('kubectl v1.32.0: from the tool cache')
    expect(downloads).toBe(1)
  })

  it('refuses a kubectl whose SHA-256 differs from the published one, before any change', async () => {
    const app = new KubernetesApp(k8s())
    const cache = mkdtempSync(join(tmpdir(), 'tool-cache-'))
    checksum = createHash('sha256').update('another file').digest('hex')
    app.commit(1)
    const run = await app.run(
      {
        'kubectl-version': 'v1.32.0',
        'kubectl-download-url': base,
        'image-digest': digest('web:1'),
        operation: 'redeploy'
      },
      { RUNNER_TOOL_CACHE: cache }
    )
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(run.stdout).toMatch(
      /\/kubectl has SHA-256 [0-9a-f]{64}, but \S+\/kubectl\.sha256 says [0-9a-f]{64}; the download was deleted and nothing was changed/
    )
    expect(run.summary).toContain('Deploy stopped before any change')
    expect(app.writes()).toEqual([])
    expect(readdirSync(cache)).toEqual([])
  })
})

describe('platform kubernetes: start-up', () => {
  /** The bundle's chunk that holds the Kubernetes client. */
  const clientChunk = (): string => {
    const dist = resolve(ACTION, '..')
    const chunk = readdirSync(dist).find(
      (f) => f.endsWith('.index.js') && readFileSync(join(dist, f), 'utf8').includes('kubernetes-client-javascript')
    )
    expect(chunk).toBeDefined()
    return chunk!
  }

  /** The bundle's files a run loads, traced by bench/trace-loads.mjs. */
  async function loads(inputs: Record<string, string>): Promise<string[]> {
    const repo = new TestRepo('startup-')
    repo.commit({ 'app.py': '1' })
    const trace = join(mkdtempSync(join(tmpdir(), 'trace-')), 'loads')
    const run = await runAction({
      cwd: repo.dir,
      inputs: { 'state-store': 'file', mode: 'plan', ...inputs },
      env: {
        NODE_OPTIONS: `--import=${resolve(import.meta.dirname, '../bench/trace-loads.mjs')}`,
        BENCH_TRACE_LOADS: trace
      }
    })
    expect(run.exitCode, run.stdout).toBe(0)
    return existsSync(trace)
      ? readFileSync(trace, 'utf8')
          .trim()
          .split('\n')
          .map((url) => url.split('/').at(-1)!)
      : []
  }

  it('the command and DigitalOcean platforms never load the Kubernetes client; the kubernetes platform does', async () => {
    const chunk = clientChunk()
    const command = await loads({ platform: 'command', 'deploy-command': 'true' })
    expect(command).toContain('index.js')
    expect(command).not.toContain(chunk)
    const digitalocean = await loads({ platform: 'digitalocean' })
    expect(digitalocean.length).toBeGreaterThan(command.length)
    expect(digitalocean).not.toContain(chunk)
    // The control: a run on this platform loads it, so the two checks above can fail.
    const app = new KubernetesApp(k8s())
    expect(await loads(app.inputs())).toContain(chunk)
  })

  it('on Node older than 22.19, says the platform needs Node ≥ 22.19 instead of crashing in the import', async (context) => {
    // The machine's own Node, when it is older (the suite itself runs on Node 24).
    const older = spawnSync(
      'bash',
      [
        '-c',
        'for n in $(which -a node); do "$n" -e "process.exit(+process.versions.node.split(\'.\')[0] < 22 ? 0 : 1)" && echo "$n" && break; done'
      ],
      { encoding: 'utf8' }
    ).stdout.trim()
    // Reported as skipped, not passed, where the machine has no older Node to run it on.
    if (!older) return context.skip('no Node older than 22 on this machine')
    const repo = new TestRepo('old-node-')
    repo.commit({ 'app.py': '1' })
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: repo.dir }
    for (const [name, value] of Object.entries({
      platform: 'kubernetes',
      'kubernetes-deployment': 'web',
      'state-store': 'file',
      mode: 'status',
      kubeconfig: k8s().kubeconfig()
    }))
      env[`INPUT_${name.toUpperCase()}`] = value
    const run = spawnSync(older, [ACTION], { cwd: repo.dir, env, encoding: 'utf8', timeout: 60_000 })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(
      /the Kubernetes platform needs Node ≥ 22\.19; the action runs on node24 \(this is Node 20\.\d+\.\d+\)/
    )
  })
})
