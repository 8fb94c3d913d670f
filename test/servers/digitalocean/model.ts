// The in-memory objects of the App Platform + Domains model (state only; world.ts plays them).

export type JsonObject = Record<string, unknown>

export type Scenario = 'success' | 'buildError' | 'deployError' | 'slow' | 'superseded'
export type Phase =
  | 'UNKNOWN'
  | 'PENDING_BUILD'
  | 'BUILDING'
  | 'PENDING_DEPLOY'
  | 'DEPLOYING'
  | 'ACTIVE'
  | 'SUPERSEDED'
  | 'ERROR'
  | 'CANCELED'
export type StepStatus = 'UNKNOWN' | 'PENDING' | 'RUNNING' | 'ERROR' | 'SUCCESS'
export type DeploymentType =
  | 'MANUAL'
  | 'DEPLOY_ON_PUSH'
  | 'MAINTENANCE'
  | 'MANUAL_ROLLBACK'
  | 'AUTO_ROLLBACK'
  | 'UPDATE_DATABASE_TRUSTED_SOURCES'
  | 'AUTOSCALED'
export type LogType = 'BUILD' | 'DEPLOY' | 'RUN'
export interface Reason {
  code: string
  message: string
}

/** How one deployment will play out. Every field is optional. */
export interface DeploymentPlan {
  scenario?: Scenario
  /** Whether the app answers 200 (true) or 503 (false) on its URL while this deployment is active. */
  healthy?: boolean
  /** Time spent in each phase, ms. */
  phaseMs?: number
  /** Reason on the failing step (buildError / deployError). */
  reason?: Reason
  /** Extra log lines, appended when the matching phase runs (failure lines land before ERROR). */
  logs?: Partial<Record<LogType, string[]>>
}

export const TERMINAL: readonly Phase[] = ['ACTIVE', 'SUPERSEDED', 'ERROR', 'CANCELED']
export const iso = (ms: number): string => new Date(ms).toISOString()

export interface StepModel {
  name: 'build' | 'deploy'
  status: StepStatus
  reason?: Reason
  startedAt?: number
  endedAt?: number
  /** One child step per component (the leaves the step counters count). */
  components: string[]
}

export interface LogLine {
  type: LogType
  component?: string
  at: number
  text: string
}

/** Names of the components of an app spec, in spec order. */
export function componentNames(spec: JsonObject): string[] {
  const names: string[] = []
  for (const kind of ['services', 'static_sites', 'workers', 'jobs', 'functions']) {
    const list = spec[kind]
    if (Array.isArray(list)) for (const c of list) if (typeof c?.name === 'string') names.push(c.name)
  }
  return names
}

/** Components that deploy an image, with their image source. */
export function imageComponents(spec: JsonObject): Array<{ name: string; image: JsonObject }> {
  const out: Array<{ name: string; image: JsonObject }> = []
  for (const kind of ['services', 'static_sites', 'workers', 'jobs', 'functions']) {
    const list = spec[kind]
    if (!Array.isArray(list)) continue
    for (const c of list) {
      if (c && typeof c.image === 'object' && c.image !== null) out.push({ name: String(c.name), image: c.image })
    }
  }
  return out
}

export class DeploymentModel {
  phase: Phase
  updatedAt: number
  phaseLastUpdatedAt: number
  started = false
  readonly steps: StepModel[] = []
  readonly logs: LogLine[] = []
  /** Every phase this deployment went through, with the time it was entered. */
  readonly history: Array<{ phase: Phase; at: number }> = []

  constructor(
    readonly id: string,
    readonly appId: string,
    readonly cause: string,
    readonly type: DeploymentType,
    /** Whether the deployment runs the BUILD steps (force_build, spec update, buildError). */
    readonly build: boolean,
    readonly scenario: Scenario,
    /** Mutable: flip it to make the app's URL answer 200 or 503 while this deployment is active. */
    public healthy: boolean,
    readonly phaseMs: number,
    /** The app spec this deployment runs, exactly as stored. */
    readonly spec: JsonObject,
    readonly createdAt: number,
    readonly plan: DeploymentPlan,
    readonly previousDeploymentId: string | undefined,
    readonly causeAction: string
  ) {
    this.phase = build ? 'PENDING_BUILD' : 'PENDING_DEPLOY'
    this.updatedAt = createdAt
    this.phaseLastUpdatedAt = createdAt
    this.history.push({ phase: this.phase, at: createdAt })
    const components = componentNames(spec)
    if (build) this.steps.push({ name: 'build', status: 'PENDING', components })
    this.steps.push({ name: 'deploy', status: 'PENDING', components })
  }

  get terminal(): boolean {
    return TERMINAL.includes(this.phase)
  }

  /** The digest of the first image component (what the app's URL reports as running). */
  get digest(): string | undefined {
    const img = imageComponents(this.spec)[0]?.image
    return typeof img?.['digest'] === 'string' ? img['digest'] : undefined
  }

  get tag(): string | undefined {
    const img = imageComponents(this.spec)[0]?.image
    return typeof img?.['tag'] === 'string' ? img['tag'] : undefined
  }

  step(name: 'build' | 'deploy'): StepModel | undefined {
    return this.steps.find((s) => s.name === name)
  }

  /** Log text for a type (undefined: all types) and component (undefined: all). */
  logText(type: LogType | undefined, component?: string): string {
    return this.logs
      .filter(
        (l) =>
          (type === undefined || l.type === type) &&
          (component === undefined || l.component === undefined || l.component === component)
      )
      .map((l) => `${l.component ?? String(this.spec['name'])} ${iso(l.at)} ${l.text}\n`)
      .join('')
  }
}

export class AppModel {
  readonly deployments: DeploymentModel[] = [] // oldest first
  activeDeploymentId: string | undefined
  /** Set by a rollback without skip_pin; cleared by commit or revert. */
  pinnedDeploymentId: string | undefined
  /** The deployment that was active when the pinned rollback started (revert returns to it). */
  rollbackFromId: string | undefined
  /** Plans for the next deployments, consumed in order by every deployment this app starts. */
  readonly plans: DeploymentPlan[] = []
  /** Raw body of the last accepted PUT /v2/apps/{id}. */
  lastUpdateBody: string | undefined
  updatedAt: number

  constructor(
    readonly id: string,
    /** The app spec as stored: exactly the JSON value last PUT (unknown fields included). */
    public spec: JsonObject,
    readonly createdAt: number,
    /** Where this app's own HTTP endpoint answers (live_url / default_ingress). */
    readonly url: string,
    /** Defaults for deployments started by PUT, POST deployments and restart. */
    public defaults: DeploymentPlan
  ) {
    this.updatedAt = createdAt
  }

  get name(): string {
    return String(this.spec['name'])
  }

  /** The stored spec as JSON text (what the API answers). */
  get specJson(): string {
    return JSON.stringify(this.spec)
  }

  deployment(id: string): DeploymentModel | undefined {
    return this.deployments.find((d) => d.id === id)
  }

  get activeDeployment(): DeploymentModel | undefined {
    return this.activeDeploymentId ? this.deployment(this.activeDeploymentId) : undefined
  }

  get pinnedDeployment(): DeploymentModel | undefined {
    return this.pinnedDeploymentId ? this.deployment(this.pinnedDeploymentId) : undefined
  }

  /** Started and not finished. */
  get inProgressDeployment(): DeploymentModel | undefined {
    return [...this.deployments].reverse().find((d) => d.started && !d.terminal)
  }

  /** Created and not started yet (the PUT response shows the deployment it started here). */
  get pendingDeployment(): DeploymentModel | undefined {
    return [...this.deployments].reverse().find((d) => !d.started && !d.terminal)
  }

  get latestDeployment(): DeploymentModel | undefined {
    return this.deployments[this.deployments.length - 1]
  }
}

export interface RecordModel {
  id: number
  type: string
  name: string
  data: string
  priority: number | null
  port: number | null
  ttl: number
  weight: number | null
  flags: number | null
  tag: string | null
}

export interface DomainModel {
  name: string
  ttl: number
  records: RecordModel[]
}

export const stripDot = (s: string): string => (s.length > 1 && s.endsWith('.') ? s.slice(0, -1) : s)

export function recordFqdn(domain: string, rec: RecordModel): string {
  return rec.name === '@' ? domain : `${rec.name}.${domain}`
}
