import { type Attempt, type DeploymentState, type VersionRecord, STATE_SCHEMA_VERSION, emptyState } from './schema.js'

/**
 * How a run changes the state. Pure: the engine decides, these compute the next document, and a
 * store writes it as one compare-and-swap. Every transition raises the sequence by one.
 */
function next(state: DeploymentState | null, environment: string, now: string, service?: string): DeploymentState {
  const base = state ?? emptyState(environment, service)
  return { ...base, schema_version: STATE_SCHEMA_VERSION, sequence: base.sequence + 1, updated_at: now }
}

/**
 * Claims the environment (or the service of it) before anything runs; a crash leaves this attempt
 * visible to the next run.
 */
export function beginAttempt(
  state: DeploymentState | null,
  environment: string,
  attempt: Pick<Attempt, 'deployment_id' | 'operation' | 'version' | 'started_at' | 'approved_by' | 'run_url'> &
    Record<string, unknown>,
  now: string,
  service?: string
): DeploymentState {
  return { ...next(state, environment, now, service), last_attempt: { ...attempt, status: 'in_progress' } }
}

/** The new version is live and healthy: it becomes current and the newest rollback target. */
export function recordSuccess(
  state: DeploymentState,
  record: VersionRecord,
  keepVersions: number,
  now: string
): DeploymentState {
  const history = [record, ...state.history.filter((entry) => entry.version !== record.version)].slice(0, keepVersions)
  return {
    ...next(state, state.environment, now),
    current: record,
    history,
    // A version that is healthy now is no longer known bad (a fixed config, a redeploy after an outage).
    known_bad: state.known_bad.filter((bad) => bad.version !== record.version),
    last_attempt: finish(state.last_attempt, 'success', now)
  }
}

/**
 * The run failed. The current version stays the last good one (it is what serves: either traffic
 * never moved, or the rollback put it back); the failed version becomes known bad, never again a
 * rollback target.
 */
export function recordFailure(
  state: DeploymentState,
  failure: {
    status: 'failed' | 'rolled_back' | 'rollback_failed'
    version: string
    deploymentId: string
    reason: string
    /** Blue-green after a switch back, or a rollback that moved `current` (mode rollback). */
    current?: VersionRecord | null
  },
  now: string
): DeploymentState {
  const knownBad = state.known_bad.filter((bad) => bad.version !== failure.version)
  // A version that was good before stays a rollback target: a restart that fails says nothing of the
  // code, and marking the only good version bad would leave nothing to return to.
  const wasGood = state.history.some((entry) => entry.version === failure.version)
  if (!wasGood) {
    knownBad.unshift({ version: failure.version, deployment_id: failure.deploymentId, at: now, reason: failure.reason })
  }
  return {
    ...next(state, state.environment, now),
    current: failure.current === undefined ? state.current : failure.current,
    known_bad: knownBad.slice(0, 50),
    last_attempt: { ...finish(state.last_attempt, failure.status, now)!, reason: failure.reason }
  }
}

/**
 * `mode: rollback` succeeded: the target becomes current; the version rolled away from is known bad
 * (someone asked to leave it) and leaves the history.
 */
export function recordRollback(
  state: DeploymentState,
  target: VersionRecord,
  leaving: VersionRecord | null,
  reason: string,
  now: string
): DeploymentState {
  const history = [
    target,
    ...state.history.filter((e) => e.version !== target.version && e.version !== leaving?.version)
  ]
  const knownBad = leaving
    ? [{ version: leaving.version, deployment_id: leaving.deployment_id, at: now, reason }, ...state.known_bad]
    : state.known_bad
  return {
    ...next(state, state.environment, now),
    current: target,
    history,
    known_bad: knownBad.slice(0, 50),
    last_attempt: finish(state.last_attempt, 'success', now)
  }
}

function finish(attempt: Attempt | null, status: Attempt['status'], now: string): Attempt | null {
  return attempt ? { ...attempt, status, finished_at: now } : null
}

/** A version the state allows returning to: good once, not known bad, not the one running. */
export function rollbackTarget(state: DeploymentState | null, requested?: string): VersionRecord | string {
  if (!state?.current)
    return 'there is no deployment state for this environment yet, so there is nothing to roll back to'
  const bad = new Set(state.known_bad.map((entry) => entry.version))
  if (requested) {
    if (bad.has(requested))
      return `version ${requested} is known bad (${state.known_bad.find((b) => b.version === requested)?.reason}); it is never a rollback target`
    const match = state.history.find((entry) => entry.version === requested || entry.version.startsWith(requested))
    if (!match)
      return `version ${requested} is not among the last good versions (${state.history.map((e) => short(e.version)).join(', ')}); raise keep-versions to remember more`
    if (match.version === state.current.version) return `version ${requested} is the one running already`
    return match
  }
  const candidate = state.history.find((entry) => entry.version !== state.current!.version && !bad.has(entry.version))
  return (
    candidate ??
    `no earlier good version is recorded (history: ${state.history.map((e) => short(e.version)).join(', ') || 'empty'})`
  )
}

export function short(version: string): string {
  return /^[0-9a-f]{40}$/.test(version) ? version.slice(0, 7) : version
}
