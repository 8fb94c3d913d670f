import type { DeploymentState } from './schema.js'

/**
 * Where one environment's state lives. Every write is a compare-and-swap on the sequence number:
 * `next.sequence` must be one more than the stored one, or the write fails with
 * `StateConflictError` and stores nothing. The engine cannot tell the stores apart.
 */
export interface StateStore {
  /** Where the state lives, for messages ("file .deploy-state/production.json"). */
  readonly location: string
  /** The stored state, or null when this environment has never been deployed. */
  read(): Promise<DeploymentState | null>
  write(next: DeploymentState): Promise<void>
}
