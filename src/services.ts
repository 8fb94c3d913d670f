import type { RepositoryChanges } from './analyze/code-changes.js'
import { GitConfigRepoSource } from './analyze/config-repos.js'
import type { ConfigRepoSource } from './analyze/config-repos.js'
import type { ApprovalGate } from './gate/approval.js'
import type { RequiredChecksGate } from './gate/required-checks.js'
import type { RunObserver, Services, ValidationGate } from './pipeline.js'
import { createPlatform } from './platforms/index.js'
import type { Log } from './report/log.js'
import type { Settings } from './settings/settings.js'
import { FileStateStore } from './state/file-store.js'
import type { StateStore } from './state/store.js'
import { type ProbeFactory, preloadHttpProbes } from './verify/health.js'
import { isAbsolute, join } from 'node:path'

/** What the runs of several services of one repository share (see src/monorepo/). */
export interface SharedServices {
  /** Release stores that share one listing of the release's assets (`state-store: release`). */
  releaseStore?: (settings: Settings, log: Log) => StateStore
  /** The version and the diffs, asked of git once for every service. */
  changes: RepositoryChanges
  /** Wraps a service's config repo sources so that one repository is looked at once. */
  configSources(sources: ConfigRepoSource[]): ConfigRepoSource[]
}

/**
 * Wires the pieces a run needs from its settings: the one place that knows every implementation.
 * The action and the CLI differ only in the approval gate they pass.
 */
export async function createServices(
  settings: Settings,
  log: Log,
  approvalGate: ApprovalGate,
  shared?: SharedServices
): Promise<Services> {
  // Every mode but plan may check URLs: their HTTP client loads while the run does its first steps.
  if (settings.mode !== 'plan') void preloadHttpProbes()
  const configSources: ConfigRepoSource[] = [new GitConfigRepoSource(settings.runtime.workspace)]
  const observers: RunObserver[] = []
  let afterTrafficProbes: ProbeFactory | undefined
  let validationGate: ValidationGate | undefined
  let requiredChecksGate: RequiredChecksGate | undefined
  // GitHub: config repos named owner/repo, the validation gate, the required checks, Deployments
  // (loaded only when used).
  const { github } = settings
  if (settings.configRepos.some((repo) => repo.kind === 'github')) {
    const { GitHubConfigRepoSource } = await import('./github/config-repos.js')
    configSources.push(new GitHubConfigRepoSource(settings, log))
  }
  if (github.validationRunId || github.validationWorkflow || github.requireValidation) {
    const { GitHubValidationGate } = await import('./github/validation-gate.js')
    validationGate = new GitHubValidationGate(settings, log)
  }
  if (github.requiredChecks.length > 0 && ['deploy', 'rollback'].includes(settings.mode)) {
    const { GitHubRequiredChecksGate } = await import('./github/required-checks.js')
    requiredChecksGate = new GitHubRequiredChecksGate(settings, log)
  }
  if (github.deployments && github.token && github.repository && ['deploy', 'rollback'].includes(settings.mode)) {
    const { GitHubDeploymentsObserver } = await import('./github/deployments.js')
    observers.push(new GitHubDeploymentsObserver(settings, log))
  }
  // Database: migrations and the connectivity check (only with a connection string).
  const { createDatabaseServices } = await import('./database/index.js')
  const database = await createDatabaseServices(settings)
  observers.push(...database.observers)
  // Metrics judge a deploy once it takes traffic (a requested rollback is judged by HTTP and database).
  if (settings.metrics.url && settings.mode === 'deploy') {
    const { metricProbes } = await import('./verify/prometheus.js')
    afterTrafficProbes = metricProbes(settings.metrics)
  }
  // After the run (the rollback included): notifications, then the hardening loop's preference pair.
  const { hardening } = settings
  if (['deploy', 'rollback'].includes(settings.mode) && (hardening.notifyWebhookUrl || hardening.pageWebhookUrl)) {
    const { WebhookNotifier } = await import('./notify/webhooks.js')
    observers.push(new WebhookNotifier(settings, log))
  }
  if (
    ['deploy', 'rollback'].includes(settings.mode) &&
    hardening.emitDpo &&
    (hardening.agentbenchUrl || hardening.pairsFile)
  ) {
    const { PreferencePairEmitter } = await import('./hardening/dpo.js')
    observers.push(new PreferencePairEmitter(settings, log))
  }
  const store =
    settings.state.store === 'release' && shared?.releaseStore
      ? shared.releaseStore(settings, log)
      : await createStore(settings, log)
  const platform = await createPlatform(settings, log)
  return {
    log,
    store,
    platform,
    configSources: shared ? shared.configSources(configSources) : configSources,
    ...(shared ? { changes: shared.changes } : {}),
    approvalGate,
    validationGate,
    requiredChecksGate,
    observers,
    migrator: database.migrator,
    extraProbes: database.extraProbes,
    afterTrafficProbes
  }
}

async function createStore(settings: Settings, log: Log): Promise<StateStore> {
  if (settings.state.store === 'file') {
    const path = isAbsolute(settings.state.file)
      ? settings.state.file
      : join(settings.runtime.workspace, settings.state.file)
    return new FileStateStore(path)
  }
  const { createReleaseStore } = await import('./github/release-store.js')
  return createReleaseStore(settings, log)
}
