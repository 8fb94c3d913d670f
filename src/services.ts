import { GitConfigRepoSource } from './analyze/config-repos.js'
import type { ConfigRepoSource } from './analyze/config-repos.js'
import type { ApprovalGate } from './gate/approval.js'
import type { RunObserver, Services, ValidationGate } from './pipeline.js'
import { createPlatform } from './platforms/index.js'
import type { Log } from './report/log.js'
import type { Settings } from './settings/settings.js'
import { FileStateStore } from './state/file-store.js'
import type { StateStore } from './state/store.js'
import { isAbsolute, join } from 'node:path'

/**
 * Wires the pieces a run needs from its settings: the one place that knows every implementation.
 * The action and the CLI differ only in the approval gate they pass.
 */
export async function createServices(settings: Settings, log: Log, approvalGate: ApprovalGate): Promise<Services> {
  const configSources: ConfigRepoSource[] = [new GitConfigRepoSource(settings.runtime.workspace)]
  const observers: RunObserver[] = []
  let validationGate: ValidationGate | undefined
  const store = await createStore(settings)
  const platform = await createPlatform(settings, log)
  return { log, store, platform, configSources, approvalGate, validationGate, observers }
}

async function createStore(settings: Settings): Promise<StateStore> {
  if (settings.state.store === 'file') {
    const path = isAbsolute(settings.state.file) ? settings.state.file : join(settings.runtime.workspace, settings.state.file)
    return new FileStateStore(path)
  }
  const { createReleaseStore } = await import('./github/release-store.js')
  return createReleaseStore(settings)
}
