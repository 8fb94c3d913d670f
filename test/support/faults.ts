// Shared by the reliability suite (test/reliability-*.test.ts): seeded randomness, a bounded task
// pool, the secrets every run is searched for, what a clean run looks like, and a production-like
// GitHub setup (release state, Deployments, approval environment, validation run, API config repo).
import { randomBytes, randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { type DeploymentState, serializeState } from '../../src/state/schema.js'
import { beginAttempt, recordSuccess } from '../../src/state/transitions.js'
import type { GitHubServer, RepoModel } from '../servers/github/index.js'
import type { ActionRun } from './action.js'
import { actionsEnv, mirror } from './github.js'
import { Scenario } from './scenario.js'

/** A deterministic generator (mulberry32): the same seed, the same moments, the same failures. */
export class Rng {
  private state: number
  constructor(readonly seed: number) {
    this.state = seed >>> 0
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(below: number): number {
    return Math.floor(this.next() * below)
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!
  }
}

/** The seed of a reliability test: `RELIABILITY_SEED` when set (to replay a failure), else fixed. */
export function seedFor(name: string, fallback: number): number {
  const given = process.env.RELIABILITY_SEED
  const seed = given && /^\d+$/.test(given) ? Number(given) : fallback
  console.info(`${name}: seed ${seed} (replay with RELIABILITY_SEED=${seed})`)
  return seed
}

/** Runs the tasks with at most `limit` at once; results in task order. */
export async function pool<T>(limit: number, tasks: Array<() => Promise<T>>): Promise<T[]> {
  const results: T[] = new Array(tasks.length)
  let next = 0
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++
      results[index] = await tasks[index]!()
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker))
  return results
}

// ---- secrets --------------------------------------------------------------------------------

const SECRETS = new Set<string>()

/** A token this suite uses: registered, so every scan looks for it. */
export function secretToken(prefix: string): string {
  const token = `${prefix}${randomBytes(16).toString('hex')}`
  SECRETS.add(token)
  return token
}

/** Registers a secret made elsewhere (a password inside a connection string, a webhook path). */
export function registerSecret(value: string): string {
  SECRETS.add(value)
  return value
}

export function registeredSecrets(): string[] {
  return [...SECRETS]
}

/**
 * Where a registered secret shows up in `text`. The runner's `::add-mask::` command is the one
 * place a token may appear (it is how the runner learns to mask it); nothing else may carry one.
 */
export function leaks(where: string, text: string | undefined): string[] {
  if (!text) return []
  const visible = text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  return [...SECRETS]
    .filter((secret) => visible.includes(secret))
    .map((secret) => `${where} holds ${secret.slice(0, 6)}…`)
}

/** Every place a run left text: stdout, stderr, outputs, summary, result.json, and the state. */
export function runLeaks(run: ActionRun, extra: Record<string, string | undefined> = {}): string[] {
  return [
    ...leaks('stdout', run.stdout),
    ...leaks('stderr', run.stderr),
    ...leaks('outputs', JSON.stringify(run.outputs)),
    ...leaks('summary', run.summary),
    ...leaks('result.json', run.result ? JSON.stringify(run.result) : undefined),
    ...Object.entries(extra).flatMap(([where, text]) => leaks(where, text))
  ]
}

// ---- what a clean end looks like ------------------------------------------------------------

/**
 * Problems with how a run ended, whatever its status: a crash instead of an exit code, an
 * unhandled rejection, a stack trace, no `status` output.
 */
export function endProblems(run: ActionRun): string[] {
  const problems: string[] = []
  if (run.exitCode !== 0 && run.exitCode !== 1) problems.push(`exit code ${run.exitCode}`)
  const text = `${run.stdout}\n${run.stderr}`
  for (const sign of [
    'UnhandledPromiseRejection',
    'Unhandled promise rejection',
    'triggerUncaughtException',
    'unhandledRejection',
    'uncaughtException'
  ]) {
    if (text.includes(sign)) problems.push(`"${sign}" in the output`)
  }
  if (/^\s+at .+\(?(?:file|node):.*:\d+:\d+\)?$/m.test(text)) problems.push('a stack trace in the output')
  if (!run.outputs.status) problems.push('no status output')
  return problems
}

/** The `::error::` line (the message a person reads first). */
export function errorLine(run: ActionRun): string {
  return (
    run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::error::'))
      .join('\n') || ''
  )
}

/** What a command-platform "service" runs: the deploy and rollback commands write it. */
export function runningFile(s: Scenario): string {
  return `${s.logFile}.running`
}

export function running(s: Scenario): string | undefined {
  const file = runningFile(s)
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined
}

/** Deploy and rollback commands that record the version they put in place. */
export function recordingCommands(s: Scenario): Record<string, string> {
  return {
    'deploy-command': `${s.command('deploy')}\necho "$DEPLOY_VERSION" > "${runningFile(s)}"`,
    'rollback-command': `${s.command('rollback')}\necho "$DEPLOY_VERSION" > "${runningFile(s)}"`
  }
}

// ---- GitHub, production-like ----------------------------------------------------------------

let apps = 0

/**
 * An application deployed from GitHub Actions: state in a draft release, Deployments, an approval
 * environment with a reviewer who approved this run, a validation run that passed, and an
 * `owner/repo` config repository read through the API. Commands on the command platform.
 */
export class GitHubApp {
  readonly name: string
  readonly token = secretToken('ghs_')
  readonly repo: RepoModel
  readonly config: RepoModel
  readonly s: Scenario
  readonly runId: number
  readonly validationRunId: number

  constructor(
    readonly server: GitHubServer,
    inputs: Record<string, string> = {}
  ) {
    const n = ++apps
    this.name = `acme/reliable${n}`
    this.repo = server.addRepo(this.name, { tokens: { [this.token]: 'write' } })
    this.config = server.addRepo(`acme/reliable-config${n}`, { tokens: { [this.token]: 'read' } })
    this.config.commits(2, { message: 'config' })
    this.repo.setEnvironment('production-approval', { reviewers: ['alice'] })
    this.runId = 80_000 + n * 10
    this.validationRunId = this.runId + 1
    this.s = new Scenario({
      'state-store': 'release',
      'github-token': this.token,
      'approval-environment': 'production-approval',
      'validation-run-id': String(this.validationRunId),
      'config-repos': `master=acme/reliable-config${n}@main`,
      'build-command': 'echo build >> "$COMMAND_LOG"',
      'status-command': 'true',
      ...inputs
    })
    Object.assign(this.s.baseInputs, recordingCommands(this.s))
  }

  /** Commits a version locally and on the server, with its run, approval and passed validation. */
  commit(files: Record<string, string>): string {
    const sha = this.s.app.commit(files)
    mirror(this.repo, sha)
    if (!this.repo.runs.some((r) => r.id === this.runId)) {
      this.repo.addRun({ id: this.runId, workflow: 'deploy.yml', headSha: sha, status: 'in_progress' })
      this.repo.addApproval(this.runId, { environments: ['production-approval'], user: 'alice' })
    }
    this.repo.runs.find((r) => r.id === this.runId)!.headSha = sha
    const validation = this.repo.runs.find((r) => r.id === this.validationRunId)
    if (validation) validation.headSha = sha
    else
      this.repo.addRun({
        id: this.validationRunId,
        workflow: 'validate.yml',
        headSha: sha,
        status: 'completed',
        conclusion: 'success'
      })
    return sha
  }

  env(sha: string): Record<string, string> {
    return actionsEnv(this.server, { repository: this.name, runId: this.runId, sha })
  }

  run(
    sha: string,
    inputs: Record<string, string> = {},
    env: Record<string, string> = {},
    options: { timeoutMs?: number } = {}
  ): Promise<ActionRun> {
    return this.s.action(inputs, { ...this.env(sha), ...env }, options)
  }

  /** The newest fully uploaded state asset, parsed (what the next run reads), or null. */
  state(environment = 'production'): any {
    const assets = this.repo.releases
      .flatMap((r) => r.assets)
      .filter((a) => a.state === 'uploaded' && a.name.startsWith(`${environment}.state.`))
      .sort((a, b) => b.name.localeCompare(a.name))
    const newest = assets[0]
    return newest?.data ? JSON.parse(newest.data.toString('utf8')) : null
  }

  /** Every state asset's text, for the secrets scan. */
  stateTexts(): string {
    return this.repo.releases
      .flatMap((r) => r.assets)
      .map((a) => a.data?.toString('utf8') ?? '')
      .join('\n')
  }

  /** Bodies and query strings the server received (payloads), for the secrets scan. */
  payloads(): string {
    return this.server.requests
      .map((r) => `${r.path}?${JSON.stringify(r.query)} ${JSON.stringify(r.body ?? '')}`)
      .join('\n')
  }
}

// ---- arming a fault at the right moment -----------------------------------------------------

/**
 * A control endpoint a command calls to arm a fault mid-run (after the deploy, before the record):
 * `command(name)` is bash that asks for `/name` (bash's own /dev/tcp, no curl) and waits for the
 * answer, which comes once `on(name)`'s callback ran.
 */
export class Trigger {
  private readonly callbacks = new Map<string, () => void | Promise<void>>()
  readonly hits: string[] = []
  private constructor(
    private readonly server: Server,
    readonly port: number
  ) {}

  static async start(): Promise<Trigger> {
    const self: { trigger?: Trigger } = {}
    const server = createServer((request, response) => {
      const name = (request.url ?? '/').slice(1)
      self.trigger!.hits.push(name)
      void Promise.resolve(self.trigger!.callbacks.get(name)?.()).finally(() => response.end('armed\n'))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    self.trigger = new Trigger(server, (server.address() as AddressInfo).port)
    return self.trigger
  }

  on(name: string, callback: () => void | Promise<void>): void {
    this.callbacks.set(name, callback)
  }

  command(name: string): string {
    return `exec 3<>/dev/tcp/127.0.0.1/${this.port}; printf 'GET /${name} HTTP/1.0\\r\\n\\r\\n' >&3; cat <&3 >/dev/null; exec 3<&-`
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }
}

// ---- a deployed command-platform service, without a first run ----------------------------------

/**
 * Writes the file state of a service on which `version` was deployed ten minutes ago and is
 * current, and makes the "platform" (the running file) run it: what a first deploy leaves.
 */
export function seedFileState(s: Scenario, version: string, environment = 'production'): DeploymentState {
  const at = new Date(Date.now() - 10 * 60_000).toISOString()
  const claimed = beginAttempt(
    null,
    environment,
    { deployment_id: randomUUID(), operation: 'redeploy', version, started_at: at },
    at
  )
  const state = recordSuccess(
    claimed,
    {
      version,
      config_commits: {},
      deployed_at: at,
      deployment_id: claimed.last_attempt!.deployment_id,
      operation: 'redeploy'
    },
    3,
    at
  )
  mkdirSync(join(s.app.dir, '.deploy-state'), { recursive: true })
  writeFileSync(join(s.app.dir, '.deploy-state', `${environment}.json`), serializeState(state))
  writeFileSync(runningFile(s), `${version}\n`)
  return state
}
