import type { MigrationRecord } from '../execute/migrator.js'
import type { RollbackReport, StepRecord } from '../execute/execute.js'
import type { RunResult, RunStatus } from '../pipeline.js'
import { targetName } from '../state/target.js'
import { short } from '../state/transitions.js'
import type { HealthCheckRecord } from '../verify/health.js'

/** The statuses that send a preference pair and a notification. */
export const FAILED_STATUSES: ReadonlySet<RunStatus> = new Set(['failed', 'rolled_back', 'rollback_failed'])

/** What went wrong in a run, read off its result: the step, what the check saw, the rollback. */
export interface FailureFacts {
  status: RunStatus
  environment: string
  operation: string
  strategy?: string
  platform?: string
  version?: string
  previousVersion?: string
  failedStep?: string
  reason: string
  /** What the failed step itself saw: the reason without the step's name and the rollback's part. */
  stepReason: string
  /** Whether the new version ever took traffic. */
  trafficMoved: boolean
  /** The failing attempt of the check that failed the step (which check, what it saw). */
  check?: HealthCheckRecord
  /** The failing attempt of the check after the rollback, when the rollback failed there. */
  rollbackCheck?: HealthCheckRecord
  rollback?: RollbackReport
  migrations: MigrationRecord[]
  steps: StepRecord[]
}

export function failureFacts(run: RunResult): FailureFacts {
  const outcome = run.outcome
  const health = outcome?.health ?? run.health ?? []
  const failedStep = outcome?.failedStep
  const phase = failedStep ? /^health check \((.+)\)$/.exec(failedStep)?.[1] : undefined
  const lastFailing = (wanted: string) => health.filter((r) => !r.passed && r.phase === wanted).at(-1)
  const reason = outcome?.reason ?? run.message ?? 'no reason recorded'
  let stepReason = failedStep && reason.startsWith(`${failedStep}: `) ? reason.slice(failedStep.length + 2) : reason
  if (run.status === 'rollback_failed' && stepReason.includes('; rollback failed: '))
    stepReason = stepReason.slice(0, stepReason.indexOf('; rollback failed: '))
  return {
    status: run.status,
    // Prose names what failed: the environment, or the service of it.
    environment: targetName(run.environment, run.serviceName),
    operation: run.plan?.operation ?? run.mode,
    strategy: run.plan?.strategy,
    platform: run.plan?.platform,
    version: run.newVersion,
    previousVersion: run.previousVersion,
    failedStep,
    reason,
    stepReason,
    trafficMoved: outcome?.trafficMoved ?? false,
    check: phase ? lastFailing(phase) : undefined,
    rollbackCheck:
      outcome?.rollback.triggered && outcome.rollback.succeeded === false ? lastFailing('after rollback') : undefined,
    rollback: outcome?.rollback,
    migrations: outcome?.migrations ?? [],
    steps: outcome?.steps ?? []
  }
}

/** `https://…/health (live, attempt 3): HTTP 500, expected 200` */
export function describeCheck(record: HealthCheckRecord): string {
  const saw = record.detail ?? (record.status_code ? `HTTP ${record.status_code}` : 'no answer')
  return `${record.endpoint} (${record.phase}, attempt ${record.attempt}, ${record.response_time_ms} ms): ${saw}`
}

/** `deploy ✓ 1.2 s → health check (live) ✗ 3.0 s` */
export function describeSteps(steps: StepRecord[]): string {
  if (steps.length === 0) return 'no step ran'
  return steps
    .map(
      (s) =>
        `${s.name} ${s.status === 'success' ? '✓' : s.status === 'skipped' ? '–' : '✗'} ${(s.duration_ms / 1000).toFixed(1)} s`
    )
    .join(' → ')
}

export function describeRollback(facts: FailureFacts): string | undefined {
  const rollback = facts.rollback
  if (!rollback) return undefined
  const target = rollback.previous_version ? short(rollback.previous_version) : 'the previous version'
  if (!rollback.triggered) return rollback.reason ? `No rollback: ${rollback.reason}` : undefined
  if (rollback.succeeded) return `Rolled back to ${target} in ${rollback.duration_seconds ?? '?'} s; it is healthy`
  return `The rollback to ${target} failed after ${rollback.duration_seconds ?? '?'} s${facts.rollbackCheck ? `: ${describeCheck(facts.rollbackCheck)}` : ''}; the previous version is unhealthy too`
}

export function describeMigrations(migrations: MigrationRecord[]): string | undefined {
  if (migrations.length === 0) return undefined
  return migrations.map((m) => `${m.filename} ${m.success ? '✓' : '✗'}`).join(', ')
}

export function shortVersion(version: string | undefined): string {
  return version ? short(version) : 'none'
}
