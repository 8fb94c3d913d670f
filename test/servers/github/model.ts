/**
 * In-memory model of the GitHub repositories a test talks to. Routes read and change it; tests seed
 * and inspect it through the same methods.
 */
import { createHash } from 'node:crypto'
import type {
  ApprovalModel,
  AssetModel,
  AssetSeed,
  CheckRunModel,
  CheckRunSeed,
  CommitModel,
  CommitSeed,
  CommitStatusModel,
  CommitStatusSeed,
  CommitStatusState,
  DeploymentModel,
  DeploymentSeed,
  DeploymentStatusModel,
  DeploymentStatusSeed,
  EnvironmentModel,
  EnvironmentSeed,
  GitPerson,
  Permission,
  ReleaseModel,
  ReleaseSeed,
  RepoOptions,
  RunModel,
  RunSeed,
  WithheldPermission
} from './types.js'

/** Server-wide ids and clock, shared by every repository (GitHub's ids are global). */
export class World {
  private next = 1000
  private shaCounter = 0
  readonly repos = new Map<string, RepoModel>()

  id(): number {
    return this.next++
  }

  now(): string {
    return isoSeconds(new Date())
  }

  sha(...parts: string[]): string {
    return createHash('sha1')
      .update(`${this.shaCounter++}\0${parts.join('\0')}`)
      .digest('hex')
  }

  /** Whether any repository knows the token (unknown tokens answer 401 Bad credentials). */
  tokenKnown(token: string): boolean {
    for (const repo of this.repos.values()) if (repo.tokens.has(token)) return true
    return false
  }
}

export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export const DEFAULT_USER = 'github-actions[bot]'

export class RepoModel {
  readonly id: number
  readonly owner: string
  readonly name: string
  readonly private: boolean
  readonly defaultBranch: string
  readonly immutableReleases: boolean
  readonly tokens = new Map<string, Permission>()
  readonly createdAt: string

  readonly commitStore = new Map<string, CommitModel>()
  readonly branches = new Map<string, string>()
  readonly tags = new Map<string, string>()
  /** Every commit status set, oldest first (a context set again keeps its history, as on GitHub). */
  readonly statuses: CommitStatusModel[] = []
  readonly checkRuns: CheckRunModel[] = []
  /** `sha\0app` -> the check suite its runs go into. */
  private readonly checkSuites = new Map<string, number>()
  /** Permissions a token lacks here (its endpoints answer 403), beyond read/write. */
  readonly withheld = new Map<string, Set<WithheldPermission>>()
  readonly releases: ReleaseModel[] = []
  readonly environments = new Map<string, EnvironmentModel>()
  readonly runs: RunModel[] = []
  readonly approvals: ApprovalModel[] = []
  readonly deployments: DeploymentModel[] = []
  readonly workflows = new Map<string, { id: number; name: string }>()

  constructor(
    private readonly world: World,
    fullName: string,
    opts: RepoOptions = {}
  ) {
    const [owner, name, ...rest] = fullName.split('/')
    if (!owner || !name || rest.length > 0) throw new Error(`repository name must be owner/repo: ${fullName}`)
    this.id = world.id()
    this.owner = owner
    this.name = name
    this.private = opts.private ?? false
    this.defaultBranch = opts.defaultBranch ?? 'main'
    this.immutableReleases = opts.immutableReleases ?? false
    this.createdAt = world.now()
    for (const [token, perm] of Object.entries(opts.tokens ?? {})) this.tokens.set(token, perm)
    this.commit({ message: 'Initial commit' })
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`
  }

  grant(token: string, permission: Permission): this {
    this.tokens.set(token, permission)
    return this
  }

  /** The token lacks these permissions (a `GITHUB_TOKEN` without `checks: read`, say): 403 there. */
  withhold(token: string, ...permissions: WithheldPermission[]): this {
    const set = this.withheld.get(token) ?? new Set()
    for (const p of permissions) set.add(p)
    this.withheld.set(token, set)
    return this
  }

  // ---- git history -------------------------------------------------------------------------

  /** Append one commit to a branch (default: the default branch) and move the branch to it. */
  commit(seed: CommitSeed = {}): CommitModel {
    const branch = seed.branch ?? this.defaultBranch
    const head =
      this.branches.get(branch) ?? (branch !== this.defaultBranch ? this.branches.get(this.defaultBranch) : undefined)
    const parents = seed.parents ?? (head ? [head] : [])
    for (const p of parents) if (!this.commitStore.has(p)) throw new Error(`unknown parent commit ${p}`)
    const message = seed.message ?? `Commit ${this.commitStore.size + 1}`
    const date = seed.date === undefined ? this.world.now() : isoSeconds(new Date(seed.date))
    const author: GitPerson = {
      name: seed.author?.name ?? 'Octo Cat',
      email: seed.author?.email ?? 'octocat@users.noreply.github.com',
      ...(seed.author?.login !== undefined ? { login: seed.author.login } : seed.author ? {} : { login: 'octocat' })
    }
    const sha = this.world.sha(this.fullName, message, date, ...parents)
    const commit: CommitModel = {
      sha,
      tree: this.world.sha('tree', sha),
      message,
      author,
      date,
      parents,
      files: seed.files ?? []
    }
    this.commitStore.set(sha, commit)
    this.branches.set(branch, sha)
    return commit
  }

  /** Append `n` commits (messages `<prefix> 1..n`). */
  commits(n: number, seed: Omit<CommitSeed, 'parents' | 'message'> & { message?: string } = {}): CommitModel[] {
    const out: CommitModel[] = []
    for (let i = 1; i <= n; i++) out.push(this.commit({ ...seed, message: `${seed.message ?? 'Commit'} ${i}` }))
    return out
  }

  head(branch = this.defaultBranch): string {
    const sha = this.branches.get(branch)
    if (!sha) throw new Error(`no branch ${branch} in ${this.fullName}`)
    return sha
  }

  /** Create or move a branch without touching history. */
  setBranch(name: string, sha: string): void {
    if (!this.commitStore.has(sha)) throw new Error(`unknown commit ${sha}`)
    this.branches.set(name, sha)
  }

  tag(name: string, sha = this.head()): void {
    if (!this.commitStore.has(sha)) throw new Error(`unknown commit ${sha}`)
    this.tags.set(name, sha)
  }

  /**
   * Force-push: move `branch` to `sha` (an existing commit) and, unless `prune: false`, forget every
   * commit no branch or tag reaches any more (GitHub after garbage collection: the old SHAs 404).
   * Returns the forgotten SHAs.
   */
  forcePush(branch: string, sha: string, opts: { prune?: boolean } = {}): string[] {
    this.setBranch(branch, sha)
    if (opts.prune === false) return []
    const live = new Set<string>()
    for (const tip of [...this.branches.values(), ...this.tags.values()])
      for (const s of this.ancestors(tip)) live.add(s)
    const gone = [...this.commitStore.keys()].filter((s) => !live.has(s))
    for (const s of gone) this.commitStore.delete(s)
    return gone
  }

  /** Sets a commit status (a new one: the context's earlier statuses stay in its history). */
  setStatus(sha: string, context: string, state: CommitStatusState, seed: CommitStatusSeed = {}): CommitStatusModel {
    if (!this.commitStore.has(sha)) throw new Error(`unknown commit ${sha}`)
    const at = seed.date === undefined ? this.world.now() : isoSeconds(new Date(seed.date))
    const status: CommitStatusModel = {
      id: this.world.id(),
      sha,
      context,
      state,
      description: seed.description ?? null,
      targetUrl: seed.targetUrl ?? null,
      creator: seed.creator ?? DEFAULT_USER,
      createdAt: at,
      updatedAt: at
    }
    this.statuses.push(status)
    return status
  }

  /** The newest status of each context of a commit, newest first (what the combined status lists). */
  latestStatuses(sha: string): CommitStatusModel[] {
    const latest = new Map<string, CommitStatusModel>()
    for (const s of this.statuses) {
      if (s.sha !== sha) continue
      const seen = latest.get(s.context)
      if (!seen || s.createdAt > seen.createdAt || (s.createdAt === seen.createdAt && s.id > seen.id))
        latest.set(s.context, s)
    }
    return [...latest.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
  }

  /** Adds a check run on a commit; the returned object may be changed later (`run.status = 'completed'`). */
  addCheckRun(sha: string, seed: CheckRunSeed): CheckRunModel {
    if (!this.commitStore.has(sha)) throw new Error(`unknown commit ${sha}`)
    const status = seed.status ?? 'completed'
    const app = seed.app ?? 'github-actions'
    const time = (value: string | Date | null | undefined): string | null | undefined =>
      value === undefined ? undefined : value === null ? null : isoSeconds(new Date(value))
    const startedAt = time(seed.startedAt) === undefined ? this.world.now() : time(seed.startedAt)!
    const completedAt = time(seed.completedAt) ?? (status === 'completed' ? startedAt : null)
    let checkSuiteId = seed.checkSuiteId
    if (checkSuiteId === undefined) {
      const key = `${sha}\0${app}`
      checkSuiteId = this.checkSuites.get(key) ?? this.world.id()
      this.checkSuites.set(key, checkSuiteId)
    }
    const run: CheckRunModel = {
      id: this.world.id(),
      headSha: sha,
      name: seed.name,
      status,
      conclusion: seed.conclusion === undefined ? (status === 'completed' ? 'success' : null) : seed.conclusion,
      startedAt,
      completedAt,
      app,
      checkSuiteId
    }
    this.checkRuns.push(run)
    return run
  }

  getCommit(sha: string): CommitModel | undefined {
    return this.commitStore.get(sha)
  }

  /** A full or abbreviated (>= 7) SHA, branch, tag, `heads/x`, `tags/x`, `refs/heads/x` or `refs/tags/x`. */
  resolveRef(ref: string): CommitModel | undefined {
    const r = ref.replace(/^refs\//, '')
    const byName = r.startsWith('heads/')
      ? this.branches.get(r.slice(6))
      : r.startsWith('tags/')
        ? this.tags.get(r.slice(5))
        : (this.branches.get(r) ?? this.tags.get(r))
    if (byName) return this.commitStore.get(byName)
    if (/^[0-9a-f]{40}$/i.test(r)) return this.commitStore.get(r.toLowerCase())
    if (/^[0-9a-f]{7,39}$/i.test(r)) {
      const hits = [...this.commitStore.keys()].filter((s) => s.startsWith(r.toLowerCase()))
      if (hits.length === 1) return this.commitStore.get(hits[0]!)
    }
    return undefined
  }

  /** Every commit reachable from `sha`, itself included. */
  ancestors(sha: string): Set<string> {
    const seen = new Set<string>()
    const stack = [sha]
    while (stack.length > 0) {
      const s = stack.pop()!
      if (seen.has(s)) continue
      const c = this.commitStore.get(s)
      if (!c) continue
      seen.add(s)
      stack.push(...c.parents)
    }
    return seen
  }

  /** Topological depth (root = 0), used to order commits oldest first. */
  generation(sha: string, memo = new Map<string, number>()): number {
    // Iterative: long histories would overflow the stack.
    const stack = [sha]
    while (stack.length > 0) {
      const s = stack[stack.length - 1]!
      if (memo.has(s)) {
        stack.pop()
        continue
      }
      const parents = this.commitStore.get(s)?.parents ?? []
      const missing = parents.filter((p) => !memo.has(p) && this.commitStore.has(p))
      if (missing.length === 0) {
        memo.set(
          s,
          parents.reduce((g, p) => Math.max(g, (memo.get(p) ?? -1) + 1), 0)
        )
        stack.pop()
      } else stack.push(...missing)
    }
    return memo.get(sha) ?? 0
  }

  // ---- releases and assets -------------------------------------------------------------------

  addRelease(seed: ReleaseSeed): ReleaseModel {
    const now = this.world.now()
    const draft = seed.draft ?? false
    const release: ReleaseModel = {
      id: this.world.id(),
      tagName: seed.tag,
      targetCommitish: seed.target ?? this.defaultBranch,
      name: seed.name === undefined ? seed.tag : seed.name,
      body: seed.body ?? null,
      draft,
      prerelease: seed.prerelease ?? false,
      createdAt: now,
      publishedAt: draft ? null : now,
      updatedAt: now,
      author: seed.author ?? DEFAULT_USER,
      assets: []
    }
    if (!draft && !this.tags.has(seed.tag)) {
      const target = this.resolveRef(release.targetCommitish)
      if (target) this.tags.set(seed.tag, target.sha)
    }
    this.releases.push(release)
    return release
  }

  release(id: number): ReleaseModel | undefined {
    return this.releases.find((r) => r.id === id)
  }

  addAsset(release: ReleaseModel | number, seed: AssetSeed): AssetModel {
    const rel = typeof release === 'number' ? this.release(release) : release
    if (!rel) throw new Error(`no release ${String(release)} in ${this.fullName}`)
    if (rel.assets.some((a) => a.name === seed.name))
      throw new Error(`asset name ${seed.name} taken in release ${rel.id}`)
    const state = seed.state ?? 'uploaded'
    const data = state === 'uploaded' ? toBuffer(seed.data ?? '') : Buffer.alloc(0)
    const now = this.world.now()
    const asset: AssetModel = {
      id: this.world.id(),
      releaseId: rel.id,
      name: seed.name,
      label: seed.label ?? '',
      state,
      contentType: seed.contentType ?? 'application/octet-stream',
      data,
      digest: state === 'uploaded' ? sha256Digest(data) : null,
      downloadCount: 0,
      createdAt: now,
      updatedAt: now,
      uploader: seed.uploader ?? DEFAULT_USER
    }
    rel.assets.push(asset)
    return asset
  }

  asset(id: number): AssetModel | undefined {
    for (const r of this.releases) for (const a of r.assets) if (a.id === id) return a
    return undefined
  }

  removeAsset(id: number): boolean {
    for (const r of this.releases) {
      const i = r.assets.findIndex((a) => a.id === id)
      if (i >= 0) {
        r.assets.splice(i, 1)
        return true
      }
    }
    return false
  }

  // ---- environments, runs, approvals -----------------------------------------------------------

  setEnvironment(name: string, seed: EnvironmentSeed = {}): EnvironmentModel {
    const now = this.world.now()
    const prev = this.environments.get(name)
    const env: EnvironmentModel = {
      id: prev?.id ?? this.world.id(),
      name,
      createdAt: prev?.createdAt ?? now,
      updatedAt: now,
      reviewers: (seed.reviewers ?? []).map((r) => (typeof r === 'string' ? { type: 'User', login: r } : r)),
      preventSelfReview: seed.preventSelfReview ?? false,
      waitTimer: seed.waitTimer,
      branchPolicy: seed.branchPolicy ?? null,
      ruleIds: prev?.ruleIds ?? {
        reviewers: this.world.id(),
        waitTimer: this.world.id(),
        branchPolicy: this.world.id()
      }
    }
    this.environments.set(name, env)
    return env
  }

  removeEnvironment(name: string): boolean {
    return this.environments.delete(name)
  }

  workflow(pathOrFile: string): { id: number; name: string; path: string } {
    const path = pathOrFile.includes('/') ? pathOrFile : `.github/workflows/${pathOrFile}`
    let wf = this.workflows.get(path)
    if (!wf) {
      const file = path.split('/').pop() ?? path
      wf = { id: this.world.id(), name: file.replace(/\.ya?ml$/, '') }
      this.workflows.set(path, wf)
    }
    return { ...wf, path }
  }

  addRun(seed: RunSeed = {}): RunModel {
    const wf = this.workflow(seed.workflow ?? 'deploy.yml')
    const createdAt = seed.createdAt === undefined ? this.world.now() : isoSeconds(new Date(seed.createdAt))
    const runNumber = seed.runNumber ?? this.runs.filter((r) => r.workflowId === wf.id).length + 1
    const status = seed.status ?? 'completed'
    const run: RunModel = {
      id: seed.id ?? this.world.id(),
      workflowPath: wf.path,
      workflowName: seed.name ?? wf.name,
      workflowId: wf.id,
      headSha: seed.headSha ?? this.head(),
      headBranch: seed.headBranch === undefined ? this.defaultBranch : seed.headBranch,
      event: seed.event ?? 'push',
      status,
      conclusion: seed.conclusion === undefined ? (status === 'completed' ? 'success' : null) : seed.conclusion,
      actor: seed.actor ?? 'octocat',
      triggeringActor: seed.triggeringActor ?? seed.actor ?? 'octocat',
      runAttempt: seed.runAttempt ?? 1,
      runNumber,
      displayTitle: seed.displayTitle ?? wf.name,
      createdAt,
      updatedAt: createdAt
    }
    this.runs.push(run)
    return run
  }

  run(id: number): RunModel | undefined {
    return this.runs.find((r) => r.id === id)
  }

  addApproval(
    runId: number,
    seed: { environments: string[]; state?: ApprovalModel['state']; user: string; comment?: string }
  ): ApprovalModel {
    const approval: ApprovalModel = {
      runId,
      environments: seed.environments,
      state: seed.state ?? 'approved',
      user: seed.user,
      comment: seed.comment ?? ''
    }
    this.approvals.push(approval)
    return approval
  }

  // ---- deployments ---------------------------------------------------------------------------

  addDeployment(seed: DeploymentSeed): DeploymentModel {
    const sha = seed.sha ?? this.resolveRef(seed.ref)?.sha
    if (!sha) throw new Error(`no commit for ref ${seed.ref}`)
    const now = this.world.now()
    const environment = seed.environment ?? 'production'
    const deployment: DeploymentModel = {
      id: this.world.id(),
      sha,
      ref: seed.ref,
      task: seed.task ?? 'deploy',
      payload: seed.payload ?? {},
      environment,
      originalEnvironment: environment,
      description: seed.description === undefined ? '' : seed.description,
      creator: seed.creator ?? DEFAULT_USER,
      createdAt: now,
      updatedAt: now,
      transientEnvironment: seed.transientEnvironment ?? false,
      productionEnvironment: seed.productionEnvironment ?? environment === 'production',
      statuses: []
    }
    this.deployments.push(deployment)
    return deployment
  }

  deployment(id: number): DeploymentModel | undefined {
    return this.deployments.find((d) => d.id === id)
  }

  addDeploymentStatus(deploymentId: number, seed: DeploymentStatusSeed): DeploymentStatusModel {
    const d = this.deployment(deploymentId)
    if (!d) throw new Error(`no deployment ${deploymentId}`)
    const now = this.world.now()
    const environment = seed.environment ?? d.statuses.at(-1)?.environment ?? d.environment
    const logUrl = seed.logUrl ?? seed.targetUrl ?? ''
    const status: DeploymentStatusModel = {
      id: this.world.id(),
      deploymentId,
      state: seed.state,
      creator: seed.creator ?? DEFAULT_USER,
      description: seed.description ?? '',
      environment,
      targetUrl: logUrl,
      logUrl,
      environmentUrl: seed.environmentUrl ?? '',
      createdAt: now,
      updatedAt: now
    }
    d.statuses.push(status)
    d.environment = environment
    d.updatedAt = now
    if (seed.state === 'success' && (seed.autoInactive ?? true)) {
      for (const other of this.deployments) {
        if (other === d || other.environment !== environment) continue
        if (other.transientEnvironment || other.productionEnvironment) continue
        if (other.statuses.at(-1)?.state !== 'success') continue
        other.statuses.push({
          ...status,
          id: this.world.id(),
          deploymentId: other.id,
          state: 'inactive',
          description: ''
        })
      }
    }
    return status
  }
}

export function toBuffer(data: Buffer | string | Uint8Array): Buffer {
  return Buffer.isBuffer(data) ? data : typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)
}

export function sha256Digest(data: Buffer): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`
}
