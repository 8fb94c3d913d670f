/** Check runs and the combined commit status of a commit. */
import { type Ctx, type Handler, fail, paginate, send } from './http.js'
import type { CommitModel, WithheldPermission } from './types.js'

/** The commit the `ref` names; a token denied the permission gets GitHub's 403. */
function commitOf(ctx: Ctx, permission: WithheldPermission, unknown: 404 | 422): CommitModel {
  const repo = ctx.repo!
  if (ctx.token && repo.withheld.get(ctx.token)?.has(permission))
    fail(ctx, 403, 'Resource not accessible by integration')
  const ref = ctx.params.ref as string
  const commit = repo.resolveRef(ref)
  if (!commit) fail(ctx, unknown, `No commit found for SHA: ${ref}`)
  return commit
}

/**
 * `filter=all`: every run; `filter=latest` (the default): the newest run of each name in each check
 * suite (GitHub's own rule is "the most recent check runs"; this is how it plays out for re-runs).
 */
export const listCheckRuns: Handler = (ctx) => {
  const repo = ctx.repo!
  const commit = commitOf(ctx, 'checks', 422)
  const p = ctx.params
  let runs = repo.checkRuns
    .filter((r) => r.headSha === commit.sha)
    .filter((r) => p.check_name === undefined || r.name === p.check_name)
    .filter((r) => p.status === undefined || r.status === p.status)
    .filter((r) => p.app_id === undefined || ctx.env.views.app(repo, r.app).id === p.app_id)
    .sort((a, b) => (b.startedAt ?? '\uffff').localeCompare(a.startedAt ?? '\uffff') || b.id - a.id)
  if ((p.filter ?? 'latest') === 'latest') {
    const seen = new Set<string>()
    runs = runs.filter((r) => {
      const key = `${r.checkSuiteId}\0${r.name}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
  }
  const { page, headers } = paginate(ctx, runs)
  send(ctx, 200, {
    headers,
    json: { total_count: runs.length, check_runs: page.map((r) => ctx.env.views.checkRun(repo, r)) }
  })
}

/** The newest status of each context; `state` combines them as GitHub does (no status at all: pending). */
export const getCombinedStatus: Handler = (ctx) => {
  const repo = ctx.repo!
  const commit = commitOf(ctx, 'statuses', 404)
  const latest = repo.latestStatuses(commit.sha)
  const state = latest.some((s) => s.state === 'failure' || s.state === 'error')
    ? 'failure'
    : latest.length === 0 || latest.some((s) => s.state === 'pending')
      ? 'pending'
      : 'success'
  const { views } = ctx.env
  const { page, headers } = paginate(ctx, latest)
  send(ctx, 200, {
    headers,
    json: {
      state,
      statuses: page.map((s) => views.commitStatus(repo, s)),
      sha: commit.sha,
      total_count: latest.length,
      repository: views.minimalRepository(repo),
      commit_url: `${views.repoUrl(repo)}/commits/${commit.sha}`,
      url: `${views.repoUrl(repo)}/commits/${commit.sha}/status`
    }
  })
}
