/**
 * Many services in one repository, the pure parts: the config file's `services:` map and its
 * errors, which services a run is about, the precedence of settings, which changed files are a
 * service's business, the matrix outputs, and the JSON Schema against the example layout.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { serviceChanges } from '../src/analyze/service-changes.js'
import { matrixOutputs } from '../src/monorepo/outputs.js'
import type { Plan } from '../src/plan/plan.js'
import { parseConfigFile } from '../src/settings/config-file.js'
import { defaultPathRules, parsePathRule, type PathRule } from '../src/settings/rules.js'
import { type Settings, SettingsError, parseRunSettings, parseSettings } from '../src/settings/settings.js'

const ROOT = resolve(import.meta.dirname, '..')
const EXAMPLE_CONFIG = 'examples/monorepo/.github/deploy-orchestrator.yml'

/** Settings from a config file's text and explicit inputs, as the action would parse them. */
function settingsFor(yaml: string, inputs: Record<string, string> = {}) {
  return parseRunSettings({
    inputs: (name) => inputs[name],
    env: {},
    configFile: parseConfigFile(yaml, '.github/deploy-orchestrator.yml'),
    cwd: '/work'
  })
}

function problemsOf(action: () => unknown): string[] {
  try {
    action()
  } catch (error) {
    if (error instanceof SettingsError) return error.problems
    throw error
  }
  throw new Error('expected a SettingsError')
}

const THREE = `
deploy-command: ./deploy.sh
services:
  api: { path: api, watch: [libs/common/**] }
  worker: { path: worker, wave: 2 }
  web: { path: ./web/, wave: 3 }
`

describe('the config file: services', () => {
  it('reads path, watch, wave and each service’s own settings, in the file’s order', () => {
    const file = parseConfigFile(readFileSync(join(ROOT, EXAMPLE_CONFIG), 'utf8'), EXAMPLE_CONFIG)
    expect(Object.keys(file.services!)).toEqual(['api', 'worker', 'web'])
    expect(file.services!.api).toMatchObject({
      path: 'api',
      watch: ['libs/common/**'],
      wave: 1,
      values: { 'path-rules': 'migrations/** => restart', 'restart-command': './deploy.sh' }
    })
    expect(file.services!.worker).toMatchObject({
      wave: 2,
      environments: { production: { 'command-timeout-seconds': '1800' } }
    })
    expect(parseConfigFile(THREE, 'x.yml').services!.web!.path).toBe('web')
  })

  it.each([
    ['services:\n  Api: { path: api }\n', 'services.Api: "Api" is not a service name'],
    ['services:\n  -api: { path: api }\n', 'is not a service name'],
    ['services:\n  all: { path: api }\n', '"all" is reserved'],
    ['services:\n  api: { watch: [x/**] }\n', 'services.api.path is required'],
    ['services:\n  api: { path: ../api }\n', 'services.api.path must be a folder relative to the repository root'],
    ['services:\n  api: { path: /srv/api }\n', 'services.api.path must be a folder'],
    ['services:\n  api: { path: api, helth-retries: 3 }\n', 'services.api.helth-retries is not a known setting'],
    [
      'services:\n  api: { path: api, environments: { staging: { nope: 1 } } }\n',
      'services.api.environments.staging.nope is not a known setting'
    ],
    ['services:\n  api: { path: api, wave: 4 }\n', 'services.api.wave must be 1, 2 or 3'],
    ['services:\n  api: { path: api, wave: first }\n', 'services.api.wave must be 1, 2 or 3'],
    ['services:\n  api: { path: api, watch: "libs/[x" }\n', 'services.api.watch: "libs/[x" does not compile'],
    ['services:\n  api: { path: api, watch: [1] }\n', 'services.api.watch must be a glob or a list of globs'],
    ['services:\n  api: { path: api, mode: plan }\n', 'services.api.mode cannot be set per service'],
    ['services:\n  api: { path: api, github-token: x }\n', 'services.api.github-token is a secret'],
    ['services:\n  api: { path: api, service: web }\n', 'services.api.service cannot be set in the config file'],
    ['services: [api, web]\n', 'services must map service names to their settings'],
    ['services: {}\n', 'services must map service names to their settings'],
    ['state-file: s.json\nservices:\n  api: { path: api }\n', 'state-file would be shared by every service'],
    ['service: api\n', 'service cannot be set in the config file']
  ])('rejects %j naming the key', (yaml, message) => {
    const problems = problemsOf(() => parseConfigFile(yaml, 'x.yml'))
    expect(problems.join('\n')).toContain(message)
    expect(problems.every((p) => p.startsWith('`config-file`: x.yml: '))).toBe(true)
  })

  it('a misspelt key names the key it is closest to, where that key belongs', () => {
    const problems = problemsOf(() =>
      parseConfigFile(
        'sevices:\n  api: { path: api }\nservices:\n  web: { pth: web, wacth: [libs/**], helth-retries: 3, environments: { staging: { wave: 2 } } }\n',
        'x.yml'
      )
    )
    expect(problems).toEqual([
      "`config-file`: x.yml: sevices is not a known setting; did you mean services? (see the README's input table)",
      "`config-file`: x.yml: services.web.path is required: the service's folder, relative to the repository root (e.g. path: web)",
      "`config-file`: x.yml: services.web.pth is not a known setting; did you mean path? (see the README's input table)",
      "`config-file`: x.yml: services.web.wacth is not a known setting; did you mean watch? (see the README's input table)",
      "`config-file`: x.yml: services.web.helth-retries is not a known setting; did you mean health-retries? (see the README's input table)",
      // A wave is a service's, not an environment's: nothing close is offered there.
      "`config-file`: x.yml: services.web.environments.staging.wave is not a known setting (see the README's input table)"
    ])
  })

  it('collects every problem of every service at once', () => {
    const problems = problemsOf(() => parseConfigFile('services:\n  api: { wave: 9 }\n  Web: { path: web }\n', 'x.yml'))
    expect(problems).toHaveLength(3)
  })
})

describe('which services a run is about', () => {
  it('`all` and a comma list take several in plan and status, in the file’s order', () => {
    const all = settingsFor(THREE, { mode: 'plan', service: 'all' })
    expect(all.kind).toBe('services')
    expect((all.settings as Settings[]).map((s) => s.service!.name)).toEqual(['api', 'worker', 'web'])
    const list = settingsFor(THREE, { mode: 'status', service: 'web, api,web' })
    expect((list.settings as Settings[]).map((s) => s.service!.name)).toEqual(['web', 'api'])
    // Plan and status without `service` take every service.
    expect(settingsFor(THREE, { mode: 'plan' }).kind).toBe('services')
  })

  it('one service is one run, with its own state file', () => {
    const run = settingsFor(THREE, { service: 'worker' })
    expect(run.kind).toBe('one')
    const settings = run.settings as Settings
    expect(settings.service).toEqual({ name: 'worker', path: 'worker', watch: [], wave: 2 })
    expect(settings.state.file).toBe('.deploy-state/production.worker.json')
    expect(settingsFor(THREE, { service: 'worker', environment: 'staging' }).settings).toMatchObject({
      state: { file: '.deploy-state/staging.worker.json' }
    })
  })

  it.each([
    [
      { mode: 'deploy', service: 'all' },
      '`service`: "all" selects several services, which `mode: plan` and `mode: status` take'
    ],
    [{ mode: 'rollback', service: 'api,web' }, 'a rollback is about one service'],
    [
      { mode: 'deploy' },
      '`service`: .github/deploy-orchestrator.yml declares 3 services (api, worker, web); name the one to deploy'
    ],
    [
      { mode: 'plan', service: 'admin' },
      '`service`: "admin" is not a service of .github/deploy-orchestrator.yml; one of api, worker, web, or all'
    ],
    [{ mode: 'deploy', service: 'admin' }, 'one of api, worker, web'],
    [{ mode: 'plan', service: ',' }, '`service`: "," names no service']
  ])('refuses %j with a clear message', (inputs, message) => {
    expect(problemsOf(() => settingsFor(THREE, inputs)).join('\n')).toContain(message)
  })

  it('refuses `service` in a repository without services', () => {
    expect(problemsOf(() => settingsFor('deploy-command: x\n', { service: 'api' })).join('\n')).toContain(
      '`service`: "api" names a service, but .github/deploy-orchestrator.yml declares no `services:`'
    )
    // And the single entry point refuses a selection of several.
    expect(() =>
      parseSettings({
        inputs: (name) => ({ mode: 'plan', service: 'all' })[name],
        env: {},
        configFile: parseConfigFile(THREE, 'x.yml'),
        cwd: '/work'
      })
    ).toThrow(SettingsError)
  })

  it('says a problem every service shares once', () => {
    const problems = problemsOf(() => settingsFor(THREE, { mode: 'status', 'health-retries': '0' }))
    expect(problems).toEqual([expect.stringMatching(/^`health-retries`: .* \(every service\)$/)])
  })

  it('without `services:` nothing changes', () => {
    const run = settingsFor('deploy-command: x\n')
    expect(run.kind).toBe('one')
    expect((run.settings as Settings).service).toBeUndefined()
    expect((run.settings as Settings).state.file).toBe('.deploy-state/production.json')
  })
})

describe('precedence: input > services.<name>.environments.<env> > services.<name> > environments.<env> > top level', () => {
  const yaml = `
deploy-command: ./deploy.sh
health-retries: 1
health-timeout-seconds: 11
command-timeout-seconds: 100
keep-versions: 7
environments:
  staging:
    health-retries: 2
    health-timeout-seconds: 12
    command-timeout-seconds: 200
services:
  api:
    path: api
    health-retries: 3
    health-timeout-seconds: 13
    environments:
      staging:
        health-retries: 4
  web:
    path: web
`
  const one = (inputs: Record<string, string>) => settingsFor(yaml, inputs).settings as Settings

  it('takes each value from the strongest place that sets it', () => {
    const api = one({ service: 'api', environment: 'staging' })
    expect(api.health.retries).toBe(4) // services.api.environments.staging
    expect(api.health.timeoutMs).toBe(13_000) // services.api, over environments.staging
    expect(api.commands.timeoutSeconds).toBe(200) // environments.staging, over the top level
    expect(api.state.keepVersions).toBe(7) // the top level
    expect(one({ service: 'api', environment: 'staging', 'health-retries': '9' }).health.retries).toBe(9) // input
    expect(one({ service: 'api' }).health.retries).toBe(3)
    expect(one({ service: 'web', environment: 'staging' }).health.retries).toBe(2)
    expect(one({ service: 'web' }).health.retries).toBe(1)
  })
})

describe('a service’s changes', () => {
  const rules: PathRule[] = [parsePathRule('migrations/** => restart', 'user') as PathRule, ...defaultPathRules()]
  const diff = [
    'Dockerfile',
    'api/Dockerfile',
    'api/src/server.js',
    'api/migrations/002.sql',
    'api/README.md',
    'apis/other.js',
    'libs/common/greeting.js',
    'libs/common/Dockerfile',
    'libs/other/x.js',
    'migrations/root.sql',
    'web/index.html'
  ]

  it('classifies a file under `path` against its path inside it, a watched file against its repository path', () => {
    const changes = serviceChanges(diff, { path: 'api', watch: ['libs/common/**'] }, rules)
    expect(Object.fromEntries(changes.map((c) => [c.path, c.impact]))).toEqual({
      'api/Dockerfile': 'rebuild', // `Dockerfile => rebuild`: the service's own Dockerfile
      'api/src/server.js': 'redeploy',
      'api/migrations/002.sql': 'restart', // the service's rule, inside its folder
      'api/README.md': 'ignore',
      'libs/common/greeting.js': 'redeploy',
      'libs/common/Dockerfile': 'rebuild' // `**/Dockerfile`, against the repository path
    })
    // The root Dockerfile, a folder that only starts like the service's, other libraries, the root
    // migrations and another service: none of them the service's business.
  })

  it('a watch entry without glob characters is a folder (or a file)', () => {
    const changes = serviceChanges(diff, { path: 'web', watch: ['libs/other', 'Dockerfile'] }, defaultPathRules())
    expect(changes.map((c) => c.path)).toEqual(['web/index.html', 'libs/other/x.js', 'Dockerfile'])
  })

  it('a glob with no fixed prefix looks at every file, a file is listed once however many globs match it', () => {
    const changes = serviceChanges(diff, { path: 'web', watch: ['**/*.sql', 'api/migrations/**'] }, [])
    expect(changes.map((c) => c.path).sort()).toEqual([
      'api/migrations/002.sql',
      'migrations/root.sql',
      'web/index.html'
    ])
  })

  it('`path: .` is the whole repository', () => {
    expect(serviceChanges(diff, { path: '', watch: [] }, defaultPathRules())).toHaveLength(diff.length)
  })
})

describe('the matrix outputs', () => {
  const plan = (operation: Plan['operation'], requiresApproval = false) =>
    ({ operation, requires_approval: requiresApproval, version: 'v' }) as Plan
  const service = (name: string, wave: 1 | 2 | 3) => ({ name, path: name, watch: [], wave })

  it('lists the services with something to do, one wave per matrix-N, and every plan', () => {
    const outputs = matrixOutputs([
      { service: service('api', 1), plan: plan('rebuild', true) },
      { service: service('worker', 2), plan: plan('none') },
      { service: service('web', 2), plan: plan('redeploy') }
    ])
    expect(JSON.parse(outputs.matrix!)).toEqual({
      include: [
        { service: 'api', operation: 'rebuild', 'requires-approval': 'true', wave: 1 },
        { service: 'web', operation: 'redeploy', 'requires-approval': 'false', wave: 2 }
      ]
    })
    expect(JSON.parse(outputs['matrix-1']!).include.map((e: { service: string }) => e.service)).toEqual(['api'])
    expect(JSON.parse(outputs['matrix-2']!).include.map((e: { service: string }) => e.service)).toEqual(['web'])
    expect(outputs['matrix-3']).toBe('{"include":[]}')
    expect(Object.keys(JSON.parse(outputs.plans!))).toEqual(['api', 'worker', 'web'])
    expect(matrixOutputs([]).matrix).toBe('{"include":[]}')
  })
})

describe('the JSON Schema', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema/deploy-orchestrator.schema.json'), 'utf8'))
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema)

  it('accepts the example monorepo layout’s config file', () => {
    const document = parse(readFileSync(join(ROOT, EXAMPLE_CONFIG), 'utf8'))
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true)
  })

  it.each([
    ['a service without path', { services: { api: { wave: 1 } } }],
    ['an unknown key in a service', { services: { api: { path: 'api', nope: 1 } } }],
    ['a bad service name', { services: { Api: { path: 'api' } } }],
    ['the reserved name all', { services: { all: { path: 'api' } } }],
    ['wave 4', { services: { api: { path: 'api', wave: 4 } } }],
    ['mode per service', { services: { api: { path: 'api', mode: 'plan' } } }],
    ['an unknown key in a service environment', { services: { api: { path: 'api', environments: { s: { x: 1 } } } } }]
  ])('refuses %s', (_what, document) => {
    expect(validate(document)).toBe(false)
  })
})
