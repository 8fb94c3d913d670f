/** Environments, workflow runs, approvals, deployments and the rate-limit endpoint. */
import { type Ctx, type Handler, fail, notFound, paginate, reject, send } from './http.js'
import type { DeploymentState, RunModel } from './types.js'

export const getEnvironment: Handler = (ctx) => {
  const env = ctx.repo!.environments.get(ctx.params.environment_name as string)
  if (!env) notFound(ctx)
  send(ctx, 200, { json: ctx.env.views.environment(ctx.repo!, env) })
}

function findRun(ctx: Ctx): RunModel {
  const run = ctx.repo!.run(ctx.params.run_id as number)
  if (!run) notFound(ctx)
  return run
}

export const getRun: Handler = (ctx) => {
  send(ctx, 200, { json: ctx.env.views.run(ctx.repo!, findRun(ctx)) })
}

export const listApprovals: Handler = (ctx) => {
  const run = findRun(ctx)
  const repo = ctx.repo!
  send(ctx, 200, { json: repo.approvals.filter((a) => a.runId === run.id).map((a) => ctx.env.views.approval(repo, a)) })
}

const RUN_STATUSES = new Set(['completed', 'in_progress', 'queued', 'requested', 'waiting', 'pending'])

export const listWorkflowRuns: Handler = (ctx) => {
  const repo = ctx.repo!
  const wanted = ctx.params.workflow_id
  let workflowId: number | undefined
  for (const [path, wf] of repo.workflows) {
    if (typeof wanted === 'number' ? wf.id === wanted : path.split('/').pop() === wanted) workflowId = wf.id
  }
  if (workflowId === undefined) notFound(ctx)
  const p = ctx.params
  const runs = repo.runs
    .filter((r) => r.workflowId === workflowId)
    .filter((r) => p.head_sha === undefined || r.headSha === p.head_sha)
    .filter((r) => p.branch === undefined || r.headBranch === p.branch)
    .filter((r) => p.event === undefined || r.event === p.event)
    .filter((r) => p.actor === undefined || r.actor === p.actor)
    .filter(
      (r) =>
        p.status === undefined ||
        (RUN_STATUSES.has(p.status as string) ? r.status === p.status : r.conclusion === p.status)
    )
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
  const { page, headers } = paginate(ctx, runs)
  send(ctx, 200, {
    headers,
    json: { total_count: runs.length, workflow_runs: page.map((r) => ctx.env.views.run(repo, r)) }
  })
}

// ---- deployments ---------------------------------------------------------------------------

export const createDeployment: Handler = (ctx) => {
  const repo = ctx.repo!
  const b = ctx.json as {
    ref: string
    task?: string
    auto_merge?: boolean
    required_contexts?: string[]
    payload?: Record<string, unknown> | string
    environment?: string
    description?: string | null
    transient_environment?: boolean
    production_environment?: boolean
  }
  const commit = repo.resolveRef(b.ref)
  if (!commit) fail(ctx, 422, `No ref found for: ${b.ref}`)
  if ((b.auto_merge ?? true) && repo.branches.has(b.ref) && b.ref !== repo.defaultBranch) {
    // Approximation: GitHub merges the default branch into a branch that is behind it and answers 202.
    if (!repo.ancestors(commit.sha).has(repo.head())) {
      send(ctx, 202, { json: { message: `Auto-merged ${repo.defaultBranch} into ${b.ref} on deployment.` } })
      return
    }
  }
  const reported = new Map<string, string>(repo.latestStatuses(commit.sha).map((s) => [s.context, s.state]))
  const contexts = b.required_contexts ?? [...reported.keys()]
  const failing = contexts.filter((c) => reported.get(c) !== 'success')
  if (failing.length > 0) {
    fail(ctx, 409, `Conflict: Commit status checks failed for ${b.ref}.`, {
      errors: [
        {
          contexts: failing.map((c) => ({ context: c, state: reported.get(c) ?? 'missing' })),
          resource: 'Deployment',
          field: 'required_contexts',
          code: 'invalid'
        }
      ]
    })
  }
  const d = repo.addDeployment({
    ref: b.ref,
    sha: commit.sha,
    task: b.task,
    payload: b.payload,
    environment: b.environment,
    description: b.description,
    transientEnvironment: b.transient_environment,
    productionEnvironment: b.production_environment
  })
  send(ctx, 201, { json: ctx.env.views.deployment(repo, d) })
}

export const listDeployments: Handler = (ctx) => {
  const repo = ctx.repo!
  const q = ctx.params
  const list = repo.deployments
    .filter((d) => q.sha === undefined || d.sha === q.sha)
    .filter((d) => q.ref === undefined || d.ref === q.ref)
    .filter((d) => q.task === undefined || d.task === q.task)
    .filter((d) => q.environment === undefined || d.environment === q.environment)
    .sort((a, b) => b.id - a.id)
  const { page, headers } = paginate(ctx, list)
  send(ctx, 200, { headers, json: page.map((d) => ctx.env.views.deployment(repo, d)) })
}

const URL_FIELDS = ['target_url', 'log_url', 'environment_url'] as const

export const createDeploymentStatus: Handler = (ctx) => {
  const repo = ctx.repo!
  const d = repo.deployment(ctx.params.deployment_id as number)
  if (!d) notFound(ctx)
  const b = ctx.json as {
    state: DeploymentState
    target_url?: string
    log_url?: string
    description?: string
    environment?: string
    environment_url?: string
    auto_inactive?: boolean
  }
  if (b.description !== undefined && b.description.length > 140) {
    reject(ctx, 422, 'deployment status description longer than 140 characters', 'Validation Failed', {
      errors: [
        {
          resource: 'DeploymentStatus',
          code: 'custom',
          field: 'description',
          message: 'description is too long (maximum is 140 characters)'
        }
      ]
    })
  }
  for (const field of URL_FIELDS) {
    const v = b[field]
    if (v !== undefined && v !== '' && !/^https?:\/\/[^\s]+$/.test(v)) {
      reject(ctx, 422, `${field} is not an http(s) URL`, 'Validation Failed', {
        errors: [
          { resource: 'DeploymentStatus', code: 'custom', field, message: `${field} must use http or https scheme` }
        ]
      })
    }
  }
  const s = repo.addDeploymentStatus(d.id, {
    state: b.state,
    description: b.description,
    environment: b.environment,
    logUrl: b.log_url ?? b.target_url,
    environmentUrl: b.environment_url,
    autoInactive: b.auto_inactive
  })
  send(ctx, 201, {
    json: ctx.env.views.deploymentStatus(repo, s),
    headers: { location: `${ctx.env.views.repoUrl(repo)}/deployments/${d.id}/statuses/${s.id}` }
  })
}

export const listDeploymentStatuses: Handler = (ctx) => {
  const repo = ctx.repo!
  const d = repo.deployment(ctx.params.deployment_id as number)
  if (!d) notFound(ctx)
  const { page, headers } = paginate(
    ctx,
    [...d.statuses].sort((a, b) => b.id - a.id)
  )
  send(ctx, 200, { headers, json: page.map((s) => ctx.env.views.deploymentStatus(repo, s)) })
}

export const rateLimit: Handler = (ctx) => {
  const core = { ...ctx.env.rate.state(ctx.rateKey), resource: 'core' }
  const reset = core.reset
  const other = (limit: number, resource: string): Record<string, unknown> => ({
    limit,
    used: 0,
    remaining: limit,
    reset,
    resource
  })
  send(ctx, 200, {
    json: {
      resources: { core, search: other(30, 'search'), graphql: other(5000, 'graphql') },
      rate: core
    }
  })
}
