import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import {
  INPUTS,
  METRICS_EMPTY,
  MODES,
  OPERATION_OVERRIDES,
  PLATFORMS,
  STATE_STORES,
  STRATEGIES,
  inputDefinition
} from './inputs.js'
import { type PathRule, defaultPathRules, parsePathRule } from './rules.js'
import { type ConfigFileValues, configFileValue } from './config-values.js'
import { SettingsError } from './errors.js'
// The pure line parser only: the Prometheus client loads with `metrics-url` (services.ts).
import { type MetricCheck, parseMetricChecks } from '../verify/metric-checks.js'

export { SettingsError }

export type Mode = (typeof MODES)[number]
export type OperationOverride = (typeof OPERATION_OVERRIDES)[number]
export type Strategy = (typeof STRATEGIES)[number]
export type PlatformName = (typeof PLATFORMS)[number]
export type StateStoreKind = (typeof STATE_STORES)[number]
/** What a plan runs. */
export const OPERATIONS = ['none', 'start', 'redeploy', 'rebuild', 'restart', 'rollback'] as const
export type Operation = (typeof OPERATIONS)[number]

export interface ConfigRepoSpec {
  name: string
  /** `git`: any URL or path `git ls-remote` understands; `github`: owner/repo through the API. */
  kind: 'git' | 'github'
  url: string
  ref?: string
  /** The environment variable that carries the commit to commands. */
  envName: string
}

/** One service of a repository that declares `services:` in its config file. */
export interface ServiceSpec {
  name: string
  /** Repository-relative folder ('' for the whole repository). */
  path: string
  /** Repository-relative globs outside `path` that concern the service too. */
  watch: string[]
  wave: 1 | 2 | 3
}

export interface Settings {
  mode: Mode
  /** The service this run is about (config file `services:`); undefined for a one-service repository. */
  service?: ServiceSpec
  operation: OperationOverride
  strategy: Strategy
  platform: PlatformName
  environment: string
  configFile?: string
  planJson?: string
  version?: string
  image?: string
  imageDigest?: string
  pathRules: PathRule[]
  configRepos: ConfigRepoSpec[]
  configReposToken?: string
  state: { store: StateStoreKind; file: string; releaseTag: string; keepVersions: number }
  health: {
    urls: string[]
    path?: string
    expectedStatus: number[]
    bodyMatch?: RegExp
    timeoutMs: number
    retries: number
    intervalMs: number
    /** After the live checks pass, keep checking this long (0: no bake). */
    bakeSeconds: number
  }
  /** Metric checks against a Prometheus-compatible API, once traffic moved to the new version. */
  metrics: {
    url?: string
    tokenEnv: string
    token?: string
    checks: MetricCheck[]
    empty: (typeof METRICS_EMPTY)[number]
  }
  rollback: { auto: boolean; maxSeconds: number; to?: string }
  canarySteps: number[]
  commands: {
    deploy?: string
    build?: string
    restart?: string
    start?: string
    status?: string
    rollback?: string
    switch?: string
    verify?: string
    timeoutSeconds: number
  }
  github: {
    token?: string
    apiUrl: string
    serverUrl: string
    repository?: string
    runId?: string
    runAttempt?: string
    sha?: string
    approvalEnvironment?: string
    approvalRequiredFor: Operation[]
    validationRunId?: string
    validationWorkflow?: string
    requireValidation: boolean
    /** Check runs or commit statuses that must have passed on the commit (`required-checks`). */
    requiredChecks: string[]
    requiredChecksWaitSeconds: number
    /** What the required checks gate: `deploy` (mode deploy), `rollback` (mode rollback). */
    requiredChecksFor: Array<'deploy' | 'rollback'>
    deployments: boolean
    environmentUrl?: string
  }
  digitalocean: {
    token?: string
    appId?: string
    greenAppId?: string
    components: string[]
    apiUrl: string
    dnsDomain?: string
    dnsRecord?: string
    deployTimeoutSeconds: number
  }
  kubernetes: KubernetesSettings
  database: { migrations?: string; urlEnv: string; url?: string }
  hardening: {
    agentbenchUrl?: string
    tokenEnv: string
    token?: string
    emitDpo: boolean
    pairsFile?: string
    notifyWebhookUrl?: string
    notifyOnSuccess: boolean
    pageWebhookUrl?: string
  }
  runtime: {
    inActions: boolean
    workspace: string
    /** CLI `--approve`: the person at the terminal answered yes in advance. */
    approve: boolean
    interactive: boolean
  }
  /** Every secret and every value derived from one: masked before anything is logged. */
  secrets: string[]
}

export interface KubernetesSettings {
  /** The kubeconfig's content (the `kubeconfig` input). */
  kubeconfig?: string
  /** Where a kubeconfig is looked for without the input: `KUBECONFIG`'s files, then `~/.kube/config`. */
  kubeconfigPaths: string[]
  homeKubeconfig?: string
  /** In a pod: the API server the service account reaches (`KUBERNETES_SERVICE_HOST`). */
  inCluster: boolean
  context?: string
  /** Undefined: the context's namespace, else `default`. */
  namespace?: string
  deployment?: string
  container?: string
  manifests: string[]
  service?: string
  route?: string
  kubectlVersion?: string
  kubectlDownloadUrl: string
  /** Where `kubectl` is cached across runs (the runner's tool cache) and downloaded to. */
  toolCache: string
  tempDir: string
  deployTimeoutSeconds: number
}

/** Where raw values come from: action inputs (`INPUT_*`) or CLI flags. Empty means unset. */
export type InputSource = (name: string) => string | undefined

export interface SettingsContext {
  inputs: InputSource
  env: NodeJS.ProcessEnv
  configFile?: ConfigFileValues
  cwd: string
  approve?: boolean
  interactive?: boolean
}

/**
 * What one invocation runs: one run (a repository of one service, or the one service `service`
 * names), or one run per service (`service: all` or a list, in `mode: plan` and `mode: status`),
 * each with its own settings.
 */
export type RunSettings = { kind: 'one'; settings: Settings } | { kind: 'services'; settings: Settings[] }

export function parseRunSettings(context: SettingsContext): RunSettings {
  const selection = selectServices(context)
  if (!selection.many) return { kind: 'one', settings: parseOne(context, selection.names[0]) }
  const settings: Settings[] = []
  // A problem every service shares is said once, with the services it concerns.
  const problems = new Map<string, string[]>()
  for (const name of selection.names) {
    try {
      settings.push(parseOne(context, name))
    } catch (error) {
      if (!(error instanceof SettingsError)) throw error
      for (const problem of error.problems) problems.set(problem, [...(problems.get(problem) ?? []), name])
    }
  }
  if (problems.size > 0)
    throw new SettingsError(
      [...problems].map(
        ([problem, names]) =>
          `${problem} (${names.length === selection.names.length ? 'every service' : `service${names.length === 1 ? '' : 's'} ${names.join(', ')}`})`
      )
    )
  return { kind: 'services', settings }
}

/** The settings of one run; refuses a `service` input that selects several services. */
export function parseSettings(context: SettingsContext): Settings {
  const run = parseRunSettings(context)
  if (run.kind === 'services')
    throw new SettingsError([
      `\`service\`: selects ${run.settings.length} services; this entry point runs one (name one service)`
    ])
  return run.settings
}

/**
 * Which services the run is about. No `services:` in the config file: none (the repository is one
 * service). With them, `service` names one, `all` or a comma list several; without `service`, plan
 * and status take every service, and a deploy or a rollback must name its one.
 */
function selectServices(context: SettingsContext): { names: string[]; many: boolean } {
  const declared = context.configFile?.services
  const given = nonEmpty(context.inputs('service'))?.trim()
  const file = context.configFile?.path ?? '.github/deploy-orchestrator.yml'
  if (!declared) {
    if (given === undefined) return { names: [], many: false }
    throw new SettingsError([
      `\`service\`: "${given}" names a service, but ${context.configFile ? `${file} declares` : 'there is no config file, so there are'} no \`services:\`; declare them there (see the README's "Many services"), or remove the input`
    ])
  }
  const names = Object.keys(declared)
  const environment = rawValue(context, 'environment') ?? 'production'
  const mode = rawValue(context, 'mode', environment) ?? 'deploy'
  const several = mode === 'plan' || mode === 'status'
  if (given === undefined) {
    if (several) return { names, many: true }
    throw new SettingsError([
      `\`service\`: ${file} declares ${names.length} service${names.length === 1 ? '' : 's'} (${names.join(', ')}); name the one to ${mode} (e.g. \`service: ${names[0]}\`)`
    ])
  }
  const requested =
    given === 'all'
      ? names
      : [
          ...new Set(
            given
              .split(',')
              .map((name) => name.trim())
              .filter((name) => name !== '')
          )
        ]
  const unknown = requested.filter((name) => !Object.hasOwn(declared, name))
  const problems = unknown.map(
    (name) =>
      `\`service\`: "${name}" is not a service of ${file}; one of ${names.join(', ')}${several ? ', or all (or a comma list)' : ''}`
  )
  if (requested.length === 0) problems.push(`\`service\`: "${given}" names no service; one of ${names.join(', ')}`)
  const many = given === 'all' || requested.length > 1
  if (many && !several)
    problems.push(
      `\`service\`: "${given}" selects several services, which \`mode: plan\` and \`mode: status\` take; a ${mode} is about one service (the reusable workflow runs one job per service)`
    )
  if (problems.length > 0) throw new SettingsError(problems)
  return { names: requested, many }
}

/**
 * The only reader of inputs and environment. Collects every problem before failing, so a user
 * fixes their workflow once, not once per input.
 */
function parseOne(context: SettingsContext, serviceName: string | undefined): Settings {
  const problems: string[] = []
  const { env } = context
  const environmentName = rawValue(context, 'environment') ?? 'production'
  const declared = serviceName ? context.configFile?.services?.[serviceName] : undefined
  const service: ServiceSpec | undefined =
    serviceName && declared
      ? { name: serviceName, path: declared.path, watch: declared.watch, wave: declared.wave }
      : undefined

  const raw = (name: string): string | undefined => rawValue(context, name, environmentName, serviceName)
  const problem = (name: string, message: string): void => {
    problems.push(`\`${name}\`: ${message}`)
  }

  const choice = <T extends string>(name: string, values: readonly T[], fallback: T): T => {
    let value = raw(name)
    if (value === undefined) return fallback
    if (name === 'strategy' && value === 'blue_green') value = 'blue-green'
    if (!(values as readonly string[]).includes(value)) {
      problem(name, `"${value}" is not one of ${values.join(', ')}`)
      return fallback
    }
    return value as T
  }
  const integer = (name: string, min: number, max: number): number => {
    const fallback = Number(inputDefinition(name).default)
    const value = raw(name)
    if (value === undefined) return fallback
    const parsed = z.coerce.number().int().min(min).max(max).safeParse(value.trim())
    if (!parsed.success || value.trim() === '') {
      problem(name, `must be a whole number from ${min} to ${max}, got "${value}"`)
      return fallback
    }
    return parsed.data
  }
  const boolean = (name: string, fallback: boolean): boolean => {
    const value = raw(name)
    if (value === undefined) return fallback
    const normalized = value.trim().toLowerCase()
    if (['true', 'yes', '1', 'on'].includes(normalized)) return true
    if (['false', 'no', '0', 'off'].includes(normalized)) return false
    problem(name, `must be true or false, got "${value}"`)
    return fallback
  }
  const lines = (name: string): string[] =>
    (raw(name) ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'))
  const url = (name: string, value: string | undefined): string | undefined => {
    if (value === undefined) return undefined
    const parsed = z.url({ protocol: /^https?$/ }).safeParse(value)
    if (!parsed.success) {
      problem(name, `"${redactUrl(value)}" is not an http(s) URL`)
      return undefined
    }
    return value
  }
  const commaList = (name: string): string[] =>
    (raw(name) ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '')

  const inActions = env.GITHUB_ACTIONS === 'true'
  const mode = choice('mode', MODES, 'deploy')
  const operation = choice('operation', OPERATION_OVERRIDES, 'auto')
  const strategy = choice('strategy', STRATEGIES, 'rolling')
  const platform = choice('platform', PLATFORMS, 'command')
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(environmentName)) {
    problem('environment', `"${environmentName}" must be 1-64 letters, digits, ".", "_" or "-"`)
  }

  // Path rules: the user's first, then the defaults; first match wins.
  const pathRules: PathRule[] = []
  for (const line of lines('path-rules')) {
    const rule = parsePathRule(line, 'user')
    if (typeof rule === 'string') problem('path-rules', `${rule} (one rule per line, e.g. "infra/** => rebuild")`)
    else pathRules.push(rule)
  }
  pathRules.push(...defaultPathRules())

  const configRepos: ConfigRepoSpec[] = []
  for (const line of lines('config-repos')) {
    const repo = parseConfigRepo(line)
    if (typeof repo === 'string') problem('config-repos', repo)
    else if (configRepos.some((other) => other.envName === repo.envName)) {
      problem('config-repos', `two repositories are named "${repo.name}"; names must be unique`)
    } else configRepos.push(repo)
  }

  const expectedStatus: number[] = []
  for (const item of (raw('health-expected-status') ?? '200').split(',')) {
    const code = Number(item.trim())
    if (!Number.isInteger(code) || code < 100 || code > 599) {
      problem('health-expected-status', `"${item.trim()}" is not an HTTP status code (100-599)`)
    } else expectedStatus.push(code)
  }
  let bodyMatch: RegExp | undefined
  const bodyPattern = raw('health-body-match')
  if (bodyPattern !== undefined) {
    try {
      bodyMatch = new RegExp(bodyPattern)
    } catch (error) {
      problem('health-body-match', `is not a valid regular expression: ${(error as Error).message}`)
    }
  }
  const healthUrls: string[] = []
  for (const line of lines('health-urls')) {
    // `{color}` is filled in at check time; validate the URL with a colour in place.
    if (url('health-urls', line.replaceAll('{color}', 'blue')) !== undefined) healthUrls.push(line)
  }
  const healthPath = raw('health-path')
  if (healthPath !== undefined && !healthPath.startsWith('/')) {
    problem('health-path', `"${healthPath}" must start with "/"`)
  }

  const metricsTokenEnv = raw('metrics-token-env') ?? 'METRICS_TOKEN'
  const metricsToken = nonEmpty(env[metricsTokenEnv])
  if (raw('metrics-token-env') !== undefined && metricsToken === undefined) {
    problem(
      'metrics-token-env',
      `the environment variable ${metricsTokenEnv} holds no token; pass it from a secret through env:, or leave metrics-token-env out`
    )
  }
  const metricChecks = parseMetricChecks(lines('metrics-checks'))
  for (const message of metricChecks.problems) problem('metrics-checks', message)
  const metricsUrl = raw('metrics-url')
  if (metricsUrl !== undefined && metricChecks.checks.length === 0 && metricChecks.problems.length === 0) {
    problem(
      'metrics-checks',
      "`metrics-url` is set but no check is; add one a line, e.g. errors: sum(rate(http_requests_total{code=~'5..'}[1m])) < 1"
    )
  }
  if (metricsUrl === undefined && lines('metrics-checks').length > 0) {
    problem('metrics-url', '`metrics-checks` need the Prometheus API they query (e.g. http://prometheus:9090)')
  }

  const canarySteps: number[] = []
  for (const item of (raw('canary-steps') ?? '10,50,100').split(',')) {
    const weight = Number(item.trim())
    const previous = canarySteps.at(-1) ?? 0
    if (!Number.isInteger(weight) || weight < 1 || weight > 100 || weight <= previous) {
      problem('canary-steps', `"${item.trim()}" must be a whole percentage from 1 to 100, rising`)
    } else canarySteps.push(weight)
  }
  if (canarySteps.length > 0 && canarySteps.at(-1) !== 100) {
    problem('canary-steps', 'the last step must be 100, so the new version ends up with all traffic')
  }

  const approvalRequiredFor: Operation[] = []
  for (const item of commaList('approval-required-for').length > 0
    ? commaList('approval-required-for')
    : ['rebuild', 'restart']) {
    if (!['start', 'redeploy', 'rebuild', 'restart', 'rollback'].includes(item)) {
      problem('approval-required-for', `"${item}" is not one of start, redeploy, rebuild, restart, rollback`)
    } else approvalRequiredFor.push(item as Operation)
  }

  const validationRunId = raw('validation-run-id')
  if (validationRunId !== undefined && !/^\d+$/.test(validationRunId)) {
    problem('validation-run-id', `"${validationRunId}" must be a workflow run id (digits)`)
  }
  const validationWorkflow = raw('validation-workflow')

  // One a line when there are several lines (a check name may hold a comma), else a comma list.
  const checksText = (raw('required-checks') ?? '').trim()
  const requiredChecks = [
    ...new Set(
      checksText
        .split(checksText.includes('\n') ? /\r?\n/ : ',')
        .map((name) => name.trim())
        .filter((name) => name !== '' && !name.startsWith('#'))
    )
  ]
  const requiredChecksFor: Array<'deploy' | 'rollback'> = []
  for (const item of commaList('required-checks-for').length > 0 ? commaList('required-checks-for') : ['deploy']) {
    if (item !== 'deploy' && item !== 'rollback')
      problem('required-checks-for', `"${item}" is not one of deploy, rollback`)
    else if (!requiredChecksFor.includes(item)) requiredChecksFor.push(item)
  }

  const storeDefault: StateStoreKind = inActions ? 'release' : 'file'
  const state = {
    store: choice('state-store', STATE_STORES, storeDefault),
    file: raw('state-file') ?? `.deploy-state/${environmentName}${service ? `.${service.name}` : ''}.json`,
    releaseTag: raw('state-release-tag') ?? 'deploy-orchestrator-state',
    keepVersions: integer('keep-versions', 1, 100)
  }

  const databaseUrlEnv = raw('database-url-env') ?? 'DATABASE_URL'
  const databaseUrl = nonEmpty(env[databaseUrlEnv])
  const agentbenchTokenEnv = raw('agentbench-token-env') ?? 'AGENTBENCH_TOKEN'
  const migrations = raw('migrations')
  if (migrations !== undefined && databaseUrl === undefined) {
    problem(
      'migrations',
      `migrations are set but the environment variable ${databaseUrlEnv} (input \`database-url-env\`) holds no connection string; pass it from a secret through env:`
    )
  }

  const deployTimeoutSeconds = integer('deploy-timeout-seconds', 10, 86_400)
  const settings: Settings = {
    mode,
    ...(service ? { service } : {}),
    operation,
    strategy,
    platform,
    environment: environmentName,
    configFile: context.configFile?.path,
    planJson: raw('plan'),
    version: raw('version'),
    image: raw('image'),
    imageDigest: raw('image-digest'),
    pathRules,
    configRepos,
    configReposToken: raw('config-repos-token'),
    state,
    health: {
      urls: healthUrls,
      path: healthPath,
      expectedStatus,
      bodyMatch,
      timeoutMs: integer('health-timeout-seconds', 1, 600) * 1000,
      retries: integer('health-retries', 1, 100),
      intervalMs: integer('health-interval-seconds', 0, 3600) * 1000,
      bakeSeconds: integer('bake-seconds', 0, 86_400)
    },
    metrics: {
      url: url('metrics-url', metricsUrl),
      tokenEnv: metricsTokenEnv,
      token: metricsToken,
      checks: metricChecks.checks,
      empty: choice('metrics-empty', METRICS_EMPTY, 'fail')
    },
    rollback: {
      auto: boolean('auto-rollback', true),
      maxSeconds: integer('max-rollback-seconds', 1, 3600),
      to: raw('rollback-to')
    },
    canarySteps,
    commands: {
      deploy: raw('deploy-command'),
      build: raw('build-command'),
      restart: raw('restart-command'),
      start: raw('start-command'),
      status: raw('status-command'),
      rollback: raw('rollback-command'),
      switch: raw('switch-command'),
      verify: raw('verify-command'),
      timeoutSeconds: integer('command-timeout-seconds', 1, 86_400)
    },
    github: {
      token: raw('github-token') ?? nonEmpty(inActions ? undefined : env.GITHUB_TOKEN),
      apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
      serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
      repository: nonEmpty(env.GITHUB_REPOSITORY),
      runId: nonEmpty(env.GITHUB_RUN_ID),
      runAttempt: nonEmpty(env.GITHUB_RUN_ATTEMPT),
      sha: nonEmpty(env.GITHUB_SHA),
      approvalEnvironment: raw('approval-environment'),
      approvalRequiredFor,
      validationRunId,
      validationWorkflow,
      requireValidation: boolean(
        'require-validation',
        validationRunId !== undefined || validationWorkflow !== undefined
      ),
      requiredChecks,
      requiredChecksWaitSeconds: integer('required-checks-wait-seconds', 0, 21_600),
      requiredChecksFor,
      deployments: boolean('github-deployments', inActions),
      environmentUrl: url('environment-url', raw('environment-url'))
    },
    digitalocean: {
      token: raw('digitalocean-token') ?? nonEmpty(env.DIGITALOCEAN_ACCESS_TOKEN),
      appId: raw('digitalocean-app-id'),
      greenAppId: raw('digitalocean-green-app-id'),
      components: commaList('digitalocean-components'),
      apiUrl: url('digitalocean-api-url', raw('digitalocean-api-url')) ?? 'https://api.digitalocean.com',
      dnsDomain: raw('digitalocean-dns-domain'),
      dnsRecord: raw('digitalocean-dns-record'),
      deployTimeoutSeconds
    },
    kubernetes: parseKubernetes(raw, lines, url, problem, env, deployTimeoutSeconds),
    database: { migrations, urlEnv: databaseUrlEnv, url: databaseUrl },
    hardening: {
      agentbenchUrl: url('agentbench-url', raw('agentbench-url')),
      tokenEnv: agentbenchTokenEnv,
      token: nonEmpty(env[agentbenchTokenEnv]),
      emitDpo: boolean('emit-dpo-on-failure', true),
      pairsFile: raw('dpo-pairs-file'),
      notifyWebhookUrl: url('notify-webhook-url', raw('notify-webhook-url')),
      notifyOnSuccess: boolean('notify-on-success', false),
      pageWebhookUrl: url('page-webhook-url', raw('page-webhook-url'))
    },
    runtime: {
      inActions,
      workspace: env.GITHUB_WORKSPACE ?? context.cwd,
      approve: context.approve ?? false,
      interactive: context.interactive ?? false
    },
    secrets: []
  }
  settings.secrets = collectSecrets(settings)
  problems.push(...crossCheck(settings))
  if (problems.length > 0) throw new SettingsError(problems)
  return settings
}

/** Rules that span inputs: what a mode, strategy or platform needs. */
function crossCheck(settings: Settings): string[] {
  const problems: string[] = []
  const { commands } = settings
  if (settings.platform === 'command' && ['deploy', 'rollback'].includes(settings.mode)) {
    if (!commands.deploy && !(settings.mode === 'rollback' && commands.rollback)) {
      problems.push(
        '`deploy-command`: the command platform needs a deploy command (e.g. "just deploy" or "./deploy.sh")'
      )
    }
    if (settings.strategy !== 'rolling' && !commands.switch) {
      problems.push(
        `\`switch-command\`: strategy ${settings.strategy} needs a command that moves traffic (it gets DEPLOY_COLOR and DEPLOY_WEIGHT)`
      )
    }
  }
  if (settings.strategy === 'blue-green' && settings.health.urls.length > 0 && settings.platform === 'command') {
    if (!settings.health.urls.some((u) => u.includes('{color}'))) {
      problems.push(
        '`health-urls`: blue-green checks the idle colour before traffic moves; put `{color}` in at least one URL (e.g. http://127.0.0.1:8080/{color}/health)'
      )
    }
  }
  if (settings.platform === 'digitalocean' && settings.mode !== 'plan') {
    if (!settings.digitalocean.appId) problems.push('`digitalocean-app-id`: the digitalocean platform needs the app id')
    if (!settings.digitalocean.token)
      problems.push(
        '`digitalocean-token`: no token; pass a secret as `digitalocean-token` or set DIGITALOCEAN_ACCESS_TOKEN'
      )
    if (settings.strategy === 'blue-green' && !settings.digitalocean.greenAppId) {
      problems.push('`digitalocean-green-app-id`: blue-green on DigitalOcean needs a second (green) app')
    }
  }
  if (settings.platform === 'kubernetes') problems.push(...kubernetesCrossCheck(settings))
  if (settings.state.store === 'release' && !settings.github.token) {
    problems.push(
      '`github-token`: the release state store needs a token with contents: write (or use `state-store: file`)'
    )
  }
  if (settings.state.store === 'release' && !settings.github.repository) {
    problems.push(
      '`state-store`: the release store needs GITHUB_REPOSITORY (owner/repo); outside Actions use `state-store: file`'
    )
  }
  // The required checks are read through the API before any change: say so now, not after the plan.
  const { github } = settings
  const gated =
    settings.mode === 'deploy' || (settings.mode === 'rollback' && github.requiredChecksFor.includes('rollback'))
  if (github.requiredChecks.length > 0 && gated) {
    if (!github.token)
      problems.push(
        '`github-token`: `required-checks` reads the commit’s check runs and statuses through the GitHub API; pass a token with `checks: read` and `statuses: read` (in a workflow, the default token with those job permissions; on the command line, set GITHUB_TOKEN)'
      )
    if (!github.repository)
      problems.push(
        '`required-checks`: needs GITHUB_REPOSITORY (owner/repo) to find the checks of the commit; GitHub Actions sets it, on the command line set it yourself'
      )
  }
  const { health } = settings
  if (health.bakeSeconds > 0 && health.intervalMs === 0) {
    problems.push(
      '`health-interval-seconds`: a bake checks every `health-interval-seconds`; set it to 1 or more with `bake-seconds`'
    )
  }
  if (settings.mode === 'plan' && settings.planJson) {
    problems.push('`plan`: a plan is executed by `mode: deploy`; `mode: plan` makes a new one')
  }
  return problems
}

/** A Kubernetes object name: a DNS-1123 label (Services, and the names derived from a Deployment's). */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/

function parseKubernetes(
  raw: (name: string) => string | undefined,
  lines: (name: string) => string[],
  url: (name: string, value: string | undefined) => string | undefined,
  problem: (name: string, message: string) => void,
  env: NodeJS.ProcessEnv,
  deployTimeoutSeconds: number
): KubernetesSettings {
  const name = (input: string, suffix: string): string | undefined => {
    const value = raw(input)?.trim()
    if (value === undefined) return undefined
    // Derived objects (`-preview`, `-canary`, `-green`) must still fit in 63 characters.
    if (!DNS_LABEL.test(value) || value.length + suffix.length > 63) {
      problem(
        input,
        `"${value}" is not a Kubernetes name this platform can use: lowercase letters, digits and "-", at most ${63 - suffix.length} characters (the action adds "${suffix}")`
      )
    }
    return value
  }
  const kubectlVersion = raw('kubectl-version')?.trim()
  if (kubectlVersion !== undefined && !/^(v?\d+\.\d+\.\d+|stable)$/.test(kubectlVersion)) {
    problem('kubectl-version', `"${kubectlVersion}" must be a release such as 1.32.0, or stable`)
  }
  const home = nonEmpty(env.HOME) ?? nonEmpty(env.USERPROFILE)
  return {
    kubeconfig: raw('kubeconfig'),
    kubeconfigPaths: (env.KUBECONFIG ?? '')
      .split(process.platform === 'win32' ? ';' : ':')
      .map((p) => p.trim())
      .filter(Boolean),
    homeKubeconfig: home ? `${home}/.kube/config` : undefined,
    inCluster: Boolean(nonEmpty(env.KUBERNETES_SERVICE_HOST)),
    context: raw('kubernetes-context')?.trim(),
    namespace: name('kubernetes-namespace', ''),
    deployment: name('kubernetes-deployment', '-canary'),
    container: raw('kubernetes-container')?.trim(),
    manifests: lines('kubernetes-manifests'),
    service: name('kubernetes-service', '-preview'),
    route: raw('kubernetes-route')?.trim(),
    kubectlVersion,
    toolCache: nonEmpty(env.RUNNER_TOOL_CACHE) ?? join(home ?? tmpdir(), '.cache', 'deploy-orchestrator', 'tools'),
    tempDir: nonEmpty(env.RUNNER_TEMP) ?? tmpdir(),
    kubectlDownloadUrl: (
      url('kubectl-download-url', raw('kubectl-download-url')) ?? 'https://dl.k8s.io/release'
    ).replace(/\/+$/, ''),
    deployTimeoutSeconds
  }
}

/** What a strategy needs on Kubernetes; plan mode needs nothing (it reads no cluster). */
function kubernetesCrossCheck(settings: Settings): string[] {
  const problems: string[] = []
  const k8s = settings.kubernetes
  if (settings.mode === 'plan') return problems
  if (!k8s.deployment) {
    problems.push(
      '`kubernetes-deployment`: the kubernetes platform needs the name of the Deployment it deploys (blue-green and canary make their own Deployments from it)'
    )
  }
  if (settings.strategy === 'blue-green' && !k8s.service) {
    problems.push(
      '`kubernetes-service`: blue-green switches the selector of the Service that takes the public traffic; name it'
    )
  }
  if (settings.strategy === 'canary' && !k8s.service) {
    problems.push(
      k8s.route
        ? `\`kubernetes-service\`: a canary with the route ${k8s.route} needs the stable Service (the route's backend for the stable version); the action creates \`<service>-canary\` beside it`
        : '`kubernetes-service`: a canary needs the Service that takes the public traffic: with `kubernetes-route` (a Gateway API HTTPRoute) the route splits traffic by weight between that Service and `<service>-canary`; without a route, canary pods join that Service and the split follows the replica count (approximate)'
    )
  }
  return problems
}

function collectSecrets(settings: Settings): string[] {
  const secrets = [
    settings.github.token,
    settings.configReposToken,
    settings.digitalocean.token,
    settings.kubernetes.kubeconfig,
    settings.hardening.token,
    settings.metrics.token,
    settings.hardening.notifyWebhookUrl,
    settings.hardening.pageWebhookUrl
  ]
  // Derived values: the password inside a connection string or URL is a secret of its own.
  for (const value of [settings.database.url, settings.metrics.url, ...settings.configRepos.map((r) => r.url)]) {
    if (!value) continue
    const password = urlPassword(value)
    if (password) secrets.push(password, encodeURIComponent(password))
    if (value === settings.database.url) secrets.push(value)
  }
  if (settings.metrics.url) secrets.push(...basicAuthSecrets(settings.metrics.url))
  if (settings.kubernetes.kubeconfig) secrets.push(...kubeconfigSecrets(settings.kubernetes.kubeconfig))
  if (settings.hardening.notifyWebhookUrl) secrets.push(...urlPathSecrets(settings.hardening.notifyWebhookUrl))
  if (settings.hardening.pageWebhookUrl) secrets.push(...urlPathSecrets(settings.hardening.pageWebhookUrl))
  return [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= 4))]
}

/**
 * A kubeconfig's credentials, found before anything parses it (a log line may quote it first): the
 * values of its token, password and key or certificate data, and the whole text as JSON escapes it.
 */
function kubeconfigSecrets(text: string): string[] {
  const found = [JSON.stringify(text).slice(1, -1)]
  const keys =
    /^\s*-?\s*"?(token|password|client-key-data|client-certificate-data|certificate-authority-data|access-token|id-token|refresh-token|client-secret)"?\s*:\s*["']?([^"'\s#]+)/gm
  for (const match of text.matchAll(keys)) found.push(match[2]!)
  return found
}

function urlPassword(value: string): string | undefined {
  try {
    const parsed = new URL(value)
    const password = decodeURIComponent(parsed.password)
    if (password) return password
    const user = decodeURIComponent(parsed.username)
    // https://TOKEN@host is a common way to put a token in a git URL.
    return user && parsed.protocol.startsWith('http') ? user : undefined
  } catch {
    return undefined
  }
}

/** The Authorization header made from a URL's user and password (the Prometheus client sends it). */
function basicAuthSecrets(value: string): string[] {
  try {
    const parsed = new URL(value)
    if (!parsed.password && !parsed.username) return []
    const pair = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`
    return [Buffer.from(pair).toString('base64')]
  } catch {
    return []
  }
}

/** Webhook URLs carry their secret in the path (Slack: /services/T/B/SECRET). */
function urlPathSecrets(value: string): string[] {
  try {
    const parsed = new URL(value)
    return [parsed.pathname + parsed.search].filter((s) => s.length > 8)
  } catch {
    return []
  }
}

export function redactUrl(value: string): string {
  try {
    const parsed = new URL(value)
    if (parsed.password) parsed.password = '***'
    if (parsed.username && parsed.protocol.startsWith('http')) parsed.username = '***'
    return parsed.toString()
  } catch {
    return value.length > 80 ? `${value.slice(0, 77)}...` : value
  }
}

/** `NAME=URL[@REF]`; an `@` after the last `/` or `:` starts the ref (so `git@host:o/r.git` works). */
export function parseConfigRepo(line: string): ConfigRepoSpec | string {
  const eq = line.indexOf('=')
  if (eq <= 0)
    return `"${line}" is not of the form NAME=URL[@REF] (e.g. master=https://github.com/acme/config.git@main)`
  const name = line.slice(0, eq).trim()
  let target = line.slice(eq + 1).trim()
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(name)) {
    return `"${name}" must start with a letter and hold only letters, digits, "_" or "-"`
  }
  if (target === '') return `"${line}" names no repository after "="`
  let ref: string | undefined
  const at = target.lastIndexOf('@')
  if (at > Math.max(target.lastIndexOf('/'), target.lastIndexOf(':'))) {
    ref = target.slice(at + 1)
    target = target.slice(0, at)
    if (!/^[A-Za-z0-9._/-]+$/.test(ref) || ref.includes('..')) return `"${line}" has an invalid ref "${ref}"`
  }
  const envName = `DEPLOY_CONFIG_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_COMMIT`
  const kind = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/.test(target) ? 'github' : 'git'
  if (target.startsWith('-')) return `"${line}": a repository may not start with "-"`
  return { name, kind, url: target, ref, envName }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value
}

/**
 * An explicit input wins over the config file, where a service's environment section wins over the
 * service, then the environment section, then the top level.
 */
function rawValue(context: SettingsContext, name: string, environment?: string, service?: string): string | undefined {
  const explicit = nonEmpty(context.inputs(name))
  if (explicit !== undefined) return explicit
  if (!context.configFile || inputDefinition(name).secret) return undefined
  return configFileValue(context.configFile, name, environment, service)
}

export const SECRET_INPUTS = INPUTS.filter((input) => input.secret).map((input) => input.name)
