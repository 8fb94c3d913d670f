/**
 * Crash points for the crash-safety tests: with DEPLOY_ORCHESTRATOR_FAILPOINT=<name> the process
 * kills itself with SIGKILL when it reaches that point, as a runner losing its machine would.
 * Nothing else reads this variable; unset, a failpoint costs one comparison.
 */
export function failpoint(name: string): void {
  if (process.env.DEPLOY_ORCHESTRATOR_FAILPOINT === name) process.kill(process.pid, 'SIGKILL')
}
