import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { strongest } from '../plan/plan.js'
import * as core from '../report/actions-core.js'
import type { ApprovalGate } from '../gate/approval.js'
import type { Log } from '../report/log.js'
import type { Settings } from '../settings/settings.js'
import { buildResult } from '../report/result.js'
import { type PlannedService, matrixOutputs } from './outputs.js'
import { type ServicesRun, runServices } from './run-services.js'
import { renderServicesSummary } from './summary.js'

/** The services planned, with their plans, in the config file's order. */
export function plannedServices(run: ServicesRun): PlannedService[] {
  return run.services.flatMap((service) =>
    service.settings.service && service.result?.plan
      ? [{ service: service.settings.service, plan: service.result.plan }]
      : []
  )
}

/** The result document of a run over several services: the run, then each service's own result. */
export function buildServicesResult(run: ServicesRun): Record<string, unknown> {
  const planned = plannedServices(run)
  return {
    deployment_id: run.deploymentId,
    deployed_at: run.startedAt,
    status: run.status,
    environment: run.environment,
    mode: run.mode,
    operation: strongest(planned.map(({ plan }) => plan.operation)),
    requires_approval: planned.some(({ plan }) => plan.requires_approval),
    duration_seconds: run.durationSeconds,
    services: run.services.map((service) => ({
      service: service.settings.service?.name,
      wave: service.settings.service?.wave,
      ...(service.result
        ? buildResult(service.result, service.settings, service.log)
        : { status: 'failed', message: service.log.redact(service.error ?? 'failed'), logs: service.log.entries }),
      ...(service.configRepos ? { config_repos: service.configRepos } : {})
    }))
  }
}

/** Outputs, the job summary and result.json of a run over several services. */
export async function reportServicesToActions(run: ServicesRun, log: Log): Promise<void> {
  const planned = plannedServices(run)
  const result = buildServicesResult(run)
  const set = (name: string, value: string) => core.setOutput(name, log.redact(value))
  const versions = new Set(planned.map(({ plan }) => plan.version))
  set('status', run.status)
  set('operation', String(result.operation))
  set('requires-approval', String(result.requires_approval))
  set('plan', '')
  set('deployment-id', run.deploymentId)
  set('previous-version', '')
  set('new-version', versions.size === 1 ? [...versions][0]! : '')
  set('rolled-back', 'false')
  set('duration-seconds', String(run.durationSeconds))
  set('config-commits', '{}')
  if (run.mode === 'plan') for (const [name, value] of Object.entries(matrixOutputs(planned))) set(name, value)
  set('result', JSON.stringify(result))

  const summaryFile = process.env.GITHUB_STEP_SUMMARY
  if (summaryFile) {
    await core.summary
      .addRaw(
        renderServicesSummary(run, (text) => log.redact(text)),
        true
      )
      .write()
    await writeFile(join(dirname(summaryFile), 'result.json'), `${JSON.stringify(result, null, 2)}\n`)
  }
}

/** The action's run over several services (`service: all` in `mode: plan` or `mode: status`). */
export async function runServicesInAction(
  all: Settings[],
  log: Log,
  approvalGate: (settings: Settings) => ApprovalGate
): Promise<void> {
  const run = await runServices(all, log, approvalGate)
  await reportServicesToActions(run, log)
  if (run.status === 'failed') {
    const failed = run.services.filter((s) => s.error !== undefined || s.result?.status === 'failed')
    core.setFailed(
      log.redact(
        `${run.environment}: ${failed.length} of ${run.services.length} services ${run.mode === 'plan' ? 'could not be planned' : 'not healthy'}: ${failed
          .map((s) => `${s.settings.service?.name}: ${s.error ?? s.result?.message ?? 'failed'}`)
          .join('; ')}`
      )
    )
  }
}
