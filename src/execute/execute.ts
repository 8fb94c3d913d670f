import type { Plan } from '../plan/plan.js'
import type { Log } from '../report/log.js'
import type { Settings } from '../settings/settings.js'
import type { DeploymentState, VersionRecord } from '../state/schema.js'
import { short } from '../state/transitions.js'
import { type HealthCheckRecord, type Probe, type ProbeFactory, httpProbe, runHealthChecks } from '../verify/health.js'
import {
  type Color,
  type Diagnosis,
  type Platform,
  type PlatformContext,
  PlatformError,
  otherColor
} from '../platforms/platform.js'
import type { MigrationRecord, Migrator } from './migrator.js'
import { failpoint } from '../util/failpoint.js'

export type ExecutionStatus = 'success' | 'failed' | 'rolled_back' | 'rollback_failed'

export interface StepRecord {
  name: string
  started_at: string
  duration_ms: number
  status: 'success' | 'failed' | 'skipped'
  detail?: string
}

export interface RollbackReport {
  triggered: boolean
  reason?: string
  previous_version?: string
  duration_seconds?: number
  succeeded?: boolean
}

export interface ExecutionOutcome {
  status: ExecutionStatus
  /** Why it failed: the step, and what it saw. */
  reason?: string
  failedStep?: string
  /** Whether the new version ever took traffic. */
  trafficMoved: boolean
  /** On success: the version now current. */
  record?: VersionRecord
  /** The version serving at the end, when it changed (blue-green colour, a rollback). */
  current?: VersionRecord | null
  steps: StepRecord[]
  health: HealthCheckRecord[]
  rollback: RollbackReport
  migrations: MigrationRecord[]
  image?: string
  imageDigest?: string
  url?: string
  /** Facts from the platform for the summary. */
  notes?: string[]
  /** What the platform saw of a failure, read before any rollback. */
  diagnosis?: Diagnosis
}

/** How long a failure's diagnosis may hold up the rollback. */
const DIAGNOSIS_TIMEOUT_MS = 20_000

export interface ExecutionContext {
  settings: Settings
  log: Log
  platform: Platform
  state: DeploymentState | null
  deploymentId: string
  approvedBy?: string
  migrator?: Migrator
  /** Checks beside the HTTP ones (database connectivity), run at every live check. */
  extraProbes?: Probe[]
  /**
   * Checks that judge the new version once it takes traffic (metric queries): at the live checks,
   * every canary step and the bake; never at the candidate check nor for a rollback, whose metrics
   * lag the switch by a scrape interval or more.
   */
  afterTrafficProbes?: ProbeFactory
  /** Called the moment traffic starts moving (for Deployment statuses and benchmarks). */
  now?: () => Date
}

class StepFailure extends Error {
  constructor(
    readonly step: string,
    message: string,
    readonly beforeTraffic: boolean
  ) {
    super(message)
  }
}

/**
 * Runs a plan with its strategy: build, migrations, deploy, traffic, checks; and when the new version
 * fails after traffic moved, the automatic rollback, itself checked. Never throws for a deploy that
 * fails: the outcome says what happened, so the state and the reports can record it.
 */
export async function executePlan(plan: Plan, context: ExecutionContext): Promise<ExecutionOutcome> {
  const run = new Execution(plan, context)
  return run.execute()
}

class Execution {
  private readonly steps: StepRecord[] = []
  private readonly health: HealthCheckRecord[] = []
  private migrations: MigrationRecord[] = []
  private trafficMoved = false
  private image?: string
  private imageDigest?: string
  private url?: string
  private platformData: Record<string, string> = {}
  private readonly notes: string[] = []
  private readonly previous: VersionRecord | null
  private readonly abort = new AbortController()

  constructor(
    private readonly plan: Plan,
    private readonly context: ExecutionContext
  ) {
    this.previous = context.state?.current ?? null
    const { settings } = context
    // A redeploy keeps the image that runs unless a new one is named; a build may name its own.
    this.image = settings.image ?? (plan.operation === 'rebuild' ? undefined : this.previous?.image)
    this.imageDigest =
      settings.imageDigest ?? (plan.operation === 'rebuild' || settings.image ? undefined : this.previous?.image_digest)
  }

  async execute(): Promise<ExecutionOutcome> {
    const { settings, log } = this.context
    let color: Color | undefined
    try {
      if (this.plan.operation === 'rollback') return await this.requestedRollback()
      await this.checkMigrations()
      await this.checkJudges()
      if (this.plan.operation === 'start') {
        await this.step(
          'start',
          async () => {
            const out = await this.context.platform.start(this.platformContext())
            this.absorb(out)
          },
          false
        )
        this.trafficMoved = true
        await this.verifyLive(undefined)
        await this.bake(undefined)
        return this.success(undefined)
      }
      if (this.plan.operation === 'rebuild') {
        await this.step(
          'build',
          async () => {
            const built = await this.context.platform.build(this.platformContext())
            if (built.image) this.image = built.image
            if (built.imageDigest) this.imageDigest = built.imageDigest
            if (built.image || built.imageDigest)
              log.info(`Built ${built.image ?? ''}${built.imageDigest ? ` (${built.imageDigest})` : ''}`)
          },
          true
        )
      }
      switch (settings.strategy) {
        case 'rolling':
          await this.migrate()
          // A rolling deploy changes what serves as it goes: a deploy that fails half-way is after
          // traffic, unless the platform says the new version never went live (PlatformError).
          this.trafficMoved = true
          await this.step(
            'deploy',
            async () => this.absorb(await this.context.platform.deploy(this.platformContext())),
            false
          )
          failpoint('execute-after-deploy')
          if (this.restarts())
            await this.step('restart', () => this.context.platform.restart(this.platformContext()), false)
          await this.verifyLive(undefined)
          break
        case 'blue-green': {
          const live = await this.context.platform.liveColor(this.context.state)
          color = otherColor(live)
          log.info(`Blue-green: ${live} is live, deploying ${short(this.plan.version)} to ${color}`)
          await this.step(
            `deploy to ${color}`,
            async () => this.absorb(await this.context.platform.deploy(this.platformContext({ color }))),
            true
          )
          if (this.restarts())
            await this.step(
              `restart ${color}`,
              () => this.context.platform.restart(this.platformContext({ color })),
              true
            )
          await this.verifyRunning(color, true)
          await this.checkHealth('candidate', color, true)
          await this.migrate()
          this.trafficMoved = true
          await this.step(
            `switch traffic to ${color}`,
            () => this.context.platform.switchTraffic(this.platformContext({ color })),
            false
          )
          await this.checkHealth('live', color, false)
          break
        }
        case 'canary': {
          await this.step(
            'deploy canary',
            async () => this.absorb(await this.context.platform.deploy(this.platformContext({ weight: 0 }))),
            true
          )
          if (this.restarts())
            await this.step(
              'restart canary',
              () => this.context.platform.restart(this.platformContext({ weight: 0 })),
              true
            )
          await this.verifyRunning(undefined, true)
          await this.migrate()
          for (const weight of settings.canarySteps) {
            this.trafficMoved = true
            await this.step(
              `shift ${weight}% of traffic`,
              () => this.context.platform.switchTraffic(this.platformContext({ weight })),
              false
            )
            await this.checkHealth(`canary ${weight}%`, undefined, false)
          }
          const { platform } = this.context
          if (platform.promote) {
            await this.step(
              'promote canary',
              async () => this.absorb(await platform.promote!(this.platformContext())),
              false
            )
            await this.checkHealth('promoted', undefined, false)
          }
          break
        }
      }
      await this.bake(color)
      return this.success(color)
    } catch (error) {
      return this.failure(error, color)
    } finally {
      this.abort.abort()
    }
  }

  /** Rebuilds and restarts restart the service after the deploy (the original agent's sequence). */
  private restarts(): boolean {
    return this.plan.operation === 'restart' || this.plan.operation === 'rebuild'
  }

  private async verifyLive(color: Color | undefined): Promise<void> {
    await this.verifyRunning(color, false)
    await this.checkHealth('live', color, false)
  }

  /** The platform's own word on what runs must match what was deployed (digest, else version). */
  private async verifyRunning(color: Color | undefined, beforeTraffic: boolean): Promise<void> {
    const expected = this.imageDigest ?? this.plan.version
    const started = performance.now()
    const running = await this.context.platform.running(this.platformContext({ color })).catch((error: Error) => {
      throw new StepFailure('verify running version', error.message, beforeTraffic)
    })
    if (running === null) return // the platform cannot tell; the health checks still run
    this.steps.push({
      name: 'verify running version',
      started_at: new Date(Date.now() - (performance.now() - started)).toISOString(),
      duration_ms: Math.round(performance.now() - started),
      status: matchesVersion(running, expected, this.plan.version) ? 'success' : 'failed'
    })
    if (!matchesVersion(running, expected, this.plan.version)) {
      throw new StepFailure(
        'verify running version',
        `the platform runs ${running || '(nothing reported)'} but ${expected} was deployed${this.imageDigest ? ' (a tag like latest may point at another image; deploy by digest)' : ''}`,
        beforeTraffic
      )
    }
    this.context.log.info(`Running version verified: ${running}`)
  }

  /**
   * `bake-seconds` after the live checks passed: every check again, every interval, for that long;
   * one that fails `health-retries` times in a row fails the deploy (after traffic: it rolls back).
   */
  private async bake(color: Color | undefined): Promise<void> {
    const { bakeSeconds } = this.context.settings.health
    if (bakeSeconds > 0) await this.checkHealth('bake', color, false, undefined, bakeSeconds * 1000)
  }

  private async checkHealth(
    stage: string,
    color: Color | undefined,
    beforeTraffic: boolean,
    signal?: AbortSignal,
    bakeMs = 0
  ): Promise<void> {
    // Metrics judge a deploy after traffic moved, not a candidate, nor any rollback (they lag).
    const judged = stage !== 'candidate' && stage !== 'after rollback' && this.plan.operation !== 'rollback'
    const probes = await this.probes(stage === 'candidate' ? 'candidate' : 'live', color, judged)
    if (probes.length === 0) {
      if (stage !== 'candidate' && bakeMs === 0)
        this.context.log.warn(
          'No health checks configured (health-urls or health-path): nothing but the commands verifies this deploy'
        )
      return
    }
    const { settings, log } = this.context
    const name = `health check (${stage})`
    const started = performance.now()
    const startedAt = new Date().toISOString()
    const { retries, intervalMs, timeoutMs } = settings.health
    const endpoints = probes.map((p) => p.endpoint).join(', ')
    log.info(
      bakeMs > 0
        ? `Baking ${bakeMs / 1000} s: checking ${endpoints} every ${intervalMs / 1000} s; ${retries} failure${retries === 1 ? '' : 's'} in a row fail the deploy`
        : `Checking ${endpoints} (${retries} attempts, ${intervalMs / 1000} s apart, ${timeoutMs / 1000} s timeout)`
    )
    const failing = new Set<string>()
    const outcome = await runHealthChecks(probes, settings.health, {
      phase: stage,
      signal: signal ?? this.abort.signal,
      bakeMs,
      onRecord: (r) => {
        // A bake logs what changes (a check failing, then recovering), not every pass.
        if (bakeMs > 0 && r.passed && !failing.delete(r.endpoint)) return
        if (!r.passed) failing.add(r.endpoint)
        log.info(
          `  ${r.passed ? '✓' : '✗'} ${r.endpoint} attempt ${r.attempt}: ${r.status_code || '-'} in ${r.response_time_ms} ms${r.detail ? ` (${r.detail})` : ''}`
        )
      }
    })
    this.health.push(...outcome.records)
    const baked = bakeMs > 0 ? `${outcome.records.length} checks over ${bakeMs / 1000} s` : undefined
    this.steps.push({
      name,
      started_at: startedAt,
      duration_ms: Math.round(performance.now() - started),
      status: outcome.passed ? 'success' : 'failed',
      detail: outcome.failure ?? baked
    })
    if (baked && outcome.passed) log.info(`Bake passed: ${baked}`)
    if (!outcome.passed) throw new StepFailure(name, outcome.failure ?? 'failed', beforeTraffic)
  }

  private async probes(stage: 'candidate' | 'live', color: Color | undefined, judged: boolean): Promise<Probe[]> {
    const { settings, platform } = this.context
    let urls = settings.health.urls
    if (stage === 'candidate') urls = urls.filter((u) => u.includes('{color}'))
    urls = urls.map((u) => u.replaceAll('{color}', color ?? 'blue'))
    if (settings.health.urls.length === 0) urls = await platform.healthUrls({ color, stage })
    const probes = urls.map((url) => httpProbe(url, settings.health))
    if (stage === 'live') probes.push(...(this.context.extraProbes ?? []))
    if (judged && this.context.afterTrafficProbes) {
      probes.push(
        ...this.context.afterTrafficProbes({
          environment: settings.environment,
          version: this.plan.version,
          previousVersion: this.previous?.version,
          color
        })
      )
    }
    return probes
  }

  /**
   * Before anything runs: each check that judges the new version after traffic moves (a metric
   * query) is asked once, so that one that can never pass (a query Prometheus rejects, credentials
   * it refuses) stops the deploy here rather than after the switch, as a rollback. What the answer
   * says is not judged: the new version has no samples yet.
   */
  private async checkJudges(): Promise<void> {
    const factory = this.context.afterTrafficProbes
    if (!factory) return
    const probes = factory({
      environment: this.context.settings.environment,
      version: this.plan.version,
      previousVersion: this.previous?.version
    })
    if (probes.length === 0) return
    await this.step(
      'check metric queries',
      async () => {
        const timeoutMs = this.context.settings.health.timeoutMs
        const problems: string[] = []
        await Promise.all(
          probes.map(async (probe) => {
            await probe.ready?.()
            const answer = await probe
              .attempt(AbortSignal.any([AbortSignal.timeout(timeoutMs), this.abort.signal]))
              .catch((error: Error) => ({ statusCode: 0, passed: false, final: false, detail: error.message }))
            if (!answer.passed && answer.final) problems.push(`${probe.endpoint}: ${answer.detail ?? 'refused'}`)
            else if (!answer.passed && answer.statusCode === 0)
              this.context.log.warn(
                `${probe.endpoint}: ${answer.detail ?? 'no answer'} now; the checks after traffic moves try again`
              )
          })
        )
        if (problems.length > 0) throw new Error(`${problems.join('; ')} (before any change)`)
      },
      true
    )
  }

  /** Before anything runs: an applied migration whose file changed (or no database) stops the deploy here. */
  private async checkMigrations(): Promise<void> {
    const migrator = this.context.migrator
    if (!migrator?.prepare || this.plan.operation === 'start') return
    await this.step('check migrations', () => migrator.prepare!({ log: this.context.log }), true)
  }

  private async migrate(): Promise<void> {
    const migrator = this.context.migrator
    if (!migrator) return
    await this.step(
      'migrations',
      async () => {
        // Recorded as they land, so a failure half-way still knows what to undo.
        await migrator.apply({
          deploymentId: this.context.deploymentId,
          log: this.context.log,
          onApplied: (r) => this.migrations.push(r)
        })
      },
      true
    )
  }

  /** The new version failed. Before traffic: nothing to undo. After: roll back, and check that. */
  private async failure(error: unknown, color: Color | undefined): Promise<ExecutionOutcome> {
    const { log, settings } = this.context
    const failedStep = error instanceof StepFailure ? error.step : 'deploy'
    const reason = error instanceof Error ? error.message : String(error)
    const beforeTraffic =
      error instanceof StepFailure
        ? error.beforeTraffic
        : error instanceof PlatformError
          ? error.beforeTraffic
          : !this.trafficMoved
    log.error(`${failedStep} failed: ${reason}`)
    // What the platform saw is read before a rollback replaces what failed. Moving traffic back
    // (a blue-green switch, a canary's weights) goes first, so traffic is not held on the failing
    // version while the diagnosis reads pods, events and logs: a switch back leaves the failed
    // colour running, and a canary's abort reads them itself before it scales anything down.
    const switchesBack =
      settings.strategy !== 'rolling' &&
      !beforeTraffic &&
      this.trafficMoved &&
      settings.rollback.auto &&
      this.previous !== null
    const diagnosis = switchesBack ? undefined : await this.diagnose()
    const base = {
      reason: `${failedStep}: ${reason}`,
      failedStep,
      steps: this.steps,
      health: this.health,
      migrations: this.migrations,
      image: this.image,
      imageDigest: this.imageDigest,
      url: this.url,
      notes: this.notes,
      diagnosis
    }
    if (beforeTraffic || !this.trafficMoved) {
      log.info(
        this.plan.operation === 'start'
          ? `${short(this.plan.version)} did not start: the service is still down, and there is nothing to roll back`
          : `Traffic never reached ${short(this.plan.version)}: ${this.previous ? short(this.previous.version) : 'the old version'} still serves, nothing to roll back`
      )
      await this.undoMigrations()
      return { ...base, status: 'failed', trafficMoved: false, rollback: { triggered: false } }
    }
    if (!settings.rollback.auto) {
      log.warn(
        `auto-rollback is off: ${short(this.plan.version)} may be serving; run with mode: rollback to return to ${this.previous ? short(this.previous.version) : 'an earlier version'}`
      )
      return {
        ...base,
        status: 'failed',
        trafficMoved: true,
        rollback: { triggered: false, reason: 'auto-rollback is off' }
      }
    }
    if (!this.previous) {
      log.error('There is no earlier good version to roll back to (first deploy): a person must act')
      return {
        ...base,
        status: 'rollback_failed',
        trafficMoved: true,
        rollback: { triggered: false, reason: 'no earlier good version recorded' }
      }
    }
    const outcome = await this.autoRollback(base, color)
    return switchesBack ? { ...outcome, diagnosis: await this.diagnose() } : outcome
  }

  private async autoRollback(
    base: Omit<ExecutionOutcome, 'status' | 'trafficMoved' | 'rollback'>,
    color: Color | undefined
  ): Promise<ExecutionOutcome> {
    const { log, settings, platform } = this.context
    const target = this.previous!
    const started = performance.now()
    const deadline = AbortSignal.timeout(settings.rollback.maxSeconds * 1000)
    const rollbackBase = { triggered: true, reason: base.reason, previous_version: target.version }
    return log.group(`Rollback to ${short(target.version)}`, async () => {
      log.info(`Rolling back to ${short(target.version)} (deadline ${settings.rollback.maxSeconds} s): ${base.reason}`)
      let healthy = false
      let why = ''
      let settle: ((healthy: boolean) => Promise<void>) | undefined
      const context = {
        ...this.platformContext(),
        operation: 'rollback' as const,
        version: target.version,
        previousVersion: this.plan.version,
        image: target.image,
        imageDigest: target.image_digest,
        configCommits: target.config_commits,
        signal: AbortSignal.any([deadline])
      }
      try {
        if (settings.strategy === 'blue-green') {
          const back = color ? otherColor(color) : (target.color ?? 'blue')
          await this.step(
            `switch traffic back to ${back}`,
            () => platform.switchTraffic({ ...context, color: back }),
            false
          )
          await this.undoMigrations()
          await this.checkHealth('after rollback', back, false, deadline)
        } else if (settings.strategy === 'canary') {
          await this.step('shift all traffic back', () => platform.switchTraffic({ ...context, weight: 0 }), false)
          await this.undoMigrations()
          await this.checkHealth('after rollback', undefined, false, deadline)
        } else {
          const handle = await this.step('roll back', () => platform.rollback(context, target), false)
          settle = handle.settle?.bind(handle)
          await this.undoMigrations()
          await this.checkHealth('after rollback', target.color, false, deadline)
        }
        healthy = true
      } catch (error) {
        why = deadline.aborted
          ? `the rollback did not finish within max-rollback-seconds (${settings.rollback.maxSeconds} s)`
          : (error as Error).message
      }
      if (settle) {
        await settle(healthy).catch((error: Error) => {
          healthy = false
          why ||= error.message
        })
      }
      const duration = seconds(started)
      if (healthy) {
        log.info(`Rolled back to ${short(target.version)} in ${duration} s; it is healthy`)
        return {
          ...base,
          status: 'rolled_back' as const,
          trafficMoved: true,
          rollback: { ...rollbackBase, duration_seconds: duration, succeeded: true }
        }
      }
      log.error(
        `Rollback to ${short(target.version)} failed: ${why}. The previous version is unhealthy too: a person must act now`
      )
      return {
        ...base,
        status: 'rollback_failed' as const,
        reason: `${base.reason}; rollback failed: ${why}`,
        trafficMoved: true,
        rollback: { ...rollbackBase, duration_seconds: duration, succeeded: false }
      }
    })
  }

  /** What the platform sees of the failure, read before a rollback replaces what failed; never fails the run. */
  private async diagnose(): Promise<Diagnosis | undefined> {
    const { platform, log } = this.context
    if (!platform.diagnose) return undefined
    try {
      return (await platform.diagnose(AbortSignal.timeout(DIAGNOSIS_TIMEOUT_MS))) ?? undefined
    } catch (error) {
      log.warn(`Reading why it failed from ${platform.name} failed: ${(error as Error).message}`)
      return undefined
    }
  }

  /** `mode: rollback`: return to the target, checked like a deploy. */
  private async requestedRollback(): Promise<ExecutionOutcome> {
    const { settings, platform, log } = this.context
    const target = this.rollbackTarget()
    const context = {
      ...this.platformContext(),
      operation: 'rollback' as const,
      version: target.version,
      previousVersion: this.previous?.version,
      image: target.image,
      imageDigest: target.image_digest,
      configCommits: target.config_commits
    }
    const started = performance.now()
    const deadline = AbortSignal.timeout(settings.rollback.maxSeconds * 1000)
    let color: Color | undefined
    try {
      if (settings.strategy === 'blue-green') {
        const live = await platform.liveColor(this.context.state)
        color = otherColor(live)
        if (target.color !== color) {
          log.info(`${short(target.version)} no longer runs in ${color}: deploying it there first`)
          await this.step(
            `deploy ${short(target.version)} to ${color}`,
            () => platform.deploy({ ...context, color }),
            true
          )
        }
        await this.checkHealth('candidate', color, true, deadline)
        this.trafficMoved = true
        await this.step(`switch traffic to ${color}`, () => platform.switchTraffic({ ...context, color }), false)
        await this.checkHealth('live', color, false, deadline)
      } else {
        this.trafficMoved = true
        const handle = await this.step(
          'roll back',
          () => platform.rollback({ ...context, signal: deadline }, target),
          false
        )
        this.absorb(handle)
        let healthy = false
        try {
          await this.checkHealth('live', target.color, false, deadline)
          healthy = true
        } finally {
          await handle.settle?.(healthy)
        }
      }
    } catch (error) {
      const reason = deadline.aborted
        ? `did not finish within max-rollback-seconds (${settings.rollback.maxSeconds} s)`
        : (error as Error).message
      log.error(`Rollback to ${short(target.version)} failed: ${reason}`)
      return {
        status: this.trafficMoved ? 'rollback_failed' : 'failed',
        reason: `rollback to ${short(target.version)}: ${reason}`,
        failedStep: 'rollback',
        trafficMoved: this.trafficMoved,
        steps: this.steps,
        health: this.health,
        migrations: [],
        rollback: {
          triggered: true,
          reason: 'requested',
          previous_version: target.version,
          duration_seconds: seconds(started),
          succeeded: false
        }
      }
    }
    const record: VersionRecord = {
      ...target,
      color: color ?? target.color,
      deployed_at: new Date().toISOString(),
      deployment_id: this.context.deploymentId,
      operation: 'rollback',
      approved_by: this.context.approvedBy,
      platform: { ...target.platform, ...this.platformData }
    }
    return {
      status: 'success',
      trafficMoved: true,
      record,
      steps: this.steps,
      health: this.health,
      migrations: [],
      url: this.url,
      rollback: {
        triggered: true,
        reason: 'requested',
        previous_version: target.version,
        duration_seconds: seconds(started),
        succeeded: true
      }
    }
  }

  private rollbackTarget(): VersionRecord {
    const target = this.context.state?.history.find((entry) => entry.version === this.plan.version)
    if (!target) throw new Error(`internal: rollback target ${this.plan.version} is not in the history`)
    return target
  }

  private async undoMigrations(): Promise<void> {
    const migrator = this.context.migrator
    if (!migrator || this.migrations.length === 0) return
    await this.step('undo migrations', () => migrator.undo(this.migrations, { log: this.context.log }), false).catch(
      (error: Error) => {
        this.context.log.warn(`Undoing migrations failed: ${error.message}; the schema stays ahead of the code`)
      }
    )
  }

  private success(color: Color | undefined): ExecutionOutcome {
    const record: VersionRecord = {
      version: this.plan.version,
      config_commits: this.plan.config_commits,
      image: this.image,
      image_digest: this.imageDigest,
      color: this.context.settings.strategy === 'blue-green' ? color : this.previous?.color,
      deployed_at: new Date().toISOString(),
      deployment_id: this.context.deploymentId,
      operation: this.plan.operation,
      approved_by: this.context.approvedBy,
      platform: Object.keys(this.platformData).length > 0 ? this.platformData : undefined
    }
    return {
      status: 'success',
      trafficMoved: true,
      record,
      steps: this.steps,
      health: this.health,
      rollback: { triggered: false },
      migrations: this.migrations,
      image: this.image,
      imageDigest: this.imageDigest,
      url: this.url,
      notes: this.notes
    }
  }

  private absorb(output: { platform?: Record<string, string>; url?: string; notes?: string[] }): void {
    if (output.platform) Object.assign(this.platformData, output.platform)
    if (output.url) this.url = output.url
    for (const note of output.notes ?? []) if (!this.notes.includes(note)) this.notes.push(note)
  }

  private platformContext(extra: Partial<PlatformContext> = {}): PlatformContext {
    return {
      environment: this.context.settings.environment,
      operation: this.plan.operation,
      version: this.plan.version,
      previousVersion: this.previous?.version,
      image: this.image,
      imageDigest: this.imageDigest,
      configCommits: this.plan.config_commits,
      signal: this.abort.signal,
      deploymentId: this.context.deploymentId,
      recorded: this.previous ?? undefined,
      ...extra
    }
  }

  private async step<T>(name: string, body: () => Promise<T>, beforeTraffic: boolean): Promise<T> {
    const started = performance.now()
    const startedAt = new Date().toISOString()
    try {
      const value = await body()
      this.steps.push({
        name,
        started_at: startedAt,
        duration_ms: Math.round(performance.now() - started),
        status: 'success'
      })
      this.context.log.info(`✓ ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
      return value
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      this.steps.push({
        name,
        started_at: startedAt,
        duration_ms: Math.round(performance.now() - started),
        status: 'failed',
        detail: message
      })
      if (error instanceof StepFailure) throw error
      const platformBefore = error instanceof PlatformError ? error.beforeTraffic || beforeTraffic : beforeTraffic
      throw new StepFailure(name, message, platformBefore)
    }
  }
}

/** A reported version matches the deployed one exactly, as an abbreviated commit, or as the digest. */
export function matchesVersion(running: string, expected: string, version: string): boolean {
  const value = running.trim()
  if (value === '') return false
  if (value === expected || value === version) return true
  return value.length >= 7 && /^[0-9a-f]+$/.test(value) && (version.startsWith(value) || expected.startsWith(value))
}

function seconds(started: number): number {
  return Math.round((performance.now() - started) / 10) / 100
}
