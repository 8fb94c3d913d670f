import * as core from './actions-core.js'
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { RunResult } from '../pipeline.js'
import type { Settings } from '../settings/settings.js'
import type { Log } from './log.js'
import { buildResult } from './result.js'
import { renderSummary } from './summary.js'

/** Outputs, the job summary and result.json: what the runner shows and later steps read. */
export async function reportToActions(run: RunResult, settings: Settings, log: Log): Promise<void> {
  const result = buildResult(run, settings, log)
  const plan = run.plan
  const set = (name: string, value: string) => core.setOutput(name, log.redact(value))
  set('operation', plan?.operation ?? 'none')
  set('requires-approval', String(plan?.requires_approval ?? false))
  set('plan', plan ? JSON.stringify(plan) : '')
  set('status', run.status)
  set('deployment-id', run.deploymentId)
  set('previous-version', run.previousVersion ?? '')
  set('new-version', run.newVersion ?? '')
  set('rolled-back', String(run.outcome?.rollback.triggered === true || run.plan?.operation === 'rollback'))
  set('duration-seconds', String(run.durationSeconds))
  set('config-commits', JSON.stringify(plan?.config_commits ?? {}))
  set('result', JSON.stringify(result))
  // One service planned: the same fan-out outputs as for several, so a workflow reads one shape.
  if (settings.service && plan && run.mode === 'plan') {
    const { matrixOutputs } = await import('../monorepo/outputs.js')
    for (const [name, value] of Object.entries(matrixOutputs([{ service: settings.service, plan }]))) set(name, value)
  }

  const summaryFile = process.env.GITHUB_STEP_SUMMARY
  if (summaryFile) {
    await core.summary
      .addRaw(
        renderSummary(run, settings, (text) => log.redact(text)),
        true
      )
      .write()
    await writeFile(join(dirname(summaryFile), 'result.json'), `${JSON.stringify(result, null, 2)}\n`)
  }
}
