// @actions/core's own modules, without its entry: the entry also loads @actions/http-client and,
// with it, a second undici (6.x) for OIDC tokens, which this action never asks for (about 40 ms of
// every run's start). The package's exports map hides these modules, hence the paths; they are the
// very modules the entry re-exports or wraps, bundled once.
import { issueCommand } from '../../node_modules/@actions/core/lib/command.js'
import { issueFileCommand, prepareKeyValueMessage } from '../../node_modules/@actions/core/lib/file-command.js'
import { toCommandValue } from '../../node_modules/@actions/core/lib/utils.js'
import { EOL } from 'node:os'
import { delimiter } from 'node:path'

export { issue, issueCommand } from '../../node_modules/@actions/core/lib/command.js'
export { summary } from '../../node_modules/@actions/core/lib/summary.js'

/** `core.setOutput`, as @actions/core writes it. */
export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value))
    return
  }
  process.stdout.write(EOL)
  issueCommand('set-output', { name }, toCommandValue(value))
}

/** `core.setFailed`: the error annotation, and exit code 1. */
export function setFailed(message: string): void {
  process.exitCode = 1
  issueCommand('error', {}, message)
}

/** `core.addPath`: a folder on PATH for the later steps of the job, and for this process's commands. */
export function addPath(folder: string): void {
  if (process.env.GITHUB_PATH) issueFileCommand('PATH', folder)
  process.env.PATH = `${folder}${delimiter}${process.env.PATH ?? ''}`
}
