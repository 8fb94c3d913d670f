import { runProcess } from './process.js'

export class GitError extends Error {
  constructor(
    message: string,
    readonly stderr: string
  ) {
    super(message)
    this.name = 'GitError'
  }
}

/** Git never asks for a password here: a prompt would hang the job until its timeout. */
const GIT_ENV = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_ASKPASS: 'echo',
  SSH_ASKPASS: 'echo',
  GCM_INTERACTIVE: 'never',
  LC_ALL: 'C'
}

export async function git(
  args: readonly string[],
  options: { cwd: string; timeoutMs?: number; env?: NodeJS.ProcessEnv; allowFailure?: boolean }
): Promise<{ stdout: string; exitCode: number }> {
  const result = await runProcess('git', args, {
    cwd: options.cwd,
    env: { ...process.env, ...GIT_ENV, ...options.env },
    timeoutMs: options.timeoutMs ?? 60_000,
    maxBufferBytes: 64 * 1024 * 1024
  })
  const exitCode = result.exitCode ?? -1
  if (result.timedOut)
    throw new GitError(
      `git ${args[0]} did not answer within ${Math.round((options.timeoutMs ?? 60_000) / 1000)} s`,
      result.stderr
    )
  if (exitCode !== 0 && !options.allowFailure) {
    throw new GitError(`git ${args[0]} failed (exit ${exitCode}): ${firstLine(result.stderr)}`, result.stderr)
  }
  return { stdout: result.stdout, exitCode }
}

export function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '')
  return (line ?? '').trim().slice(0, 300)
}
