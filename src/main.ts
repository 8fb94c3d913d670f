import { GateError } from './gate/approval.js'
import { EnvironmentApprovalGate } from './github/approval-gate.js'
import type { RunResult } from './pipeline.js'
import * as core from './report/actions-core.js'
import { ActionsLog } from './report/actions-log.js'
import type { Log } from './report/log.js'
import { SettingsError } from './settings/errors.js'
import type { RunSettings, Settings } from './settings/settings.js'
import { targetName } from './state/target.js'

// The entry bundle holds only the log and what the catch of `run()` needs to describe a failure, so
// that the first line (the start of the Settings phase) is out before the rest is compiled. The
// rest starts loading in parallel just before that line, and is awaited where it is used.
const loadRunModules = () =>
  Promise.all([import('./services.js'), import('./pipeline.js'), import('./report/action-report.js')])

/** A run that fails before its plan still reports an id; node:crypto loads only then (Web Crypto). */
const randomUUID = (): string => globalThis.crypto.randomUUID()

/** Starts loading a module now; a failure surfaces where the promise is awaited. */
function preload<T>(module: Promise<T>): Promise<T> {
  module.catch(() => undefined)
  return module
}

/** Reads an input as the runner passes it (`INPUT_<NAME>`); empty means unset. */
const actionInput = (name: string): string | undefined => {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]
  return value === undefined || value.trim() === '' ? undefined : value
}

/** The action: one top-level catch, `setFailed` at the edge, reports written whatever happened. */
export async function run(): Promise<void> {
  const log = new ActionsLog()
  const runModules = preload(loadRunModules())
  let settings: Settings | undefined
  let result: RunResult | undefined
  try {
    const chosen = await loadSettings(log)
    if (chosen.kind === 'services') {
      // `service: all` (or a list) in plan or status: every service, one table.
      settings = chosen.settings[0]
      const { runServicesInAction } = await import('./monorepo/report.js')
      await runServicesInAction(chosen.settings, log, (each) => new EnvironmentApprovalGate(each, log))
      return
    }
    settings = chosen.settings
    const [{ createServices }, { runPipeline }, { reportToActions }] = await runModules
    const services = await createServices(settings, log, new EnvironmentApprovalGate(settings, log))
    try {
      result = await runPipeline(settings, services)
    } finally {
      await services.platform
        .close?.()
        .catch((error: Error) => log.warn(`closing the platform client: ${error.message}`))
    }
    await reportToActions(result, settings, log)
    if (['failed', 'rolled_back', 'rollback_failed'].includes(result.status)) {
      core.setFailed(
        log.redact(
          `${targetName(result.environment, result.serviceName)}: ${result.status.replace('_', ' ')}: ${result.message ?? 'see the summary'}`
        )
      )
    }
  } catch (error) {
    const message = log.redact(describeFailure(error))
    try {
      core.setOutput('status', 'failed')
      if (!result) core.setOutput('deployment-id', randomUUID())
    } catch (outputError) {
      log.warn(`cannot write outputs: ${(outputError as Error).message}`)
    }
    if (settings && process.env.GITHUB_STEP_SUMMARY) {
      await core.summary
        .addRaw(
          `## ❌ Deploy stopped before any change: ${settings.environment}\n\n> ${message.replace(/</g, '&lt;')}\n`,
          true
        )
        .write()
        .catch(() => undefined)
    }
    core.setFailed(message)
  }
}

async function loadSettings(log: Log): Promise<RunSettings> {
  const settingsModules = preload(
    Promise.all([import('./settings/config-values.js'), import('./settings/settings.js')])
  )
  return log.group('Settings', async () => {
    const [{ loadConfigFile }, { parseRunSettings }] = await settingsModules
    const path = actionInput('config-file')
    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const configFile = await loadConfigFile(path ?? '.github/deploy-orchestrator.yml', {
      cwd,
      explicit: path !== undefined
    })
    const chosen = parseRunSettings({ inputs: actionInput, env: process.env, configFile, cwd })
    const all = chosen.kind === 'one' ? [chosen.settings] : chosen.settings
    for (const settings of all) for (const secret of settings.secrets) log.secret(secret)
    const settings = all[0]!
    log.info(
      chosen.kind === 'services'
        ? `${settings.mode} ${settings.environment}: ${all.length} services (${all.map((s) => s.service?.name).join(', ')}), config file ${configFile?.path}`
        : `${settings.mode} ${targetName(settings.environment, settings.service?.name)} on ${settings.platform} (${settings.strategy})${configFile ? `, config file ${configFile.path}` : ''}`
    )
    // Services differ in a few settings: the first in full, then what each one is.
    log.debug(
      JSON.stringify({ ...settings, secrets: undefined }, (key, value) =>
        value instanceof RegExp ? value.source : value
      )
    )
    if (all.length > 1) log.debug(JSON.stringify(all.map((each) => each.service)))
    return chosen
  })
}

export function describeFailure(error: unknown): string {
  if (error instanceof SettingsError || error instanceof GateError) return error.message
  if (error instanceof Error) return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`
  return String(error)
}
