/**
 * A GitHub REST API stand-in on 127.0.0.1 that checks every request and response against GitHub's
 * OpenAPI description. See README.md.
 */
import { type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleApi, handleStorage } from './dispatch.js'
import { type FaultRule, Faults } from './faults.js'
import { type Env, RateLimiter, type RecordedRequest, type UploadHook } from './http.js'
import { RepoModel, World } from './model.js'
import { OPERATIONS } from './routes.js'
import type { RepoOptions } from './types.js'
import { getSpec } from './spec.js'
import { Storage } from './storage.js'
import { Views } from './views.js'

export type { FaultKind, FaultRule } from './faults.js'
export type { RecordedRequest, UploadHook } from './http.js'
export type * from './types.js'
export { DEFAULT_USER, RepoModel, sha256Digest } from './model.js'
export { KNOWN_DEVIATIONS } from './spec.js'

export interface GitHubServerOptions {
  /** Primary rate limit per token and hour (default 5000). */
  rateLimit?: number
  /** Primary rate limit of unauthenticated callers, all together (default 60, as GitHub per IP). */
  anonymousRateLimit?: number
  /** Lifetime of signed download URLs (default 5 minutes). */
  signedUrlTtlMs?: number
}

export interface GitHubServer {
  /** http://127.0.0.1:PORT — use as GITHUB_API_URL. */
  readonly url: string
  /** Origin of the signed download URLs (a second port: a different origin, like GitHub's object store). */
  readonly storageUrl: string
  readonly requests: RecordedRequest[]
  readonly violations: string[]
  addRepo(fullName: string, opts?: RepoOptions): RepoModel
  /** An existing repository (throws when absent). */
  repo(fullName: string): RepoModel
  inject(rule: FaultRule): void
  clearFaults(): void
  /** Run `fn` inside every upload, after validation and just before the name check; returns an unsubscribe. */
  beforeUpload(fn: UploadHook): () => void
  /** Forget recorded requests and violations (between tests sharing one server). */
  reset(): void
  close(): Promise<void>
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
  })
}

function shut(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
}

export async function startGitHubServer(opts: GitHubServerOptions = {}): Promise<GitHubServer> {
  const world = new World()
  const storage = new Storage(opts.signedUrlTtlMs ?? 5 * 60_000)
  const env: Env = {
    world,
    spec: getSpec(OPERATIONS),
    views: new Views(''),
    faults: new Faults(),
    storage,
    rate: new RateLimiter(opts.rateLimit ?? 5000, opts.anonymousRateLimit ?? 60),
    requests: [],
    violations: [],
    uploadHooks: new Set()
  }
  // A client that aborts mid-body rejects the body read: drop the connection, keep the process alive.
  const api = createServer((req, res) => void handleApi(env, req, res).catch(() => res.destroy()))
  const store = createServer((req, res) => void handleStorage(env, req, res).catch(() => res.destroy()))
  for (const s of [api, store]) s.keepAliveTimeout = 1000
  const [apiPort, storePort] = await Promise.all([listen(api), listen(store)])
  const url = `http://127.0.0.1:${apiPort}`
  env.views = new Views(url)
  storage.origin = `http://127.0.0.1:${storePort}`

  return {
    url,
    storageUrl: storage.origin,
    requests: env.requests,
    violations: env.violations,
    addRepo(fullName, repoOpts) {
      const key = fullName.toLowerCase()
      if (world.repos.has(key)) throw new Error(`repository ${fullName} exists`)
      const repo = new RepoModel(world, fullName, repoOpts)
      world.repos.set(key, repo)
      return repo
    },
    repo(fullName) {
      const repo = world.repos.get(fullName.toLowerCase())
      if (!repo) throw new Error(`no repository ${fullName}`)
      return repo
    },
    inject: (rule) => env.faults.add(rule),
    clearFaults: () => env.faults.clear(),
    beforeUpload(fn) {
      env.uploadHooks.add(fn)
      return () => void env.uploadHooks.delete(fn)
    },
    reset() {
      env.requests.length = 0
      env.violations.length = 0
    },
    close: async () => {
      await Promise.all([shut(api), shut(store)])
    }
  }
}
