import type { Log } from '../report/log.js'

/** One migration, as the result's `migrations_applied[]` lists it. */
export interface MigrationRecord {
  version: string
  filename: string
  duration_ms: number
  success: boolean
  /** Whether a `.down.sql` exists to undo it on rollback. */
  reversible?: boolean
}

/**
 * Applies pending database migrations before traffic moves, and undoes the ones this deploy applied
 * when it is rolled back. The engine knows only this; the PostgreSQL one lives in `database/`.
 */
export interface Migrator {
  /**
   * Changes nothing: finds the files, reads what is applied, and throws when an applied migration's
   * file changed since (checksum drift) or the database cannot be reached. Runs before the first step.
   */
  prepare?(options: { log: Log }): Promise<{ pending: string[]; applied: number }>
  /** Applies pending migrations; throws (after recording the failed one) when one fails. */
  apply(options: {
    deploymentId: string
    log: Log
    onApplied?: (record: MigrationRecord) => void
  }): Promise<MigrationRecord[]>
  undo(applied: MigrationRecord[], options: { log: Log }): Promise<void>
}
