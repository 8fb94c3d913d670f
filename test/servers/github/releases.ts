/** Releases and release assets (the action's state store). */
import { type Ctx, type Handler, accepts, fail, notFound, paginate, reject, send } from './http.js'
import { DEFAULT_USER } from './model.js'
import type { AssetModel, ReleaseModel } from './types.js'

const validationFailed = (ctx: Ctx, status: number, errors: Array<Record<string, unknown>>): never =>
  fail(ctx, status, 'Validation Failed', { errors })

function visibleRelease(ctx: Ctx, id: number): ReleaseModel {
  const r = ctx.repo!.release(id)
  if (!r || (r.draft && !ctx.canWrite)) notFound(ctx)
  return r
}

function assertMutable(ctx: Ctx, r: ReleaseModel): void {
  if (ctx.repo!.immutableReleases && !r.draft) {
    fail(ctx, 422, 'Cannot modify an asset of an immutable release.', {
      errors: [{ resource: 'Release', code: 'custom', field: 'immutable', message: 'release is immutable' }]
    })
  }
}

export const listReleases: Handler = (ctx) => {
  const repo = ctx.repo!
  const visible = repo.releases.filter((r) => ctx.canWrite || !r.draft).sort((a, b) => b.id - a.id)
  const { page, headers } = paginate(ctx, visible)
  send(ctx, 200, { json: page.map((r) => ctx.env.views.release(repo, r)), headers })
}

export const createRelease: Handler = (ctx) => {
  const repo = ctx.repo!
  const b = ctx.json as {
    tag_name: string
    target_commitish?: string
    name?: string
    body?: string
    draft?: boolean
    prerelease?: boolean
    discussion_category_name?: string
  }
  // No discussion categories are modelled: GitHub answers 404 for an unknown one.
  if (b.discussion_category_name !== undefined) notFound(ctx)
  if (!/^[^\s~^:?*[\\]+$/.test(b.tag_name) || b.tag_name.endsWith('/') || b.tag_name.includes('..')) {
    validationFailed(ctx, 422, [
      { resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name is not a valid tag' }
    ])
  }
  if (repo.releases.some((r) => !r.draft && r.tagName === b.tag_name)) {
    validationFailed(ctx, 422, [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }])
  }
  const target = b.target_commitish ?? repo.defaultBranch
  if (!repo.tags.has(b.tag_name) && !repo.resolveRef(target)) {
    validationFailed(ctx, 422, [{ resource: 'Release', code: 'invalid', field: 'target_commitish' }])
  }
  const r = repo.addRelease({
    tag: b.tag_name,
    target,
    name: b.name ?? null,
    body: b.body ?? null,
    draft: b.draft ?? false,
    prerelease: b.prerelease ?? false,
    author: DEFAULT_USER
  })
  send(ctx, 201, {
    json: ctx.env.views.release(repo, r),
    headers: { location: `${ctx.env.views.repoUrl(repo)}/releases/${r.id}` }
  })
}

export const getRelease: Handler = (ctx) => {
  send(ctx, 200, { json: ctx.env.views.release(ctx.repo!, visibleRelease(ctx, ctx.params.release_id as number)) })
}

export const getReleaseByTag: Handler = (ctx) => {
  const repo = ctx.repo!
  const r = repo.releases.find((x) => !x.draft && x.tagName === ctx.params.tag)
  if (!r) notFound(ctx)
  send(ctx, 200, { json: ctx.env.views.release(repo, r) })
}

export const listAssets: Handler = (ctx) => {
  const repo = ctx.repo!
  const r = visibleRelease(ctx, ctx.params.release_id as number)
  const { page, headers } = paginate(
    ctx,
    [...r.assets].sort((a, b) => a.id - b.id)
  )
  send(ctx, 200, { json: page.map((a) => ctx.env.views.asset(repo, a)), headers })
}

/** GitHub renames special characters in asset names (approximation: each one becomes '.'). */
export function assetName(name: string): string {
  return name.replace(/[^\w.\-+@~]/g, '.').replace(/^\.+|\.+$/g, '') || 'default'
}

export const uploadAsset: Handler = async (ctx) => {
  const repo = ctx.repo!
  const release = visibleRelease(ctx, ctx.params.release_id as number)
  assertMutable(ctx, release)
  const contentType = ctx.req.headers['content-type']
  if (!contentType) reject(ctx, 422, 'upload without Content-Type', 'Bad Content-Type header')
  if (ctx.req.headers['content-length'] === undefined) {
    reject(ctx, 411, 'upload without Content-Length (GitHub requires it)', 'Length Required')
  }
  const name = assetName(ctx.params.name as string)
  const label = ctx.params.label as string | undefined
  for (const hook of ctx.env.uploadHooks) await hook({ repo, releaseId: release.id, name, label })
  if (release.assets.some((a) => a.name === name)) {
    validationFailed(ctx, 422, [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }])
  }
  const { delayMs, fault } = ctx.env.faults.take(ctx.method, ctx.path, 'upload')
  if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs))
  const seed = { name, label: label ?? '', contentType, uploader: DEFAULT_USER }
  if (fault?.kind === 'upload502Starter') {
    repo.addAsset(release, { ...seed, state: 'starter' })
    fail(ctx, 502, 'Server Error')
  }
  const asset: AssetModel = repo.addAsset(release, { ...seed, data: ctx.rawBody })
  if (fault?.kind === 'upload502AfterStore') fail(ctx, 502, 'Server Error')
  send(ctx, 201, { json: ctx.env.views.asset(repo, asset) })
}

function visibleAsset(ctx: Ctx): { asset: AssetModel; release: ReleaseModel } {
  const asset = ctx.repo!.asset(ctx.params.asset_id as number)
  const release = asset && ctx.repo!.release(asset.releaseId)
  if (!asset || !release || (release.draft && !ctx.canWrite)) notFound(ctx)
  return { asset, release }
}

export const getAsset: Handler = (ctx) => {
  const repo = ctx.repo!
  const { asset } = visibleAsset(ctx)
  if (accepts(ctx).includes('application/octet-stream')) {
    if (asset.state !== 'uploaded') notFound(ctx)
    send(ctx, 302, { headers: { location: ctx.env.storage.sign(repo, asset.id) } })
    return
  }
  send(ctx, 200, { json: ctx.env.views.asset(repo, asset) })
}

export const updateAsset: Handler = (ctx) => {
  const repo = ctx.repo!
  const { asset, release } = visibleAsset(ctx)
  assertMutable(ctx, release)
  const b = (ctx.json ?? {}) as { name?: string; label?: string; state?: string }
  if (b.name !== undefined) {
    const name = assetName(b.name)
    if (release.assets.some((a) => a !== asset && a.name === name)) {
      validationFailed(ctx, 422, [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }])
    }
    asset.name = name
  }
  if (b.label !== undefined) asset.label = b.label
  asset.updatedAt = ctx.env.world.now()
  send(ctx, 200, { json: ctx.env.views.asset(repo, asset) })
}

export const deleteAsset: Handler = (ctx) => {
  const { asset, release } = visibleAsset(ctx)
  assertMutable(ctx, release)
  ctx.repo!.removeAsset(asset.id)
  send(ctx, 204)
}
