// Bad input, property-based (fast-check, fixed seed, bounded runs): a valid production-like setup
// with one input made invalid, or a config file with one bad entry. Every such run exits 1 with an
// error that names the input (or the file's key), and writes nothing anywhere: no command runs, no
// state is written, and the GitHub, DigitalOcean and webhook servers receive no write.
import fc from 'fast-check'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { INPUTS } from '../src/settings/inputs.js'
import { DigitalOceanScenario } from './digitalocean-harness.js'
import { type ActionRun, runAction } from './support/action.js'
import { GitHubApp, endProblems, errorLine, runLeaks, seedFor } from './support/faults.js'
import { useGitHubServer } from './support/github.js'
import { Recorder } from './support/recorder.js'
import { useServer } from './support/use-server.js'

const NUM_RUNS = Number(process.env.RELIABILITY_INPUT_RUNS ?? 50)

const IMPACTS = ['ignore', 'redeploy', 'restart', 'rebuild']
const noNewline = (s: string) => !s.includes('\n') && !s.includes('\r')
const text = fc
  .string({ minLength: 1, maxLength: 24 })
  .filter((s) => s.trim() !== '' && noNewline(s) && !s.trim().startsWith('#'))

interface Invalid {
  name: string
  value: string
}

const enumInput = (name: string, valid: readonly string[]) =>
  fc
    .oneof(fc.constantFrom('Deploy', 'yes', 'blue green', '1', 'ROLLING', `${valid[0]} `), text)
    .filter((v) => !valid.includes(v))
    .map((value) => ({ name, value }))

const integerInput = (name: string, min: number, max: number) =>
  fc
    .oneof(
      fc.integer({ min: min - 1000, max: min - 1 }).map(String),
      fc.integer({ min: max + 1, max: max + 100_000 }).map(String),
      fc.constantFrom('abc', '1.5', '3 s', 'ten', '0x10z', '--1'),
      fc.tuple(fc.integer({ min, max }), fc.constantFrom('.5', 'abc', ' seconds')).map(([n, suffix]) => `${n}${suffix}`)
    )
    .map((value) => ({ name, value }))

const booleanInput = (name: string) =>
  fc
    .oneof(fc.constantFrom('maybe', 'enabled', 'ture', '2', 'y', 'nope'), text)
    .filter((v) => !['true', 'yes', '1', 'on', 'false', 'no', '0', 'off'].includes(v.trim().toLowerCase()))
    .map((value) => ({ name, value }))

const urlInput = (name: string) =>
  fc
    .oneof(
      fc.constantFrom(
        'ftp://example.com/x',
        'not a url',
        'file:///etc/passwd',
        'javascript:alert(1)',
        'localhost:8080/health',
        '//example.com'
      ),
      text
    )
    .filter((v) => !/^\s*https?:/i.test(v))
    .map((value) => ({ name, value }))

const INVALID_INPUT: fc.Arbitrary<Invalid> = fc.oneof(
  enumInput('mode', ['plan', 'deploy', 'rollback', 'status']),
  enumInput('operation', ['auto', 'redeploy', 'rebuild', 'restart']),
  enumInput('strategy', ['rolling', 'blue-green', 'blue_green', 'canary']),
  enumInput('platform', ['command', 'digitalocean']),
  enumInput('state-store', ['file', 'release']),
  integerInput('keep-versions', 1, 100),
  integerInput('health-timeout-seconds', 1, 600),
  integerInput('health-retries', 1, 100),
  integerInput('health-interval-seconds', 0, 3600),
  integerInput('max-rollback-seconds', 1, 3600),
  integerInput('command-timeout-seconds', 1, 86_400),
  integerInput('deploy-timeout-seconds', 10, 86_400),
  integerInput('required-checks-wait-seconds', 0, 21_600),
  booleanInput('auto-rollback'),
  booleanInput('github-deployments'),
  booleanInput('emit-dpo-on-failure'),
  booleanInput('notify-on-success'),
  booleanInput('require-validation'),
  urlInput('health-urls'),
  urlInput('environment-url'),
  urlInput('agentbench-url'),
  urlInput('notify-webhook-url'),
  urlInput('page-webhook-url'),
  urlInput('digitalocean-api-url'),
  text.filter((v) => !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(v)).map((value) => ({ name: 'environment', value })),
  fc
    .oneof(
      fc.constantFrom('src/**', '=> rebuild', 'infra/** =>', 'a/** -> rebuild', 'docs/** => deploy', 'x => re build'),
      fc
        .tuple(fc.constantFrom('src/**', '*.py', 'Dockerfile'), fc.stringMatching(/^[A-Za-z]{1,10}$/))
        .filter(([, impact]) => !IMPACTS.includes(impact.toLowerCase()))
        .map(([glob, impact]) => `${glob} => ${impact}`)
    )
    .map((value) => ({ name: 'path-rules', value })),
  fc
    .constantFrom(
      'master',
      '=https://x/y.git',
      '1abc=https://x/y.git',
      'a b=https://x/y.git',
      'master=',
      'master=https://x/y.git@bad ref',
      'master=-upload-pack=x',
      'master=x/y@../main'
    )
    .map((value) => ({ name: 'config-repos', value })),
  fc
    .constantFrom('abc', '99', '600', '20x', '200,', '200;204', '2OO')
    .map((value) => ({ name: 'health-expected-status', value })),
  fc
    .constantFrom('(', '[a-', '*x', 'a{2,1}', '(?<n>a)(?<n>b)', '\\')
    .map((value) => ({ name: 'health-body-match', value })),
  fc
    .constantFrom('0,100', '50,10,100', '10,50', 'x', '10,,100', '101', '10,100,100')
    .map((value) => ({ name: 'canary-steps', value })),
  fc
    .constantFrom('deploy', 'rebuild,foo', 'all', 'none', 'Rebuild')
    .map((value) => ({ name: 'approval-required-for', value })),
  fc.constantFrom('12a', 'abc', '-1', '1.0', '#12').map((value) => ({ name: 'validation-run-id', value })),
  fc
    .constantFrom('merge', 'deploy,restart', 'Rollback', 'all')
    .map((value) => ({ name: 'required-checks-for', value })),
  text.filter((v) => !v.startsWith('/')).map((value) => ({ name: 'health-path', value }))
)

const KNOWN = new Set(INPUTS.map((i) => i.name))
const SECRETS = INPUTS.filter((i) => i.secret).map((i) => i.name)
const INTEGERS = INPUTS.filter((i) => i.kind === 'integer').map((i) => i.name)
const BOOLEANS = INPUTS.filter((i) => i.kind === 'boolean').map((i) => i.name)
const ENUMS = INPUTS.filter((i) => i.kind === 'enum').map((i) => i.name)

/** A config file with one bad entry, and the name the error must carry. */
const INVALID_CONFIG: fc.Arbitrary<{ yaml: string; names: string }> = fc.oneof(
  fc
    .stringMatching(/^[a-z][a-z0-9-]{2,20}$/)
    .filter((k) => !KNOWN.has(k) && k !== 'environments')
    .map((key) => ({ yaml: `strategy: rolling\n${key}: 1\n`, names: key })),
  fc.constantFrom(...SECRETS).map((key) => ({ yaml: `${key}: supersecretvalue123\n`, names: key })),
  fc.constantFrom('config-file', 'plan', 'environment').map((key) => ({ yaml: `${key}: x\n`, names: key })),
  fc
    .tuple(fc.constantFrom(...INTEGERS), fc.constantFrom('[1, 2]', '{a: 1}', 'true'))
    .map(([key, v]) => ({ yaml: `${key}: ${v}\n`, names: key })),
  fc
    .tuple(fc.constantFrom(...BOOLEANS), fc.constantFrom('[true]', '{a: 1}', '7'))
    .map(([key, v]) => ({ yaml: `${key}: ${v}\n`, names: key })),
  fc
    .tuple(fc.constantFrom(...ENUMS), fc.constantFrom('[rolling]', '{a: b}', 'true'))
    .map(([key, v]) => ({ yaml: `${key}: ${v}\n`, names: key })),
  fc
    .tuple(fc.constantFrom('health-retries', 'keep-versions'), fc.constantFrom('many', '-5', '1000000'))
    .map(([key, v]) => ({ yaml: `${key}: "${v}"\n`, names: key })),
  fc
    .stringMatching(/^[a-z][a-z0-9-]{2,12}$/)
    .filter((k) => !KNOWN.has(k))
    .map((key) => ({ yaml: `environments:\n  production:\n    ${key}: 1\n`, names: `environments.production.${key}` })),
  fc.constantFrom(
    { yaml: 'environments: [production]\n', names: 'environments' },
    { yaml: 'environments:\n  production: 3\n', names: 'environments.production' },
    { yaml: 'strategy: [unclosed\n', names: 'config-file' },
    { yaml: 'strategy: rolling\nstrategy: canary\n', names: 'config-file' },
    { yaml: '- strategy\n- rolling\n', names: 'config-file' },
    { yaml: 'health-urls: {a: b}\n', names: 'health-urls' },
    { yaml: 'strategy: rolling\n\tmode: plan\n', names: 'config-file' }
  )
)

const github = useGitHubServer({ perTest: false })
const hooks = useServer(
  () => Recorder.start(),
  (r) => r.close()
)

/** The run wrote nothing and said which input is wrong. */
function judge(run: ActionRun, g: GitHubApp, name: string, githubBefore: number, hooksBefore: number): string[] {
  const problems = [...endProblems(run), ...runLeaks(run)]
  if (run.exitCode !== 1) problems.push(`exit code ${run.exitCode}`)
  const error = errorLine(run)
  if (!error.includes(name)) problems.push(`the error does not name ${name}: ${error || run.stderr.slice(0, 300)}`)
  if (g.s.commands().length > 0) problems.push(`commands ran: ${g.s.commands().join('; ')}`)
  if (existsSync(join(g.s.app.dir, '.deploy-state'))) problems.push('a state file was written')
  const writes = github()
    .requests.slice(githubBefore)
    .filter((r) => r.method !== 'GET')
  if (writes.length > 0) problems.push(`GitHub received ${writes.map((r) => `${r.method} ${r.path}`).join(', ')}`)
  if (hooks().requests.length > hooksBefore) problems.push('a webhook was called')
  return problems
}

/** A valid production-like setup: Actions, release state, Deployments, webhooks, a health URL. */
function setup(): { g: GitHubApp; sha: string; inputs: Record<string, string> } {
  const g = new GitHubApp(github(), { 'github-deployments': 'true' })
  for (const name of ['approval-environment', 'validation-run-id', 'config-repos', 'build-command'])
    delete g.s.baseInputs[name]
  const sha = g.commit({ 'app.py': '1' })
  return {
    g,
    sha,
    inputs: {
      'health-urls': `${hooks().url}/health`,
      'notify-webhook-url': `${hooks().url}/hook`,
      'notify-on-success': 'true',
      'agentbench-url': hooks().url
    }
  }
}

describe('bad input', () => {
  it(`${NUM_RUNS} generated setups with one invalid input: exit 1, the input named, nothing written`, async () => {
    const seed = seedFor('bad input (inputs)', 8081)
    await fc.assert(
      fc.asyncProperty(INVALID_INPUT, async (invalid) => {
        const { g, sha, inputs } = setup()
        const [githubBefore, hooksBefore] = [github().requests.length, hooks().requests.length]
        const run = await g.run(sha, { ...inputs, [invalid.name]: invalid.value })
        const problems = judge(run, g, `\`${invalid.name}\``, githubBefore, hooksBefore)
        if (problems.length > 0)
          throw new Error(`${invalid.name}=${JSON.stringify(invalid.value)}: ${problems.join('; ')}`)
      }),
      { seed, numRuns: NUM_RUNS, endOnFailure: true }
    )
  }, 180_000)

  it(`${Math.ceil(NUM_RUNS * 0.75)} generated config files with one bad entry: exit 1, the key named, nothing written`, async () => {
    const seed = seedFor('bad input (config files)', 8082)
    await fc.assert(
      fc.asyncProperty(INVALID_CONFIG, fc.boolean(), async (bad, explicit) => {
        const { g, sha, inputs } = setup()
        const path = explicit ? 'deploy/settings.yml' : '.github/deploy-orchestrator.yml'
        mkdirSync(join(g.s.app.dir, path, '..'), { recursive: true })
        writeFileSync(join(g.s.app.dir, path), bad.yaml)
        const [githubBefore, hooksBefore] = [github().requests.length, hooks().requests.length]
        const run = await g.run(sha, { ...inputs, ...(explicit ? { 'config-file': path } : {}) })
        const problems = judge(run, g, bad.names, githubBefore, hooksBefore)
        if (problems.length > 0) throw new Error(`${JSON.stringify(bad.yaml)}: ${problems.join('; ')}`)
      }),
      { seed, numRuns: Math.ceil(NUM_RUNS * 0.75), endOnFailure: true }
    )
  }, 180_000)

  it('DigitalOcean: an image digest that is not sha256:<64 hex> stops before any write to App Platform', async () => {
    const seed = seedFor('bad input (digitalocean)', 8083)
    const s = await DigitalOceanScenario.start()
    try {
      s.commit(1)
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.constantFrom('latest', 'sha256:abc', 'sha512:' + 'a'.repeat(64), 'SHA256:' + 'A'.repeat(64)),
            fc
              .stringMatching(/^[0-9a-f]{1,70}$/)
              .map((h) => `sha256:${h}`)
              .filter((d) => !/^sha256:[0-9a-f]{64}$/.test(d))
          ),
          async (digest) => {
            const before = s.server.requests.length
            const run = await runAction({
              cwd: s.repo.dir,
              inputs: { ...s.inputs(), 'image-digest': digest, operation: 'redeploy' }
            })
            const writes = s.server.requests.slice(before).filter((r) => r.method !== 'GET')
            const problems = [...endProblems(run)]
            if (run.exitCode !== 1 || !errorLine(run).includes('`image-digest`'))
              problems.push(`exit ${run.exitCode}: ${errorLine(run)}`)
            if (writes.length > 0)
              problems.push(`App Platform received ${writes.map((r) => `${r.method} ${r.path}`).join(', ')}`)
            if (problems.length > 0) throw new Error(`${digest}: ${problems.join('; ')}`)
          }
        ),
        { seed, numRuns: 6, endOnFailure: true }
      )
      expect(s.server.violations).toEqual([])
    } finally {
      await s.close()
    }
  }, 60_000)
})
