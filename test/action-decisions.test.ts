import { describe, expect, it } from 'vitest'
import { TestRepo } from './support/git.js'
import { HealthServer } from './support/health-server.js'
import { Scenario } from './support/scenario.js'
import { useServer } from './support/use-server.js'

const health = useServer(
  () => HealthServer.start(),
  (h) => h.stop()
)

describe('the action decides what to do from what changed', () => {
  it('first deploy without a build command: redeploys, records state, reports outputs and summary', async () => {
    const s = new Scenario()
    const head = s.app.commit({ 'app.py': 'print(1)' })
    const run = await s.action({ 'health-urls': health().url('/health') })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({
      operation: 'redeploy',
      status: 'success',
      'requires-approval': 'false',
      'new-version': head,
      'previous-version': '',
      'rolled-back': 'false'
    })
    expect(run.outputs['deployment-id']).toMatch(/^[0-9a-f-]{36}$/)
    expect(s.commands()).toEqual([expect.stringContaining(`deploy op=redeploy version=${head}`)])
    expect(s.state().current.version).toBe(head)
    expect(run.summary).toContain('Deployed: production')
    expect(run.summary).toContain('First deploy of production')
    expect(run.result).toMatchObject({
      status: 'success',
      deployment_details: { strategy: 'rolling', platform: 'command', new_version: head }
    })
    expect(run.result!.health_checks[0]).toMatchObject({
      endpoint: health().url('/health'),
      status_code: 200,
      passed: true
    })
    expect(JSON.parse(run.outputs.result!).deployment_id).toBe(run.outputs['deployment-id'])
    expect(run.stdout).toMatch(/::group::Plan/)
  })

  it('first deploy with a build command is a rebuild: refused in Actions without an environment approval, and nothing runs or is written', async () => {
    const s = new Scenario()
    s.app.commit({ 'app.py': 'print(1)' })
    const run = await s.action({ 'build-command': s.command('build') })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ status: 'failed' })
    expect(run.stdout).toMatch(/::error::.*needs approval.*deploy\.yml.*approval-environment/)
    expect(s.commands()).toEqual([])
    expect(s.state()).toBeNull()
  })

  it('code changed: redeploy; nothing changed and the service up: skipped, no command runs', async () => {
    const s = new Scenario({ 'status-command': 'true' })
    s.app.commit({ 'app.py': 'print(1)' })
    expect((await s.action()).exitCode).toBe(0)
    const second = s.app.commit({ 'app.py': 'print(2)', 'README.md': 'docs' })
    const redeploy = await s.action()
    expect(redeploy.outputs).toMatchObject({ operation: 'redeploy', status: 'success', 'new-version': second })
    expect(redeploy.summary).toContain('app.py')
    s.app.commit({ 'docs/guide.md': 'more docs' })
    const none = await s.action()
    expect(none.exitCode).toBe(0)
    expect(none.outputs).toMatchObject({ operation: 'none', status: 'skipped' })
    expect(none.summary).toContain('docs/guide.md')
    expect(s.commands()).toHaveLength(2)
  })

  it('nothing changed and the service down: start, with the start command', async () => {
    const s = new Scenario({
      'status-command': 'test -f "$COMMAND_LOG.up"',
      'start-command': 'echo start >> "$COMMAND_LOG"; touch "$COMMAND_LOG.up"'
    })
    s.app.commit({ 'app.py': 'print(1)' })
    expect((await s.action()).outputs.status).toBe('success')
    const run = await s.action()
    expect(run.outputs).toMatchObject({ operation: 'start', status: 'success', 'requires-approval': 'false' })
    expect(s.commands().at(-1)).toBe('start')
    expect(run.summary).toContain('The service is down')
  })

  it('an environment file changed: restart, approved at the terminal with --approve and recorded as such', async () => {
    const s = new Scenario({ 'restart-command': 'echo "restart $DEPLOY_VERSION" >> "$COMMAND_LOG"' })
    s.app.commit({ 'app.py': 'print(1)' })
    expect((await s.cli('deploy')).exitCode).toBe(0)
    const head = s.app.commit({ '.env': 'MODE=fast' })
    const refused = await s.cli('deploy')
    expect(refused.exitCode).toBe(1)
    expect(refused.stderr).toMatch(/needs approval and no one is at a terminal.*--approve/)
    expect(s.commands()).toHaveLength(1)
    const approved = await s.cli('deploy', {}, ['--approve'])
    expect(approved.exitCode, approved.stderr).toBe(0)
    expect(approved.stdout).toMatch(/Operation\s+restart/)
    expect(s.commands().slice(1)).toEqual([
      expect.stringContaining(`deploy op=restart version=${head}`),
      `restart ${head}`
    ])
    expect(s.state().current.approved_by).toMatch(/--approve/)
  })

  it('the person at the terminal is asked, and a "no" runs nothing and writes nothing', async () => {
    const s = new Scenario({ 'build-command': 'echo build >> "$COMMAND_LOG"' })
    s.app.commit({ Dockerfile: 'FROM scratch' })
    // Not a TTY here, so the CLI refuses rather than hanging on a prompt nobody can answer.
    const run = await s.cli('deploy', {}, [], 'n\n')
    expect(run.exitCode).toBe(1)
    expect(s.commands()).toEqual([])
    expect(s.state()).toBeNull()
  })

  it('a config repository that moved means rebuild: subjects in the reasons, new head passed to commands and recorded', async () => {
    const config = new TestRepo('config-')
    const c1 = config.commit({ 'agents.yaml': 'a: 1' }, 'Initial agents')
    const s = new Scenario({ 'config-repos': `master=${config.dir}`, 'build-command': s0('build') })
    function s0(name: string) {
      return `echo "${name} master=$DEPLOY_CONFIG_MASTER_COMMIT" >> "$COMMAND_LOG"; echo "image=ghcr.io/acme/app:$DEPLOY_VERSION"; echo "image-digest=sha256:${'c'.repeat(64)}"`
    }
    s.app.commit({ 'app.py': 'print(1)' })
    expect((await s.cli('deploy', {}, ['--approve'])).exitCode).toBe(0)
    expect(s.state().current.config_commits).toEqual({ master: c1 })
    expect(s.state().current.image_digest).toBe(`sha256:${'c'.repeat(64)}`)

    // A redeploy of code does not bake in config: the recorded commit goes to the commands.
    const c2 = config.commit({ 'agents.yaml': 'a: 2' }, 'Add /analyze-logs command')
    s.app.commit({ 'app.py': 'print(2)' })
    const plan = await s.cli('plan')
    expect(plan.exitCode).toBe(0)
    expect(plan.stdout).toMatch(/Operation\s+rebuild/)
    expect(plan.stdout).toContain('Add /analyze-logs command')
    expect(plan.stderr).toContain('Add /analyze-logs command')
    const forced = await s.cli('deploy', { operation: 'redeploy' })
    expect(forced.exitCode, forced.stderr).toBe(0)
    expect(s.commands().at(-1)).toContain(`master=${c1}`)
    expect(s.state().current.config_commits).toEqual({ master: c1 })

    const rebuild = await s.cli('deploy', {}, ['--approve'])
    expect(rebuild.exitCode, rebuild.stderr).toBe(0)
    expect(s.commands().slice(-2)).toEqual([`build master=${c2}`, expect.stringContaining(`deploy op=rebuild`)])
    expect(s.commands().at(-1)).toContain(`master=${c2}`)
    expect(s.state().current.config_commits).toEqual({ master: c2 })
  })

  it('an unreachable config repository stops the plan with the repository named', async () => {
    const s = new Scenario({ 'config-repos': 'master=/nonexistent/config.git' })
    s.app.commit({ 'app.py': 'print(1)' })
    const run = await s.action({ mode: 'plan' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/config repo "master" \(\/nonexistent\/config\.git\): unreachable/)
  })

  it('a shallow clone without the deployed commit is deepened from its origin', async () => {
    const origin = new TestRepo('origin-')
    const first = origin.commit({ 'app.py': '1' })
    for (let i = 0; i < 3; i++) origin.commit({ 'app.py': String(i + 2) })
    const s = new Scenario()
    s.app.git('remote', 'add', 'origin', `file://${origin.dir}`)
    s.app.git('fetch', '-q', '--depth=1', 'origin', 'main')
    s.app.git('checkout', '-q', 'FETCH_HEAD')
    const stateDir = `${s.app.dir}/.deploy-state`
    await import('node:fs').then((fs) => {
      fs.mkdirSync(stateDir)
      fs.writeFileSync(
        `${stateDir}/production.json`,
        JSON.stringify({
          schema_version: 1,
          environment: 'production',
          sequence: 2,
          updated_at: 'x',
          current: { version: first, config_commits: {}, deployed_at: 'x', deployment_id: 'd', operation: 'redeploy' },
          history: [],
          known_bad: [],
          last_attempt: null
        })
      )
    })
    const run = await s.action({ mode: 'plan' })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.operation).toBe('redeploy')
    expect(run.summary).toContain('app.py')
  })
})
