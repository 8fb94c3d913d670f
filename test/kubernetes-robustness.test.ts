// platform: kubernetes: what the API answers besides success (5xx, 429, dropped connections, 409,
// 403) and the Roles of examples/kubernetes/rbac.yaml, against the Kubernetes API stand-in.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { KubernetesApp, digest, useCluster } from './kubernetes-harness.js'
import type { PolicyRule } from './servers/kubernetes/index.js'

const k8s = useCluster()

/** The Roles the README points at, by name. */
const ROLES: Record<string, PolicyRule[]> = Object.fromEntries(
  parseAllDocuments(readFileSync(new URL('../examples/kubernetes/rbac.yaml', import.meta.url), 'utf8')).map((doc) => {
    const role = doc.toJS() as { metadata: { name: string }; rules: PolicyRule[] }
    return [role.metadata.name, role.rules]
  })
)

let tokens = 0
/** A kubeconfig whose token has only `rules`. */
function limited(app: KubernetesApp, rules: PolicyRule[]): string {
  const token = `limited-${++tokens}-${digest(String(tokens)).slice(7, 23)}`
  k8s().grant(token, rules, `ci-${tokens}`)
  return k8s().kubeconfig({ namespace: app.namespace, token })
}

describe('platform kubernetes: the API failing', () => {
  it('retries 5xx and dropped connections with backoff, waits out a 429 as Retry-After asks, and sends a patch again after a 409', async () => {
    const app = new KubernetesApp(k8s())
    const path = (what: string) => new RegExp(`/namespaces/${app.namespace}/${what}$`)
    const faults = [
      k8s().inject({ method: 'PATCH', path: path('deployments/web'), status: 503 }),
      k8s().inject({ method: 'GET', path: path('replicasets'), drop: true }),
      k8s().inject({ method: 'GET', path: path('deployments/web'), status: 429, retryAfter: 1 }),
      k8s().inject({ method: 'GET', path: path('pods'), status: 500 }),
      // A 409 on a patch that reads nothing: sent again as it is.
      k8s().inject({ method: 'PATCH', path: path('deployments/web'), status: 409 })
    ]
    app.commit(1)
    const run = await app.run({ 'image-digest': digest('web:1'), operation: 'redeploy' })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(faults.map((f) => f.hits)).toEqual([1, 1, 1, 1, 1])
    expect(run.stdout).toMatch(
      /Kubernetes PATCH deployments\/web in app-[\w-]+: HTTP 503 .*; retrying in \d\.\d s \(attempt 2 of 5\)/
    )
    // How a socket closed without an answer reads depends on when undici sees it.
    expect(run.stdout).toMatch(/Kubernetes GET replicasets in app-[\w-]+: [^;]+; retrying in/)
    expect(run.stdout).toMatch(
      /Kubernetes GET deployments\/web in app-[\w-]+: HTTP 429 .*; waiting 1 s as Retry-After asks/
    )
    expect(run.stdout).toMatch(
      /Kubernetes PATCH deployments\/web in app-[\w-]+: HTTP 409 Conflict: .*; sending it again/
    )
    expect(app.writes()).toEqual(['PATCH deployments/web', 'PATCH deployments/web', 'PATCH deployments/web'])
  })

  it('a create whose answer was lost (the object made, the connection dropped) is not made twice nor taken for a failure', async () => {
    const app = new KubernetesApp(k8s())
    k8s().addHTTPRoute({ name: 'web', namespace: app.namespace, backends: [{ name: 'web', port: 80 }] })
    const lost = k8s().inject({
      method: 'POST',
      path: new RegExp(`/namespaces/${app.namespace}/deployments$`),
      dropAfterApply: true
    })
    app.commit(1)
    const run = await app.run({
      strategy: 'canary',
      'kubernetes-service': 'web',
      'kubernetes-route': 'web',
      'canary-steps': '100',
      'image-digest': digest('web:lost'),
      operation: 'redeploy',
      'health-urls': `${k8s().routeUrl(app.namespace, 'web')}/health`
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(lost.hits).toBe(1)
    // Sent again, refused as AlreadyExists, then read: the one the lost attempt made.
    const creates = app.requests().filter((r) => r.method === 'POST' && r.path.endsWith('/deployments'))
    expect(creates.map((r) => (r.dropped ? 'no answer' : r.status))).toEqual(['no answer', 409])
    expect(run.stdout).toMatch(
      /Kubernetes POST deployments in app-[\w-]+: the attempt whose answer was lost created web-canary; using it/
    )
    expect(k8s().deployment(app.namespace, 'web-canary')).toBeDefined()
  })

  it('reads an HTTPRoute again after a 409 Conflict and sends the weights computed from it', async () => {
    const app = new KubernetesApp(k8s())
    k8s().addHTTPRoute({ name: 'web', namespace: app.namespace, backends: [{ name: 'web', port: 80 }] })
    const conflict = k8s().inject({
      method: 'PATCH',
      path: new RegExp(`/namespaces/${app.namespace}/httproutes/web$`),
      status: 409
    })
    app.commit(1)
    const run = await app.run({
      strategy: 'canary',
      'kubernetes-service': 'web',
      'kubernetes-route': 'web',
      'canary-steps': '100',
      'image-digest': digest('web:1'),
      operation: 'redeploy',
      'health-urls': `${k8s().routeUrl(app.namespace, 'web')}/health`
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(conflict.hits).toBe(1)
    expect(run.stdout).toMatch(
      /PATCH httproutes\/web in app-[\w-]+: HTTP 409 Conflict: .*; reading it again and retrying/
    )
    const reads = app.requests().filter((r) => r.path.endsWith('/httproutes/web'))
    // read, conflict, read again, patch; then the promotion's read and patch.
    expect(reads.map((r) => `${r.method} ${r.status}`)).toEqual([
      'GET 200',
      'GET 200',
      'PATCH 409',
      'GET 200',
      'PATCH 200',
      'GET 200',
      'PATCH 200'
    ])
  })

  it('stops before any change on a 403, naming the verb, the resource and the namespace the credentials lack', async () => {
    const app = new KubernetesApp(k8s())
    const rules = ROLES['deploy-orchestrator-rolling']!.map((rule) =>
      rule.resources.includes('deployments') ? { ...rule, verbs: rule.verbs.filter((v) => v !== 'patch') } : rule
    )
    app.commit(1)
    const run = await app.run({
      kubeconfig: limited(app, rules),
      'image-digest': digest('web:1'),
      operation: 'redeploy'
    })
    expect(run.exitCode, run.stdout).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(run.result!.rollback.triggered).toBe(false)
    expect(run.result!.message).toContain(
      `The credentials may not patch deployments (API group apps) in namespace ${app.namespace}`
    )
    expect(run.result!.message).toMatch(/cannot patch resource "deployments" in API group "apps"/)
    expect(app.writes()).toEqual(['PATCH deployments/web'])
  })
})

describe('platform kubernetes: the Roles of examples/kubernetes/rbac.yaml are enough', () => {
  it('rolling, with a failure rolled back and diagnosed', async () => {
    const app = new KubernetesApp(k8s())
    const kubeconfig = limited(app, ROLES['deploy-orchestrator-rolling']!)
    app.commit(1)
    const good = await app.run({ kubeconfig, 'image-digest': digest('web:1'), operation: 'redeploy' })
    expect(good.exitCode, good.stdout).toBe(0)
    k8s().images.set('registry.test/web:crash', { crash: true })
    app.commit(2)
    const bad = await app.run({ kubeconfig, image: 'registry.test/web:crash', operation: 'redeploy' })
    expect(bad.outputs.status, bad.stdout).toBe('rolled_back')
    expect(bad.stdout).not.toMatch(/could not be read|forbidden/)
    expect(bad.summary).toMatch(/log lines of pod/)
  })

  it('blue-green', async () => {
    const app = new KubernetesApp(k8s())
    app.commit(1)
    const run = await app.run({
      kubeconfig: limited(app, ROLES['deploy-orchestrator-blue-green']!),
      strategy: 'blue-green',
      'kubernetes-service': 'web',
      'image-digest': digest('web:1'),
      operation: 'redeploy'
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).not.toMatch(/forbidden/)
  })

  it('canary with a route', async () => {
    const app = new KubernetesApp(k8s())
    k8s().addHTTPRoute({ name: 'web', namespace: app.namespace, backends: [{ name: 'web', port: 80 }] })
    app.commit(1)
    const run = await app.run({
      kubeconfig: limited(app, ROLES['deploy-orchestrator-canary']!),
      strategy: 'canary',
      'kubernetes-service': 'web',
      'kubernetes-route': 'web',
      'canary-steps': '50,100',
      'image-digest': digest('web:1'),
      operation: 'redeploy',
      'health-urls': `${k8s().routeUrl(app.namespace, 'web')}/health`
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).not.toMatch(/forbidden/)
  })
})
