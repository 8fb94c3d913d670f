// 6. End to end on the DigitalOcean test server with a deployment that takes 5 s (four phases of
// 1.25 s: a spec update builds): the whole run, the platform's part of it (the deployment from its
// creation to ACTIVE) and ours (everything else: start-up, analysis, state, polling lag, checks).
import { DigitalOceanScenario, digest } from '../test/digitalocean-harness.js'
import { type BenchOptions, type Figure, expectStatus, median, round, runActionTimed, summarize } from './lib.js'

export async function endToEnd(options: BenchOptions): Promise<{ figures: Figure[]; details: unknown }> {
  const s = await DigitalOceanScenario.start({ phaseMs: 1250 })
  try {
    s.server.nextDeployment(s.blue.id, { phaseMs: 10 })
    s.commit(0)
    expectStatus(
      await runActionTimed(options, s.repo.dir, s.inputs({ 'image-digest': digest('v0'), operation: 'redeploy' })),
      'success',
      'end to end: first deploy'
    )
    const totals: number[] = []
    const platform: number[] = []
    const ours: number[] = []
    const lag: number[] = []
    const runs = options.quick ? 2 : 4
    for (let i = 1; i <= runs; i++) {
      s.commit(i)
      const since = Date.now()
      const run = await runActionTimed(
        options,
        s.repo.dir,
        s.inputs({ 'image-digest': digest(`v${i}`), operation: 'redeploy' })
      )
      expectStatus(run, 'success', 'end to end: a redeploy')
      const deployment = s.server.app(s.blue.id).deployments.find((d) => d.history[0]!.at >= since)
      const active = deployment?.history.find((h) => h.phase === 'ACTIVE')
      if (!deployment || !active) throw new Error('end to end: the deployment did not become ACTIVE')
      const platformMs = active.at - deployment.history[0]!.at
      const seen = s.server.requests.find(
        (r) => r.method === 'GET' && r.path.endsWith(`/deployments/${deployment.id}`) && r.at >= active.at
      )
      totals.push(run.exitMs)
      platform.push(platformMs)
      ours.push(run.exitMs - platformMs)
      if (seen) lag.push(seen.at - active.at)
    }
    const total = median(totals)
    const mine = median(ours)
    return {
      figures: [
        { bench: 'end to end', name: 'DigitalOcean 5 s deploy: total', value: round(total), unit: 'ms' },
        {
          bench: 'end to end',
          name: 'DigitalOcean 5 s deploy: our share',
          value: round(mine),
          unit: 'ms',
          note: `${round((mine / total) * 100)} % of the total; of it ${round(median(lag))} ms waiting for the next poll`
        }
      ],
      details: {
        totalMs: summarize(totals),
        platformMs: summarize(platform),
        oursMs: summarize(ours),
        pollLagMs: summarize(lag)
      }
    }
  } finally {
    await s.close()
  }
}
