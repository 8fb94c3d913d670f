// Secrets: runs built to push every kind of secret into the places text leaks from (a failing
// database check with a password in its connection string, an unreachable config repository with
// one in its URL, services that echo the Authorization header or the webhook path back in their
// errors, a deploy command that prints its environment, API calls refused for a bad token). Every
// token and connection string of the reliability suite (test/support/faults.ts registers them) is
// searched for in all stdout, stderr, outputs, summaries, result.json, state, and the payloads every
// server received: never found. The other reliability files run the same scan on each of their runs.
import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { DigitalOceanScenario, digest } from './digitalocean-harness.js'
import type { ActionRun } from './support/action.js'
import {
  GitHubApp,
  endProblems,
  errorLine,
  registerSecret,
  registeredSecrets,
  runLeaks,
  secretToken
} from './support/faults.js'
import { Recorder } from './support/recorder.js'
import { useGitHubServer } from './support/github.js'
import { useServer } from './support/use-server.js'

/** A port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

const github = useGitHubServer({ perTest: false })
/** Answers every request with an error that echoes what it got: headers, path and body. */
const echo = useServer(
  () =>
    Recorder.start((request) => ({
      status: request.path.includes('/api/dpo-pairs') ? 401 : 404,
      json: { error: 'refused', echo: { authorization: request.headers.authorization ?? null, path: request.path } }
    })),
  (r) => r.close()
)

/** What every server received, the parts a secret must never reach (bodies, queries, non-secret paths). */
function payloads(): string {
  return [
    ...github().requests.map((r) => `${JSON.stringify(r.query)} ${JSON.stringify(r.body ?? '')}`),
    ...echo().requests.map((r) => r.body)
  ].join('\n')
}

function expectClean(run: ActionRun, g: GitHubApp, extra: Record<string, string> = {}): void {
  expect(endProblems(run)).toEqual([])
  expect(runLeaks(run, { state: g.stateTexts(), payloads: payloads(), ...extra })).toEqual([])
}

describe('secrets', () => {
  it('a failing deploy whose database check, rollback, page, notification and preference pair all fail with the secrets in reach', async () => {
    const password = registerSecret(`pw-${secretToken('')}`)
    const agentToken = secretToken('agb_')
    const port = await closedPort()
    const databaseUrl = registerSecret(`postgresql://app:${password}@127.0.0.1:${port}/shop`)
    const notify = registerSecret(`${echo().url}/services/T000/B000/${secretToken('hook')}`)
    const page = registerSecret(`${echo().url}/page/${secretToken('page')}`)
    const g = new GitHubApp(github(), { 'github-deployments': 'true' })
    for (const name of ['approval-environment', 'validation-run-id', 'config-repos', 'build-command'])
      delete g.s.baseInputs[name]
    const sha = g.commit({ 'app.py': '1' })
    const run = await g.run(
      sha,
      {
        'deploy-command': `echo "db=$DATABASE_URL agent=$AGENTBENCH_TOKEN"; echo "$DEPLOY_VERSION" > "${g.s.logFile}.running"`,
        'notify-webhook-url': notify,
        'page-webhook-url': page,
        'agentbench-url': echo().url,
        'health-timeout-seconds': '1'
      },
      { DATABASE_URL: databaseUrl, AGENTBENCH_TOKEN: agentToken }
    )
    // The first deploy has nothing to return to: the failed check pages a person.
    expect(run.outputs.status).toBe('rollback_failed')
    expect(errorLine(run)).toMatch(/postgresql:\/\/127\.0\.0\.1:\d+\/shop/)
    expect(run.stdout).toContain('db=***')
    expect(echo().requests.some((r) => r.path.includes('/page/'))).toBe(true)
    expect(
      echo().requests.some((r) => r.path === '/api/dpo-pairs' && r.headers.authorization === `Bearer ${agentToken}`)
    ).toBe(true)
    expectClean(run, g)
  })

  it('an unreachable config repository whose URL carries a password, and a private API config repo with its own token', async () => {
    const password = registerSecret(`gitpw-${secretToken('')}`)
    const configToken = secretToken('github_pat_')
    const port = await closedPort()
    for (const repos of [
      `master=https://deploy:${password}@127.0.0.1:${port}/config.git@main`,
      'master=acme/does-not-exist@main'
    ]) {
      const g = new GitHubApp(github(), {
        'github-deployments': 'true',
        'config-repos': repos,
        'config-repos-token': configToken
      })
      const sha = g.commit({ 'app.py': '1' })
      const run = await g.run(sha)
      expect(run.exitCode).toBe(1)
      expect(errorLine(run)).toMatch(/config repo "master"/)
      expectClean(run, g)
    }
  })

  it('API calls refused for a bad token: GitHub and DigitalOcean echo nothing of it back into the run', async () => {
    const badGitHub = secretToken('ghs_')
    const g = new GitHubApp(github(), { 'github-deployments': 'true', 'github-token': badGitHub })
    const sha = g.commit({ 'app.py': '1' })
    const run = await g.run(sha)
    expect(run.exitCode).toBe(1)
    expect(errorLine(run)).toMatch(/401|not valid|Bad credentials/)
    expectClean(run, g)

    const s = await DigitalOceanScenario.start()
    try {
      registerSecret(s.server.token)
      const badOcean = secretToken('dop_v1_')
      s.commit(1)
      const refused = await s.run({
        'digitalocean-token': badOcean,
        'image-digest': digest('web:1'),
        operation: 'redeploy'
      })
      expect(refused.exitCode).toBe(1)
      expect(errorLine(refused)).toMatch(/401|Unauthorized/)
      const deployed = await s.run(
        { 'image-digest': digest('web:1'), operation: 'redeploy' },
        { DIGITALOCEAN_ACCESS_TOKEN: s.server.token }
      )
      expect(deployed.outputs.status).toBe('success')
      for (const r of [refused, deployed]) {
        expect(endProblems(r)).toEqual([])
        expect(
          runLeaks(r, {
            state: JSON.stringify(s.state()),
            payloads: s.server.requests.map((q) => `${JSON.stringify(q.query)} ${q.body}`).join('\n')
          })
        ).toEqual([])
      }
    } finally {
      await s.close()
    }
  })

  it('every secret the reliability suite made in this file is one the scans looked for', () => {
    // The registry is what every scan uses: at least the ones made above.
    expect(registeredSecrets().length).toBeGreaterThanOrEqual(10)
    // And the scan finds a secret where one is (a leak would not go unseen).
    const token = registeredSecrets()[0]!
    expect(
      runLeaks({ exitCode: 0, stdout: `::add-mask::${token}\nok`, stderr: '', outputs: {}, summary: `here: ${token}` })
    ).toEqual([`summary holds ${token.slice(0, 6)}…`])
  })
})
