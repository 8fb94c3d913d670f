// platform: kubernetes: following a rollout when the watch drops, when its resourceVersion has
// expired (410), and without the `watch` verb (polling), against a stand-in whose pods take 300 ms
// to be ready (so a rollout is still under way when the test breaks its watch).
import { describe, expect, it } from 'vitest'
import { KubernetesApp, digest, useCluster } from './kubernetes-harness.js'

const k8s = useCluster({ readyMs: 300 })

const watchesOf = (app: KubernetesApp, resource: string) =>
  app.requests().filter((r) => r.method === 'GET' && r.path.endsWith(`/${resource}`) && r.query['watch'] === 'true')
const listsOf = (app: KubernetesApp, resource: string) =>
  app.requests().filter((r) => r.method === 'GET' && r.path.endsWith(`/${resource}`) && r.query['watch'] !== 'true')

/** Resolves once the run has opened a watch of the app's deployments. */
async function watchOpened(app: KubernetesApp): Promise<void> {
  for (let i = 0; i < 3000 && watchesOf(app, 'deployments').length === 0; i++)
    await new Promise((r) => setTimeout(r, 5))
}

describe('platform kubernetes: following a rollout', () => {
  it('resumes a dropped watch from the last resourceVersion it saw, with bookmarks asked for', async () => {
    const app = new KubernetesApp(k8s(), { replicas: 3 })
    k8s().dropWatch({ path: `/apis/apps/v1/namespaces/${app.namespace}/deployments`, afterEvents: 1 })
    app.commit(1)
    const run = await app.run({ 'image-digest': digest('web:1'), operation: 'redeploy' })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toMatch(/the watch of deployments dropped \(.*\); resuming from resourceVersion \d+/)
    const [first, second] = watchesOf(app, 'deployments')
    expect(first!.query).toMatchObject({ allowWatchBookmarks: 'true', fieldSelector: 'metadata.name=web' })
    // From the newest version it saw (the list's, when the drop beat the first event to it).
    expect(Number(second!.query['resourceVersion'])).toBeGreaterThanOrEqual(Number(first!.query['resourceVersion']))
    expect(first!.dropped).toBe(true)
    // Resumed, not listed again.
    expect(listsOf(app, 'deployments')).toHaveLength(1)
  })

  it('lists again when the resourceVersion to resume from has expired (410 Gone)', async () => {
    const app = new KubernetesApp(k8s(), { replicas: 3 })
    app.commit(1)
    const running = app.run({ 'image-digest': digest('web:1'), operation: 'redeploy' })
    await watchOpened(app)
    k8s().compact()
    k8s().dropWatch({ path: `/apis/apps/v1/namespaces/${app.namespace}/deployments` })
    const run = await running
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toMatch(/resourceVersion \d+ of deployments has expired \(410 Gone\); listing again/)
    expect(listsOf(app, 'deployments').length).toBeGreaterThanOrEqual(2)
  })

  it('without the watch verb: lists once a second, and says which verb is missing', async () => {
    const app = new KubernetesApp(k8s(), { replicas: 6 })
    const token = `no-watch-${digest('no-watch').slice(7, 30)}`
    const verbs = ['get', 'list', 'patch', 'create']
    k8s().grant(token, [
      { apiGroups: ['apps'], resources: ['deployments', 'deployments/scale', 'replicasets'], verbs },
      { apiGroups: [''], resources: ['pods', 'pods/log', 'events', 'services'], verbs }
    ])
    app.commit(1)
    const run = await app.run({
      kubeconfig: k8s().kubeconfig({ namespace: app.namespace, token }),
      'image-digest': digest('web:1'),
      operation: 'redeploy'
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toMatch(
      /may not watch deployments \(no "watch" verb on deployments in the Role\): following by listing once a second/
    )
    expect(run.stdout).toMatch(/may not watch pods/)
    // After the refused watch, lists of the Deployment are at least a second apart.
    const refused = watchesOf(app, 'deployments')[0]!
    expect(refused.status).toBe(403)
    const polls = listsOf(app, 'deployments').filter((r) => r.at > refused.at)
    expect(polls.length).toBeGreaterThanOrEqual(2)
    for (const [a, b] of polls.slice(0, -1).map((p, i) => [p, polls[i + 1]!]))
      expect(b!.at - a!.at).toBeGreaterThanOrEqual(950)
  })
})
