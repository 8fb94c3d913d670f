/** Shapes of the in-memory model: what tests seed and what the routes read. */

export type Permission = 'read' | 'write'

export interface RepoOptions {
  private?: boolean
  defaultBranch?: string
  /** Tokens that reach this repository and what they may do (contents/deployments/actions). */
  tokens?: Record<string, Permission>
  /** Published releases refuse asset changes (422), as with GitHub's immutable releases. */
  immutableReleases?: boolean
}

export interface CommitFile {
  filename: string
  status?: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  additions?: number
  deletions?: number
  patch?: string
  previous_filename?: string
}

export interface GitPerson {
  name: string
  email: string
  /** GitHub account of the person (the API's `author`/`committer` users); none means null there. */
  login?: string
}

export interface CommitSeed {
  /** Branch to append to (default: the default branch); created when absent. */
  branch?: string
  message?: string
  author?: Partial<GitPerson>
  date?: string | Date
  files?: CommitFile[]
  /** Explicit parents (default: the branch head). Two parents make a merge commit. */
  parents?: string[]
}

export interface CommitModel {
  sha: string
  tree: string
  message: string
  author: GitPerson
  date: string
  parents: string[]
  files: CommitFile[]
}

export type AssetState = 'uploaded' | 'open' | 'starter'

export interface AssetModel {
  id: number
  releaseId: number
  name: string
  label: string | null
  state: AssetState
  contentType: string
  data: Buffer
  /** `sha256:<hex>` of `data`; null while not uploaded. */
  digest: string | null
  downloadCount: number
  createdAt: string
  updatedAt: string
  uploader: string
}

export interface AssetSeed {
  name: string
  data?: Buffer | string
  contentType?: string
  label?: string | null
  state?: AssetState
  uploader?: string
}

export interface ReleaseModel {
  id: number
  tagName: string
  targetCommitish: string
  name: string | null
  body: string | null
  draft: boolean
  prerelease: boolean
  createdAt: string
  publishedAt: string | null
  updatedAt: string
  author: string
  assets: AssetModel[]
}

export interface ReleaseSeed {
  tag: string
  name?: string | null
  body?: string | null
  draft?: boolean
  prerelease?: boolean
  /** Branch or SHA the tag is created from (default: the default branch). */
  target?: string
  author?: string
}

export type Reviewer = { type: 'User'; login: string } | { type: 'Team'; slug: string; name?: string }

export interface EnvironmentSeed {
  /** Required reviewers: user logins, or `{type: 'Team', slug}`. None means no required_reviewers rule. */
  reviewers?: Array<string | Reviewer>
  preventSelfReview?: boolean
  /** Minutes; adds a wait_timer rule. */
  waitTimer?: number
  /** Adds a branch_policy rule and `deployment_branch_policy`. */
  branchPolicy?: { protected_branches: boolean; custom_branch_policies: boolean }
}

export interface EnvironmentModel {
  id: number
  name: string
  createdAt: string
  updatedAt: string
  reviewers: Reviewer[]
  preventSelfReview: boolean
  waitTimer: number | undefined
  branchPolicy: { protected_branches: boolean; custom_branch_policies: boolean } | null
  ruleIds: { reviewers: number; waitTimer: number; branchPolicy: number }
}

export type RunStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending' | 'action_required'
export type RunConclusion =
  | 'success'
  | 'failure'
  | 'cancelled'
  | 'skipped'
  | 'neutral'
  | 'timed_out'
  | 'action_required'
  | 'stale'
  | 'startup_failure'
  | null

export interface RunSeed {
  id?: number
  /** `.github/workflows/<file>`; a bare file name is prefixed. Default `.github/workflows/deploy.yml`. */
  workflow?: string
  name?: string
  headSha?: string
  headBranch?: string | null
  event?: string
  status?: RunStatus
  conclusion?: RunConclusion
  actor?: string
  triggeringActor?: string
  runAttempt?: number
  runNumber?: number
  displayTitle?: string
  createdAt?: string | Date
}

export interface RunModel {
  id: number
  workflowPath: string
  workflowName: string
  workflowId: number
  headSha: string
  headBranch: string | null
  event: string
  status: RunStatus
  conclusion: RunConclusion
  actor: string
  triggeringActor: string
  runAttempt: number
  runNumber: number
  displayTitle: string
  createdAt: string
  updatedAt: string
}

export interface ApprovalModel {
  runId: number
  environments: string[]
  state: 'approved' | 'rejected' | 'pending'
  user: string
  comment: string
}

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success'

export interface DeploymentStatusModel {
  id: number
  deploymentId: number
  state: DeploymentState
  creator: string
  description: string
  environment: string
  targetUrl: string
  logUrl: string
  environmentUrl: string
  createdAt: string
  updatedAt: string
}

export interface DeploymentModel {
  id: number
  sha: string
  ref: string
  task: string
  payload: Record<string, unknown> | string
  environment: string
  originalEnvironment: string
  description: string | null
  creator: string
  createdAt: string
  updatedAt: string
  transientEnvironment: boolean
  productionEnvironment: boolean
  statuses: DeploymentStatusModel[]
}

export interface DeploymentSeed {
  ref: string
  sha?: string
  task?: string
  payload?: Record<string, unknown> | string
  environment?: string
  description?: string | null
  creator?: string
  transientEnvironment?: boolean
  productionEnvironment?: boolean
}

export interface DeploymentStatusSeed {
  state: DeploymentState
  description?: string
  environment?: string
  logUrl?: string
  targetUrl?: string
  environmentUrl?: string
  creator?: string
  /** Default true: mark earlier successful deployments to the same environment inactive. */
  autoInactive?: boolean
}

// ---- checks and statuses ---------------------------------------------------------------------

/** Fine-grained permissions a token can be denied on a repository (`RepoModel.withhold`). */
export type WithheldPermission = 'checks' | 'statuses'

export type CheckRunStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending'
export type CheckRunConclusion =
  'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required'

export interface CheckRunSeed {
  name: string
  /** Default `completed`. */
  status?: CheckRunStatus
  /** Default `success` when completed, else null. */
  conclusion?: CheckRunConclusion | null
  /** Default now; null for a run that has not started. */
  startedAt?: string | Date | null
  /** Default: `startedAt` when completed, else null. */
  completedAt?: string | Date | null
  /** The reporting app's slug (default `github-actions`). */
  app?: string
  /** Default: one suite per commit and app. */
  checkSuiteId?: number
}

export interface CheckRunModel {
  id: number
  headSha: string
  name: string
  status: CheckRunStatus
  conclusion: CheckRunConclusion | null
  startedAt: string | null
  completedAt: string | null
  app: string
  checkSuiteId: number
}

export type CommitStatusState = 'success' | 'pending' | 'failure' | 'error'

export interface CommitStatusModel {
  id: number
  sha: string
  context: string
  state: CommitStatusState
  description: string | null
  targetUrl: string | null
  creator: string
  createdAt: string
  updatedAt: string
}

export interface CommitStatusSeed {
  description?: string | null
  targetUrl?: string | null
  creator?: string
  /** Default now. */
  date?: string | Date
}
