// The data plane: what a Service or an HTTPRoute serves, answered from the Ready pods behind it
// and their images' behaviour, on plain HTTP at http://127.0.0.1:PORT/services/<ns>/<name>/… and
// …/routes/<ns>/<name>/…
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Cluster } from './cluster.js'
import type { Kubelet } from './kubelet.js'
import { clone, matchesLabels, type Obj } from './util.js'

export interface DataPlaneRequest {
  at: number
  kind: 'service' | 'route'
  namespace: string
  name: string
  path: string
  status: number
  pod?: string
  image?: string
  /** For routes: the backend Service that took the request. */
  backend?: string
}

interface Answer {
  status: number
  body: string
  pod?: string
  image?: string
}

export class DataPlane {
  readonly requests: DataPlaneRequest[] = []
  private readonly rr = new Map<string, number>()
  /** Smooth weighted round robin state per route rule (nginx's algorithm): deterministic. */
  private readonly wrr = new Map<string, number[]>()

  constructor(
    private readonly cluster: Cluster,
    private readonly kubelet: Kubelet
  ) {}

  /** Ready pods a Service selects, in a stable order. */
  endpoints(ns: string, svc: Obj): Obj[] {
    const sel = svc['spec']?.['selector'] as Obj | undefined
    if (!sel || Object.keys(sel).length === 0) return []
    const reqs = Object.entries(sel).map(([key, v]) => ({ key, op: '=' as const, values: [String(v)] }))
    return this.cluster
      .list('Pod', ns)
      .filter((p) => matchesLabels(reqs, p['metadata']['labels']) && this.kubelet.isReady(p))
      .sort((a, b) => String(a['metadata']['name']).localeCompare(String(b['metadata']['name'])))
  }

  private fromService(ns: string, name: string, path: string): Answer {
    const svc = this.cluster.get('Service', ns, name)
    if (!svc) return { status: 503, body: `no service ${ns}/${name}\n` }
    const eps = this.endpoints(ns, svc)
    if (eps.length === 0) return { status: 503, body: 'no healthy upstream\n' }
    const key = `${ns}/${name}`
    const i = this.rr.get(key) ?? 0
    this.rr.set(key, i + 1)
    const pod = eps[i % eps.length]!
    return this.fromPod(pod, path)
  }

  private fromPod(pod: Obj, path: string): Answer {
    const c = ((pod['spec']['containers'] ?? []) as Obj[])[0] ?? {}
    const image = String(c['image'] ?? '')
    const b = this.kubelet.behaviour(image)
    const podName = String(pod['metadata']['name'])
    const p = path.split('?')[0] ?? '/'
    const out = (status: number, body: string): Answer => ({ status, body, pod: podName, image })
    if (p === '/health' || p === '/healthz' || p === '/ready') {
      const h = b.health ?? 'healthy'
      let healthy = h === 'healthy'
      if (typeof h === 'function') healthy = h(clone(pod)) === 'healthy'
      else if (typeof h === 'object') {
        const since = this.kubelet.pods.get(pod['metadata']['uid'])?.readySince ?? this.cluster.now()
        healthy = this.cluster.now() - since < h.failAfterMs
      }
      return healthy ? out(200, 'ok\n') : out(503, 'unhealthy\n')
    }
    if (p === '/version') return out(200, `${b.version ?? image}\n`)
    return out(200, `${JSON.stringify({ pod: podName, image, path })}\n`)
  }

  private fromRoute(ns: string, name: string, path: string): Answer & { backend?: string } {
    const route = this.cluster.get('HTTPRoute', ns, name)
    if (!route) return { status: 404, body: `no route ${ns}/${name}\n` }
    const rules = (route['spec']?.['rules'] ?? []) as Obj[]
    const p = path.split('?')[0] ?? '/'
    const ruleIndex = rules.findIndex((r) =>
      ((r['matches'] ?? [{ path: { type: 'PathPrefix', value: '/' } }]) as Obj[]).some((m) => {
        const mp = m['path'] ?? { type: 'PathPrefix', value: '/' }
        const v = String(mp['value'] ?? '/')
        if (mp['type'] === 'Exact') return p === v
        return v === '/' || p === v || p.startsWith(v.endsWith('/') ? v : `${v}/`)
      })
    )
    const rule = rules[ruleIndex]
    if (!rule) return { status: 404, body: 'no matching route rule\n' }
    const backends = ((rule['backendRefs'] ?? []) as Obj[]).filter((b) => Number(b['weight'] ?? 1) > 0)
    if (backends.length === 0) return { status: 500, body: 'no backends\n' }
    const key = `${ns}/${name}/${ruleIndex}/${backends.map((b) => `${b['name']}:${b['weight'] ?? 1}`).join(',')}`
    const cur = this.wrr.get(key) ?? backends.map(() => 0)
    const total = backends.reduce((n, b) => n + Number(b['weight'] ?? 1), 0)
    let best = 0
    for (let i = 0; i < backends.length; i++) {
      cur[i]! += Number(backends[i]!['weight'] ?? 1)
      if (cur[i]! > cur[best]!) best = i
    }
    cur[best]! -= total
    this.wrr.set(key, cur)
    const b = backends[best]!
    const svcNs = String(b['namespace'] ?? ns)
    const svcName = String(b['name'])
    if ((b['kind'] ?? 'Service') !== 'Service' || !this.cluster.get('Service', svcNs, svcName))
      return { status: 500, body: `backend ${svcNs}/${svcName} not found\n`, backend: svcName }
    return { ...this.fromService(svcNs, svcName, path), backend: svcName }
  }

  serve(req: IncomingMessage, res: ServerResponse): void {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1')
    const m = /^\/(services|routes)\/([^/]+)\/([^/]+)(\/.*)?$/.exec(u.pathname)
    if (!m) {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('not a service or route URL\n')
      return
    }
    const kind = m[1] === 'services' ? 'service' : 'route'
    const ns = decodeURIComponent(m[2]!)
    const name = decodeURIComponent(m[3]!)
    const path = `${m[4] ?? '/'}${u.search}`
    const a: Answer & { backend?: string } =
      kind === 'service' ? this.fromService(ns, name, path) : this.fromRoute(ns, name, path)
    const rec: DataPlaneRequest = { at: Date.now(), kind, namespace: ns, name, path, status: a.status }
    if (a.pod) rec.pod = a.pod
    if (a.image) rec.image = a.image
    if (a.backend) rec.backend = a.backend
    this.requests.push(rec)
    const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8' }
    if (a.pod) headers['x-pod'] = a.pod
    if (a.image) headers['x-image'] = a.image
    if (a.backend) headers['x-backend'] = a.backend
    res.writeHead(a.status, headers)
    res.end(req.method === 'HEAD' ? undefined : a.body)
  }
}
