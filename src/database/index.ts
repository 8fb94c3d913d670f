import type { Migrator } from '../execute/migrator.js'
import type { RunObserver } from '../pipeline.js'
import type { Settings } from '../settings/settings.js'
import type { Probe } from '../verify/health.js'

export interface DatabaseServices {
  migrator?: Migrator
  /** The connectivity check, whenever a connection string is set. */
  extraProbes: Probe[]
  observers: RunObserver[]
}

/** The database pieces a run needs; the PostgreSQL client is loaded only when a URL is set. */
export async function createDatabaseServices(settings: Settings): Promise<DatabaseServices> {
  const { url, migrations } = settings.database
  if (!url) return { extraProbes: [], observers: [] }
  const { databaseProbe } = await import('./connectivity-probe.js')
  const extraProbes = [databaseProbe(url)]
  if (!migrations) return { extraProbes, observers: [] }
  const { PostgresMigrator } = await import('./postgres-migrator.js')
  const migrator = new PostgresMigrator({ url, pattern: migrations, workspace: settings.runtime.workspace })
  return { migrator, extraProbes, observers: [migrator] }
}
