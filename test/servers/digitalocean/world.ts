// The simulation: deployments are played as discrete events. Transitions are scheduled at exact
// times and applied lazily (advance()) whenever the server or a test looks at the state, so no
// timer runs between requests and every timestamp is the time the transition was due.
import { randomUUID } from 'node:crypto'
import {
  AppModel,
  type DeploymentPlan,
  type DeploymentType,
  type DomainModel,
  type JsonObject,
  type LogType,
  type Phase,
  type Reason,
  type RecordModel,
  type StepStatus,
  DeploymentModel,
  componentNames,
  imageComponents,
  stripDot
} from './model.js'

const DEFAULT_REASONS: Record<'build' | 'deploy', Reason> = {
  build: { code: 'BuildJobExitNonZero', message: 'Your build job failed because it returned a non-zero exit code.' },
  deploy: {
    code: 'DeployContainerHealthChecksFailed',
    message: 'Your deploy failed because your container failed its readiness health checks.'
  }
}

const clone = <T>(v: T): T => structuredClone(v)

export interface NewDeployment {
  cause: string
  type: DeploymentType
  build: boolean
  spec: JsonObject
  /** Health when no plan, digest rule or default says otherwise. */
  inheritHealthFrom?: DeploymentModel | undefined
  /** Whether the app's default scenario applies (false for rollbacks and reverts). */
  useAppDefaults: boolean
  /** Whether a plan queued with nextDeployment() is consumed (false for automatic pushes). */
  consumePlan?: boolean
  causeAction: string
}

export interface RollbackCheck {
  valid: boolean
  error?: { code: string; message: string; components?: string[] }
  warnings?: Array<{ code: string; message: string; components?: string[] }>
}

interface SimEvent {
  at: number
  seq: number
  run: () => void
}

export class World {
  readonly apps = new Map<string, AppModel>()
  readonly domains = new Map<string, DomainModel>()
  /** Health by image digest: a deployment whose first image has this digest gets this health. */
  readonly healthByDigest = new Map<string, boolean>()
  private events: SimEvent[] = []
  private seq = 0
  private nextRecordId = 28448429

  constructor(
    readonly now: () => number,
    readonly defaultPhaseMs: number,
    readonly rollbackRevisionLimit: number
  ) {}

  // ---- simulation clock ------------------------------------------------------------------------

  private schedule(at: number, run: () => void): void {
    this.events.push({ at, seq: this.seq++, run })
  }

  /** Applies every transition that is due. Called before each request and each inspection. */
  advance(): void {
    const now = this.now()
    for (;;) {
      let best: SimEvent | undefined
      for (const e of this.events) {
        if (e.at <= now && (!best || e.at < best.at || (e.at === best.at && e.seq < best.seq))) best = e
      }
      if (!best) return
      this.events = this.events.filter((e) => e !== best)
      best.run()
    }
  }

  // ---- apps and deployments --------------------------------------------------------------------

  addApp(id: string, spec: JsonObject, url: string, healthy: boolean, defaults: DeploymentPlan): AppModel {
    const at = this.now()
    const app = new AppModel(id, spec, at, url, defaults)
    this.apps.set(id, app)
    const seed = new DeploymentModel(
      randomUUID(),
      id,
      'initial deployment',
      'MANUAL',
      true,
      'success',
      healthy,
      0,
      clone(spec),
      at,
      {},
      undefined,
      'CREATE_DEPLOYMENT'
    )
    seed.started = true
    for (const step of seed.steps) Object.assign(step, { status: 'SUCCESS', startedAt: at, endedAt: at })
    seed.phase = 'ACTIVE'
    seed.history.push({ phase: 'ACTIVE', at })
    this.log(seed, 'BUILD', 'build complete (seeded deployment)', at)
    this.log(seed, 'DEPLOY', 'deployed (seeded deployment)', at)
    this.log(seed, 'RUN', 'listening (seeded deployment)', at)
    app.deployments.push(seed)
    app.activeDeploymentId = seed.id
    return app
  }

  private log(dep: DeploymentModel, type: LogType, text: string, at: number, perComponent = true): void {
    const comps = componentNames(dep.spec)
    if (perComponent && comps.length > 0) for (const c of comps) dep.logs.push({ type, component: c, at, text })
    else dep.logs.push({ type, at, text })
  }

  private planLogs(dep: DeploymentModel, type: LogType, at: number): void {
    for (const line of dep.plan.logs?.[type] ?? []) dep.logs.push({ type, at, text: line })
  }

  private healthFor(app: AppModel, plan: DeploymentPlan, spec: JsonObject, n: NewDeployment): boolean {
    if (plan.healthy !== undefined) return plan.healthy
    const img = imageComponents(spec)[0]?.image
    const digest = typeof img?.['digest'] === 'string' ? img['digest'] : undefined
    if (digest !== undefined && this.healthByDigest.has(digest)) return this.healthByDigest.get(digest) === true
    if (n.inheritHealthFrom) return n.inheritHealthFrom.healthy
    if (n.useAppDefaults && app.defaults.healthy !== undefined) return app.defaults.healthy
    return true
  }

  /** Starts a deployment now: older unfinished deployments of the app are superseded. */
  createDeployment(app: AppModel, n: NewDeployment, at = this.now()): DeploymentModel {
    const queued = (n.consumePlan === false ? undefined : app.plans.shift()) ?? {}
    const plan: DeploymentPlan = n.useAppDefaults ? { ...app.defaults, ...queued } : queued
    const scenario = plan.scenario ?? 'success'
    const healthy = this.healthFor(app, plan, n.spec, n)
    const build = n.build || scenario === 'buildError'
    for (const old of app.deployments) if (!old.terminal) this.finish(old, 'SUPERSEDED', at)
    const dep = new DeploymentModel(
      randomUUID(),
      app.id,
      n.cause,
      n.type,
      build,
      scenario,
      healthy,
      plan.phaseMs ?? this.defaultPhaseMs,
      clone(n.spec),
      at,
      plan,
      app.activeDeploymentId,
      n.causeAction
    )
    app.deployments.push(dep)
    this.schedule(at + dep.phaseMs, () => this.begin(app, dep, at + dep.phaseMs))
    return dep
  }

  private setPhase(dep: DeploymentModel, phase: Phase, at: number): void {
    dep.phase = phase
    dep.updatedAt = at
    dep.phaseLastUpdatedAt = at
    dep.history.push({ phase, at })
  }

  private runStep(dep: DeploymentModel, name: 'build' | 'deploy', at: number): void {
    const step = dep.step(name)
    if (step) Object.assign(step, { status: 'RUNNING', startedAt: at })
  }

  private endStep(
    dep: DeploymentModel,
    name: 'build' | 'deploy',
    status: StepStatus,
    at: number,
    reason?: Reason
  ): void {
    const step = dep.step(name)
    if (!step) return
    step.status = status
    step.endedAt = at
    if (reason) step.reason = reason
  }

  private next(
    app: AppModel,
    dep: DeploymentModel,
    at: number,
    fn: (app: AppModel, dep: DeploymentModel, at: number) => void
  ): void {
    const when = at + dep.phaseMs
    this.schedule(when, () => {
      if (!dep.terminal) fn(app, dep, when)
    })
  }

  private begin(app: AppModel, dep: DeploymentModel, at: number): void {
    if (dep.terminal) return
    dep.started = true
    if (dep.build) {
      this.setPhase(dep, 'BUILDING', at)
      this.runStep(dep, 'build', at)
      this.log(dep, 'BUILD', 'building image', at)
      this.next(app, dep, at, (a, d, t) => this.afterBuild(a, d, t))
    } else {
      this.startDeploy(app, dep, at)
    }
  }

  private afterBuild(app: AppModel, dep: DeploymentModel, at: number): void {
    if (dep.scenario === 'superseded') return this.supersedeByPush(app, dep, at)
    if (dep.scenario === 'buildError') {
      this.planLogs(dep, 'BUILD', at)
      this.log(dep, 'BUILD', 'error: build failed: exit status 1', at)
      this.endStep(dep, 'build', 'ERROR', at, dep.plan.reason ?? DEFAULT_REASONS.build)
      return this.setPhase(dep, 'ERROR', at)
    }
    this.planLogs(dep, 'BUILD', at)
    this.log(dep, 'BUILD', 'build complete', at)
    this.endStep(dep, 'build', 'SUCCESS', at)
    this.setPhase(dep, 'PENDING_DEPLOY', at)
    this.next(app, dep, at, (a, d, t) => this.startDeploy(a, d, t))
  }

  private startDeploy(app: AppModel, dep: DeploymentModel, at: number): void {
    this.setPhase(dep, 'DEPLOYING', at)
    this.runStep(dep, 'deploy', at)
    this.log(dep, 'DEPLOY', 'deploying', at)
    if (dep.scenario === 'slow') return // never finishes: stays DEPLOYING until canceled or superseded
    this.next(app, dep, at, (a, d, t) =>
      d.scenario === 'superseded' ? this.supersedeByPush(a, d, t) : this.afterDeploy(a, d, t)
    )
  }

  private afterDeploy(app: AppModel, dep: DeploymentModel, at: number): void {
    this.planLogs(dep, 'DEPLOY', at)
    if (dep.scenario === 'deployError') {
      this.log(dep, 'DEPLOY', 'readiness probe failed: HTTP probe failed with statuscode: 503', at)
      this.endStep(dep, 'deploy', 'ERROR', at, dep.plan.reason ?? DEFAULT_REASONS.deploy)
      return this.setPhase(dep, 'ERROR', at)
    }
    this.log(dep, 'DEPLOY', 'deployment is live', at)
    this.endStep(dep, 'deploy', 'SUCCESS', at)
    const previous = app.activeDeployment
    if (previous && previous !== dep) this.setPhase(previous, 'SUPERSEDED', at)
    app.activeDeploymentId = dep.id
    this.setPhase(dep, 'ACTIVE', at)
    this.planLogs(dep, 'RUN', at)
    this.log(dep, 'RUN', `listening (${dep.healthy ? 'healthy' : 'unhealthy'})`, at)
  }

  /** `superseded` scenario: a push arrives and its deployment takes over. */
  private supersedeByPush(app: AppModel, dep: DeploymentModel, at: number): void {
    this.createDeployment(
      app,
      {
        cause: 'commit 9a4df0b pushed to github/example/app',
        type: 'DEPLOY_ON_PUSH',
        build: true,
        spec: app.spec,
        useAppDefaults: false,
        consumePlan: false,
        causeAction: 'DEPLOY_ON_PUSH'
      },
      at
    )
  }

  /** Ends an unfinished deployment (cancel or supersede): its running step fails. */
  finish(dep: DeploymentModel, phase: 'CANCELED' | 'SUPERSEDED', at = this.now()): void {
    for (const step of dep.steps) {
      if (step.status === 'RUNNING') {
        step.status = 'ERROR'
        step.endedAt = at
        step.reason =
          phase === 'CANCELED'
            ? { code: 'DeploymentCanceled', message: 'The deployment was canceled.' }
            : { code: 'DeploymentSuperseded', message: 'A newer deployment superseded this one.' }
      }
    }
    this.setPhase(dep, phase, at)
  }

  // ---- rollback --------------------------------------------------------------------------------

  validateRollback(app: AppModel, target: DeploymentModel): RollbackCheck {
    const warnings: NonNullable<RollbackCheck['warnings']> = []
    const missing = imageComponents(target.spec)
      .filter((c) => typeof c.image['digest'] !== 'string')
      .map((c) => c.name)
    if (missing.length > 0) {
      warnings.push({
        code: 'image_source_missing_digest',
        components: missing,
        message:
          'one or more components are missing an image digest and are not guaranteed rollback to the old version.'
      })
    }
    const sites = Array.isArray(target.spec['static_sites'])
      ? (target.spec['static_sites'] as JsonObject[]).map((s) => String(s['name']))
      : []
    if (sites.length > 0) {
      warnings.push({
        code: 'static_site_requires_rebuild',
        components: sites,
        message: 'static sites are rebuilt on rollback.'
      })
    }
    const fail = (code: string, message: string): RollbackCheck => ({
      valid: false,
      error: { code, message },
      ...(warnings.length ? { warnings } : {})
    })
    if (app.pinnedDeploymentId) {
      return fail(
        'app_pinned',
        `app is pinned to deployment ${app.pinnedDeploymentId} by a rollback; commit or revert it first`
      )
    }
    if (target.phase === 'ERROR' || target.phase === 'CANCELED') {
      const result = target.phase === 'ERROR' ? 'failed' : 'canceled'
      return fail('incompatible_result', `deployment result "${result}" is unsuitable for rollback`)
    }
    if (target.phase !== 'ACTIVE' && target.phase !== 'SUPERSEDED') {
      return fail('incompatible_phase', `deployment phase "${target.phase}" is unsuitable for rollback`)
    }
    const newer = app.deployments.filter(
      (d) => d.createdAt > target.createdAt && (d.phase === 'ACTIVE' || d.phase === 'SUPERSEDED')
    ).length
    if (newer > this.rollbackRevisionLimit) {
      return fail('exceeded_revision_limit', `deployment is more than ${this.rollbackRevisionLimit} revisions old`)
    }
    if (
      target.spec['region'] !== undefined &&
      app.spec['region'] !== undefined &&
      target.spec['region'] !== app.spec['region']
    ) {
      return fail('region_conflict', 'the target deployment ran in another region')
    }
    if (JSON.stringify(target.spec['databases'] ?? null) !== JSON.stringify(app.spec['databases'] ?? null)) {
      return fail('database_config_conflict', 'database configuration changed since the target deployment')
    }
    return { valid: true, ...(warnings.length ? { warnings } : {}) }
  }

  // ---- domains ---------------------------------------------------------------------------------

  addDomain(name: string, seeds: Array<Partial<RecordModel> & { type: string }>): DomainModel {
    const domain: DomainModel = { name, ttl: 1800, records: [] }
    for (const s of seeds) this.addRecord(domain, s)
    this.domains.set(name, domain)
    return domain
  }

  addRecord(domain: DomainModel, s: Partial<RecordModel> & { type: string }): RecordModel {
    const rec: RecordModel = {
      id: s.id ?? this.nextRecordId++,
      type: s.type,
      name: s.name ?? '@',
      data: stripDot(s.data ?? ''),
      priority: s.priority ?? null,
      port: s.port ?? null,
      ttl: s.ttl ?? 1800,
      weight: s.weight ?? null,
      flags: s.flags ?? null,
      tag: s.tag ?? null
    }
    domain.records.push(rec)
    return rec
  }
}
