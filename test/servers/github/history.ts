/** Commits and comparisons over each repository's modelled git history. */
import { type Handler, accepts, fail, notFound, paginate, reject, send } from './http.js'
import type { RepoModel } from './model.js'

export const getCommit: Handler = (ctx) => {
  const repo = ctx.repo!
  const ref = ctx.params.ref as string
  const c = repo.resolveRef(ref)
  if (!c) fail(ctx, 422, `No commit found for SHA: ${ref}`)
  const types = accepts(ctx)
  if (types.includes('application/vnd.github.sha')) {
    send(ctx, 200, { text: c.sha, contentType: 'application/vnd.github.sha' })
  } else if (types.includes('application/vnd.github.diff') || types.includes('application/vnd.github.patch')) {
    reject(ctx, 415, 'diff/patch media types are not modelled by the test server', 'Unsupported Media Type')
  } else {
    send(ctx, 200, { json: ctx.env.views.commit(repo, c, true) })
  }
}

/** Commits reachable from head but not from base, oldest first. */
function between(
  repo: RepoModel,
  base: string,
  head: string
): { ahead: string[]; behind: number; mergeBase: string | undefined } {
  const baseSet = repo.ancestors(base)
  const headSet = repo.ancestors(head)
  const memo = new Map<string, number>()
  const gen = (s: string): number => repo.generation(s, memo)
  const ahead = [...headSet].filter((s) => !baseSet.has(s)).sort((a, b) => gen(a) - gen(b) || cmpDate(repo, a, b))
  const behind = [...baseSet].filter((s) => !headSet.has(s)).length
  let mergeBase: string | undefined
  for (const s of headSet) if (baseSet.has(s) && (mergeBase === undefined || gen(s) > gen(mergeBase))) mergeBase = s
  return { ahead, behind, mergeBase }
}

function cmpDate(repo: RepoModel, a: string, b: string): number {
  return (repo.getCommit(a)?.date ?? '').localeCompare(repo.getCommit(b)?.date ?? '')
}

export const compare: Handler = (ctx) => {
  const repo = ctx.repo!
  const { views } = ctx.env
  const spec = ctx.params.basehead as string
  const i = spec.indexOf('...')
  if (i < 0) notFound(ctx)
  const strip = (s: string): string | undefined => {
    const m = /^([^:]+):(.*)$/.exec(s)
    if (!m) return s
    return m[1]!.toLowerCase() === repo.owner.toLowerCase() ? m[2] : undefined
  }
  const baseRef = strip(spec.slice(0, i))
  const headRef = strip(spec.slice(i + 3))
  const base = baseRef === undefined ? undefined : repo.resolveRef(baseRef)
  const head = headRef === undefined ? undefined : repo.resolveRef(headRef)
  if (!base || !head) notFound(ctx)
  const { ahead, behind, mergeBase } = between(repo, base.sha, head.sha)
  if (!mergeBase) fail(ctx, 404, `No common ancestor between ${baseRef} and ${headRef}.`)
  const paged = ctx.query.has('page') || ctx.query.has('per_page')
  let commits = ahead.slice(0, 250)
  let headers: Record<string, string> = {}
  if (paged) ({ page: commits, headers } = paginate(ctx, ahead))
  const firstPage = !paged || Number(ctx.params.page ?? 1) === 1
  const files = new Map<string, Record<string, unknown>>()
  if (firstPage) {
    for (const sha of ahead) {
      for (const f of repo.getCommit(sha)?.files ?? []) {
        const prev = files.get(f.filename)
        const entry = views.diffEntry(repo, head.sha, f)
        if (prev) {
          entry.additions = (prev.additions as number) + (entry.additions as number)
          entry.deletions = (prev.deletions as number) + (entry.deletions as number)
          entry.changes = (entry.additions as number) + (entry.deletions as number)
        }
        files.set(f.filename, entry)
      }
    }
  }
  const status =
    ahead.length === 0 && behind === 0
      ? 'identical'
      : behind === 0
        ? 'ahead'
        : ahead.length === 0
          ? 'behind'
          : 'diverged'
  const web = `${views.web}/${repo.fullName}/compare`
  const mb = repo.getCommit(mergeBase)!
  send(ctx, 200, {
    headers,
    json: {
      url: `${views.repoUrl(repo)}/compare/${spec}`,
      html_url: `${web}/${spec}`,
      permalink_url: `${web}/${repo.owner}:${base.sha.slice(0, 7)}...${repo.owner}:${head.sha.slice(0, 7)}`,
      diff_url: `${web}/${spec}.diff`,
      patch_url: `${web}/${spec}.patch`,
      base_commit: views.commit(repo, base, false),
      merge_base_commit: views.commit(repo, mb, false),
      status,
      ahead_by: ahead.length,
      behind_by: behind,
      total_commits: ahead.length,
      commits: commits.map((s) => views.commit(repo, repo.getCommit(s)!, false)),
      files: [...files.values()].slice(0, 300)
    }
  })
}
