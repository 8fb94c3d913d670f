import { createHash } from 'node:crypto'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import Bottleneck from 'bottleneck'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type AssetState, type GitHubServer, startGitHubServer } from './github/index.js'

const RetryingOctokit = Octokit.plugin(retry, throttling)
type Client = InstanceType<typeof RetryingOctokit>

let server: GitHubServer
let repoCounter = 0

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
const limits = { secondary: [] as number[], primary: [] as number[] }

/** Octokit as the action wires it; only the waits are shortened (retry/throttle base 5 ms, no write spacing). */
function gh(token: string | undefined): Client {
  return new RetryingOctokit({
    ...(token ? { auth: token } : {}),
    baseUrl: server.url,
    userAgent: 'deploy-orchestrator-tests',
    log: silent,
    retry: { retryAfterBaseValue: 5 },
    throttle: {
      retryAfterBaseValue: 5,
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      onRateLimit: (retryAfter, _opts, _o, retryCount) => {
        limits.primary.push(retryAfter)
        return retryCount < 2
      },
      onSecondaryRateLimit: (retryAfter, _opts, _o, retryCount) => {
        limits.secondary.push(retryAfter)
        return retryCount < 2
      }
    }
  })
}

/** A fresh repository with a write token `w-N` and a read token `r-N`. */
function freshRepo(opts: { private?: boolean; immutableReleases?: boolean } = {}) {
  const n = ++repoCounter
  const owner = 'acme'
  const repo = `app${n}`
  const model = server.addRepo(`${owner}/${repo}`, { ...opts, tokens: { [`w-${n}`]: 'write', [`r-${n}`]: 'read' } })
  return { owner, repo, model, writer: gh(`w-${n}`), reader: gh(`r-${n}`), w: `w-${n}` }
}

/** Remove and return the violations matching `pattern` (the rest must stay empty). */
function takeViolations(pattern: RegExp): string[] {
  const hit = server.violations.filter((v) => pattern.test(v))
  const rest = server.violations.filter((v) => !pattern.test(v))
  server.violations.length = 0
  server.violations.push(...rest)
  return hit
}

async function status(p: Promise<unknown>): Promise<number> {
  try {
    await p
    return 200
  } catch (e) {
    return (e as { status: number }).status
  }
}

function sha256(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`
}

async function upload(client: Client, uploadUrl: string, name: string, data: string, retries?: number) {
  const bytes = Buffer.from(data)
  return client.request({
    method: 'POST',
    url: uploadUrl,
    name,
    data: bytes,
    headers: { 'content-type': 'application/json', 'content-length': bytes.length },
    ...(retries === undefined ? {} : { request: { retries } })
  })
}

beforeAll(async () => {
  server = await startGitHubServer()
})

afterEach(() => {
  server.clearFaults()
  expect(server.violations).toEqual([])
})

afterAll(async () => {
  await server.close()
})

describe('GitHub test server', () => {
  it('listens on loopback only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })

  it('answers with the headers Octokit expects', async () => {
    const { owner, repo, reader } = freshRepo()
    const res = await reader.rest.repos.listReleases({ owner, repo })
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
    for (const h of [
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
      'x-ratelimit-used',
      'x-ratelimit-resource',
      'x-github-request-id'
    ]) {
      expect(res.headers[h], h).toBeDefined()
    }
    const rate = await reader.rest.rateLimit.get()
    expect(rate.data.resources.core.limit).toBe(5000)
    const rec = server.requests.at(-2)!
    expect(rec.headers.authorization).toBe('[present]')
    expect(rec.operation).toBe('GET /repos/{owner}/{repo}/releases')
  })

  describe('releases and assets', () => {
    it('creates a draft release visible only to write tokens, and pages the list', async () => {
      const { owner, repo, writer, reader } = freshRepo()
      const draft = await writer.rest.repos.createRelease({
        owner,
        repo,
        tag_name: 'deploy-state',
        draft: true,
        name: 'state'
      })
      expect(draft.status).toBe(201)
      expect(draft.data.draft).toBe(true)
      expect(draft.data.upload_url).toBe(
        `${server.url}/uploads/repos/${owner}/${repo}/releases/${draft.data.id}/assets{?name,label}`
      )
      expect((await writer.rest.repos.listReleases({ owner, repo })).data.map((r) => r.id)).toEqual([draft.data.id])
      expect((await reader.rest.repos.listReleases({ owner, repo })).data).toEqual([])
      expect(await status(reader.rest.repos.getRelease({ owner, repo, release_id: draft.data.id }))).toBe(404)
      expect(await status(writer.rest.repos.getReleaseByTag({ owner, repo, tag: 'deploy-state' }))).toBe(404)

      await writer.rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0' })
      await writer.rest.repos.createRelease({ owner, repo, tag_name: 'v1.1.0' })
      expect((await reader.rest.repos.getReleaseByTag({ owner, repo, tag: 'v1.0.0' })).data.tag_name).toBe('v1.0.0')
      const page = await writer.rest.repos.listReleases({ owner, repo, per_page: 2 })
      expect(page.data).toHaveLength(2)
      expect(page.headers.link).toContain('rel="next"')
      const all = await writer.paginate(writer.rest.repos.listReleases, { owner, repo, per_page: 2 })
      expect(all.map((r) => r.tag_name)).toEqual(['v1.1.0', 'v1.0.0', 'deploy-state'])
      // A second published release on a taken tag is refused.
      const dup = await writer.rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0' }).catch((e: unknown) => e)
      expect((dup as { status: number }).status).toBe(422)
    })

    it('uploads assets with digests, refuses a taken name with 422 already_exists', async () => {
      const { owner, repo, writer, model } = freshRepo()
      const release = (await writer.rest.repos.createRelease({ owner, repo, tag_name: 'state', draft: true })).data
      const body = JSON.stringify({ version: 1 })
      const res = await upload(writer, release.upload_url, 'production.state.000001.json', body)
      expect(res.status).toBe(201)
      expect(res.data).toMatchObject({
        name: 'production.state.000001.json',
        state: 'uploaded',
        size: body.length,
        digest: sha256(body)
      })
      expect(model.release(release.id)!.assets[0]!.data.toString()).toBe(body)

      const err = await upload(writer, release.upload_url, 'production.state.000001.json', '{}').catch(
        (e: unknown) => e
      )
      expect((err as { status: number }).status).toBe(422)
      expect((err as { response: { data: unknown } }).response.data).toMatchObject({
        message: 'Validation Failed',
        errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]
      })

      const assets = await writer.rest.repos.listReleaseAssets({ owner, repo, release_id: release.id })
      expect(assets.data.map((a) => a.name)).toEqual(['production.state.000001.json'])
      const id = assets.data[0]!.id
      const renamed = await writer.rest.repos.updateReleaseAsset({
        owner,
        repo,
        asset_id: id,
        name: 'old.json',
        label: 'old'
      })
      expect(renamed.data).toMatchObject({ name: 'old.json', label: 'old' })
      expect((await writer.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: id })).status).toBe(204)
      expect(await status(writer.rest.repos.getReleaseAsset({ owner, repo, asset_id: id }))).toBe(404)
    })

    it('downloads through a 302 to a signed URL and flags a token sent there', async () => {
      const { owner, repo, writer, model, w } = freshRepo()
      const release = model.addRelease({ tag: 'state', draft: true })
      const asset = model.addAsset(release, { name: 's.json', data: '{"ok":true}', contentType: 'application/json' })

      const meta = await writer.rest.repos.getReleaseAsset({ owner, repo, asset_id: asset.id })
      expect(meta.data.digest).toBe(sha256('{"ok":true}'))
      const bytes = await writer.rest.repos.getReleaseAsset({
        owner,
        repo,
        asset_id: asset.id,
        headers: { accept: 'application/octet-stream' }
      })
      expect(Buffer.from(bytes.data as unknown as ArrayBuffer).toString()).toBe('{"ok":true}')
      const [redirect, download] = server.requests.slice(-2)
      expect(redirect).toMatchObject({ server: 'api', status: 302 })
      expect(download).toMatchObject({ server: 'storage', status: 200 })
      expect(download!.headers.authorization).toBeUndefined()

      // Following the redirect by hand with the token leaks it: the store refuses and echoes it.
      const res = await fetch(`${server.url}/repos/${owner}/${repo}/releases/assets/${asset.id}`, {
        headers: { authorization: `token ${w}`, accept: 'application/octet-stream', 'user-agent': 't' },
        redirect: 'manual'
      })
      expect(res.status).toBe(302)
      const location = res.headers.get('location')!
      expect(location.startsWith(server.storageUrl)).toBe(true)
      const leaked = await fetch(location, { headers: { authorization: `token ${w}` } })
      expect(leaked.status).toBe(400)
      expect(await leaked.text()).toContain(`token ${w}`)
      expect(takeViolations(/Authorization header/)).toHaveLength(1)
      expect(model.asset(asset.id)!.downloadCount).toBe(1)
    })

    it('refuses asset changes on a published immutable release', async () => {
      const { owner, repo, writer, model } = freshRepo({ immutableReleases: true })
      const release = model.addRelease({ tag: 'v1' })
      const asset = model.addAsset(release, { name: 'a.txt', data: 'a' })
      expect(await status(writer.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: asset.id }))).toBe(422)
      const url = `${server.url}/uploads/repos/${owner}/${repo}/releases/${release.id}/assets{?name,label}`
      expect(await status(upload(writer, url, 'b.txt', 'b'))).toBe(422)
    })

    it('checks its own responses against the description', async () => {
      const { owner, repo, writer, model } = freshRepo()
      const release = model.addRelease({ tag: 'state', draft: true })
      const asset = model.addAsset(release, { name: 'x', data: 'x' })
      asset.state = 'broken' as AssetState
      await writer.rest.repos.getReleaseAsset({ owner, repo, asset_id: asset.id })
      expect(takeViolations(/^response GET .*\/state must be equal to one of the allowed values/)).toHaveLength(1)
    })
  })

  describe('commits and compare', () => {
    it('serves the bare SHA with an ETag, and 304 costs no rate limit', async () => {
      const { owner, repo, reader, model } = freshRepo()
      const head = model.commit({
        message: 'feat: x',
        files: [{ filename: 'src/a.ts', status: 'modified', additions: 3, deletions: 1 }]
      })
      const res = await reader.rest.repos.getCommit({ owner, repo, ref: 'main', mediaType: { format: 'sha' } })
      expect(res.data as unknown).toBe(head.sha)
      const etag = res.headers.etag!
      const remaining = Number(res.headers['x-ratelimit-remaining'])
      const again = await reader.rest.repos
        .getCommit({ owner, repo, ref: 'main', mediaType: { format: 'sha' }, headers: { 'if-none-match': etag } })
        .catch((e: unknown) => e as { status: number; response: { headers: Record<string, string> } })
      expect((again as { status: number }).status).toBe(304)
      expect(
        Number((again as { response: { headers: Record<string, string> } }).response.headers['x-ratelimit-remaining'])
      ).toBe(remaining)

      const full = await reader.rest.repos.getCommit({ owner, repo, ref: head.sha.slice(0, 7) })
      expect(full.data).toMatchObject({
        sha: head.sha,
        commit: { message: 'feat: x' },
        files: [{ filename: 'src/a.ts', changes: 4 }]
      })
      expect(await status(reader.rest.repos.getCommit({ owner, repo, ref: 'no-such-branch' }))).toBe(422)
    })

    it('compares up to 250 commits oldest first, pages the rest, and 404s after a force-push', async () => {
      const { owner, repo, reader, model } = freshRepo()
      const base = model.head()
      model.commits(300, { files: [{ filename: 'deploy.yml' }] })
      const cmp = await reader.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...main` })
      expect(cmp.data).toMatchObject({ status: 'ahead', ahead_by: 300, behind_by: 0, total_commits: 300 })
      expect(cmp.data.commits).toHaveLength(250)
      expect(cmp.data.commits[0]!.commit.message).toBe('Commit 1')
      expect(cmp.data.files).toEqual([expect.objectContaining({ filename: 'deploy.yml', additions: 300 })])
      const page3 = await reader.rest.repos.compareCommitsWithBasehead({
        owner,
        repo,
        basehead: `${base}...main`,
        per_page: 100,
        page: 3
      })
      expect(page3.data.commits[0]!.commit.message).toBe('Commit 201')
      expect(page3.data.files).toEqual([])

      const fork = model.head()
      model.commits(2, { branch: 'feature' })
      const behind = await reader.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: 'feature...main' })
      expect(behind.data).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 2, total_commits: 0 })
      model.commit({ message: 'on main' })
      const diverged = await reader.rest.repos.compareCommitsWithBasehead({
        owner,
        repo,
        basehead: 'acme:feature...main'
      })
      expect(diverged.data).toMatchObject({ status: 'diverged', ahead_by: 1, behind_by: 2 })
      expect(diverged.data.merge_base_commit.sha).toBe(fork)

      const oldHead = model.head()
      model.forcePush('main', base)
      model.commit({ message: 'rewritten' })
      expect(
        await status(reader.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${oldHead}...main` }))
      ).toBe(404)
    })
  })

  describe('environments, runs and approvals', () => {
    it('shows protection rules, 404s an absent environment', async () => {
      const { owner, repo, reader, model } = freshRepo()
      model.setEnvironment('production', {
        reviewers: ['alice', { type: 'Team', slug: 'ops' }],
        preventSelfReview: true,
        waitTimer: 5
      })
      model.setEnvironment('staging')
      const prod = await reader.rest.repos.getEnvironment({ owner, repo, environment_name: 'production' })
      const rule = prod.data.protection_rules!.find((r) => r.type === 'required_reviewers') as {
        prevent_self_review: boolean
        reviewers: Array<{ type: string; reviewer: { login?: string; slug?: string } }>
      }
      expect(rule.prevent_self_review).toBe(true)
      expect(rule.reviewers.map((r) => r.reviewer.login ?? r.reviewer.slug)).toEqual(['alice', 'ops'])
      const staging = await reader.rest.repos.getEnvironment({ owner, repo, environment_name: 'staging' })
      expect(staging.data.protection_rules).toEqual([])
      expect(await status(reader.rest.repos.getEnvironment({ owner, repo, environment_name: 'prodution' }))).toBe(404)
    })

    it('serves a run, its approvals, and validation runs by workflow file name', async () => {
      const { owner, repo, reader, model } = freshRepo()
      const sha = model.head()
      const run = model.addRun({
        workflow: 'deploy.yml',
        actor: 'bob',
        triggeringActor: 'carol',
        runAttempt: 2,
        status: 'waiting',
        conclusion: null
      })
      model.addApproval(run.id, { environments: ['production'], state: 'approved', user: 'alice', comment: 'ship it' })
      model.addRun({ workflow: 'validate.yml', headSha: sha, conclusion: 'failure' })
      const ok = model.addRun({ workflow: 'validate.yml', headSha: sha, conclusion: 'success' })

      const got = await reader.rest.actions.getWorkflowRun({ owner, repo, run_id: run.id })
      expect(got.data).toMatchObject({
        head_sha: sha,
        status: 'waiting',
        conclusion: null,
        run_attempt: 2,
        path: '.github/workflows/deploy.yml'
      })
      expect(got.data.actor!.login).toBe('bob')
      expect(got.data.triggering_actor!.login).toBe('carol')
      const approvals = await reader.rest.actions.getReviewsForRun({ owner, repo, run_id: run.id })
      expect(approvals.data).toMatchObject([
        { state: 'approved', user: { login: 'alice' }, comment: 'ship it', environments: [{ name: 'production' }] }
      ])

      const runs = await reader.rest.actions.listWorkflowRuns({
        owner,
        repo,
        workflow_id: 'validate.yml',
        head_sha: sha,
        status: 'success',
        per_page: 10
      })
      expect(runs.data.total_count).toBe(1)
      expect(runs.data.workflow_runs[0]!.id).toBe(ok.id)
      expect(await status(reader.rest.actions.listWorkflowRuns({ owner, repo, workflow_id: 'nope.yml' }))).toBe(404)
      expect(await status(reader.rest.actions.getWorkflowRun({ owner, repo, run_id: 1 }))).toBe(404)
    })
  })

  describe('deployments', () => {
    it('creates deployments and statuses, filters them, and marks older ones inactive', async () => {
      const { owner, repo, writer, model } = freshRepo()
      const sha = model.head()
      const create = (environment: string) =>
        writer.rest.repos.createDeployment({
          owner,
          repo,
          ref: 'main',
          environment,
          auto_merge: false,
          required_contexts: [],
          payload: { plan: 'p1' },
          description: 'deploy',
          production_environment: false
        })
      const first = await create('staging')
      expect(first.status).toBe(201)
      const d1 = first.data as { id: number; sha: string }
      expect(d1.sha).toBe(sha)
      await writer.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: d1.id,
        state: 'in_progress',
        log_url: 'https://ci.example/1'
      })
      await writer.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: d1.id,
        state: 'success',
        environment_url: 'https://staging.example'
      })
      const d2 = (await create('staging')).data as { id: number }
      await writer.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: d2.id,
        state: 'success',
        description: 'ok'
      })

      const statuses = await writer.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: d1.id })
      expect(statuses.data.map((s) => s.state)).toEqual(['inactive', 'success', 'in_progress'])
      const list = await writer.rest.repos.listDeployments({ owner, repo, environment: 'staging', sha })
      expect(list.data.map((d) => d.id)).toEqual([d2.id, d1.id])
      expect((await writer.rest.repos.listDeployments({ owner, repo, environment: 'production' })).data).toEqual([])
    })

    it('answers 202 (auto-merged) for a branch behind the default branch when auto_merge is left on', async () => {
      const { owner, repo, writer, model } = freshRepo()
      model.commit({ branch: 'topic', message: 'topic work' })
      model.commit({ message: 'main moves on' })
      const res = await writer.rest.repos.createDeployment({ owner, repo, ref: 'topic', required_contexts: [] })
      expect(res.status).toBe(202)
      expect(model.deployments).toEqual([])
    })

    it('answers 409 when required status contexts fail', async () => {
      const { owner, repo, writer, model } = freshRepo()
      model.setStatus(model.head(), 'ci/test', 'failure')
      expect(await status(writer.rest.repos.createDeployment({ owner, repo, ref: 'main', auto_merge: false }))).toBe(
        409
      )
    })
  })

  describe('check runs and commit statuses', () => {
    it('lists check runs by name, every run or the latest per suite, paged; the response follows the description', async () => {
      const { owner, repo, reader, model } = freshRepo()
      const sha = model.head()
      const failed = model.addCheckRun(sha, { name: 'tests', conclusion: 'failure', startedAt: '2026-01-01T10:00:00Z' })
      const passed = model.addCheckRun(sha, { name: 'tests', startedAt: '2026-01-01T11:00:00Z' })
      const other = model.addCheckRun(sha, {
        name: 'tests',
        app: 'external-ci',
        status: 'in_progress',
        startedAt: '2026-01-01T12:00:00Z'
      })
      model.addCheckRun(sha, { name: 'lint' })
      const all = await reader.rest.checks.listForRef({ owner, repo, ref: sha, check_name: 'tests', filter: 'all' })
      expect(all.data.total_count).toBe(3)
      expect(all.data.check_runs.map((r) => r.id)).toEqual([other.id, passed.id, failed.id])
      expect(all.data.check_runs[0]).toMatchObject({ status: 'in_progress', conclusion: null, completed_at: null })
      expect(all.data.check_runs[1]).toMatchObject({ conclusion: 'success', app: { slug: 'github-actions' } })
      expect(all.data.check_runs[0]!.app!.slug).toBe('external-ci')
      // The default filter keeps the newest run of each name in each suite (one suite per app here).
      const latest = await reader.rest.checks.listForRef({ owner, repo, ref: 'main', check_name: 'tests' })
      expect(latest.data.check_runs.map((r) => r.id)).toEqual([other.id, passed.id])
      const paged = await reader.paginate(reader.rest.checks.listForRef, {
        owner,
        repo,
        ref: sha,
        filter: 'all',
        per_page: 2
      })
      expect(paged).toHaveLength(4)
      expect(await status(reader.rest.checks.listForRef({ owner, repo, ref: 'f'.repeat(40) }))).toBe(422)
      // A run changed by the test is answered as it is now; the app filter takes the app's id.
      other.status = 'completed'
      other.conclusion = 'cancelled'
      const byApp = await reader.rest.checks.listForRef({
        owner,
        repo,
        ref: sha,
        app_id: all.data.check_runs[0]!.app!.id
      })
      expect(byApp.data.check_runs).toMatchObject([{ id: other.id, status: 'completed', conclusion: 'cancelled' }])
    })

    it('combines the newest status of each context, paged; no status at all is pending', async () => {
      const { owner, repo, reader, model } = freshRepo()
      const sha = model.head()
      const empty = await reader.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha })
      expect(empty.data).toMatchObject({ state: 'pending', total_count: 0, statuses: [], sha })
      model.setStatus(sha, 'ci/build', 'failure', { date: '2026-01-01T10:00:00Z' })
      const rebuilt = model.setStatus(sha, 'ci/build', 'success', {
        date: '2026-01-01T11:00:00Z',
        targetUrl: 'https://ci.example/build/2',
        description: 'passed'
      })
      model.setStatus(sha, 'compliance', 'pending')
      const combined = await reader.rest.repos.getCombinedStatusForRef({ owner, repo, ref: 'main' })
      expect(combined.data.state).toBe('pending')
      expect(combined.data.total_count).toBe(2)
      expect(combined.data.statuses.find((st) => st.context === 'ci/build')).toMatchObject({
        id: rebuilt.id,
        state: 'success',
        target_url: 'https://ci.example/build/2',
        description: 'passed'
      })
      model.setStatus(sha, 'compliance', 'success')
      expect((await reader.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha })).data.state).toBe('success')
      model.setStatus(sha, 'compliance', 'error')
      expect((await reader.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha })).data.state).toBe('failure')
      const page2 = await reader.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha, per_page: 1, page: 2 })
      expect(page2.data.statuses).toHaveLength(1)
      expect(page2.data.total_count).toBe(2)
      expect(await status(reader.rest.repos.getCombinedStatusForRef({ owner, repo, ref: 'f'.repeat(40) }))).toBe(404)
    })

    it('a token denied checks or statuses gets 403 Resource not accessible by integration', async () => {
      const { owner, repo, reader, model, w } = freshRepo()
      model.withhold(w, 'checks')
      model.withhold(`r-${repoCounter}`, 'statuses')
      const writer = gh(w)
      expect(await status(writer.rest.checks.listForRef({ owner, repo, ref: 'main' }))).toBe(403)
      expect((await writer.rest.repos.getCombinedStatusForRef({ owner, repo, ref: 'main' })).status).toBe(200)
      expect(await status(reader.rest.repos.getCombinedStatusForRef({ owner, repo, ref: 'main' }))).toBe(403)
      expect((await reader.rest.checks.listForRef({ owner, repo, ref: 'main' })).status).toBe(200)
    })
  })

  describe('auth', () => {
    it('401s unknown tokens, 404s private repos to outsiders, 403s writes without write access', async () => {
      const { owner, repo, reader } = freshRepo()
      const priv = freshRepo({ private: true })
      expect(await status(gh('nope').rest.repos.listReleases({ owner, repo }))).toBe(401)
      expect(await status(gh(undefined).rest.repos.listReleases({ owner, repo }))).toBe(200)
      expect(await status(reader.rest.repos.listReleases({ owner: priv.owner, repo: priv.repo }))).toBe(404)
      expect(await status(priv.reader.rest.repos.listReleases({ owner: priv.owner, repo: priv.repo }))).toBe(200)
      expect(await status(reader.rest.repos.createRelease({ owner, repo, tag_name: 'x' }))).toBe(403)
      expect(await status(reader.rest.repos.listReleases({ owner, repo: 'missing' }))).toBe(404)
    })

    it('answers 403 with x-ratelimit-remaining 0 once the primary rate limit is spent', async () => {
      const small = await startGitHubServer({ rateLimit: 2 })
      try {
        small.addRepo('o/r', { tokens: { t: 'read' } })
        const get = () =>
          fetch(`${small.url}/repos/o/r/releases`, { headers: { authorization: 'token t', 'user-agent': 't' } })
        expect((await get()).status).toBe(200)
        expect((await get()).status).toBe(200)
        const res = await get()
        expect(res.status).toBe(403)
        expect(res.headers.get('x-ratelimit-remaining')).toBe('0')
        expect(await res.json()).toMatchObject({ message: expect.stringMatching(/^API rate limit exceeded/) })
        expect(small.violations).toEqual([])
      } finally {
        await small.close()
      }
    })
  })

  describe('invalid requests are rejected and recorded', () => {
    it('rejects a deployment status with state "bogus"', async () => {
      const { owner, repo, writer, model } = freshRepo()
      const d = model.addDeployment({ ref: 'main' })
      const st = await status(
        writer.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
          owner,
          repo,
          deployment_id: d.id,
          state: 'bogus'
        } as never)
      )
      expect(st).toBe(422)
      expect(takeViolations(/\/state must be equal to one of the allowed values/)).toHaveLength(1)
    })

    it('rejects a release without tag_name, a malformed JSON body and a bad path parameter', async () => {
      const { owner, repo, writer, w } = freshRepo()
      expect(
        await status(writer.request('POST /repos/{owner}/{repo}/releases', { owner, repo, name: 'x' } as never))
      ).toBe(422)
      expect(takeViolations(/must have required property 'tag_name'/)).toHaveLength(1)
      const headers = { authorization: `Bearer ${w}`, 'user-agent': 't', 'content-type': 'application/json' }
      const bad = await fetch(`${server.url}/repos/${owner}/${repo}/releases`, { method: 'POST', headers, body: '{' })
      expect(bad.status).toBe(400)
      expect(await bad.json()).toMatchObject({ message: 'Problems parsing JSON' })
      expect(takeViolations(/body is not JSON/)).toHaveLength(1)
      expect((await fetch(`${server.url}/repos/${owner}/${repo}/releases/abc`, { headers })).status).toBe(404)
      expect(takeViolations(/path parameter "release_id"/)).toHaveLength(1)
      expect((await fetch(`${server.url}/repos/${owner}/${repo}/releases?per_page=x`, { headers })).status).toBe(422)
      expect(takeViolations(/query parameter "per_page"/)).toHaveLength(1)
    })

    it('records ignored parameters, uploads sent to the API host and missing User-Agent', async () => {
      const { owner, repo, writer, w, model } = freshRepo()
      const release = model.addRelease({ tag: 's', draft: true })
      await writer.request('GET /repos/{owner}/{repo}/releases', { owner, repo, perpage: 5 })
      expect(takeViolations(/query parameter "perpage" is not in the description/)).toHaveLength(1)
      await writer.request('POST /repos/{owner}/{repo}/deployments', {
        owner,
        repo,
        ref: 'main',
        required_contexts: [],
        requiredContexts: []
      })
      expect(takeViolations(/body property "requiredContexts"/)).toHaveLength(1)
      const hdr = { authorization: `token ${w}`, 'user-agent': 't', 'content-type': 'text/plain' }
      const wrongHost = await fetch(`${server.url}/repos/${owner}/${repo}/releases/${release.id}/assets?name=a`, {
        method: 'POST',
        headers: hdr,
        body: 'a'
      })
      expect(wrongHost.status).toBe(404)
      expect(takeViolations(/no POST operation on this path/)).toHaveLength(1)
      const noUa = await fetch(`${server.url}/rate_limit`, { headers: { 'user-agent': '' } })
      expect(noUa.status).toBe(403)
      expect(takeViolations(/no User-Agent/)).toHaveLength(1)
    })
  })

  describe('faults', () => {
    it.each(['status500', 'status502', 'status503'] as const)('%s is retried by plugin-retry', async (kind) => {
      const { owner, repo, reader } = freshRepo()
      const path = `/repos/${owner}/${repo}/releases`
      server.inject({ kind, path, times: 1 })
      expect((await reader.rest.repos.listReleases({ owner, repo })).status).toBe(200)
      expect(server.requests.filter((r) => r.path === path).map((r) => r.status)).toEqual([Number(kind.slice(6)), 200])
    })

    it('gives up after plugin-retry runs out of tries', async () => {
      const { owner, repo, reader } = freshRepo()
      server.inject({ kind: 'status503', path: new RegExp(`/${repo}/releases$`), times: Infinity })
      expect(await status(reader.rest.repos.listReleases({ owner, repo }))).toBe(503)
      expect(server.requests.filter((r) => r.path.endsWith(`${repo}/releases`))).toHaveLength(4)
    })

    it('rate limits: 429 and 403 secondary with retry-after, 403 primary with x-ratelimit-reset', async () => {
      const { owner, repo, reader } = freshRepo()
      limits.secondary.length = 0
      limits.primary.length = 0
      const path = `/repos/${owner}/${repo}/releases`
      server.inject({ kind: 'rateLimit429', path, retryAfter: 2 })
      expect((await reader.rest.repos.listReleases({ owner, repo })).status).toBe(200)
      // 429 is not in plugin-retry's doNotRetry list: plugin-retry (inner) retries it before
      // plugin-throttling sees it, so `retry-after` is not what paces that retry.
      expect(limits.secondary).toEqual([])
      server.inject({ kind: 'rateLimit403', path, retryAfter: 1 })
      expect((await reader.rest.repos.listReleases({ owner, repo })).status).toBe(200)
      expect(limits.secondary).toEqual([1])
      expect(server.requests.filter((r) => r.path === path).map((r) => r.status)).toEqual([429, 200, 403, 200])
      server.inject({ kind: 'rateLimit403Primary', method: 'GET', resetIn: 1 })
      expect((await reader.rest.repos.listReleases({ owner, repo })).status).toBe(200)
      expect(limits.primary).toHaveLength(1)
      expect(limits.primary[0]).toBeGreaterThanOrEqual(1)
      const primary = server.requests.filter((r) => r.status === 403).at(-1)!
      expect(primary.operation).toBe('GET /repos/{owner}/{repo}/releases')
    })

    it.each(['proxy429', 'proxy403'] as const)(
      "%s answers as a proxy does: retry-after, an HTML page, none of GitHub's headers",
      async (kind) => {
        const { owner, repo } = freshRepo()
        const path = `/repos/${owner}/${repo}/releases`
        server.inject({ kind, path, retryAfter: 7 })
        const response = await fetch(`${server.url}${path}`, { headers: { 'user-agent': 'test' } })
        expect(response.status).toBe(Number(kind.slice(5)))
        expect(response.headers.get('retry-after')).toBe('7')
        expect(response.headers.get('content-type')).toBe('text/html')
        expect([...response.headers.keys()].filter((h) => h.startsWith('x-'))).toEqual([])
        expect(await response.text()).toMatch(/<title>\d{3} [A-Za-z ]+<\/title>/)
        expect((await fetch(`${server.url}${path}`, { headers: { 'user-agent': 'test' } })).status).toBe(200)
      }
    )

    it('slow delays the answer; drop closes the socket and plugin-retry tries again', async () => {
      const { owner, repo, reader } = freshRepo()
      server.inject({ kind: 'slow', ms: 150 })
      const t0 = performance.now()
      await reader.rest.repos.listReleases({ owner, repo })
      expect(performance.now() - t0).toBeGreaterThanOrEqual(140)
      server.inject({ kind: 'drop', path: `/repos/${owner}/${repo}/releases` })
      expect((await reader.rest.repos.listReleases({ owner, repo })).status).toBe(200)
      expect(server.requests.slice(-2).map((r) => r.status)).toEqual([0, 200])
    })

    it('upload502Starter leaves an orphan holding the name', async () => {
      const { owner, repo, writer } = freshRepo()
      const release = (await writer.rest.repos.createRelease({ owner, repo, tag_name: 'state', draft: true })).data
      server.inject({ kind: 'upload502Starter' })
      expect(await status(upload(writer, release.upload_url, 'p.state.000002.json', '{"v":2}', 0))).toBe(502)
      const [orphan] = (await writer.rest.repos.listReleaseAssets({ owner, repo, release_id: release.id })).data
      expect(orphan).toMatchObject({ name: 'p.state.000002.json', state: 'starter', size: 0, digest: null })
      expect(await status(upload(writer, release.upload_url, 'p.state.000002.json', '{"v":2}', 0))).toBe(422)
      await writer.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: orphan!.id })
      expect((await upload(writer, release.upload_url, 'p.state.000002.json', '{"v":2}', 0)).status).toBe(201)
    })

    it('upload502AfterStore: a retried upload collides with itself', async () => {
      const { owner, repo, writer } = freshRepo()
      const release = (await writer.rest.repos.createRelease({ owner, repo, tag_name: 'state', draft: true })).data
      server.inject({ kind: 'upload502AfterStore' })
      // plugin-retry retries the POST after the 502; the asset is already there.
      expect(await status(upload(writer, release.upload_url, 'p.state.000003.json', '{"v":3}'))).toBe(422)
      const [stored] = (await writer.rest.repos.listReleaseAssets({ owner, repo, release_id: release.id })).data
      expect(stored).toMatchObject({ state: 'uploaded', digest: sha256('{"v":3}') })
    })

    it('beforeUpload lets a concurrent writer take the name first', async () => {
      const { owner, repo, writer } = freshRepo()
      const release = (await writer.rest.repos.createRelease({ owner, repo, tag_name: 'state', draft: true })).data
      const off = server.beforeUpload(({ repo: model, releaseId, name }) => {
        model.addAsset(releaseId, { name, data: '{"writer":"other"}' })
      })
      expect(await status(upload(writer, release.upload_url, 'p.state.000004.json', '{"writer":"me"}', 0))).toBe(422)
      off()
      const [winner] = (await writer.rest.repos.listReleaseAssets({ owner, repo, release_id: release.id })).data
      expect(winner!.digest).toBe(sha256('{"writer":"other"}'))
    })
  })
})
