// The fault matrix, the calls that are not remote APIs: health URLs, the user's commands, the
// agent-evaluation service and the webhooks, each crossed with a failing answer (500), a rate limit
// (429 with retry-after, 403), no answer (a timeout), a dropped connection and a slow answer, once
// and for good. Each run must end in a success, a clean failure before any change, or a verified
// rollback (rollback_failed only when the fault takes the rollback itself); the state must match
// what runs; the run exits by itself, leaks no secret, and its error names the call and the cause.
// Commands have no rate limit: they fail, are killed (the dropped connection of a process), run
// past their deadline, or are slow.
import { existsSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import type { ActionRun } from './support/action.js'
import {
  endProblems,
  errorLine,
  pool,
  registerSecret,
  running,
  runLeaks,
  secretToken,
  seedFileState
} from './support/faults.js'
import { type Behavior, Recorder } from './support/recorder.js'
import { Scenario } from './support/scenario.js'

/** Formerly a known gap, fixed: a rolling deploy command that fails after changing what runs is rolled back. */
const ROLLING_DEPLOY_FAILURE_NOT_ROLLED_BACK: string[] = []

const table: string[] = []
afterAll(() => console.info(`fault matrix, local calls (${table.length} runs):\n${table.join('\n')}`))

interface Fault {
  name: string
  /** What the faulty service answers. */
  behavior: Behavior
  /** What must appear in the message of a run it stops (or in its warning). */
  cause: RegExp
}

const FAULTS: Fault[] = [
  { name: '500', behavior: { status: 500, text: 'internal error' }, cause: /HTTP 500/ },
  {
    name: '429 retry-after 1',
    behavior: { status: 429, text: 'slow down', headers: { 'retry-after': '1' } },
    cause: /HTTP 429/
  },
  {
    name: '403 rate limit',
    behavior: {
      status: 403,
      text: 'rate limit exceeded',
      headers: { 'retry-after': '1', 'x-ratelimit-remaining': '0' }
    },
    cause: /HTTP 403/
  },
  { name: 'no answer', behavior: 'hang', cause: /no answer within|timed out/ },
  { name: 'dropped', behavior: 'drop', cause: /connection dropped|other side closed|socket|reset/ },
  { name: 'slow 300 ms', behavior: { status: 200, text: 'ok', delayMs: 300 }, cause: /^$/ }
]

interface Judged {
  outcome: string
  problems: string[]
}

/**
 * Judges a run of a command-platform service that ran `v1` before: success (v2 runs and is
 * current), a clean failure (v1 still runs and is current, the deploy command never ran), a verified
 * rollback (v1 runs again, is current, its checks passed), or rollback_failed (v1 still current).
 */
function judge(s: Scenario, run: ActionRun, v1: string, v2: string): Judged {
  const problems = [...endProblems(run), ...runLeaks(run, { state: JSON.stringify(s.state()) })]
  const state = s.state()
  const runs = running(s)
  const status = run.outputs.status ?? 'none'
  let outcome = status
  if (status === 'success') {
    if (state.current.version !== v2 || runs !== v2)
      problems.push(`success, but ${runs} runs and the state says ${state.current.version}`)
  } else if (status === 'failed' && runs === v1 && !s.commands().some((c) => c.startsWith('deploy'))) {
    outcome = 'clean failure'
    if (state.current.version !== v1) problems.push('failed before any change, but the state moved')
  } else if (status === 'rolled_back') {
    outcome = 'verified rollback'
    if (runs !== v1 || state.current.version !== v1)
      problems.push(`rolled back, but ${runs} runs and the state says ${state.current.version}`)
    if (run.result?.rollback?.succeeded !== true) problems.push('the rollback is not marked verified')
  } else if (status === 'rollback_failed') {
    outcome = 'rollback failed'
    if (!/a person must act/.test(run.stdout)) problems.push('rollback_failed without saying a person must act')
    if (state.current.version !== v1) problems.push('the state lost the last good version')
  } else problems.push(`ended ${status} with ${runs} running and the state at ${state?.current?.version}`)
  return { outcome, problems }
}

function note(call: string, fault: string, judged: Judged, run: ActionRun): void {
  const message = (
    errorLine(run) ||
    run.stdout
      .split('\n')
      .filter((l) => l.startsWith('::warning::'))
      .join(' ') ||
    '-'
  ).replace(/\s+/g, ' ')
  table.push(`${call.padEnd(30)} ${fault.padEnd(20)} ${judged.outcome.padEnd(18)} ${message.slice(0, 200)}`)
}

/** A service deployed at v1 with a new commit v2 to deploy, its health URL on `health`. */
function service(health: Recorder, inputs: Record<string, string> = {}) {
  const s = new Scenario({
    'health-urls': `${health.url}/health`,
    'health-retries': '2',
    'health-timeout-seconds': '1',
    ...inputs
  })
  const marker = `${s.logFile}.broken`
  Object.assign(s.baseInputs, {
    // The version being deployed breaks the service when its file `broken` exists; the rollback
    // and any deploy of a good version repair it. Both record what runs.
    'deploy-command': `${s.command('deploy')}\nif [ -f broken ]; then touch "${marker}"; else rm -f "${marker}"; fi\necho "$DEPLOY_VERSION" > "${s.logFile}.running"`,
    'rollback-command': `${s.command('rollback')}\nrm -f "${marker}"\necho "$DEPLOY_VERSION" > "${s.logFile}.running"`,
    ...inputs
  })
  const v1 = s.app.commit({ 'app.py': '1' })
  seedFileState(s, v1)
  return { s, v1, marker }
}

describe.concurrent('fault matrix: health URLs', () => {
  it('once (the next attempt passes): success; while the new version runs: a verified rollback, the message naming the URL and the cause', async () => {
    const cases = FAULTS.flatMap((fault) =>
      (['once', 'while the new version runs'] as const).map((when) => async () => {
        let marker = ''
        let faulted = 0
        const health = await Recorder.start((request) => {
          const broken = when === 'once' ? faulted === 0 : existsSync(marker)
          if (request.path !== '/health' || !broken) return { status: 200, text: 'ok' }
          faulted++
          return fault.behavior
        })
        try {
          // Once: the first attempt that reaches the server fails. Its timeout leaves room for a busy
          // machine, where an attempt that times out before its request is sent would spend the
          // second attempt on the fault.
          const svc = service(health, when === 'once' ? { 'health-timeout-seconds': '3' } : {})
          marker = svc.marker
          const v2 = svc.s.app.commit({ 'app.py': '2', ...(when === 'once' ? {} : { broken: 'yes' }) })
          const run = await svc.s.action()
          const judged = judge(svc.s, run, svc.v1, v2)
          note('health URL', `${fault.name}, ${when}`, judged, run)
          const expected = when === 'once' || fault.name === 'slow 300 ms' ? 'success' : 'verified rollback'
          if (judged.outcome !== expected)
            judged.problems.push(`expected ${expected}, got ${judged.outcome}: ${errorLine(run)}`)
          if (expected === 'verified rollback') {
            const error = errorLine(run)
            if (!error.includes(`${health.url}/health`) || !fault.cause.test(error))
              judged.problems.push(`the error does not name the URL and the cause: ${error}`)
          }
          if (faulted === 0 && fault.name !== 'slow 300 ms') judged.problems.push('the fault was never met')
          return judged.problems.map((p) => `${fault.name}, ${when}: ${p}`)
        } finally {
          await health.close()
        }
      })
    )
    expect((await pool(6, cases)).flat()).toEqual([])
  })
})

describe.concurrent('fault matrix: commands', () => {
  const CASES: Array<{
    name: string
    inputs: (s: Scenario) => Record<string, string>
    expected: string
    message: RegExp
    files?: Record<string, string>
  }> = [
    {
      name: 'deploy-command fails',
      inputs: (s) => ({
        'deploy-command': `${s.command('deploy')}\necho "$DEPLOY_VERSION" > "${s.logFile}.running"\necho "registry refused the push" >&2; exit 3`
      }),
      expected: 'verified rollback',
      message: /deploy-command exited 3 .*registry refused the push/
    },
    {
      name: 'deploy-command killed',
      inputs: (s) => ({
        'deploy-command': `${s.command('deploy')}\necho "$DEPLOY_VERSION" > "${s.logFile}.running"\nkill -9 $$`
      }),
      expected: 'verified rollback',
      message: /deploy-command exited on signal SIGKILL/
    },
    {
      name: 'deploy-command past its deadline',
      inputs: (s) => ({
        'command-timeout-seconds': '1',
        'deploy-command': `${s.command('deploy')}\necho "$DEPLOY_VERSION" > "${s.logFile}.running"\nsleep 10`
      }),
      expected: 'verified rollback',
      message: /deploy-command did not finish within command-timeout-seconds \(1 s\) and was stopped/
    },
    {
      name: 'deploy-command slow',
      inputs: (s) => ({
        'deploy-command': `${s.command('deploy')}\nsleep 0.3\necho "$DEPLOY_VERSION" > "${s.logFile}.running"`
      }),
      expected: 'success',
      message: /^$/
    },
    {
      name: 'build-command fails',
      inputs: () => ({ operation: 'rebuild', 'build-command': 'echo "base image not found" >&2; exit 2' }),
      expected: 'clean failure',
      message: /build-command exited 2 .*base image not found/
    },
    {
      name: 'build-command killed',
      inputs: () => ({ operation: 'rebuild', 'build-command': 'kill -9 $$' }),
      expected: 'clean failure',
      message: /build-command exited on signal SIGKILL/
    },
    {
      name: 'build-command past its deadline',
      inputs: () => ({ operation: 'rebuild', 'command-timeout-seconds': '1', 'build-command': 'sleep 10' }),
      expected: 'clean failure',
      message: /build-command did not finish within command-timeout-seconds \(1 s\)/
    },
    {
      name: 'verify-command disagrees',
      inputs: () => ({ 'verify-command': 'echo 0000000000000000000000000000000000000000' }),
      expected: 'verified rollback',
      message: /verify running version.*the platform runs 0{40}/
    },
    {
      name: 'rollback-command fails too',
      inputs: (s) => ({ 'rollback-command': `${s.command('rollback')}\necho "cannot reach the host" >&2; exit 4` }),
      expected: 'rollback failed',
      message: /rollback-command exited 4 .*cannot reach the host/,
      files: { broken: 'yes' }
    },
    // Blue-green: the deploy goes to the idle colour; what runs is what the last switch made live.
    {
      name: 'switch-command fails once (blue-green)',
      inputs: (s) => ({
        strategy: 'blue-green',
        'health-urls': `${s.baseInputs['health-urls']!.replace('/health', '/{color}/health')}\n${s.baseInputs['health-urls']}`,
        'deploy-command': s.command('deploy'),
        'switch-command': `if [ ! -f "${s.logFile}.switched" ]; then touch "${s.logFile}.switched"; echo "load balancer busy" >&2; exit 5; fi\necho "switch $DEPLOY_COLOR" >> "$COMMAND_LOG"\necho "$DEPLOY_VERSION" > "${s.logFile}.running"`
      }),
      expected: 'verified rollback',
      message: /switch-command exited 5 .*load balancer busy/
    }
  ]

  it('a failing, killed, overdue or slow command: a rollback when traffic moved, a clean failure before; the message names the command and the cause', async () => {
    const cases = CASES.map((c) => async () => {
      const health = await Recorder.start(() => ({ status: 200, text: 'ok' }))
      let marker = ''
      health.respond(() =>
        marker && existsSync(marker) ? { status: 503, text: 'broken' } : { status: 200, text: 'ok' }
      )
      try {
        const svc = service(health, { 'approval-required-for': 'rollback' })
        marker = svc.marker
        const s = svc.s
        const v2 = s.app.commit({ 'app.py': '2', ...(c.files ?? {}) })
        const run = await s.action(c.inputs(s))
        const judged = judge(s, run, svc.v1, v2)
        note('command', c.name, judged, run)
        if (ROLLING_DEPLOY_FAILURE_NOT_ROLLED_BACK.includes(c.name)) {
          const gap = run.outputs.status === 'failed' && running(s) === v2 && s.state().current.version === svc.v1
          const named = c.message.test(errorLine(run).replace(/\n/g, ' '))
          return gap && named
            ? []
            : [
                `${c.name}: the known gap changed (${run.outputs.status}, ${running(s) === v2 ? 'new' : 'old'} version running); update ROLLING_DEPLOY_FAILURE_NOT_ROLLED_BACK`
              ]
        }
        if (judged.outcome !== c.expected)
          judged.problems.push(`expected ${c.expected}, got ${judged.outcome}: ${errorLine(run)}`)
        if (c.expected !== 'success' && !c.message.test(errorLine(run).replace(/\n/g, ' ')))
          judged.problems.push(`the error does not name the command and the cause: ${errorLine(run)}`)
        return judged.problems.map((p) => `${c.name}: ${p}`)
      } finally {
        await health.close()
      }
    })
    expect((await pool(5, cases)).flat()).toEqual([])
  })
})

describe.concurrent('fault matrix: agent-evaluation service and webhooks', () => {
  it('a fault at the services never changes the outcome of the deploy; a pair or message that cannot be sent is a warning naming the service and the cause', async () => {
    const cases = FAULTS.flatMap((fault) =>
      (['once', 'always'] as const)
        .filter((when) => !(fault.name === 'slow 300 ms' && when === 'always'))
        .map((when) => async () => {
          // Each service (the pair's endpoint, the webhook) is faulty on its first request, or on all.
          const services = await Recorder.start((request) => {
            const first = services.requests.filter((r) => r.path === request.path).indexOf(request) === 0
            const answer = { status: 200, json: { submission_id: 'sub-42', ok: true } }
            if (fault.name === 'slow 300 ms') return { ...answer, delayMs: 300 }
            return when === 'always' || first ? fault.behavior : answer
          })
          const health = await Recorder.start(() => ({ status: 200, text: 'ok' }))
          let marker = ''
          health.respond(() =>
            marker && existsSync(marker) ? { status: 500, text: 'broken' } : { status: 200, text: 'ok' }
          )
          const agentToken = secretToken('agb_')
          const hook = registerSecret(
            `T0${Math.random().toString(36).slice(2, 10)}/B0${Math.random().toString(36).slice(2, 10)}/${secretToken('')}`
          )
          try {
            const svc = service(health, {
              'agentbench-url': services.url,
              'notify-webhook-url': `${services.url}/services/${hook}`
            })
            marker = svc.marker
            const v2 = svc.s.app.commit({ 'app.py': '2', broken: 'yes' })
            const run = await svc.s.action({}, { AGENTBENCH_TOKEN: agentToken })
            const judged = judge(svc.s, run, svc.v1, v2)
            judged.problems.push(...leaks(services))
            note('agent-evaluation + webhook', `${fault.name}, ${when}`, judged, run)
            if (judged.outcome !== 'verified rollback')
              judged.problems.push(`the deploy's outcome changed: ${judged.outcome}`)
            const delivered = when === 'once' && fault.name !== '403 rate limit'
            const warnings = run.stdout
              .split('\n')
              .filter((l) => l.startsWith('::warning::'))
              .join('\n')
            if (delivered) {
              if (run.result?.hardening?.agentbench_submission_id !== 'sub-42')
                judged.problems.push(`the pair was not delivered after the fault: ${warnings}`)
              if (!/Notification sent/.test(run.stdout))
                judged.problems.push('the notification was not delivered after the fault')
            } else {
              if (
                !/preference pair was not sent to the agent-evaluation service: .*/.test(warnings) ||
                !fault.cause.test(warnings)
              )
                judged.problems.push(`no warning names the agent-evaluation service and the cause: ${warnings}`)
              if (!/notification was not sent: /.test(warnings))
                judged.problems.push(`no warning names the webhook: ${warnings}`)
            }
            return judged.problems.map((p) => `${fault.name}, ${when}: ${p}`)
          } finally {
            await services.close()
            await health.close()
          }
        })
    )
    expect((await pool(11, cases)).flat()).toEqual([])
  }, 120_000)

  it('the page, when even the rollback fails: a fault there is a warning, the run still ends rollback_failed and says a person must act', async () => {
    const cases = (['500', 'no answer', 'dropped'] as const).map((name) => async () => {
      const fault = FAULTS.find((f) => f.name === name)!
      const pager = await Recorder.start(() => fault.behavior)
      const health = await Recorder.start(() => ({ status: 500, text: 'down' }))
      const page = registerSecret(secretToken('page-'))
      try {
        const svc = service(health, {
          'page-webhook-url': `${pager.url}/hooks/${page}`,
          'rollback-command': 'echo rolling back'
        })
        const v2 = svc.s.app.commit({ 'app.py': '2' })
        const run = await svc.s.action()
        const judged = judge(svc.s, run, svc.v1, v2)
        judged.problems.push(...leaks(pager))
        note('page webhook', `${fault.name}, always`, judged, run)
        if (judged.outcome !== 'rollback failed')
          judged.problems.push(`expected rollback failed, got ${judged.outcome}`)
        if (pager.requests.length === 0) judged.problems.push('the page was never tried')
        const warnings = run.stdout
          .split('\n')
          .filter((l) => l.startsWith('::warning::'))
          .join('\n')
        if (!/page was not sent: /.test(warnings) || !fault.cause.test(warnings))
          judged.problems.push(`no warning names the page and the cause: ${warnings}`)
        return judged.problems.map((p) => `${name}: ${p}`)
      } finally {
        await pager.close()
        await health.close()
      }
    })
    expect((await pool(3, cases)).flat()).toEqual([])
  }, 60_000)
})

/** Secrets in what a service received, headers aside (a Bearer token belongs there). */
function leaks(recorder: Recorder): string[] {
  return runLeaks(
    { exitCode: 0, stdout: '', stderr: '', outputs: {}, summary: '' },
    { payloads: recorder.requests.map((r) => r.body).join('\n') }
  )
}
