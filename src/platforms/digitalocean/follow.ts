import type { Log } from '../../report/log.js'
import { sleep } from '../../util/retry.js'
import { type DigitalOceanApi, DigitalOceanError } from './api.js'
import { type DeploymentJson, type StepJson, TERMINAL_PHASES } from './app-spec.js'

/**
 * Polling: soon after the start, every second while steps move, slower while they do not: to 5 s,
 * but to 2 s in the last phase (DEPLOYING), whose end (ACTIVE or ERROR) is what the run waits for.
 */
const FIRST_POLL_MS = 300
const QUICK_POLL_MS = 1000
const SLOW_POLL_MS = 5000
const FINAL_PHASE_POLL_MS = 2000

export interface FollowOptions {
  api: DigitalOceanApi
  log: Log
  appId: string
  /** How the log names the app: `green app 4f6c…`. */
  label: string
  deadlineMs: number
  /** The run's own stop (a rollback's deadline); ends the wait like the deadline does. */
  signal: AbortSignal
}

export type FollowResult = { deployment: DeploymentJson; ended: 'terminal' | 'deadline' | 'stopped' }

/**
 * Follows a deployment until it ends (ACTIVE, ERROR, CANCELED, SUPERSEDED) or the deadline, logging
 * each phase and step as it changes. Never cancels: the caller decides what a deadline means.
 */
export async function followDeployment(start: DeploymentJson, options: FollowOptions): Promise<FollowResult> {
  const { api, log, appId, label } = options
  const deadline = AbortSignal.timeout(Math.max(0, options.deadlineMs - Date.now()))
  const stop = AbortSignal.any([deadline, options.signal])
  const seen = new Map<string, string>()
  let deployment = start
  describeChanges(deployment, seen, label, log)
  let interval = FIRST_POLL_MS
  let pollFailing = false
  for (;;) {
    if (TERMINAL_PHASES.includes(deployment.phase ?? 'UNKNOWN')) return { deployment, ended: 'terminal' }
    await sleep(Math.max(interval, api.pollFloorMs()), stop)
    if (stop.aborted) return { deployment, ended: options.signal.aborted ? 'stopped' : 'deadline' }
    let read: DeploymentJson | undefined
    try {
      read = await readDeployment(api, appId, deployment.id, stop)
      if (pollFailing) log.info(`${label}: deployment ${read.id} can be read again`)
      pollFailing = false
    } catch (error) {
      if (stop.aborted) return { deployment, ended: options.signal.aborted ? 'stopped' : 'deadline' }
      if (!(error instanceof DigitalOceanError && error.outage)) throw error
      // The API is down or this endpoint is: the deployment goes on regardless, so keep looking
      // (the app's list of deployments is another endpoint) until it ends or the deadline passes.
      read = await listedDeployment(api, appId, deployment.id, stop).catch(() => undefined)
      if (!pollFailing)
        log.warn(
          `${label}: cannot read deployment ${deployment.id} (${(error as Error).message}); still following it${read ? " through the app's list of deployments" : ' until deploy-timeout-seconds'}`
        )
      pollFailing = true
    }
    if (!read) {
      interval = SLOW_POLL_MS
      continue
    }
    deployment = read
    interval = describeChanges(deployment, seen, label, log)
      ? QUICK_POLL_MS
      : Math.min(deployment.phase === 'DEPLOYING' ? FINAL_PHASE_POLL_MS : SLOW_POLL_MS, Math.round(interval * 1.5))
  }
}

function readDeployment(
  api: DigitalOceanApi,
  appId: string,
  deploymentId: string,
  signal: AbortSignal
): Promise<DeploymentJson> {
  return api
    .call<{ deployment: DeploymentJson }>({
      method: 'GET',
      path: '/v2/apps/{app_id}/deployments/{deployment_id}',
      subject: `app ${appId}`,
      builder: (c) => c.v2.apps.byApp_Id(appId).deployments.byDeployment_id(deploymentId),
      signal
    })
    .then((answer) => answer.deployment)
}

/** The deployment as the app's newest deployments show it. */
async function listedDeployment(
  api: DigitalOceanApi,
  appId: string,
  deploymentId: string,
  signal: AbortSignal
): Promise<DeploymentJson | undefined> {
  const list = await api.call<{ deployments?: DeploymentJson[] }>({
    method: 'GET',
    path: '/v2/apps/{app_id}/deployments',
    subject: `app ${appId}`,
    builder: (c) => c.v2.apps.byApp_Id(appId).deployments,
    query: { per_page: 10 },
    signal
  })
  return list.deployments?.find((d) => d.id === deploymentId)
}

/** Logs what changed since the last look (the phase, each top-level step); true when anything did. */
function describeChanges(deployment: DeploymentJson, seen: Map<string, string>, label: string, log: Log): boolean {
  const lines: string[] = []
  const progress = deployment.progress
  for (const step of progress?.steps ?? []) {
    const key = `step ${step.name}`
    const status = step.status ?? 'UNKNOWN'
    if (seen.get(key) === status) continue
    const first = !seen.has(key)
    seen.set(key, status)
    if (!(first && status === 'PENDING'))
      lines.push(`${label}:   ${step.name} ${status.toLowerCase()}${stepReason(step)}`)
  }
  const phase = deployment.phase ?? 'UNKNOWN'
  const phaseChanged = seen.get('') !== phase
  if (phaseChanged) {
    seen.set('', phase)
    const counts = progress?.total_steps ? ` (${progress.success_steps ?? 0}/${progress.total_steps} steps done)` : ''
    const line = `${label}: deployment ${deployment.id} ${phase}${counts}`
    // A new phase heads the steps it runs; the final phase closes the steps that led to it.
    if (TERMINAL_PHASES.includes(phase)) lines.push(line)
    else lines.unshift(line)
  }
  for (const line of lines) log.info(line)
  return phaseChanged || lines.length > 0
}

function stepReason(step: StepJson): string {
  const reason = step.reason ?? step.steps?.find((s) => s.reason)?.reason
  return step.status === 'ERROR' && reason ? ` (${[reason.code, reason.message].filter(Boolean).join(': ')})` : ''
}

/**
 * The build and deploy logs of a deployment, in a group: read from `historic_urls`, which are
 * pre-signed and fetched without the API token.
 */
export async function showLogs(
  api: DigitalOceanApi,
  log: Log,
  appId: string,
  label: string,
  deploymentId: string
): Promise<void> {
  await log.group(`DigitalOcean build and deploy logs: ${label}, deployment ${deploymentId}`, async () => {
    for (const type of ['BUILD', 'DEPLOY'] as const) {
      try {
        const answer = await api.call<{ historic_urls?: string[] }>({
          method: 'GET',
          path: '/v2/apps/{app_id}/deployments/{deployment_id}/logs',
          subject: `app ${appId}`,
          builder: (c) => c.v2.apps.byApp_Id(appId).deployments.byDeployment_id(deploymentId).logs,
          query: { type }
        })
        const urls = answer?.historic_urls ?? []
        log.output(`── ${type.toLowerCase()} logs${urls.length === 0 ? ': none' : ''} ──`)
        for (const url of urls) {
          const response = await fetch(url, { signal: AbortSignal.timeout(15_000) })
          if (!response.ok) {
            log.output(`(the log file answered HTTP ${response.status})`)
            continue
          }
          const lines = (await response.text()).replace(/\n$/, '').split('\n')
          if (lines.length > MAX_LOG_LINES) log.output(`… ${lines.length - MAX_LOG_LINES} earlier lines not shown`)
          for (const line of lines.slice(-MAX_LOG_LINES)) log.output(line)
        }
      } catch (error) {
        log.warn(
          `The ${type.toLowerCase()} logs of deployment ${deploymentId} could not be read: ${(error as Error).message}`
        )
      }
    }
  })
}

const MAX_LOG_LINES = 400
