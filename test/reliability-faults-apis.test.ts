// The fault matrix, remote APIs: every call the action makes to GitHub and to DigitalOcean, crossed
// with a failing answer (500/503), a rate limit (429, 403), a dropped connection, a slow answer, an
// outage that persists, and (DigitalOcean) a request applied whose answer is lost and an attempt
// that times out. Each run must end in a success, a clean failure before any change, or a verified
// rollback; the state afterwards must match what the platform runs; the run must exit on its own
// (0 or 1, no unhandled rejection, no stack trace), leak no secret, and its error must name the
// call and the cause.
//
// Transient faults (once per call) are injected on every call of a run at the same time: every call
// must be retried. Persistent faults take one call per run, so each stop is attributed.
import { randomUUID } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { assetName } from '../src/github/release-store.js'
import { type DeploymentState, serializeState } from '../src/state/schema.js'
import { beginAttempt, recordSuccess } from '../src/state/transitions.js'
import { DigitalOceanScenario, digest } from './digitalocean-harness.js'
import type { FaultRule as DigitalOceanFault } from './servers/digitalocean/index.js'
import { type FaultRule as GitHubFault, type GitHubServer, startGitHubServer } from './servers/github/index.js'
import type { ActionRun } from './support/action.js'
import {
  GitHubApp,
  Trigger,
  endProblems,
  errorLine,
  pool,
  registerSecret,
  running,
  runningFile,
  runLeaks
} from './support/faults.js'

const trigger = await Trigger.start()
afterAll(() => trigger.close())

/** Every run of this file, for the table printed at the end (docs/benchmarks.md explains it). */
const table: string[] = []
afterAll(() => console.info(`fault matrix, remote APIs (${table.length} runs):\n${table.join('\n')}`))

const CAUSE = /HTTP [45]\d\d|rate limit|no answer|dropped|closed|reset|ECONN|socket|timed out|fetch failed|not answer/i

interface Verdict {
  outcome: string
  problems: string[]
}

function note(call: string, fault: string, verdict: Verdict, run: ActionRun): void {
  const message = (errorLine(run) || '-').replace(/\s+/g, ' ')
  table.push(`${call.padEnd(38)} ${fault.padEnd(18)} ${verdict.outcome.padEnd(16)} ${message.slice(0, 220)}`)
}

// ---- GitHub ---------------------------------------------------------------------------------

interface GitHubCall {
  name: string
  method: string
  path: RegExp
  /** When the fault is armed: at the start, or by the deploy command (after the change). */
  when: 'start' | 'after deploy'
  /** The setup that makes the call: a seeded state (2 or 20 versions), or none (first deploy). */
  setup: 'seeded' | 'fresh' | 'full'
  /** What must name the call in the error of a run it stops. */
  names: RegExp
  /** A stop there is not a failure: the run goes on (a warning names the call). */
  optional?: boolean
}

const GITHUB_CALLS: GitHubCall[] = [
  {
    name: 'list releases',
    method: 'GET',
    path: /\/releases$/,
    when: 'start',
    setup: 'seeded',
    names: /list the releases/
  },
  {
    name: 'list state assets',
    method: 'GET',
    path: /\/releases\/\d+\/assets$/,
    when: 'start',
    setup: 'seeded',
    names: /list the assets/
  },
  {
    name: 'download state (API redirect)',
    method: 'GET',
    path: /\/releases\/assets\/\d+$/,
    when: 'start',
    setup: 'seeded',
    names: /download the state/
  },
  {
    name: 'download state (signed URL)',
    method: 'GET',
    path: /^\/signed\//,
    when: 'start',
    setup: 'seeded',
    names: /download the state/
  },
  {
    name: 'config repo head',
    method: 'GET',
    path: /\/commits\/[^/]+$/,
    when: 'start',
    setup: 'seeded',
    names: /config repo "master"/
  },
  {
    name: 'config repo compare',
    method: 'GET',
    path: /\/compare\//,
    when: 'start',
    setup: 'seeded',
    names: /config repo|compare/,
    optional: true
  },
  {
    name: 'approval environment',
    method: 'GET',
    path: /\/environments\//,
    when: 'start',
    setup: 'seeded',
    names: /environment production-approval/
  },
  {
    name: 'run approvals',
    method: 'GET',
    path: /\/approvals$/,
    when: 'start',
    setup: 'seeded',
    names: /approvals of this workflow run/
  },
  {
    name: 'validation run',
    method: 'GET',
    path: /\/actions\/runs\/\d+$/,
    when: 'start',
    setup: 'seeded',
    names: /validation run/
  },
  {
    name: 'create state release',
    method: 'POST',
    path: /\/releases$/,
    when: 'start',
    setup: 'fresh',
    names: /create the draft release/
  },
  {
    name: 'upload state (claim)',
    method: 'POST',
    path: /\/releases\/\d+\/assets/,
    when: 'start',
    setup: 'seeded',
    names: /store the state/
  },
  {
    name: 'prune old state',
    method: 'DELETE',
    path: /\/releases\/assets\/\d+$/,
    when: 'start',
    setup: 'full',
    names: /prune/,
    optional: true
  },
  {
    name: 'create Deployment',
    method: 'POST',
    path: /\/deployments$/,
    when: 'start',
    setup: 'seeded',
    names: /Deployment/,
    optional: true
  },
  {
    name: 'Deployment status (in progress)',
    method: 'POST',
    path: /\/statuses$/,
    when: 'start',
    setup: 'seeded',
    names: /Deployment/,
    optional: true
  },
  {
    name: 'upload state (record)',
    method: 'POST',
    path: /\/releases\/\d+\/assets/,
    when: 'after deploy',
    setup: 'seeded',
    names: /store the state/
  },
  {
    name: 'Deployment status (final)',
    method: 'POST',
    path: /\/statuses$/,
    when: 'after deploy',
    setup: 'seeded',
    names: /Deployment/,
    optional: true
  }
]

const TRANSIENT: Array<{
  name: string
  rule: Omit<GitHubFault, 'method' | 'path'>
  hit: (status: number, ms: number) => boolean
}> = [
  { name: '500 once', rule: { kind: 'status500' }, hit: (status) => status === 500 },
  { name: '429 once', rule: { kind: 'rateLimit429', retryAfter: 1 }, hit: (status) => status === 429 },
  { name: '403 rate limit once', rule: { kind: 'rateLimit403', retryAfter: 1 }, hit: (status) => status === 403 },
  { name: 'dropped once', rule: { kind: 'drop' }, hit: (status) => status === 0 },
  { name: 'slow (400 ms)', rule: { kind: 'slow', ms: 400 }, hit: (_status, ms) => ms >= 390 }
]

/**
 * When the final state cannot be stored after the deploy, the run fails with the platform on the new
 * version and the state on the old one plus an unfinished attempt (the next run redeploys); the
 * summary and the error say that the deploy ran.
 */
const RECORD_NOT_STORED = 'upload state (record)'
const CREATE_DEPLOYMENT = 'create Deployment'

/** Seeds a draft release with `count` versions of the state, the last one current at `version`. */
function seed(g: GitHubApp, version: string, count: number): DeploymentState {
  const release = g.repo.addRelease({ tag: 'deploy-orchestrator-state', draft: true })
  let state: DeploymentState | null = null
  for (let i = 1; i <= count; i++) {
    const at = new Date(Date.now() - (count - i) * 60_000).toISOString()
    const claimed: DeploymentState = beginAttempt(
      state,
      'production',
      { deployment_id: randomUUID(), operation: 'rebuild', version, started_at: at },
      at
    )
    state =
      i % 2 === 1 && i < count
        ? claimed
        : recordSuccess(
            claimed,
            {
              version,
              config_commits: { master: g.config.head() },
              deployed_at: at,
              deployment_id: claimed.last_attempt!.deployment_id,
              operation: 'rebuild'
            },
            3,
            at
          )
    g.repo.addAsset(release, {
      name: assetName('production', state.sequence),
      data: serializeState(state),
      contentType: 'application/json'
    })
  }
  return state!
}

/**
 * One run of the production-like GitHub setup (a forced rebuild: approval, validation, config repo,
 * state, Deployments) with `faults` armed; judged against the seeded state.
 */
async function githubRun(
  setup: GitHubCall['setup'],
  faults: Array<{ call: GitHubCall; rule: GitHubFault }>,
  options: { timeoutMs?: number } = {}
) {
  const server: GitHubServer = await startGitHubServer()
  try {
    const g = new GitHubApp(server, { 'github-deployments': 'true' })
    const v1 = g.commit({ 'app.py': '1' })
    const before = setup === 'fresh' ? null : seed(g, v1, setup === 'full' ? 20 : 2)
    if (before) writeFileSync(runningFile(g.s), `${v1}\n`)
    g.config.commits(1, { message: 'new config' })
    const v2 = g.commit({ 'app.py': '2' })
    const name = `github-${randomUUID()}`
    for (const { call, rule } of faults)
      if (call.when === 'start') server.inject({ ...rule, method: call.method, path: call.path })
    trigger.on(name, () => {
      for (const { call, rule } of faults)
        if (call.when === 'after deploy') server.inject({ ...rule, method: call.method, path: call.path })
    })
    const run = await g.run(
      v2,
      {
        operation: 'rebuild',
        'deploy-command': `${g.s.command('deploy')}\n${trigger.command(name)}\necho "$DEPLOY_VERSION" > "${runningFile(g.s)}"`
      },
      {},
      options
    )
    const after = g.state()
    const problems = [
      ...endProblems(run),
      ...runLeaks(run, { state: g.stateTexts(), payloads: g.payloads() }),
      ...server.violations.map((v) => `server violation: ${v}`)
    ]
    const runs = running(g.s)
    const status = run.outputs.status ?? 'none'
    let outcome = status
    if (status === 'success') {
      if (after?.current?.version !== v2 || runs !== v2)
        problems.push(`success, but the state says ${after?.current?.version} while ${runs} runs`)
    } else if (status === 'failed' && runs === (before ? v1 : undefined)) {
      outcome = 'clean failure'
      if ((after?.current?.version ?? null) !== (before?.current?.version ?? null))
        problems.push(`failed before any change, but the state moved to ${after?.current?.version}`)
      if (g.s.commands().some((c) => c.startsWith('deploy')))
        problems.push('failed "before any change", but the deploy command ran')
    } else {
      problems.push(
        `ended ${status} with ${runs} running and the state current at ${after?.current?.version} (last attempt ${after?.last_attempt?.status})`
      )
    }
    return { run, outcome, problems, requests: server.requests, v2, runs, deployments: g.repo.deployments.length }
  } finally {
    await server.close()
  }
}

describe.concurrent('fault matrix: GitHub (release state, approval, validation, API config repo, Deployments)', () => {
  it('a transient fault on every call at once (500, 429, 403, dropped, slow): every call retried, the deploy succeeds', async () => {
    // Each fault on the seeded setup in two halves of the calls (a retried call costs a second), and
    // once on a first deploy (which creates the state release).
    const plans = TRANSIENT.flatMap((fault) => [
      { fault, setup: 'full' as const, half: 0 },
      { fault, setup: 'full' as const, half: 1 },
      { fault, setup: 'fresh' as const, half: -1 }
    ])
    const cases = plans.map(({ fault, setup, half }) => async () => {
      {
        const calls = GITHUB_CALLS.filter((c) =>
          setup === 'fresh' ? c.setup !== 'full' && !/download|list state|compare/.test(c.name) : c.setup !== 'fresh'
        ).filter((_c, i) => half < 0 || i % 2 === half)
        const result = await githubRun(
          setup,
          calls.map((call) => ({ call, rule: { ...fault.rule, method: call.method, path: call.path } }))
        )
        for (const call of calls) {
          const faulted = result.requests.some(
            (r) => r.method === call.method && call.path.test(r.path) && fault.hit(r.status, r.ms)
          )
          if (!faulted) result.problems.push(`${call.name} never met the fault`)
        }
        if (result.outcome !== 'success') result.problems.push(`ended ${result.outcome}: ${errorLine(result.run)}`)
        note(
          `every call (${setup === 'fresh' ? 'first deploy' : `seeded state, half ${half + 1}`})`,
          fault.name,
          result,
          result.run
        )
        return result.problems.map((p) => `${fault.name}, ${setup}: ${p}`)
      }
    })
    expect((await pool(15, cases)).flat()).toEqual([])
    // Dozens of runs of the bundle, 15 at a time on two cores: a minute on a quiet machine.
  }, 180_000)

  it('one call down for good (500 on every attempt): a clean stop before any change, or a warning for the calls a deploy can do without', async () => {
    const cases = GITHUB_CALLS.map((call) => async () => {
      const result = await githubRun(call.setup, [
        { call, rule: { kind: 'status500', times: Infinity, method: call.method, path: call.path } }
      ])
      note(call.name, '500 always', result, result.run)
      const problems = result.problems.filter((p) => !(call.name === RECORD_NOT_STORED && p.startsWith('ended failed')))
      const error = errorLine(result.run)
      if (call.name === RECORD_NOT_STORED) {
        // The platform runs the new version, the state keeps the old one and an unfinished attempt (so
        // the next run redeploys); the run fails naming the store, and says the deploy ran.
        if (result.run.outputs.status !== 'failed' || result.runs !== result.v2)
          problems.push(
            `expected failed with the new version running: ${result.run.outputs.status}, ${result.runs} runs`
          )
        if (
          !/succeeded and passed its checks.*cannot store the state as production\.state\.\d+\.json .*HTTP 500/.test(
            error
          )
        )
          problems.push(`the error does not say the deploy ran, nor name the store and the cause: ${error}`)
        if (/stopped before any change/.test(result.run.summary))
          problems.push('the summary claims "stopped before any change" although the deploy ran')
        if (!/the deploy ran, but its state was not stored/.test(result.run.summary))
          problems.push('the summary does not say that the deploy ran but its state was not stored')
      } else if (call.optional) {
        if (result.outcome !== 'success') problems.push(`a call the deploy can do without stopped it: ${error}`)
        const warnings = result.run.stdout.split('\n').filter((l) => l.startsWith('::warning::'))
        if (!warnings.some((w) => /\b500\b/.test(w)))
          problems.push(`no warning names the failing call and its cause: ${warnings.join(' | ')}`)
      } else {
        if (result.outcome !== 'clean failure') problems.push(`expected a clean failure, got ${result.outcome}`)
        if (!call.names.test(error)) problems.push(`the error does not name the call (${call.names}): ${error}`)
        if (!CAUSE.test(error)) problems.push(`the error does not name the cause: ${error}`)
      }
      return problems.map((p) => `${call.name}: ${p}`)
    })
    expect((await pool(16, cases)).flat()).toEqual([])
  }, 180_000)

  it('an attempt that gets no answer within 60 s is abandoned and tried again (the state release list, and the signed download)', async () => {
    const calls = GITHUB_CALLS.filter((c) => c.name === 'list releases' || c.name === 'download state (signed URL)')
    expect(calls).toHaveLength(2)
    const result = await githubRun(
      'seeded',
      calls.map((call) => ({
        call,
        rule: { kind: 'slow' as const, ms: 61_000, method: call.method, path: call.path }
      })),
      { timeoutMs: 180_000 }
    )
    note('list releases + signed URL', 'no answer (61 s)', result, result.run)
    expect(result.problems).toEqual([])
    expect(result.outcome).toBe('success')
    for (const call of calls)
      expect(result.requests.filter((r) => r.method === call.method && call.path.test(r.path)).length).toBeGreaterThan(
        1
      )
    expect(result.run.stdout).toMatch(/GitHub state download: the signed download URL did not answer .*; retrying/)
  }, 200_000)

  it('creating the GitHub Deployment: a fault, or an answer lost after it was created, ends with exactly one Deployment and the deploy goes on', async () => {
    const call = GITHUB_CALLS.find((c) => c.name === CREATE_DEPLOYMENT)!
    const faults = [
      ...TRANSIENT,
      { name: 'applied, answer lost', rule: { kind: 'applyThenDrop' as const }, hit: (status: number) => status === 0 }
    ]
    const cases = faults.map((fault) => async () => {
      const result = await githubRun('seeded', [
        { call, rule: { ...fault.rule, method: call.method, path: call.path } }
      ])
      note(call.name, fault.name, result, result.run)
      const problems = [...result.problems]
      if (result.outcome !== 'success') problems.push(`ended ${result.outcome}`)
      const creates = result.requests.filter((r) => r.method === 'POST' && /\/deployments$/.test(r.path))
      if (!creates.some((r) => fault.hit(r.status, r.ms))) problems.push('the creation never met the fault')
      if (result.deployments !== 1) problems.push(`${result.deployments} Deployments for one run`)
      if (/could not create the Deployment/.test(result.run.stdout))
        problems.push('a warning says the Deployment was lost')
      if (fault.name === 'applied, answer lost') {
        if (creates.length !== 1) problems.push(`the creation was sent ${creates.length} times although it had landed`)
        if (!/the answer was lost .*but Deployment \d+ was created/.test(result.run.stdout))
          problems.push('the log does not say the lost answer was found to have landed')
      }
      return problems.map((p) => `${fault.name}: ${p}`)
    })
    expect((await pool(6, cases)).flat()).toEqual([])
  })

  it('creating the GitHub Deployment down for good: retried after reading that it did not land, then a warning; the deploy goes on', async () => {
    const call = GITHUB_CALLS.find((c) => c.name === CREATE_DEPLOYMENT)!
    const result = await githubRun('seeded', [
      { call, rule: { kind: 'status500', times: Infinity, method: call.method, path: call.path } }
    ])
    note(call.name, '500 always', result, result.run)
    expect(result.problems).toEqual([])
    expect(result.outcome).toBe('success')
    expect(result.deployments).toBe(0)
    expect(result.requests.filter((r) => r.method === 'POST' && /\/deployments$/.test(r.path))).toHaveLength(3)
    expect(result.run.stdout).toMatch(
      /::warning::GitHub Deployment: could not create the Deployment \(HTTP 500.*\); gave up after 3 attempts/
    )
  })
})

// ---- DigitalOcean ---------------------------------------------------------------------------

interface OceanCall {
  name: string
  method: string
  /** The description's template, as the server matches it. */
  path: string
  /** The run that makes it: a redeploy that succeeds, or one that fails its checks and rolls back. */
  run: 'deploy' | 'rollback'
  /** What must name the call in the error of a run it stops. */
  names: RegExp
}

const OCEAN_CALLS: OceanCall[] = [
  { name: 'read app', method: 'GET', path: '/v2/apps/{id}', run: 'deploy', names: /GET \/v2\/apps\/\{id\}/ },
  {
    name: 'update spec (deploy)',
    method: 'PUT',
    path: '/v2/apps/{id}',
    run: 'deploy',
    names: /PUT \/v2\/apps\/\{id\}/
  },
  {
    name: 'poll deployment',
    method: 'GET',
    path: '/v2/apps/{app_id}/deployments/{deployment_id}',
    run: 'deploy',
    names: /deployments\/\{deployment_id\}/
  },
  {
    name: 'validate rollback',
    method: 'POST',
    path: '/v2/apps/{app_id}/rollback/validate',
    run: 'rollback',
    names: /rollback\/validate/
  },
  {
    name: 'roll back',
    method: 'POST',
    path: '/v2/apps/{app_id}/rollback',
    run: 'rollback',
    names: /POST \/v2\/apps\/\{app_id\}\/rollback\b/
  },
  {
    name: 'commit rollback',
    method: 'POST',
    path: '/v2/apps/{app_id}/rollback/commit',
    run: 'rollback',
    names: /rollback\/commit/
  }
]

const OCEAN_TRANSIENT: Array<{ name: string; rule: Omit<DigitalOceanFault, 'method' | 'path'> }> = [
  { name: '500 once', rule: { kind: 'status500' } },
  { name: '503 once', rule: { kind: 'status503' } },
  { name: '429 once', rule: { kind: 'rateLimit429', retryAfter: 1 } },
  { name: 'dropped once', rule: { kind: 'drop' } },
  { name: 'slow (400 ms)', rule: { kind: 'slow', ms: 400 } },
  { name: 'applied, answer lost', rule: { kind: 'applyThenDrop' } }
]

/** A deployment whose own endpoint is down for good is followed through the app's list of deployments. */
const POLL_DEPLOYMENT = 'poll deployment'

/**
 * An app whose last good deployment (digest `old`) was made ten minutes ago, the state saying so,
 * then a redeploy of a new digest that is healthy (or not, and rolls back) with `faults` armed.
 */
async function oceanRun(
  kind: OceanCall['run'],
  faults: Array<Omit<DigitalOceanFault, 'method' | 'path'> & { call: OceanCall }>,
  options: { recent?: boolean; inputs?: Record<string, string>; phaseMs?: number } = {}
) {
  let offset = options.recent ? -5_000 : -10 * 60_000
  const s = await DigitalOceanScenario.start({ phaseMs: options.phaseMs ?? 10, now: () => Date.now() + offset })
  try {
    registerSecret(s.server.token)
    const seeded = s.server.app(s.blue.id).activeDeployment!
    offset = 0
    const v1 = s.commit(1)
    let old = seeded
    if (options.recent) {
      // The last deploy, a few seconds ago, superseded the seeded deployment.
      const first = await s.run({ 'image-digest': digest('web:1'), operation: 'redeploy' })
      if (first.outputs.status !== 'success') throw new Error(`the first deploy failed: ${first.stdout}`)
      old = s.server.app(s.blue.id).activeDeployment!
    } else {
      const at = new Date(Date.now() - 10 * 60_000).toISOString()
      const claimed = beginAttempt(
        null,
        'production',
        { deployment_id: randomUUID(), operation: 'redeploy', version: v1, started_at: at },
        at
      )
      const state = recordSuccess(
        claimed,
        {
          version: v1,
          config_commits: {},
          image_digest: seeded.digest,
          deployed_at: at,
          deployment_id: claimed.last_attempt!.deployment_id,
          operation: 'redeploy',
          platform: { app_id: s.blue.id, deployment_id: seeded.id }
        },
        3,
        at
      )
      mkdirSync(join(s.repo.dir, '.deploy-state'), { recursive: true })
      writeFileSync(join(s.repo.dir, '.deploy-state/production.json'), serializeState(state))
    }
    const made = s.server.app(s.blue.id).deployments.length
    if (kind === 'rollback') s.server.nextDeployment(s.blue.id, { healthy: false })
    const v2 = s.commit(2)
    const active = faults.map(({ call, ...rule }) => s.server.inject({ ...rule, method: call.method, path: call.path }))
    const run = await s.run({ 'image-digest': digest('web:2'), ...options.inputs })
    const app = s.server.app(s.blue.id)
    const state = s.state()
    const problems = [
      ...endProblems(run),
      ...runLeaks(run, { state: JSON.stringify(state), payloads: s.server.requests.map((r) => r.body).join('\n') })
    ]
    problems.push(...s.server.violations.map((v) => `server violation: ${v}`))
    faults.forEach(({ call }, i) => {
      if (active[i]!.hits === 0) problems.push(`${call.name} never met the fault`)
    })
    // Never two deployments for one intent: a lost answer must not be sent again blindly.
    const meant = made + 1 + (kind === 'rollback' ? 1 : 0)
    if (app.deployments.length > meant)
      problems.push(
        `${app.deployments.length - meant} deployment(s) more than the run meant to make: ${app.deployments.map((d) => d.cause).join(', ')}`
      )
    const status = run.outputs.status ?? 'none'
    const runsDigest = app.activeDeployment?.digest
    let outcome: string = status
    if (status === 'success') {
      if (state.current.version !== v2 || runsDigest !== digest('web:2'))
        problems.push(`success, but the state says ${state.current.version} and another digest runs`)
      if (state.current.platform?.deployment_id !== app.activeDeploymentId)
        problems.push('the state names another deployment than the active one')
    } else if (status === 'failed' && app.activeDeploymentId === old.id) {
      outcome = 'clean failure'
      if (state.current.version !== v1) problems.push('failed before any change, but the state moved')
    } else if (status === 'rolled_back' && runsDigest === old.digest && !app.pinnedDeploymentId) {
      outcome = 'verified rollback'
      if (state.current.version !== v1) problems.push(`rolled back, but the state says ${state.current.version}`)
    } else if (status === 'rollback_failed') {
      // Acceptable only where the fault takes the rollback's own calls; judged by the caller.
      outcome = 'rollback failed'
      if (!/a person must act/.test(run.stdout)) problems.push('rollback_failed without saying a person must act')
      if (state.current.version !== v1) problems.push('the state lost the last good version')
    } else {
      outcome = `${status}, inconsistent`
      problems.push(
        `ended ${status} with ${runsDigest === old.digest ? 'the old' : runsDigest === digest('web:2') ? 'the new' : 'another'} digest active${app.pinnedDeploymentId ? ' (pinned)' : ''}, the state current at the ${state.current.version === v1 ? 'old' : 'new'} version`
      )
    }
    return { run, outcome, problems: problems as string[] }
  } finally {
    await s.close()
  }
}

describe.concurrent('fault matrix: DigitalOcean App Platform', () => {
  it('a transient fault on every call of a deploy, and of a rollback (500, 503, 429, dropped, slow, applied but the answer lost): retried, never made twice', async () => {
    const cases = OCEAN_TRANSIENT.flatMap((fault) =>
      (['deploy', 'rollback'] as const).map((kind) => async () => {
        const calls = OCEAN_CALLS.filter((c) => kind === 'rollback' || c.run === 'deploy')
        const result = await oceanRun(
          kind,
          calls.map((call) => ({ ...fault.rule, call }))
        )
        // A create whose answer is lost is found by reading the app: the deployment may be over by then.
        if (fault.rule.kind === 'applyThenDrop')
          result.problems = result.problems.filter((p) => p !== 'poll deployment never met the fault')
        const expected = kind === 'deploy' ? 'success' : 'verified rollback'
        if (result.outcome !== expected)
          result.problems.push(`expected ${expected}, got ${result.outcome}: ${errorLine(result.run)}`)
        note(`every call (${kind})`, fault.name, result, result.run)
        return result.problems.map((p) => `${fault.name}, ${kind}: ${p}`)
      })
    )
    expect((await pool(6, cases)).flat()).toEqual([])
  })

  it('one call down for good (500 on every attempt): a clean stop or a verified rollback; when the rollback itself cannot run, rollback_failed and a person is called', async () => {
    const cases = OCEAN_CALLS.map((call) => async () => {
      const result = await oceanRun(call.run, [{ kind: 'status500', times: Infinity, call }])
      note(call.name, '500 always', result, result.run)
      const error = errorLine(result.run)
      const problems = [...result.problems]
      if (call.name === POLL_DEPLOYMENT) {
        // The deployment goes on while its endpoint is down: the app's list of deployments shows it.
        const expected = call.run === 'deploy' ? 'success' : 'verified rollback'
        if (result.outcome !== expected) problems.push(`expected ${expected}, got ${result.outcome}`)
        if (
          !/::warning::.*cannot read deployment \S+ \(DigitalOcean GET .*deployments\/\{deployment_id\}.*HTTP 500.*\); still following it through the app's list of deployments/.test(
            result.run.stdout
          )
        )
          problems.push('no warning names the failing poll, its cause and the way round it')
        const warned = result.run.stdout.split('\n').filter((l) => l.includes('cannot read deployment')).length
        if (warned !== 1) problems.push(`${warned} warnings about the failing poll, not one`)
        return problems.map((p) => `${call.name}: ${p}`)
      }
      const allowed =
        call.run === 'deploy' ? ['clean failure', 'verified rollback'] : ['verified rollback', 'rollback failed']
      if (!allowed.includes(result.outcome)) problems.push(`got ${result.outcome}`)
      if (!/DigitalOcean/.test(error) || !call.names.test(error) || !CAUSE.test(error))
        problems.push(`the error does not name the call and the cause: ${error}`)
      return problems.map((p) => `${call.name}: ${p}`)
    })
    expect((await pool(6, cases)).flat()).toEqual([])
  })

  it('an attempt that gets no answer within 30 s is abandoned and tried again (the poll of the deployment)', async () => {
    const call = OCEAN_CALLS.find((c) => c.name === 'poll deployment')!
    const result = await oceanRun('deploy', [{ kind: 'slow', ms: 31_000, call }])
    note(call.name, 'no answer (31 s)', result, result.run)
    expect(result.problems).toEqual([])
    expect(result.outcome).toBe('success')
    expect(result.run.stdout).toMatch(
      /::warning::DigitalOcean GET \/v2\/apps\/\{app_id\}\/deployments\/\{deployment_id\} for app \S+: no answer within 30 s; retrying/
    )
  }, 90_000)

  it('a deployment whose own endpoint stays down through several polls is followed to ACTIVE with one warning, not one a poll', async () => {
    const poll = OCEAN_CALLS.find((c) => c.name === POLL_DEPLOYMENT)!
    // Four phases of 2 s: each failed poll spends its retries (3.5 s), so the list is read several times.
    const result = await oceanRun('deploy', [{ kind: 'status500', times: Infinity, call: poll }], { phaseMs: 2000 })
    note('poll deployment (8 s deployment)', '500 always', result, result.run)
    expect(result.problems).toEqual([])
    expect(result.outcome).toBe('success')
    const lists = result.run.stdout.split('\n').filter((l) => l.includes('cannot read deployment'))
    expect(lists).toHaveLength(1)
    expect(result.run.stdout).not.toMatch(/can be read again/)
  })

  it('App Platform unreadable (the deployment and the list of deployments down for good): followed until deploy-timeout-seconds, then a rollback that cannot be followed either, and a person is called', async () => {
    const poll = OCEAN_CALLS.find((c) => c.name === POLL_DEPLOYMENT)!
    const list: OceanCall = { ...poll, name: 'list deployments', path: '/v2/apps/{app_id}/deployments' }
    const result = await oceanRun(
      'deploy',
      [poll, list].map((call) => ({ kind: 'status500' as const, times: Infinity, call })),
      { inputs: { 'deploy-timeout-seconds': '10', 'max-rollback-seconds': '10' } }
    )
    note('poll + list deployments', '500 always', result, result.run)
    // The deploy's outcome cannot be seen, so it is rolled back; that cannot be followed either, so it
    // is reverted: two deployments more than a deploy that could see, and none beyond those.
    expect(result.problems).toEqual([
      expect.stringMatching(
        /^2 deployment\(s\) more than the run meant to make: .*manual rollback .*revert of rollback/
      )
    ])
    expect(result.outcome).toBe('rollback failed')
    expect(result.run.stdout).toMatch(
      /cannot read deployment \S+ .*HTTP 500.*still following it until deploy-timeout-seconds/
    )
  })

  it('a failed spec update right after another deploy is sent again: the deployment that deploy superseded is not taken for it', async () => {
    const call = OCEAN_CALLS.find((c) => c.name === 'update spec (deploy)')!
    for (const kind of ['status500', 'drop'] as const) {
      const result = await oceanRun('deploy', [{ kind, call }], { recent: true })
      note(`${call.name} (a deploy < 60 s before)`, kind, result, result.run)
      expect(result.problems).toEqual([])
      expect(result.outcome).toBe('success')
    }
  })

  it('a rollback commit applied whose answer was lost is found committed: rolled back, not sent again', async () => {
    const call = OCEAN_CALLS.find((c) => c.name === 'commit rollback')!
    const result = await oceanRun('rollback', [{ kind: 'applyThenDrop', call }])
    note(call.name, 'applied, answer lost', result, result.run)
    expect(result.problems).toEqual([])
    expect(result.outcome).toBe('verified rollback')
    expect(result.run.stdout).toMatch(/rollback\/commit .*the answer was lost .*but the call had been applied/)
  })
})
