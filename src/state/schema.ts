import { z } from 'zod'

/** The required checks that had passed on the commit when it was deployed (`required-checks`). */
const requiredChecks = z.array(z.looseObject({ name: z.string(), passed: z.boolean() })).optional()

/** Bump when a reader of the old schema could misread the new one. */
export const STATE_SCHEMA_VERSION = 1

const versionRecord = z.looseObject({
  /** The commit (or version string) deployed. */
  version: z.string().min(1),
  config_commits: z.record(z.string(), z.string()).default({}),
  image: z.string().optional(),
  image_digest: z.string().optional(),
  /** Blue-green: the colour this version runs in (and that takes traffic while it is current). */
  color: z.enum(['blue', 'green']).optional(),
  deployed_at: z.string(),
  deployment_id: z.string(),
  operation: z.string(),
  approved_by: z.string().optional(),
  required_checks: requiredChecks,
  /** Platform-specific handles (e.g. the DigitalOcean deployment id), carried through untouched. */
  platform: z.record(z.string(), z.string()).optional()
})
export type VersionRecord = z.infer<typeof versionRecord>

const knownBad = z.looseObject({
  version: z.string(),
  deployment_id: z.string(),
  at: z.string(),
  reason: z.string()
})
export type KnownBadVersion = z.infer<typeof knownBad>

export const ATTEMPT_STATUSES = ['in_progress', 'success', 'failed', 'rolled_back', 'rollback_failed'] as const
const attempt = z.looseObject({
  deployment_id: z.string(),
  operation: z.string(),
  version: z.string(),
  status: z.enum(ATTEMPT_STATUSES),
  started_at: z.string(),
  finished_at: z.string().optional(),
  reason: z.string().optional(),
  approved_by: z.string().optional(),
  required_checks: requiredChecks,
  run_url: z.string().optional()
})
export type Attempt = z.infer<typeof attempt>

export const deploymentStateSchema = z.looseObject({
  schema_version: z.literal(STATE_SCHEMA_VERSION),
  environment: z.string(),
  /** The service of a repository with `services:`; absent for a repository of one service. */
  service: z.string().optional(),
  /** Rises by one with every write; the compare-and-swap token of every store. */
  sequence: z.number().int().min(1),
  updated_at: z.string(),
  current: versionRecord.nullable(),
  /** The last good versions, newest first, the current one included. */
  history: z.array(versionRecord),
  known_bad: z.array(knownBad),
  last_attempt: attempt.nullable()
})
export type DeploymentState = z.infer<typeof deploymentStateSchema>

export class StateError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StateError'
  }
}

/** The state moved between read and write: another run wrote first. */
export class StateConflictError extends StateError {
  constructor(
    readonly expectedSequence: number,
    readonly foundSequence: number | undefined
  ) {
    super(
      `the state moved since this run read it (expected sequence ${expectedSequence}, found ${foundSequence ?? 'none'}): another run deployed this environment at the same time; re-plan and run again`
    )
    this.name = 'StateConflictError'
  }
}

/**
 * Parses stored bytes. Anything but a valid document of a schema we know stops the run: a state we
 * cannot read must never be overwritten by one that forgets what it held.
 */
export function parseState(text: string, where: string): DeploymentState {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new StateError(
      `the state in ${where} is not valid JSON (${(error as Error).message}); it was left untouched. Restore it from a backup or an earlier version, or move it away to start from no state`
    )
  }
  const version = (json as { schema_version?: unknown } | null)?.schema_version
  if (typeof version === 'number' && version > STATE_SCHEMA_VERSION) {
    throw new StateError(
      `the state in ${where} has schema version ${version}, newer than this action understands (${STATE_SCHEMA_VERSION}); it was left untouched. Use the newer deploy-orchestrator release that wrote it`
    )
  }
  const parsed = deploymentStateSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new StateError(
      `the state in ${where} is not a deploy-orchestrator state (${issue?.path.join('.') || 'document'}: ${issue?.message}); it was left untouched`
    )
  }
  return parsed.data
}

export function serializeState(state: DeploymentState): string {
  return `${JSON.stringify(state, null, 2)}\n`
}

export function emptyState(environment: string, service?: string): DeploymentState {
  return {
    schema_version: STATE_SCHEMA_VERSION,
    environment,
    ...(service ? { service } : {}),
    sequence: 0,
    updated_at: new Date(0).toISOString(),
    current: null,
    history: [],
    known_bad: [],
    last_attempt: null
  }
}
