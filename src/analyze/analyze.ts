import type { Facts } from '../plan/plan.js'
import type { Platform } from '../platforms/platform.js'
import type { Log } from '../report/log.js'
import { SettingsError } from '../settings/errors.js'
import type { ServiceSpec, Settings } from '../settings/settings.js'
import type { DeploymentState } from '../state/schema.js'
import { short } from '../state/transitions.js'
import { RepositoryChanges } from './code-changes.js'
import { type ConfigRepoFacts, type ConfigRepoSource, ConfigRepoError } from './config-repos.js'
import { classifyFiles, serviceChanges } from './service-changes.js'

export interface AnalyzeServices {
  platform: Platform
  configSources: ConfigRepoSource[]
  log: Log
  /** Shared by the services of one run (one `git diff` per deployed commit); else one per run. */
  changes?: RepositoryChanges
}

const STATUS_TIMEOUT_MS = 60_000

/** Gathers every fact the plan needs, in parallel where the sources are independent. */
export async function analyze(
  settings: Settings,
  state: DeploymentState | null,
  services: AnalyzeServices
): Promise<Facts> {
  const { log } = services
  const changes = services.changes ?? new RepositoryChanges(settings.runtime.workspace)
  const version = await changes.version(settings.version ?? settings.github.sha)
  const current = state?.current ?? null
  log.info(`Version to deploy: ${version}${current ? `; deployed now: ${current.version}` : '; nothing deployed yet'}`)

  const target = settings.service
  const [code, , configRepos, service] = await Promise.all([
    changes.changedFiles(current?.version, version),
    target?.path ? checkServicePath(changes, version, target, settings.configFile) : undefined,
    Promise.all(
      settings.configRepos.map((spec) => inspectConfigRepo(spec, current?.config_commits[spec.name], services))
    ),
    services.platform.status(AbortSignal.timeout(STATUS_TIMEOUT_MS))
  ])

  const files = code.files
    ? target
      ? serviceChanges(code.files, target, settings.pathRules)
      : classifyFiles(code.files, settings.pathRules)
    : null
  if (files && target && code.files) {
    const where = [`${target.path || '.'}/`, ...target.watch].join(', ')
    log.info(`${files.length} of the ${code.files.length} changed files concern ${target.name} (${where})`)
  }
  if (files) {
    // A loop, not a reduce that copies the tally for each of (up to 100,000) files.
    const counts: Record<string, number> = {}
    for (const file of files) counts[file.impact] = (counts[file.impact] ?? 0) + 1
    log.info(
      `${files.length} changed file${files.length === 1 ? '' : 's'} since ${short(current!.version)}${
        files.length
          ? `: ${Object.entries(counts)
              .map(([k, v]) => `${v} ${k}`)
              .join(', ')}`
          : ''
      }`
    )
    // A service lists fewer: `service: all` prints the lines of every service of the repository.
    for (const file of files.slice(0, target ? 10 : 50))
      log.debug(`${file.path} => ${file.impact}${file.rule ? ` (${file.rule})` : ' (default)'}`)
  }
  if (code.note) log.warn(code.note)
  for (const repo of configRepos) {
    log.info(
      `Config repo ${repo.name}: ${repo.moved ? `moved to ${short(repo.head)}${repo.deployed ? ` from ${short(repo.deployed)}` : ''} (${repo.totalCommits} new commit${repo.totalCommits === 1 ? '' : 's'})` : `unchanged at ${short(repo.head)}`}${repo.note ? `; ${repo.note}` : ''}`
    )
    for (const commit of repo.commits.slice(-10)) log.info(`  • ${short(commit.sha)} ${commit.subject}`)
  }
  log.info(
    service === null
      ? 'Service status: unknown (no status check configured)'
      : `Service status: ${service.up ? 'up' : 'down'} (${service.detail})`
  )

  const bad = state?.known_bad.find((entry) => entry.version === version)
  return {
    environment: settings.environment,
    ...(target ? { serviceName: target.name } : {}),
    version,
    current,
    stateSequence: state?.sequence ?? 0,
    lastAttempt: state?.last_attempt ?? null,
    knownBad: bad ? { reason: bad.reason } : undefined,
    files,
    filesNote: code.note,
    configRepos,
    service
  }
}

/**
 * A service's `path` must be a folder of the commit deployed: a typo there would otherwise match
 * no changed file, ever, and the service would never be planned again after its first deploy.
 */
async function checkServicePath(
  changes: RepositoryChanges,
  version: string,
  service: ServiceSpec,
  configFile = '.github/deploy-orchestrator.yml'
): Promise<void> {
  const folders = await changes.folders(version)
  if (!folders || folders.has(service.path)) return // not a commit here (a release name): nothing to look in
  throw new SettingsError([
    `\`config-file\`: ${configFile}: services.${service.name}.path: "${service.path}" is not a folder of the repository at ${short(version)}, so no change would ever concern ${service.name}; name the service's folder, relative to the repository root`
  ])
}

export async function inspectConfigRepo(
  spec: Settings['configRepos'][number],
  deployed: string | undefined,
  services: AnalyzeServices
): Promise<ConfigRepoFacts> {
  const source = services.configSources.find((candidate) => candidate.supports(spec))
  if (!source) {
    throw new ConfigRepoError(
      spec,
      'names a GitHub repository (owner/repo) but no GitHub API client is configured',
      'set `github-token`, or write it as a git URL (https://github.com/owner/repo.git)'
    )
  }
  return source.inspect(spec, deployed)
}
