import type { RunResult } from '../pipeline.js'
import type { ConfigChange, Plan } from '../plan/plan.js'
import type { Settings } from '../settings/settings.js'
import { short } from '../state/transitions.js'
import { targetName } from '../state/target.js'

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
  // The call to act is the quote below the title ("Manual intervention needed").
  rollback_failed: 'Deploy failed and the rollback failed'
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

/** Text for raw HTML (a line that starts with a tag is an HTML block: Markdown is not read there). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r?\n/g, ' ')
}

/**
 * Text that may hold `inline code` (reasons, messages, notes name inputs that way), escaped like
 * `escape`, with each backtick pair kept as code: a Markdown code span where Markdown is read (its
 * content is shown as is, so it needs no escaping but a table's `|`), `<code>` inside HTML.
 * Unpaired backticks stay literal.
 */
export function prose(text: string, where: 'markdown' | 'table' | 'html' = 'markdown'): string {
  const parts = text.split('`')
  const plain = where === 'html' ? escapeHtml : escape
  if (parts.length % 2 === 0) return plain(text)
  return parts
    .map((part, i) => {
      if (i % 2 === 0) return plain(part)
      if (part.trim() === '') return plain(`\`${part}\``)
      if (where === 'html') return `<code>${escapeHtml(part)}</code>`
      const flat = part.replace(/\r?\n/g, ' ')
      return `\`${where === 'table' ? flat.replace(/\|/g, '\\|') : flat}\``
    })
    .join('')
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
        : run.mode === 'plan' && run.status === 'failed'
          ? 'Planned, but the plan cannot run here'
          : run.status === 'planned' && plan?.requires_approval
            ? `${TITLE.planned}, needing approval`
            : TITLE[run.status]
  out.push(
    `## ${run.status === 'success' || run.mode !== 'status' ? ICON[run.status] : '❌'} ${title}: ${escape(targetName(run.environment, run.serviceName))}`,
    ''
  )
  if (run.message)
    out.push(
      // "Why" is the plan's section below; this is what went wrong.
      `> **${messageLabel(run)}:** ${prose(run.message)}`,
      ''
    )

  const facts: [string, string][] = [
    [
      'Operation',
      plan ? `**${plan.operation}**${plan.decided_by === 'override' ? ' (forced by input)' : ''}` : run.mode
    ],
    ['Version', versions(run)],
    ['Strategy / platform', `${settings.strategy} on ${settings.platform}`],
    [
      'Approval',
      run.approval?.how === 'not-required'
        ? 'not required'
        : run.approval
          ? `${escape(run.approval.by)} (${run.approval.how})${run.approval.comment ? `: “${escape(run.approval.comment)}”` : ''}`
          : plan?.requires_approval
            ? 'required'
            : 'not required'
    ],
    ['Approval policy', escape((plan?.approval_policy ?? settings.github.approvalRequiredFor).join(', '))],
    // Nothing ran (a plan): what would run. After a run the steps below say what did.
    ...(plan && !run.outcome && plan.operation !== 'none'
      ? [[run.status === 'planned' ? 'Would run' : 'Planned steps', escape(plan.steps.join(' → '))] as [string, string]]
      : []),
    ['Duration', `${run.durationSeconds} s`],
    ['Deployment id', code(run.deploymentId)]
  ]
  if (run.validation)
    facts.push([
      'Validation',
      run.validation.url ? `[run ${escape(run.validation.runId)}](${run.validation.url})` : escape(run.validation.runId)
    ])
  if (run.requiredChecks)
    facts.push([
      'Required checks',
      run.requiredChecks
        .map((c) => {
          const name =
            c.url && /^https?:\/\//.test(c.url) ? `[${escape(c.name)}](${linkTarget(c.url)})` : escape(c.name)
          return `${c.passed ? '✓' : '✗'} ${name} (${c.kind === 'status' ? 'status' : `check run${c.app ? ` by ${escape(c.app)}` : ''}`})`
        })
        .join(', ')
    ])
  if (run.outcome?.imageDigest)
    facts.push([
      'Image',
      code(`${run.outcome.image ?? ''}${run.outcome.imageDigest ? `@${run.outcome.imageDigest}` : ''}`)
    ])
  if (run.url) facts.push(['URL', escape(run.url)])
  if (run.service) facts.push(['Service', `${run.service.up ? 'up' : 'down'}: ${escape(run.service.detail)}`])
  // A status check approves nothing. The first fact is the table's header row: an empty header
  // would show as a blank bar.
  const shown = run.mode === 'status' ? facts.filter(([k]) => !k.startsWith('Approval')) : facts
  const [head, ...rows] = shown.map(([k, v]) => `| ${k} | ${v} |`)
  out.push(head!, '|:---|:---|', ...rows, '')

  // A config repo seen for the first time has no commits to list: say what is recorded instead.
  const changes = plan?.config_changes ?? []
  const fresh = changes.filter((c) => c.from === undefined)
  if (plan && plan.reasons.length + fresh.length > 0) {
    out.push(
      '### Why',
      '',
      ...plan.reasons.map((r) => `- ${prose(r)}`),
      ...fresh.map((c) => `- ${firstSeen(c, plan, run.status === 'planned')}`),
      ''
    )
  }
  for (const change of changes.filter((c) => c.from !== undefined)) {
    out.push(
      `<details><summary>Config repo <b>${escapeHtml(change.name)}</b>: ${change.total} new commit${change.total === 1 ? '' : 's'} (${code(short(change.from!))} → ${code(short(change.to))})</summary>`,
      ''
    )
    if (change.note) out.push(`_${prose(change.note)}_`, '')
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
        `| ${escape(step.name)} | ${step.status === 'success' ? '✓' : '✗'}${step.detail ? ` ${prose(step.detail.slice(0, 300), 'table')}` : ''} | ${duration(step.duration_ms)} |`
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
        `| ${escape(r.endpoint)} | ${escape(r.phase)} | ${r.attempt} | ${r.status_code || '—'} | ${r.response_time_ms} ms | ${r.passed ? `✓${r.detail ? ` ${prose(r.detail, 'table')}` : ''}` : `✗ ${prose(r.detail ?? '', 'table')}`} |`
      )
    }
    if (health.length > 200) out.push(`| … ${health.length - 200} more | | | | | |`)
    out.push('', ...metricQueries(health))
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
    // The automatic rollback's reason is the failure quoted at the top: name it, do not repeat it.
    const reason = rollback.reason ?? ''
    const failedStep = run.outcome?.failedStep
    const shown =
      failedStep && reason.startsWith(`${failedStep}: `) && run.message?.startsWith(reason)
        ? `${escape(failedStep)} failed (above)`
        : prose(reason)
    // What went wrong in the rollback itself, as the execution reported it.
    const why = run.outcome?.reason?.split('; rollback failed: ')[1]
    out.push(
      '### Rollback',
      '',
      `- To: ${code(short(rollback.previous_version ?? ''))}`,
      `- Reason: ${shown}`,
      `- Took: ${rollback.duration_seconds === undefined ? '?' : duration(rollback.duration_seconds * 1000)} (limit ${settings.rollback.maxSeconds} s)`,
      `- Result: ${rollback.succeeded ? 'healthy again' : `**failed**: ${why ? prose(why) : 'see above'}`}`,
      ''
    )
  }
  if (run.notes.length > 0) out.push(...run.notes.map((n) => `- ${prose(n)}`), '')

  let text = redact(out.join('\n'))
  if (text.length > SUMMARY_BUDGET)
    text = `${text.slice(0, SUMMARY_BUDGET)}\n\n_Summary cut at ${SUMMARY_BUDGET} bytes; result.json has everything._\n`
  return text
}

/** A Mermaid Gantt chart of the steps (rendered on GitHub); the table above carries the same facts. */
function timeline(steps: { name: string; started_at: string; duration_ms: number; status: string }[]): string[] {
  const origin = Date.parse(steps[0]!.started_at)
  const bars = steps.map((step) => {
    const start = Date.parse(step.started_at) - origin
    return { step, start, end: start + Math.max(step.duration_ms, 1) }
  })
  const { format, interval } = timelineAxis(Math.max(...bars.map((b) => b.end)))
  const lines = [
    '```mermaid',
    'gantt',
    '  dateFormat x',
    `  axisFormat ${format}`,
    `  tickInterval ${interval}`,
    '  section run'
  ]
  for (const { step, start, end } of bars) {
    const label = step.name.replace(/[:;#]/g, ' ').replace(/[^\p{L}\p{N} %()._-]/gu, '')
    lines.push(`  ${label} :${step.status === 'success' ? '' : 'crit, '}${start}, ${end}`)
  }
  lines.push('```')
  return lines
}

/** What the quoted message is: a failure, a plan's obstacle, or a reason. */
function messageLabel(run: RunResult): string {
  if (run.status === 'rollback_failed') return 'Manual intervention needed'
  if (run.mode === 'plan' && run.status === 'failed') return 'Why it cannot run'
  return run.status === 'failed' || run.status === 'rolled_back' ? 'What failed' : 'Why'
}

/** Each metric check's query as sent (once per distinct query: the colour may change it between phases). */
function metricQueries(health: { endpoint: string; phase: string; query?: string }[]): string[] {
  const seen = new Map<string, string[]>()
  for (const r of health) {
    if (r.query === undefined) continue
    const key = `${r.endpoint}\n${r.query}`
    const phases = seen.get(key) ?? []
    if (!phases.includes(r.phase)) phases.push(r.phase)
    seen.set(key, phases)
  }
  if (seen.size === 0) return []
  const lines = ['Metric queries:', '']
  for (const [key, phases] of seen) {
    const [endpoint, query] = key.split('\n') as [string, string]
    lines.push(`- ${escape(endpoint)} (${escape(phases.join(', '))}): ${code(query)}`)
  }
  return [...lines, '']
}

/** A URL from a service inside a Markdown link in a table cell: nothing in it may end the link or the cell. */
function linkTarget(url: string): string {
  return url.replace(/[\s()|<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

/** Tick steps, smallest first: the first that gives at most 10 ticks over the run is taken. */
const TICKS_MS = [10, 20, 50, 100, 200, 500]
const TICKS_S = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600]

/**
 * The timeline's axis, chosen from the run's length so that no two ticks read alike (a 3 s run
 * labelled `%M:%S` shows 00:00 at every tick). The times are milliseconds from the run's start,
 * read by Mermaid as dates in 1970; `%Q` and `%s` print them as milliseconds and seconds since
 * then, the same in every time zone (`%M` would be off by 30 minutes in India).
 */
export function timelineAxis(spanMs: number): { format: string; interval: string } {
  if (spanMs < 1000) return { format: '%Q ms', interval: `${TICKS_MS.find((ms) => spanMs / ms <= 10)}millisecond` }
  const step = TICKS_S.find((s) => spanMs / 1000 / s <= 10) ?? TICKS_S.at(-1)!
  return { format: '%s s', interval: step % 60 === 0 ? `${step / 60}minute` : `${step}second` }
}

/**
 * From what to what; a status check or a run with nothing to do has one version, not "a → —" or
 * "a → a". `shown` writes a version (code in Markdown; the terminal passes plain text).
 */
export function versions(
  run: Pick<RunResult, 'mode' | 'previousVersion' | 'newVersion'>,
  shown: (version: string) => string = (version) => code(short(version))
): string {
  const from = run.previousVersion ? shown(run.previousVersion) : 'none'
  if (run.mode === 'status') return run.previousVersion ? `${from} (deployed)` : 'none deployed'
  if (run.newVersion && run.newVersion === run.previousVersion) return `${from} (unchanged)`
  return `${from} → ${run.newVersion ? shown(run.newVersion) : '—'}`
}

/**
 * A step's time: milliseconds below a second ("0.0 s" read as if nothing ran), with a no-break
 * space so that a narrow column does not put the unit on a line of its own.
 */
function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)}\u00a0ms` : `${(ms / 1000).toFixed(1)}\u00a0s`
}

/** A config repo with no deployed commit to compare with (a first deploy, or a repo new to the environment). */
function firstSeen(change: ConfigChange, plan: Plan, planned: boolean): string {
  const recorded = plan.config_commits[change.name] === change.to
  const why = plan.previous_version === null ? 'first deploy' : 'not deployed before'
  return `Config repo **${escape(change.name)}**: ${recorded ? `${planned ? 'to be recorded' : 'recorded'} at ` : 'at '}${code(short(change.to))} (${why}${recorded ? '' : '; not recorded: no build bakes it in'})${change.note ? `: ${prose(change.note)}` : ''}`
}

function code(text: string): string {
  return `<code>${escape(text).replace(/\\([`*_[\]])/g, '$1')}</code>`
}
