import * as core from '@actions/core'
import { BaseLog } from './log.js'

/** The runner's log: `::group::` per phase, annotations for warnings and errors. */
export class ActionsLog extends BaseLog {
  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    return core.group(title, body)
  }

  protected write(kind: 'info' | 'warn' | 'error' | 'debug' | 'output', text: string): void {
    if (kind === 'warn') core.warning(text)
    else if (kind === 'error') core.error(text)
    else if (kind === 'debug') core.debug(text)
    else if (kind === 'output') core.info(`  ${text}`)
    else core.info(text)
  }

  protected override declareSecret(value: string): void {
    core.setSecret(value)
  }
}
