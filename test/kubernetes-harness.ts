// Shared by the test/kubernetes*.test.ts files: the Kubernetes API stand-in (one per test file), an
// app repository per test in a namespace of its own, and the action bundle run against them with
// `platform: kubernetes`.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { request as httpsRequest } from 'node:https'
import { join } from 'node:path'
import { expect } from 'vitest'
import { type ActionRun, runAction } from './support/action.js'
import { TestRepo } from './support/git.js'
import { useServer } from './support/use-server.js'
import {
  type KubernetesServer,
  type RecordedRequest,
  type StartOptions,
  startKubernetesServer
} from './servers/kubernetes/index.js'

export type { KubernetesServer }

export const digest = (seed: string): string => `sha256:${createHash('sha256').update(seed).digest('hex')}`

/**
 * The test file's stand-in cluster: started before its tests, closed after them, and nothing it
 * received may break Kubernetes' schemas (checked once at the end: its tests share it).
 */
export function useCluster(options: StartOptions = {}): () => KubernetesServer {
  return useServer(
    () => startKubernetesServer({ readyMs: 30, ...options }),
    async (server) => {
      const violations = [...server.violations]
      await server.close()
      expect(violations).toEqual([])
    }
  )
}

let namespaces = 0

/**
 * One app in a namespace of its own: the Deployment `web` (image registry.test/web:1, 2 replicas)
 * and the Service `web` in front of it, a git repository, and the inputs that point the action at them.
 */
export class KubernetesApp {
  readonly repo = new TestRepo('k8s-app-')
  readonly namespace: string
  private readonly since: number

  constructor(
    readonly server: KubernetesServer,
    options: {
      replicas?: number
      image?: string
      service?: boolean
      deployment?: boolean
      name?: string
      progressDeadlineSeconds?: number
    } = {}
  ) {
    this.namespace = `${options.name ?? 'app'}-${++namespaces}-${process.pid % 1000}`
    this.since = server.requests.length
    if (options.deployment !== false)
      server.addDeployment({
        name: 'web',
        namespace: this.namespace,
        image: options.image ?? 'registry.test/web:1',
        replicas: options.replicas ?? 2,
        progressDeadlineSeconds: options.progressDeadlineSeconds
      })
    if (options.service !== false)
      server.addService({ name: 'web', namespace: this.namespace, selector: { app: 'web' } })
  }

  /** Quick health checks through the Service's data plane, a file state, no approval for what runs here. */
  inputs(extra: Record<string, string> = {}): Record<string, string> {
    return {
      platform: 'kubernetes',
      kubeconfig: this.server.kubeconfig({ namespace: this.namespace }),
      'kubernetes-deployment': 'web',
      'state-store': 'file',
      'health-urls': `${this.server.serviceUrl(this.namespace, 'web')}/health`,
      'health-retries': '2',
      'health-interval-seconds': '0',
      'health-timeout-seconds': '5',
      'approval-required-for': 'start',
      'deploy-timeout-seconds': '60',
      'max-rollback-seconds': '60',
      ...extra
    }
  }

  run(extra: Record<string, string> = {}, env: Record<string, string | undefined> = {}): Promise<ActionRun> {
    return runAction({ cwd: this.repo.dir, inputs: this.inputs(extra), env, timeoutMs: 120_000 })
  }

  commit(n: number): string {
    return this.repo.commit({ 'app.py': String(n) }, `version ${n}`)
  }

  state(): any {
    const path = join(this.repo.dir, '.deploy-state', 'production.json')
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
  }

  /** This namespace's requests since the app was made. */
  requests(): RecordedRequest[] {
    return this.server.requests.slice(this.since).filter((r) => r.path.includes(`/namespaces/${this.namespace}/`))
  }

  /** This namespace's writes, as `METHOD resource/name[/sub]`, in order. */
  writes(): string[] {
    return this.requests()
      .filter((r) => r.method !== 'GET')
      .map((r) => `${r.method} ${r.path.split(`/namespaces/${this.namespace}/`)[1]}`)
  }

  /** The images of the Deployment's containers, by container name. */
  images(name = 'web'): Record<string, string> {
    const d = this.server.deployment(this.namespace, name) as any
    return Object.fromEntries((d?.spec.template.spec.containers ?? []).map((c: any) => [c.name, c.image]))
  }
}

/** A request to the stand-in as another client would send it (kubectl, a person): for set-up only. */
export function kubectl(
  server: KubernetesServer,
  method: string,
  path: string,
  body?: unknown,
  contentType = 'application/merge-patch+json'
): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const request = httpsRequest(
      `${server.url}${path}`,
      {
        method,
        ca: server.caData,
        headers: {
          authorization: `Bearer ${server.token}`,
          'user-agent': 'kubectl/v1.32.0 (linux/amd64)',
          ...(body === undefined ? {} : { 'content-type': contentType })
        }
      },
      (response) => {
        let text = ''
        response.on('data', (chunk) => (text += chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : undefined })
        )
      }
    )
    request.on('error', reject)
    request.end(body === undefined ? undefined : JSON.stringify(body))
  })
}
