import type { RunObserver, RunResult } from '../pipeline.js'
import { runUrl } from '../pipeline.js'
import type { Log } from '../report/log.js'
import type { Settings } from '../settings/settings.js'
import { short } from '../state/transitions.js'
import { backoffMs, sleep } from '../util/retry.js'
import { type GitHubOctokit, describeError, repositoryClient, statusOf } from './client.js'

type FinalState = 'success' | 'failure' | 'error'
type CreateDeploymentRequest = Parameters<GitHubOctokit['rest']['repos']['createDeployment']>[0] & {
  ref: string
  environment: string
}

/** A creation that failed ambiguously is tried again at most twice, after reading that it did not land. */
const CREATE_ATTEMPTS = 3
const CREATE_BACKOFF_MS = 1000

const FINAL: Record<RunResult['status'], FinalState> = {
  success: 'success',
  failed: 'failure',
  rolled_back: 'failure',
  rollback_failed: 'error',
  planned: 'error',
  skipped: 'error'
}

/**
 * A GitHub Deployment for every run that changes the environment, so the repository's
 * Environments page lists every deploy and rollback: created `in_progress` just before the first
 * change, then `success`, `failure` (rolled back or not) or `error` (the rollback failed too).
 */
export class GitHubDeploymentsObserver implements RunObserver {
  readonly name = 'GitHub Deployment'
  private deploymentId: number | undefined

  constructor(
    private readonly settings: Settings,
    private readonly log: Log
  ) {}

  async started(run: RunResult): Promise<void> {
    const plan = run.plan
    if (!plan || plan.operation === 'none') return
    const client = repositoryClient(this.settings, this.log)
    const { owner, repo } = client
    const sha = /^[0-9a-f]{40}$/.test(plan.version) ? plan.version : this.settings.github.sha
    if (!sha) {
      this.log.warn(`No GitHub Deployment: the version ${plan.version} is not a commit and GITHUB_SHA is not set`)
      return
    }
    // A service has its own Deployment environment (`production/api`): its history is its own, and
    // a new deploy of one service does not mark another service's Deployment inactive.
    const service = this.settings.service?.name
    const environment = service ? `${this.settings.environment}/${service}` : this.settings.environment
    const request: CreateDeploymentRequest = {
      owner,
      repo,
      ref: sha,
      task: 'deploy',
      environment,
      auto_merge: false,
      required_contexts: [],
      description: clip(`${plan.operation} ${short(plan.version)} by deploy-orchestrator`),
      production_environment: this.settings.environment === 'production',
      transient_environment: false,
      payload: {
        deployment_id: run.deploymentId,
        ...(service ? { service } : {}),
        plan: {
          operation: plan.operation,
          decided_by: plan.decided_by,
          reasons: plan.reasons.slice(0, 20),
          version: plan.version,
          previous_version: plan.previous_version,
          strategy: plan.strategy,
          platform: plan.platform,
          steps: plan.steps,
          config_commits: plan.config_commits,
          requires_approval: plan.requires_approval,
          approval_policy: plan.approval_policy,
          state_sequence: plan.state_sequence
        },
        approval: run.approval ?? null,
        validation_run_id: run.validation?.runId ?? null
      }
    }
    this.deploymentId = await this.create(request, run.deploymentId)
    await this.status('in_progress', `${plan.operation} of ${short(plan.version)} started`, undefined)
    const page = `${this.settings.github.serverUrl.replace(/\/+$/, '')}/${client.repository}/deployments`
    run.notes.push(`GitHub Deployment ${this.deploymentId} (${environment}): ${page}`)
  }

  /**
   * Creates the Deployment once. Octokit does not retry it (a retry of a creation that landed would
   * show the deploy twice); after a failure that may have landed (no answer, 5xx) the environment's
   * Deployments of this commit are read, and this run's is taken when it is there (its payload
   * carries the run's deployment id). Only when it is not is the creation sent again.
   */
  private async create(request: CreateDeploymentRequest, runId: string): Promise<number> {
    const { octokit } = repositoryClient(this.settings, this.log)
    for (let attempt = 1; ; attempt++) {
      let created
      try {
        created = await octokit.rest.repos.createDeployment({ ...request, request: { retries: 0 } })
      } catch (error) {
        const status = statusOf(error)
        const gaveUp = attempt > 1 ? `; gave up after ${attempt} attempts` : ''
        if ((status > 0 && status < 500) || attempt >= CREATE_ATTEMPTS)
          throw new Error(`could not create the Deployment (${describeError(error)})${gaveUp}`)
        const landed = await this.findCreated(request, runId).catch((readError: unknown) => {
          throw new Error(
            `could not create the Deployment (${describeError(error)}), and whether it landed anyway could not be read (${describeError(readError)}), so it was not sent again`
          )
        })
        if (landed !== undefined) {
          this.log.info(
            `GitHub Deployment: the answer was lost (${describeError(error)}), but Deployment ${landed} was created`
          )
          return landed
        }
        this.log.warn(`GitHub Deployment: ${describeError(error)}; it did not land, creating it again`)
        await sleep(backoffMs(attempt, CREATE_BACKOFF_MS))
        continue
      }
      if (created.status !== 201 || !('id' in created.data)) {
        throw new Error(
          `GitHub did not create the Deployment: ${(created.data as { message?: string }).message ?? `HTTP ${created.status}`}`
        )
      }
      return created.data.id
    }
  }

  /** This run's Deployment among the environment's Deployments of the commit, by the payload's run id. */
  private async findCreated(request: CreateDeploymentRequest, runId: string): Promise<number | undefined> {
    const { octokit, owner, repo } = repositoryClient(this.settings, this.log)
    const { data } = await octokit.rest.repos.listDeployments({
      owner,
      repo,
      sha: request.ref,
      environment: request.environment,
      task: 'deploy',
      per_page: 30
    })
    return data.find((d) => (d.payload as { deployment_id?: unknown } | null)?.deployment_id === runId)?.id
  }

  async finished(run: RunResult): Promise<void> {
    if (this.deploymentId === undefined) return
    const state = FINAL[run.status]
    const approval =
      run.approval && run.approval.how !== 'not-required'
        ? `; approved by ${run.approval.by}${run.approval.comment ? `: ${run.approval.comment}` : ''}`
        : ''
    const outcome =
      run.status === 'success'
        ? `${run.plan?.operation ?? 'deploy'} of ${short(run.newVersion ?? '')} succeeded`
        : `${run.status.replace('_', ' ')}: ${run.message ?? 'see the run'}`
    await this.status(state, `${outcome}${approval}`, run.url)
  }

  private async status(
    state: 'in_progress' | FinalState,
    description: string,
    platformUrl: string | undefined
  ): Promise<void> {
    const { octokit, owner, repo } = repositoryClient(this.settings, this.log)
    const environmentUrl =
      this.settings.github.environmentUrl ?? (platformUrl && /^https?:\/\//.test(platformUrl) ? platformUrl : undefined)
    const logUrl = runUrl(this.settings)
    try {
      await octokit.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: this.deploymentId!,
        state,
        description: clip(description),
        ...(logUrl ? { log_url: logUrl } : {}),
        ...(environmentUrl ? { environment_url: environmentUrl } : {})
      })
    } catch (error) {
      throw new Error(`could not set the Deployment ${this.deploymentId} to ${state} (${describeError(error)})`)
    }
  }
}

/** Deployment and status descriptions: 140 characters at most. */
function clip(text: string): string {
  return text.length <= 140 ? text : `${text.slice(0, 139)}…`
}
