import { describe, expect, it } from 'vitest'
import { actionsEnv, mirror, ownRepo, useGitHubServer } from './support/github.js'
import { Scenario } from './support/scenario.js'

const server = useGitHubServer()

/**
 * An application whose next deploy is a rebuild (a build command on a first deploy): the plan needs
 * approval under the default policy. The workflow run is 9000+N of the repository's deploy.yml.
 */
function rebuild(inputs: Record<string, string> = {}) {
  const { n, name, token, repo } = ownRepo(server(), 'acme/gated')
  const s = new Scenario({
    'state-store': 'release',
    'github-token': token,
    'status-command': 'true',
    'build-command': 'echo build >> "$COMMAND_LOG"',
    ...inputs
  })
  const head = s.app.commit({ 'app.py': 'print(1)' })
  mirror(repo, head)
  const runId = 9000 + n
  repo.addRun({ id: runId, workflow: 'deploy.yml', headSha: head, status: 'in_progress' })
  const env = actionsEnv(server(), { repository: name, runId, sha: head })
  return { repo, s, head, runId, token, run: (more: Record<string, string> = {}) => s.action(more, env) }
}

/** Nothing happened: no command, no state, no Deployment, no write of any kind to GitHub. */
function expectNoSideEffect(g: ReturnType<typeof rebuild>): void {
  expect(g.s.commands()).toEqual([])
  expect(g.repo.releases).toEqual([])
  expect(g.repo.deployments).toEqual([])
  expect(server().requests.filter((r) => r.method !== 'GET')).toEqual([])
}

describe('approval gate (fail closed)', () => {
  it('without approval-environment: refused with the reusable workflow and the input named, the policy shown', async () => {
    const g = rebuild()
    const run = await g.run()
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::this rebuild of production needs approval \(policy `approval-required-for`: rebuild, restart\).*\.github\/workflows\/deploy\.yml with `approval-environment`/
    )
    expect(run.summary).toMatch(
      /Deploy stopped before any change: production[\s\S]*approval-required-for`: rebuild, restart/
    )
    expectNoSideEffect(g)
  })

  it('an environment that does not exist: refused, saying how to create it', async () => {
    const g = rebuild({ 'approval-environment': 'production' })
    const run = await g.run()
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::.*the environment production \(input `approval-environment`\) does not exist in acme\/gated\d+\. Create it under Settings → Environments with required reviewers \(private repositories need GitHub Enterprise for required reviewers\)/
    )
    expectNoSideEffect(g)
  })

  it('an environment without required reviewers: refused (a wait timer is no approval)', async () => {
    const g = rebuild({ 'approval-environment': 'production' })
    g.repo.setEnvironment('production', { waitTimer: 1 })
    g.repo.addApproval(g.runId, { environments: ['production'], user: 'mallory' })
    const run = await g.run()
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::.*the environment production has no required reviewers.*private repositories need GitHub Enterprise for required reviewers/
    )
    expectNoSideEffect(g)
  })

  it('no approval in this run: refused, naming the job environment to declare', async () => {
    const g = rebuild({ 'approval-environment': 'production' })
    g.repo.setEnvironment('production', { reviewers: ['alice'] })
    const run = await g.run()
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::.*this workflow run holds no approval for environment production\. Put `environment: production` on a job this one needs, so a required reviewer approves the run.*deploy\.yml does that in its approve job/
    )
    expectNoSideEffect(g)
  })

  it('an approval for another environment does not count', async () => {
    const g = rebuild({ 'approval-environment': 'production' })
    g.repo.setEnvironment('production', { reviewers: ['alice'] })
    g.repo.setEnvironment('staging', { reviewers: ['bob'] })
    g.repo.addApproval(g.runId, { environments: ['staging'], user: 'bob' })
    g.repo.addApproval(g.runId + 1000, { environments: ['production'], user: 'alice' })
    const run = await g.run()
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/holds no approval for environment production \(it was approved for staging only\)/)
    expectNoSideEffect(g)
  })

  it('a rejection stops the run', async () => {
    const g = rebuild({ 'approval-environment': 'production' })
    g.repo.setEnvironment('production', { reviewers: ['alice'] })
    g.repo.addApproval(g.runId, {
      environments: ['production'],
      state: 'rejected',
      user: 'alice',
      comment: 'not on a Friday'
    })
    const run = await g.run()
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/alice rejected it for environment production: "not on a Friday"/)
    expectNoSideEffect(g)
  })

  it('approved in this run: proceeds; the approver and comment go into the state, the summary, the result and the Deployment', async () => {
    const g = rebuild({ 'approval-environment': 'production' })
    g.repo.setEnvironment('production', { reviewers: ['alice', { type: 'Team', slug: 'ops' }] })
    g.repo.addApproval(g.runId, { environments: ['production'], user: 'alice', comment: 'ship it' })
    const run = await g.run()
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'success', operation: 'rebuild', 'requires-approval': 'true' })
    expect(g.s.commands()).toEqual(['build', expect.stringContaining('deploy op=rebuild')])
    expect(run.summary).toMatch(/\| Approval \| alice \(environment\): “ship it” \|/)
    expect(run.summary).toMatch(/\| Approval policy \| rebuild, restart \|/)
    expect(run.result!.approval).toEqual({ by: 'alice', how: 'environment', comment: 'ship it' })
    const asset = g.repo.releases[0]!.assets.at(-1)!
    const state = JSON.parse(asset.data.toString('utf8'))
    expect(state.current).toMatchObject({ version: g.head, approved_by: 'alice' })
    const deployment = g.repo.deployments[0]!
    expect(deployment.payload).toMatchObject({ approval: { by: 'alice', how: 'environment', comment: 'ship it' } })
    expect(deployment.statuses.at(-1)).toMatchObject({
      state: 'success',
      description: expect.stringContaining('approved by alice: ship it')
    })
  })

  it('the policy input decides what needs approval: a rebuild outside it runs without the gate', async () => {
    const g = rebuild({ 'approval-required-for': 'restart' })
    const run = await g.run()
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs['requires-approval']).toBe('false')
    expect(run.summary).toMatch(/\| Approval policy \| restart \|/)
    expect(server().requests.some((r) => r.path.includes('/environments/') || r.path.endsWith('/approvals'))).toBe(
      false
    )
  })
})

describe('validation gate', () => {
  /** A redeploy (no approval needed) that names a validation. */
  function validated(inputs: Record<string, string>) {
    return rebuild({ 'build-command': '', ...inputs })
  }

  it('validation-workflow with no run for the commit: a hard stop', async () => {
    const g = validated({ 'validation-workflow': 'ci.yml' })
    g.repo.addRun({ workflow: 'ci.yml', headSha: g.repo.getCommit(g.head)!.parents[0]!, conclusion: 'success' })
    const run = await g.run()
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::the validation workflow ci\.yml has no run for [0-9a-f]{7}: run it on this commit first/
    )
    expectNoSideEffect(g)
  })

  it('validation-workflow whose newest run for the commit failed: a hard stop with the run linked', async () => {
    const g = validated({ 'validation-workflow': 'ci.yml' })
    g.repo.addRun({ workflow: 'ci.yml', headSha: g.head, conclusion: 'success', createdAt: '2026-01-01T00:00:00Z' })
    const failed = g.repo.addRun({
      workflow: 'ci.yml',
      headSha: g.head,
      conclusion: 'failure',
      createdAt: '2026-01-02T00:00:00Z'
    })
    const run = await g.run()
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      new RegExp(`::error::the validation run ${failed.id} \\(ci\\) concluded failure, not success`)
    )
    expectNoSideEffect(g)
  })

  it('validation-run-id of a run on another commit: a hard stop', async () => {
    const other = 'f'.repeat(40)
    const g = validated({})
    const ci = g.repo.addRun({ workflow: 'ci.yml', headSha: other, conclusion: 'success' })
    const run = await g.run({ 'validation-run-id': String(ci.id) })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      new RegExp(`validation run ${ci.id} \\(ci\\) validated fffffff, not the commit being deployed`)
    )
    expectNoSideEffect(g)
  })

  it('validation-run-id that does not exist, or has not finished: a hard stop', async () => {
    const g = validated({ 'validation-run-id': '424242' })
    const missing = await g.run()
    expect(missing.stdout).toMatch(/the validation run 424242 \(input `validation-run-id`\) does not exist/)
    const pending = g.repo.addRun({ workflow: 'ci.yml', headSha: g.head, status: 'in_progress' })
    const running = await g.run({ 'validation-run-id': String(pending.id) })
    expect(running.stdout).toMatch(/has not finished \(status in_progress\)/)
    expectNoSideEffect(g)
  })

  it('a passed validation on the same commit: the deploy proceeds, the run is linked and recorded', async () => {
    const g = validated({ 'validation-workflow': 'ci.yml' })
    const ci = g.repo.addRun({ workflow: 'ci.yml', headSha: g.head, conclusion: 'success' })
    const run = await g.run()
    expect(run.exitCode, run.stdout + run.stderr).toBe(0)
    expect(run.result!.validation_run_id).toBe(String(ci.id))
    expect(run.summary).toMatch(
      new RegExp(`\\| Validation \\| \\[run ${ci.id}\\]\\(http[^)]+/actions/runs/${ci.id}\\) \\|`)
    )
  })

  it('require-validation: false turns a failed validation into a warning', async () => {
    const g = validated({ 'validation-workflow': 'ci.yml', 'require-validation': 'false' })
    g.repo.addRun({ workflow: 'ci.yml', headSha: g.head, conclusion: 'failure' })
    const run = await g.run()
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toMatch(
      /::warning::the validation run \d+ \(ci\) concluded failure.*`require-validation` is false: deploying anyway/
    )
  })
})
