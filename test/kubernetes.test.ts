// platform: kubernetes, rolling: the real bundle against the Kubernetes API stand-in. A good deploy,
// then the ways a rollout fails (fail fast, crash loop, progress deadline, digest), each rolled back
// to the recorded template.
import { describe, expect, it } from 'vitest'
import { KubernetesApp, digest, useCluster } from './kubernetes-harness.js'

const k8s = useCluster()

/** An app with version 1 deployed by the action (by digest), so a later failure has a template to return to. */
async function deployed(options: ConstructorParameters<typeof KubernetesApp>[1] = {}) {
  const app = new KubernetesApp(k8s(), options)
  const d1 = digest(`${app.namespace}:1`)
  const v1 = app.commit(1)
  const first = await app.run({ image: 'registry.test/web:1', 'image-digest': d1, operation: 'redeploy' })
  expect(first.exitCode, first.stdout).toBe(0)
  return { app, v1, d1, template: JSON.parse(app.state().current.platform.template) }
}

function template(app: KubernetesApp): unknown {
  return (k8s().deployment(app.namespace, 'web') as any).spec.template
}

describe('platform kubernetes (rolling)', () => {
  it('sets the image by digest with one patch, follows the rollout, verifies every pod and records the template', async () => {
    const app = new KubernetesApp(k8s())
    const d2 = digest('web:2')
    const v1 = app.commit(1)
    const run = await app.run({ image: 'registry.test/web:2', 'image-digest': d2, operation: 'redeploy' })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'success', 'new-version': v1 })
    expect(app.writes()).toEqual(['PATCH deployments/web'])
    const [patch] = app.requests().filter((r) => r.method === 'PATCH')
    expect(patch!.contentType).toBe('application/strategic-merge-patch+json')
    expect(patch!.query).toMatchObject({ fieldManager: 'deploy-orchestrator' })
    expect(app.images()).toEqual({ web: `registry.test/web:2@${d2}` })
    expect(run.stdout).toContain(`every ready pod runs ${d2}`)
    expect(run.stdout).toMatch(/deployment web: rolled out \(2 of 2 replicas available\)/)
    const current = app.state().current
    expect(current).toMatchObject({ version: v1, image_digest: d2, platform: { deployment: 'web', replicas: '2' } })
    const recorded = JSON.parse(current.platform.template)
    expect(recorded).toEqual(template(app))
    expect(recorded.metadata.annotations).toMatchObject({
      'deploy-orchestrator/version': v1,
      'deploy-orchestrator/deployment-id': run.outputs['deployment-id']
    })
    // The kubeconfig and its token are masked: they appear only in the runner's add-mask commands.
    expect(run.stdout).toContain(`::add-mask::${k8s().token}`)
    expect(run.stdout.split('\n').filter((l) => l.includes(k8s().token) && !l.startsWith('::add-mask::'))).toEqual([])
  })

  it('fails fast on an image that cannot be pulled, restores the recorded template with one JSON patch and says why', async () => {
    const { app, v1, template: recorded } = await deployed()
    k8s().images.set('registry.test/web:missing', { pull: 'notFound' })
    app.commit(2)
    const run = await app.run({ image: 'registry.test/web:missing', operation: 'redeploy' })
    expect(run.exitCode, run.stdout).toBe(1)
    expect(run.outputs.status).toBe('rolled_back')
    // The kubelet alternates the two while it backs off; the first seen fails the rollout.
    expect(run.result!.message).toMatch(/container web (ErrImagePull|ImagePullBackOff): /)
    expect(run.result!.message).not.toMatch(/deadline/)
    // The good version's template, exactly: the controller scales its ReplicaSet back up.
    expect(template(app)).toEqual(recorded)
    const patches = app.requests().filter((r) => r.method === 'PATCH')
    expect(patches.map((p) => p.contentType)).toEqual([
      'application/strategic-merge-patch+json',
      'application/strategic-merge-patch+json',
      'application/json-patch+json'
    ])
    expect(patches[2]!.body).toEqual([{ op: 'replace', path: '/spec/template', value: recorded }])
    expect(k8s().replicaSets(app.namespace, 'web')).toHaveLength(3)
    expect(app.state().current.version).toBe(v1)
    expect(run.result!.rollback).toMatchObject({ triggered: true, succeeded: true, previous_version: v1 })
    // The summary shows what the cluster said: the pod's reason and the Warning events.
    expect(run.summary).toContain('### What kubernetes shows')
    expect(run.summary).toMatch(/pod web-[a-z0-9]+-[a-z0-9]+: container web waiting: (ErrImagePull|ImagePullBackOff)/)
    expect(run.summary).toMatch(/event Pod web-[a-z0-9-]+: Failed: Failed to pull image .*not found/)
    expect(run.summary).toMatch(/deployment web: Progressing=True/)
    expect(run.result!.diagnosis.findings.length).toBeGreaterThan(0)
  })

  it('fails a crash loop from its third restart, with the crashed instance’s last log lines in the summary', async () => {
    const { app, template: recorded } = await deployed()
    k8s().images.set('registry.test/web:crash', { crash: true, logs: ['starting web 3', 'panic: no DATABASE_URL'] })
    app.commit(2)
    const run = await app.run({ image: 'registry.test/web:crash', operation: 'redeploy' })
    expect(run.exitCode, run.stdout).toBe(1)
    expect(run.outputs.status).toBe('rolled_back')
    // The third restart or later, as the pods are first seen (the stand-in's crashes come quickly).
    const restarts = /container web restarted (\d+) times \(CrashLoopBackOff\); last exit 1 \(Error\)/.exec(
      run.result!.message
    )
    expect(Number(restarts?.[1])).toBeGreaterThanOrEqual(3)
    expect(run.summary).toMatch(/last 20 log lines of pod web-[a-z0-9-]+, container web \(previous instance\)/)
    expect(run.summary).toContain('panic: no DATABASE_URL')
    expect(template(app)).toEqual(recorded)
  })

  it('fails a rollout whose Deployment reports ProgressDeadlineExceeded', async () => {
    const { app, template: recorded } = await deployed({ progressDeadlineSeconds: 2 })
    k8s().images.set('registry.test/web:unready', { ready: false })
    app.commit(2)
    const run = await app.run({
      image: 'registry.test/web:unready',
      operation: 'redeploy',
      'deploy-timeout-seconds': '15'
    })
    expect(run.exitCode, run.stdout).toBe(1)
    expect(run.outputs.status).toBe('rolled_back')
    expect(run.result!.message).toMatch(/deployment web exceeded its progress deadline/)
    expect(run.summary).toMatch(/Progressing=False \(ProgressDeadlineExceeded\)/)
    expect(template(app)).toEqual(recorded)
  })

  it('fails a pod that runs another digest than the one deployed, naming the pod and what it runs', async () => {
    const { app, template: recorded } = await deployed()
    const d2 = digest('web:2')
    const other = digest('someone else')
    k8s().images.set(`registry.test/web:2@${d2}`, { imageId: `registry.test/web@${other}` })
    app.commit(2)
    const run = await app.run({ image: 'registry.test/web:2', 'image-digest': d2, operation: 'redeploy' })
    expect(run.exitCode, run.stdout).toBe(1)
    expect(run.outputs.status).toBe('rolled_back')
    expect(run.result!.message).toMatch(
      new RegExp(`pod web-[a-z0-9-]+ of deployment web runs registry.test/web@${other} in container web, not ${d2}`)
    )
    expect(template(app)).toEqual(recorded)
  })

  it('mode: rollback restores the template recorded for the version asked for', async () => {
    const { app, v1, template: recorded } = await deployed()
    app.commit(2)
    expect((await app.run({ 'image-digest': digest(`${app.namespace}:2`), operation: 'redeploy' })).exitCode).toBe(0)
    expect(template(app)).not.toEqual(recorded)
    const run = await app.run({ mode: 'rollback' })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'success', operation: 'rollback', 'new-version': v1 })
    expect(template(app)).toEqual(recorded)
    expect(
      app
        .requests()
        .filter((r) => r.method === 'PATCH')
        .at(-1)!.contentType
    ).toBe('application/json-patch+json')
  })

  it('without a recorded version to return to (the first deploy through the action), puts back the template it found', async () => {
    const app = new KubernetesApp(k8s())
    const before = template(app)
    k8s().images.set('registry.test/web:typo', { pull: 'notFound' })
    app.commit(1)
    const run = await app.run({ image: 'registry.test/web:typo', operation: 'redeploy' })
    expect(run.exitCode, run.stdout).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(run.result!.message).toMatch(/the template deployment web had before this run was restored and serves again/)
    expect(template(app)).toEqual(before)
  })
})
