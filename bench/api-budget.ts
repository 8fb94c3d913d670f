// 5. API budget: the requests one run makes to GitHub and to DigitalOcean, counted from the test
// servers' logs, for a production-like setup: state in a draft release, GitHub Deployments, an
// approval environment (rebuilds need it), App Platform with its own health URL.
import { randomBytes } from 'node:crypto'
import { DigitalOceanScenario, digest } from '../test/digitalocean-harness.js'
import { startGitHubServer } from '../test/servers/github/index.js'
import { actionsEnv, mirror } from '../test/support/github.js'
import { type BenchOptions, type Figure, expectStatus, runActionTimed } from './lib.js'

function tally(names: string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const name of names) counts[name] = (counts[name] ?? 0) + 1
  return counts
}

export async function apiBudget(options: BenchOptions): Promise<{ figures: Figure[]; details: unknown }> {
  const github = await startGitHubServer()
  const ocean = await DigitalOceanScenario.start({ phaseMs: 10 })
  try {
    const token = `ghs_${randomBytes(12).toString('hex')}`
    const repo = github.addRepo('acme/shop', { tokens: { [token]: 'write' } })
    repo.setEnvironment('production-approval', { reviewers: ['alice'] })
    const runId = 7001
    repo.addRun({ id: runId, workflow: 'deploy.yml', status: 'in_progress' })
    repo.addApproval(runId, { environments: ['production-approval'], user: 'alice', comment: 'ship it' })
    const inputs = ocean.inputs({
      'state-store': 'release',
      'github-token': token,
      'approval-environment': 'production-approval',
      'approval-required-for': 'rebuild,restart'
    })
    const measured: Record<string, unknown> = {}
    const figures: Figure[] = []
    const run = async (name: string, status: string, more: Record<string, string>, sha: string) => {
      const [g0, d0, a0] = [github.requests.length, ocean.server.requests.length, ocean.server.sideRequests.length]
      const outcome = await runActionTimed(
        options,
        ocean.repo.dir,
        { ...inputs, ...more },
        actionsEnv(github, { repository: 'acme/shop', runId, sha })
      )
      expectStatus(outcome, status, `api budget: ${name}`)
      const gh = github.requests.slice(g0)
      const doApi = ocean.server.requests.slice(d0)
      const appChecks = ocean.server.sideRequests.slice(a0).filter((r) => r.kind === 'app')
      measured[name] = {
        operation: outcome.outputs.operation,
        github: gh.length,
        githubByOperation: tally(
          gh.map((r) => (r.server === 'storage' ? 'GET signed asset URL' : (r.operation ?? `${r.method} ${r.path}`)))
        ),
        digitalocean: doApi.length,
        digitaloceanByOperation: tally(doApi.map((r) => `${r.method} ${ocean.named(r.path)}`)),
        healthChecks: appChecks.length
      }
      figures.push({
        bench: 'api budget',
        name: `${name}: GitHub / DigitalOcean requests`,
        value: gh.length,
        unit: 'GitHub req',
        target: name === 'no change' ? 6 : undefined,
        note: `${doApi.length} DigitalOcean API requests, ${appChecks.length} health check${appChecks.length === 1 ? '' : 's'}`
      })
    }

    let sha = ocean.commit(1)
    mirror(repo, sha)
    await run('first deploy (rebuild)', 'success', { 'image-digest': digest('web:1') }, sha)
    await run('no change', 'skipped', {}, sha)
    sha = ocean.commit(2)
    mirror(repo, sha)
    await run('redeploy', 'success', { 'image-digest': digest('web:2') }, sha)
    sha = ocean.commit(3)
    mirror(repo, sha)
    await run('rebuild', 'success', { operation: 'rebuild', 'image-digest': digest('web:3') }, sha)
    await run('rollback', 'success', { mode: 'rollback' }, sha)
    const violations = [...github.violations, ...ocean.server.violations]
    if (violations.length > 0)
      throw new Error(`api budget: the test servers saw invalid requests:\n${violations.join('\n')}`)
    return { figures, details: measured }
  } finally {
    await github.close()
    await ocean.close()
  }
}
