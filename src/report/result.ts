import type { RunResult } from '../pipeline.js'
import type { Settings } from '../settings/settings.js'
import type { Log } from './log.js'

/** The result document: the specification's output interface, plus what a reader needs besides. */
export function buildResult(run: RunResult, settings: Settings, log: Log): Record<string, unknown> {
  const outcome = run.outcome
  const document = {
    deployment_id: run.deploymentId,
    validation_run_id: run.validation?.runId ?? settings.github.validationRunId ?? null,
    deployed_at: run.startedAt,
    status: run.status,
    environment: run.environment,
    ...(run.serviceName ? { service: run.serviceName } : {}),
    mode: run.mode,
    operation: run.plan?.operation ?? 'none',
    reasons: run.plan?.reasons ?? [],
    approval: run.approval ?? null,
    required_checks: run.requiredChecks ?? [],
    deployment_details: {
      strategy: settings.strategy,
      platform: settings.platform,
      previous_version: run.previousVersion ?? null,
      new_version: run.newVersion ?? null,
      duration_seconds: run.durationSeconds,
      image: outcome?.image ?? null,
      image_digest: outcome?.imageDigest ?? null,
      url: run.url ?? null
    },
    config_commits: run.plan?.config_commits ?? {},
    steps: outcome?.steps ?? [],
    health_checks: (outcome?.health ?? run.health ?? []).map((r) => ({
      endpoint: r.endpoint,
      status_code: r.status_code,
      response_time_ms: r.response_time_ms,
      passed: r.passed,
      timestamp: r.timestamp,
      phase: r.phase,
      attempt: r.attempt,
      ...(r.detail ? { detail: r.detail } : {}),
      ...(r.query !== undefined ? { query: r.query } : {}),
      ...(r.value !== undefined ? { value: r.value } : {})
    })),
    migrations_applied: (outcome?.migrations ?? []).map((m) => ({
      version: m.version,
      filename: m.filename,
      duration_ms: m.duration_ms,
      success: m.success
    })),
    rollback: outcome?.rollback ?? { triggered: false },
    ...(outcome?.diagnosis ? { diagnosis: outcome.diagnosis } : {}),
    hardening: run.hardening,
    message: run.message ?? null,
    logs: log.entries
  }
  // Redacted as text, so a secret hiding in any field (a command's error, a URL) cannot get out.
  return JSON.parse(log.redact(JSON.stringify(document))) as Record<string, unknown>
}
