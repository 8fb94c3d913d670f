import { GateError } from '../gate/approval.js'
import type { ValidationGate } from '../pipeline.js'
import type { Plan } from '../plan/plan.js'
import type { Log } from '../report/log.js'
import type { Settings } from '../settings/settings.js'
import { short } from '../state/transitions.js'
import { describeError, repositoryClient, statusOf } from './client.js'

interface RunFacts {
  id: number
  head_sha: string
  status: string | null
  conclusion: string | null
  html_url: string
  name?: string | null
  path?: string
}

/**
 * A deploy proceeds only after a validation workflow run passed on the very commit being deployed:
 * `validation-run-id` names the run, `validation-workflow` takes the newest run of that workflow
 * file for the commit. With `require-validation` (the default when either is given) a missing or
 * failed validation stops the run; without, it is a warning.
 */
export class GitHubValidationGate implements ValidationGate {
  constructor(
    private readonly settings: Settings,
    private readonly log: Log
  ) {}

  async check(plan: Plan): Promise<{ runId: string; url?: string } | null> {
    try {
      return await this.validate(plan)
    } catch (error) {
      if (!(error instanceof GateError) || this.settings.github.requireValidation) throw error
      this.log.warn(`${error.message} (\`require-validation\` is false: deploying anyway)`)
      return null
    }
  }

  private async validate(plan: Plan): Promise<{ runId: string; url?: string }> {
    const { validationRunId, validationWorkflow, repository, token } = this.settings.github
    const version = plan.version
    if (!validationRunId && !validationWorkflow) {
      throw new GateError(
        '`require-validation` is true, but neither `validation-run-id` nor `validation-workflow` names the validation to check; nothing ran'
      )
    }
    if (!repository || !token)
      throw new GateError(
        'the validation run cannot be checked without `github-token` and GITHUB_REPOSITORY; nothing ran'
      )
    if (!/^[0-9a-f]{40}$/.test(version))
      throw new GateError(
        `the version ${version} is not a commit SHA, so no validation run can vouch for it; nothing ran`
      )
    const { octokit, owner, repo } = repositoryClient(this.settings, this.log)

    let run: RunFacts
    if (validationRunId) {
      try {
        run = (await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: Number(validationRunId) })).data
      } catch (error) {
        throw new GateError(
          `the validation run ${validationRunId} (input \`validation-run-id\`) ${statusOf(error) === 404 ? 'does not exist in this repository' : `could not be read (${describeError(error)})`}; nothing ran`
        )
      }
    } else {
      const workflow = validationWorkflow!.split('/').pop()!
      let runs: RunFacts[]
      try {
        runs = (
          await octokit.rest.actions.listWorkflowRuns({
            owner,
            repo,
            workflow_id: workflow,
            head_sha: version,
            per_page: 20
          })
        ).data.workflow_runs
      } catch (error) {
        throw new GateError(
          `the validation workflow ${workflow} (input \`validation-workflow\`) ${statusOf(error) === 404 ? `does not exist in ${repository} (give the file name, e.g. ci.yml)` : `could not be read (${describeError(error)})`}; nothing ran`
        )
      }
      const newest = runs.filter((r) => r.head_sha === version).sort((a, b) => b.id - a.id)[0]
      if (!newest)
        throw new GateError(
          `the validation workflow ${workflow} has no run for ${short(version)}: run it on this commit first; nothing ran`
        )
      run = newest
    }

    const label = `validation run ${run.id}${run.name ? ` (${run.name})` : ''}`
    if (run.head_sha !== version) {
      throw new GateError(
        `the ${label} validated ${short(run.head_sha)}, not the commit being deployed (${short(version)}); nothing ran. ${run.html_url}`
      )
    }
    if (run.status !== 'completed')
      throw new GateError(
        `the ${label} has not finished (status ${run.status}); wait for it, then run again; nothing ran. ${run.html_url}`
      )
    if (run.conclusion !== 'success')
      throw new GateError(
        `the ${label} concluded ${run.conclusion ?? 'without a conclusion'}, not success, on ${short(version)}; nothing ran. ${run.html_url}`
      )
    return { runId: String(run.id), url: run.html_url }
  }
}
