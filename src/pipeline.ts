import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import { processAlive } from './util/process.js'
import { analyze } from './analyze/analyze.js'
import type { RepositoryChanges } from './analyze/code-changes.js'
import type { ConfigRepoSource } from './analyze/config-repos.js'
import { type ExecutionOutcome, executePlan } from './execute/execute.js'
import type { Migrator } from './execute/migrator.js'
import { type Approval, type ApprovalGate, GateError } from './gate/approval.js'
import type { RequiredCheckRecord, RequiredChecksGate } from './gate/required-checks.js'
import { type Plan, compactPlan, planDeployment, stepsFor } from './plan/plan.js'
import { parsePlanInput } from './plan/plan-input.js'
import type { Platform, ServiceStatus } from './platforms/platform.js'
import type { Log } from './report/log.js'
import { SettingsError } from './settings/errors.js'
import type { Settings } from './settings/settings.js'
import type { DeploymentState } from './state/schema.js'
import { StateConflictError } from './state/schema.js'
import type { StateStore } from './state/store.js'
import {
  beginAttempt,
  recordFailure,
  recordRollback,
  recordSuccess,
  rollbackTarget,
  short
} from './state/transitions.js'
import { targetName } from './state/target.js'
import { type HealthCheckRecord, type Probe, type ProbeFactory, httpProbe, runHealthChecks } from './verify/health.js'
import { failpoint } from './util/failpoint.js'

export type RunStatus = 'planned' | 'skipped' | 'success' | 'failed' | 'rolled_back' | 'rollback_failed'

/** Checks a deploy needs besides approval (a passed validation run of the same commit). */
export interface ValidationGate {
  check(plan: Plan): Promise<{ runId: string; url?: string } | null>
}

/**
 * Watches a run without deciding anything: GitHub Deployments, notifications, the hardening loop.
 * `started` runs just before the first change, `finished` after everything (the rollback included).
 * An observer that fails is a warning, never a failed deploy.
 */
export interface RunObserver {
  readonly name: string
  started?(run: RunResult): Promise<void>
  finished?(run: RunResult): Promise<void>
}

export interface Services {
  log: Log
  store: StateStore
  platform: Platform
  configSources: ConfigRepoSource[]
  approvalGate: ApprovalGate
  validationGate?: ValidationGate
  requiredChecksGate?: RequiredChecksGate
  migrator?: Migrator
  extraProbes?: Probe[]
  /** Checks of the new version once it takes traffic (metric queries), never of a rollback. */
  afterTrafficProbes?: ProbeFactory
  observers?: RunObserver[]
  /** Shared by the services planned in one run: one `git diff` per deployed commit. */
  changes?: RepositoryChanges
}

export interface RunResult {
  mode: Settings['mode']
  environment: string
  /** The service of a repository with `services:` (`service` below is whether it is up). */
  serviceName?: string
  status: RunStatus
  deploymentId: string
  startedAt: string
  durationSeconds: number
  plan?: Plan
  approval?: Approval
  validation?: { runId: string; url?: string }
  /** The required checks found passed on the commit (`required-checks`). */
  requiredChecks?: RequiredCheckRecord[]
  previousVersion?: string
  newVersion?: string
  outcome?: ExecutionOutcome
  service?: ServiceStatus | null
  /** Status mode: the checks of what runs now. */
  health?: HealthCheckRecord[]
  state?: DeploymentState | null
  /** Why the run stopped before executing, or failed. */
  message?: string
  hardening: { dpo_pairs_generated: number; agentbench_submission_id?: string }
  /** The deploy ran but its record could not be stored: the state lags behind what runs. */
  recordFailed?: boolean
  /** Links and facts observers add for the summary (the Deployment URL, the notification). */
  notes: string[]
  url?: string
}

/**
 * The whole run: state, analysis, plan, gates, execution, record. Reporting is the caller's (the
 * action and the CLI report differently). Throws only for what stops a run before any change:
 * bad settings, a refused gate, an unreadable state, a state that moved.
 */
export async function runPipeline(settings: Settings, services: Services): Promise<RunResult> {
  const { log, store, platform } = services
  const started = performance.now()
  const target = targetName(settings.environment, settings.service?.name)
  // With several services in one log, every group says whose it is.
  const of = settings.service ? `: ${settings.service.name}` : ''
  const result: RunResult = {
    mode: settings.mode,
    environment: settings.environment,
    ...(settings.service ? { serviceName: settings.service.name } : {}),
    status: 'planned',
    deploymentId: randomUUID(),
    startedAt: new Date().toISOString(),
    durationSeconds: 0,
    hardening: { dpo_pairs_generated: 0 },
    notes: []
  }
  const finish = (): RunResult => {
    result.durationSeconds = Math.round((performance.now() - started) / 100) / 10
    return result
  }

  const state = await log.group(`State (${store.location})`, async () => {
    const loaded = await store.read()
    if (!loaded) log.info(`No state for ${target} yet: this is its first deploy`)
    else {
      log.info(
        `Sequence ${loaded.sequence}; current ${loaded.current ? `${short(loaded.current.version)} (${loaded.current.operation} at ${loaded.current.deployed_at})` : 'none'}; ${loaded.history.length} good, ${loaded.known_bad.length} known bad`
      )
      if (loaded.last_attempt?.status === 'in_progress')
        log.warn(
          `The last run ${loaded.last_attempt.deployment_id} (${loaded.last_attempt.operation} of ${short(loaded.last_attempt.version)}) never finished`
        )
    }
    return loaded
  })
  result.state = state
  result.previousVersion = state?.current?.version
  const claim = activeClaim(state, Date.now())
  if (claim && (settings.mode === 'deploy' || settings.mode === 'rollback'))
    throw new GateError(`another deploy is running: ${claim}`)
  if (claim) log.warn(`Another deploy is running: ${claim}`)

  if (settings.mode === 'status') {
    await log.group(`Status${of}`, async () => {
      result.service = await platform.status(AbortSignal.timeout(60_000))
      log.info(
        result.service === null
          ? 'Service status: unknown (no status check configured)'
          : `Service: ${result.service.up ? 'up' : 'down'} (${result.service.detail})`
      )
      const urls =
        settings.health.urls.length > 0
          ? settings.health.urls.map((u) => u.replaceAll('{color}', state?.current?.color ?? 'blue'))
          : await platform.healthUrls({ color: state?.current?.color, stage: 'live' })
      const probes = [...urls.map((url) => httpProbe(url, settings.health)), ...(services.extraProbes ?? [])]
      const health =
        probes.length > 0
          ? await runHealthChecks(probes, { ...settings.health, retries: 1 }, { phase: 'status' })
          : { passed: true, records: [] }
      result.health = health.records
      for (const record of health.records)
        log.info(
          `${record.passed ? '✓' : '✗'} ${record.endpoint}: ${record.status_code || '-'} in ${record.response_time_ms} ms${record.detail ? ` (${record.detail})` : ''}`
        )
      const down = result.service?.up === false || !health.passed
      result.status = down ? 'failed' : 'success'
      result.message = down
        ? `${target} is not healthy: ${result.service?.up === false ? result.service.detail : health.failure}`
        : undefined
    })
    return finish()
  }

  const plan = await log.group(`Plan${of}`, async () => {
    const made = await makePlan(settings, state, services)
    log.info(
      `Decision: ${made.operation}${made.decided_by === 'override' ? ' (forced)' : ''}; ${made.requires_approval ? `needs approval (policy: ${made.approval_policy.join(', ')})` : 'no approval needed'}`
    )
    for (const reason of made.reasons) log.info(`• ${reason}`)
    log.info(`Steps: ${made.steps.join(' → ')}`)
    return made
  })
  result.plan = compactPlan(plan)
  result.newVersion = plan.version
  const problems = platform.check(plan, settings.mode)
  if (problems.length > 0) {
    if (settings.mode !== 'plan') throw new SettingsError(problems)
    // A plan run reports the plan it made, then fails with why it cannot run here: a required PR
    // check shows what merging would do, and why it would not deploy.
    result.status = 'failed'
    result.message = `the plan cannot run here: ${problems.join('; ')}`
    log.info(`Cannot run here: ${problems.join('; ')}`)
    return finish()
  }

  if (settings.mode === 'plan') {
    result.status = 'planned'
    return finish()
  }
  if (plan.operation === 'none') {
    log.info('Nothing to deploy: status only')
    result.status = 'skipped'
    return finish()
  }

  await log.group('Gate', async () => {
    result.approval = plan.requires_approval
      ? await services.approvalGate.approve(plan, () => describePlan(plan))
      : { by: 'not required', how: 'not-required' }
    log.info(
      plan.requires_approval
        ? `Approved by ${result.approval.by} (${result.approval.how})${result.approval.comment ? `: "${result.approval.comment}"` : ''}`
        : `No approval needed for ${plan.operation} (policy: ${plan.approval_policy.join(', ')})`
    )
    if (services.validationGate) {
      const validation = await services.validationGate.check(plan)
      if (validation) {
        result.validation = validation
        log.info(`Validation run ${validation.runId} passed on ${short(plan.version)}`)
      }
    }
    if (services.requiredChecksGate) result.requiredChecks = await services.requiredChecksGate.check(plan)
  })

  // Claim the environment before the first change: a second run racing this one loses here, before
  // it touches anything, and a crash from now on stays visible in the state.
  const claimed = beginAttempt(
    state,
    settings.environment,
    {
      deployment_id: result.deploymentId,
      operation: plan.operation,
      version: plan.version,
      started_at: result.startedAt,
      approved_by: result.approval?.by,
      ...(result.approval?.comment ? { approval_comment: result.approval.comment } : {}),
      ...(result.requiredChecks ? { required_checks: result.requiredChecks } : {}),
      run_url: runUrl(settings),
      host: hostname(),
      pid: process.pid
    },
    new Date().toISOString(),
    settings.service?.name
  )
  await writeState(services, claimed)
  failpoint('pipeline-after-claim')
  await notify(services, 'started', result)
  try {
    await executeAndRecord(settings, services, plan, claimed, result)
  } finally {
    // Whatever happened after the claim, the observers hear the end (a Deployment never stays in progress).
    finish()
    await notify(services, 'finished', result)
  }
  return finish()
}

async function executeAndRecord(
  settings: Settings,
  services: Services,
  plan: Plan,
  claimed: DeploymentState,
  result: RunResult
): Promise<void> {
  const { log, platform } = services
  const outcome = await log.group(
    `Execute: ${plan.operation} ${short(plan.version)} (${settings.strategy}, ${platform.name})`,
    () =>
      executePlan(plan, {
        settings,
        log,
        platform,
        state: claimed,
        deploymentId: result.deploymentId,
        approvedBy: result.approval?.by,
        migrator: services.migrator,
        extraProbes: services.extraProbes,
        afterTrafficProbes: services.afterTrafficProbes
      })
  )
  result.outcome = outcome
  result.status = outcome.status
  result.message = outcome.reason
  result.url = outcome.url
  result.notes.push(...(outcome.notes ?? []))
  if (outcome.record && result.approval?.comment) outcome.record.approval_comment = result.approval.comment
  if (outcome.record && result.requiredChecks) outcome.record.required_checks = result.requiredChecks

  failpoint('pipeline-before-record')
  await log.group('Record', async () => {
    const now = new Date().toISOString()
    let next: DeploymentState
    if (outcome.status === 'success' && plan.operation === 'rollback') {
      next = recordRollback(
        claimed,
        outcome.record!,
        claimed.current,
        `rolled back by request in ${result.deploymentId}`,
        now
      )
    } else if (outcome.status === 'success') {
      next = recordSuccess(claimed, outcome.record!, settings.state.keepVersions, now)
    } else {
      next = recordFailure(
        claimed,
        {
          status: outcome.status,
          version: plan.version,
          deploymentId: result.deploymentId,
          reason: outcome.reason ?? 'unknown',
          current: plan.operation === 'rollback' ? undefined : claimed.current
        },
        now
      )
    }
    try {
      await writeState(services, next)
    } catch (error) {
      // What ran is not undone for this: the platform keeps it, and the state keeps the claim,
      // which tells the next run that this attempt never finished (it deploys again).
      result.recordFailed = true
      result.status = outcome.status === 'success' ? 'failed' : outcome.status
      const what =
        outcome.status === 'success'
          ? `${plan.operation} of ${short(plan.version)} succeeded and passed its checks (${short(plan.version)} runs)`
          : `the run ended ${outcome.status.replace('_', ' ')}${outcome.reason ? ` (${outcome.reason})` : ''}`
      result.message = `${what}, but the state could not be stored: ${(error as Error).message}. The state still names ${claimed.current ? short(claimed.current.version) : 'no version'} with this run's attempt unfinished, so the next run deploys again; fix the cause and re-run`
      log.error(result.message)
      return
    }
    result.state = next
    // A version that was good before stays a rollback target (recordFailure): say which it is.
    const marked = next.known_bad.some(
      (bad) => bad.version === plan.version && bad.deployment_id === result.deploymentId
    )
    log.info(
      `State sequence ${next.sequence}: current ${next.current ? short(next.current.version) : 'none'}${outcome.status === 'success' ? '' : `; ${short(plan.version)} recorded as ${plan.operation === 'rollback' ? 'a failed rollback' : marked ? 'known bad' : 'a failed attempt (it ran well before: still a rollback target)'}`}`
    )
  })
  failpoint('pipeline-after-record')
}

/** How long another run's claim holds when its liveness cannot be seen (a different machine). */
export const CLAIM_TTL_MS = 30 * 60 * 1000

/**
 * Another run that claimed the environment and is still alive: this run must not deploy beside it.
 * A claim from a process of this machine that is gone is a crash (the plan deploys again); one
 * from another machine holds until it is CLAIM_TTL_MS old.
 */
export function activeClaim(state: DeploymentState | null, now: number): string | undefined {
  const attempt = state?.last_attempt
  if (attempt?.status !== 'in_progress') return undefined
  const started = Date.parse(attempt.started_at)
  const sameHost = attempt.host === hostname() && typeof attempt.pid === 'number'
  const alive = sameHost ? processAlive(attempt.pid as number) : now - started < CLAIM_TTL_MS
  if (!alive) return undefined
  const until = sameHost
    ? 'until that process ends'
    : `until ${new Date(started + CLAIM_TTL_MS).toISOString()} if that run died`
  return `${attempt.operation} of ${short(attempt.version)} by run ${attempt.deployment_id}${attempt.run_url ? ` (${attempt.run_url})` : ''} has held ${targetName(state!.environment, state!.service)} since ${attempt.started_at}; this run stops before any change. Wait for it (the workflow's concurrency group queues runs); its claim holds ${until}`
}

/** The state is a file people read and share: a secret in a command's error must not land there. */
function writeState(services: Services, state: DeploymentState): Promise<void> {
  return services.store.write(JSON.parse(services.log.redact(JSON.stringify(state))) as DeploymentState)
}

async function makePlan(settings: Settings, state: DeploymentState | null, services: Services): Promise<Plan> {
  const now = new Date().toISOString()
  const policy = {
    override: settings.operation,
    approvalRequiredFor: settings.github.approvalRequiredFor,
    canBuild: Boolean(settings.commands.build) || settings.platform !== 'command',
    platform: settings.platform,
    strategy: settings.strategy
  }
  if (settings.mode === 'rollback') {
    const target = rollbackTarget(state, settings.rollback.to)
    if (typeof target === 'string')
      throw new GateError(`cannot roll back ${targetName(settings.environment, settings.service?.name)}: ${target}`)
    return {
      schema_version: 1,
      environment: settings.environment,
      ...(settings.service ? { service: settings.service.name } : {}),
      platform: settings.platform,
      strategy: settings.strategy,
      operation: 'rollback',
      decided_by: 'override',
      requires_approval: settings.github.approvalRequiredFor.includes('rollback'),
      approval_policy: [...settings.github.approvalRequiredFor],
      reasons: [
        `Rollback requested: from ${state?.current ? short(state.current.version) : 'none'} to ${short(target.version)} (deployed ${target.deployed_at})`
      ],
      version: target.version,
      previous_version: state?.current?.version ?? null,
      state_sequence: state?.sequence ?? 0,
      config_commits: target.config_commits,
      records_config: false,
      changes: { rebuild: [], restart: [], redeploy: [], ignore: [] },
      config_changes: [],
      service_up: null,
      steps: stepsFor('rollback', policy),
      created_at: now
    }
  }
  if (settings.planJson) {
    const given = parsePlanInput(settings.planJson)
    if (given.environment !== settings.environment) {
      throw new SettingsError([
        `\`plan\`: the plan is for environment ${given.environment}, this run deploys ${settings.environment}`
      ])
    }
    if (given.service !== settings.service?.name) {
      throw new SettingsError([
        given.service
          ? `\`plan\`: the plan is for the service ${given.service}, this run deploys ${settings.service ? `the service ${settings.service.name}` : 'a repository without services'}; pass \`service: ${given.service}\` (or that service's entry of \`plans\`)`
          : `\`plan\`: the plan is for a repository without services, this run deploys the service ${settings.service!.name}; plan it with \`service: ${settings.service!.name}\``
      ])
    }
    const sequence = state?.sequence ?? 0
    if (given.state_sequence !== sequence) throw new StateConflictError(given.state_sequence, sequence)
    services.log.info(
      `Executing the plan made at ${given.created_at} (state sequence ${given.state_sequence}, unchanged since)`
    )
    // The approval policy in force now decides, not the one the plan was made under.
    return {
      ...given,
      requires_approval: settings.github.approvalRequiredFor.includes(given.operation),
      approval_policy: [...settings.github.approvalRequiredFor],
      strategy: settings.strategy,
      platform: settings.platform
    }
  }
  const facts = await analyze(settings, state, services)
  return planDeployment(facts, policy, now)
}

/** What a person is asked to approve: the reasons with the files and config commits behind them. */
export function describePlan(plan: Plan): string {
  const lines = [`${plan.operation.toUpperCase()} of ${targetName(plan.environment, plan.service)} needs approval`, '']
  for (const reason of plan.reasons) lines.push(`  • ${reason}`)
  for (const change of plan.config_changes) {
    lines.push(
      '',
      `  ${change.name} (${change.source}): ${change.total} new commit${change.total === 1 ? '' : 's'}${change.note ? ` (${change.note})` : ''}`
    )
    for (const commit of change.commits.slice(-10).reverse()) lines.push(`    ${short(commit.sha)} ${commit.subject}`)
  }
  lines.push(
    '',
    `  Version: ${plan.previous_version ? short(plan.previous_version) : 'none'} → ${short(plan.version)}`,
    `  Steps: ${plan.steps.join(' → ')}`
  )
  return lines.join('\n')
}

/** Observers run side by side (each bounds its own retries), so the slowest sets the wait, not the sum. */
async function notify(services: Services, event: 'started' | 'finished', result: RunResult): Promise<void> {
  await Promise.all(
    (services.observers ?? []).map(async (observer) => {
      const hook = observer[event]
      if (!hook) return
      try {
        await hook.call(observer, result)
      } catch (error) {
        services.log.warn(`${observer.name}: ${(error as Error).message} (the deploy itself is not affected)`)
      }
    })
  )
}

export function runUrl(settings: Settings): string | undefined {
  const { serverUrl, repository, runId, runAttempt } = settings.github
  if (!repository || !runId) return undefined
  return `${serverUrl}/${repository}/actions/runs/${runId}${runAttempt ? `/attempts/${runAttempt}` : ''}`
}
