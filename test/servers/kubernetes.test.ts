// Proof for the Kubernetes test server: driven with the real @kubernetes/client-node 2.0.1.
import { AppsV1Api, CoreV1Api, KubeConfig, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type KubernetesServer, startKubernetesServer } from './kubernetes/index.js'

let k8s: KubernetesServer
let kc: KubeConfig
let apps: AppsV1Api
let core: CoreV1Api

beforeAll(async () => {
  k8s = await startKubernetesServer({ readyMs: 50, bookmarkMs: 100 })
  kc = new KubeConfig()
  kc.loadFromString(k8s.kubeconfig({ namespace: 'prod' }))
  apps = kc.makeApiClient(AppsV1Api)
  core = kc.makeApiClient(CoreV1Api)
})

afterAll(async () => {
  await k8s?.close()
})

describe('Kubernetes test server', () => {
  it('serves a seeded Deployment, its ReplicaSet and Ready pods', async () => {
    k8s.addDeployment({ name: 'web', namespace: 'prod', image: 'registry.test/web:v1', replicas: 3 })
    const d = await apps.readNamespacedDeployment({ name: 'web', namespace: 'prod' })
    expect(d.status?.availableReplicas).toBe(3)
    const rs = await apps.listNamespacedReplicaSet({ namespace: 'prod' })
    expect(rs.items).toHaveLength(1)
    const pods = await core.listNamespacedPod({ namespace: 'prod', labelSelector: 'app=web' })
    expect(pods.items).toHaveLength(3)
    const patched = await apps.patchNamespacedDeployment(
      {
        name: 'web',
        namespace: 'prod',
        body: { spec: { template: { spec: { containers: [{ name: 'web', image: 'registry.test/web:v2' }] } } } }
      },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch)
    )
    expect(patched.metadata?.generation).toBe(2)
    for (let i = 0; i < 100; i++) {
      const x = await apps.readNamespacedDeployment({ name: 'web', namespace: 'prod' })
      const s = x.status
      console.log(
        JSON.stringify({
          g: x.metadata?.generation,
          og: s?.observedGeneration,
          r: s?.replicas,
          u: s?.updatedReplicas,
          rd: s?.readyReplicas,
          a: s?.availableReplicas,
          c: s?.conditions?.map((c) => c.reason)
        })
      )
      if (s?.updatedReplicas === 3 && s.replicas === 3 && s.availableReplicas === 3 && s.observedGeneration === 2) break
      await new Promise((r) => setTimeout(r, 20))
    }
    expect(k8s.violations).toEqual([])
  })
})
