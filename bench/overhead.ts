// 2. Orchestration overhead: a whole redeploy on the command platform whose deploy command returns
// at once and whose health endpoint answers at once, minus the time spent in commands and checks
// (the steps' own durations, from result.json). Also where the rest goes, phase by phase, from the
// time each `::group::` line of the log reached us.
import { startGitHubServer } from '../test/servers/github/index.js'
import { GitHubApp } from '../test/support/faults.js'
import { HealthServer } from '../test/support/health-server.js'
import { TestRepo } from '../test/support/git.js'
import { type BenchOptions, type Figure, expectStatus, median, round, runActionTimed, summarize } from './lib.js'

const PHASES = ['Settings', 'State', 'Plan', 'Gate', 'Execute', 'Record'] as const

export async function overhead(options: BenchOptions): Promise<{ figures: Figure[]; details: unknown }> {
  const health = await HealthServer.start()
  try {
    const repo = new TestRepo('bench-overhead-')
    const inputs = {
      'state-store': 'file',
      'deploy-command': 'true',
      'health-urls': health.url('/health'),
      'health-retries': '1',
      'health-timeout-seconds': '5'
    }
    repo.commit({ 'app.py': '0' }, 'v0')
    expectStatus(await runActionTimed(options, repo.dir, inputs), 'success', 'overhead: the first deploy')
    const walls: number[] = []
    const stepTimes: number[] = []
    const overheads: number[] = []
    const phases: Record<string, number[]> = {
      start: [],
      ...Object.fromEntries(PHASES.map((p) => [p, []])),
      'report and exit': []
    }
    for (let i = 0; i <= options.runs; i++) {
      repo.commit({ 'app.py': String(i + 1) }, `v${i + 1}`)
      const run = await runActionTimed(options, repo.dir, inputs)
      expectStatus(run, 'success', 'overhead: a redeploy')
      if (run.outputs.operation !== 'redeploy') throw new Error(`overhead: planned ${run.outputs.operation}`)
      if (i === 0) continue // warm-up
      const steps = (run.result.steps as Array<{ name: string; duration_ms: number }>).reduce(
        (sum, s) => sum + s.duration_ms,
        0
      )
      walls.push(run.exitMs)
      stepTimes.push(steps)
      overheads.push(run.exitMs - steps)
      // Phase boundaries: the first line of each group; the start is spawn → first line.
      const at = (title: string) => run.lines.find((l) => l.text.startsWith(`::group::${title}`))?.ms ?? Number.NaN
      const marks = PHASES.map(at)
      phases.start!.push(marks[0]!)
      PHASES.forEach((phase, index) => {
        const end = index + 1 < PHASES.length ? marks[index + 1]! : (run.lines.at(-1)?.ms ?? run.exitMs)
        phases[phase]!.push(end - marks[index]!)
      })
      phases['report and exit']!.push(run.exitMs - (run.lines.at(-1)?.ms ?? run.exitMs))
    }
    const github = await withGitHub(options, health.url('/health'))
    const figures: Figure[] = [
      { bench: 'overhead', name: 'redeploy: wall time', value: round(median(walls)), unit: 'ms' },
      { bench: 'overhead', name: 'redeploy: in commands and checks', value: round(median(stepTimes)), unit: 'ms' },
      {
        bench: 'overhead',
        name: 'redeploy: orchestration overhead',
        value: round(median(overheads)),
        unit: 'ms',
        target: 500,
        note: `median of ${overheads.length}; p90 ${round(summarize(overheads).p90)} ms`
      },
      ...github.figures
    ]
    return {
      figures,
      details: {
        runs: options.runs,
        wallMs: summarize(walls),
        stepsMs: summarize(stepTimes),
        overheadMs: summarize(overheads),
        phasesMedianMs: Object.fromEntries(
          Object.entries(phases).map(([name, values]) => [name, round(median(values))])
        ),
        github: github.details
      }
    }
  } finally {
    await health.stop()
  }
}

/**
 * The same redeploy from GitHub Actions: state in a draft release, an API config repo, a validation
 * run, and (second variant) GitHub Deployments. What it adds is GitHub's round trips and the pauses
 * Octokit's throttling plugin puts between writes.
 */
async function withGitHub(options: BenchOptions, healthUrl: string): Promise<{ figures: Figure[]; details: unknown }> {
  const server = await startGitHubServer()
  try {
    const figures: Figure[] = []
    const details: Record<string, unknown> = {}
    for (const [label, deployments] of [
      ['release state', 'false'],
      ['release state + Deployments', 'true']
    ] as const) {
      const g = new GitHubApp(server, {
        'github-deployments': deployments,
        'health-urls': healthUrl,
        'health-retries': '1'
      })
      const run = async (files: Record<string, string>) => {
        const sha = g.commit(files)
        return runActionTimed(options, g.s.app.dir, g.s.defaults, { COMMAND_LOG: g.s.logFile, ...g.env(sha) })
      }
      expectStatus(await run({ 'app.py': '0' }), 'success', `overhead (${label}): the first deploy`)
      const walls: number[] = []
      const overheads: number[] = []
      const phases: Record<string, number[]> = {}
      const runs = Math.min(options.runs, options.quick ? 2 : 5)
      for (let i = 1; i <= runs; i++) {
        const outcome = await run({ 'app.py': String(i) })
        expectStatus(outcome, 'success', `overhead (${label}): a redeploy`)
        const steps = (outcome.result.steps as Array<{ duration_ms: number }>).reduce(
          (sum, step) => sum + step.duration_ms,
          0
        )
        walls.push(outcome.exitMs)
        overheads.push(outcome.exitMs - steps)
        const groups = outcome.lines.filter((l) => l.text.startsWith('::group::'))
        groups.forEach((group, index) => {
          const name = group.text
            .slice('::group::'.length)
            .replace(/[:(].*$/, '')
            .trim()
          const end = groups[index + 1]?.ms ?? outcome.exitMs
          ;(phases[name] ??= []).push(end - group.ms)
        })
      }
      figures.push({
        bench: 'overhead',
        name: `redeploy with ${label}: orchestration overhead`,
        value: round(median(overheads)),
        unit: 'ms',
        target: 500,
        note: `wall ${round(median(walls))} ms`
      })
      details[label] = {
        wallMs: summarize(walls),
        overheadMs: summarize(overheads),
        phasesMedianMs: Object.fromEntries(
          Object.entries(phases).map(([name, values]) => [name, round(median(values))])
        )
      }
    }
    return { figures, details }
  } finally {
    await server.close()
  }
}
