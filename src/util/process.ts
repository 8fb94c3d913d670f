import { spawn } from 'node:child_process'

export interface CommandResult {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  durationMs: number
  timedOut: boolean
  aborted: boolean
}

export interface RunOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  timeoutMs?: number
  signal?: AbortSignal
  /** Each complete output line, as it comes (streamed into the log group). */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void
  input?: string
  /** Keep at most this much of each stream in the result (the log has all of it). */
  maxBufferBytes?: number
}

/**
 * Runs a program in its own process group, so a deadline or an abort stops the whole tree (a shell
 * script's children included), which @actions/exec cannot do. Never throws for a non-zero exit.
 */
export function runProcess(file: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
  const started = performance.now()
  const maxBuffer = options.maxBufferBytes ?? 1024 * 1024
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      detached: true
    })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    let aborted = false
    const kill = (): void => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM')
      } catch {
        /* already gone */
      }
      // A process that ignores SIGTERM gets SIGKILL shortly after.
      setTimeout(() => {
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL')
        } catch {
          /* already gone */
        }
      }, 2000).unref()
    }
    const timer =
      options.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true
            kill()
          }, options.timeoutMs)
        : undefined
    const onAbort = (): void => {
      aborted = true
      kill()
    }
    if (options.signal?.aborted) onAbort()
    options.signal?.addEventListener('abort', onAbort, { once: true })

    const collect = (stream: 'stdout' | 'stderr') => {
      let pending = ''
      return (chunk: Buffer): void => {
        const text = chunk.toString('utf8')
        if (stream === 'stdout' && stdout.length < maxBuffer) stdout += text
        if (stream === 'stderr' && stderr.length < maxBuffer) stderr += text
        if (!options.onLine) return
        pending += text
        let newline = pending.indexOf('\n')
        while (newline >= 0) {
          options.onLine(pending.slice(0, newline).replace(/\r$/, ''), stream)
          pending = pending.slice(newline + 1)
          newline = pending.indexOf('\n')
        }
      }
    }
    child.stdout!.on('data', collect('stdout'))
    child.stderr!.on('data', collect('stderr'))
    if (options.input !== undefined && child.stdin) child.stdin.end(options.input)
    child.on('error', (error) => {
      if (timer) clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
      reject(error)
    })
    child.on('close', (exitCode, signal) => {
      if (timer) clearTimeout(timer)
      options.signal?.removeEventListener('abort', onAbort)
      if (options.onLine) {
        const tailOut = stdout.endsWith('\n') ? '' : stdout.slice(stdout.lastIndexOf('\n') + 1)
        const tailErr = stderr.endsWith('\n') ? '' : stderr.slice(stderr.lastIndexOf('\n') + 1)
        if (tailOut) options.onLine(tailOut, 'stdout')
        if (tailErr) options.onLine(tailErr, 'stderr')
      }
      resolve({ exitCode, signal, stdout, stderr, durationMs: performance.now() - started, timedOut, aborted })
    })
  })
}

/** The runner's own shell for `run:` steps, so commands behave as they would in a workflow. */
export function runShell(command: string, options: RunOptions = {}): Promise<CommandResult> {
  return runProcess('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], options)
}

/** Whether a process of this machine still runs (EPERM: it runs, as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
