// The job summary as text: literal runs in, the Markdown GitHub renders out. What reads badly once
// rendered (`npm run screenshots` shows it) is pinned here on the Markdown itself.
import { describe, expect, it } from 'vitest'
import { renderTerminalSummary } from '../src/cli/terminal-summary.js'
import type { StepRecord } from '../src/execute/execute.js'
import type { RunResult } from '../src/pipeline.js'
import { type Plan, planDeployment } from '../src/plan/plan.js'
import type { ServiceRun, ServicesRun } from '../src/monorepo/run-services.js'
import { renderServicesSummary } from '../src/monorepo/summary.js'
import { prose, renderSummary, timelineAxis } from '../src/report/summary.js'
import { parseSettings } from '../src/settings/settings.js'

const V1 = '1'.repeat(40)
const V2 = '2'.repeat(40)
const CONFIG = 'c'.repeat(40)
const START = Date.parse('2026-12-01T10:00:00.000Z')

const SETTINGS = parseSettings({
  inputs: (name) =>
    ({ 'state-store': 'file', strategy: 'blue-green', 'deploy-command': 'true', 'switch-command': 'true' })[name],
  env: {},
  cwd: import.meta.dirname
})

const render = (run: RunResult) => renderSummary(run, SETTINGS, (text) => text)

/** Steps that ran one after the other, each taking the given milliseconds. */
function steps(...spec: [name: string, ms: number, status?: StepRecord['status'], detail?: string][]): StepRecord[] {
  let at = START
  return spec.map(([name, ms, status = 'success', detail]) => {
    const step: StepRecord = { name, started_at: new Date(at).toISOString(), duration_ms: ms, status, detail }
    at += ms
    return step
  })
}

const plan = (overrides: Partial<Plan> = {}): Plan => ({
  schema_version: 1,
  environment: 'production',
  platform: 'command',
  strategy: 'blue-green',
  operation: 'redeploy',
  decided_by: 'analysis',
  requires_approval: false,
  approval_policy: ['rebuild', 'restart'],
  reasons: ['1 code file changed (app.py): redeploy'],
  version: V2,
  previous_version: V1,
  state_sequence: 3,
  config_commits: {},
  records_config: false,
  changes: { rebuild: [], restart: [], redeploy: ['app.py'], ignore: [] },
  config_changes: [],
  service_up: true,
  steps: ['deploy to idle colour', 'check idle colour', 'switch traffic', 'check'],
  created_at: new Date(START).toISOString(),
  ...overrides
})

const run = (overrides: Partial<RunResult> = {}): RunResult => ({
  mode: 'deploy',
  environment: 'production',
  status: 'success',
  deploymentId: '00000000-0000-4000-8000-000000000000',
  startedAt: new Date(START).toISOString(),
  durationSeconds: 0.4,
  plan: plan(),
  approval: { by: 'not required', how: 'not-required' },
  previousVersion: V1,
  newVersion: V2,
  hardening: { dpo_pairs_generated: 0 },
  notes: [],
  ...overrides
})

const outcome = (
  stepList: StepRecord[],
  extra: Partial<NonNullable<RunResult['outcome']>> = {}
): RunResult['outcome'] => ({
  status: 'success',
  trafficMoved: true,
  steps: stepList,
  health: [],
  rollback: { triggered: false },
  migrations: [],
  ...extra
})

/** The Mermaid block of a summary. */
const gantt = (summary: string) => /```mermaid\n([\s\S]*?)```/.exec(summary)![1]!

describe('the timeline (Mermaid gantt): its axis reads at the run’s scale', () => {
  it('a run under a second is labelled in milliseconds, ticks every 20 ms for 172 ms', () => {
    const summary = render(
      run({
        outcome: outcome(
          steps(
            ['deploy to blue', 133],
            ['health check (candidate)', 21],
            ['switch traffic to blue', 9],
            ['health check (live)', 9]
          )
        )
      })
    )
    expect(gantt(summary)).toBe(
      [
        'gantt',
        '  dateFormat x',
        '  axisFormat %Q ms',
        '  tickInterval 20millisecond',
        '  section run',
        '  deploy to blue :0, 133',
        '  health check (candidate) :133, 154',
        '  switch traffic to blue :154, 163',
        '  health check (live) :163, 172',
        ''
      ].join('\n')
    )
  })

  it('a run of a few seconds ticks every second, labelled in seconds; a failed step is marked crit', () => {
    const summary = render(
      run({
        status: 'rolled_back',
        outcome: outcome(
          steps(['deploy to blue', 75], ['health check (live)', 2019, 'failed'], ['switch traffic back to green', 6])
        )
      })
    )
    expect(gantt(summary)).toContain('  axisFormat %s s\n  tickInterval 1second\n')
    expect(gantt(summary)).toContain('  health check (live) :crit, 75, 2094\n')
    expect(gantt(summary)).not.toContain('%M')
  })

  it('every length gets at most 10 ticks, in a unit the labels can tell apart', () => {
    const cases: [number, string, string][] = [
      [1, '%Q ms', '10millisecond'],
      [999, '%Q ms', '100millisecond'],
      [1000, '%s s', '1second'],
      [10_000, '%s s', '1second'],
      [10_001, '%s s', '2second'],
      [45_000, '%s s', '5second'],
      [240_000, '%s s', '30second'],
      [600_000, '%s s', '1minute'],
      [720_000, '%s s', '2minute'],
      [3 * 3600_000, '%s s', '30minute']
    ]
    for (const [span, format, interval] of cases) expect(timelineAxis(span), `${span} ms`).toEqual({ format, interval })
    for (let span = 1; span < 6 * 3600_000; span = Math.ceil(span * 1.37)) {
      const { format, interval } = timelineAxis(span)
      const [, count, unit] = /^(\d+)(millisecond|second|minute)$/.exec(interval)!
      const ms = Number(count) * { millisecond: 1, second: 1000, minute: 60_000 }[unit as 'second']
      expect(span / ms, `${span} ms: ${interval}`).toBeLessThanOrEqual(10)
      // A label in seconds cannot tell apart ticks less than a second apart.
      if (format === '%s s') expect(ms % 1000, `${span} ms`).toBe(0)
    }
  })
})

describe('inline code in reasons, messages and step details', () => {
  it('stays code: a Markdown code span in the reasons list and the quote, escaped text around it', () => {
    const summary = render(
      run({
        status: 'failed',
        message:
          '`build-command`: the plan is a rebuild, which runs the build command (set `operation: redeploy` to skip it) <b>',
        plan: plan({
          decided_by: 'override',
          reasons: ['Operation forced to redeploy by the `operation` input (analysis alone would rebuild)']
        })
      })
    )
    expect(summary).toContain(
      '- Operation forced to redeploy by the `operation` input (analysis alone would rebuild)\n'
    )
    expect(summary).toContain(
      '> **What failed:** `build-command`: the plan is a rebuild, which runs the build command (set `operation: redeploy` to skip it) &lt;b&gt;\n'
    )
    expect(summary).not.toContain('\\`')
  })

  it('what is inside the backticks is shown as written; unpaired backticks and HTML outside stay literal', () => {
    expect(prose('rule `**/*.md => ignore` and `<script>`')).toBe('rule `**/*.md => ignore` and `<script>`')
    expect(prose('a `b` c`')).toBe('a \\`b\\` c\\`')
    expect(prose('<img src=x> *bold* `x`')).toBe('&lt;img src=x&gt; \\*bold\\* `x`')
    expect(prose('empty `` here')).toBe('empty \\`\\` here')
    // In a table a pipe ends the cell even inside a code span, unless escaped.
    expect(prose('`a|b` c|d', 'table')).toBe('`a\\|b` c\\|d')
    // Inside HTML (where Markdown is not read): <code>, escaped for HTML only.
    expect(prose('set `x_y <z>` & go', 'html')).toBe('set <code>x_y &lt;z&gt;</code> &amp; go')
  })

  it('a step’s failure in the steps table keeps its code spans, with the table’s pipes escaped', () => {
    const summary = render(
      run({
        status: 'failed',
        outcome: outcome(
          steps(['switch traffic to green', 12, 'failed', '`switch-command` is not set: pass `a|b` or set it']),
          { status: 'failed' }
        )
      })
    )
    expect(summary).toContain(
      '| switch traffic to green | ✗ `switch-command` is not set: pass `a\\|b` or set it | 12\u00a0ms |'
    )
  })
})

describe('a first deploy says what was recorded and what ran', () => {
  const firstPlan = (override: 'auto' | 'redeploy') =>
    planDeployment(
      {
        environment: 'production',
        version: V2,
        current: null,
        stateSequence: 0,
        lastAttempt: null,
        files: null,
        configRepos: [
          {
            name: 'prompts',
            source: '/srv/prompts.git',
            envName: 'DEPLOY_CONFIG_PROMPTS_COMMIT',
            deployed: undefined,
            head: CONFIG,
            moved: true,
            commits: [],
            totalCommits: 0
          }
        ],
        service: null
      },
      { override, approvalRequiredFor: [], canBuild: true, platform: 'command', strategy: 'blue-green' },
      new Date(START).toISOString()
    )

  it('each config repo: recorded at its commit (first deploy), not "0 new commits (∅ → …)"', () => {
    const summary = render(
      run({ previousVersion: undefined, plan: firstPlan('auto'), outcome: outcome(steps(['build', 900])) })
    )
    expect(summary).toContain('- Config repo **prompts**: recorded at <code>ccccccc</code> (first deploy)\n')
    expect(summary).not.toMatch(/new commits|∅/)
    expect(summary).toContain('- First deploy of production: no state recorded yet, so build and deploy 2222222\n')
  })

  it('a redeploy forced on a first deploy says "deploy", not "build and deploy", and lists the steps that ran', () => {
    const forced = firstPlan('redeploy')
    const summary = render(
      run({
        previousVersion: undefined,
        plan: forced,
        outcome: outcome(
          steps(['deploy to green', 300], ['health check (candidate)', 20], ['switch traffic to green', 8])
        )
      })
    )
    expect(summary).not.toContain('build and deploy')
    expect(summary).toContain('- First deploy of production: no state recorded yet, so deploy 2222222\n')
    expect(summary).toContain(
      '- Operation forced to redeploy by the `operation` input (analysis alone would rebuild)\n'
    )
    const table = /### Steps\n\n([\s\S]*?)\n\n/.exec(summary)![1]!
    expect(
      table
        .split('\n')
        .slice(2)
        .map((row) => row.split(' | ')[0])
    ).toEqual(['| deploy to green', '| health check (candidate)', '| switch traffic to green'])
  })

  it('a plan says what would be recorded and what would run', () => {
    const summary = render(
      run({ mode: 'plan', status: 'planned', previousVersion: undefined, plan: firstPlan('auto') })
    )
    expect(summary).toContain('- Config repo **prompts**: to be recorded at <code>ccccccc</code> (first deploy)\n')
    expect(summary).toContain(
      '| Would run | build → deploy to idle colour → check idle colour → switch traffic → restart → check |'
    )
  })

  it('a config repo whose name Markdown would read is shown as written in the HTML of its <summary>', () => {
    const summary = render(
      run({
        plan: plan({
          config_changes: [
            { name: 'my_config', source: 's', from: V1, to: CONFIG, total: 1, commits: [{ sha: CONFIG, subject: 'x' }] }
          ]
        })
      })
    )
    expect(summary).toContain(
      '<details><summary>Config repo <b>my_config</b>: 1 new commit (<code>1111111</code> → <code>ccccccc</code>)</summary>'
    )
  })
})

describe('the rest of the summary, read as a new user reads it', () => {
  it('the facts table has no blank header row; an approval nobody needed reads "not required"; short steps in ms', () => {
    const summary = render(run({ outcome: outcome(steps(['deploy to blue', 133], ['health check (live)', 1480])) }))
    expect(summary).not.toContain('| | |')
    expect(summary).toContain('| Operation | **redeploy** |\n|:---|:---|\n| Version |')
    expect(summary).toContain('| Approval | not required |')
    expect(summary).toContain('| deploy to blue | ✓ | 133\u00a0ms |')
    expect(summary).toContain('| health check (live) | ✓ | 1.5\u00a0s |')
  })

  it('a status check shows the deployed version and no approval; nothing to deploy shows one version', () => {
    const status = render(
      run({
        mode: 'status',
        plan: undefined,
        approval: undefined,
        newVersion: undefined,
        service: { up: true, detail: 'blue is running' }
      })
    )
    expect(status).toMatch(/^## ✅ Service healthy: production\n\n\| Operation \| status \|\n/)
    expect(status).toContain('| Version | <code>1111111</code> (deployed) |')
    expect(status).not.toContain('Approval')
    const skipped = render(
      run({
        status: 'skipped',
        newVersion: V1,
        plan: plan({ operation: 'none', version: V1, reasons: ['Nothing changed since 1111111'], steps: ['status'] })
      })
    )
    expect(skipped).toContain('| Version | <code>1111111</code> (unchanged) |')
    expect(skipped).not.toContain('Would run')
  })

  it('a plan needing approval says so in its title', () => {
    const summary = render(
      run({
        mode: 'plan',
        status: 'planned',
        approval: undefined,
        plan: plan({ operation: 'rebuild', requires_approval: true })
      })
    )
    expect(summary).toMatch(/^## 📋 Deploy planned, needing approval: production\n/)
    expect(summary).toContain('| Approval | required |')
  })

  const failedLive = 'health check (live): http://app/health: HTTP 502, expected 200 (after 3 attempts)'

  it('an automatic rollback names the failure quoted at the top instead of repeating it', () => {
    const summary = render(
      run({
        status: 'rolled_back',
        message: failedLive,
        outcome: outcome(
          steps(
            ['switch traffic to blue', 9],
            ['health check (live)', 2019, 'failed'],
            ['switch traffic back to green', 6]
          ),
          {
            status: 'rolled_back',
            reason: failedLive,
            failedStep: 'health check (live)',
            rollback: {
              triggered: true,
              reason: failedLive,
              previous_version: V1,
              duration_seconds: 0.01,
              succeeded: true
            }
          }
        )
      })
    )
    expect(summary).toContain('> **What failed:** health check (live): http://app/health')
    expect(summary).toContain(
      '### Rollback\n\n- To: <code>1111111</code>\n- Reason: health check (live) failed (above)\n- Took: 10\u00a0ms (limit 60 s)\n- Result: healthy again\n'
    )
    expect(summary.split('HTTP 502, expected 200 (after 3 attempts)')).toHaveLength(2)
  })

  it('a failed rollback: one colon in the title, and the result says what failed, not a guess', () => {
    const reason = `${failedLive}; rollback failed: switch-command exited 1 after 0.0 s: load balancer API: 503`
    const summary = render(
      run({
        status: 'rollback_failed',
        message: reason,
        outcome: outcome(
          steps(['health check (live)', 2019, 'failed'], ['switch traffic back to green', 6, 'failed']),
          {
            status: 'rollback_failed',
            reason,
            failedStep: 'health check (live)',
            rollback: {
              triggered: true,
              reason: failedLive,
              previous_version: V1,
              duration_seconds: 0.004,
              succeeded: false
            }
          }
        )
      })
    )
    expect(summary).toMatch(
      /^## 🚨 Deploy failed and the rollback failed: production\n\n> \*\*Manual intervention needed:\*\* /
    )
    expect(summary).toContain('- Result: **failed**: switch-command exited 1 after 0.0 s: load balancer API: 503\n')
    expect(summary).not.toContain('the previous version is unhealthy too')
  })
})

describe('the summary of several services reads as one service’s does', () => {
  const service = (name: string, wave: 1 | 2 | 3 = 1) => ({
    ...SETTINGS,
    service: { name, path: name, watch: [], wave }
  })
  const services = (mode: 'plan' | 'status', entries: Array<Partial<ServiceRun> & { name: string }>): ServicesRun => ({
    mode,
    environment: 'production',
    status: 'failed',
    deploymentId: '00000000-0000-4000-8000-000000000000',
    startedAt: new Date(START).toISOString(),
    durationSeconds: 0.5,
    services: entries.map(({ name, ...rest }) => ({ settings: service(name), log: undefined as never, ...rest }))
  })

  it('inline code in reasons, errors and messages stays code, in the table and in the details', () => {
    const forced = 'Operation forced to redeploy by the `operation` input (analysis alone would do nothing)'
    const planned = renderServicesSummary(
      services('plan', [
        {
          name: 'api',
          result: run({ mode: 'plan', status: 'planned', plan: plan({ decided_by: 'override', reasons: [forced] }) })
        },
        { name: 'web', error: '`config-file`: services.web.path: "wbe" is not a folder' }
      ]),
      (text) => text
    )
    expect(planned).toContain(`| ${forced} |`)
    expect(planned).toContain(`- ${forced}\n`)
    expect(planned).toContain('| ❌ not planned |  |  | `config-file`: services.web.path: "wbe" is not a folder |')
    expect(planned).toContain('> `config-file`: services.web.path: "wbe" is not a folder\n')
    expect(planned).not.toContain('\\`')
    const status = renderServicesSummary(
      services('status', [
        {
          name: 'api',
          result: run({ mode: 'status', status: 'failed', plan: undefined, message: 'down: `status-command` exited 1' })
        }
      ]),
      (text) => text
    )
    expect(status).toContain('| api | ❌ down: down: `status-command` exited 1 |')
    expect(status).toContain('> down: `status-command` exited 1\n')
    expect(status).not.toContain('\\`')
  })
})

describe('the terminal summary words versions and approvals as the job summary does', () => {
  const rows = (text: string) => text.split('\n').filter((line) => /^(Version|Approval) /.test(line))

  it('a status shows the deployed version; nothing to deploy shows one; an approval nobody needed reads "not required"', () => {
    const status = renderTerminalSummary(
      run({ mode: 'status', plan: undefined, approval: undefined, newVersion: undefined }),
      SETTINGS
    )
    expect(rows(status)).toEqual(['Version       1111111 (deployed)'])
    const skipped = renderTerminalSummary(run({ status: 'skipped', newVersion: V1 }), SETTINGS)
    expect(rows(skipped)).toEqual(['Version       1111111 (unchanged)', 'Approval      not required'])
    const deployed = renderTerminalSummary(run({ approval: { by: 'ana', how: 'terminal' } }), SETTINGS)
    expect(rows(deployed)).toEqual(['Version       1111111 → 2222222', 'Approval      ana (terminal)'])
  })
})
