// 7. Many services: `mode: plan` with `service: all` over 50 services of one repository with 20,000
// files in the diff, the whole process timed (file store); and a plan with no change on the release
// store, its GitHub requests counted (the goal: at most 8, plus one state download per service).
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { assetName } from '../src/github/release-store.js'
import { type DeploymentState, serializeState } from '../src/state/schema.js'
import { beginAttempt, recordSuccess } from '../src/state/transitions.js'
import { startGitHubServer } from '../test/servers/github/index.js'
import { mirror } from '../test/support/github.js'
import { TestRepo } from '../test/support/git.js'
import { type BenchOptions, type Figure, expectStatus, median, round, runActionTimed, summarize } from './lib.js'

const SERVICES = 50
const CHANGED_FILES = 20_000
/** Versions of each service's state in the release, as pruning leaves them in steady use. */
const VERSIONS_PER_SERVICE = 5

const serviceName = (i: number) => `svc-${String(i).padStart(2, '0')}`

/** A state of `service` whose current version is `version`, at `sequence`. */
function stateAt(service: string, version: string, sequence: number): DeploymentState {
  const now = new Date().toISOString()
  let state: DeploymentState | null = null
  while ((state?.sequence ?? 0) < sequence - 1) {
    const claimed = beginAttempt(
      state,
      'production',
      { deployment_id: 'bench', operation: 'redeploy', version, started_at: now },
      now,
      service
    )
    state = recordSuccess(
      claimed,
      { version, config_commits: {}, deployed_at: now, deployment_id: 'bench', operation: 'redeploy' },
      3,
      now
    )
  }
  return state!
}

export async function services(options: BenchOptions): Promise<{ figures: Figure[]; details: unknown }> {
  // The repository: 50 services under services/, libs/common watched by every fifth, three waves.
  const repo = new TestRepo('bench-services-')
  const config = ['deploy-command: "true"', 'build-command: "true"', 'services:']
  for (let i = 0; i < SERVICES; i++) {
    config.push(`  ${serviceName(i)}:`, `    path: services/${serviceName(i)}`, `    wave: ${(i % 3) + 1}`)
    if (i % 5 === 0) config.push('    watch: [libs/common/**]')
  }
  const base = repo.commit(
    {
      '.github/deploy-orchestrator.yml': `${config.join('\n')}\n`,
      '.gitignore': '.deploy-state/\n',
      'libs/common/index.js': '0\n',
      ...Object.fromEntries(
        Array.from({ length: SERVICES }, (_, i) => [`services/${serviceName(i)}/src/main.js`, '0\n'])
      )
    },
    'base'
  )
  // Every service deployed at `base` (the file store).
  mkdirSync(join(repo.dir, '.deploy-state'))
  for (let i = 0; i < SERVICES; i++)
    writeFileSync(
      join(repo.dir, '.deploy-state', `production.${serviceName(i)}.json`),
      serializeState(stateAt(serviceName(i), base, 2))
    )
  // 20,000 changed files: 390 in each service (code, a few Dockerfiles and docs), 500 in libs/common.
  const files: Record<string, string> = {}
  for (let i = 0; i < SERVICES; i++)
    for (let f = 0; f < 390; f++) {
      const name = f === 0 && i % 7 === 0 ? 'Dockerfile' : f % 50 === 1 ? `docs/page-${f}.md` : `src/module-${f}.js`
      files[`services/${serviceName(i)}/${name}`] = `${f}\n`
    }
  for (let f = 0; f < 500; f++) files[`libs/common/part-${f}.js`] = `${f}\n`
  if (Object.keys(files).length !== CHANGED_FILES) throw new Error('services: the diff is not 20,000 files')
  const head = repo.commit(files, '20,000 changed files')

  const inputs = { 'state-store': 'file', mode: 'plan', service: 'all' }
  const check = (run: Awaited<ReturnType<typeof runActionTimed>>, what: string, expected: number) => {
    expectStatus(run, 'planned', what)
    const include = JSON.parse(run.outputs.matrix ?? '{"include":[]}').include as unknown[]
    if (include.length !== expected) throw new Error(`${what}: ${include.length} services to deploy, not ${expected}`)
  }
  const all: number[] = []
  const one: number[] = []
  for (let i = 0; i <= options.runs; i++) {
    const run = await runActionTimed(options, repo.dir, inputs)
    check(run, 'services: plan all', SERVICES)
    const single = await runActionTimed(options, repo.dir, { ...inputs, service: serviceName(0) })
    expectStatus(single, 'planned', 'services: plan one')
    if (i === 0) continue // warm-up
    all.push(run.exitMs)
    one.push(single.exitMs)
  }

  // The release store, nothing changed since the last deploy of each service.
  const github = await startGitHubServer()
  try {
    const token = `ghs_${randomBytes(12).toString('hex')}`
    const remote = github.addRepo('acme/platform', { tokens: { [token]: 'write' } })
    mirror(remote, head)
    const release = remote.addRelease({ tag: 'deploy-orchestrator-state', draft: true })
    for (let i = 0; i < SERVICES; i++)
      for (let v = 0; v < VERSIONS_PER_SERVICE; v++) {
        const sequence = 2 + v * 2
        remote.addAsset(release, {
          name: assetName('production', sequence, serviceName(i)),
          data: serializeState(stateAt(serviceName(i), head, sequence))
        })
      }
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'acme/platform',
      GITHUB_RUN_ID: '1',
      GITHUB_SHA: head
    }
    const releaseInputs = { mode: 'plan', service: 'all', 'state-store': 'release', 'github-token': token }
    const times: number[] = []
    let counted: { api: number; downloads: number; storage: number; byOperation: Record<string, number> } | undefined
    for (let i = 0; i <= Math.min(options.runs, 5); i++) {
      const before = github.requests.length
      const run = await runActionTimed(options, repo.dir, releaseInputs, env)
      check(run, 'services: no-change plan on the release store', 0)
      const requests = github.requests.slice(before)
      const byOperation: Record<string, number> = {}
      for (const r of requests) {
        const key = r.server === 'storage' ? 'GET signed asset URL' : (r.operation ?? `${r.method} ${r.path}`)
        byOperation[key] = (byOperation[key] ?? 0) + 1
      }
      const downloads = byOperation['GET /repos/{owner}/{repo}/releases/assets/{asset_id}'] ?? 0
      counted = {
        api: requests.filter((r) => r.server === 'api').length - downloads,
        downloads,
        storage: byOperation['GET signed asset URL'] ?? 0,
        byOperation
      }
      if (i > 0) times.push(run.exitMs)
    }
    if (github.violations.length > 0)
      throw new Error(`services: the GitHub test server saw invalid requests:\n${github.violations.join('\n')}`)
    const allMs = median(all)
    return {
      figures: [
        {
          bench: 'services',
          name: `plan ${SERVICES} services, ${CHANGED_FILES.toLocaleString('en')} changed files (file store): whole run`,
          value: round(allMs),
          unit: 'ms',
          target: 500,
          note: `p90 ${round(summarize(all).p90)} ms; one service of the same repository: ${round(median(one))} ms`
        },
        {
          bench: 'services',
          name: `plan ${SERVICES} services, no change (release store): GitHub requests besides the state downloads`,
          value: counted!.api,
          unit: 'req',
          target: 9,
          note: `+ ${counted!.downloads} state downloads (each the asset's redirect and its signed URL: ${counted!.storage} object-store requests); ${SERVICES * VERSIONS_PER_SERVICE} assets listed; whole run ${round(median(times))} ms`
        }
      ],
      details: {
        planAllMs: summarize(all),
        planOneMs: summarize(one),
        releaseStore: { ...counted, wholeRunMs: summarize(times) }
      }
    }
  } finally {
    await github.close()
  }
}
