import type { Plan } from '../plan/plan.js'
import type { Settings } from '../settings/settings.js'
import { STRATEGIES } from '../settings/inputs.js'
import type { DeploymentState, VersionRecord } from '../state/schema.js'
import { firstLine } from '../util/git.js'
import { runShell } from '../util/process.js'
import type { Log } from '../report/log.js'
import {
  type BuildOutput,
  type Color,
  type DeployOutput,
  type Platform,
  type PlatformContext,
  type RollbackHandle,
  type ServiceStatus,
  PlatformError
} from './platform.js'

type CommandName = 'deploy' | 'build' | 'restart' | 'start' | 'status' | 'rollback' | 'switch' | 'verify'

/**
 * The embedded default: the user's own shell commands (a `just` recipe, a script, kubectl…). Each
 * runs in the runner's bash with the DEPLOY_* variables, its output streamed into the log group.
 */
export class CommandPlatform implements Platform {
  readonly name = 'command'
  readonly strategies = STRATEGIES

  constructor(
    private readonly settings: Settings,
    private readonly log: Log
  ) {}

  check(plan: Pick<Plan, 'operation' | 'strategy'>, mode: Settings['mode']): string[] {
    const { commands } = this.settings
    const problems: string[] = []
    const need = (name: CommandName, why: string) => {
      if (!commands[name]) problems.push(`\`${name}-command\`: ${why}`)
    }
    if (mode === 'status' || plan.operation === 'none') return problems
    if (plan.operation === 'rebuild')
      need(
        'build',
        'the plan is a rebuild, which runs the build command (or set `operation: redeploy` to skip the build)'
      )
    if (plan.operation === 'restart')
      need('restart', 'the plan is a restart (an environment file changed), which runs the restart command')
    if (plan.operation === 'start' && !commands.start)
      need('deploy', 'the service must be started: set `start-command` or `deploy-command`')
    if (['redeploy', 'rebuild', 'restart'].includes(plan.operation)) need('deploy', 'the plan deploys')
    if (plan.operation === 'rollback' && !commands.rollback)
      need('deploy', 'a rollback runs `rollback-command`, or `deploy-command` with the previous version')
    if (plan.strategy !== 'rolling' && plan.operation !== 'start')
      need('switch', `strategy ${plan.strategy} moves traffic with the switch command`)
    return problems
  }

  async status(signal: AbortSignal): Promise<ServiceStatus | null> {
    if (!this.settings.commands.status) return null
    const result = await this.exec('status', this.baseContext(signal), { quiet: true, allowFailure: true })
    const output = firstLine([...result.stdout.split('\n')].reverse().join('\n')) || firstLine(result.stderr)
    return result.exitCode === 0
      ? { up: true, detail: output || 'status command succeeded' }
      : { up: false, detail: `status command exited ${result.exitCode ?? result.signal}${output ? `: ${output}` : ''}` }
  }

  async build(context: PlatformContext): Promise<BuildOutput> {
    const result = await this.exec('build', context, { beforeTraffic: true })
    const output: BuildOutput = {}
    for (const line of result.stdout.split('\n')) {
      const match = /^\s*(image|image[-_]digest)\s*[=:]\s*(\S+)\s*$/i.exec(line)
      if (!match) continue
      if (match[1]!.toLowerCase() === 'image') output.image = match[2]
      else output.imageDigest = match[2]
    }
    return output
  }

  async deploy(context: PlatformContext): Promise<DeployOutput> {
    // Blue-green and canary deploy beside the live version: a failure there reaches no user.
    await this.exec('deploy', context, { beforeTraffic: this.settings.strategy !== 'rolling' })
    return {}
  }

  async start(context: PlatformContext): Promise<DeployOutput> {
    await this.exec(this.settings.commands.start ? 'start' : 'deploy', context, { beforeTraffic: false })
    return {}
  }

  async restart(context: PlatformContext): Promise<void> {
    if (!this.settings.commands.restart) {
      this.log.info('No restart-command: the deploy itself restarts the service')
      return
    }
    await this.exec('restart', context, { beforeTraffic: false })
  }

  async switchTraffic(context: PlatformContext): Promise<void> {
    await this.exec('switch', context, { beforeTraffic: false })
  }

  async rollback(context: PlatformContext, target: VersionRecord): Promise<RollbackHandle> {
    await this.exec(
      this.settings.commands.rollback ? 'rollback' : 'deploy',
      {
        ...context,
        operation: 'rollback',
        version: target.version,
        image: target.image,
        imageDigest: target.image_digest,
        color: target.color,
        configCommits: target.config_commits
      },
      { beforeTraffic: false }
    )
    return {}
  }

  async running(context: PlatformContext): Promise<string | null> {
    if (!this.settings.commands.verify) return null
    const result = await this.exec('verify', context, { beforeTraffic: false })
    const lines = result.stdout
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
    return lines.at(-1) ?? ''
  }

  async liveColor(state: DeploymentState | null): Promise<Color> {
    return state?.current?.color ?? 'blue'
  }

  async healthUrls(): Promise<string[]> {
    return [] // a shell command has no URL of its own: checks come from `health-urls`
  }

  private baseContext(signal: AbortSignal): PlatformContext {
    return { environment: this.settings.environment, operation: 'none', version: '', configCommits: {}, signal }
  }

  private async exec(
    name: CommandName,
    context: PlatformContext,
    options: { beforeTraffic?: boolean; quiet?: boolean; allowFailure?: boolean }
  ) {
    const command = this.settings.commands[name]
    if (!command) throw new PlatformError(`\`${name}-command\` is not set`, options.beforeTraffic ?? false)
    const timeoutMs = this.settings.commands.timeoutSeconds * 1000
    if (!options.quiet) this.log.info(`$ ${firstLine(command)}${command.trim().includes('\n') ? ' …' : ''}`)
    const result = await runShell(command, {
      cwd: this.settings.runtime.workspace,
      env: { ...commandEnvironment(context), ...serviceEnvironment(this.settings) },
      timeoutMs,
      signal: context.signal,
      onLine: options.quiet ? undefined : (line) => this.log.output(line)
    }).catch((error: Error) => {
      throw new PlatformError(`${name}-command could not start: ${error.message}`, options.beforeTraffic ?? false)
    })
    if (result.exitCode === 0 || options.allowFailure) return result
    const why = result.timedOut
      ? `did not finish within command-timeout-seconds (${timeoutMs / 1000} s) and was stopped`
      : result.aborted
        ? 'was stopped at the deadline'
        : `exited ${result.exitCode ?? `on signal ${result.signal}`}`
    const tail =
      firstLine(result.stderr.split('\n').reverse().join('\n')) ||
      firstLine(result.stdout.split('\n').reverse().join('\n'))
    throw new PlatformError(
      `${name}-command ${why} after ${(result.durationMs / 1000).toFixed(1)} s${tail ? `: ${tail}` : ''}`,
      options.beforeTraffic ?? false
    )
  }
}

/** A service's commands learn which service they act on (the config file's `services:`). */
function serviceEnvironment(settings: Settings): NodeJS.ProcessEnv {
  const { service } = settings
  return service ? { DEPLOY_SERVICE: service.name, DEPLOY_SERVICE_PATH: service.path || '.' } : {}
}

/**
 * The variables a command sees. The runner's INPUT_* variables are removed: they hold the action's
 * tokens, which a deploy script has no business reading.
 */
export function commandEnvironment(context: PlatformContext): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('INPUT_') && key !== 'DEPLOY_ORCHESTRATOR_FAILPOINT') env[key] = value
  }
  Object.assign(env, {
    DEPLOY_ENVIRONMENT: context.environment,
    DEPLOY_OPERATION: context.operation,
    DEPLOY_VERSION: context.version,
    DEPLOY_PREVIOUS_VERSION: context.previousVersion ?? '',
    DEPLOY_COLOR: context.color ?? '',
    DEPLOY_WEIGHT: context.weight === undefined ? '' : String(context.weight),
    DEPLOY_IMAGE: context.image ?? '',
    DEPLOY_IMAGE_DIGEST: context.imageDigest ?? ''
  })
  for (const [name, commit] of Object.entries(context.configCommits)) {
    env[`DEPLOY_CONFIG_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_COMMIT`] = commit
  }
  return env
}
