import type { Plan } from '../plan/plan.js'
import type { Operation, Settings, Strategy } from '../settings/settings.js'
import type { DeploymentState, VersionRecord } from '../state/schema.js'

export type Color = 'blue' | 'green'
export const otherColor = (color: Color): Color => (color === 'blue' ? 'green' : 'blue')

/** What one platform call is about. */
export interface PlatformContext {
  environment: string
  operation: Operation
  version: string
  previousVersion?: string
  image?: string
  imageDigest?: string
  /** Blue-green: the colour deployed to or switched to. */
  color?: Color
  /** Canary: percent of traffic for the new version. */
  weight?: number
  configCommits: Record<string, string>
  signal: AbortSignal
  /** This run's id (a Kubernetes pod-template annotation records it). */
  deploymentId?: string
  /** The version the state names current, with its platform handles (a Kubernetes replica count to start with). */
  recorded?: VersionRecord
}

export interface BuildOutput {
  image?: string
  imageDigest?: string
}

export interface DeployOutput {
  /** Handles to carry in state (e.g. the DigitalOcean deployment id). */
  platform?: Record<string, string>
  /** Where the deployed version answers (for the summary and GitHub Deployment). */
  url?: string
  /** Facts the summary shows (a canary whose split follows replica counts is approximate). */
  notes?: string[]
}

/** What a platform sees of a failure (failing pods, conditions, events, logs), for the summary. */
export interface Diagnosis {
  /** One line each: `pod web-7d9f-x: container web waiting: ImagePullBackOff: …`. */
  findings: string[]
  /** Longer text: the last lines of a failing container's log. */
  logs: { title: string; lines: string[] }[]
}

export interface RollbackHandle extends DeployOutput {
  /** Platforms whose rollback is provisional (DigitalOcean pins it) settle it once checks are done. */
  settle?(healthy: boolean): Promise<void>
}

export interface ServiceStatus {
  up: boolean
  detail: string
}

/** A thrown failure of a platform step, with where it happened relative to traffic. */
export class PlatformError extends Error {
  constructor(
    message: string,
    /** True when the new version never took traffic, so nothing needs rolling back. */
    readonly beforeTraffic: boolean
  ) {
    super(message)
    this.name = 'PlatformError'
  }
}

/**
 * A place deploys run. One file per platform; the engine drives strategies through these calls and
 * never asks which platform it has.
 */
export interface Platform {
  readonly name: string
  /** Where the platform's own URL is, for `health-path` and the Deployment's environment URL. */
  readonly strategies: readonly Strategy[]
  /** Problems with running this plan here, found before anything runs (a missing command…). */
  check(plan: Pick<Plan, 'operation' | 'strategy'>, mode: Settings['mode']): string[]
  /** Null when the platform has no way to tell (no status command). */
  status(signal: AbortSignal): Promise<ServiceStatus | null>
  build(context: PlatformContext): Promise<BuildOutput>
  deploy(context: PlatformContext): Promise<DeployOutput>
  start(context: PlatformContext): Promise<DeployOutput>
  restart(context: PlatformContext): Promise<void>
  /** Blue-green: all traffic to `color`; canary: `weight` percent to the new version. */
  switchTraffic(context: PlatformContext): Promise<void>
  /** Rolling: return to `target` (blue-green rolls back by switching). */
  rollback(context: PlatformContext, target: VersionRecord): Promise<RollbackHandle>
  /** The version or image digest actually running, or null when the platform cannot tell. */
  running(context: PlatformContext): Promise<string | null>
  /** The colour taking public traffic now. */
  liveColor(state: DeploymentState | null): Promise<Color>
  /** URLs to check when `health-urls` is empty (from `health-path` and the platform's own URL). */
  healthUrls(context: { color?: Color; stage: 'candidate' | 'live' }): Promise<string[]>
  /** Canary: after the last step's checks, makes the new version the stable one. */
  promote?(context: PlatformContext): Promise<DeployOutput>
  /** After a failure, before any rollback undoes what failed: what the platform sees of why. */
  diagnose?(signal: AbortSignal): Promise<Diagnosis | null>
  /** Called once at the end, success or not (close clients, flush). */
  close?(): Promise<void>
}
