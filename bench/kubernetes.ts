// 7. Kubernetes, against the API stand-in of test/servers/kubernetes/: (a) from the API reporting a
// rollout complete (the Deployment's completing status, as a watch in this process receives it) to
// the action saying so (its "rolled out" line); (b) the API calls of a blue-green switch and of a
// switch back; (c) how often a Deployment is read without the `watch` verb. The bundle needs Node
// ≥ 22.19 (the Kubernetes client), so this benchmark runs on Node 24: see docs/benchmarks.md.
import { request } from 'node:https'
import type { Deployment } from '../src/platforms/kubernetes/objects.js'
import { rolloutState } from '../src/platforms/kubernetes/rollout.js'
import { KubernetesApp, digest } from '../test/kubernetes-harness.js'
import { type KubernetesServer, startKubernetesServer } from '../test/servers/kubernetes/index.js'
import {
  type BenchOptions,
  type Figure,
  type ActionOutcome,
  epochMs,
  expectStatus,
  round,
  runActionTimed,
  summarize
} from './lib.js'

export async function kubernetes(options: BenchOptions): Promise<{ figures: Figure[]; details: unknown }> {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
  if (major < 22 || (major === 22 && minor < 19))
    throw new Error(
      `the kubernetes benchmark runs the bundle on this Node (${process.versions.node}); the Kubernetes client needs ≥ 22.19: PATH=$(bash scripts/node24.sh):$PATH npm run bench -- --only kubernetes`
    )
  const server = await startKubernetesServer({ readyMs: 50 })
  try {
    const seen = await completionSeen(options, server)
    const switches = await blueGreenCalls(options, server)
    const polling = await pollingInterval(options)
    if (server.violations.length > 0)
      throw new Error(`kubernetes: the stand-in saw violations: ${server.violations.join('; ')}`)
    const lag = summarize(seen)
    const intervals = summarize(polling)
    return {
      figures: [
        {
          bench: '7. Kubernetes',
          name: 'rollout complete in the API → the action says so (median)',
          value: lag.median,
          unit: 'ms',
          target: 100,
          note: `min ${lag.min}, p90 ${lag.p90}, max ${lag.max}, n ${lag.n}`
        },
        {
          bench: '7. Kubernetes',
          name: 'API calls of a blue-green switch',
          value: switches.switchCalls,
          unit: 'calls',
          target: 2
        },
        {
          bench: '7. Kubernetes',
          name: 'API calls of a switch back',
          value: switches.backCalls,
          unit: 'calls',
          target: 2
        },
        {
          bench: '7. Kubernetes',
          name: 'writes to the public Service: a run / a run switched back',
          value: switches.writes,
          unit: 'writes',
          note: `${switches.writes} / ${switches.writesBack}`
        },
        {
          bench: '7. Kubernetes',
          name: 'without watch: shortest interval between reads of the Deployment',
          value: intervals.min,
          unit: 'ms',
          note: `median ${intervals.median}, n ${intervals.n}; goal ≥ 1000`
        }
      ],
      details: { completionSeenMs: seen, switches, pollingIntervalsMs: polling }
    }
  } finally {
    await server.close()
  }
}

/** Redeploys by digest, each time timing the completing status event against the action's line. */
async function completionSeen(options: BenchOptions, server: KubernetesServer): Promise<number[]> {
  const app = new KubernetesApp(server, { replicas: 3 })
  const lags: number[] = []
  for (let i = 0; i <= options.runs; i++) {
    app.commit(i)
    const generation = (server.deployment(app.namespace, 'web') as unknown as Deployment).metadata.generation ?? 0
    const watch = watchCompletion(server, app.namespace, generation)
    const run = await runActionTimed(
      options,
      app.repo.dir,
      app.inputs({ 'image-digest': digest(`bench ${i}`), operation: 'redeploy' })
    )
    expectStatus(run, 'success', 'kubernetes: a rolling deploy')
    const completed = await watch.done
    const line = run.lines.find((l) => /^deployment web: rolled out/.test(l.text))
    if (!line) throw new Error('kubernetes: the action never said the rollout was done')
    if (i > 0) lags.push(round(run.startedAt + line.ms - completed, 1)) // the first run warms up
  }
  return lags
}

/** A watch of one Deployment in this process: when the API first reports a later generation rolled out. */
function watchCompletion(server: KubernetesServer, namespace: string, generation: number): { done: Promise<number> } {
  const done = new Promise<number>((resolve, reject) => {
    const path = `/apis/apps/v1/namespaces/${namespace}/deployments?watch=true&fieldSelector=metadata.name%3Dweb`
    const req = request(
      `${server.url}${path}`,
      { ca: server.caData, headers: { authorization: `Bearer ${server.token}` } },
      (res) => {
        let pending = ''
        res.on('data', (chunk: Buffer) => {
          const at = epochMs()
          pending += chunk
          let newline: number
          while ((newline = pending.indexOf('\n')) >= 0) {
            const event = JSON.parse(pending.slice(0, newline)) as { object: Deployment }
            pending = pending.slice(newline + 1)
            const d = event.object
            if ((d.metadata?.generation ?? 0) > generation && rolloutState(d).phase === 'done') {
              resolve(at)
              req.destroy()
            }
          }
        })
      }
    )
    req.on('error', (error) => reject(error))
    req.setTimeout(120_000, () => reject(new Error('kubernetes: no rollout completion seen')))
    req.end()
  })
  done.catch(() => undefined)
  return { done }
}

/** The requests a run sent between two of its log lines (by the stand-in's clock, the same as ours). */
function requestsBetween(server: KubernetesServer, run: ActionOutcome, from: RegExp, to: RegExp): number {
  const start = run.lines.find((l) => from.test(l.text))
  const end = run.lines.find((l) => to.test(l.text))
  if (!start || !end) throw new Error(`kubernetes: lines ${from} … ${to} not found\n${run.stdout.slice(-2000)}`)
  const [a, b] = [run.startedAt + start.ms, run.startedAt + end.ms]
  return server.requests.filter((r) => r.at >= a && r.at <= b).length
}

async function blueGreenCalls(options: BenchOptions, server: KubernetesServer) {
  const app = new KubernetesApp(server)
  const inputs = (d: string) =>
    app.inputs({
      strategy: 'blue-green',
      'kubernetes-service': 'web',
      'health-urls': `${server.serviceUrl(app.namespace, 'web-preview')}/version?color={color}\n${server.serviceUrl(app.namespace, 'web')}/health`,
      'image-digest': d,
      operation: 'redeploy'
    })
  const serviceWrites = () =>
    server.requests.filter((r) => r.method !== 'GET' && r.path === `/api/v1/namespaces/${app.namespace}/services/web`)
      .length
  app.commit(1)
  expectStatus(
    await runActionTimed(options, app.repo.dir, inputs(digest('bg 1'))),
    'success',
    'kubernetes: blue-green set-up'
  )
  app.commit(2)
  let before = serviceWrites()
  const run = await runActionTimed(options, app.repo.dir, inputs(digest('bg 2')))
  expectStatus(run, 'success', 'kubernetes: blue-green')
  const writes = serviceWrites() - before
  // The switch step: from the candidate check's ✓ to the switch's ✓ (the Service's patch in between).
  const switchCalls = requestsBetween(
    server,
    run,
    /✓ \S+\/web-preview\/version\?color=\w+ attempt/,
    /✓ switch traffic to/
  )
  const bad = digest('bg 3')
  server.images.set(`registry.test/web@${bad}`, { digest: bad, health: 'unhealthy' })
  app.commit(3)
  before = serviceWrites()
  const failed = await runActionTimed(options, app.repo.dir, inputs(bad))
  expectStatus(failed, 'rolled_back', 'kubernetes: blue-green switched back')
  const writesBack = serviceWrites() - before
  const backCalls = requestsBetween(server, failed, /^::group::Rollback/, /✓ switch traffic back to/)
  return { switchCalls, backCalls, writes, writesBack }
}

/** Lists of the Deployment after the refused watch, a second apart at least. */
async function pollingInterval(options: BenchOptions): Promise<number[]> {
  const server = await startKubernetesServer({ readyMs: 1000 })
  try {
    const app = new KubernetesApp(server, { replicas: 6 })
    const token = `bench-no-watch-${digest('bench').slice(7, 20)}`
    const verbs = ['get', 'list', 'patch', 'create']
    server.grant(token, [
      { apiGroups: ['apps'], resources: ['deployments', 'deployments/scale', 'replicasets'], verbs },
      { apiGroups: [''], resources: ['pods', 'pods/log', 'events', 'services'], verbs }
    ])
    app.commit(1)
    const run = await runActionTimed(
      options,
      app.repo.dir,
      app.inputs({
        kubeconfig: server.kubeconfig({ namespace: app.namespace, token }),
        'image-digest': digest('poll'),
        operation: 'redeploy'
      })
    )
    expectStatus(run, 'success', 'kubernetes: a deploy without watch')
    const path = `/apis/apps/v1/namespaces/${app.namespace}/deployments`
    const refused = server.requests.find((r) => r.path === path && r.query['watch'] === 'true')
    const lists = server.requests.filter(
      (r) => r.path === path && r.query['watch'] !== 'true' && refused && r.at > refused.at
    )
    return lists.slice(1).map((r, i) => round(r.at - lists[i]!.at, 0))
  } finally {
    await server.close()
  }
}
