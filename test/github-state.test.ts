import { randomBytes, randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { githubClient } from '../src/github/client.js'
import { ReleaseAssetStateStore, assetName } from '../src/github/release-store.js'
import { type DeploymentState, StateConflictError, StateError, serializeState } from '../src/state/schema.js'
import { beginAttempt } from '../src/state/transitions.js'
import type { RepoModel } from './servers/github/index.js'
import { actionsEnv, ownRepo, useGitHubServer } from './support/github.js'
import { MemoryLog } from './support/log.js'
import { Scenario } from './support/scenario.js'

const TAG = 'deploy-orchestrator-state'

const server = useGitHubServer()

/** A fresh repository and a store factory (each store is one run: its own cache, same client). */
function fresh(environment = 'production') {
  const { name, token, repo } = ownRepo(server(), 'acme/state')
  const log = new MemoryLog()
  const client = githubClient({ token, apiUrl: server().url, repository: name, log })
  const store = (env = environment) => new ReleaseAssetStateStore(client, env, TAG, log)
  return { name, token, repo, log, client, store }
}

function claim(
  previous: DeploymentState | null,
  environment = 'production',
  version = 'a'.repeat(40)
): DeploymentState {
  const now = new Date().toISOString()
  return beginAttempt(
    previous,
    environment,
    { deployment_id: randomUUID(), operation: 'redeploy', version, started_at: now },
    now
  )
}

/** Seeds a draft release with valid versions 1..n of `environment`. */
function seed(repo: RepoModel, n: number, environment = 'production') {
  const release = repo.addRelease({ tag: TAG, draft: true })
  let state: DeploymentState | null = null
  for (let i = 1; i <= n; i++) {
    state = claim(state, environment)
    repo.addAsset(release, {
      name: assetName(environment, i),
      data: serializeState(state),
      contentType: 'application/json'
    })
  }
  return { release, state: state! }
}

const stateAssets = (repo: RepoModel) =>
  repo.releases
    .flatMap((r) => r.assets.filter((a) => a.name.includes('.state.')).map((a) => `${a.name}:${a.state}`))
    .sort()

describe('release-asset state store', () => {
  it('first write creates the draft release on the default branch and asset 000001; a new run reads it back', async () => {
    const { repo, store } = fresh()
    const first = store()
    expect(await first.read()).toBeNull()
    expect(repo.releases).toHaveLength(0) // reading never creates anything
    const doc = claim(null)
    await first.write(doc)
    expect(repo.releases).toHaveLength(1)
    expect(repo.releases[0]).toMatchObject({ tagName: TAG, draft: true, targetCommitish: 'main' })
    expect(stateAssets(repo)).toEqual(['production.state.000001.json:uploaded'])
    expect(await store().read()).toEqual(doc)
    // The same run writes on without re-reading: the next sequence only.
    const next = claim(doc)
    await first.write(next)
    await expect(first.write(claim(doc))).rejects.toBeInstanceOf(StateConflictError)
    expect((await store().read())!.sequence).toBe(2)
  })

  it('reads with one listing of releases, one of assets and one download; the token never reaches the store', async () => {
    const { repo, store } = fresh()
    const { state } = seed(repo, 3)
    repo.addRelease({ tag: 'v1.0.0' })
    server().reset()
    expect(await store().read()).toEqual(state)
    const api = server()
      .requests.filter((r) => r.server === 'api')
      .map((r) => r.operation)
    expect(api).toEqual([
      'GET /repos/{owner}/{repo}/releases',
      'GET /repos/{owner}/{repo}/releases/{release_id}/assets',
      'GET /repos/{owner}/{repo}/releases/assets/{asset_id}'
    ])
    const downloads = server().requests.filter((r) => r.server === 'storage')
    expect(downloads).toHaveLength(1)
    expect(downloads[0]!.headers.authorization).toBeUndefined()
  })

  it('two runs racing for the same sequence number: exactly one wins, the other fails cleanly, nothing is lost', async () => {
    const { repo, store } = fresh()
    const { state } = seed(repo, 4)
    const [a, b] = [store(), store()]
    const [readA, readB] = await Promise.all([a.read(), b.read()])
    const docA = claim(readA, 'production', 'a'.repeat(40))
    const docB = claim(readB, 'production', 'b'.repeat(40))
    const results = await Promise.allSettled([a.write(docA), b.write(docB)])
    const won = results.filter((r) => r.status === 'fulfilled')
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(1)
    expect(lost[0]!.reason).toBeInstanceOf(StateConflictError)
    expect(lost[0]!.reason.message).toMatch(
      /the state moved since this run planned; re-plan: another run stored sequence 5 of production first \(redeploy of (a{12}|b{12}), in_progress/
    )
    const stored = await store().read()
    const winner = results[0]!.status === 'fulfilled' ? docA : docB
    expect(stored).toEqual(winner)
    expect(stored!.sequence).toBe(state.sequence + 1)
    // Nothing lost: every earlier version is still there, and the loser's bytes were stored nowhere.
    expect(stateAssets(repo)).toEqual([1, 2, 3, 4, 5].map((i) => `${assetName('production', i)}:uploaded`))
  })

  it('two first runs racing: both create a draft, both settle on the oldest one, one wins', async () => {
    const { repo, store } = fresh()
    const [a, b] = [store(), store()]
    await Promise.all([a.read(), b.read()])
    const results = await Promise.allSettled([a.write(claim(null)), b.write(claim(null))])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    const withAssets = repo.releases.filter((r) => r.assets.length > 0)
    expect(withAssets).toHaveLength(1)
    expect(withAssets[0]!.id).toBe(Math.min(...repo.releases.map((r) => r.id)))
    expect((await store().read())!.sequence).toBe(1)
  })

  it('a writer that lost reads the winner and can go on from it', async () => {
    const { repo, store } = fresh()
    seed(repo, 1)
    const slow = store()
    const base = await slow.read()
    const fast = store()
    await fast.write(claim(await fast.read()))
    await expect(slow.write(claim(base))).rejects.toThrow(/the state moved since this run planned; re-plan/)
    const again = store()
    const current = await again.read()
    expect(current!.sequence).toBe(2)
    await again.write(claim(current))
    expect((await store().read())!.sequence).toBe(3)
  })

  it('a corrupt asset stops the run with a clear error and nothing is overwritten', async () => {
    const { repo, store } = fresh()
    const { release } = seed(repo, 2)
    repo.addAsset(release, { name: assetName('production', 3), data: '{"schema_version": 1, "sequ' })
    const s = store()
    await expect(s.read()).rejects.toThrow(/production\.state\.000003\.json .*is not valid JSON.*left untouched/)
    await expect(s.write(claim(null))).rejects.toBeInstanceOf(StateError)
    expect(stateAssets(repo)).toHaveLength(3)
  })

  it('a state of a newer schema, or whose content contradicts its name, is refused', async () => {
    const newer = fresh()
    const { release, state } = seed(newer.repo, 1)
    newer.repo.addAsset(release, {
      name: assetName('production', 2),
      data: JSON.stringify({ ...state, sequence: 2, schema_version: 2 })
    })
    await expect(newer.store().read()).rejects.toThrow(/schema version 2, newer than this action understands/)

    const renamed = fresh()
    const seeded = seed(renamed.repo, 1)
    renamed.repo.addAsset(seeded.release, { name: assetName('production', 7), data: serializeState(seeded.state) })
    await expect(renamed.store().read()).rejects.toThrow(
      /holds sequence 1 of environment production, not what its name says \(7 of production\)/
    )
  })

  it('downloaded bytes are checked against the digest', async () => {
    const { repo, store } = fresh()
    const { release } = seed(repo, 1)
    const asset = release.assets[0]!
    asset.data = Buffer.from(asset.data.toString('utf8').replace('redeploy', 'rebuild!'))
    await expect(store().read()).rejects.toThrow(
      /does not match its digest \(sha256:[0-9a-f]{64}, downloaded sha256:[0-9a-f]{64}\)/
    )
  })

  it('ignores incomplete uploads and other environments; an orphan holding the next name is cleared', async () => {
    const { repo, store } = fresh()
    const { release, state } = seed(repo, 2)
    repo.addAsset(release, { name: assetName('production', 3), state: 'starter' })
    repo.addAsset(release, {
      name: assetName('staging', 9),
      data: serializeState({ ...claim(null, 'staging'), sequence: 9 })
    })
    repo.addAsset(release, { name: 'notes.txt', data: 'hello' })
    const s = store()
    expect(await s.read()).toEqual(state)
    await s.write(claim(state))
    expect((await store().read())!.sequence).toBe(3)
    expect(stateAssets(repo)).toContain('production.state.000003.json:uploaded')
    expect(stateAssets(repo)).toContain('staging.state.000009.json:uploaded')
  })

  it('an upload that fails ambiguously but landed is recognised by its digest, not retried blindly', async () => {
    const { repo, store, log } = fresh()
    seed(repo, 1)
    server().inject({ kind: 'upload502AfterStore' })
    const s = store()
    await s.write(claim(await s.read()))
    expect(log.lines.join('\n')).toMatch(/production\.state\.000002\.json holds this run's state: the upload landed/)
    const uploads = server().requests.filter((r) => r.method === 'POST' && r.path.endsWith('/assets'))
    expect(uploads).toHaveLength(1)
    expect((await store().read())!.sequence).toBe(2)
  })

  it('an upload that failed and left an incomplete asset is uploaded again after removing it', async () => {
    const { repo, store } = fresh()
    seed(repo, 1)
    server().inject({ kind: 'upload502Starter' })
    const s = store()
    const doc = claim(await s.read())
    await s.write(doc)
    expect(await store().read()).toEqual(doc)
    expect(stateAssets(repo)).toEqual([
      'production.state.000001.json:uploaded',
      'production.state.000002.json:uploaded'
    ])
  })

  it('keeps the newest 20 versions of the environment, pruning only after the new one is stored', async () => {
    const { repo, store } = fresh()
    const { release } = seed(repo, 21)
    repo.addAsset(release, { name: assetName('staging', 1), data: serializeState(claim(null, 'staging')) })
    const s = store()
    await s.write(claim(await s.read()))
    const names = stateAssets(repo).filter((n) => n.startsWith('production'))
    expect(names).toHaveLength(20)
    expect(names[0]).toBe('production.state.000003.json:uploaded')
    expect(names.at(-1)).toBe('production.state.000022.json:uploaded')
    expect(stateAssets(repo)).toContain('staging.state.000001.json:uploaded')
    const methods = server()
      .requests.filter((r) => r.server === 'api' && r.method !== 'GET')
      .map((r) => r.method)
    expect(methods).toEqual(['POST', 'DELETE', 'DELETE'])
  })

  it('waits out a secondary rate limit (retry-after) and a primary one (reset), and says so', async () => {
    const { repo, store, log } = fresh()
    seed(repo, 1)
    server().inject({ kind: 'rateLimit429', path: `/repos/${repo.fullName}/releases`, retryAfter: 1 })
    server().inject({ kind: 'rateLimit403Primary', path: new RegExp(`/releases/\\d+/assets$`), resetIn: 1 })
    const started = Date.now()
    expect((await store().read())!.sequence).toBe(1)
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    expect(log.lines.join('\n')).toMatch(/secondary rate limit on GET .*releases: waiting 1 s/)
    expect(log.lines.join('\n')).toMatch(/primary rate limit on GET .*assets: waiting \d s/)
  })

  it('a token without write access gets a message naming the permission', async () => {
    const { name, repo } = fresh()
    const reader = `ghs_${randomBytes(12).toString('hex')}`
    repo.grant(reader, 'read')
    const log = new MemoryLog()
    const store = new ReleaseAssetStateStore(
      githubClient({ token: reader, apiUrl: server().url, repository: name, log }),
      'production',
      TAG,
      log
    )
    expect(await store.read()).toBeNull() // drafts are invisible to it
    await expect(store.write(claim(null))).rejects.toThrow(
      /cannot create the draft release .*HTTP 403.*permissions: contents: write/
    )
  })
})

describe('the action with the release store', () => {
  const runId = 7001

  function scenario() {
    const f = fresh()
    const s = new Scenario({ 'state-store': 'release', 'github-token': f.token, 'status-command': 'true' })
    const env = (sha: string) => ({
      ...actionsEnv(server(), { repository: f.name, runId, sha }),
      'INPUT_GITHUB-DEPLOYMENTS': 'false'
    })
    return { ...f, s, env }
  }

  it('first run creates the release and stores the claim and the record; a no-change run costs at most 8 requests', async () => {
    const { s, env, repo, token, store } = scenario()
    const head = s.app.commit({ 'app.py': 'print(1)' })
    const first = await s.action({}, env(head))
    expect(first.exitCode, first.stdout).toBe(0)
    expect(first.outputs).toMatchObject({ status: 'success', operation: 'redeploy' })
    expect(repo.releases).toMatchObject([{ tagName: TAG, draft: true }])
    expect(stateAssets(repo)).toEqual([
      'production.state.000001.json:uploaded',
      'production.state.000002.json:uploaded'
    ])
    const deployRequests = server().requests.filter((r) => r.server === 'api').length
    expect(deployRequests).toBeLessThanOrEqual(8)
    const state = await store().read()
    expect(state).toMatchObject({
      sequence: 2,
      current: { version: head },
      last_attempt: {
        status: 'success',
        run_url: `https://github.example/${repo.fullName}/actions/runs/${runId}/attempts/1`
      }
    })
    // Masked: the runner learns it through add-mask, and no other line carries it.
    expect(
      first.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n')
    ).not.toContain(token)

    server().reset()
    const none = await s.action({}, env(head))
    expect(none.exitCode, none.stdout).toBe(0)
    expect(none.outputs).toMatchObject({ status: 'skipped', operation: 'none' })
    expect(server().requests.length).toBeLessThanOrEqual(8)
    expect(
      server().requests.map(
        (r) => `${r.server} ${r.operation ?? `${r.method} ${r.path.replace(/\/signed\/\w+/, '/signed/…')}`}`
      )
    ).toEqual([
      'api GET /repos/{owner}/{repo}/releases',
      'api GET /repos/{owner}/{repo}/releases/{release_id}/assets',
      'api GET /repos/{owner}/{repo}/releases/assets/{asset_id}',
      'storage GET /signed/…'
    ])
    expect(stateAssets(repo)).toHaveLength(2)
  })

  it('two runs racing: exactly one deploys; the other stops before any command, with nothing lost', async () => {
    const { s, env, repo, store } = scenario()
    const head = s.app.commit({ 'app.py': 'print(1)' })
    expect((await s.action({}, env(head))).exitCode).toBe(0)
    const next = s.app.commit({ 'app.py': 'print(2)' })
    // Both claims reach GitHub before either is stored: a true race for sequence 3, however the
    // two processes are scheduled (a run that starts after the other's claim sees that claim).
    const arrived: Array<() => void> = []
    const off = server().beforeUpload(async (upload) => {
      if (upload.repo !== repo || upload.name !== assetName('production', 3)) return
      await new Promise<void>((resolve) => {
        arrived.push(resolve)
        if (arrived.length === 2) for (const go of arrived) go()
        setTimeout(resolve, 20_000)
      })
    })
    const [a, b] = await Promise.all([s.action({}, env(next)), s.action({}, env(next))]).finally(off)
    expect(arrived).toHaveLength(2)
    const outcomes = [a, b].map((r) => r.exitCode).sort()
    expect(outcomes, a.stdout + b.stdout).toEqual([0, 1])
    const loser = a.exitCode === 1 ? a : b
    expect(loser.stdout).toMatch(/::error::.*the state moved since this run planned; re-plan/)
    expect(loser.outputs.status).toBe('failed')
    // One deploy command for the first run, one for the winner.
    expect(s.commands()).toHaveLength(2)
    const state = await store().read()
    expect(state).toMatchObject({ sequence: 4, current: { version: next }, last_attempt: { status: 'success' } })
    expect(state!.history.map((h) => h.version)).toEqual([next, head])
    expect(stateAssets(repo)).toHaveLength(4)
  })

  it('a corrupt state stops the action before any command; the asset is left as it was', async () => {
    const { s, env, repo } = scenario()
    const { release } = seed(repo, 1)
    repo.addAsset(release, { name: assetName('production', 2), data: 'garbage' })
    const head = s.app.commit({ 'app.py': 'print(1)' })
    const run = await s.action({}, env(head))
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::StateError: the state in release asset production\.state\.000002\.json .* is not valid JSON/
    )
    expect(s.commands()).toEqual([])
    expect(release.assets.map((a) => a.data.toString('utf8')).at(-1)).toBe('garbage')
    expect(stateAssets(repo)).toHaveLength(2)
  })
})
