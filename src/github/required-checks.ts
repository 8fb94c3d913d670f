import { GateError } from '../gate/approval.js'
import {
  type CheckRunFacts,
  type RequiredCheckRecord,
  type RequiredChecksGate,
  type StatusFacts,
  describeCheck,
  judgeRequiredChecks,
  stillRunning
} from '../gate/required-checks.js'
import type { Plan } from '../plan/plan.js'
import type { Log } from '../report/log.js'
import type { Settings } from '../settings/settings.js'
import { short } from '../state/transitions.js'
import { backoffMs, sleep } from '../util/retry.js'
import { RateLimitError, describeError, repositoryClient, statusOf } from './client.js'

/** Polls of pending checks: from 3 s, doubling, at most a minute apart (each poll is 1 + names requests). */
const POLL_BASE_MS = 3000
const POLL_MAX_MS = 60_000
/** The combined status lists 100 contexts a page; a commit with more than 1000 is not read further. */
const STATUS_PAGES = 10

/**
 * `required-checks`: every named check run or commit status must have concluded `success` on the
 * commit being deployed, the latest run counting. Fail closed: missing, failed, cancelled or still
 * pending stops the run before any change, naming each. Pending and missing ones are waited for up
 * to `required-checks-wait-seconds`; a failed one stops the run at once.
 */
export class GitHubRequiredChecksGate implements RequiredChecksGate {
  constructor(
    private readonly settings: Settings,
    private readonly log: Log
  ) {}

  async check(plan: Plan): Promise<RequiredCheckRecord[] | undefined> {
    const { requiredChecks: names, requiredChecksFor, requiredChecksWaitSeconds: waitSeconds } = this.settings.github
    const scope = plan.operation === 'rollback' ? 'rollback' : 'deploy'
    if (!requiredChecksFor.includes(scope)) {
      this.log.info(
        `Required checks not checked for a ${scope} (\`required-checks-for\`: ${requiredChecksFor.join(', ')})`
      )
      return undefined
    }
    const sha = plan.version
    if (!/^[0-9a-f]{40}$/.test(sha))
      throw new GateError(
        `\`required-checks\`: the version ${sha} is not a commit SHA, so no check can vouch for it; nothing ran`
      )

    const deadline = Date.now() + waitSeconds * 1000
    for (let poll = 1; ; poll++) {
      const records = await this.read(sha, names)
      const failed = records.filter((r) => !r.passed && !stillRunning(r))
      const waiting = records.filter(stillRunning)
      if (failed.length === 0 && waiting.length === 0) {
        for (const record of records) this.log.info(`✓ ${describeCheck(record)}`)
        return records
      }
      const left = deadline - Date.now()
      if (failed.length > 0 || left <= 0) {
        const waited = waitSeconds > 0 && failed.length === 0 ? ` after waiting ${waitSeconds} s` : ''
        const missing = records.some((r) => r.kind === null)
        const howToWait =
          waiting.length > 0 && waitSeconds === 0 ? ' (`required-checks-wait-seconds` waits for pending ones)' : ''
        throw new GateError(
          `required checks have not passed on ${short(sha)}${waited}: ${[...failed, ...waiting].map(describeCheck).join('; ')}${missing ? ` (names match exactly: a check run's name, e.g. a job's "test (ubuntu-latest)", or a status's context)` : ''}${howToWait}; nothing ran`
        )
      }
      const pause = Math.min(left, backoffMs(poll, POLL_BASE_MS, POLL_MAX_MS))
      this.log.info(
        `Waiting for ${waiting.map((r) => `${r.name} (${r.conclusion.replace('_', ' ')})`).join(', ')}: next look in ${Math.ceil(pause / 1000)} s, ${Math.ceil(left / 1000)} s left of \`required-checks-wait-seconds\``
      )
      await sleep(pause)
    }
  }

  private async read(sha: string, names: readonly string[]): Promise<RequiredCheckRecord[]> {
    const [runs, statuses] = await Promise.all([
      Promise.all(names.map((name) => this.checkRuns(sha, name))).then((lists) => lists.flat()),
      this.statuses(sha)
    ])
    return judgeRequiredChecks(names, runs, statuses)
  }

  /** Every check run of that name on the commit, from every app and suite (`filter: all`: re-runs too). */
  private async checkRuns(sha: string, name: string): Promise<CheckRunFacts[]> {
    const { octokit, owner, repo } = repositoryClient(this.settings, this.log)
    try {
      return await octokit.paginate(
        octokit.rest.checks.listForRef,
        { owner, repo, ref: sha, check_name: name, filter: 'all', per_page: 100 },
        (response) => response.data as CheckRunFacts[]
      )
    } catch (error) {
      throw this.unreadable(`the check runs named "${name}"`, sha, error, 'checks')
    }
  }

  /** The latest status of each context on the commit (the combined status, every page). */
  private async statuses(sha: string): Promise<StatusFacts[]> {
    const { octokit, owner, repo } = repositoryClient(this.settings, this.log)
    const statuses: StatusFacts[] = []
    try {
      for (let page = 1; page <= STATUS_PAGES; page++) {
        const { data } = await octokit.rest.repos.getCombinedStatusForRef({
          owner,
          repo,
          ref: sha,
          per_page: 100,
          page
        })
        statuses.push(...(data.statuses as StatusFacts[]))
        if (data.statuses.length < 100 || statuses.length >= data.total_count) break
      }
    } catch (error) {
      throw this.unreadable('the commit statuses', sha, error, 'statuses')
    }
    return statuses
  }

  private unreadable(what: string, sha: string, error: unknown, permission: 'checks' | 'statuses'): GateError {
    const status = statusOf(error)
    const hint =
      status === 403 && !(error instanceof RateLimitError)
        ? `: the token needs \`${permission}: read\` (add \`permissions: ${permission}: read\` to the job, or to the caller of the reusable workflow)`
        : status === 404 || status === 422
          ? `: is ${short(sha)} pushed to ${this.settings.github.repository}?`
          : ''
    return new GateError(
      `\`required-checks\`: ${what} of ${short(sha)} could not be read (${describeError(error)})${hint}; nothing ran`
    )
  }
}
