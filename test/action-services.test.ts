/**
 * Many services in one repository, through the bundle as the runner and a terminal run it: the
 * example layout of examples/monorepo/ (api, worker and web, libs/common watched by api and worker)
 * in a real git repository, its stand-in commands recording what ran.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI, runAction, spawnNode } from './support/action.js'
import { TestRepo } from './support/git.js'

const EXAMPLE = resolve(import.meta.dirname, '../examples/monorepo')
const SERVICES = ['api', 'worker', 'web'] as const

/** The example layout committed in a fresh repository; its commands "run" services under `root`. */
class Monorepo {
  readonly repo = new TestRepo('monorepo-')
  readonly root = mkdtempSync(join(tmpdir(), 'monorepo-running-'))

  constructor() {
    cpSync(EXAMPLE, this.repo.dir, { recursive: true })
    writeFileSync(join(this.repo.dir, '.gitignore'), '.deploy-state/\n')
    this.repo.commit({}, 'the example layout')
  }

  action(inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
    return runAction({
      cwd: this.repo.dir,
      inputs: { 'state-store': 'file', ...inputs },
      env: { DEPLOY_ROOT: this.root, ...env }
    })
  }

  cli(args: string[]) {
    return spawnNode([CLI, ...args], {
      cwd: this.repo.dir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DEPLOY_ROOT: this.root }
    })
  }

  /** Deploys every service once from the terminal (first deploys are rebuilds: approved in advance). */
  async deployAll(): Promise<void> {
    for (const service of SERVICES) {
      const run = await this.cli(['deploy', '--service', service, '--approve'])
      expect(run.exitCode, run.stderr).toBe(0)
    }
  }

  stateText(service: string, environment = 'production'): string | null {
    const path = join(this.repo.dir, '.deploy-state', `${environment}.${service}.json`)
    return existsSync(path) ? readFileSync(path, 'utf8') : null
  }

  state(service: string): any {
    const text = this.stateText(service)
    return text === null ? null : JSON.parse(text)
  }

  /** What deploy.sh recorded, one line per command: `<operation> <service> (<path>) at <version>`. */
  deploys(): string[] {
    const path = join(this.root, 'deploys.log')
    return existsSync(path) ? readFileSync(path, 'utf8').trim().split('\n') : []
  }
}

const matrixOf = (output: string | undefined) =>
  (JSON.parse(output ?? '{}').include as Array<Record<string, unknown>>).map((e) => `${e.service}:${e.operation}`)

describe('plan for every service (`service: all`)', () => {
  it('a first plan: every service, its wave, one approval flag, a plan each; nothing runs', async () => {
    const m = new Monorepo()
    const run = await m.action({ mode: 'plan', service: 'all' })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'planned', operation: 'rebuild', 'requires-approval': 'true' })
    expect(JSON.parse(run.outputs.matrix!)).toEqual({
      include: [
        { service: 'api', operation: 'rebuild', 'requires-approval': 'true', wave: 1 },
        { service: 'worker', operation: 'rebuild', 'requires-approval': 'true', wave: 2 },
        { service: 'web', operation: 'rebuild', 'requires-approval': 'true', wave: 2 }
      ]
    })
    // Waves: one matrix each, in the config file's order; an empty wave is an empty matrix.
    expect(matrixOf(run.outputs['matrix-1'])).toEqual(['api:rebuild'])
    expect(matrixOf(run.outputs['matrix-2'])).toEqual(['worker:rebuild', 'web:rebuild'])
    expect(run.outputs['matrix-3']).toBe('{"include":[]}')
    const plans = JSON.parse(run.outputs.plans!)
    expect(Object.keys(plans)).toEqual(['api', 'worker', 'web'])
    expect(plans.web).toMatchObject({
      service: 'web',
      environment: 'production',
      operation: 'rebuild',
      state_sequence: 0
    })
    // One table of every service, then the details.
    expect(run.summary).toContain('## 📋 Plan for 3 services: production')
    expect(run.summary).toContain('| Service | Wave | Decision | Approval | Version | Why |')
    for (const service of SERVICES)
      expect(run.summary).toMatch(new RegExp(`\\| ${service} \\| [12] \\| \\*\\*rebuild\\*\\*`))
    expect(run.summary).toContain('One approval covers api (rebuild), worker (rebuild), web (rebuild).')
    expect(run.summary.indexOf('### Details')).toBeGreaterThan(run.summary.indexOf('| web |'))
    expect(run.result).toMatchObject({ status: 'planned', mode: 'plan', operation: 'rebuild' })
    expect(run.result!.services.map((s: any) => [s.service, s.wave, s.operation])).toEqual([
      ['api', 1, 'rebuild'],
      ['worker', 2, 'rebuild'],
      ['web', 2, 'rebuild']
    ])
    expect(m.deploys()).toEqual([])
    expect(existsSync(join(m.repo.dir, '.deploy-state'))).toBe(false)
  })

  it('a change in one service’s folder plans only that service', async () => {
    const m = new Monorepo()
    await m.deployAll()
    m.repo.commit({ 'web/src/index.html': '<h1>Shop, v2</h1>\n' })
    const run = await m.action({ mode: 'plan' }) // plan without `service` takes every service
    expect(run.exitCode, run.stdout).toBe(0)
    expect(matrixOf(run.outputs.matrix)).toEqual(['web:redeploy'])
    expect(run.outputs['requires-approval']).toBe('false')
    const plans = JSON.parse(run.outputs.plans!)
    expect(plans.api.operation).toBe('none')
    expect(plans.web.changes.redeploy).toEqual(['web/src/index.html'])
    expect(run.stdout).toMatch(/1 of the 1 changed files concern web \(web\/\)/)
    expect(run.stdout).toMatch(/0 of the 1 changed files concern api \(api\/, libs\/common\/\*\*\)/)
  })

  it('a change in a watched shared folder plans every service that watches it', async () => {
    const m = new Monorepo()
    await m.deployAll()
    m.repo.commit({ 'libs/common/greeting.js': 'export const greeting = (who) => `hi from ${who}`\n' })
    const run = await m.action({ mode: 'plan', service: 'all' })
    expect(matrixOf(run.outputs.matrix)).toEqual(['api:redeploy', 'worker:redeploy'])
    expect(JSON.parse(run.outputs.plans!).web.operation).toBe('none')
    expect(matrixOf(run.outputs['matrix-1'])).toEqual(['api:redeploy'])
    expect(matrixOf(run.outputs['matrix-2'])).toEqual(['worker:redeploy'])
  })

  it('a service’s own rule applies inside its folder only; Dockerfile means the service’s own', async () => {
    const m = new Monorepo()
    await m.deployAll()
    m.repo.commit({
      'api/migrations/002_add_total.sql': 'ALTER TABLE orders ADD total numeric;\n',
      'worker/migrations/002.sql': 'select 1;\n', // the worker has no such rule: code
      'web/Dockerfile': 'FROM nginx:1.29.1-alpine\nCOPY web/src /usr/share/nginx/html\n',
      Dockerfile: 'FROM scratch\n' // the root Dockerfile is no service's
    })
    const run = await m.action({ mode: 'plan', service: 'all' })
    expect(matrixOf(run.outputs.matrix)).toEqual(['api:restart', 'worker:redeploy', 'web:rebuild'])
    const plans = JSON.parse(run.outputs.plans!)
    expect(plans.api.changes.restart).toEqual(['api/migrations/002_add_total.sql'])
    expect(plans.api.requires_approval).toBe(true)
    expect(plans.web.changes.rebuild).toEqual(['web/Dockerfile'])
    expect(JSON.stringify(plans)).not.toContain('"Dockerfile"')
    expect(run.outputs['requires-approval']).toBe('true')
  })

  it('a service that cannot be planned fails the run after the others are planned, in one table', async () => {
    const m = new Monorepo()
    await m.deployAll()
    writeFileSync(join(m.repo.dir, '.deploy-state/production.worker.json'), '{"broken":')
    const run = await m.action({ mode: 'plan', service: 'all' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(run.summary).toMatch(/\| worker \| 2 \| ❌ not planned \|/)
    expect(run.summary).toMatch(/\| api \| 1 \| \*\*none\*\*/)
    expect(run.stdout).toMatch(/::error::production: 1 of 3 services could not be planned: worker: .*not valid JSON/)
    expect(Object.keys(JSON.parse(run.outputs.plans!))).toEqual(['api', 'web'])
  })
})

describe('one service per deploy', () => {
  it('deploying one service leaves the others’ states untouched; its commands learn which service', async () => {
    const m = new Monorepo()
    await m.deployAll()
    expect(m.deploys().map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
      'rebuild api (api)',
      'rebuild api (api)', // api's restart-command is the deploy script again
      'rebuild worker (worker)',
      'rebuild web (web)'
    ])
    const before = { worker: m.stateText('worker'), web: m.stateText('web') }
    const v2 = m.repo.commit({ 'api/src/server.js': 'console.log("v2")\n' })
    const run = await m.action({ service: 'api' })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'success', operation: 'redeploy', 'new-version': v2 })
    expect(m.stateText('worker')).toBe(before.worker)
    expect(m.stateText('web')).toBe(before.web)
    expect(m.state('api')).toMatchObject({ environment: 'production', service: 'api', sequence: 4 })
    expect(m.state('api').current.version).toBe(v2)
    expect(m.deploys().at(-1)).toBe(`redeploy api (api) at ${v2}`)
    // The result, the summary and the single-service outputs name the service.
    expect(run.result).toMatchObject({ service: 'api', environment: 'production' })
    expect(run.summary).toContain('## ✅ Deployed: api (production)')
    expect(run.outputs.matrix).toBeUndefined() // only `mode: plan` fans out
    // A second run of the same service plans nothing; the others were never touched.
    expect((await m.action({ service: 'api', mode: 'plan' })).outputs.operation).toBe('none')
  })

  it('a `plans` entry is executed by a deploy of that service, and refused once that service’s state moved', async () => {
    const m = new Monorepo()
    await m.deployAll()
    const v2 = m.repo.commit({ 'libs/common/greeting.js': 'export const greeting = () => "v2"\n' })
    const plans = JSON.parse((await m.action({ mode: 'plan', service: 'all' })).outputs.plans!)
    m.repo.commit({ 'api/src/server.js': 'console.log("v3")\n' }) // the work tree moves on

    // The worker executes its plan exactly (the version planned, not the newer head).
    const worker = await m.action({ service: 'worker', plan: JSON.stringify(plans.worker) })
    expect(worker.exitCode, worker.stdout).toBe(0)
    expect(worker.stdout).toMatch(/Executing the plan made at/)
    expect(m.state('worker').current.version).toBe(v2)
    // The worker's state moved; the api's plan is about the api's state, which did not.
    const api = await m.action({ service: 'api', plan: JSON.stringify(plans.api) })
    expect(api.exitCode, api.stdout).toBe(0)
    expect(m.state('api').current.version).toBe(v2)
    // Now the api's state moved: its old plan is refused, before anything runs.
    const count = m.deploys().length
    const again = await m.action({ service: 'api', plan: JSON.stringify(plans.api) })
    expect(again.exitCode).toBe(1)
    expect(again.stdout).toMatch(/the state moved since this run read it .*re-plan/)
    // Another service's plan, or one of no service, is refused naming the service.
    const foreign = await m.action({ service: 'web', plan: JSON.stringify(plans.api) })
    expect(foreign.stdout).toMatch(
      /`plan`: the plan is for the service api, this run deploys the service web; pass `service: api`/
    )
    const { service: _, ...noService } = plans.web
    const bare = await m.action({ service: 'web', plan: JSON.stringify(noService) })
    expect(bare.stdout).toMatch(
      /`plan`: the plan is for a repository without services, this run deploys the service web/
    )
    expect(m.deploys()).toHaveLength(count)
  })

  it('a deploy running for one service locks that service only', async () => {
    const m = new Monorepo()
    await m.deployAll()
    // Another runner's deploy of the api, still in progress.
    const api = m.state('api')
    const claim = {
      ...api,
      sequence: api.sequence + 1,
      last_attempt: {
        deployment_id: 'other-run',
        operation: 'redeploy',
        version: api.current.version,
        status: 'in_progress',
        started_at: new Date().toISOString(),
        host: 'another-runner',
        pid: 1
      }
    }
    writeFileSync(join(m.repo.dir, '.deploy-state/production.api.json'), JSON.stringify(claim))
    m.repo.commit({ 'api/src/server.js': '2\n', 'web/src/index.html': '2\n' })
    const locked = await m.action({ service: 'api' })
    expect(locked.exitCode).toBe(1)
    expect(locked.stdout).toMatch(
      /another deploy is running: redeploy of [0-9a-f]{7} by run other-run has held api \(production\) since/
    )
    const web = await m.action({ service: 'web' })
    expect(web.exitCode, web.stdout).toBe(0)
    expect(web.outputs.operation).toBe('redeploy')
  })

  it.each([
    [
      { mode: 'deploy', service: 'all' },
      /`service`: "all" selects several services, which `mode: plan` and `mode: status` take; a deploy is about one service/
    ],
    [{ mode: 'rollback', service: 'api,web' }, /a rollback is about one service/],
    [
      { mode: 'deploy' },
      /`service`: \.github\/deploy-orchestrator\.yml declares 3 services \(api, worker, web\); name the one to deploy/
    ],
    [
      { mode: 'plan', service: 'admin' },
      /`service`: "admin" is not a service of \.github\/deploy-orchestrator\.yml; one of api, worker, web, or all/
    ]
  ])('refuses %j before anything runs', async (inputs, message) => {
    const m = new Monorepo()
    const run = await m.action(inputs)
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(message)
    expect(run.outputs.status).toBe('failed')
    expect(m.deploys()).toEqual([])
  })

  it('a config file error names the service and the key', async () => {
    const m = new Monorepo()
    const config = join(m.repo.dir, '.github/deploy-orchestrator.yml')
    writeFileSync(config, readFileSync(config, 'utf8').replace('    path: web\n', '    paht: web\n'))
    const run = await m.action({ mode: 'plan' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/services\.web\.paht is not a known setting/)
    expect(run.stdout).toMatch(/services\.web\.path is required: the service's folder/)
  })

  it('a `path` that is no folder of the commit fails that service’s plan, not silently matching nothing forever', async () => {
    const m = new Monorepo()
    const config = join(m.repo.dir, '.github/deploy-orchestrator.yml')
    writeFileSync(config, readFileSync(config, 'utf8').replace('    path: web\n', '    path: wbe\n'))
    const head = m.repo.commit({}, 'a typo in the path')
    const run = await m.action({ mode: 'plan', service: 'all' })
    expect(run.exitCode).toBe(1)
    expect(run.summary).toMatch(/\| web \| 2 \| ❌ not planned \|/)
    expect(run.stdout).toContain(
      `services.web.path: "wbe" is not a folder of the repository at ${head.slice(0, 7)}, so no change would ever concern web`
    )
    expect(Object.keys(JSON.parse(run.outputs.plans!))).toEqual(['api', 'worker'])
  })
})

describe('status for every service', () => {
  it('one table of version, last deploy, health and config repos; exit non-zero when any is down', async () => {
    const m = new Monorepo()
    // A config repository the api bakes in, beside the example's settings.
    const config = new TestRepo('monorepo-config-')
    config.commit({ 'agents.yaml': 'a: 1\n' })
    const file = join(m.repo.dir, '.github/deploy-orchestrator.yml')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '    restart-command: ./deploy.sh\n',
        `    restart-command: ./deploy.sh\n    config-repos:\n      agents: ${config.dir}\n`
      )
    )
    m.repo.commit({}, 'api bakes in the agents config')
    await m.deployAll()
    const healthy = await m.action({ mode: 'status', service: 'all' })
    expect(healthy.exitCode, healthy.stdout).toBe(0)
    expect(healthy.outputs.status).toBe('success')
    expect(healthy.summary).toContain('## ✅ 3 services healthy: production')
    expect(healthy.summary).toContain('| Service | Health | Version | Last deploy | Config repos |')
    expect(healthy.summary).toMatch(
      /\| api \| ✅ up: api runs [0-9a-f]{40} \| <code>[0-9a-f]{7}<\/code> \| rebuild of [0-9a-f]{7}, success, .* \| unchanged agents \|/
    )

    config.commit({ 'agents.yaml': 'a: 2\n' }, 'tune the agents')
    rmSync(join(m.root, 'web'))
    const down = await m.action({ mode: 'status', service: 'all' })
    expect(down.exitCode).toBe(1)
    expect(down.outputs.status).toBe('failed')
    expect(down.summary).toContain('## ❌ 1 of 3 services not healthy: production')
    expect(down.summary).toMatch(
      /\| web \| ❌ down: web \(production\) is not healthy: status command exited 1: web is not running \|/
    )
    expect(down.summary).toMatch(
      /\| api \| ✅ up: .* \| \*\*moved\*\* agents: moved to [0-9a-f]{7} from [0-9a-f]{7} \(1 new commit\) \|/
    )
    expect(down.stdout).toMatch(
      /::error::production: 1 of 3 services not healthy: web: web \(production\) is not healthy/
    )
    // A list checks only the services named.
    const some = await m.action({ mode: 'status', service: 'api,worker' })
    expect(some.exitCode).toBe(0)
    expect(some.summary).toContain('## ✅ 2 services healthy: production')
  })
})

describe('the command line', () => {
  it('`plan --service all` prints the table; `deploy --service api` deploys one', async () => {
    const m = new Monorepo()
    const plan = await m.cli(['plan', '--service', 'all'])
    expect(plan.exitCode, plan.stderr).toBe(0)
    expect(plan.stdout).toContain('📋 Plan for 3 services: production')
    expect(plan.stdout).toMatch(/SERVICE +WAVE +DECISION +APPROVAL +VERSION +WHY/)
    expect(plan.stdout).toMatch(/api +1 +rebuild +needed +none → [0-9a-f]{7} +First deploy of api \(production\)/)
    expect(plan.stdout).toMatch(/web +2 +rebuild/)
    const deploy = await m.cli(['deploy', '--service', 'api', '--approve'])
    expect(deploy.exitCode, deploy.stderr).toBe(0)
    expect(deploy.stdout).toContain('✅ Deployed: api (production)')
    expect(m.deploys().every((line) => line.includes(' api (api) '))).toBe(true)
    expect(m.state('api')).not.toBeNull()
    expect(m.state('web')).toBeNull()
    const refused = await m.cli(['deploy', '--service', 'all'])
    expect(refused.exitCode).toBe(1)
    expect(refused.stderr).toMatch(/a deploy is about one service/)
  })
})

describe('a repository without services', () => {
  it('is unchanged: its state file, its outputs, and `service` is refused', async () => {
    const repo = new TestRepo('single-')
    repo.commit({ 'app.py': 'print(1)\n' })
    const env = { DEPLOY_ROOT: mkdtempSync(join(tmpdir(), 'single-running-')) }
    const inputs = { 'state-store': 'file', 'deploy-command': 'true' }
    const first = await runAction({ cwd: repo.dir, inputs, env })
    expect(first.outputs.status).toBe('success')
    expect(existsSync(join(repo.dir, '.deploy-state/production.json'))).toBe(true)
    const plan = await runAction({ cwd: repo.dir, inputs: { ...inputs, mode: 'plan' }, env })
    expect(plan.outputs.operation).toBe('none')
    expect(plan.outputs.matrix).toBeUndefined()
    expect(JSON.parse(plan.outputs.plan!).service).toBeUndefined()
    expect(plan.summary).toContain(': production')
    const refused = await runAction({ cwd: repo.dir, inputs: { ...inputs, mode: 'plan', service: 'api' }, env })
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toMatch(
      /`service`: "api" names a service, but there is no config file, so there are no `services:`/
    )
  })
})
