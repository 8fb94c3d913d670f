/** Model objects rendered as GitHub's JSON (checked against the description on every response). */
import { createHash } from 'node:crypto'
import type {
  ApprovalModel,
  AssetModel,
  CheckRunModel,
  CommitFile,
  CommitModel,
  CommitStatusModel,
  DeploymentModel,
  DeploymentStatusModel,
  EnvironmentModel,
  ReleaseModel,
  Reviewer,
  RunModel
} from './types.js'
import type { RepoModel } from './model.js'

type Obj = Record<string, unknown>

const KNOWN_IDS: Record<string, number> = { 'github-actions[bot]': 41898282, octocat: 583231, github: 9919 }
/** GitHub Actions as an app (the reporter of every workflow job's check run). */
const ACTIONS_APP = {
  id: 15368,
  name: 'GitHub Actions',
  owner: 'github',
  external: 'https://help.github.com/en/actions'
}

function stableId(s: string): number {
  return createHash('sha1').update(s).digest().readUInt32BE(0) % 100_000_000
}

function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '')
}

export class Views {
  constructor(
    /** http://127.0.0.1:PORT, the API root. */
    readonly api: string
  ) {}

  /** HTML pages live on the same origin (github.com stands in for nothing here). */
  get web(): string {
    return `${this.api}/_web`
  }

  user(login: string): Obj {
    const id = KNOWN_IDS[login] ?? stableId(login)
    const u = `${this.api}/users/${encodeURIComponent(login)}`
    return {
      login,
      id,
      node_id: nodeId('User', id),
      avatar_url: `${this.api}/_avatars/u/${id}`,
      gravatar_id: '',
      url: u,
      html_url: `${this.web}/${encodeURIComponent(login)}`,
      followers_url: `${u}/followers`,
      following_url: `${u}/following{/other_user}`,
      gists_url: `${u}/gists{/gist_id}`,
      starred_url: `${u}/starred{/owner}{/repo}`,
      subscriptions_url: `${u}/subscriptions`,
      organizations_url: `${u}/orgs`,
      repos_url: `${u}/repos`,
      events_url: `${u}/events{/privacy}`,
      received_events_url: `${u}/received_events`,
      type: login.endsWith('[bot]') ? 'Bot' : 'User',
      user_view_type: 'public',
      site_admin: false
    }
  }

  team(org: string, reviewer: Extract<Reviewer, { type: 'Team' }>): Obj {
    const id = stableId(`team:${org}/${reviewer.slug}`)
    const url = `${this.api}/organizations/${stableId(org)}/team/${id}`
    return {
      id,
      node_id: nodeId('Team', id),
      url,
      html_url: `${this.web}/orgs/${org}/teams/${reviewer.slug}`,
      name: reviewer.name ?? reviewer.slug,
      slug: reviewer.slug,
      description: null,
      privacy: 'closed',
      notification_setting: 'notifications_enabled',
      permission: 'pull',
      members_url: `${url}/members{/member}`,
      repositories_url: `${url}/repos`,
      type: 'organization',
      parent: null
    }
  }

  repoUrl(repo: RepoModel): string {
    return `${this.api}/repos/${repo.fullName}`
  }

  minimalRepository(repo: RepoModel): Obj {
    const u = this.repoUrl(repo)
    return {
      id: repo.id,
      node_id: nodeId('Repository', repo.id),
      name: repo.name,
      full_name: repo.fullName,
      private: repo.private,
      owner: this.user(repo.owner),
      html_url: `${this.web}/${repo.fullName}`,
      description: null,
      fork: false,
      url: u,
      archive_url: `${u}/{archive_format}{/ref}`,
      assignees_url: `${u}/assignees{/user}`,
      blobs_url: `${u}/git/blobs{/sha}`,
      branches_url: `${u}/branches{/branch}`,
      collaborators_url: `${u}/collaborators{/collaborator}`,
      comments_url: `${u}/comments{/number}`,
      commits_url: `${u}/commits{/sha}`,
      compare_url: `${u}/compare/{base}...{head}`,
      contents_url: `${u}/contents/{+path}`,
      contributors_url: `${u}/contributors`,
      deployments_url: `${u}/deployments`,
      downloads_url: `${u}/downloads`,
      events_url: `${u}/events`,
      forks_url: `${u}/forks`,
      git_commits_url: `${u}/git/commits{/sha}`,
      git_refs_url: `${u}/git/refs{/sha}`,
      git_tags_url: `${u}/git/tags{/sha}`,
      hooks_url: `${u}/hooks`,
      issue_comment_url: `${u}/issues/comments{/number}`,
      issue_events_url: `${u}/issues/events{/number}`,
      issues_url: `${u}/issues{/number}`,
      keys_url: `${u}/keys{/key_id}`,
      labels_url: `${u}/labels{/name}`,
      languages_url: `${u}/languages`,
      merges_url: `${u}/merges`,
      milestones_url: `${u}/milestones{/number}`,
      notifications_url: `${u}/notifications{?since,all,participating}`,
      pulls_url: `${u}/pulls{/number}`,
      releases_url: `${u}/releases{/id}`,
      stargazers_url: `${u}/stargazers`,
      statuses_url: `${u}/statuses/{sha}`,
      subscribers_url: `${u}/subscribers`,
      subscription_url: `${u}/subscription`,
      tags_url: `${u}/tags`,
      teams_url: `${u}/teams`,
      trees_url: `${u}/git/trees{/sha}`
    }
  }

  // ---- releases ------------------------------------------------------------------------------

  asset(repo: RepoModel, a: AssetModel): Obj {
    return {
      url: `${this.repoUrl(repo)}/releases/assets/${a.id}`,
      id: a.id,
      node_id: nodeId('ReleaseAsset', a.id),
      name: a.name,
      label: a.label,
      uploader: this.user(a.uploader),
      content_type: a.contentType,
      state: a.state,
      size: a.data.length,
      digest: a.digest,
      download_count: a.downloadCount,
      created_at: a.createdAt,
      updated_at: a.updatedAt,
      browser_download_url: `${this.web}/${repo.fullName}/releases/download/${encodeURIComponent(tagOf(repo, a))}/${encodeURIComponent(a.name)}`
    }
  }

  release(repo: RepoModel, r: ReleaseModel): Obj {
    const u = `${this.repoUrl(repo)}/releases/${r.id}`
    const tagPath = r.draft
      ? `untagged-${createHash('sha1').update(String(r.id)).digest('hex').slice(0, 20)}`
      : r.tagName
    return {
      url: u,
      assets_url: `${u}/assets`,
      upload_url: `${this.api}/uploads/repos/${repo.fullName}/releases/${r.id}/assets{?name,label}`,
      html_url: `${this.web}/${repo.fullName}/releases/tag/${encodeURIComponent(tagPath)}`,
      id: r.id,
      author: this.user(r.author),
      node_id: nodeId('Release', r.id),
      tag_name: r.tagName,
      target_commitish: r.targetCommitish,
      name: r.name,
      draft: r.draft,
      immutable: repo.immutableReleases && !r.draft,
      prerelease: r.prerelease,
      created_at: r.createdAt,
      updated_at: r.updatedAt,
      published_at: r.publishedAt,
      assets: r.assets.map((a) => this.asset(repo, a)),
      tarball_url: r.draft ? null : `${this.repoUrl(repo)}/tarball/${encodeURIComponent(r.tagName)}`,
      zipball_url: r.draft ? null : `${this.repoUrl(repo)}/zipball/${encodeURIComponent(r.tagName)}`,
      body: r.body
    }
  }

  // ---- commits -------------------------------------------------------------------------------

  private gitUser(c: CommitModel): Obj {
    return { name: c.author.name, email: c.author.email, date: c.date }
  }

  commit(repo: RepoModel, c: CommitModel, withFiles: boolean): Obj {
    const u = this.repoUrl(repo)
    const files = c.files.map((f) => this.diffEntry(repo, c.sha, f))
    const additions = files.reduce((n, f) => n + (f.additions as number), 0)
    const deletions = files.reduce((n, f) => n + (f.deletions as number), 0)
    const out: Obj = {
      sha: c.sha,
      node_id: nodeId('Commit', c.sha),
      commit: {
        author: this.gitUser(c),
        committer: this.gitUser(c),
        message: c.message,
        tree: { sha: c.tree, url: `${u}/git/trees/${c.tree}` },
        url: `${u}/git/commits/${c.sha}`,
        comment_count: 0,
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
      },
      url: `${u}/commits/${c.sha}`,
      html_url: `${this.web}/${repo.fullName}/commit/${c.sha}`,
      comments_url: `${u}/commits/${c.sha}/comments`,
      author: c.author.login ? this.user(c.author.login) : null,
      committer: c.author.login ? this.user(c.author.login) : null,
      parents: c.parents.map((p) => ({
        sha: p,
        url: `${u}/commits/${p}`,
        html_url: `${this.web}/${repo.fullName}/commit/${p}`
      }))
    }
    if (withFiles) {
      out.stats = { total: additions + deletions, additions, deletions }
      out.files = files
    }
    return out
  }

  diffEntry(repo: RepoModel, ref: string, f: CommitFile): Obj {
    const additions = f.additions ?? (f.status === 'removed' ? 0 : 1)
    const deletions = f.deletions ?? (f.status === 'removed' || f.status === 'modified' ? 1 : 0)
    const path = f.filename.split('/').map(encodeURIComponent).join('/')
    return {
      sha: createHash('sha1').update(`${ref}:${f.filename}`).digest('hex'),
      filename: f.filename,
      status: f.status ?? 'modified',
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `${this.web}/${repo.fullName}/blob/${ref}/${path}`,
      raw_url: `${this.web}/${repo.fullName}/raw/${ref}/${path}`,
      contents_url: `${this.repoUrl(repo)}/contents/${path}?ref=${ref}`,
      ...(f.patch !== undefined ? { patch: f.patch } : {}),
      ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {})
    }
  }

  // ---- environments and runs -------------------------------------------------------------------

  environmentBrief(repo: RepoModel, env: EnvironmentModel): Obj {
    return {
      id: env.id,
      node_id: nodeId('Environment', env.id),
      name: env.name,
      url: `${this.repoUrl(repo)}/environments/${encodeURIComponent(env.name)}`,
      html_url: `${this.web}/${repo.fullName}/deployments/activity_log?environments_filter=${encodeURIComponent(env.name)}`,
      created_at: env.createdAt,
      updated_at: env.updatedAt
    }
  }

  environment(repo: RepoModel, env: EnvironmentModel): Obj {
    const rules: Obj[] = []
    if (env.waitTimer !== undefined) {
      const id = env.ruleIds.waitTimer
      rules.push({ id, node_id: nodeId('Gate', id), type: 'wait_timer', wait_timer: env.waitTimer })
    }
    if (env.reviewers.length > 0) {
      const id = env.ruleIds.reviewers
      rules.push({
        id,
        node_id: nodeId('Gate', id),
        prevent_self_review: env.preventSelfReview,
        type: 'required_reviewers',
        reviewers: env.reviewers.map((r) => ({
          type: r.type,
          reviewer: r.type === 'User' ? this.user(r.login) : this.team(repo.owner, r)
        }))
      })
    }
    if (env.branchPolicy) {
      const id = env.ruleIds.branchPolicy
      rules.push({ id, node_id: nodeId('Gate', id), type: 'branch_policy' })
    }
    return { ...this.environmentBrief(repo, env), protection_rules: rules, deployment_branch_policy: env.branchPolicy }
  }

  run(repo: RepoModel, run: RunModel): Obj {
    const u = `${this.repoUrl(repo)}/actions/runs/${run.id}`
    const head = repo.getCommit(run.headSha)
    const repository = this.minimalRepository(repo)
    return {
      id: run.id,
      name: run.workflowName,
      node_id: nodeId('WorkflowRun', run.id),
      head_branch: run.headBranch,
      head_sha: run.headSha,
      path: run.workflowPath,
      display_title: run.displayTitle,
      run_number: run.runNumber,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: run.workflowId,
      check_suite_id: run.id + 1,
      check_suite_node_id: nodeId('CheckSuite', run.id + 1),
      url: u,
      html_url: `${this.web}/${repo.fullName}/actions/runs/${run.id}`,
      pull_requests: [],
      created_at: run.createdAt,
      updated_at: run.updatedAt,
      actor: this.user(run.actor),
      run_attempt: run.runAttempt,
      referenced_workflows: [],
      run_started_at: run.createdAt,
      triggering_actor: this.user(run.triggeringActor),
      jobs_url: `${u}/jobs`,
      logs_url: `${u}/logs`,
      check_suite_url: `${this.repoUrl(repo)}/check-suites/${run.id + 1}`,
      artifacts_url: `${u}/artifacts`,
      cancel_url: `${u}/cancel`,
      rerun_url: `${u}/rerun`,
      previous_attempt_url: run.runAttempt > 1 ? `${u}/attempts/${run.runAttempt - 1}` : null,
      workflow_url: `${this.repoUrl(repo)}/actions/workflows/${run.workflowId}`,
      head_commit: head
        ? {
            id: head.sha,
            tree_id: head.tree,
            message: head.message,
            timestamp: head.date,
            author: { name: head.author.name, email: head.author.email },
            committer: { name: head.author.name, email: head.author.email }
          }
        : null,
      repository,
      head_repository: repository
    }
  }

  approval(repo: RepoModel, a: ApprovalModel): Obj {
    return {
      environments: a.environments.map((name) => {
        const env = repo.environments.get(name)
        return env
          ? this.environmentBrief(repo, env)
          : this.environmentBrief(repo, {
              id: stableId(`env:${repo.fullName}/${name}`),
              name,
              createdAt: repo.createdAt,
              updatedAt: repo.createdAt
            } as EnvironmentModel)
      }),
      state: a.state,
      user: this.user(a.user),
      comment: a.comment
    }
  }

  // ---- checks and statuses ---------------------------------------------------------------------

  /** A GitHub App by slug: `github-actions` as GitHub shows it, any other as an app of the repository's owner. */
  app(repo: RepoModel, slug: string): Obj {
    const known = slug === 'github-actions' ? ACTIONS_APP : undefined
    const id = known?.id ?? stableId(`app:${slug}`)
    return {
      id,
      slug,
      node_id: nodeId('App', id),
      owner: this.user(known?.owner ?? repo.owner),
      name: known?.name ?? slug,
      description: null,
      external_url: known?.external ?? `${this.web}/apps/${slug}/about`,
      html_url: `${this.web}/apps/${slug}`,
      created_at: '2018-07-30T09:30:17Z',
      updated_at: '2024-04-10T20:33:16Z',
      permissions: { checks: 'write', contents: 'read', metadata: 'read', statuses: 'write' },
      events: ['check_run', 'check_suite', 'push']
    }
  }

  checkRun(repo: RepoModel, run: CheckRunModel): Obj {
    const u = `${this.repoUrl(repo)}/check-runs/${run.id}`
    const html = `${this.web}/${repo.fullName}/runs/${run.id}`
    return {
      id: run.id,
      name: run.name,
      node_id: nodeId('CheckRun', run.id),
      head_sha: run.headSha,
      external_id: '',
      url: u,
      html_url: html,
      details_url: html,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.startedAt,
      completed_at: run.completedAt,
      output: {
        title: null,
        summary: null,
        text: null,
        annotations_count: 0,
        annotations_url: `${u}/annotations`
      },
      check_suite: { id: run.checkSuiteId },
      app: this.app(repo, run.app),
      pull_requests: []
    }
  }

  commitStatus(repo: RepoModel, s: CommitStatusModel): Obj {
    const creator = this.user(s.creator)
    return {
      url: `${this.repoUrl(repo)}/statuses/${s.sha}`,
      avatar_url: creator.avatar_url,
      id: s.id,
      node_id: nodeId('StatusContext', s.id),
      state: s.state,
      description: s.description,
      target_url: s.targetUrl,
      context: s.context,
      created_at: s.createdAt,
      updated_at: s.updatedAt
    }
  }

  // ---- deployments ---------------------------------------------------------------------------

  deployment(repo: RepoModel, d: DeploymentModel): Obj {
    const u = `${this.repoUrl(repo)}/deployments/${d.id}`
    return {
      url: u,
      id: d.id,
      node_id: nodeId('Deployment', d.id),
      sha: d.sha,
      ref: d.ref,
      task: d.task,
      payload: d.payload,
      original_environment: d.originalEnvironment,
      environment: d.environment,
      description: d.description,
      creator: this.user(d.creator),
      created_at: d.createdAt,
      updated_at: d.updatedAt,
      statuses_url: `${u}/statuses`,
      repository_url: this.repoUrl(repo),
      transient_environment: d.transientEnvironment,
      production_environment: d.productionEnvironment
    }
  }

  deploymentStatus(repo: RepoModel, s: DeploymentStatusModel): Obj {
    const d = `${this.repoUrl(repo)}/deployments/${s.deploymentId}`
    return {
      url: `${d}/statuses/${s.id}`,
      id: s.id,
      node_id: nodeId('DeploymentStatus', s.id),
      state: s.state,
      creator: this.user(s.creator),
      description: s.description,
      environment: s.environment,
      target_url: s.targetUrl,
      created_at: s.createdAt,
      updated_at: s.updatedAt,
      deployment_url: d,
      repository_url: this.repoUrl(repo),
      environment_url: s.environmentUrl,
      log_url: s.logUrl
    }
  }
}

function tagOf(repo: RepoModel, a: AssetModel): string {
  const r = repo.release(a.releaseId)
  return r && !r.draft ? r.tagName : `untagged-${a.releaseId}`
}
