// The pure parts of the Kubernetes platform, with literal objects: how a rollout is judged (as
// `kubectl rollout status` does, and faster), which pods fail it, templates and the objects made from
// them, route weights, and the settings a strategy needs.
import { describe, expect, it } from 'vitest'
import { nodeAtLeast } from '../src/platforms/index.js'
import { promotedTemplate } from '../src/platforms/kubernetes/canary.js'
import { KubernetesError, parsePath, verbOf } from '../src/platforms/kubernetes/client.js'
import { ownConflicts } from '../src/platforms/kubernetes/manifests.js'
import type { Deployment, HTTPRoute, Pod, ReplicaSet } from '../src/platforms/kubernetes/objects.js'
import { digestMismatch, newReplicaSet, podFailure, rolloutState } from '../src/platforms/kubernetes/rollout.js'
import {
  canaryReplicas,
  canaryShare,
  derivedDeployment,
  derivedService,
  imageFor,
  keepingTrack,
  releasePatch,
  repository,
  undoPatch,
  weightedRules,
  withRelease
} from '../src/platforms/kubernetes/template.js'
import { SettingsError, parseSettings } from '../src/settings/settings.js'

const deployment = (
  spec: Partial<Deployment['spec']> = {},
  status: Deployment['status'] = {},
  generation = 2
): Deployment => ({
  metadata: {
    name: 'web',
    namespace: 'prod',
    uid: 'u1',
    generation,
    annotations: { 'deployment.kubernetes.io/revision': '3' }
  },
  spec: {
    replicas: 3,
    selector: { matchLabels: { app: 'web' } },
    progressDeadlineSeconds: 600,
    strategy: { type: 'RollingUpdate' },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [
          { name: 'web', image: 'registry.test/web:1' },
          { name: 'proxy', image: 'envoy:1.30' }
        ]
      }
    },
    ...spec
  },
  status: { observedGeneration: 2, ...status }
})

describe('rolloutState: kubectl rollout status, in its order', () => {
  it('waits until the controller has seen the change', () => {
    expect(
      rolloutState(deployment({}, { observedGeneration: 1, updatedReplicas: 3, replicas: 3, availableReplicas: 3 }))
    ).toEqual({
      phase: 'waiting',
      message: 'waiting for the deployment spec update to be observed'
    })
  })
  it('fails on ProgressDeadlineExceeded, once the change is observed', () => {
    const d = deployment(
      {},
      {
        conditions: [
          {
            type: 'Progressing',
            status: 'False',
            reason: 'ProgressDeadlineExceeded',
            message: 'ReplicaSet "web-abc" has timed out progressing.'
          }
        ]
      }
    )
    expect(rolloutState(d)).toEqual({
      phase: 'failed',
      message:
        'deployment web exceeded its progress deadline (600 s without progress): ReplicaSet "web-abc" has timed out progressing.'
    })
  })
  it('counts updated, then old, then available replicas; a missing counter is 0', () => {
    expect(rolloutState(deployment({}, { updatedReplicas: 1, replicas: 4 })).message).toBe(
      '1 of 3 new replicas updated'
    )
    expect(rolloutState(deployment({}, { updatedReplicas: 3, replicas: 4 })).message).toBe(
      '1 old replicas pending termination'
    )
    expect(rolloutState(deployment({}, { updatedReplicas: 3, replicas: 3, availableReplicas: 2 })).message).toBe(
      '2 of 3 updated replicas available'
    )
    expect(rolloutState(deployment({}, { updatedReplicas: 3, replicas: 3, availableReplicas: 3 }))).toEqual({
      phase: 'done',
      message: '3 of 3 replicas available'
    })
  })
  it('is done at once for a Deployment scaled to 0', () => {
    expect(rolloutState(deployment({ replicas: 0 })).phase).toBe('done')
  })
})

const pod = (statuses: NonNullable<Pod['status']>['containerStatuses'], init: typeof statuses = []): Pod => ({
  metadata: { name: 'web-abc-1' },
  status: { containerStatuses: statuses, initContainerStatuses: init }
})

describe('podFailure: what fails a rollout before its deadline', () => {
  it('image pulls, invalid names and missing config keys', () => {
    for (const reason of ['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'CreateContainerConfigError'])
      expect(podFailure(pod([{ name: 'web', state: { waiting: { reason, message: 'why' } } }]))).toBe(
        `pod web-abc-1: container web ${reason}: why`
      )
  })
  it('a third restart, with the last exit', () => {
    expect(
      podFailure(
        pod([
          {
            name: 'web',
            restartCount: 3,
            state: { waiting: { reason: 'CrashLoopBackOff' } },
            lastState: { terminated: { exitCode: 1, reason: 'Error' } }
          }
        ])
      )
    ).toBe('pod web-abc-1: container web restarted 3 times (CrashLoopBackOff); last exit 1 (Error)')
    expect(
      podFailure(pod([{ name: 'web', restartCount: 2, state: { waiting: { reason: 'CrashLoopBackOff' } } }]))
    ).toBeUndefined()
  })
  it('init containers and sidecars as much as the main container; normal waits never', () => {
    expect(podFailure(pod([], [{ name: 'migrate', state: { waiting: { reason: 'ErrImagePull' } } }]))).toBe(
      'pod web-abc-1: container migrate ErrImagePull'
    )
    for (const reason of ['ContainerCreating', 'PodInitializing'])
      expect(podFailure(pod([{ name: 'web', state: { waiting: { reason } } }]))).toBeUndefined()
  })
})

describe('the new ReplicaSet and the digest check', () => {
  const rs = (name: string, revision: string, owner = 'u1'): ReplicaSet => ({
    metadata: {
      name,
      labels: { 'pod-template-hash': name.split('-')[1]! },
      annotations: { 'deployment.kubernetes.io/revision': revision },
      ownerReferences: [{ uid: owner }]
    }
  })
  it('is the owned one with the Deployment’s revision', () => {
    expect(
      newReplicaSet(deployment(), [rs('web-a', '2'), rs('web-x', '3', 'other'), rs('web-b', '3')])?.metadata.name
    ).toBe('web-b')
    expect(newReplicaSet(deployment(), [rs('web-a', '2')])).toBeUndefined()
  })
  it('every ready pod must report the digest for the named container; sidecars and unready pods do not count', () => {
    const ready = (name: string, imageID: string): Pod => ({
      metadata: { name },
      status: {
        conditions: [{ type: 'Ready', status: 'True' }],
        containerStatuses: [
          { name: 'web', imageID },
          { name: 'proxy', imageID: 'docker.io/envoyproxy/envoy@sha256:eee' }
        ]
      }
    })
    const unready: Pod = { metadata: { name: 'p3' }, status: { containerStatuses: [{ name: 'web', imageID: '' }] } }
    expect(
      digestMismatch([ready('p1', 'docker-pullable://registry.test/web@sha256:aaa'), unready], 'web', 'sha256:aaa')
    ).toBeUndefined()
    expect(
      digestMismatch([ready('p1', 'registry.test/web@sha256:aaa'), ready('p2', 'sha256:aaa')], 'web', 'sha256:aaa')
    ).toEqual({
      pod: 'p2',
      runs: 'sha256:aaa'
    })
  })
})

describe('templates', () => {
  it('image@digest, the running repository at a digest, or the image alone', () => {
    expect(imageFor('registry.test/web:1', 'registry.test/web:2', 'sha256:d')).toBe('registry.test/web:2@sha256:d')
    expect(imageFor('registry.test:5000/web:1@sha256:old', undefined, 'sha256:d')).toBe(
      'registry.test:5000/web@sha256:d'
    )
    expect(imageFor('registry.test/web:1', 'registry.test/web:2')).toBe('registry.test/web:2')
    expect(imageFor('registry.test/web:1')).toBeUndefined()
    expect(repository('localhost:5000/team/web:1.2@sha256:x')).toBe('localhost:5000/team/web')
  })
  it('a release patches one container by name (strategic merge keeps the sidecar) and the two annotations', () => {
    expect(releasePatch({ container: 'web', image: 'i@sha256:d', version: 'v2', deploymentId: 'id' })).toEqual({
      spec: {
        template: {
          metadata: { annotations: { 'deploy-orchestrator/version': 'v2', 'deploy-orchestrator/deployment-id': 'id' } },
          spec: { containers: [{ name: 'web', image: 'i@sha256:d' }] }
        }
      }
    })
    const template = withRelease(deployment().spec.template, {
      container: 'proxy',
      image: 'envoy:1.31',
      version: 'v',
      deploymentId: 'i'
    })
    expect(template.spec!.containers!.map((c) => c.image)).toEqual(['registry.test/web:1', 'envoy:1.31'])
    expect(deployment().spec.template.spec!.containers![1]!.image).toBe('envoy:1.30')
  })
  it('an undo is one JSON patch of the whole template, without the ReplicaSet’s hash label', () => {
    const fromReplicaSet = {
      metadata: { labels: { app: 'web', 'pod-template-hash': 'abc' } },
      spec: { containers: [] }
    }
    expect(undoPatch(fromReplicaSet)).toEqual([
      {
        op: 'replace',
        path: '/spec/template',
        value: { metadata: { labels: { app: 'web' } }, spec: { containers: [] } }
      }
    ])
  })
  it('a colour or a canary: its own label in the selector and the pods, the rollout settings kept, no identity', () => {
    const made = derivedDeployment(deployment(), 'web-green', ['deploy-orchestrator/color', 'green'], 5)
    expect(made.metadata).toEqual({
      name: 'web-green',
      namespace: 'prod',
      labels: { 'deploy-orchestrator/color': 'green' },
      annotations: { 'deploy-orchestrator/made-from': 'web' }
    })
    expect(made.spec.selector).toEqual({ matchLabels: { app: 'web', 'deploy-orchestrator/color': 'green' } })
    expect(made.spec.template.metadata!.labels).toEqual({ app: 'web', 'deploy-orchestrator/color': 'green' })
    expect(made.spec).toMatchObject({ replicas: 5, progressDeadlineSeconds: 600, strategy: { type: 'RollingUpdate' } })
  })
  it('a Service beside another: its ports without node ports, its selector with one more label, internal', () => {
    const made = derivedService(
      {
        metadata: { name: 'web', namespace: 'prod' },
        spec: { type: 'LoadBalancer', selector: { app: 'web' }, ports: [{ port: 80, nodePort: 31000 }] }
      },
      'web-preview',
      ['deploy-orchestrator/color', 'blue']
    )
    expect(made.spec).toEqual({
      type: 'ClusterIP',
      selector: { app: 'web', 'deploy-orchestrator/color': 'blue' },
      ports: [{ port: 80 }]
    })
  })
  it('a promotion keeps the stable Deployment’s own track label, or none', () => {
    const canary = { metadata: { labels: { app: 'web', 'deploy-orchestrator/track': 'canary' } } }
    expect(
      promotedTemplate(canary, { metadata: { labels: { 'deploy-orchestrator/track': 'stable' } } }).metadata!.labels
    ).toEqual({
      app: 'web',
      'deploy-orchestrator/track': 'stable'
    })
    expect(promotedTemplate(canary, {}).metadata!.labels).toEqual({ app: 'web' })
  })
  it('a template replacing live pods keeps their canary track label when it has none of its own', () => {
    const live = { metadata: { labels: { app: 'web', 'deploy-orchestrator/track': 'stable' } } }
    const manifest = { metadata: { labels: { app: 'web', 'pod-template-hash': 'abc' } }, spec: { containers: [] } }
    expect(keepingTrack(manifest, live)).toEqual({
      metadata: { labels: { app: 'web', 'deploy-orchestrator/track': 'stable' } },
      spec: { containers: [] }
    })
    const own = { metadata: { labels: { app: 'web', 'deploy-orchestrator/track': 'blue' } } }
    expect(keepingTrack(own, live)).toBe(own)
    expect(keepingTrack(manifest, { metadata: { labels: { app: 'web' } } })).toBe(manifest)
    expect(keepingTrack(manifest, undefined)).toBe(manifest)
  })
})

describe('server-side apply conflicts', () => {
  const refused = (...managers: string[]) =>
    new KubernetesError('refused', 409, 'Conflict', {
      details: {
        causes: managers.map((m) => ({
          type: 'FieldManagerConflict',
          message: `conflict with ${m}`,
          field: '.spec.template.spec.containers[name="web"].image'
        }))
      }
    })
  it('are the action’s own only when every one is with its own patches (Update, or through /scale)', () => {
    expect(ownConflicts(refused('"deploy-orchestrator" using apps/v1'))).toBe(true)
    expect(ownConflicts(refused('"deploy-orchestrator" with subresource "scale" using apps/v1'))).toBe(true)
    expect(ownConflicts(refused('"deploy-orchestrator" using apps/v1', '"kubectl-edit" using apps/v1'))).toBe(false)
    expect(ownConflicts(refused('"deploy-orchestrator-2" using apps/v1'))).toBe(false)
    // A 409 without field conflicts (the object changed since it was read) is none of them.
    expect(ownConflicts(refused())).toBe(false)
    expect(ownConflicts(new Error('refused'))).toBe(false)
  })
})

describe('route weights', () => {
  const route: HTTPRoute = {
    metadata: { name: 'web', namespace: 'prod' },
    spec: {
      parentRefs: [{ name: 'gw' }],
      rules: [
        {
          matches: [{ path: { type: 'PathPrefix', value: '/api' } }],
          filters: [{ type: 'RequestHeaderModifier' }],
          backendRefs: [{ name: 'web', port: 80 }]
        },
        { backendRefs: [{ name: 'docs', port: 80 }] }
      ]
    }
  }
  it('adds the canary beside the stable backend on its port, keeps every other field and rule', () => {
    const rules = weightedRules(route, 'web', 'web-canary', 25)
    expect(rules).toEqual([
      {
        matches: [{ path: { type: 'PathPrefix', value: '/api' } }],
        filters: [{ type: 'RequestHeaderModifier' }],
        backendRefs: [
          { name: 'web', port: 80, weight: 75 },
          { name: 'web-canary', port: 80, weight: 25 }
        ]
      },
      { backendRefs: [{ name: 'docs', port: 80 }] }
    ])
    expect(canaryShare({ ...route, spec: { rules } }, 'web', 'web-canary')).toBe(25)
    expect(route.spec!.rules![0]!.backendRefs).toHaveLength(1)
  })
  it('refuses a route that sends nothing to the stable Service', () => {
    expect(() => weightedRules(route, 'shop', 'shop-canary', 10)).toThrow(/sends no traffic to the Service shop/)
  })
  it('splits replicas for a canary without a route: at least one, all at 100', () => {
    expect([0, 10, 25, 50, 100].map((p) => canaryReplicas(4, p))).toEqual([0, 1, 1, 2, 4])
  })
})

describe('API calls named for errors', () => {
  it('the verb RBAC checks, and the resource', () => {
    expect(verbOf({ method: 'GET', path: '/apis/apps/v1/namespaces/prod/deployments', query: { watch: true } })).toBe(
      'watch'
    )
    expect(verbOf({ method: 'GET', path: '/apis/apps/v1/namespaces/prod/deployments' })).toBe('list')
    expect(verbOf({ method: 'PATCH', path: '/apis/apps/v1/namespaces/prod/deployments/web/scale' })).toBe('patch')
    expect(parsePath('/api/v1/namespaces/prod/pods/web-1/log')).toEqual({
      group: '',
      namespace: 'prod',
      resource: 'pods',
      name: 'web-1',
      subresource: 'log'
    })
  })
})

describe('settings of the kubernetes platform', () => {
  const parse = (inputs: Record<string, string>) =>
    parseSettings({
      inputs: (name) => ({ platform: 'kubernetes', 'state-store': 'file', ...inputs })[name],
      env: {},
      cwd: '/tmp'
    })
  const problems = (inputs: Record<string, string>) => {
    try {
      parse(inputs)
      return []
    } catch (error) {
      return (error as SettingsError).problems
    }
  }
  it('needs the Deployment outside plan mode', () => {
    expect(problems({})).toEqual([
      expect.stringMatching(/^`kubernetes-deployment`: the kubernetes platform needs the name/)
    ])
    expect(problems({ mode: 'plan' })).toEqual([])
  })
  it('explains what a canary needs when it has neither route nor Service', () => {
    const [problem] = problems({ 'kubernetes-deployment': 'web', strategy: 'canary' })
    expect(problem).toMatch(
      /with `kubernetes-route` .* the route splits traffic by weight .* without a route, .* the split follows the replica count \(approximate\)/
    )
    expect(problems({ 'kubernetes-deployment': 'web', strategy: 'canary', 'kubernetes-route': 'web' })).toEqual([
      expect.stringMatching(/a canary with the route web needs the stable Service/)
    ])
    expect(problems({ 'kubernetes-deployment': 'web', strategy: 'blue-green' })).toEqual([
      expect.stringMatching(/^`kubernetes-service`: blue-green switches the selector/)
    ])
  })
  it('checks names and the kubectl version', () => {
    expect(problems({ 'kubernetes-deployment': 'Web_1', 'kubectl-version': 'latest' })).toEqual([
      '`kubectl-version`: "latest" must be a release such as 1.32.0, or stable',
      '`kubernetes-deployment`: "Web_1" is not a Kubernetes name this platform can use: lowercase letters, digits and "-", at most 56 characters (the action adds "-canary")'
    ])
  })
  it('masks the kubeconfig’s credentials from the start, its text as JSON quotes it too', () => {
    const kubeconfig = 'users:\n- name: ci\n  user:\n    token: abcdef123456\n    client-key-data: "LS0tS0VZ"\n'
    const settings = parse({ 'kubernetes-deployment': 'web', kubeconfig })
    expect(settings.secrets).toEqual(
      expect.arrayContaining([kubeconfig, JSON.stringify(kubeconfig).slice(1, -1), 'abcdef123456', 'LS0tS0VZ'])
    )
  })
  it('Node versions', () => {
    expect([nodeAtLeast('20.19.0', 22, 19), nodeAtLeast('22.19.0', 22, 19), nodeAtLeast('24.1.0', 22, 19)]).toEqual([
      false,
      true,
      true
    ])
    expect(() => parse({})).toThrow(SettingsError)
  })
})
