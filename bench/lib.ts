// Shared by the benchmarks: timed child processes, the runner's environment, statistics, the machine.
import { spawn } from 'node:child_process'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { parseOutputs } from '../test/support/action.js'

export const ROOT = resolve(import.meta.dirname, '..')

export interface BenchOptions {
  /** The bundle folder measured (default `dist/`): `dist/index.js` and `dist/cli/index.js`. */
  dist: string
  /** Repetitions of each timed run (medians are taken over these). */
  runs: number
  quick: boolean
  log: (line: string) => void
}

/** One figure of the table: a value, its unit, and the target it is held against. */
export interface Figure {
  bench: string
  name: string
  value: number
  unit: string
  /** `value < target` passes. */
  target?: number
  note?: string
}

export function verdict(figure: Figure): string {
  if (figure.target === undefined) return ''
  return figure.value < figure.target ? 'met' : `MISSED by ${round(figure.value - figure.target, 1)} ${figure.unit}`
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

export function summarize(values: number[]): { median: number; p90: number; min: number; max: number; n: number } {
  return {
    median: round(median(values)),
    p90: round(percentile(values, 90)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    n: values.length
  }
}

/** Wall clock in milliseconds with sub-millisecond resolution, comparable with servers' `Date.now()`. */
export function epochMs(): number {
  return performance.timeOrigin + performance.now()
}

export interface TimedRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Milliseconds from spawn to the first complete stdout line, and to the exit. */
  firstLineMs: number
  exitMs: number
  /** `epochMs()` when the process was spawned. */
  startedAt: number
  /** Every stdout line with the time it arrived (ms since spawn). */
  lines: { ms: number; text: string }[]
}

/** Spawns `node ...args` and times its first output line and its exit. */
export function spawnTimed(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number; nodeArgs?: string[] }
): Promise<TimedRun> {
  return new Promise((resolvePromise, reject) => {
    const startedAt = epochMs()
    const started = performance.now()
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    let pending = ''
    let firstLineMs = Number.NaN
    const lines: TimedRun['lines'] = []
    child.stdout.on('data', (chunk: Buffer) => {
      const ms = performance.now() - started
      stdout += chunk
      pending += chunk
      let newline = pending.indexOf('\n')
      while (newline >= 0) {
        if (Number.isNaN(firstLineMs)) firstLineMs = ms
        lines.push({ ms, text: pending.slice(0, newline) })
        pending = pending.slice(newline + 1)
        newline = pending.indexOf('\n')
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000)
    child.on('error', reject)
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer)
      resolvePromise({
        exitCode,
        signal,
        stdout,
        stderr,
        firstLineMs,
        exitMs: performance.now() - started,
        startedAt,
        lines
      })
    })
  })
}

export interface RunnerFiles {
  dir: string
  output: string
  summary: string
}

/** The environment the runner gives an action: INPUT_* variables, GITHUB_OUTPUT and the summary file. */
export function runnerEnv(
  cwd: string,
  inputs: Record<string, string>,
  extra: Record<string, string | undefined> = {}
): { env: NodeJS.ProcessEnv; files: RunnerFiles } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-runner-'))
  const files = { dir, output: join(dir, 'output'), summary: join(dir, 'step_summary') }
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  const env: NodeJS.ProcessEnv = {}
  for (const key of ['PATH', 'HOME', 'LANG', 'TMPDIR', 'USER', 'SHELL'])
    if (process.env[key]) env[key] = process.env[key]
  Object.assign(env, {
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: cwd,
    RUNNER_TEMP: dir
  })
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }
  return { env, files }
}

export interface ActionOutcome extends TimedRun {
  outputs: Record<string, string>
  result?: any
}

/** Runs the action bundle once, as the runner does, timed. */
export async function runActionTimed(
  options: BenchOptions,
  cwd: string,
  inputs: Record<string, string>,
  extra: Record<string, string | undefined> = {},
  nodeArgs: string[] = []
): Promise<ActionOutcome> {
  const { env, files } = runnerEnv(cwd, inputs, extra)
  const run = await spawnTimed([join(options.dist, 'index.js')], { cwd, env, nodeArgs })
  let result: any
  try {
    result = JSON.parse(readFileSync(join(files.dir, 'result.json'), 'utf8'))
  } catch {
    result = undefined
  }
  return { ...run, outputs: parseOutputs(readFileSync(files.output, 'utf8')), result }
}

/** Fails loudly when a measured run did not do what the benchmark assumes. */
export function expectStatus(run: ActionOutcome, status: string, what: string): void {
  if (run.outputs.status !== status) {
    throw new Error(
      `${what}: expected status ${status}, got ${run.outputs.status ?? '(none)'} (exit ${run.exitCode})\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`
    )
  }
}

export function machine(): Record<string, unknown> {
  const sh = (command: string, args: string[]) => {
    try {
      return execFileSync(command, args, { encoding: 'utf8' }).trim()
    } catch {
      return undefined
    }
  }
  return {
    cpu: cpus()[0]?.model,
    cores: sh('nproc', []) ?? String(cpus().length),
    memory: `${round(totalmem() / 2 ** 30, 1)} GiB total, ${round(freemem() / 2 ** 30, 1)} GiB free`,
    free: sh('free', ['-h']),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    kernel: sh('uname', ['-r']),
    loadavg: loadavg().map((l) => round(l, 2))
  }
}
