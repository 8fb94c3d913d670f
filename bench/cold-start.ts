// 1. Cold start: `node dist/index.js` in `mode: plan` with nothing to do, to its first output line
// and to its exit, beside bare Node in the same run; the same on `platform: digitalocean`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { DigitalOceanScenario, digest } from '../test/digitalocean-harness.js'
import { TestRepo } from '../test/support/git.js'
import {
  type BenchOptions,
  type Figure,
  ROOT,
  expectStatus,
  median,
  round,
  runActionTimed,
  runnerEnv,
  spawnTimed,
  summarize
} from './lib.js'
import { byPackage, instrumentedCopy, modulePackages } from './module-timing.js'
import { summarizeProfile } from './profile.js'

export async function coldStart(options: BenchOptions): Promise<{ figures: Figure[]; details: unknown }> {
  const command = new TestRepo('bench-cold-')
  command.commit({ 'app.py': 'print(1)' }, 'v1')
  const commandInputs = { 'state-store': 'file', 'deploy-command': 'true', 'health-retries': '1' }
  expectStatus(await runActionTimed(options, command.dir, commandInputs), 'success', 'cold start: the first deploy')

  const ocean = await DigitalOceanScenario.start({ phaseMs: 5 })
  try {
    ocean.commit(1)
    const oceanInputs = ocean.inputs()
    expectStatus(
      await runActionTimed(options, ocean.repo.dir, {
        ...oceanInputs,
        'image-digest': digest('web:1'),
        operation: 'redeploy'
      }),
      'success',
      'cold start: the first DigitalOcean deploy'
    )

    const variants = {
      bareExit: () => spawnTimed(['-e', '0'], { cwd: command.dir, env: runnerEnv(command.dir, {}).env }),
      bareFirstLine: () =>
        spawnTimed(['-e', 'console.log("::group::x")'], { cwd: command.dir, env: runnerEnv(command.dir, {}).env }),
      command: () => runActionTimed(options, command.dir, { ...commandInputs, mode: 'plan' }),
      digitalocean: () => runActionTimed(options, ocean.repo.dir, { ...oceanInputs, mode: 'plan' })
    }
    const times: Record<keyof typeof variants, { first: number[]; exit: number[] }> = {
      bareExit: { first: [], exit: [] },
      bareFirstLine: { first: [], exit: [] },
      command: { first: [], exit: [] },
      digitalocean: { first: [], exit: [] }
    }
    // One warm-up round (the page cache), then the variants interleaved so drift hits all alike.
    for (let round = 0; round <= options.runs; round++) {
      for (const [name, run] of Object.entries(variants) as [keyof typeof variants, () => Promise<any>][]) {
        const outcome = await run()
        if (outcome.outputs && outcome.outputs.operation !== 'none') {
          throw new Error(
            `cold start: ${name} planned ${outcome.outputs.operation}, not none\n${outcome.stdout.slice(-2000)}`
          )
        }
        if (round === 0) continue
        times[name].first.push(outcome.firstLineMs)
        times[name].exit.push(outcome.exitMs)
      }
    }

    // Which files each variant loads, and where its CPU time goes (one extra run each, not timed).
    const loads: Record<string, Array<{ file: string; kB: number }>> = {}
    const profiles: Record<string, unknown> = {}
    const modules: Record<string, unknown> = {}
    const instrumented = instrumentedCopy(options.dist)
    const owners = modulePackages(options.dist)
    for (const [name, cwd, inputs] of [
      ['command', command.dir, { ...commandInputs, mode: 'plan' }],
      ['digitalocean', ocean.repo.dir, { ...oceanInputs, mode: 'plan' }]
    ] as const) {
      const scratch = mkdtempSync(join(tmpdir(), 'bench-trace-'))
      const traceFile = join(scratch, 'loads.txt')
      await runActionTimed(options, cwd, inputs, { BENCH_TRACE_LOADS: traceFile }, [
        '--import',
        join(ROOT, 'bench/trace-loads.mjs')
      ])
      loads[name] = [...new Set(readFileSync(traceFile, 'utf8').trim().split('\n'))]
        .map((url) => new URL(url).pathname)
        .filter((path) => path.startsWith(options.dist))
        .map((path) => ({ file: relative(options.dist, path), kB: round(readFileSync(path).length / 1024, 0) }))
      await runActionTimed(options, cwd, inputs, {}, [
        '--cpu-prof',
        '--cpu-prof-dir',
        scratch,
        '--cpu-prof-interval',
        '250'
      ])
      const summary = summarizeProfile(scratch)
      profiles[name] = { totalMs: summary.totalMs, compileMs: summary.compileMs, self: top(summary.self, 10) }
      const timesFile = join(scratch, 'modules.json')
      await runActionTimed({ ...options, dist: instrumented }, cwd, inputs, { BENCH_MODULE_TIMES: timesFile })
      const perPackage = byPackage(JSON.parse(readFileSync(timesFile, 'utf8')) as Record<string, number>, owners)
      modules[name] = {
        totalMs: round(Object.values(perPackage).reduce((a, b) => a + b, 0)),
        byPackage: top(perPackage, 15)
      }
      rmSync(scratch, { recursive: true, force: true })
    }

    const bareFirst = median(times.bareFirstLine.first)
    const commandFirst = median(times.command.first)
    const oceanFirst = median(times.digitalocean.first)
    const commandExit = median(times.command.exit)
    const oceanExit = median(times.digitalocean.exit)
    const figures: Figure[] = [
      { bench: 'cold start', name: 'bare node: first line', value: round(bareFirst), unit: 'ms' },
      { bench: 'cold start', name: 'bare node -e 0: exit', value: round(median(times.bareExit.exit)), unit: 'ms' },
      {
        bench: 'cold start',
        name: 'command: first line − bare',
        value: round(commandFirst - bareFirst),
        unit: 'ms',
        target: 30,
        note: `first line at ${round(commandFirst)} ms`
      },
      {
        bench: 'cold start',
        name: 'command: whole no-change plan',
        value: round(commandExit),
        unit: 'ms',
        target: 250
      },
      {
        bench: 'cold start',
        name: 'digitalocean: first line − bare',
        value: round(oceanFirst - bareFirst),
        unit: 'ms',
        target: 30,
        note: `first line at ${round(oceanFirst)} ms`
      },
      {
        bench: 'cold start',
        name: 'digitalocean: whole no-change plan',
        value: round(oceanExit),
        unit: 'ms',
        target: 250,
        note: `${round(oceanExit - commandExit)} ms more than command (the SDK and its API call)`
      }
    ]
    const details = {
      runs: options.runs,
      ms: Object.fromEntries(
        Object.entries(times).map(([name, t]) => [name, { firstLine: summarize(t.first), exit: summarize(t.exit) }])
      ),
      loads,
      profiles,
      modules
    }
    return { figures, details }
  } finally {
    await ocean.close()
  }
}

function top(record: Record<string, number>, n: number): Record<string, number> {
  return Object.fromEntries(Object.entries(record).slice(0, n))
}
