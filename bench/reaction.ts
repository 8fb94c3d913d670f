// 3. Reaction time. (a) From a health check's final failure (the moment its last 503 was sent) to
// the first rollback action (the rollback command's first act, or DigitalOcean's first rollback
// call). (b) From the DigitalOcean test server's deployment turning ACTIVE or ERROR to the action's
// first request that sees it, with the polling rate that costs.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DigitalOceanScenario, digest } from '../test/digitalocean-harness.js'
import { TestRepo } from '../test/support/git.js'
import {
  type BenchOptions,
  type Figure,
  epochMs,
  expectStatus,
  median,
  round,
  runActionTimed,
  summarize
} from './lib.js'

/** Health answers 503 while the marker exists; `/rollback-started` records when a rollback began. */
class ReactionServer {
  readonly failures: number[] = []
  readonly rollbacks: number[] = []
  port = 0
  private constructor(
    private readonly server: Server,
    readonly marker: string
  ) {}

  static async start(marker: string): Promise<ReactionServer> {
    const self: { instance?: ReactionServer } = {}
    const server = createServer((request, response) => {
      if (request.url === '/rollback-started') {
        self.instance!.rollbacks.push(epochMs())
        response.end('ok')
        return
      }
      const broken = existsSync(marker)
      response.on('finish', () => {
        if (broken) self.instance!.failures.push(epochMs())
      })
      response.writeHead(broken ? 503 : 200, { 'content-type': 'text/plain' })
      response.end(broken ? 'broken' : 'ok')
    })
    const instance = new ReactionServer(server, marker)
    self.instance = instance
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    instance.port = (server.address() as AddressInfo).port
    return instance
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }
}

async function commandRollback(options: BenchOptions) {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-reaction-'))
  const marker = join(scratch, 'broken')
  const server = await ReactionServer.start(marker)
  try {
    const repo = new TestRepo('bench-reaction-')
    const inputs = {
      'state-store': 'file',
      // A version whose file `broken` exists breaks the service when deployed.
      'deploy-command': `if [ -f broken ]; then touch "${marker}"; else rm -f "${marker}"; fi`,
      // The rollback's first act tells the server it started: bash's own /dev/tcp, no other process.
      'rollback-command': `exec 3<>/dev/tcp/127.0.0.1/${server.port}; printf 'GET /rollback-started HTTP/1.0\\r\\n\\r\\n' >&3; rm -f "${marker}"`,
      'health-urls': `http://127.0.0.1:${server.port}/health`,
      'health-retries': '2',
      'health-interval-seconds': '0',
      'health-timeout-seconds': '2'
    }
    repo.commit({ 'app.py': '0' }, 'good')
    expectStatus(await runActionTimed(options, repo.dir, inputs), 'success', 'reaction: the good deploy')
    const reactions: number[] = []
    const inProcess: number[] = []
    for (let i = 0; i < options.runs; i++) {
      repo.commit({ 'app.py': `bad ${i}`, broken: 'yes' }, `bad ${i}`)
      server.failures.length = 0
      server.rollbacks.length = 0
      const run = await runActionTimed(options, repo.dir, inputs)
      expectStatus(run, 'rolled_back', 'reaction: a broken deploy')
      const started = server.rollbacks[0]
      const lastFailure = server.failures.filter((t) => started !== undefined && t <= started).at(-1)
      if (started === undefined || lastFailure === undefined)
        throw new Error('reaction: no failure or no rollback was seen')
      reactions.push(started - lastFailure)
      // The same, as the action's own log shows it: the last ✗ line to the rollback group's first line.
      const lastCross = run.lines.filter((l) => /✗ .* attempt 2:/.test(l.text)).at(-1)
      const rollbackLine = run.lines.find((l) => l.text.startsWith('::group::Rollback'))
      if (lastCross && rollbackLine) inProcess.push(rollbackLine.ms - lastCross.ms)
    }
    return { reactions, inProcess }
  } finally {
    await server.close()
    rmSync(scratch, { recursive: true, force: true })
  }
}

async function digitalOceanRollback(options: BenchOptions) {
  const s = await DigitalOceanScenario.start({ phaseMs: 20 })
  try {
    s.commit(0)
    expectStatus(
      await runActionTimed(options, s.repo.dir, s.inputs({ 'image-digest': digest('good'), operation: 'redeploy' })),
      'success',
      'reaction: DO good deploy'
    )
    const reactions: number[] = []
    for (let i = 0; i < Math.min(options.runs, 5); i++) {
      s.server.nextDeployment(s.blue.id, { healthy: false })
      s.commit(i + 1)
      const since = Date.now()
      const run = await runActionTimed(options, s.repo.dir, s.inputs({ 'image-digest': digest(`bad ${i}`) }))
      expectStatus(run, 'rolled_back', 'reaction: DO broken deploy')
      const first = s.server.requests.find((r) => r.at >= since && r.method === 'POST' && r.path.includes('/rollback'))
      const failed = s.server.sideRequests
        .filter((r) => r.kind === 'app' && r.at >= since && r.status === 503 && first && r.at <= first.at)
        .at(-1)
      if (!first || !failed) throw new Error('reaction: DO rollback not seen')
      reactions.push(first.at - failed.at)
    }
    return reactions
  } finally {
    await s.close()
  }
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

async function phaseDetection(options: BenchOptions) {
  const s = await DigitalOceanScenario.start({ phaseMs: 20 })
  const next = random(3)
  try {
    s.commit(0)
    expectStatus(
      await runActionTimed(options, s.repo.dir, s.inputs({ 'image-digest': digest('v0'), operation: 'redeploy' })),
      'success',
      'phase detection: first deploy'
    )
    const samples: Array<{
      phase: string
      phaseMs: number
      detectionMs: number
      polls: number
      followedMs: number
      perMinute: number
    }> = []
    const count = options.quick ? 4 : 8
    for (let i = 0; i < count; i++) {
      // Phases of 0.4 to 1.6 s (a 1.6 to 6.4 s deployment with its build), every third one failing.
      const phaseMs = Math.round(400 + next() * 1200)
      const failing = i % 3 === 2
      s.server.nextDeployment(s.blue.id, { phaseMs, ...(failing ? { scenario: 'deployError' as const } : {}) })
      s.commit(i + 1)
      const since = Date.now()
      const run = await runActionTimed(
        options,
        s.repo.dir,
        s.inputs({ 'image-digest': digest(`v${i + 1}`), operation: 'redeploy' })
      )
      expectStatus(run, failing ? 'failed' : 'success', 'phase detection: a deploy')
      const app = s.server.app(s.blue.id)
      const deployment = app.deployments.filter((d) => d.history[0]!.at >= since)[0]
      if (!deployment) throw new Error('phase detection: no deployment was made')
      const terminal = deployment.history.find((h) => h.phase === 'ACTIVE' || h.phase === 'ERROR')
      if (!terminal) throw new Error(`phase detection: deployment ended ${deployment.phase}`)
      const polls = s.server.requests.filter(
        (r) => r.method === 'GET' && r.path.endsWith(`/deployments/${deployment.id}`)
      )
      const seen = polls.find((r) => r.at >= terminal.at)
      if (!seen) throw new Error('phase detection: the terminal phase was never read')
      const created = deployment.history[0]!.at
      const followedMs = seen.at - created
      samples.push({
        phase: terminal.phase,
        phaseMs,
        detectionMs: seen.at - terminal.at,
        polls: polls.length,
        followedMs,
        perMinute: round((polls.length / followedMs) * 60_000)
      })
    }
    return samples
  } finally {
    await s.close()
  }
}

export async function reaction(options: BenchOptions): Promise<{ figures: Figure[]; details: unknown }> {
  const command = await commandRollback(options)
  const ocean = await digitalOceanRollback(options)
  const phases = await phaseDetection(options)
  const detection = phases.map((p) => p.detectionMs)
  const rates = phases.map((p) => p.perMinute)
  const figures: Figure[] = [
    {
      bench: 'reaction',
      name: 'health failure → rollback command (command)',
      value: round(median(command.reactions)),
      unit: 'ms',
      target: 100,
      note: `max ${round(Math.max(...command.reactions))} ms; in the log ${round(median(command.inProcess))} ms`
    },
    {
      bench: 'reaction',
      name: 'health failure → first rollback call (DigitalOcean)',
      value: round(median(ocean)),
      unit: 'ms',
      target: 100,
      note: `max ${round(Math.max(...ocean))} ms`
    },
    {
      bench: 'reaction',
      name: 'ACTIVE/ERROR → noticed (DigitalOcean)',
      value: round(median(detection)),
      unit: 'ms',
      target: 1000,
      note: `max ${round(Math.max(...detection))} ms over ${detection.length} deployments`
    },
    {
      bench: 'reaction',
      name: 'deployment polls per minute (DigitalOcean)',
      value: round(median(rates)),
      unit: '/min',
      target: 250,
      note: `max ${round(Math.max(...rates))}/min; limits 250/min, 5000/h; the official action: 30/min`
    }
  ]
  return {
    figures,
    details: {
      commandReactionMs: summarize(command.reactions),
      commandInLogMs: summarize(command.inProcess),
      digitalOceanReactionMs: summarize(ocean),
      phaseDetection: phases,
      detectionMs: summarize(detection)
    }
  }
}
