// Crash safety: the action killed with SIGKILL at random moments of 200 deploys, 100 on the file
// store and 100 on the release store. A moment is either a random failpoint (the named points
// around every state write, the deploy and the record; DEPLOY_ORCHESTRATOR_FAILPOINT) or a random
// delay after the start; some runs are left alone. All of it from one seed (printed; replay with
// RELIABILITY_SEED). After every run the state is readable and is the old version, the new
// version's claim, or the new version; a run that is not killed continues from whatever a kill left
// and ends with its version current and running. Killed runs' children are trivial commands.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { type DeploymentState, parseState } from '../src/state/schema.js'
import { type ActionRun, runAction } from './support/action.js'
import { GitHubApp, Rng, endProblems, pool, recordingCommands, running, runLeaks, seedFor } from './support/faults.js'
import { useGitHubServer } from './support/github.js'
import { Scenario } from './support/scenario.js'

const DEPLOYS_PER_STORE = Number(process.env.RELIABILITY_CRASH_DEPLOYS ?? 100)

const COMMON_FAILPOINTS = [
  'pipeline-after-claim',
  'execute-after-deploy',
  'pipeline-before-record',
  'pipeline-after-record'
]
const FILE_FAILPOINTS = ['state-file-before-fsync', 'state-file-before-rename', ...COMMON_FAILPOINTS]
const RELEASE_FAILPOINTS = ['release-store-before-upload', 'release-store-after-upload', ...COMMON_FAILPOINTS]

type Kill = { kind: 'failpoint'; name: string } | { kind: 'delay'; ms: number } | { kind: 'none' }

function chooseKill(rng: Rng, failpoints: string[], typicalMs: number): Kill {
  const roll = rng.next()
  if (roll < 0.4) return { kind: 'failpoint', name: rng.pick(failpoints) }
  if (roll < 0.8) return { kind: 'delay', ms: Math.round(30 + rng.next() * typicalMs * 1.2) }
  return { kind: 'none' }
}

const describeKill = (kill: Kill) =>
  kill.kind === 'failpoint' ? `at ${kill.name}` : kill.kind === 'delay' ? `after ${kill.ms} ms` : 'not killed'

/**
 * What a run may leave: the state before it (`before`), its claim of `version` (one more sequence,
 * the current version unchanged), or its record (two more, `version` current).
 */
function checkTransition(
  before: DeploymentState | null,
  after: DeploymentState | null,
  version: string,
  where: string
): string[] {
  const base = before?.sequence ?? 0
  if (after === null) return before === null ? [] : [`${where}: the state disappeared`]
  const problems: string[] = []
  if (after.sequence === base) {
    if (JSON.stringify(after) !== JSON.stringify(before))
      problems.push(`${where}: same sequence ${base}, different document`)
  } else if (after.sequence === base + 1) {
    if (after.last_attempt?.status !== 'in_progress' || after.last_attempt.version !== version)
      problems.push(`${where}: sequence ${after.sequence} is not this run's claim`)
    if (JSON.stringify(after.current) !== JSON.stringify(before?.current ?? null))
      problems.push(`${where}: the claim changed the current version`)
  } else if (after.sequence === base + 2) {
    if (after.current?.version !== version || after.last_attempt?.status !== 'success')
      problems.push(
        `${where}: sequence ${after.sequence} is not this run's record (${after.current?.version}, ${after.last_attempt?.status})`
      )
  } else problems.push(`${where}: the sequence went from ${base} to ${after.sequence}`)
  return problems
}

/** What a run left: the old state, its claim, or its record. */
function leftBehind(before: DeploymentState | null, after: DeploymentState | null): 'old' | 'claim' | 'new' | 'other' {
  const step = (after?.sequence ?? 0) - (before?.sequence ?? 0)
  return step === 0 ? 'old' : step === 1 ? 'claim' : step === 2 ? 'new' : 'other'
}

const tallies = { file: { old: 0, claim: 0, new: 0, other: 0 }, release: { old: 0, claim: 0, new: 0, other: 0 } }
afterAll(() =>
  console.info(
    `after a kill, the state held: file store ${JSON.stringify(tallies.file)}; release store ${JSON.stringify(tallies.release)}`
  )
)

/** A run that was not killed (or finished before its kill): it must have deployed its version. */
function checkCompleted(
  run: ActionRun,
  s: Scenario,
  after: DeploymentState | null,
  version: string,
  where: string
): string[] {
  const problems = [...endProblems(run), ...runLeaks(run)].map((p) => `${where}: ${p}`)
  if (run.outputs.status !== 'success')
    problems.push(
      `${where}: ended ${run.outputs.status}: ${run.stdout
        .split('\n')
        .filter((l) => l.startsWith('::error::'))
        .join(' ')}`
    )
  if (after?.current?.version !== version || running(s) !== version)
    problems.push(`${where}: ${running(s)} runs and the state says ${after?.current?.version}, not ${version}`)
  return problems
}

async function killedRun(run: (env: Record<string, string>, timeoutMs?: number) => Promise<ActionRun>, kill: Kill) {
  const env: Record<string, string> = kill.kind === 'failpoint' ? { DEPLOY_ORCHESTRATOR_FAILPOINT: kill.name } : {}
  const result = await run(env, kill.kind === 'delay' ? kill.ms : undefined)
  // runAction's timeout is a SIGKILL: no exit code.
  return { result, killed: result.exitCode === null }
}

const server = useGitHubServer({ perTest: false })

// The two stores side by side: each test spends most of its time waiting for its processes.
describe.concurrent('crash safety', () => {
  it(`file store: SIGKILL at random moments of ${DEPLOYS_PER_STORE} deploys: the state is always the old or the new version, readable, and the next run continues`, async () => {
    const rng = new Rng(seedFor('crash safety (file store)', 20261122))
    const s = new Scenario({ ...{ 'health-retries': '1' } })
    Object.assign(s.baseInputs, recordingCommands(s))
    const statePath = join(s.app.dir, '.deploy-state', 'production.json')
    const read = () => (existsSync(statePath) ? parseState(readFileSync(statePath, 'utf8'), statePath) : null)
    s.app.commit({ 'app.py': '0' })
    const started = Date.now()
    const first = await s.action()
    const typicalMs = Date.now() - started
    expect(first.outputs.status, first.stdout).toBe('success')
    const problems: string[] = []
    const kinds = { killed: 0, completed: 0 }
    for (let i = 1; i <= DEPLOYS_PER_STORE && problems.length === 0; i++) {
      const version = s.app.commit({ 'app.py': String(i) })
      const kill = chooseKill(rng, FILE_FAILPOINTS, typicalMs)
      const before = read()
      const where = `deploy ${i} (${describeKill(kill)})`
      const { result, killed } = await killedRun(
        (env, timeoutMs) =>
          runAction({ cwd: s.app.dir, inputs: s.defaults, env: { COMMAND_LOG: s.logFile, ...env }, timeoutMs }),
        kill
      )
      let after: DeploymentState | null = null
      try {
        after = read()
      } catch (error) {
        problems.push(`${where}: the state is unreadable: ${(error as Error).message}`)
        break
      }
      problems.push(...checkTransition(before, after, version, where))
      if (killed) tallies.file[leftBehind(before, after)]++
      if (killed) kinds.killed++
      else {
        kinds.completed++
        problems.push(...checkCompleted(result, s, after, version, where))
        const leftovers = readdirSync(join(s.app.dir, '.deploy-state')).filter((f) => f !== 'production.json')
        if (leftovers.length > 0) problems.push(`${where}: left ${leftovers.join(', ')} behind`)
      }
    }
    // Whatever the last kill left, one more run finishes the job.
    const version = s.app.commit({ 'app.py': 'final' })
    const last = await s.action()
    problems.push(...checkCompleted(last, s, read(), version, 'the final run'))
    console.info(`file store: ${kinds.killed} runs killed, ${kinds.completed} completed`)
    expect(problems).toEqual([])
    // Failpoints alone kill about 40 % of the runs; the delays add more as the machine's speed allows.
    expect(kinds.killed).toBeGreaterThanOrEqual(DEPLOYS_PER_STORE / 4)
  }, 240_000)

  it(`release store: SIGKILL at random moments of ${DEPLOYS_PER_STORE} deploys (5 repositories side by side): the state is always the old or the new version, readable, and the next run continues`, async () => {
    const seed = seedFor('crash safety (release store)', 20261123)
    const lanes = 5
    const results = await pool(
      lanes,
      Array.from({ length: lanes }, (_, lane) => async () => {
        const rng = new Rng(seed + lane)
        const g = new GitHubApp(server(), { 'github-deployments': 'false', 'health-retries': '1' })
        // A lean setup: the state and the commands (the approval, validation and config repo are
        // exercised elsewhere; each costs requests, not crash windows).
        for (const name of ['approval-environment', 'validation-run-id', 'config-repos', 'build-command'])
          delete g.s.baseInputs[name]
        const read = (): DeploymentState | null => {
          const doc = g.state()
          return doc === null ? null : parseState(JSON.stringify(doc), `lane ${lane}`)
        }
        let sha = g.commit({ 'app.py': '0' })
        const started = Date.now()
        const first = await g.run(sha)
        const typicalMs = Date.now() - started
        const problems: string[] =
          first.outputs.status === 'success'
            ? []
            : [`lane ${lane}: the first deploy failed: ${first.stdout.slice(-1500)}`]
        const kinds = { killed: 0, completed: 0 }
        const deploys = Math.ceil(DEPLOYS_PER_STORE / lanes)
        for (let i = 1; i <= deploys && problems.length === 0; i++) {
          sha = g.commit({ 'app.py': String(i) })
          const kill = chooseKill(rng, RELEASE_FAILPOINTS, typicalMs)
          const before = read()
          const where = `lane ${lane}, deploy ${i} (${describeKill(kill)})`
          const { result, killed } = await killedRun(
            (env, timeoutMs) =>
              runAction({
                cwd: g.s.app.dir,
                inputs: g.s.defaults,
                env: { COMMAND_LOG: g.s.logFile, ...g.env(sha), ...env },
                timeoutMs
              }),
            kill
          )
          let after: DeploymentState | null = null
          try {
            after = read()
          } catch (error) {
            problems.push(`${where}: the state is unreadable: ${(error as Error).message}`)
            break
          }
          problems.push(...checkTransition(before, after, sha, where))
          if (killed) tallies.release[leftBehind(before, after)]++
          if (killed) kinds.killed++
          else {
            kinds.completed++
            problems.push(...checkCompleted(result, g.s, after, sha, where))
          }
        }
        sha = g.commit({ 'app.py': 'final' })
        const last = await g.run(sha)
        problems.push(...checkCompleted(last, g.s, read(), sha, `lane ${lane}: the final run`))
        problems.push(...runLeaks(last, { state: g.stateTexts(), payloads: g.payloads() }))
        return { problems, kinds }
      })
    )
    const killed = results.reduce((n, r) => n + r.kinds.killed, 0)
    console.info(
      `release store: ${killed} runs killed, ${results.reduce((n, r) => n + r.kinds.completed, 0)} completed`
    )
    expect(results.flatMap((r) => r.problems)).toEqual([])
    expect(server().violations).toEqual([])
    expect(killed).toBeGreaterThanOrEqual(DEPLOYS_PER_STORE / 4)
  }, 240_000)
})
