import type { RunResult } from '../pipeline.js'
import type { Settings } from '../settings/settings.js'
import { versions } from '../report/summary.js'
import { short } from '../state/transitions.js'
import { targetName } from '../state/target.js'

const HEADLINE: Record<RunResult['status'], string> = {
  planned: '📋 Planned',
  skipped: '⏸  Nothing to deploy',
  success: '✅ Deployed',
  failed: '❌ Deploy failed',
  rolled_back: '↩️  Deploy failed, rolled back',
  rollback_failed: '🚨 Deploy failed, rollback failed: act now'
}

/** The summary for a terminal: the same facts as the job summary, as plain aligned text. */
export function renderTerminalSummary(run: RunResult, settings: Settings): string {
  const out: string[] = ['']
  const headline =
    run.mode === 'status'
      ? run.status === 'success'
        ? '✅ Healthy'
        : '❌ Not healthy'
      : run.mode === 'plan' && run.status === 'failed'
        ? '❌ Planned, but the plan cannot run here'
        : HEADLINE[run.status]
  out.push(`${headline}: ${targetName(run.environment, run.serviceName)}`, '─'.repeat(60))
  const row = (label: string, value: string) => out.push(`${label.padEnd(14)}${value}`)
  if (run.plan) row('Operation', `${run.plan.operation}${run.plan.decided_by === 'override' ? ' (forced)' : ''}`)
  row('Version', versions(run, short))
  row('Strategy', `${settings.strategy} on ${settings.platform}`)
  if (run.approval)
    row('Approval', run.approval.how === 'not-required' ? 'not required' : `${run.approval.by} (${run.approval.how})`)
  if (run.requiredChecks) row('Checks', run.requiredChecks.map((c) => `${c.passed ? '✓' : '✗'} ${c.name}`).join(', '))
  row('Duration', `${run.durationSeconds} s`)
  if (run.service) row('Service', `${run.service.up ? 'up' : 'down'} (${run.service.detail})`)
  if (run.message) row('Why', run.message)
  if (run.plan?.reasons.length) {
    out.push('', 'Reasons:')
    for (const reason of run.plan.reasons) out.push(`  • ${reason}`)
  }
  const steps = run.outcome?.steps ?? []
  if (steps.length > 0) {
    out.push('', 'Steps:')
    for (const step of steps)
      out.push(
        `  ${step.status === 'success' ? '✓' : '✗'} ${step.name.padEnd(34)} ${(step.duration_ms / 1000).toFixed(1).padStart(6)} s${step.detail ? `  ${step.detail.slice(0, 120)}` : ''}`
      )
  }
  const health = run.outcome?.health ?? run.health ?? []
  if (health.length > 0) {
    out.push('', 'Health checks:')
    for (const r of health.slice(-30))
      out.push(
        `  ${r.passed ? '✓' : '✗'} ${r.endpoint} [${r.phase} #${r.attempt}] ${r.status_code || '-'} ${r.response_time_ms} ms${r.detail ? `  ${r.detail}` : ''}`
      )
  }
  const rollback = run.outcome?.rollback
  if (rollback?.triggered) {
    out.push(
      '',
      `Rollback to ${short(rollback.previous_version ?? '')}: ${rollback.succeeded ? 'healthy again' : 'FAILED'} in ${rollback.duration_seconds ?? '?'} s`
    )
  }
  out.push('')
  return out.join('\n')
}
