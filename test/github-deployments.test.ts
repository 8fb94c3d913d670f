import { describe, expect, it } from 'vitest'
import { actionsEnv, mirror, ownRepo, useGitHubServer } from './support/github.js'
import { Scenario } from './support/scenario.js'

const server = useGitHubServer()

function app(inputs: Record<string, string> = {}) {
  const { n, name, token, repo } = ownRepo(server(), 'acme/deployed')
  const s = new Scenario({ 'state-store': 'release', 'github-token': token, 'status-command': 'true', ...inputs })
  const runId = 5000 + n
  const commit = (files: Record<string, string>) => {
    const sha = s.app.commit(files)
    mirror(repo, sha)
    return sha
  }
  const run = (sha: string, more: Record<string, string> = {}) =>
    s.action(more, actionsEnv(server(), { repository: name, runId, attempt: 2, sha }))
  return { name, repo, s, run, commit, runUrl: `https://github.example/${name}/actions/runs/${runId}/attempts/2` }
}

describe('GitHub Deployments', () => {
  it('a deploy creates a Deployment (in_progress, then success) with the plan, the run log and the environment URL', async () => {
    const a = app({ 'environment-url': 'https://app.example.com' })
    const head = a.commit({ 'app.py': 'print(1)' })
    const run = await a.run(head)
    expect(run.exitCode, run.stdout).toBe(0)
    expect(a.repo.deployments).toHaveLength(1)
    const d = a.repo.deployments[0]!
    expect(d).toMatchObject({
      sha: head,
      ref: head,
      environment: 'production',
      task: 'deploy',
      productionEnvironment: true,
      transientEnvironment: false
    })
    expect(d.payload).toMatchObject({
      deployment_id: run.outputs['deployment-id'],
      plan: { operation: 'redeploy', version: head, steps: ['deploy', 'check'] },
      approval: { how: 'not-required' }
    })
    expect(d.statuses.map((st) => st.state)).toEqual(['in_progress', 'success'])
    for (const st of d.statuses)
      expect(st).toMatchObject({ logUrl: a.runUrl, environmentUrl: 'https://app.example.com' })
    const created = server().requests.find((r) => r.operation === 'POST /repos/{owner}/{repo}/deployments')!
    expect(created.body).toMatchObject({ auto_merge: false, required_contexts: [] })
    expect(run.summary).toContain(
      `GitHub Deployment ${d.id} (production): https://github.example/${a.name}/deployments`
    )
    // The whole first deploy, Deployment included, in requests to GitHub:
    const api = server()
      .requests.filter((r) => r.server === 'api')
      .map((r) => r.operation)
    expect(api).toEqual([
      'GET /repos/{owner}/{repo}/releases',
      'POST /repos/{owner}/{repo}/releases',
      'GET /repos/{owner}/{repo}/releases',
      'POST /repos/{owner}/{repo}/releases/{release_id}/assets',
      'POST /repos/{owner}/{repo}/deployments',
      'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
      'POST /repos/{owner}/{repo}/releases/{release_id}/assets',
      'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses'
    ])

    // A later deploy with a state to read: the usual cost.
    server().reset()
    const next = a.commit({ 'app.py': 'print(2)' })
    expect((await a.run(next)).exitCode).toBe(0)
    expect(
      server()
        .requests.filter((r) => r.server === 'api')
        .map((r) => r.operation)
    ).toEqual([
      'GET /repos/{owner}/{repo}/releases',
      'GET /repos/{owner}/{repo}/releases/{release_id}/assets',
      'GET /repos/{owner}/{repo}/releases/assets/{asset_id}',
      'POST /repos/{owner}/{repo}/releases/{release_id}/assets',
      'POST /repos/{owner}/{repo}/deployments',
      'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
      'POST /repos/{owner}/{repo}/releases/{release_id}/assets',
      'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses'
    ])
  })

  it('a failed deploy ends failure; a failed rollback ends error; the reason is in the description', async () => {
    const a = app()
    const first = a.commit({ 'app.py': 'print(1)' })
    expect((await a.run(first)).exitCode).toBe(0)
    const broken = a.commit({ 'app.py': 'print(2)' })
    // A build that fails never reaches traffic: failed, nothing rolled back.
    const failed = await a.run(broken, {
      'build-command': 'exit 3',
      operation: 'rebuild',
      'approval-required-for': 'restart'
    })
    expect(failed.outputs.status, failed.stdout).toBe('failed')
    const d = a.repo.deployments.at(-1)!
    expect(d.sha).toBe(broken)
    expect(d.statuses.map((st) => st.state)).toEqual(['in_progress', 'failure'])
    expect(d.statuses.at(-1)!.description.length).toBeLessThanOrEqual(140)
    expect(d.statuses.at(-1)!.description).toMatch(/^failed: /)

    const third = a.commit({ 'app.py': 'print(3)' })
    const rollbackFailed = await a.run(third, {
      'deploy-command': '[ "$DEPLOY_OPERATION" = rollback ] && exit 1; exit 0',
      'verify-command': 'exit 1'
    })
    expect(rollbackFailed.outputs.status, rollbackFailed.stdout).toBe('rollback_failed')
    expect(a.repo.deployments.at(-1)!.statuses.map((st) => st.state)).toEqual(['in_progress', 'error'])
  })

  it('mode rollback records a Deployment of the version it returns to; a run with nothing to do records none', async () => {
    const a = app()
    const first = a.commit({ 'app.py': 'print(1)' })
    expect((await a.run(first)).exitCode).toBe(0)
    const second = a.commit({ 'app.py': 'print(2)' })
    expect((await a.run(second)).exitCode).toBe(0)
    const back = await a.run(second, { mode: 'rollback' })
    expect(back.exitCode, back.stdout).toBe(0)
    expect(a.repo.deployments.map((d) => d.sha)).toEqual([first, second, first])
    const d = a.repo.deployments.at(-1)!
    expect(d.payload).toMatchObject({ plan: { operation: 'rollback', version: first, previous_version: second } })
    expect(d.statuses.map((st) => st.state)).toEqual(['in_progress', 'success'])

    server().reset()
    const none = await a.run(first)
    expect(none.outputs.status).toBe('skipped')
    expect(a.repo.deployments).toHaveLength(3)
    expect(server().requests.filter((r) => r.method !== 'GET')).toEqual([])
  })

  it('github-deployments: false creates none; a Deployment API failure is a warning, never a failed deploy', async () => {
    const off = app({ 'github-deployments': 'false' })
    expect((await off.run(off.commit({ 'app.py': '1' }))).exitCode).toBe(0)
    expect(off.repo.deployments).toEqual([])

    const flaky = app()
    const head = flaky.commit({ 'app.py': '1' })
    server().inject({ kind: 'status500', method: 'POST', path: `/repos/${flaky.name}/deployments`, times: Infinity })
    const run = await flaky.run(head)
    server().clearFaults()
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('success')
    expect(run.stdout).toMatch(
      /::warning::GitHub Deployment: could not create the Deployment \(HTTP 500: Server Error\); gave up after 3 attempts \(the deploy itself is not affected\)/
    )
    // Sent again only after reading that it had not landed: never two Deployments for one run.
    const mine = server().requests.filter((r) => r.path === `/repos/${flaky.name}/deployments`)
    const creates = mine.filter((r) => r.method === 'POST')
    const reads = mine.filter((r) => r.method === 'GET')
    expect(creates).toHaveLength(3)
    expect(reads).toHaveLength(2)
    expect(flaky.repo.deployments).toEqual([])
  })
})
