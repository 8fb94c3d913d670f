import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Scenario } from './support/scenario.js'

describe('bad input stops before anything runs, naming the input and the fix', () => {
  it.each([
    [{ mode: 'ship' }, /`mode`: "ship" is not one of plan, deploy, rollback, status/],
    [{ 'health-retries': '-1' }, /`health-retries`: must be a whole number from 1 to 100, got "-1"/],
    [{ 'health-timeout-seconds': 'soon' }, /`health-timeout-seconds`: must be a whole number/],
    [{ 'path-rules': 'src/** => deploy' }, /`path-rules`: "src\/\*\* => deploy" has impact "deploy"/],
    [{ 'path-rules': 'just a line' }, /`path-rules`: "just a line" is not of the form GLOB => IMPACT/],
    [{ 'health-urls': 'localhost:8080/health' }, /`health-urls`: "localhost:8080\/health" is not an http\(s\) URL/],
    [{ 'health-expected-status': '200,abc' }, /`health-expected-status`: "abc" is not an HTTP status code/],
    [{ 'health-body-match': '([' }, /`health-body-match`: is not a valid regular expression/],
    [{ 'deploy-command': '' }, /`deploy-command`: the command platform needs a deploy command/],
    [{ strategy: 'blue-green' }, /`switch-command`: strategy blue-green needs a command that moves traffic/],
    [
      { 'canary-steps': '50,10', strategy: 'canary', 'switch-command': 'true' },
      /`canary-steps`: "10" must be a whole percentage from 1 to 100, rising/
    ],
    [{ 'config-repos': 'no-equals-sign' }, /`config-repos`: "no-equals-sign" is not of the form NAME=URL\[@REF\]/],
    [{ 'auto-rollback': 'maybe' }, /`auto-rollback`: must be true or false, got "maybe"/],
    [{ 'state-store': 'release' }, /`github-token`: the release state store needs a token/],
    [{ 'approval-required-for': 'rebuild,deploy' }, /`approval-required-for`: "deploy" is not one of/],
    [{ environment: '../etc' }, /`environment`: "\.\.\/etc" must be 1-64 letters/],
    [{ operation: 'restart' }, /`restart-command`: the plan is a restart/]
  ])('%j', async (inputs, message) => {
    const s = new Scenario()
    s.app.commit({ 'app.py': '1' })
    const run = await s.action(inputs as Record<string, string>)
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(message)
    expect(run.outputs.status).toBe('failed')
    expect(s.commands()).toEqual([])
    expect(s.state()).toBeNull()
  })

  it('reports every problem at once', async () => {
    const s = new Scenario()
    s.app.commit({ 'app.py': '1' })
    const run = await s.action({ mode: 'ship', 'health-retries': '0', 'keep-versions': 'x' })
    for (const input of ['mode', 'health-retries', 'keep-versions'])
      expect(run.stdout).toMatch(new RegExp(`Invalid inputs:.*\`${input}\``, 's'))
  })

  it('a plan that cannot run here (a rebuild without a build command) still reports the plan, then fails with the reason, so a required plan check shows both', async () => {
    const s = new Scenario()
    s.app.commit({ 'app.py': '1' })
    const run = await s.action({ mode: 'plan', operation: 'rebuild' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::production: failed: the plan cannot run here: `build-command`: the plan is a rebuild, which runs the build command/
    )
    expect(run.outputs).toMatchObject({ status: 'failed', operation: 'rebuild', 'requires-approval': 'true' })
    expect(JSON.parse(run.outputs.plan!)).toMatchObject({ operation: 'rebuild', decided_by: 'override' })
    expect(run.summary).toMatch(/## ❌ Planned, but the plan cannot run here: production/)
    expect(run.summary).toMatch(
      /\*\*Why it cannot run:\*\* the plan cannot run here: `build-command`: the plan is a rebuild/
    )
    expect(run.summary).toMatch(/\| Operation \| \*\*rebuild\*\* \(forced by input\) \|/)
    expect(run.summary).toMatch(/### Why\n\n- /)
    expect(run.summary).not.toMatch(/stopped before any change/)
    expect(run.result).toMatchObject({
      status: 'failed',
      mode: 'plan',
      operation: 'rebuild',
      message: expect.stringMatching(/^the plan cannot run here: `build-command`/)
    })
    expect(s.commands()).toEqual([])
    expect(s.state()).toBeNull()

    // The command line reports the same plan, then exits 1 with the reason.
    const resultFile = join(s.app.dir, '..', `plan-${process.pid}.json`)
    const cli = await s.cli('plan', { operation: 'rebuild', 'result-file': resultFile })
    expect(cli.exitCode).toBe(1)
    expect(cli.stdout).toMatch(/❌ Planned, but the plan cannot run here: production/)
    expect(cli.stdout).toMatch(/Operation {5}rebuild \(forced\)/)
    expect(cli.stdout).toMatch(/Why {11}the plan cannot run here: `build-command`: the plan is a rebuild/)
    expect(JSON.parse(readFileSync(resultFile, 'utf8'))).toMatchObject({ status: 'failed', operation: 'rebuild' })
    expect(s.commands()).toEqual([])
  })
})

describe('the config file', () => {
  it('sets inputs, with per-environment overrides, and an explicit input wins', async () => {
    const s = new Scenario({ 'build-command': 'true' })
    mkdirSync(join(s.app.dir, '.github'))
    writeFileSync(
      join(s.app.dir, '.github/deploy-orchestrator.yml'),
      [
        '# yaml-language-server: $schema=../schema/deploy-orchestrator.schema.json',
        'path-rules:',
        '  - "infra/** => rebuild"',
        'health-retries: 3',
        'environments:',
        '  staging:',
        '    approval-required-for: [restart]',
        ''
      ].join('\n')
    )
    s.app.commit({ 'app.py': '1' })
    await s.cli('deploy', {}, ['--approve'])
    s.app.commit({ 'infra/main.tf': 'x' })
    const production = await s.action({ mode: 'plan' })
    expect(production.exitCode, production.stdout).toBe(0)
    expect(production.outputs).toMatchObject({ operation: 'rebuild', 'requires-approval': 'true' })
    expect(production.summary).toContain('infra/main.tf')
    const staging = await s.action({ mode: 'plan', environment: 'staging' })
    expect(staging.outputs.operation).toBe('rebuild')
    const stagingPlan = await s.action({ mode: 'plan', environment: 'staging', operation: 'redeploy' })
    expect(stagingPlan.outputs['requires-approval']).toBe('false')
    const explicit = await s.action({ mode: 'plan', 'approval-required-for': 'redeploy', operation: 'redeploy' })
    expect(explicit.outputs['requires-approval']).toBe('true')
  })

  it.each([
    ['unknown-key: 1\n', /unknown-key is not a known setting/],
    ['github-token: abc\n', /github-token is a secret and may not live in a file/],
    ['health-retries: [1, 2]\n', /health-retries must be a whole number/],
    ['mode: [plan\n', /is not valid YAML/]
  ])('rejects %j', async (content, message) => {
    const s = new Scenario()
    writeFileSync(join(s.app.dir, 'deploy.yml'), content)
    s.app.commit({ 'app.py': '1' })
    const run = await s.action({ 'config-file': 'deploy.yml' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(message)
  })

  it('a config file the user named must exist', async () => {
    const s = new Scenario()
    s.app.commit({ 'app.py': '1' })
    const run = await s.action({ 'config-file': 'missing.yml' })
    expect(run.stdout).toMatch(/`config-file`: cannot read missing\.yml \(ENOENT\)/)
  })
})

describe('secrets', () => {
  it('never appear in logs, outputs, summary, result or state, nor reach the commands', async () => {
    const token = 'ghp_SuperSecretToken1234567890'
    const webhook = 'https://hooks.example.com/services/T000/B000/XyZsecretPart'
    const s = new Scenario({
      'github-token': token,
      'notify-webhook-url': webhook,
      'deploy-command':
        'echo "token is $INPUT_GITHUB-TOKEN"; env | grep -c ghp_ || true; echo "deploy" >> "$COMMAND_LOG"; echo "oops ghp_SuperSecretToken1234567890" >&2; exit 1'
    })
    s.app.commit({ 'app.py': '1' })
    const run = await s.action({}, { DEPLOY_TOKEN_ECHO: token })
    // `::add-mask::` lines are the masking itself: the runner consumes them and shows nothing.
    const shown = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
    const everything = [
      shown,
      run.stderr,
      JSON.stringify(run.outputs),
      run.summary,
      JSON.stringify(run.result),
      JSON.stringify(s.state())
    ].join('\n')
    expect(everything).toContain('oops ***')
    expect(everything).not.toContain(token)
    expect(everything).not.toContain('XyZsecretPart')
  })
})
