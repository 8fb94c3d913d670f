import type { ConfigRepoFacts } from '../analyze/config-repos.js'
import type { Operation, OperationOverride, PlatformName, Strategy } from '../settings/settings.js'
import type { Classification, Impact } from '../settings/rules.js'
import type { Attempt, VersionRecord } from '../state/schema.js'
import { short } from '../state/transitions.js'
import { targetName } from '../state/target.js'

export const PLAN_SCHEMA_VERSION = 1

/** Everything analysis found; the plan is a pure function of this. */
export interface Facts {
  environment: string
  /** The service of a repository with `services:` (`service` below is whether it is up). */
  serviceName?: string
  version: string
  current: VersionRecord | null
  stateSequence: number
  lastAttempt: Attempt | null
  knownBad?: { reason: string }
  /** Null on a first deploy or when the version is not a commit. */
  files: Classification[] | null
  filesNote?: string
  configRepos: ConfigRepoFacts[]
  service: { up: boolean; detail: string } | null
}

export interface PlanPolicy {
  override: OperationOverride
  approvalRequiredFor: readonly Operation[]
  /** Whether a build step exists (command platform: `build-command`). */
  canBuild: boolean
  platform: PlatformName
  strategy: Strategy
}

export interface ConfigChange {
  name: string
  source: string
  from?: string
  to: string
  commits: { sha: string; subject: string }[]
  total: number
  note?: string
}

export interface Plan {
  schema_version: number
  environment: string
  /** The service this plan is for (a repository with `services:`); a deploy of it must be that service's. */
  service?: string
  platform: PlatformName
  strategy: Strategy
  operation: Operation
  decided_by: 'analysis' | 'override'
  requires_approval: boolean
  approval_policy: Operation[]
  reasons: string[]
  version: string
  previous_version: string | null
  /** The state's sequence when planned; a deploy of this plan refuses if the state moved. */
  state_sequence: number
  /** The config commits the deployed version will carry (new heads only when a build runs). */
  config_commits: Record<string, string>
  /** True when this plan records new config heads (a build bakes them in). */
  records_config: boolean
  changes: Record<Impact, string[]>
  config_changes: ConfigChange[]
  service_up: boolean | null
  steps: string[]
  created_at: string
}

const STRENGTH: Record<Operation, number> = { none: 0, start: 1, redeploy: 2, restart: 3, rebuild: 4, rollback: 5 }

/** The strongest of some operations (`none` when there are none). */
export function strongest(operations: Iterable<Operation>): Operation {
  let result: Operation = 'none'
  for (const operation of operations) if (STRENGTH[operation] > STRENGTH[result]) result = operation
  return result
}
const LISTED_FILES = 20

/**
 * Decides what to do, following the original agent's scenarios: first deploy; config repo moved or
 * a rebuild-rule file changed => rebuild; restart-rule file => restart; other code => redeploy;
 * nothing and service up => none; nothing and service down => start. The strongest wins.
 */
export function planDeployment(facts: Facts, policy: PlanPolicy, now: string): Plan {
  const reasons: string[] = []
  const candidates: Operation[] = ['none']
  const changes: Record<Impact, string[]> = { rebuild: [], restart: [], redeploy: [], ignore: [] }
  for (const file of facts.files ?? []) changes[file.impact].push(file.path)

  const current = facts.current
  const first = current === null
  if (current === null) {
    const operation = policy.canBuild ? 'rebuild' : 'redeploy'
    candidates.push(operation)
    reasons.push(firstDeployReason(facts, operation))
  } else {
    if (facts.filesNote) reasons.push(capitalize(facts.filesNote))
    if (facts.files === null && current.version !== facts.version) {
      candidates.push('redeploy')
      reasons.push(`Version changed from ${short(current.version)} to ${short(facts.version)}: redeploy`)
    }
    const moved = facts.configRepos.filter((repo) => repo.moved)
    for (const repo of moved) {
      candidates.push('rebuild')
      reasons.push(
        `Config repo ${repo.name} moved ${repo.deployed ? `from ${short(repo.deployed)} ` : ''}to ${short(repo.head)}${describeCommits(repo)}: rebuild to bake it into the image`
      )
    }
    if (changes.rebuild.length > 0) {
      candidates.push('rebuild')
      reasons.push(
        `${count(changes.rebuild, 'file')} that the image is built from changed (${listFiles(changes.rebuild)}): rebuild`
      )
    }
    if (changes.restart.length > 0) {
      candidates.push('restart')
      reasons.push(
        `${count(changes.restart, 'file')} under a restart rule changed (${listFiles(changes.restart)}): deploy and restart`
      )
    }
    if (changes.redeploy.length > 0) {
      candidates.push('redeploy')
      reasons.push(`${count(changes.redeploy, 'code file')} changed (${listFiles(changes.redeploy)}): redeploy`)
    }
    if (changes.ignore.length > 0 && changes.rebuild.length + changes.restart.length + changes.redeploy.length === 0) {
      reasons.push(`Only ${count(changes.ignore, 'file')} that need no deploy changed (${listFiles(changes.ignore)})`)
    }
    if (facts.lastAttempt?.status === 'in_progress') {
      candidates.push('redeploy')
      reasons.push(
        `The previous run (${facts.lastAttempt.deployment_id}, ${facts.lastAttempt.operation} of ${short(facts.lastAttempt.version)}) never finished: what runs is unknown, so deploy again`
      )
    }
    if (facts.service && !facts.service.up) {
      candidates.push('start')
      reasons.push(`The service is down (${facts.service.detail}): start it`)
    }
  }
  const analyzed = candidates.reduce((a, b) => (STRENGTH[b] > STRENGTH[a] ? b : a))
  if (analyzed === 'none') {
    reasons.push(
      facts.service === null
        ? `Nothing changed since ${short(facts.current?.version ?? facts.version)} (service status unknown: no status check configured)`
        : `Nothing changed since ${short(facts.current?.version ?? facts.version)} and the service is up: status only`
    )
  }
  let operation = analyzed
  let decidedBy: Plan['decided_by'] = 'analysis'
  if (policy.override !== 'auto') {
    operation = policy.override
    decidedBy = 'override'
    // A first deploy's reason says what runs: a forced redeploy builds nothing.
    if (first) reasons[0] = firstDeployReason(facts, operation)
    reasons.unshift(
      `Operation forced to ${operation} by the \`operation\` input (analysis alone would ${analyzed === 'none' ? 'do nothing' : analyzed})`
    )
  }
  if (facts.knownBad) reasons.push(`Note: ${short(facts.version)} failed before (${facts.knownBad.reason})`)

  const builds = operation === 'rebuild'
  const recordsConfig = builds || first
  const configCommits: Record<string, string> = {}
  for (const repo of facts.configRepos) {
    const commit = recordsConfig ? repo.head : facts.current?.config_commits[repo.name]
    if (commit) configCommits[repo.name] = commit
  }

  return {
    schema_version: PLAN_SCHEMA_VERSION,
    environment: facts.environment,
    ...(facts.serviceName ? { service: facts.serviceName } : {}),
    platform: policy.platform,
    strategy: policy.strategy,
    operation,
    decided_by: decidedBy,
    requires_approval: policy.approvalRequiredFor.includes(operation),
    approval_policy: [...policy.approvalRequiredFor],
    reasons,
    version: facts.version,
    previous_version: facts.current?.version ?? null,
    state_sequence: facts.stateSequence,
    config_commits: configCommits,
    records_config: recordsConfig,
    changes,
    config_changes: facts.configRepos
      .filter((repo) => repo.moved)
      .map((repo) => ({
        name: repo.name,
        source: repo.source,
        from: repo.deployed,
        to: repo.head,
        commits: repo.commits,
        total: repo.totalCommits,
        note: repo.note
      })),
    service_up: facts.service?.up ?? null,
    steps: stepsFor(operation, policy),
    created_at: now
  }
}

/** What runs, in order, for a plan: shown before approval and in the summary. */
export function stepsFor(operation: Operation, policy: Pick<PlanPolicy, 'strategy' | 'canBuild'>): string[] {
  const traffic =
    policy.strategy === 'blue-green'
      ? ['deploy to idle colour', 'check idle colour', 'switch traffic', 'check']
      : policy.strategy === 'canary'
        ? ['deploy canary', 'shift traffic in steps, checking each']
        : ['deploy', 'check']
  switch (operation) {
    case 'none':
      return ['status']
    case 'start':
      return ['start', 'check']
    case 'redeploy':
      return [...traffic]
    case 'restart':
      return [...traffic.slice(0, -1), 'restart', 'check']
    case 'rebuild':
      return ['build', ...traffic.slice(0, -1), 'restart', 'check']
    case 'rollback':
      return ['roll back', 'check']
  }
}

function firstDeployReason(facts: Facts, operation: Operation): string {
  const version = short(facts.version)
  const what: Record<Operation, string> = {
    rebuild: `build and deploy ${version}`,
    redeploy: `deploy ${version}`,
    restart: `deploy and restart ${version}`,
    start: `start ${version}`,
    rollback: `roll back to ${version}`,
    none: 'nothing runs'
  }
  return `First deploy of ${targetName(facts.environment, facts.serviceName)}: no state recorded yet, so ${what[operation]}`
}

function describeCommits(repo: ConfigRepoFacts): string {
  if (repo.commits.length === 0) return repo.note ? ` (${repo.note})` : ''
  const latest = repo.commits
    .slice(-3)
    .reverse()
    .map((c) => `${short(c.sha)} ${c.subject}`)
  const more = repo.totalCommits > latest.length ? `, +${repo.totalCommits - latest.length} more` : ''
  return ` (${repo.totalCommits} new commit${repo.totalCommits === 1 ? '' : 's'}: ${latest.join('; ')}${more})`
}

function listFiles(files: string[]): string {
  const shown = files.slice(0, 5).join(', ')
  return files.length > 5 ? `${shown}, +${files.length - 5} more` : shown
}

function count(items: unknown[], noun: string): string {
  return `${items.length} ${noun}${items.length === 1 ? '' : 's'}`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Keeps the plan JSON bounded: long file lists are cut, with the count kept. */
export function compactPlan(plan: Plan): Plan {
  const changes = Object.fromEntries(
    Object.entries(plan.changes).map(([impact, files]) => [
      impact,
      files.length > LISTED_FILES ? [...files.slice(0, LISTED_FILES), `… +${files.length - LISTED_FILES} more`] : files
    ])
  ) as Plan['changes']
  return { ...plan, changes }
}
