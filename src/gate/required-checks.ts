import type { Plan } from '../plan/plan.js'

/**
 * One required check as the gate found it on the commit: the latest check run of that name, or the
 * latest commit status of that context. Recorded in the state, the result and the summary (a type,
 * not an interface, so that it fits the state's loose records as it is).
 */
export type RequiredCheckRecord = {
  name: string
  /** Where the name was found; null when nothing of that name was reported. */
  kind: 'check_run' | 'status' | null
  /** `success`, `failure`, `cancelled`, `timed_out`… for a finished one; `queued`, `in_progress`, `pending`… while it runs; `missing`. */
  conclusion: string
  passed: boolean
  /** The app that reported a check run (`github-actions`). */
  app?: string
  url?: string
  /** When it finished (a check run), or was last set (a status). */
  completed_at?: string
  /** Check runs of that name seen on the commit, when more than one (the latest counts). */
  runs?: number
}

/** Checks the commit being deployed must have passed; throws GateError when they have not. */
export interface RequiredChecksGate {
  /** The checks found, or undefined when `required-checks-for` leaves this plan ungated. */
  check(plan: Plan): Promise<RequiredCheckRecord[] | undefined>
}

/** The fields of GitHub's check run this gate reads. */
export interface CheckRunFacts {
  id: number
  name: string
  status: string
  conclusion: string | null
  started_at: string | null
  completed_at: string | null
  html_url: string | null
  details_url?: string | null
  app: { slug?: string; name?: string } | null
}

/** The fields of GitHub's commit status this gate reads. */
export interface StatusFacts {
  id: number
  context: string
  state: string
  target_url: string | null
  created_at: string
  updated_at: string
}

/** Newest first: a later start (a run not started yet is the newest), then a higher id. */
function newerRun(a: CheckRunFacts, b: CheckRunFacts): number {
  const time = (run: CheckRunFacts) => (run.started_at ? Date.parse(run.started_at) : Infinity)
  return time(b) - time(a) || b.id - a.id
}

function newerStatus(a: StatusFacts, b: StatusFacts): number {
  return Date.parse(b.updated_at) - Date.parse(a.updated_at) || b.id - a.id
}

/**
 * The verdict on each required name, as GitHub's pull request page shows it: the latest check run
 * of the name (several apps or suites may report one name; a re-run supersedes the run before) and
 * the latest status of the context. A name reported both ways needs both to have passed; a name
 * reported neither way is missing.
 */
export function judgeRequiredChecks(
  required: readonly string[],
  runs: readonly CheckRunFacts[],
  statuses: readonly StatusFacts[]
): RequiredCheckRecord[] {
  const records: RequiredCheckRecord[] = []
  for (const name of required) {
    const named = runs.filter((run) => run.name === name).sort(newerRun)
    const run = named[0]
    if (run) {
      const conclusion = run.status === 'completed' ? (run.conclusion ?? 'no conclusion') : run.status
      records.push({
        name,
        kind: 'check_run',
        conclusion,
        passed: conclusion === 'success',
        ...(run.app?.slug || run.app?.name ? { app: run.app.slug ?? run.app.name } : {}),
        ...(run.html_url || run.details_url ? { url: (run.html_url || run.details_url)! } : {}),
        ...(run.completed_at && run.status === 'completed' ? { completed_at: run.completed_at } : {}),
        ...(named.length > 1 ? { runs: named.length } : {})
      })
    }
    const status = statuses.filter((s) => s.context === name).sort(newerStatus)[0]
    if (status) {
      records.push({
        name,
        kind: 'status',
        conclusion: status.state,
        passed: status.state === 'success',
        ...(status.target_url ? { url: status.target_url } : {}),
        completed_at: status.updated_at
      })
    }
    if (!run && !status) records.push({ name, kind: null, conclusion: 'missing', passed: false })
  }
  return records
}

const RUNNING = new Set(['queued', 'in_progress', 'waiting', 'requested', 'pending', 'missing'])

/** Not passed, but may still pass: running, queued, or not reported yet. */
export function stillRunning(record: RequiredCheckRecord): boolean {
  return !record.passed && RUNNING.has(record.conclusion)
}

/** One check for a message: `tests concluded failure (check run by github-actions, https://…)`. */
export function describeCheck(record: RequiredCheckRecord): string {
  if (record.kind === null) return `${record.name} was not reported (no check run or commit status of that name)`
  const source = `${record.kind === 'check_run' ? 'check run' : 'commit status'}${record.app ? ` by ${record.app}` : ''}${record.runs ? `, latest of ${record.runs} runs` : ''}${record.url ? `, ${record.url}` : ''}`
  if (record.passed) return `${record.name} passed (${source})`
  return stillRunning(record)
    ? `${record.name} is still ${record.conclusion.replace('_', ' ')} (${source})`
    : `${record.name} concluded ${record.conclusion}, not success (${source})`
}
