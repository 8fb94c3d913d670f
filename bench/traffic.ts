// 7. Zero downtime, measured: a load client sends requests through the demo's router
// (examples/local/) at a fixed rate while the action deploys a good release, rolls back on request
// (`mode: rollback`) and rolls back by itself a release that fails its live check, blue-green and
// rolling. Per case: requests, failed requests, the longest gap between two successful answers, the
// switch time (the switch's start to the first answer from the version switched to) and, for the
// automatic rollback, the window in which the bad version held traffic (switch to switch back).
import { Agent, request } from 'node:http'
import { type DemoStack, startStack } from '../examples/local/stack.mjs'
import {
  type ActionOutcome,
  type BenchOptions,
  type Figure,
  epochMs,
  expectStatus,
  round,
  runActionTimed
} from './lib.js'

/** Requests per second, and the bounds that make the client stop by itself whatever happens. */
const RATE = 200
const REQUEST_TIMEOUT_MS = 2_000
const MAX_DURATION_MS = 120_000
/** Traffic before the action starts and after it exits, so the steady state frames each case. */
const MARGIN_MS = 300

interface Sample {
  /** `epochMs()` when the request was sent and when its answer (or failure) came. */
  sent: number
  done: number
  ok: boolean
  /** The version that answered (the demo service says it), or what went wrong. */
  version?: string
  error?: string
}

/**
 * An open-loop client: it sends at a fixed rate whether or not earlier requests answered (a stall
 * shows as failures and a gap, not as fewer requests), to loopback only, and stops by itself after
 * MAX_DURATION_MS; every request has its own timeout.
 */
class LoadClient {
  readonly samples: Sample[] = []
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 })
  private timer?: NodeJS.Timeout
  private inFlight = 0
  private sent = 0
  private started = 0
  private lastTick = 0
  /** The longest the client's own event loop held a tick back: a gap that size may be the client's. */
  stallMs = 0
  private drained?: () => void

  constructor(private readonly url: string) {
    const host = new URL(url).hostname
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(host))
      throw new Error(`the load client only targets loopback, not ${host}`)
  }

  start(): void {
    this.started = this.lastTick = performance.now()
    this.timer = setInterval(() => {
      const now = performance.now()
      this.stallMs = Math.max(this.stallMs, now - this.lastTick - 1000 / RATE)
      this.lastTick = now
      const elapsed = now - this.started
      if (elapsed > MAX_DURATION_MS) return void this.stop()
      // Catch up on ticks the event loop delayed, so the rate holds on a busy machine.
      const due = Math.floor((elapsed * RATE) / 1000)
      while (this.sent < due) this.send()
    }, 1000 / RATE)
  }

  /** Stops sending and waits for the requests in flight (each bounded by its timeout). */
  async stop(): Promise<Sample[]> {
    clearInterval(this.timer)
    this.timer = undefined
    if (this.inFlight > 0) await new Promise<void>((resolve) => (this.drained = resolve))
    this.agent.destroy()
    return this.samples.sort((a, b) => a.sent - b.sent)
  }

  private send(): void {
    this.sent++
    this.inFlight++
    const sent = epochMs()
    const finish = (result: Omit<Sample, 'sent' | 'done'>) => {
      this.samples.push({ sent, done: epochMs(), ...result })
      if (--this.inFlight === 0 && !this.timer) this.drained?.()
    }
    const req = request(this.url, { agent: this.agent, timeout: REQUEST_TIMEOUT_MS }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('error', (error) => finish({ ok: false, error: error.message }))
      response.on('end', () => {
        let version: string | undefined
        try {
          version = (JSON.parse(body) as { version?: string }).version
        } catch {
          version = undefined
        }
        const ok = response.statusCode === 200 && version !== undefined
        finish(ok ? { ok, version } : { ok, error: `HTTP ${response.statusCode}` })
      })
    })
    req.on('timeout', () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)))
    req.on('error', (error) => finish({ ok: false, error: (error as NodeJS.ErrnoException).code ?? error.message }))
    req.end()
  }
}

type Strategy = 'blue-green' | 'rolling'
type Kind = 'deploy' | 'rollback' | 'auto-rollback'

interface CaseResult {
  strategy: Strategy
  kind: Kind
  round: number
  requests: number
  failed: number
  longestGapMs: number
  /** Where that gap began, in ms from the switch's start (negative: before it). */
  longestGapAtMs: number
  /** The switch's start (the switch command, or the deploy or rollback command on rolling) to the first answer from the version switched to. */
  switchMs: number
  /** Automatic rollback: from the switch to the end of the switch back (rolling: the deploy to the end of the rollback). */
  window?: { ms: number; failedInside: number; failedOutside: number }
  /** The longest the load client's own event loop stalled during the case (its share of a gap). */
  clientStallMs: number
  errors: Record<string, number>
}

/** Where a step ran, from result.json: [start, end] in epoch ms. */
function stepSpan(run: ActionOutcome, match: (name: string) => boolean, what: string): [number, number] {
  const step = (run.result?.steps as { name: string; started_at: string; duration_ms: number }[] | undefined)?.find(
    (s) => match(s.name)
  )
  if (!step) throw new Error(`traffic: no step ${what} in the run's result\n${run.stdout.slice(-2000)}`)
  const start = Date.parse(step.started_at)
  return [start, start + step.duration_ms]
}

function analyse(
  samples: Sample[],
  switchAt: number,
  version: string,
  window?: [number, number]
): Omit<CaseResult, 'strategy' | 'kind' | 'round' | 'clientStallMs'> {
  const failures = samples.filter((s) => !s.ok)
  const answers = samples.filter((s) => s.ok).sort((a, b) => a.done - b.done)
  let longestGapMs = 0
  let longestGapAt = Number.NaN
  for (let i = 1; i < answers.length; i++) {
    const gap = answers[i]!.done - answers[i - 1]!.done
    if (gap > longestGapMs) [longestGapMs, longestGapAt] = [gap, answers[i - 1]!.done]
  }
  const first = answers.find((s) => s.done >= switchAt && s.version === version)
  const errors: Record<string, number> = {}
  for (const f of failures) errors[f.error ?? '?'] = (errors[f.error ?? '?'] ?? 0) + 1
  const inside = window ? failures.filter((f) => f.sent >= window[0] && f.sent <= window[1]).length : 0
  return {
    requests: samples.length,
    failed: failures.length,
    longestGapMs: round(longestGapMs),
    longestGapAtMs: round(longestGapAt - switchAt),
    switchMs: first ? round(first.done - switchAt) : Number.NaN,
    ...(window
      ? { window: { ms: round(window[1] - window[0]), failedInside: inside, failedOutside: failures.length - inside } }
      : {}),
    errors
  }
}

/** Runs the action once while the load client sends requests through the router. */
async function underLoad(
  options: BenchOptions,
  stack: DemoStack,
  inputs: Record<string, string>
): Promise<{ run: ActionOutcome; samples: Sample[]; clientStallMs: number }> {
  const client = new LoadClient(`${stack.base}/`)
  client.start()
  await new Promise((resolve) => setTimeout(resolve, MARGIN_MS))
  const run = await runActionTimed(options, stack.repo, inputs, stack.env)
  await new Promise((resolve) => setTimeout(resolve, MARGIN_MS))
  const samples = await client.stop()
  return { run, samples, clientStallMs: round(client.stallMs) }
}

async function strategyCases(options: BenchOptions, strategy: Strategy, rounds: number): Promise<CaseResult[]> {
  const stack = await startStack({ prefix: `bench-traffic-${strategy}-` })
  const results: CaseResult[] = []
  try {
    const inputs = { environment: 'bench', 'state-store': 'file', ...stack.inputs(strategy) }
    expectStatus(
      await runActionTimed(options, stack.repo, inputs, stack.env),
      'success',
      `traffic ${strategy}: first deploy`
    )
    const switched = (name: string) =>
      strategy === 'rolling' ? name === 'deploy' : name.startsWith('switch traffic to ')
    for (let round = 1; round <= rounds; round++) {
      // (a) A good release.
      const good = stack.commit(`Release ${round}.1: good`, { name: `demo service ${round}.1` })
      const deploy = await underLoad(options, stack, inputs)
      expectStatus(deploy.run, 'success', `traffic ${strategy}: deploy of a good release`)
      results.push({
        strategy,
        kind: 'deploy',
        round,
        clientStallMs: deploy.clientStallMs,
        ...analyse(deploy.samples, stepSpan(deploy.run, switched, 'switching traffic')[0], good)
      })

      // (b) A requested rollback to the version before.
      const back = await underLoad(options, stack, { ...inputs, mode: 'rollback' })
      expectStatus(back.run, 'success', `traffic ${strategy}: requested rollback`)
      const target = back.run.result.deployment_details.new_version as string
      const rolled = (name: string) =>
        strategy === 'rolling' ? name === 'roll back' : name.startsWith('switch traffic to ')
      results.push({
        strategy,
        kind: 'rollback',
        round,
        clientStallMs: back.clientStallMs,
        ...analyse(back.samples, stepSpan(back.run, rolled, 'rolling back')[0], target)
      })

      // (c) A release that fails its live check, and is rolled back to the version (b) returned
      // to. Blue-green: one that crashes after its first request, so it passes the check of the
      // idle colour and is dead when traffic comes. Rolling has no check before traffic, and the
      // crashing release would pass a live check that happened to be its first request: one that
      // is up but answers 500.
      stack.commit(
        `Release ${round}.2: broken`,
        strategy === 'blue-green' ? { crashAfterRequests: 1 } : { status: 500 }
      )
      const bad = await underLoad(options, stack, inputs)
      expectStatus(bad.run, 'rolled_back', `traffic ${strategy}: automatic rollback`)
      const moved = stepSpan(bad.run, switched, 'switching traffic')[0]
      const [returned, settled] = stepSpan(
        bad.run,
        (name) => (strategy === 'rolling' ? name === 'roll back' : name.startsWith('switch traffic back to ')),
        'rolling back'
      )
      results.push({
        strategy,
        kind: 'auto-rollback',
        round,
        clientStallMs: bad.clientStallMs,
        ...analyse(bad.samples, returned, target, [moved, settled])
      })
      options.log(
        `  ${strategy} round ${round}: ${results
          .slice(-3)
          .map(
            (r) =>
              `${r.kind} ${r.failed}/${r.requests} failed, switch ${r.switchMs} ms, gap ${r.longestGapMs} ms at ${r.longestGapAtMs} ms (client stall ${r.clientStallMs} ms)`
          )
          .join('; ')}`
      )
    }
    return results
  } finally {
    stack.stop()
  }
}

const LABEL: Record<Kind, string> = {
  deploy: 'deploy of a good release',
  rollback: 'requested rollback',
  'auto-rollback': 'automatic rollback'
}

export async function traffic(options: BenchOptions): Promise<{ figures: Figure[]; details: unknown }> {
  // Three rounds by default (--runs 15); --runs 50 makes ten, --quick one.
  const rounds = options.quick ? 1 : Math.max(1, Math.round(options.runs / 5))
  const results = [
    ...(await strategyCases(options, 'blue-green', rounds)),
    ...(await strategyCases(options, 'rolling', rounds))
  ]
  const figures: Figure[] = []
  for (const strategy of ['blue-green', 'rolling'] as const) {
    for (const kind of ['deploy', 'rollback', 'auto-rollback'] as const) {
      const cases = results.filter((r) => r.strategy === strategy && r.kind === kind)
      const worst = (pick: (r: CaseResult) => number) => Math.max(...cases.map(pick))
      const name = `${strategy} ${LABEL[kind]}`
      const requests = cases.map((r) => r.requests).join(', ')
      const zeroGoal = strategy === 'blue-green' && kind !== 'auto-rollback'
      if (kind === 'auto-rollback') {
        const window = (r: CaseResult) => r.window!
        figures.push({
          bench: 'traffic',
          name: `${name}: failed requests outside the bad version's window`,
          value: worst((r) => window(r).failedOutside),
          unit: 'requests',
          target: 1,
          note: `inside the window: ${cases.map((r) => `${window(r).failedInside} in ${window(r).ms} ms`).join(', ')} (of ${requests} requests)`
        })
      } else {
        figures.push({
          bench: 'traffic',
          name: `${name}: failed requests (worst of ${cases.length})`,
          value: worst((r) => r.failed),
          unit: 'requests',
          ...(zeroGoal ? { target: 1 } : {}),
          note: `of ${requests} requests`
        })
      }
      figures.push({
        bench: 'traffic',
        name: `${name}: longest gap between two answers (worst)`,
        value: worst((r) => r.longestGapMs),
        unit: 'ms'
      })
      figures.push({
        bench: 'traffic',
        name: `${name}: switch${kind === 'auto-rollback' ? ' back' : ''} → first answer of ${kind === 'deploy' ? 'the new' : 'the old'} version (worst)`,
        value: worst((r) => r.switchMs),
        unit: 'ms',
        ...(strategy === 'blue-green' ? { target: 1000 } : {})
      })
    }
  }
  return { figures, details: { rate: RATE, rounds, cases: results } }
}
