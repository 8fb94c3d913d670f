import pg from 'pg'
import type { Probe } from '../verify/health.js'

/**
 * The database check that joins the health checks when a connection string is set: connect and
 * `SELECT 1`, bounded by the attempt's signal (the health timeout, a rollback's deadline). Retries
 * and records are the health checks' own.
 */
export function databaseProbe(url: string): Probe {
  return {
    endpoint: describeDatabase(url),
    async attempt(signal) {
      const client = new pg.Client({ connectionString: url, application_name: 'deploy-orchestrator health check' })
      client.on('error', () => undefined) // a connection dropped mid-check fails the query instead
      let onAbort: (() => void) | undefined
      const aborted = new Promise<never>((_, reject) => {
        onAbort = () => reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'))
        if (signal.aborted) onAbort()
        else signal.addEventListener('abort', onAbort, { once: true })
      })
      aborted.catch(() => undefined)
      try {
        await Promise.race([
          (async () => {
            await client.connect()
            await client.query('SELECT 1')
          })(),
          aborted
        ])
        return { statusCode: 0, passed: true, detail: 'SELECT 1 answered' }
      } finally {
        if (onAbort) signal.removeEventListener('abort', onAbort)
        close(client)
      }
    }
  }
}

/** `postgresql://host:port/database`: where the check goes, with no user name or password. */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url)
    if (!/^postgres(ql)?:$/.test(parsed.protocol)) return 'postgresql (connection string)'
    const host = parsed.hostname || parsed.searchParams.get('host') || 'localhost'
    const shownHost = host.startsWith('/') ? `[socket ${host}]` : host
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''))
    return `postgresql://${shownHost}:${parsed.port || '5432'}/${database}`
  } catch {
    return 'postgresql (connection string)'
  }
}

/** Ends the connection without waiting: a server that never answers must not hold the check. */
function close(client: pg.Client): void {
  client.end().catch(() => undefined)
  const stream = (client as unknown as { connection?: { stream?: { destroy?: () => void } } }).connection?.stream
  stream?.destroy?.()
}
