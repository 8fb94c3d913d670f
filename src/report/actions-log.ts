// The runner's workflow commands through @actions/core's own command module (its `group`, `info`,
// `warning`, `error`, `debug` and `setSecret` are one call of it each); see actions-core.ts.
import { issue, issueCommand } from './actions-core.js'
import { EOL } from 'node:os'
import { BaseLog } from './log.js'

/** The runner's log: `::group::` per phase, annotations for warnings and errors. */
export class ActionsLog extends BaseLog {
  /** As `core.group`: the group opens at once, and closes however `body` ends. */
  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    issue('group', title)
    try {
      return await body()
    } finally {
      issue('endgroup')
    }
  }

  /** As `core.warning`, `core.error`, `core.debug` and `core.info`. */
  protected write(kind: 'info' | 'warn' | 'error' | 'debug' | 'output', text: string): void {
    if (kind === 'warn') issueCommand('warning', {}, text)
    else if (kind === 'error') issueCommand('error', {}, text)
    else if (kind === 'debug') issueCommand('debug', {}, text)
    else if (kind === 'output') process.stdout.write(`  ${text}${EOL}`)
    else process.stdout.write(`${text}${EOL}`)
  }

  /** As `core.setSecret`. */
  protected override declareSecret(value: string): void {
    issueCommand('add-mask', {}, value)
  }
}
