import { mkdtempSync, readFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CLI, runAction, spawnNode } from './action.js'
import { TestRepo } from './git.js'

/**
 * A deploy scenario: an application repository, a log that every command appends to, and quick
 * health settings, so a test reads as "commit this, deploy, expect that".
 */
export class Scenario {
  readonly app = new TestRepo('app-')
  readonly logFile = join(mkdtempSync(join(tmpdir(), 'log-')), 'commands.log')

  constructor(readonly baseInputs: Record<string, string> = {}) {}

  /** Shell that appends `name $DEPLOY_*` to the log, then runs `then` (e.g. `exit 1`). */
  command(name: string, then = ''): string {
    return `echo "${name} op=$DEPLOY_OPERATION version=$DEPLOY_VERSION previous=$DEPLOY_PREVIOUS_VERSION color=$DEPLOY_COLOR weight=$DEPLOY_WEIGHT image=$DEPLOY_IMAGE digest=$DEPLOY_IMAGE_DIGEST master=$DEPLOY_CONFIG_MASTER_COMMIT" >> "$COMMAND_LOG"${then ? `\n${then}` : ''}`
  }

  commands(): string[] {
    return existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8').trim().split('\n').filter(Boolean) : []
  }

  state(environment = 'production'): any {
    const path = join(this.app.dir, '.deploy-state', `${environment}.json`)
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
  }

  get defaults(): Record<string, string> {
    return {
      'state-store': 'file',
      'deploy-command': this.command('deploy'),
      'health-retries': '2',
      'health-interval-seconds': '0',
      // Generous for a loaded CI machine; failures in tests come from status codes, not timeouts.
      'health-timeout-seconds': '10',
      ...this.baseInputs
    }
  }

  /** Runs the action bundle as the runner would. */
  action(
    inputs: Record<string, string> = {},
    env: Record<string, string | undefined> = {},
    options: { timeoutMs?: number } = {}
  ) {
    return runAction({
      cwd: this.app.dir,
      inputs: { ...this.defaults, ...inputs },
      env: { COMMAND_LOG: this.logFile, ...env },
      timeoutMs: options.timeoutMs
    })
  }

  /** Runs the CLI bundle with flags named like the inputs. */
  cli(mode: string, inputs: Record<string, string> = {}, extra: string[] = [], input?: string) {
    const args = [CLI, mode, ...extra]
    for (const [name, value] of Object.entries({ ...this.defaults, ...inputs })) args.push(`--${name}`, value)
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, COMMAND_LOG: this.logFile }
    return spawnNode(args, { cwd: this.app.dir, env, input })
  }
}
