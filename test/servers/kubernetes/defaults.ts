// The defaults the API server fills in (pkg/apis/<group>/v1/defaults.go, CRD schema defaults), so
// stored objects, pod template hashes and managedFields look as on a real cluster.
import { isMap, type Obj } from './util.js'

function probe(p: unknown): void {
  if (!isMap(p)) return
  p['timeoutSeconds'] ??= 1
  p['periodSeconds'] ??= 10
  p['successThreshold'] ??= 1
  p['failureThreshold'] ??= 3
  if (isMap(p['httpGet'])) p['httpGet']['scheme'] ??= 'HTTP'
}

function container(c: Obj): void {
  c['terminationMessagePath'] ??= '/dev/termination-log'
  c['terminationMessagePolicy'] ??= 'File'
  if (c['imagePullPolicy'] === undefined && typeof c['image'] === 'string') {
    const image = c['image']
    const tag = image.includes('@') ? 'digest' : /:([^/:]+)$/.exec(image)?.[1]
    c['imagePullPolicy'] = !tag || tag === 'latest' ? 'Always' : 'IfNotPresent'
  }
  c['resources'] ??= {}
  for (const p of (c['ports'] ?? []) as Obj[]) if (isMap(p)) p['protocol'] ??= 'TCP'
  for (const e of (c['env'] ?? []) as Obj[]) {
    const ref = e?.['valueFrom']?.['fieldRef']
    if (isMap(ref)) ref['apiVersion'] ??= 'v1'
  }
  probe(c['readinessProbe'])
  probe(c['livenessProbe'])
  probe(c['startupProbe'])
}

export function podSpecDefaults(spec: Obj | undefined): void {
  if (!isMap(spec)) return
  spec['restartPolicy'] ??= 'Always'
  spec['terminationGracePeriodSeconds'] ??= 30
  spec['dnsPolicy'] ??= 'ClusterFirst'
  spec['securityContext'] ??= {}
  spec['schedulerName'] ??= 'default-scheduler'
  for (const c of [...((spec['containers'] ?? []) as Obj[]), ...((spec['initContainers'] ?? []) as Obj[])])
    if (isMap(c)) container(c)
}

let nextClusterIp = 10

export function applyDefaults(kind: string, obj: Obj): void {
  const spec = obj['spec']
  if (kind === 'Deployment' && isMap(spec)) {
    spec['replicas'] ??= 1
    spec['revisionHistoryLimit'] ??= 10
    spec['progressDeadlineSeconds'] ??= 600
    spec['strategy'] ??= {}
    const st = spec['strategy'] as Obj
    st['type'] ??= 'RollingUpdate'
    if (st['type'] === 'RollingUpdate') {
      st['rollingUpdate'] ??= {}
      st['rollingUpdate']['maxSurge'] ??= '25%'
      st['rollingUpdate']['maxUnavailable'] ??= '25%'
    }
    podSpecDefaults(spec['template']?.['spec'])
  }
  if (kind === 'ReplicaSet' && isMap(spec)) {
    spec['replicas'] ??= 1
    podSpecDefaults(spec['template']?.['spec'])
  }
  if (kind === 'Pod' && isMap(spec)) {
    podSpecDefaults(spec)
    spec['enableServiceLinks'] ??= true
    spec['preemptionPolicy'] ??= 'PreemptLowerPriority'
    spec['priority'] ??= 0
  }
  if (kind === 'Service' && isMap(spec)) {
    spec['type'] ??= 'ClusterIP'
    spec['sessionAffinity'] ??= 'None'
    if (spec['type'] !== 'ExternalName') {
      if (spec['clusterIP'] === undefined) {
        const n = nextClusterIp++
        spec['clusterIP'] = `10.96.${Math.floor(n / 250)}.${(n % 250) + 1}`
      }
      spec['clusterIPs'] ??= [spec['clusterIP']]
      spec['ipFamilies'] ??= ['IPv4']
      spec['ipFamilyPolicy'] ??= 'SingleStack'
      spec['internalTrafficPolicy'] ??= 'Cluster'
    }
    for (const p of (spec['ports'] ?? []) as Obj[]) {
      if (!isMap(p)) continue
      p['protocol'] ??= 'TCP'
      p['targetPort'] ??= p['port']
    }
    obj['status'] ??= { loadBalancer: {} }
  }
  if (kind === 'HTTPRoute' && isMap(spec)) {
    for (const p of (spec['parentRefs'] ?? []) as Obj[]) {
      if (!isMap(p)) continue
      p['group'] ??= 'gateway.networking.k8s.io'
      p['kind'] ??= 'Gateway'
    }
    spec['rules'] ??= [{ matches: [{ path: { type: 'PathPrefix', value: '/' } }] }]
    for (const r of spec['rules'] as Obj[]) {
      if (!isMap(r)) continue
      r['matches'] ??= [{ path: { type: 'PathPrefix', value: '/' } }]
      for (const m of r['matches'] as Obj[]) if (isMap(m) && isMap(m['path'])) m['path']['type'] ??= 'PathPrefix'
      for (const b of (r['backendRefs'] ?? []) as Obj[]) {
        if (!isMap(b)) continue
        b['group'] ??= ''
        b['kind'] ??= 'Service'
        b['weight'] ??= 1
      }
    }
  }
  if (kind === 'Secret') obj['type'] ??= 'Opaque'
  if (kind === 'Namespace') {
    obj['spec'] ??= { finalizers: ['kubernetes'] }
    obj['status'] ??= { phase: 'Active' }
    obj['metadata']['labels'] = {
      ...(obj['metadata']['labels'] ?? {}),
      'kubernetes.io/metadata.name': obj['metadata']['name']
    }
  }
}
