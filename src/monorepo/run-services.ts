import { randomUUID } from 'node:crypto'
import { inspectConfigRepo } from '../analyze/analyze.js'
import { RepositoryChanges } from '../analyze/code-changes.js'
import type { ConfigRepoFacts, ConfigRepoSource } from '../analyze/config-repos.js'
import type { ApprovalGate } from '../gate/approval.js'
import { describeFailure } from '../main.js'
import { type RunResult, type Services, runPipeline } from '../pipeline.js'
import type { Log } from '../report/log.js'
import { type SharedServices, createServices } from '../services.js'
import type { ConfigRepoSpec, Settings } from '../settings/settings.js'
import { short } from '../state/transitions.js'
import { BufferedLog } from './buffered-log.js'

/** Services planned (or checked) at once: their I/O overlaps, and their logs are replayed in order. */
const PARALLEL_SERVICES = 8

/** What one config repository looks like for a service's status. */
export interface ConfigRepoStatus {
  name: string
  /** Null when it could not be looked at. */
  moved: boolean | null
  detail: string
}

/** One service's part of a run over several services. */
export interface ServiceRun {
  settings: Settings
  log: BufferedLog
  /** Undefined when the service's run stopped with `error`. */
  result?: RunResult
  /** Status mode: whether the config repositories moved since what runs now was built. */
  configRepos?: ConfigRepoStatus[]
  error?: string
}

/** `mode: plan` or `mode: status` over several services of one repository (`service: all`). */
export interface ServicesRun {
  mode: 'plan' | 'status'
  environment: string
  /** `planned` (every service planned), `success` (every service healthy) or `failed`. */
  status: 'planned' | 'success' | 'failed'
  deploymentId: string
  startedAt: string
  durationSeconds: number
  services: ServiceRun[]
}

/**
 * Plans (or checks) every selected service, each exactly as a run of that one service would
 * (`runPipeline` with its own settings and state), over facts gathered once for all of them: one
 * `git diff` per deployed commit, one listing of the state release, each config repository looked
 * at once. A service whose run fails is reported as failed; the others go on.
 */
export async function runServices(
  all: Settings[],
  log: Log,
  approvalGate: (settings: Settings) => ApprovalGate
): Promise<ServicesRun> {
  const started = performance.now()
  const startedAt = new Date().toISOString()
  const first = all[0]!
  const configRepos = new Map<string, Promise<ConfigRepoFacts>>()
  const shared: SharedServices = {
    changes: new RepositoryChanges(first.runtime.workspace),
    configSources: (sources) => sources.map((source) => new SharedConfigRepoSource(source, configRepos))
  }
  if (all.some((settings) => settings.state.store === 'release')) {
    const { releaseStores } = await import('../github/release-store.js')
    shared.releaseStore = releaseStores(log)
  }
  log.info(`${first.mode === 'plan' ? 'Planning' : 'Checking'} ${all.length} services of ${first.environment}`)

  const logs = all.map(() => new BufferedLog(log))
  const running = startPool(
    PARALLEL_SERVICES,
    all.map((settings, index) => () => runService(settings, logs[index]!, approvalGate(settings), shared))
  )
  const services: ServiceRun[] = []
  for (const [index, run] of running.entries()) {
    services.push(await run)
    await logs[index]!.replay()
  }
  const failed = services.some(
    (service) => service.error !== undefined || (first.mode === 'status' && service.result?.status === 'failed')
  )
  return {
    mode: first.mode === 'status' ? 'status' : 'plan',
    environment: first.environment,
    status: failed ? 'failed' : first.mode === 'status' ? 'success' : 'planned',
    deploymentId: randomUUID(),
    startedAt,
    durationSeconds: Math.round((performance.now() - started) / 100) / 10,
    services
  }
}

async function runService(
  settings: Settings,
  log: BufferedLog,
  approvalGate: ApprovalGate,
  shared: SharedServices
): Promise<ServiceRun> {
  const name = settings.service?.name ?? settings.environment
  let services: Services | undefined
  try {
    services = await createServices(settings, log, approvalGate, shared)
    const result = await runPipeline(settings, services)
    const configRepos =
      settings.mode === 'status' && settings.configRepos.length > 0
        ? await configRepoStatus(settings, result, services)
        : undefined
    return { settings, log, result, ...(configRepos ? { configRepos } : {}) }
  } catch (error) {
    const message = describeFailure(error)
    log.error(`${name}: ${message}`)
    return { settings, log, error: message }
  } finally {
    await services?.platform
      .close?.()
      .catch((error: Error) => log.warn(`closing the platform client: ${error.message}`))
  }
}

/** Status: each config repository against the commit the running version was built with. */
async function configRepoStatus(
  settings: Settings,
  result: RunResult,
  services: Services
): Promise<ConfigRepoStatus[]> {
  return services.log.group(`Config repos: ${settings.service?.name ?? settings.environment}`, () =>
    Promise.all(
      settings.configRepos.map(async (spec): Promise<ConfigRepoStatus> => {
        const deployed = result.state?.current?.config_commits[spec.name]
        try {
          const facts = await inspectConfigRepo(spec, deployed, services)
          const status: ConfigRepoStatus = {
            name: spec.name,
            moved: facts.moved,
            detail: facts.moved
              ? `moved to ${short(facts.head)}${facts.deployed ? ` from ${short(facts.deployed)} (${facts.totalCommits} new commit${facts.totalCommits === 1 ? '' : 's'})` : ' (not built in yet)'}`
              : `unchanged at ${short(facts.head)}`
          }
          services.log.info(`Config repo ${spec.name}: ${status.detail}`)
          return status
        } catch (error) {
          services.log.warn(`Config repo ${spec.name}: ${describeFailure(error)}`)
          return { name: spec.name, moved: null, detail: describeFailure(error) }
        }
      })
    )
  )
}

/**
 * A config repository source whose answers are shared by every service of the run: a repository
 * several services bake in is looked at once per deployed commit.
 */
class SharedConfigRepoSource implements ConfigRepoSource {
  constructor(
    private readonly source: ConfigRepoSource,
    private readonly answers: Map<string, Promise<ConfigRepoFacts>>
  ) {}

  supports(spec: ConfigRepoSpec): boolean {
    return this.source.supports(spec)
  }

  async inspect(spec: ConfigRepoSpec, deployed: string | undefined): Promise<ConfigRepoFacts> {
    const key = [spec.kind, spec.url, spec.ref ?? '', deployed ?? ''].join('\0')
    let answer = this.answers.get(key)
    if (!answer) this.answers.set(key, (answer = this.source.inspect(spec, deployed)))
    // Two services may call one repository by different names.
    return { ...(await answer), name: spec.name, envName: spec.envName }
  }
}

/** Starts the tasks, at most `limit` at a time; the promises are in the tasks' order. */
function startPool<T>(limit: number, tasks: Array<() => Promise<T>>): Promise<T>[] {
  const settled = tasks.map(() => {
    let resolve!: (value: T) => void
    let reject!: (error: unknown) => void
    const promise = new Promise<T>((yes, no) => {
      resolve = yes
      reject = no
    })
    return { promise, resolve, reject }
  })
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++
      try {
        settled[index]!.resolve(await tasks[index]!())
      } catch (error) {
        settled[index]!.reject(error)
      }
    }
  }
  for (let i = 0; i < Math.min(limit, tasks.length); i++) void worker()
  return settled.map((entry) => entry.promise)
}
