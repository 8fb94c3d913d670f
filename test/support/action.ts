import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const ACTION = resolve(import.meta.dirname, '../../dist/index.js')
export const CLI = resolve(import.meta.dirname, '../../dist/cli/index.js')

export interface ActionRun {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** result.json written beside the summary, when the run got that far. */
  result?: Record<string, any>
}

/**
 * Runs the committed bundle the way the runner does: inputs as INPUT_* variables, outputs and the
 * job summary through the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files.
 */
export async function runAction(options: {
  cwd: string
  inputs?: Record<string, string>
  env?: Record<string, string | undefined>
  timeoutMs?: number
}): Promise<ActionRun> {
  const files = await mkdtemp(join(tmpdir(), 'runner-'))
  const outputFile = join(files, 'output')
  const summaryFile = join(files, 'step_summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const env: NodeJS.ProcessEnv = {}
  // A clean runner-like environment: nothing of this machine's GitHub or CI variables leaks in.
  for (const key of ['PATH', 'HOME', 'LANG', 'TMPDIR', 'USER', 'SHELL'])
    if (process.env[key]) env[key] = process.env[key]
  Object.assign(env, {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: options.cwd,
    RUNNER_TEMP: files
  })
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }
  const { exitCode, stdout, stderr } = await spawnNode([ACTION], {
    cwd: options.cwd,
    env,
    timeoutMs: options.timeoutMs
  })
  // Missing, or cut short by a SIGKILL in the middle of its write (the crash tests): no result.
  const result = await readFile(join(files, 'result.json'), 'utf8')
    .then((t) => JSON.parse(t))
    .catch(() => undefined)
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    result
  }
}

export function spawnNode(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number; input?: string }
): Promise<{ exitCode: number | null; stdout: string; stderr: string; signal: NodeJS.Signals | null }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env, stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.stdin.end(options.input ?? '')
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
    child.on('error', reject)
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer)
      resolvePromise({ exitCode, stdout, stderr, signal })
    })
  })
}

/** Reads the runner's `name<<delimiter` output file format. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!)
    if (match) {
      const [, name, delimiter] = match
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!)
      outputs[name!] = value.join('\n')
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=')
      outputs[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1)
    }
  }
  return outputs
}
