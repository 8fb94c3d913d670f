import type { RunResult } from '../pipeline.js'
import type { Settings } from '../settings/settings.js'
import { short } from '../state/transitions.js'

/** GitHub refuses a step summary over 1 MiB; keep well under, and say what was cut. */
const SUMMARY_BUDGET = 900 * 1024

const ICON: Record<RunResult['status'], string> = {
  planned: '📋',
  skipped: '⏸️',
  success: '✅',
  failed: '❌',
  rolled_back: '↩️',
  rollback_failed: '🚨'
}
const TITLE: Record<RunResult['status'], string> = {
  planned: 'Deploy planned',
  skipped: 'Nothing to deploy',
  success: 'Deployed',
  failed: 'Deploy failed',
  rolled_back: 'Deploy failed and was rolled back',
  rollback_failed: 'Deploy failed and the rollback failed: a person must act'
}

/** Text from users, commits and services goes into HTML-rendered Markdown: neutralise it. */
export function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/([`*_[\]])/g, '\\$1')
    .replace(/\r?\n/g, ' ')
}

/** The job summary: decision and reasons, steps with times, checks, rollback, a timeline. */
export function renderSummary(run: RunResult, settings: Settings, redact: (text: string) => string): string {
  const plan = run.plan
  const out: string[] = []
  const title =
    run.mode === 'status'
      ? run.status === 'success'
        ? 'Service healthy'
        : 'Service not healthy'
      : run.recordFailed
        ? `${TITLE[run.status]}: the deploy ran, but its state was not stored`
        : TITLE[run.status]
  out.push(
    `## ${run.status === 'success' || run.mode !== 'status' ? ICON[run.status] : '❌'} ${title}: ${escape(run.environment)}`,
    ''
  )
  if (run.message)
    out.push(
      `> **${run.status === 'rollback_failed' ? 'Manual intervention needed' : 'Why'}:** ${escape(run.message)}`,
      ''
    )

  const facts: [string, string][] = [
    [
      'Operation',
      plan ? `**${plan.operation}**${plan.decided_by === 'override' ? ' (forced by input)' : ''}` : run.mode
    ],
    [
      'Version',
      `${run.previousVersion ? code(short(run.previousVersion)) : 'none'} → ${run.newVersion ? code(short(run.newVersion)) : '—'}`
    ],
    ['Strategy / platform', `${settings.strategy} on ${settings.platform}`],
    [
      'Approval',
      run.approval
        ? `${escape(run.approval.by)} (${run.approval.how})${run.approval.comment ? `: “${escape(run.approval.comment)}”` : ''}`
        : plan?.requires_approval
          ? 'required'
          : 'not required'
    ],
    ['Approval policy', escape((plan?.approval_policy ?? settings.github.approvalRequiredFor).join(', '))],
    ['Duration', `${run.durationSeconds} s`],
    ['Deployment id', code(run.deploymentId)]
  ]
  if (run.validation)
    facts.push([
      'Validation',
      run.validation.url ? `[run ${escape(run.validation.runId)}](${run.validation.url})` : escape(run.validation.runId)
    ])
  if (run.outcome?.imageDigest)
    facts.push([
      'Image',
      code(`${run.outcome.image ?? ''}${run.outcome.imageDigest ? `@${run.outcome.imageDigest}` : ''}`)
    ])
  if (run.url) facts.push(['URL', escape(run.url)])
  if (run.service) facts.push(['Service', `${run.service.up ? 'up' : 'down'}: ${escape(run.service.detail)}`])
  out.push('| | |', '|---|---|', ...facts.map(([k, v]) => `| ${k} | ${v} |`), '')

  if (plan && plan.reasons.length > 0) {
    out.push('### Why', '', ...plan.reasons.map((r) => `- ${escape(r)}`), '')
  }
  for (const change of plan?.config_changes ?? []) {
    out.push(
      `<details><summary>Config repo <b>${escape(change.name)}</b>: ${change.total} new commit${change.total === 1 ? '' : 's'} (${code(short(change.from ?? '∅'))} → ${code(short(change.to))})</summary>`,
      ''
    )
    if (change.note) out.push(`_${escape(change.note)}_`, '')
    out.push(
      ...change.commits
        .slice()
        .reverse()
        .map((c) => `- ${code(short(c.sha))} ${escape(c.subject)}`),
      '',
      '</details>',
      ''
    )
  }

  const diagnosis = run.outcome?.diagnosis
  if (diagnosis && (diagnosis.findings.length > 0 || diagnosis.logs.length > 0)) {
    out.push(`### What ${escape(settings.platform)} shows`, '', ...diagnosis.findings.map((f) => `- ${escape(f)}`), '')
    for (const block of diagnosis.logs) {
      // <pre> keeps the lines as they are; only what HTML would read is escaped.
      const text = block.lines.map((l) => l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
      out.push(
        `<details><summary>${escape(block.title)}</summary>`,
        '',
        '<pre>',
        ...text,
        '</pre>',
        '',
        '</details>',
        ''
      )
    }
  }

  const steps = run.outcome?.steps ?? []
  if (steps.length > 0) {
    out.push('### Steps', '', '| Step | Result | Time |', '|---|---|---|')
    for (const step of steps)
      out.push(
        `| ${escape(step.name)} | ${step.status === 'success' ? '✓' : '✗'}${step.detail ? ` ${escape(step.detail.slice(0, 300))}` : ''} | ${(step.duration_ms / 1000).toFixed(1)} s |`
      )
    out.push('', ...timeline(steps), '')
  }

  const health = run.outcome?.health ?? run.health ?? []
  if (health.length > 0) {
    out.push(
      '### Health checks',
      '',
      '| Endpoint | Phase | Attempt | Status | Time | Result |',
      '|---|---|---|---|---|---|'
    )
    for (const r of health.slice(0, 200)) {
      out.push(
        `| ${escape(r.endpoint)} | ${escape(r.phase)} | ${r.attempt} | ${r.status_code || '—'} | ${r.response_time_ms} ms | ${r.passed ? '✓' : `✗ ${escape(r.detail ?? '')}`} |`
      )
    }
    if (health.length > 200) out.push(`| … ${health.length - 200} more | | | | | |`)
    out.push('')
  }

  const migrations = run.outcome?.migrations ?? []
  if (migrations.length > 0) {
    out.push('### Migrations', '', '| Version | File | Time | Result |', '|---|---|---|---|')
    for (const m of migrations)
      out.push(`| ${escape(m.version)} | ${escape(m.filename)} | ${m.duration_ms} ms | ${m.success ? '✓' : '✗'} |`)
    out.push('')
  }

  const rollback = run.outcome?.rollback
  if (rollback?.triggered) {
    out.push(
      '### Rollback',
      '',
      `- To: ${code(short(rollback.previous_version ?? ''))}`,
      `- Reason: ${escape(rollback.reason ?? '')}`,
      `- Took: ${rollback.duration_seconds ?? '?'} s (limit ${settings.rollback.maxSeconds} s)`,
      `- Result: ${rollback.succeeded ? 'healthy again' : '**failed: the previous version is unhealthy too**'}`,
      ''
    )
  }
  if (run.notes.length > 0) out.push(...run.notes.map((n) => `- ${escape(n)}`), '')

  let text = redact(out.join('\n'))
  if (text.length > SUMMARY_BUDGET)
    text = `${text.slice(0, SUMMARY_BUDGET)}\n\n_Summary cut at ${SUMMARY_BUDGET} bytes; result.json has everything._\n`
  return text
}

/** A Mermaid Gantt chart of the steps (rendered on GitHub); the table above carries the same facts. */
function timeline(steps: { name: string; started_at: string; duration_ms: number; status: string }[]): string[] {
  const origin = Date.parse(steps[0]!.started_at)
  const lines = ['```mermaid', 'gantt', '  dateFormat x', '  axisFormat %M:%S', '  section run']
  for (const step of steps) {
    const start = Date.parse(step.started_at) - origin
    const label = step.name.replace(/[:;#]/g, ' ').replace(/[^\p{L}\p{N} %()._-]/gu, '')
    lines.push(
      `  ${label} :${step.status === 'success' ? '' : 'crit, '}${start}, ${Math.max(step.duration_ms, 1) + start}`
    )
  }
  lines.push('```')
  return lines
}

function code(text: string): string {
  return `<code>${escape(text).replace(/\\([`*_[\]])/g, '$1')}</code>`
}
