// A 429 or 403 that carries `retry-after` but neither GitHub's rate-limit wording nor its headers
// (what a proxy in front of GitHub Enterprise sends) is waited out as asked, on every GitHub call,
// within the bound of GitHub's own rate limits; a wait beyond it fails the run, naming the wait.
import { describe, expect, it } from 'vitest'
import type { RecordedRequest } from './servers/github/index.js'
import { actionsEnv, mirror, ownRepo, useGitHubServer } from './support/github.js'
import { Scenario } from './support/scenario.js'

const server = useGitHubServer()

const LIST_RELEASES = /^\/repos\/[^/]+\/[^/]+\/releases$/
const UPLOAD = /^\/uploads\/repos\/.+\/releases\/\d+\/assets$/
const SIGNED = /^\/signed\//
const CREATE_DEPLOYMENT = /^\/repos\/[^/]+\/[^/]+\/deployments$/

/** An application deployed once (its state in a draft release), with a second commit to deploy. */
async function deployedOnce() {
  const { name, token, repo } = ownRepo(server(), 'acme/proxied')
  const s = new Scenario({ 'state-store': 'release', 'github-token': token, 'status-command': 'true' })
  const env = (sha: string) => actionsEnv(server(), { repository: name, runId: 8100, sha })
  const first = s.app.commit({ 'app.py': 'print(1)' })
  mirror(repo, first)
  const run = await s.action({}, env(first))
  expect(run.exitCode, run.stdout).toBe(0)
  const next = s.app.commit({ 'app.py': 'print(2)' })
  mirror(repo, next)
  server().reset()
  return { repo, s, next, deploy: () => s.action({}, env(next)) }
}

/** Statuses of the requests to `path`, in order. */
const statuses = (path: RegExp, method = 'GET'): number[] =>
  server()
    .requests.filter((r: RecordedRequest) => r.method === method && path.test(r.path))
    .map((r) => r.status)

describe('retry-after without GitHub rate-limit wording (a proxy in front of GitHub)', () => {
  it('a 429 on a read (the API and the signed download) and a 403 on a write (the state upload) are waited out; the deploy succeeds', async () => {
    const g = await deployedOnce()
    server().inject({ kind: 'proxy429', method: 'GET', path: LIST_RELEASES, retryAfter: 1 })
    server().inject({ kind: 'proxy429', method: 'GET', path: SIGNED, retryAfter: 1 })
    server().inject({ kind: 'proxy403', method: 'POST', path: UPLOAD, retryAfter: 1 })
    const run = await g.deploy()
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('success')
    expect(statuses(LIST_RELEASES)).toEqual([429, 200])
    expect(statuses(SIGNED)).toEqual([429, 200])
    expect(statuses(UPLOAD, 'POST')).toEqual([403, 201, 201])
    expect(run.stdout).toMatch(
      /::warning::GitHub answered HTTP 429 with retry-after on GET \/repos\/acme\/proxied\d+\/releases: waiting 1 s as asked/
    )
    expect(run.stdout).toMatch(
      /::warning::GitHub answered HTTP 403 with retry-after on POST \S+\/assets: waiting 1 s as asked/
    )
    expect(run.stdout).toMatch(
      /::warning::GitHub state download: the signed download URL answered HTTP 429; retrying in 1\.0 s/
    )
    expect(g.s.commands()).toHaveLength(2)
  })

  it('a 403 on a read and a 429 on a write (the Deployment) are waited out; the deploy succeeds', async () => {
    const g = await deployedOnce()
    server().inject({ kind: 'proxy403', method: 'GET', path: LIST_RELEASES, retryAfter: 1 })
    server().inject({ kind: 'proxy429', method: 'POST', path: CREATE_DEPLOYMENT, retryAfter: 1 })
    const run = await g.deploy()
    expect(run.exitCode, run.stdout).toBe(0)
    expect(statuses(LIST_RELEASES)).toEqual([403, 200])
    expect(statuses(CREATE_DEPLOYMENT, 'POST')).toEqual([429, 201])
    // Waited out, not handled as a failed creation: no warning about the Deployment, exactly one.
    expect(run.stdout).not.toMatch(/::warning::GitHub Deployment/)
    expect(g.repo.deployments.filter((d) => d.sha === g.next)).toHaveLength(1)
  })

  it('a wait longer than the bound fails the run before any change, naming the wait asked for', async () => {
    const g = await deployedOnce()
    server().inject({ kind: 'proxy429', method: 'GET', path: LIST_RELEASES, retryAfter: 600 })
    const run = await g.deploy()
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(run.stdout).toMatch(
      /::error::StateError: cannot list the releases .*HTTP 429: rate limited \(retry-after\); asked to wait 600 s, more than this run waits \(120 s\)/
    )
    // Given up at once: one request, no wait.
    expect(statuses(LIST_RELEASES)).toEqual([429])
    expect(g.s.commands()).toHaveLength(1)
  })

  it('the signed download too: a wait beyond the bound names the wait asked for', async () => {
    const g = await deployedOnce()
    server().inject({ kind: 'proxy403', method: 'GET', path: SIGNED, retryAfter: 3600 })
    const run = await g.deploy()
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::StateError: cannot download the state .*the signed download URL answered HTTP 403 asking to wait 3600 s \(retry-after\), more than this run waits \(120 s\)/
    )
    expect(statuses(SIGNED)).toEqual([403])
    expect(g.s.commands()).toHaveLength(1)
  })
})
