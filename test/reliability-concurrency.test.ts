// Concurrency: two runs deploying the same environment at once. Never a lost update (the state
// ends at the last run that succeeded, every success counted, nothing left in progress, and it
// matches what runs), never two deployments for one plan (at most one deploy command at a time;
// runs that planned from the same state never both deploy); the loser stops before any change.
//
// - File store, 100 rounds of the whole pipeline in this process (src/pipeline.ts with the real
//   services: git, bash commands, the file store and its lock), the second run starting at the
//   same moment or at a random point of the first one's run (seeded).
// - File store, 10 rounds of two action processes started together (the lock across processes).
// - Release store, 100 rounds of two store instances (each its own Octokit client, as two runs
//   have) racing read → write of the same sequence: the compare-and-swap itself, in this process.
// - Release store, 10 rounds of the whole pipeline in this process against the GitHub test server.
import { randomBytes, randomUUID } from 'node:crypto'
import { existsSync, readFileSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { retry } from '@octokit/plugin-retry'
import { Octokit } from '@octokit/rest'
import type { GitHubClient } from '../src/github/client.js'
import { ReleaseAssetStateStore, ReleaseStateConflictError } from '../src/github/release-store.js'
import { GateError } from '../src/gate/approval.js'
import { type RunResult, runPipeline } from '../src/pipeline.js'
import { BaseLog } from '../src/report/log.js'
import { createServices } from '../src/services.js'
import { parseSettings } from '../src/settings/settings.js'
import { type DeploymentState, StateConflictError } from '../src/state/schema.js'
import { beginAttempt } from '../src/state/transitions.js'
import { runAction } from './support/action.js'
import { GitHubApp, Rng, recordingCommands, running, seedFor } from './support/faults.js'
import { useGitHubServer } from './support/github.js'
import { Scenario } from './support/scenario.js'

class QuietLog extends BaseLog {
  async group<T>(_title: string, body: () => Promise<T>): Promise<T> {
    return body()
  }
  protected write(): void {}
}

const refuse = {
  approve: async () => {
    throw new GateError('no approval in this test')
  }
}

/**
 * A deploy command that notices a second deploy command running beside it (an atomic mkdir), and
 * records the version it puts in place.
 */
function guardedDeploy(s: Scenario): string {
  const guard = `${s.logFile}.deploying`
  return [
    `if ! mkdir "${guard}" 2>/dev/null; then echo "OVERLAP $DEPLOY_VERSION" >> "${s.logFile}"; fi`,
    `echo "deploy $DEPLOY_VERSION" >> "${s.logFile}"`,
    'sleep 0.03',
    `echo "$DEPLOY_VERSION" > "${s.logFile}.running"`,
    `rmdir "${guard}" 2>/dev/null || true`
  ].join('\n')
}

/** One run of the whole pipeline in this process; a refused run returns its error. */
async function pipeline(
  s: Scenario,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {}
): Promise<RunResult | Error> {
  // Commands of runs in this process see this process's environment: paths written out, no $COMMAND_LOG.
  const all: Record<string, string> = {
    ...s.defaults,
    'deploy-command': guardedDeploy(s),
    'rollback-command': `echo "rollback $DEPLOY_VERSION" >> "${s.logFile}"\necho "$DEPLOY_VERSION" > "${s.logFile}.running"`,
    ...inputs
  }
  const settings = parseSettings({ inputs: (name) => all[name], env: { ...process.env, ...env }, cwd: s.app.dir })
  const log = new QuietLog()
  const services = await createServices(settings, log, refuse)
  try {
    return await runPipeline(settings, services)
  } catch (error) {
    return error as Error
  } finally {
    await services.platform.close?.()
  }
}

interface Round {
  results: Array<RunResult | Error>
  versions: string[]
}

/** The checks of one round; `before` is the state the round started from. */
function judgeRound(
  s: Scenario,
  round: Round,
  before: DeploymentState | null,
  after: DeploymentState | null,
  where: string
): string[] {
  const problems: string[] = []
  const log = existsSync(s.logFile) ? readFileSync(s.logFile, 'utf8') : ''
  if (log.includes('OVERLAP')) problems.push(`${where}: two deploy commands ran at the same time`)
  const won = round.results.map((r, i) => ({ r, version: round.versions[i]! })).filter((x) => !(x.r instanceof Error))
  const lost = round.results.filter((r): r is Error => r instanceof Error)
  for (const error of lost) {
    if (
      !(error instanceof GateError && /another deploy is running/.test(error.message)) &&
      !(error instanceof StateConflictError)
    ) {
      problems.push(`${where}: the losing run failed with ${error.name}: ${error.message}`)
    }
  }
  for (const { r } of won)
    if ((r as RunResult).status !== 'success')
      problems.push(`${where}: a run ended ${(r as RunResult).status}: ${(r as RunResult).message}`)
  // Never two deployments for one plan: runs that planned from the same state never both execute.
  const bases = won.map(({ r }) => (r as RunResult).plan?.state_sequence)
  if (new Set(bases).size !== bases.length)
    problems.push(`${where}: two runs deployed from the same state (sequence ${bases.join(', ')})`)
  // What each run deployed: only winners' versions ran.
  const deployed = log
    .split('\n')
    .filter((l) => l.startsWith('deploy '))
    .map((l) => l.slice('deploy '.length))
  for (const version of deployed)
    if (!won.some((w) => w.version === version))
      problems.push(`${where}: a run that lost deployed ${version.slice(0, 7)}`)
  // No lost update: every success counted, the last one current, nothing in progress, and it runs.
  const base = before?.sequence ?? 0
  if ((after?.sequence ?? 0) !== base + 2 * won.length)
    problems.push(
      `${where}: sequence ${after?.sequence}, expected ${base + 2 * won.length} after ${won.length} successful run(s)`
    )
  if (after?.last_attempt?.status === 'in_progress') problems.push(`${where}: the state is left in progress`)
  if (won.length > 0) {
    const last = won
      .map(({ r }) => r as RunResult)
      .sort((a, b) => (a.state!.sequence > b.state!.sequence ? 1 : -1))
      .at(-1)!
    if (after?.current?.deployment_id !== last.deploymentId)
      problems.push(`${where}: the state's current deployment is not the last successful run's`)
    if (running(s) !== after?.current?.version)
      problems.push(
        `${where}: ${running(s)?.slice(0, 7)} runs but the state says ${after?.current?.version.slice(0, 7)}`
      )
  }
  return problems
}

function readFileState(s: Scenario): DeploymentState | null {
  const path = join(s.app.dir, '.deploy-state', 'production.json')
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as DeploymentState) : null
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const RetryingOctokit = Octokit.plugin(retry)

describe.concurrent('concurrency', () => {
  it('file store, 100 rounds of two pipelines (same moment, or the second during the first): never a lost update, never two deployments for one plan', async () => {
    const rng = new Rng(seedFor('concurrency (file store, in process)', 4242))
    const s = new Scenario({ 'health-retries': '1' })
    Object.assign(s.baseInputs, recordingCommands(s))
    s.app.commit({ 'app.py': '0' })
    const first = await pipeline(s, {})
    expect(first).not.toBeInstanceOf(Error)
    truncateSync(s.logFile)
    const problems: string[] = []
    const tally = { both: 0, one: 0, simultaneous: 0 }
    for (let round = 1; round <= 100 && problems.length === 0; round++) {
      const a = s.app.commit({ 'app.py': `a${round}` })
      const b = s.app.commit({ 'app.py': `b${round}` })
      const before = readFileState(s)
      const simultaneous = rng.next() < 0.5
      const offset = simultaneous ? 0 : Math.round(rng.next() * 150)
      if (simultaneous) tally.simultaneous++
      const results = await Promise.all([
        pipeline(s, { version: a }),
        sleep(offset).then(() => pipeline(s, { version: b }))
      ])
      const after = readFileState(s)
      problems.push(
        ...judgeRound(s, { results, versions: [a, b] }, before, after, `round ${round} (second run after ${offset} ms)`)
      )
      if (results.every((r) => !(r instanceof Error))) tally.both++
      else tally.one++
      // The command log is per round.
      if (existsSync(s.logFile)) truncateSync(s.logFile)
    }
    console.info(
      `file store, in process: ${tally.simultaneous} rounds started together; ${tally.one} rounds with one winner, ${tally.both} with both runs in turn`
    )
    expect(problems).toEqual([])
    expect(tally.one).toBeGreaterThan(25)
  }, 180_000)

  it('file store, 10 rounds of two action processes started together: one deploys, the other stops before any change', async () => {
    const s = new Scenario({ 'health-retries': '1' })
    Object.assign(s.baseInputs, recordingCommands(s), { 'deploy-command': guardedDeploy(s) })
    s.app.commit({ 'app.py': '0' })
    expect((await s.action()).outputs.status).toBe('success')
    truncateSync(s.logFile)
    const problems: string[] = []
    for (let round = 1; round <= 10; round++) {
      const a = s.app.commit({ 'app.py': `a${round}` })
      const b = s.app.commit({ 'app.py': `b${round}` })
      const before = readFileState(s)
      const runs = await Promise.all(
        [a, b].map((version) =>
          runAction({ cwd: s.app.dir, inputs: { ...s.defaults, version }, env: { COMMAND_LOG: s.logFile } })
        )
      )
      const after = readFileState(s)
      const where = `process round ${round}`
      const winners = runs.filter((r) => r.outputs.status === 'success')
      if (winners.length === 2) {
        // Both in turn (the second read after the first recorded): legitimate, but then sequentially.
        const plans = runs.map((r) => JSON.parse(r.outputs.plan!).state_sequence)
        if (plans[0] === plans[1]) problems.push(`${where}: both deployed from sequence ${plans[0]}`)
      }
      for (const run of runs.filter((r) => r.outputs.status !== 'success')) {
        const error = run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
        if (!/another deploy is running|the state moved/.test(error))
          problems.push(`${where}: the losing run failed otherwise: ${error}`)
      }
      const log = existsSync(s.logFile) ? readFileSync(s.logFile, 'utf8') : ''
      if (log.includes('OVERLAP')) problems.push(`${where}: two deploy commands ran at the same time`)
      if ((after?.sequence ?? 0) !== (before?.sequence ?? 0) + 2 * winners.length)
        problems.push(`${where}: sequence ${after?.sequence} after ${winners.length} success(es)`)
      if (running(s) !== after?.current?.version) problems.push(`${where}: what runs is not what the state says`)
      if (existsSync(s.logFile)) truncateSync(s.logFile)
    }
    expect(problems).toEqual([])
  }, 120_000)
})

describe.concurrent('concurrency: the release store', () => {
  const server = useGitHubServer({ perTest: false })

  it('100 rounds of two store instances racing for the same sequence: exactly one write lands, the other stores nothing', async () => {
    const rng = new Rng(seedFor('concurrency (release store, stores)', 777))
    const repo = server().addRepo('acme/race', {})
    const log = new QuietLog()
    const problems: string[] = []
    const store = () => {
      // A client per run, as two runs have (their own token). Octokit with its retries but without
      // the throttling plugin: its write queue is shared by every client of a process (one write a
      // second), which two runners do not share; the compare-and-swap does not depend on it.
      const token = `ghs_${randomBytes(12).toString('hex')}`
      repo.grant(token, 'write')
      const quiet = () => undefined
      const octokit = new RetryingOctokit({
        auth: token,
        baseUrl: server().url,
        userAgent: 'deploy-orchestrator-test',
        log: { debug: quiet, info: quiet, warn: quiet, error: quiet }
      })
      const client = {
        octokit,
        owner: 'acme',
        repo: 'race',
        repository: 'acme/race',
        apiUrl: server().url,
        requests: 0
      } as unknown as GitHubClient
      return new ReleaseAssetStateStore(client, 'production', 'deploy-orchestrator-state', log)
    }
    let current: DeploymentState | null = null
    for (let round = 1; round <= 100 && problems.length === 0; round++) {
      const [x, y] = [store(), store()]
      const [sx, sy] = await Promise.all([x.read(), y.read()])
      if ((sx?.sequence ?? 0) !== (current?.sequence ?? 0) || (sy?.sequence ?? 0) !== (current?.sequence ?? 0))
        problems.push(`round ${round}: a store read another sequence than the last write`)
      const now = new Date().toISOString()
      const docs = [sx, sy].map((base) =>
        beginAttempt(
          base,
          'production',
          {
            deployment_id: randomUUID(),
            operation: 'redeploy',
            version: randomBytes(20).toString('hex'),
            started_at: now
          },
          now
        )
      )
      const offset = rng.next() < 0.5 ? 0 : Math.round(rng.next() * 20)
      const outcomes = await Promise.allSettled([x.write(docs[0]!), sleep(offset).then(() => y.write(docs[1]!))])
      const landed = outcomes.map((o, i) => (o.status === 'fulfilled' ? i : -1)).filter((i) => i >= 0)
      for (const o of outcomes)
        if (o.status === 'rejected' && !(o.reason instanceof ReleaseStateConflictError))
          problems.push(`round ${round}: the loser failed with ${(o.reason as Error).message}`)
      if (landed.length !== 1) problems.push(`round ${round}: ${landed.length} writes landed`)
      const stored = await store().read()
      const winner = docs[landed[0] ?? 0]!
      if (
        landed.length === 1 &&
        (stored?.sequence !== winner.sequence ||
          stored?.last_attempt?.deployment_id !== winner.last_attempt?.deployment_id)
      )
        problems.push(`round ${round}: the stored state is not the winner's document`)
      current = stored
    }
    expect(problems).toEqual([])
    expect(current?.sequence).toBe(100)
  }, 180_000)

  it('10 rounds of two action processes on the release store (the second started with a random delay): never a lost update, never two deployments for one plan', async () => {
    const rng = new Rng(seedFor('concurrency (release store, processes)', 9090))
    const g = new GitHubApp(server(), { 'github-deployments': 'false', 'health-retries': '1' })
    for (const name of ['approval-environment', 'validation-run-id', 'config-repos', 'build-command'])
      delete g.s.baseInputs[name]
    Object.assign(g.s.baseInputs, { 'deploy-command': guardedDeploy(g.s) })
    const sha = g.commit({ 'app.py': '0' })
    expect((await g.run(sha)).outputs.status).toBe('success')
    truncateSync(g.s.logFile)
    const problems: string[] = []
    for (let round = 1; round <= 10; round++) {
      const a = g.commit({ 'app.py': `a${round}` })
      const b = g.commit({ 'app.py': `b${round}` })
      const before = g.state()
      const offset = rng.next() < 0.5 ? 0 : Math.round(rng.next() * 1500)
      const runs = await Promise.all([g.run(a, { version: a }), sleep(offset).then(() => g.run(b, { version: b }))])
      const after = g.state()
      const where = `release round ${round} (second after ${offset} ms)`
      const winners = runs.filter((r) => r.outputs.status === 'success')
      const bases = winners.map((r) => JSON.parse(r.outputs.plan!).state_sequence)
      if (new Set(bases).size !== bases.length) problems.push(`${where}: both deployed from sequence ${bases[0]}`)
      for (const run of runs.filter((r) => r.outputs.status !== 'success')) {
        const error = run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
        if (!/another deploy is running|the state moved/.test(error))
          problems.push(`${where}: the losing run failed otherwise: ${error}`)
      }
      const log = existsSync(g.s.logFile) ? readFileSync(g.s.logFile, 'utf8') : ''
      if (log.includes('OVERLAP')) problems.push(`${where}: two deploy commands ran at the same time`)
      const deployed = log.split('\n').filter((l) => l.startsWith('deploy ')).length
      if (deployed !== winners.length)
        problems.push(`${where}: ${deployed} deploy commands ran for ${winners.length} successful run(s)`)
      if ((after?.sequence ?? 0) !== (before?.sequence ?? 0) + 2 * winners.length)
        problems.push(`${where}: sequence ${after?.sequence} after ${winners.length} success(es)`)
      if (after?.last_attempt?.status === 'in_progress') problems.push(`${where}: the state is left in progress`)
      if (running(g.s) !== after?.current?.version) problems.push(`${where}: what runs is not what the state says`)
      truncateSync(g.s.logFile)
    }
    expect(problems).toEqual([])
    expect(server().violations).toEqual([])
  }, 180_000)
})
