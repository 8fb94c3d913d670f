import { type Approval, type ApprovalGate, GateError } from '../gate/approval.js'
import type { Plan } from '../plan/plan.js'
import type { Log } from '../report/log.js'
import type { Settings } from '../settings/settings.js'
import { targetName } from '../state/target.js'

const WORKFLOW = '.github/workflows/deploy.yml'
const ENTERPRISE = 'private repositories need GitHub Enterprise for required reviewers'

/**
 * In GitHub Actions only a GitHub environment approval counts, and the gate fails closed: the plan
 * runs only when (1) `approval-environment` exists with a required-reviewers rule, and (2) this
 * workflow run holds an approval for it. Anything else stops the run before any side effect.
 */
export class EnvironmentApprovalGate implements ApprovalGate {
  constructor(
    private readonly settings: Settings,
    private readonly log: Log
  ) {}

  async approve(plan: Plan): Promise<Approval> {
    const { approvalEnvironment: environment, repository, runId, token } = this.settings.github
    const what = `this ${plan.operation} of ${targetName(plan.environment, plan.service)} needs approval (policy \`approval-required-for\`: ${plan.approval_policy.join(', ')})`
    if (!environment) {
      throw new GateError(
        `${what}, and in GitHub Actions only a GitHub environment approval counts: run it through the reusable workflow ${WORKFLOW} with \`approval-environment\` set to an environment that has required reviewers (Settings → Environments; ${ENTERPRISE}), or have the repository owner change \`approval-required-for\` in the workflow or config file`
      )
    }
    if (!repository || !runId || !token) {
      throw new GateError(
        `${what}, and the approval for environment ${environment} cannot be checked: ${!token ? '`github-token` is empty' : 'GITHUB_REPOSITORY or GITHUB_RUN_ID is not set (run it in GitHub Actions)'}`
      )
    }
    // Octokit is loaded only by a run whose plan needs an approval.
    const { describeError, repositoryClient, statusOf } = await import('./client.js')
    const client = repositoryClient(this.settings, this.log)
    const { octokit, owner, repo } = client

    // (1) The environment exists and has required reviewers: a typo'd environment is created on the
    // fly without any protection, which would silently turn the gate off.
    let rules: Array<{ type?: string; reviewers?: unknown[] }>
    try {
      const found = await octokit.rest.repos.getEnvironment({ owner, repo, environment_name: environment })
      rules = (found.data.protection_rules ?? []) as typeof rules
    } catch (error) {
      const status = statusOf(error)
      if (status === 404) {
        throw new GateError(
          `${what}, but the environment ${environment} (input \`approval-environment\`) does not exist in ${repository}. Create it under Settings → Environments with required reviewers (${ENTERPRISE}), and give the deploy job \`environment: ${environment}\``
        )
      }
      throw new GateError(
        `${what}, but the environment ${environment} could not be checked (${describeError(error)})${status === 403 ? ': the job needs `permissions: actions: read`' : ''}; nothing ran`
      )
    }
    const reviewers = rules.find((rule) => rule.type === 'required_reviewers')
    if (!reviewers || (Array.isArray(reviewers.reviewers) && reviewers.reviewers.length === 0)) {
      throw new GateError(
        `${what}, but the environment ${environment} has no required reviewers, so anyone who can run the workflow would pass. Add required reviewers under Settings → Environments → ${environment} (${ENTERPRISE})`
      )
    }

    // (2) This run holds an approval for that environment.
    let approvals: Array<{
      environments: Array<{ name?: string }>
      state: string
      user: { login: string }
      comment: string
    }>
    try {
      approvals = (await octokit.rest.actions.getReviewsForRun({ owner, repo, run_id: Number(runId) })).data
    } catch (error) {
      throw new GateError(
        `${what}, but the approvals of this workflow run could not be read (${describeError(error)})${statusOf(error) === 403 ? ': the job needs `permissions: actions: read`' : ''}; nothing ran`
      )
    }
    const forEnvironment = approvals.filter((a) => a.environments.some((e) => e.name === environment))
    const rejected = forEnvironment.find((a) => a.state === 'rejected')
    if (rejected)
      throw new GateError(
        `${what}, and ${rejected.user.login} rejected it for environment ${environment}${rejected.comment ? `: "${rejected.comment}"` : ''}; nothing ran`
      )
    const approved = forEnvironment.find((a) => a.state === 'approved')
    if (!approved) {
      const others = [
        ...new Set(
          approvals.filter((a) => a.state === 'approved').flatMap((a) => a.environments.map((e) => e.name ?? '?'))
        )
      ]
      throw new GateError(
        `${what}, but this workflow run holds no approval for environment ${environment}${others.length > 0 ? ` (it was approved for ${others.join(', ')} only)` : ''}. Put \`environment: ${environment}\` on a job this one needs, so a required reviewer approves the run before anything changes: the reusable workflow ${WORKFLOW} does that in its approve job when \`approval-environment\` is set`
      )
    }
    return { by: approved.user.login, how: 'environment', ...(approved.comment ? { comment: approved.comment } : {}) }
  }
}
