import { escape, prose } from '../report/summary.js'
import { short } from '../state/transitions.js'
import type { ServiceRun, ServicesRun } from './run-services.js'

/** GitHub refuses a step summary over 1 MiB; the table comes first, details as long as they fit. */
const SUMMARY_BUDGET = 900 * 1024
const REASON_IN_TABLE = 160

/** The job summary of a run over several services: one table of every service, then the details. */
export function renderServicesSummary(run: ServicesRun, redact: (text: string) => string): string {
  const out: string[] = [`## ${headline(run)}: ${escape(run.environment)}`, '']
  if (run.mode === 'plan') {
    out.push(
      '| Service | Wave | Decision | Approval | Version | Why |',
      '|---|---|---|---|---|---|',
      ...run.services.map((service) => {
        const plan = service.result?.plan
        const cells = plan
          ? [
              `**${plan.operation}**${plan.decided_by === 'override' ? ' (forced)' : ''}`,
              plan.requires_approval ? 'needed' : 'not needed',
              versions(plan.previous_version, plan.version),
              prose(clip(mainReason(plan.reasons), REASON_IN_TABLE), 'table')
            ]
          : ['❌ not planned', '', '', prose(clip(service.error ?? '', REASON_IN_TABLE), 'table')]
        return `| ${escape(name(service))} | ${service.settings.service?.wave ?? 1} | ${cells.join(' | ')} |`
      }),
      ''
    )
    const todo = run.services.filter((s) => s.result?.plan && s.result.plan.operation !== 'none')
    const approval = todo.filter((s) => s.result!.plan!.requires_approval)
    out.push(
      todo.length === 0
        ? 'Nothing to deploy.'
        : `To deploy: ${[1, 2, 3]
            .map((wave) => [wave, todo.filter((s) => (s.settings.service?.wave ?? 1) === wave)] as const)
            .filter(([, services]) => services.length > 0)
            .map(([wave, services]) => `wave ${wave}: ${services.map((s) => escape(name(s))).join(', ')}`)
            .join(
              '; '
            )}.${approval.length > 0 ? ` One approval covers ${approval.map((s) => `${escape(name(s))} (${s.result!.plan!.operation})`).join(', ')}.` : ''}`,
      ''
    )
  } else {
    out.push(
      '| Service | Health | Version | Last deploy | Config repos |',
      '|---|---|---|---|---|',
      ...run.services.map((service) => `| ${escape(name(service))} | ${statusCells(service).join(' | ')} |`),
      ''
    )
  }

  out.push('### Details', '')
  const details = run.services.map((service) => serviceDetails(run, service).join('\n'))
  let text = redact(out.join('\n'))
  for (const [index, block] of details.entries()) {
    const next = redact(block)
    if (text.length + next.length > SUMMARY_BUDGET) {
      text += `\n_The details of ${details.length - index} more services are cut to stay under GitHub's summary limit; result.json has everything._\n`
      break
    }
    text += `${next}\n`
  }
  return text
}

/** The same facts for a terminal: one aligned table, then each service's reasons. */
export function renderServicesTerminal(run: ServicesRun): string {
  const rows =
    run.mode === 'plan'
      ? [
          ['SERVICE', 'WAVE', 'DECISION', 'APPROVAL', 'VERSION', 'WHY'],
          ...run.services.map((service) => {
            const plan = service.result?.plan
            return plan
              ? [
                  name(service),
                  String(service.settings.service?.wave ?? 1),
                  plan.operation,
                  plan.requires_approval ? 'needed' : '-',
                  `${plan.previous_version ? short(plan.previous_version) : 'none'} → ${short(plan.version)}`,
                  clip(mainReason(plan.reasons), 80)
                ]
              : [
                  name(service),
                  String(service.settings.service?.wave ?? 1),
                  'FAILED',
                  '',
                  '',
                  clip(service.error ?? '', 80)
                ]
          })
        ]
      : [
          ['SERVICE', 'HEALTH', 'VERSION', 'LAST DEPLOY', 'CONFIG REPOS'],
          ...run.services.map((service) => [name(service), ...statusCells(service, false)])
        ]
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  const lines = rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd()
  )
  const out = [
    '',
    `${headline(run)}: ${run.environment}`,
    '─'.repeat(Math.min(100, Math.max(...lines.map((l) => l.length)))),
    ...lines
  ]
  if (run.mode === 'plan') {
    for (const service of run.services) {
      const plan = service.result?.plan
      if (!plan || plan.operation === 'none') continue
      out.push(
        '',
        `${name(service)}: ${plan.operation} (${plan.steps.join(' → ')})`,
        ...plan.reasons.map((r) => `  • ${r}`)
      )
    }
  }
  out.push('')
  return out.join('\n')
}

function headline(run: ServicesRun): string {
  const count = run.services.length
  const failed = run.services.filter(
    (s) => s.error !== undefined || (run.mode === 'status' && s.result?.status === 'failed')
  )
  if (run.mode === 'plan')
    return failed.length > 0
      ? `❌ ${failed.length} of ${count} services could not be planned`
      : `📋 Plan for ${count} service${count === 1 ? '' : 's'}`
  return failed.length > 0
    ? `❌ ${failed.length} of ${count} services not healthy`
    : `✅ ${count} service${count === 1 ? '' : 's'} healthy`
}

function name(service: ServiceRun): string {
  return service.settings.service?.name ?? service.settings.environment
}

/** Health, version, last deploy and config repos of a service, for the status table. */
function statusCells(service: ServiceRun, markdown = true): string[] {
  const text = (value: string) => (markdown ? escape(value) : value)
  // Messages name inputs as `inline code`: shown as code, not as backticks.
  const said = (value: string) => (markdown ? prose(value, 'table') : value)
  const result = service.result
  if (!result) return [`${markdown ? '❌ ' : ''}${said(clip(service.error ?? 'failed', REASON_IN_TABLE))}`, '', '', '']
  const checks = result.health ?? []
  const failing = checks.filter((check) => !check.passed)
  const health =
    result.status === 'failed'
      ? `${markdown ? '❌ ' : ''}down: ${said(clip(result.message ?? 'not healthy', REASON_IN_TABLE))}`
      : result.service === null && checks.length === 0
        ? 'unknown (no status command or health URL)'
        : `${markdown ? '✅ ' : ''}up${result.service ? `: ${text(clip(result.service.detail, 80))}` : ''}${checks.length > 0 ? ` (${checks.length - failing.length}/${checks.length} checks)` : ''}`
  const current = result.state?.current
  const attempt = result.state?.last_attempt
  const version = current
    ? markdown
      ? `<code>${escape(short(current.version))}</code>`
      : short(current.version)
    : 'none'
  const last = attempt
    ? text(
        `${attempt.operation} of ${short(attempt.version)}, ${attempt.status.replace('_', ' ')}, ${attempt.finished_at ?? attempt.started_at}`
      )
    : current
      ? text(`${current.operation} at ${current.deployed_at}`)
      : 'never'
  const repos = service.configRepos ?? []
  const config =
    repos.length === 0
      ? '—'
      : repos
          .map(
            (repo) =>
              `${repo.moved ? (markdown ? '**moved**' : 'MOVED') : repo.moved === null ? '?' : 'unchanged'} ${text(repo.name)}${repo.moved === false ? '' : `: ${text(clip(repo.detail, 80))}`}`
          )
          .join(markdown ? '<br>' : '; ')
  return [health, version, last, config]
}

function serviceDetails(run: ServicesRun, service: ServiceRun): string[] {
  const result = service.result
  const title = `<b>${escape(name(service))}</b>`
  if (!result)
    return [
      `<details><summary>${title}: not ${run.mode === 'plan' ? 'planned' : 'checked'}</summary>`,
      '',
      `> ${prose(service.error ?? '')}`,
      '',
      '</details>',
      ''
    ]
  const out: string[] = []
  if (run.mode === 'plan' && result.plan) {
    const plan = result.plan
    out.push(
      `<details><summary>${title}: ${escape(plan.operation)}</summary>`,
      '',
      ...plan.reasons.map((r) => `- ${prose(r)}`),
      ''
    )
    out.push(`Steps: ${escape(plan.steps.join(' → '))}`, '')
    for (const change of plan.config_changes) {
      out.push(
        `Config repo **${escape(change.name)}**: ${change.total} new commit${change.total === 1 ? '' : 's'}${change.note ? ` (${prose(change.note)})` : ''}`,
        ''
      )
      out.push(
        ...change.commits
          .slice(-10)
          .reverse()
          .map((c) => `- <code>${escape(short(c.sha))}</code> ${escape(c.subject)}`),
        ''
      )
    }
  } else {
    out.push(`<details><summary>${title}: ${result.status === 'failed' ? 'not healthy' : 'healthy'}</summary>`, '')
    if (result.message) out.push(`> ${prose(result.message)}`, '')
    const checks = result.health ?? []
    if (checks.length > 0)
      out.push(
        '| Endpoint | Status | Time | Result |',
        '|---|---|---|---|',
        ...checks.map(
          (c) =>
            `| ${escape(c.endpoint)} | ${c.status_code || '—'} | ${c.response_time_ms} ms | ${c.passed ? '✓' : `✗ ${prose(c.detail ?? '', 'table')}`} |`
        ),
        ''
      )
  }
  out.push('</details>', '')
  return out
}

function mainReason(reasons: string[]): string {
  // The override note comes first when there is one; the analysis is what a reader scans for.
  return reasons.find((r) => !r.startsWith('Operation forced')) ?? reasons[0] ?? ''
}

function versions(previous: string | null, next: string): string {
  return `${previous ? `<code>${escape(short(previous))}</code>` : 'none'} → <code>${escape(short(next))}</code>`
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`
}
