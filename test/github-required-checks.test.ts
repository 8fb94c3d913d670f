// `required-checks`, through the real bundle against the GitHub API stand-in (check runs and the
// combined status, checked against GitHub's description): a deploy proceeds only when every named
// check run or commit status concluded `success` on the commit, the latest run counting; anything
// else stops it before any change, naming each check.
import { describe, expect, it } from 'vitest'
import { type CheckRunFacts, type StatusFacts, judgeRequiredChecks } from '../src/gate/required-checks.js'
import { parseSettings } from '../src/settings/settings.js'
import { actionsEnv, mirror, ownRepo, useGitHubServer } from './support/github.js'
import { Scenario } from './support/scenario.js'

const server = useGitHubServer()

const CHECK_RUNS = /\/commits\/[0-9a-f]{40}\/check-runs$/
const STATUS = /\/commits\/[0-9a-f]{40}\/status$/

/** An application with a new commit to deploy (a redeploy: no approval needed), on a repository of its own. */
function app(inputs: Record<string, string> = {}) {
  const { name, token, repo } = ownRepo(server(), 'acme/checked')
  const s = new Scenario({
    'github-token': token,
    'status-command': 'true',
    'github-deployments': 'false',
    'required-checks': 'compliance',
    ...inputs
  })
  const commit = (content: string): string => {
    const sha = s.app.commit({ 'app.py': content })
    mirror(repo, sha)
    return sha
  }
  const head = commit('print(1)')
  const env = (sha: string) => actionsEnv(server(), { repository: name, runId: 8200, sha })
  return {
    repo,
    s,
    head,
    token,
    commit,
    run: (more: Record<string, string> = {}, sha = s.app.head()) => s.action(more, env(sha))
  }
}

/** Nothing ran and nothing was recorded. */
function expectNothingRan(g: ReturnType<typeof app>): void {
  expect(g.s.commands()).toEqual([])
  expect(g.s.state()).toBeNull()
}

/** Resolves once `condition` holds (checked every 20 ms), or fails after `ms`. */
async function until(condition: () => boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const answered = (path: RegExp) => server().requests.filter((r) => path.test(r.path) && r.status !== 0)

describe('required checks (fail closed)', () => {
  it('passed (a check run and a commit status): the deploy runs; the checks go into the summary, the result and the state', async () => {
    const g = app({ 'required-checks': 'compliance\ntests' })
    g.repo.addCheckRun(g.head, { name: 'compliance' })
    g.repo.addCheckRun(g.head, { name: 'lint', conclusion: 'failure' })
    g.repo.setStatus(g.head, 'tests', 'success', { targetUrl: 'https://ci.example/builds/7' })
    const run = await g.run()
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('success')
    expect(run.stdout).toMatch(/✓ compliance passed \(check run by github-actions, http[^)]+\/runs\/\d+\)/)
    expect(run.stdout).toMatch(/✓ tests passed \(commit status, https:\/\/ci\.example\/builds\/7\)/)
    expect(run.summary).toMatch(
      /\| Required checks \| ✓ \[compliance\]\(http[^)]+\/runs\/\d+\) \(check run by github-actions\), ✓ \[tests\]\(https:\/\/ci\.example\/builds\/7\) \(status\) \|/
    )
    const expected = [
      { name: 'compliance', kind: 'check_run', conclusion: 'success', passed: true, app: 'github-actions' },
      { name: 'tests', kind: 'status', conclusion: 'success', passed: true, url: 'https://ci.example/builds/7' }
    ]
    expect(run.result!.required_checks).toMatchObject(expected)
    const state = g.s.state()
    expect(state.current.required_checks).toMatchObject(expected)
    expect(state.last_attempt.required_checks).toMatchObject(expected)
    // One request per name for the check runs (filtered by name), one for the statuses.
    expect(
      server()
        .requests.filter((r) => CHECK_RUNS.test(r.path))
        .map((r) => r.query.check_name)
    ).toEqual(['compliance', 'tests'])
    expect(server().requests.filter((r) => STATUS.test(r.path))).toHaveLength(1)
  })

  it('failed, cancelled or errored: stops before any change, naming each', async () => {
    const g = app({ 'required-checks': 'compliance, security, tests' })
    g.repo.addCheckRun(g.head, { name: 'compliance', conclusion: 'failure' })
    g.repo.addCheckRun(g.head, { name: 'security', conclusion: 'cancelled', app: 'scanner' })
    g.repo.setStatus(g.head, 'tests', 'error')
    const run = await g.run({ 'required-checks-wait-seconds': '600' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(run.stdout).toMatch(
      /::error::required checks have not passed on [0-9a-f]{7}: compliance concluded failure, not success \(check run by github-actions, http[^)]+\); security concluded cancelled, not success \(check run by scanner, [^)]+\); tests concluded error, not success \(commit status\); nothing ran/
    )
    // A failure is final: no waiting, one look.
    expect(server().requests.filter((r) => STATUS.test(r.path))).toHaveLength(1)
    expect(run.summary).toMatch(/Deploy stopped before any change: production[\s\S]*compliance concluded failure/)
    expectNothingRan(g)
  })

  it('missing: stops before any change, naming the check not reported', async () => {
    const g = app({ 'required-checks': 'compliance,security-scan' })
    g.repo.addCheckRun(g.head, { name: 'compliance' })
    const run = await g.run()
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::required checks have not passed on [0-9a-f]{7}: security-scan was not reported \(no check run or commit status of that name\) \(names match exactly: .*\)/
    )
    expect(run.stdout).toMatch(/`required-checks-wait-seconds` waits for pending ones/)
    expectNothingRan(g)
  })

  it('pending, then passed within required-checks-wait-seconds: waits, then deploys', async () => {
    const g = app({ 'required-checks-wait-seconds': '120' })
    const check = g.repo.addCheckRun(g.head, { name: 'compliance', status: 'in_progress' })
    const running = g.run()
    // Passes once the action has seen it pending.
    await until(() => answered(CHECK_RUNS).length >= 1)
    check.status = 'completed'
    check.conclusion = 'success'
    check.completedAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
    const run = await running
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toMatch(
      /Waiting for compliance \(in progress\): next look in \d+ s, \d+ s left of `required-checks-wait-seconds`/
    )
    expect(answered(CHECK_RUNS).length).toBeGreaterThanOrEqual(2)
    expect(run.result!.required_checks).toMatchObject([{ name: 'compliance', passed: true }])
    expect(g.s.commands()).toHaveLength(1)
  })

  it('pending past required-checks-wait-seconds: stops before any change, saying how long it waited', async () => {
    const g = app({ 'required-checks-wait-seconds': '2', 'required-checks': 'compliance,tests' })
    g.repo.addCheckRun(g.head, { name: 'compliance', status: 'queued', startedAt: null })
    g.repo.setStatus(g.head, 'tests', 'pending')
    const run = await g.run()
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::required checks have not passed on [0-9a-f]{7} after waiting 2 s: compliance is still queued \(check run by github-actions, [^)]+\); tests is still pending \(commit status\); nothing ran/
    )
    expect(answered(CHECK_RUNS).length).toBeGreaterThanOrEqual(2)
    expectNothingRan(g)
  })

  it('a check that ran more than once: the latest run counts (failed then passed passes, passed then failed fails), across apps too', async () => {
    const fixed = app()
    fixed.repo.addCheckRun(fixed.head, { name: 'compliance', conclusion: 'failure', startedAt: '2026-03-01T10:00:00Z' })
    fixed.repo.addCheckRun(fixed.head, { name: 'compliance', startedAt: '2026-03-01T10:05:00Z' })
    const passes = await fixed.run()
    expect(passes.exitCode, passes.stdout).toBe(0)
    expect(passes.result!.required_checks).toMatchObject([{ name: 'compliance', passed: true, runs: 2 }])
    expect(passes.stdout).toMatch(/✓ compliance passed \(check run by github-actions, latest of 2 runs/)

    const broken = app()
    broken.repo.addCheckRun(broken.head, { name: 'compliance', startedAt: '2026-03-01T10:00:00Z' })
    broken.repo.addCheckRun(broken.head, {
      name: 'compliance',
      conclusion: 'failure',
      startedAt: '2026-03-01T10:05:00Z',
      app: 'other-ci'
    })
    const fails = await broken.run()
    expect(fails.exitCode).toBe(1)
    expect(fails.stdout).toMatch(
      /::error::required checks have not passed on [0-9a-f]{7}: compliance concluded failure, not success \(check run by other-ci, latest of 2 runs/
    )
    expectNothingRan(broken)
  })

  it('a rollback is gated only when required-checks-for lists rollback', async () => {
    const g = app()
    g.repo.addCheckRun(g.head, { name: 'compliance' })
    expect((await g.run()).exitCode).toBe(0)
    const next = g.commit('print(2)')
    g.repo.addCheckRun(next, { name: 'compliance' })
    expect((await g.run()).exitCode).toBe(0)
    // The version to return to has since failed its compliance check (say a re-run found a CVE).
    g.repo.addCheckRun(g.head, { name: 'compliance', conclusion: 'failure', startedAt: new Date(Date.now() + 1000) })

    server().reset()
    const gated = await g.run({ mode: 'rollback', 'required-checks-for': 'deploy,rollback' })
    expect(gated.exitCode).toBe(1)
    expect(gated.stdout).toMatch(
      new RegExp(`::error::required checks have not passed on ${g.head.slice(0, 7)}: compliance concluded failure`)
    )
    expect(g.s.state().current.version).toBe(next)

    server().reset()
    const ungated = await g.run({ mode: 'rollback' })
    expect(ungated.exitCode, ungated.stdout).toBe(0)
    expect(ungated.stdout).toMatch(/Required checks not checked for a rollback \(`required-checks-for`: deploy\)/)
    expect(server().requests.filter((r) => CHECK_RUNS.test(r.path) || STATUS.test(r.path))).toEqual([])
    expect(g.s.state().current.version).toBe(g.head)
    expect(ungated.result!.required_checks).toEqual([])
  })

  it('a rate limit while looking (secondary on the check runs, a proxy 429 on the statuses) is waited out', async () => {
    const g = app()
    g.repo.addCheckRun(g.head, { name: 'compliance' })
    server().inject({ kind: 'rateLimit403', path: CHECK_RUNS, retryAfter: 1 })
    server().inject({ kind: 'proxy429', path: STATUS, retryAfter: 1 })
    const run = await g.run()
    expect(run.exitCode, run.stdout).toBe(0)
    expect(
      server()
        .requests.filter((r) => CHECK_RUNS.test(r.path))
        .map((r) => r.status)
    ).toEqual([403, 200])
    expect(
      server()
        .requests.filter((r) => STATUS.test(r.path))
        .map((r) => r.status)
    ).toEqual([429, 200])
  })

  it.each([
    [
      'checks',
      CHECK_RUNS,
      /the check runs named "compliance" of [0-9a-f]{7} could not be read \(HTTP 403: Resource not accessible by integration\): the token needs `checks: read`/
    ],
    [
      'statuses',
      STATUS,
      /the commit statuses of [0-9a-f]{7} could not be read \(HTTP 403: Resource not accessible by integration\): the token needs `statuses: read`/
    ]
  ] as const)(
    'a token without %s permission: stops before any change, naming the permission',
    async (permission, path, message) => {
      const g = app()
      g.repo.addCheckRun(g.head, { name: 'compliance' })
      g.repo.withhold(g.token, permission)
      const run = await g.run()
      expect(run.exitCode).toBe(1)
      expect(run.stdout).toMatch(new RegExp(`::error::\`required-checks\`: ${message.source}`))
      expect(
        server()
          .requests.filter((r) => path.test(r.path))
          .map((r) => r.status)
      ).toEqual([403])
      expectNothingRan(g)
    }
  )
})

describe('the verdict (pure, literal data)', () => {
  const run = (id: number, fields: Partial<CheckRunFacts>): CheckRunFacts => ({
    id,
    name: 'tests',
    status: 'completed',
    conclusion: 'success',
    started_at: '2026-03-01T10:00:00Z',
    completed_at: '2026-03-01T10:01:00Z',
    html_url: `https://github.example/runs/${id}`,
    app: { slug: 'github-actions' },
    ...fields
  })
  const status = (id: number, state: string, at: string): StatusFacts => ({
    id,
    context: 'tests',
    state,
    target_url: null,
    created_at: at,
    updated_at: at
  })

  it('the newest start wins; a run not started yet (a re-run queued) is the newest; ties go to the higher id', () => {
    const older = run(1, { conclusion: 'failure', started_at: '2026-03-01T09:00:00Z' })
    expect(judgeRequiredChecks(['tests'], [older, run(2, {})], [])).toMatchObject([{ passed: true, runs: 2 }])
    const queued = run(3, { status: 'queued', conclusion: null, started_at: null, completed_at: null })
    expect(judgeRequiredChecks(['tests'], [run(2, {}), queued], [])).toMatchObject([
      { passed: false, conclusion: 'queued' }
    ])
    expect(judgeRequiredChecks(['tests'], [run(5, {}), run(4, { conclusion: 'failure' })], [])).toMatchObject([
      { passed: true }
    ])
  })

  it('only success passes: skipped, neutral and a completed run without a conclusion do not', () => {
    for (const conclusion of ['skipped', 'neutral', null])
      expect(judgeRequiredChecks(['tests'], [run(1, { conclusion })], [])[0]!.passed).toBe(false)
  })

  it('a name reported as a check run and as a status needs both; the newest status of the context counts', () => {
    const statuses = [status(1, 'failure', '2026-03-01T10:00:00Z'), status(2, 'success', '2026-03-01T11:00:00Z')]
    expect(judgeRequiredChecks(['tests'], [run(3, {})], statuses).map((r) => [r.kind, r.passed])).toEqual([
      ['check_run', true],
      ['status', true]
    ])
    const failing = [...statuses, status(4, 'error', '2026-03-01T12:00:00Z')]
    expect(judgeRequiredChecks(['tests'], [run(3, {})], failing).map((r) => r.passed)).toEqual([true, false])
    expect(judgeRequiredChecks(['other'], [run(3, {})], failing)).toEqual([
      { name: 'other', kind: null, conclusion: 'missing', passed: false }
    ])
  })
})

describe('the inputs', () => {
  const settings = (inputs: Record<string, string>) =>
    parseSettings({
      inputs: (name) => ({ 'deploy-command': 'true', 'state-store': 'file', ...inputs })[name],
      env: { GITHUB_TOKEN: 't0ken', GITHUB_REPOSITORY: 'o/r' },
      cwd: '/tmp'
    })

  it('a comma list on one line, one a line otherwise (a name may hold a comma); blank, comment and repeated names dropped', () => {
    expect(settings({ 'required-checks': 'compliance, tests ,,compliance' }).github.requiredChecks).toEqual([
      'compliance',
      'tests'
    ])
    expect(
      settings({ 'required-checks': 'test (ubuntu-latest, 24)\n# a comment\n\ncompliance\n' }).github.requiredChecks
    ).toEqual(['test (ubuntu-latest, 24)', 'compliance'])
    const defaults = settings({}).github
    expect([defaults.requiredChecks, defaults.requiredChecksWaitSeconds, defaults.requiredChecksFor]).toEqual([
      [],
      0,
      ['deploy']
    ])
  })

  it('without a token or a repository to read the checks from, a gated run stops at the settings, saying what to pass', () => {
    const parse = (inputs: Record<string, string>, env: NodeJS.ProcessEnv) =>
      parseSettings({
        inputs: (name) => ({ 'deploy-command': 'true', 'state-store': 'file', ...inputs })[name],
        env,
        cwd: '/tmp'
      })
    expect(() => parse({ 'required-checks': 'tests' }, { GITHUB_REPOSITORY: 'o/r' })).toThrow(
      /`github-token`: `required-checks` reads the commit’s check runs and statuses .*set GITHUB_TOKEN/
    )
    expect(() => parse({ 'required-checks': 'tests' }, { GITHUB_TOKEN: 't0ken' })).toThrow(
      /`required-checks`: needs GITHUB_REPOSITORY/
    )
    // A rollback the checks do not gate (the default) needs neither; a plan reads no check.
    expect(parse({ 'required-checks': 'tests', mode: 'rollback' }, {}).github.requiredChecks).toEqual(['tests'])
    expect(parse({ 'required-checks': 'tests', mode: 'plan' }, {}).github.requiredChecks).toEqual(['tests'])
    expect(() =>
      parse({ 'required-checks': 'tests', mode: 'rollback', 'required-checks-for': 'rollback' }, {})
    ).toThrow(/`github-token`: `required-checks`/)
  })

  it('required-checks-for takes deploy and rollback only; the wait is whole seconds up to six hours', () => {
    expect(settings({ 'required-checks-for': 'rollback, deploy' }).github.requiredChecksFor).toEqual([
      'rollback',
      'deploy'
    ])
    expect(() => settings({ 'required-checks-for': 'deploy,merge' })).toThrow(
      /`required-checks-for`: "merge" is not one of deploy, rollback/
    )
    expect(() => settings({ 'required-checks-wait-seconds': '30000' })).toThrow(
      /`required-checks-wait-seconds`: must be a whole number from 0 to 21600/
    )
  })
})
