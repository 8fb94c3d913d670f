import { GateError } from './gate/approval.js'
import { EnvironmentApprovalGate } from './github/approval-gate.js'
import type { RunResult } from './pipeline.js'
import * as core from './report/actions-core.js'
import { ActionsLog } from './report/actions-log.js'
import type { Log } from './report/log.js'
import { SettingsError } from './settings/errors.js'
import type { Settings } from './settings/settings.js'

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
    settings = await loadSettings(log)
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
        log.redact(`${result.environment}: ${result.status.replace('_', ' ')}: ${result.message ?? 'see the summary'}`)
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

async function loadSettings(log: Log): Promise<Settings> {
  const settingsModules = preload(
    Promise.all([import('./settings/config-values.js'), import('./settings/settings.js')])
  )
  return log.group('Settings', async () => {
    const [{ loadConfigFile }, { parseSettings }] = await settingsModules
    const path = actionInput('config-file')
    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const configFile = await loadConfigFile(path ?? '.github/deploy-orchestrator.yml', {
      cwd,
      explicit: path !== undefined
    })
    const settings = parseSettings({ inputs: actionInput, env: process.env, configFile, cwd })
    for (const secret of settings.secrets) log.secret(secret)
    log.info(
      `${settings.mode} ${settings.environment} on ${settings.platform} (${settings.strategy})${configFile ? `, config file ${configFile.path}` : ''}`
    )
    log.debug(
      JSON.stringify({ ...settings, secrets: undefined }, (key, value) =>
        value instanceof RegExp ? value.source : value
      )
    )
    return settings
  })
}

export function describeFailure(error: unknown): string {
  if (error instanceof SettingsError || error instanceof GateError) return error.message
  if (error instanceof Error) return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`
  return String(error)
}
