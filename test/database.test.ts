import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server, type Socket } from 'node:net'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { databaseProbe, describeDatabase } from '../src/database/connectivity-probe.js'
import { findMigrations, migrationVersion } from '../src/database/migration-files.js'
import { MIGRATIONS_TABLE, PostgresMigrator } from '../src/database/postgres-migrator.js'
import type { MigrationRecord } from '../src/execute/migrator.js'
import { runHealthChecks } from '../src/verify/health.js'
import { type ActionRun, runAction } from './support/action.js'
import { TestRepo } from './support/git.js'
import { MemoryLog } from './support/log.js'
import { type TestPostgres, freePort, startPostgres } from './support/postgres.js'
import { LiveVersionHealth } from './support/recorder.js'
import { useServer } from './support/use-server.js'

let server: TestPostgres

beforeAll(async () => {
  server = await startPostgres()
}, 60_000)

afterAll(async () => {
  await server?.stop()
})

/** A workspace with migration files, and a migrator on a fresh database. */
async function setup(files: Record<string, string>, pattern = 'db/migrations/*.sql') {
  const repo = new TestRepo('migrations-')
  write(repo, files)
  const url = await server.createDatabase()
  const database = new URL(url).pathname.slice(1)
  const migrator = (options: { lockTimeoutMs?: number } = {}) =>
    new PostgresMigrator({ url, pattern, workspace: repo.dir, ...options })
  const rows = () =>
    server.query<{
      version: string
      filename: string
      checksum: string
      deployment_id: string
      duration_ms: number
      applied_at: Date
    }>(database, `SELECT * FROM ${MIGRATIONS_TABLE} ORDER BY version`)
  const tables = async () =>
    (
      await server.query<{ tablename: string }>(
        database,
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> $1 ORDER BY tablename",
        [MIGRATIONS_TABLE]
      )
    ).map((r) => r.tablename)
  return { repo, url, database, migrator, rows, tables }
}

function write(repo: TestRepo, files: Record<string, string | null>): void {
  for (const [path, content] of Object.entries(files)) {
    if (content === null) rmSync(join(repo.dir, path), { force: true })
    else {
      mkdirSync(dirname(join(repo.dir, path)), { recursive: true })
      writeFileSync(join(repo.dir, path), content)
    }
  }
}

describe('migration files', () => {
  test('versions come from the leading number, else the whole name', () => {
    expect(migrationVersion('001_users.sql')).toBe('001')
    expect(migrationVersion('V2__users.sql')).toBe('2')
    expect(migrationVersion('20240101120000-add-email.sql')).toBe('20240101120000')
    expect(migrationVersion('seed.sql')).toBe('seed')
  })

  test('the glob finds .sql files in file-name order; .down.sql files are never migrations', async () => {
    const repo = new TestRepo('files-')
    write(repo, {
      'db/migrations/010_c.sql': 'SELECT 1;',
      'db/migrations/002_b.sql': 'SELECT 1;',
      'db/migrations/001_a.sql': 'SELECT 1;',
      'db/migrations/001_a.down.sql': 'SELECT 1;',
      'db/migrations/notes.txt': 'not SQL',
      'db/other/003_x.sql': 'SELECT 1;'
    })
    const { files } = await findMigrations('db/migrations/*.sql', repo.dir)
    expect(files.map((f) => [f.version, f.filename, f.path, f.downPath !== undefined])).toEqual([
      ['001', '001_a.sql', 'db/migrations/001_a.sql', true],
      ['002', '002_b.sql', 'db/migrations/002_b.sql', false],
      ['010', '010_c.sql', 'db/migrations/010_c.sql', false]
    ])
    const deep = await findMigrations('db/**/*.sql', repo.dir)
    expect(deep.files.map((f) => f.filename)).toEqual(['001_a.sql', '002_b.sql', '003_x.sql', '010_c.sql'])
    // A folder means its .sql files.
    expect((await findMigrations('db/migrations', repo.dir)).files).toHaveLength(3)
  })

  test('two files with one version are refused; uneven numbers are a warning', async () => {
    const repo = new TestRepo('files-')
    write(repo, { 'm/001_a.sql': '', 'm/001_b.sql': '' })
    await expect(findMigrations('m/*.sql', repo.dir)).rejects.toThrow(
      /m\/001_a.sql and m\/001_b.sql are both migration 001/
    )
    const other = new TestRepo('files-')
    write(other, { 'm/1_a.sql': '', 'm/10_b.sql': '', 'm/2_c.sql': '' })
    const { files, warnings } = await findMigrations('m/*.sql', other.dir)
    expect(files.map((f) => f.filename)).toEqual(['10_b.sql', '1_a.sql', '2_c.sql'])
    expect(warnings.join()).toMatch(/different widths/)
  })
})

describe('PostgresMigrator against a real PostgreSQL server', () => {
  test('the server listens on loopback only', () => {
    expect(server.url('x')).toContain('@127.0.0.1:')
  })

  test('applies pending migrations in file-name order, each recorded once', async () => {
    const { migrator, rows, tables } = await setup({
      'db/migrations/002_orders.sql': 'CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users(id));',
      'db/migrations/001_users.sql': 'CREATE TABLE users (id int PRIMARY KEY);\nINSERT INTO users VALUES (1);',
      'db/migrations/001_users.down.sql': 'DROP TABLE users;',
      'db/migrations/003_index.sql': 'CREATE INDEX orders_user ON orders (user_id);'
    })
    const log = new MemoryLog()
    const seen: MigrationRecord[] = []
    const pending = await migrator().prepare({ log })
    expect(pending).toEqual({ pending: ['001_users.sql', '002_orders.sql', '003_index.sql'], applied: 0 })
    const records = await migrator().apply({ deploymentId: 'deploy-1', log, onApplied: (r) => seen.push(r) })
    expect(records.map((r) => [r.version, r.filename, r.success, r.reversible])).toEqual([
      ['001', '001_users.sql', true, true],
      ['002', '002_orders.sql', true, false],
      ['003', '003_index.sql', true, false]
    ])
    expect(seen).toEqual(records)
    for (const r of records) expect(r.duration_ms).toBeGreaterThanOrEqual(0)
    const recorded = await rows()
    expect(recorded.map((r) => [r.version, r.filename, r.deployment_id])).toEqual([
      ['001', '001_users.sql', 'deploy-1'],
      ['002', '002_orders.sql', 'deploy-1'],
      ['003', '003_index.sql', 'deploy-1']
    ])
    for (const r of recorded) {
      expect(r.checksum).toMatch(/^[0-9a-f]{64}$/)
      expect(r.applied_at).toBeInstanceOf(Date)
    }
    expect(await tables()).toEqual(['orders', 'users'])
    // Nothing pending the second time; the .down.sql file was never applied (users still exists).
    expect(await migrator().apply({ deploymentId: 'deploy-2', log })).toEqual([])
    expect(await migrator().prepare({ log })).toEqual({ pending: [], applied: 3 })
    expect(log.text()).toMatch(/No pending migrations/)
  })

  test('a failing migration in the middle is rolled back by its transaction and nothing after it runs', async () => {
    const { migrator, rows, tables } = await setup({
      'db/migrations/001_users.sql': 'CREATE TABLE users (id int PRIMARY KEY);',
      'db/migrations/002_broken.sql':
        'CREATE TABLE half (id int);\nINSERT INTO half VALUES (1);\nSELECT missing FROM half;',
      'db/migrations/003_never.sql': 'CREATE TABLE never (id int);'
    })
    const log = new MemoryLog()
    const seen: MigrationRecord[] = []
    const error = await migrator()
      .apply({ deploymentId: 'deploy-1', log, onApplied: (r) => seen.push(r) })
      .then(
        () => null,
        (e: Error) => e
      )
    expect(error?.message).toMatch(
      /^002_broken.sql failed and its transaction was rolled back: column "missing" does not exist \(line 3\) \[SQLSTATE 42703\]$/
    )
    expect(seen.map((r) => [r.filename, r.success])).toEqual([
      ['001_users.sql', true],
      ['002_broken.sql', false]
    ])
    expect((await rows()).map((r) => r.version)).toEqual(['001'])
    // The failed file's own table is gone with its transaction; the next one never ran.
    expect(await tables()).toEqual(['users'])
  })

  test('an applied migration whose file changed stops everything before anything runs', async () => {
    const { repo, migrator, rows, tables } = await setup({
      'db/migrations/001_users.sql': 'CREATE TABLE users (id int);'
    })
    const log = new MemoryLog()
    await migrator().apply({ deploymentId: 'deploy-1', log })
    write(repo, {
      'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint);',
      'db/migrations/002_more.sql': 'CREATE TABLE more (id int);'
    })
    await expect(migrator().prepare({ log })).rejects.toThrow(
      /db\/migrations\/001_users.sql changed since it was applied \(.*deployment deploy-1; checksum [0-9a-f]{12} then, [0-9a-f]{12} now\)\. An applied migration must not be edited/
    )
    await expect(migrator().apply({ deploymentId: 'deploy-2', log })).rejects.toThrow(/changed since it was applied/)
    expect((await rows()).map((r) => r.version)).toEqual(['001'])
    expect(await tables()).toEqual(['users'])
    // Line endings alone are no drift (a Windows checkout).
    write(repo, {
      'db/migrations/001_users.sql': 'CREATE TABLE users (id int);'.replace(/\n/g, '\r\n'),
      'db/migrations/002_more.sql': null
    })
    await expect(migrator().prepare({ log })).resolves.toEqual({ pending: [], applied: 1 })
  })

  test('two deploys migrating at once: the advisory lock makes one wait, every migration runs once', async () => {
    const { migrator, rows, tables } = await setup({
      'db/migrations/001_slow.sql': 'SELECT pg_sleep(0.4);\nCREATE TABLE slow (id int);',
      'db/migrations/002_counter.sql': 'CREATE TABLE counter (n int);\nINSERT INTO counter VALUES (1);'
    })
    const logs = [new MemoryLog(), new MemoryLog()]
    const [first, second] = await Promise.all([
      migrator().apply({ deploymentId: 'deploy-a', log: logs[0]! }),
      migrator().apply({ deploymentId: 'deploy-b', log: logs[1]! })
    ])
    const applied = [...first!, ...second!]
    expect(applied.map((r) => r.filename).sort()).toEqual(['001_slow.sql', '002_counter.sql'])
    expect(applied.every((r) => r.success)).toBe(true)
    // One of them applied both; the other waited for the lock and found nothing pending.
    expect([first!.length, second!.length].sort()).toEqual([0, 2])
    expect(logs.map((l) => l.text()).join('\n')).toMatch(/Another deploy is migrating this database: waiting/)
    expect((await rows()).map((r) => r.version)).toEqual(['001', '002'])
    expect(await tables()).toEqual(['counter', 'slow'])
  })

  test('a deploy that waits too long for the lock gives up', async () => {
    const { url, migrator } = await setup({ 'db/migrations/001_a.sql': 'SELECT 1;' })
    const pg = (await import('pg')).default
    const holder = new pg.Client({ connectionString: url })
    await holder.connect()
    const { MIGRATION_LOCK_KEY } = await import('../src/database/postgres-migrator.js')
    await holder.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY])
    try {
      await expect(migrator({ lockTimeoutMs: 600 }).apply({ deploymentId: 'd', log: new MemoryLog() })).rejects.toThrow(
        /another deploy held the migration lock for more than 1 s/
      )
    } finally {
      await holder.end()
    }
  })

  test("undo: this deploy's migrations, newest first, by their down files; their records go, so they apply again", async () => {
    const { migrator, rows, tables } = await setup({
      'db/migrations/001_users.sql': 'CREATE TABLE users (id int PRIMARY KEY);',
      'db/migrations/001_users.down.sql': 'DROP TABLE users;',
      'db/migrations/002_orders.sql': 'CREATE TABLE orders (id int, user_id int REFERENCES users(id));',
      'db/migrations/002_orders.down.sql': 'DROP TABLE orders;'
    })
    const log = new MemoryLog()
    const deploy = migrator()
    const applied = await deploy.apply({ deploymentId: 'deploy-1', log })
    // A second deploy applied nothing, so its undo changes nothing.
    const idle = migrator()
    await idle.undo(await idle.apply({ deploymentId: 'deploy-2', log }), { log })
    expect((await rows()).length).toBe(2)

    await deploy.undo(applied, { log })
    // Newest first: orders (which references users) before users, else dropping users would fail.
    expect(log.text()).toMatch(
      /002_orders.sql undone by 002_orders.down.sql[\s\S]*001_users.sql undone by 001_users.down.sql/
    )
    expect(await tables()).toEqual([])
    expect(await rows()).toEqual([])
    const run = { notes: [] as string[] } as unknown as Parameters<PostgresMigrator['finished']>[0]
    await deploy.finished(run)
    expect(run.notes).toEqual([
      "Database: undid this deploy's migrations 002_orders.sql and 001_users.sql; a later deploy applies them again."
    ])
    // A later deploy applies them again.
    expect((await migrator().apply({ deploymentId: 'deploy-3', log })).map((r) => r.filename)).toEqual([
      '001_users.sql',
      '002_orders.sql'
    ])
    expect((await rows()).map((r) => r.deployment_id)).toEqual(['deploy-3', 'deploy-3'])
    expect(await tables()).toEqual(['orders', 'users'])
  })

  test('undo stops at a migration without a down file: it and everything older stay, and the notes say so', async () => {
    const { migrator, rows, tables, database } = await setup({
      'db/migrations/001_users.sql': 'CREATE TABLE users (id int PRIMARY KEY);',
      'db/migrations/001_users.down.sql': 'DROP TABLE users;',
      'db/migrations/002_backfill.sql': 'CREATE TABLE audit (id int);',
      'db/migrations/003_email.sql': 'ALTER TABLE users ADD COLUMN email text;',
      'db/migrations/003_email.down.sql': 'ALTER TABLE users DROP COLUMN email;'
    })
    const log = new MemoryLog()
    const deploy = migrator()
    const applied = await deploy.apply({ deploymentId: 'deploy-1', log })
    // The failed record of a migration whose transaction was rolled back is skipped.
    const withFailed = [...applied, { version: '004', filename: '004_x.sql', duration_ms: 1, success: false }]
    await expect(deploy.undo(withFailed, { log })).rejects.toThrow(
      '002_backfill.sql has no 002_backfill.down.sql, so 002_backfill.sql and 001_users.sql stay applied: the schema stays ahead of the code'
    )
    expect((await rows()).map((r) => r.version)).toEqual(['001', '002'])
    expect(await tables()).toEqual(['audit', 'users'])
    const columns = await server.query<{ column_name: string }>(
      database,
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'users' ORDER BY column_name"
    )
    expect(columns.map((c) => c.column_name)).toEqual(['id'])
    const run = { notes: [] as string[] } as unknown as Parameters<PostgresMigrator['finished']>[0]
    await deploy.finished(run)
    expect(run.notes).toEqual([
      'Database: 002_backfill.sql has no 002_backfill.down.sql, so 002_backfill.sql and 001_users.sql stay applied: the schema stays ahead of the code.'
    ])
  })

  test('a down file that fails, or a record of another deploy, stops the undo with everything left applied', async () => {
    const { migrator, rows, tables } = await setup({
      'db/migrations/001_users.sql': 'CREATE TABLE users (id int);',
      'db/migrations/001_users.down.sql': 'DROP TABLE nope;'
    })
    const log = new MemoryLog()
    const deploy = migrator()
    const applied = await deploy.apply({ deploymentId: 'deploy-1', log })
    await expect(deploy.undo(applied, { log })).rejects.toThrow(
      '001_users.down.sql failed (table "nope" does not exist [SQLSTATE 42P01]), so 001_users.sql stays applied: the schema stays ahead of the code'
    )
    expect((await rows()).map((r) => r.deployment_id)).toEqual(['deploy-1'])
    expect(await tables()).toEqual(['users'])
    // Another deploy's migrator never removes what deploy-1 applied.
    const other = migrator()
    await other.apply({ deploymentId: 'deploy-2', log })
    await expect(other.undo(applied, { log })).rejects.toThrow(
      '001_users.sql is not recorded as applied by this deploy, so 001_users.sql stays applied'
    )
    expect((await rows()).map((r) => r.deployment_id)).toEqual(['deploy-1'])
  })

  test('a connection that fails says so without the connection string', async () => {
    const port = await freePort()
    const url = `postgresql://app:${encodeURIComponent(server.password)}@127.0.0.1:${port}/app`
    const migrator = new PostgresMigrator({
      url,
      pattern: 'none/*.sql',
      workspace: new TestRepo('x-').dir,
      connectTimeoutMs: 2_000
    })
    const error = await migrator.prepare({ log: new MemoryLog() }).then(
      () => null,
      (e: Error) => e
    )
    expect(error?.message).toMatch(/^cannot connect to the database: .*ECONNREFUSED/)
    expect(error?.message).not.toContain(server.password)
  })
})

describe('database connectivity check', () => {
  test('shows where it goes without credentials', () => {
    expect(describeDatabase('postgresql://app:s3cret@db.internal:6543/orders?sslmode=require')).toBe(
      'postgresql://db.internal:6543/orders'
    )
    expect(describeDatabase('postgres://app:s3cret@db/orders')).toBe('postgresql://db:5432/orders')
    expect(describeDatabase('host=db password=s3cret')).toBe('postgresql (connection string)')
  })

  test('passes against the server, fails when refused, and a server that never answers is bounded by the timeout', async () => {
    const url = await server.createDatabase()
    const ok = await runHealthChecks(
      [databaseProbe(url)],
      { expectedStatus: [200], timeoutMs: 5_000, retries: 1, intervalMs: 0 },
      { phase: 'live' }
    )
    expect(ok.passed).toBe(true)
    expect(ok.records[0]).toMatchObject({
      endpoint: `postgresql://127.0.0.1:${server.port}/${new URL(url).pathname.slice(1)}`,
      passed: true,
      attempt: 1,
      phase: 'live'
    })

    const refused = await runHealthChecks(
      [databaseProbe(`postgresql://u:${encodeURIComponent(server.password)}@127.0.0.1:${await freePort()}/x`)],
      { expectedStatus: [200], timeoutMs: 5_000, retries: 2, intervalMs: 10 },
      { phase: 'live' }
    )
    expect(refused.passed).toBe(false)
    expect(refused.records.map((r) => r.detail)).toEqual([
      'connection refused (nothing listening)',
      'connection refused (nothing listening)'
    ])

    // A TCP server that accepts and never says a word.
    const sockets: Socket[] = []
    const silent: Server = createServer((socket) => void sockets.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const port = (silent.address() as { port: number }).port
    const started = performance.now()
    const hung = await runHealthChecks(
      [databaseProbe(`postgresql://u:pw@127.0.0.1:${port}/x`)],
      { expectedStatus: [200], timeoutMs: 1_000, retries: 2, intervalMs: 0 },
      { phase: 'live' }
    )
    const took = performance.now() - started
    for (const socket of sockets) socket.destroy()
    silent.close()
    expect(hung.passed).toBe(false)
    expect(hung.records.map((r) => r.detail)).toEqual(['no answer within 1 s', 'no answer within 1 s'])
    expect(took).toBeLessThan(3_500)
    expect(JSON.stringify(hung)).not.toContain(':pw@')
  })

  test('a wrong password fails the check with what the server said', async () => {
    const url = await server.createDatabase()
    const wrong = url.replace(encodeURIComponent(server.password), 'not-the-password')
    const outcome = await runHealthChecks(
      [databaseProbe(wrong)],
      { expectedStatus: [200], timeoutMs: 5_000, retries: 1, intervalMs: 0 },
      { phase: 'live' }
    )
    expect(outcome.passed).toBe(false)
    expect(outcome.records[0]!.detail).toMatch(/password authentication failed for user "postgres"/)
  })
})

/**
 * Whole deploys through the bundle: a command-platform deploy on loopback whose health endpoint
 * fails for the versions the test calls bad, with `migrations` and `DATABASE_URL` set.
 */
/** The first step of a deploy with migrations: the check that stops a drift before anything runs. */
const CHECKED = ['check migrations']
const IGNORE = { '.gitignore': '.live-version\n.deploys.log\n.deploy-state/\n' }

describe('deploys with migrations (the bundle)', () => {
  const health = useServer(
    () => LiveVersionHealth.start(),
    (h) => h.close()
  )

  async function deploy(repo: TestRepo, url: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
    health().follow(repo.dir)
    return runAction({
      cwd: repo.dir,
      inputs: {
        'deploy-command':
          'echo "$DEPLOY_VERSION" > .live-version && echo "$DEPLOY_OPERATION $DEPLOY_VERSION" >> .deploys.log',
        'switch-command': 'echo "switch $DEPLOY_COLOR" >> .deploys.log',
        'health-urls': `${health().url}/health`,
        'health-retries': '2',
        'health-interval-seconds': '0',
        'health-timeout-seconds': '3',
        migrations: 'db/migrations/*.sql',
        ...inputs
      },
      env: { DATABASE_URL: url }
    })
  }

  function expectMasked(run: ActionRun, url: string): void {
    const stdout = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
    const places = {
      stdout,
      stderr: run.stderr,
      outputs: JSON.stringify(run.outputs),
      summary: run.summary,
      result: JSON.stringify(run.result ?? {})
    }
    for (const [place, text] of Object.entries(places)) {
      for (const secret of [url, server.password, encodeURIComponent(server.password)]) {
        expect(text.includes(secret), `${place} holds ${secret}`).toBe(false)
      }
    }
  }

  test('rolling: migrations run before the deploy, the database check joins the health checks, the URL stays masked', async () => {
    const repo = new TestRepo('deploy-db-')
    const v1 = repo.commit({
      ...IGNORE,
      'app.txt': 'v1',
      'db/migrations/001_users.sql': 'CREATE TABLE users (id int);',
      'db/migrations/001_users.down.sql': 'DROP TABLE users;'
    })
    const url = await server.createDatabase()
    const run = await deploy(repo, url)
    expect(run.exitCode, run.stdout + run.stderr).toBe(0)
    expect(run.result?.status).toBe('success')
    expect(run.result?.steps.map((s: { name: string }) => s.name)).toEqual([
      ...CHECKED,
      'migrations',
      'deploy',
      'health check (live)'
    ])
    expect(run.result?.migrations_applied).toEqual([
      { version: '001', filename: '001_users.sql', duration_ms: expect.any(Number), success: true }
    ])
    const endpoint = `postgresql://127.0.0.1:${server.port}/${new URL(url).pathname.slice(1)}`
    expect(run.result?.health_checks).toContainEqual(expect.objectContaining({ endpoint, passed: true, phase: 'live' }))
    expect(run.summary).toMatch(/### Migrations[\s\S]*\| 001 \| 001\\_users.sql \| \d+ ms \| ✓ \|/)
    expect(run.summary).toContain(endpoint.replaceAll('_', '\\_'))
    expect(readFileSync(join(repo.dir, '.deploys.log'), 'utf8')).toBe(`redeploy ${v1}\n`)
    expectMasked(run, url)
    // The connection string named in an error (a failing migration) is masked too.
    repo.commit({ 'db/migrations/002_fail.sql': `SELECT '${url}'::int;` })
    const failed = await deploy(repo, url)
    expect(failed.result?.status).toBe('failed')
    expect(failed.result?.message).toMatch(
      /002_fail.sql failed and its transaction was rolled back: invalid input syntax for type integer: "\*\*\*"/
    )
    expectMasked(failed, url)
  })

  test('a failing migration stops the deploy before traffic moves; what it applied is undone', async () => {
    const repo = new TestRepo('deploy-db-')
    repo.commit({ ...IGNORE, 'app.txt': 'v1', 'db/migrations/001_users.sql': 'CREATE TABLE users (id int);' })
    const url = await server.createDatabase()
    expect((await deploy(repo, url)).result?.status).toBe('success')
    const v2 = repo.commit({
      'db/migrations/002_email.sql': 'ALTER TABLE users ADD COLUMN email text;',
      'db/migrations/002_email.down.sql': 'ALTER TABLE users DROP COLUMN email;',
      'db/migrations/003_broken.sql': 'ALTER TABLE users ADD COLUMN name text;\nSELECT nope FROM users;',
      'db/migrations/004_later.sql': 'CREATE TABLE later (id int);'
    })
    const run = await deploy(repo, url)
    expect(run.exitCode).toBe(1)
    expect(run.result?.status).toBe('failed')
    expect(run.result?.steps.map((s: { name: string; status: string }) => `${s.name} ${s.status}`)).toEqual([
      ...CHECKED.map((name) => `${name} success`),
      'migrations failed',
      'undo migrations success'
    ])
    expect(run.result?.migrations_applied).toEqual([
      { version: '002', filename: '002_email.sql', duration_ms: expect.any(Number), success: true },
      { version: '003', filename: '003_broken.sql', duration_ms: expect.any(Number), success: false }
    ])
    expect(run.result?.message).toMatch(
      /^migrations: 003_broken.sql failed and its transaction was rolled back: column "nope" does not exist \(line 2\)/
    )
    expect(run.result?.rollback).toEqual({ triggered: false })
    expect(readFileSync(join(repo.dir, '.deploys.log'), 'utf8')).not.toContain(v2)
    const database = new URL(url).pathname.slice(1)
    expect(
      (
        await server.query<{ version: string }>(database, `SELECT version FROM ${MIGRATIONS_TABLE} ORDER BY version`)
      ).map((r) => r.version)
    ).toEqual(['001'])
    const columns = await server.query<{ column_name: string }>(
      database,
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'users' ORDER BY column_name"
    )
    expect(columns.map((c) => c.column_name)).toEqual(['id'])
    expect(run.summary).toMatch(/\| 003 \| 003\\_broken.sql \| \d+ ms \| ✗ \|/)
    expectMasked(run, url)
  })

  test('checksum drift stops the deploy before the deploy command runs', async () => {
    const repo = new TestRepo('deploy-db-')
    const v1 = repo.commit({
      ...IGNORE,
      'app.txt': 'v1',
      'db/migrations/001_users.sql': 'CREATE TABLE users (id int);'
    })
    const url = await server.createDatabase()
    expect((await deploy(repo, url)).result?.status).toBe('success')
    repo.commit({
      'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint);',
      'db/migrations/002_more.sql': 'CREATE TABLE more (id int);'
    })
    const run = await deploy(repo, url)
    expect(run.exitCode).toBe(1)
    expect(run.result?.status).toBe('failed')
    expect(run.result?.message).toMatch(/db\/migrations\/001_users.sql changed since it was applied/)
    // Nothing of the deploy ran: no deploy step, no migration, the deploy command only ran for v1.
    const steps: string[] = run.result?.steps.map((s: { name: string }) => s.name) ?? []
    expect(steps.some((s) => s.includes('deploy'))).toBe(false)
    expect(run.result?.migrations_applied).toEqual([])
    expect(readFileSync(join(repo.dir, '.deploys.log'), 'utf8')).toBe(`redeploy ${v1}\n`)
    const database = new URL(url).pathname.slice(1)
    expect(await server.query(database, "SELECT 1 FROM pg_tables WHERE tablename = 'more'")).toEqual([])
    expectMasked(run, url)
  })

  test('blue-green: checksum drift stops the deploy before the idle colour is touched', async () => {
    const repo = new TestRepo('deploy-db-')
    const v1 = repo.commit({
      ...IGNORE,
      'app.txt': 'v1',
      'db/migrations/001_users.sql': 'CREATE TABLE users (id int);'
    })
    const url = await server.createDatabase()
    const inputs = { strategy: 'blue-green', 'health-urls': `${health().url}/{color}/health` }
    expect((await deploy(repo, url, inputs)).result?.status).toBe('success')
    repo.commit({ 'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint);' })
    const run = await deploy(repo, url, inputs)
    expect(run.result?.status).toBe('failed')
    expect(run.result?.steps.map((s: { name: string; status: string }) => `${s.name} ${s.status}`)).toEqual([
      'check migrations failed'
    ])
    expect(run.result?.message).toMatch(/^check migrations: db\/migrations\/001_users.sql changed since it was applied/)
    expect(readFileSync(join(repo.dir, '.deploys.log'), 'utf8')).toBe(`redeploy ${v1}\nswitch green\n`)
    expectMasked(run, url)
  })

  test('rolled back: the migrations this deploy applied are undone by their down files; one without stays, and the summary says so', async () => {
    const repo = new TestRepo('deploy-db-')
    const v1 = repo.commit({
      ...IGNORE,
      'app.txt': 'v1',
      'db/migrations/001_users.sql': 'CREATE TABLE users (id int);'
    })
    const url = await server.createDatabase()
    const database = new URL(url).pathname.slice(1)
    expect((await deploy(repo, url)).result?.status).toBe('success')
    const v2 = repo.commit({
      'app.txt': 'v2',
      'db/migrations/002_email.sql': 'ALTER TABLE users ADD COLUMN email text;',
      'db/migrations/002_email.down.sql': 'ALTER TABLE users DROP COLUMN email;',
      'db/migrations/003_orders.sql': 'CREATE TABLE orders (id int);',
      'db/migrations/003_orders.down.sql': 'DROP TABLE orders;'
    })
    health().bad.add(v2)
    const run = await deploy(repo, url)
    expect(run.exitCode).toBe(1)
    expect(run.result?.status).toBe('rolled_back')
    expect(run.result?.steps.map((s: { name: string; status: string }) => `${s.name} ${s.status}`)).toEqual([
      ...CHECKED.map((name) => `${name} success`),
      'migrations success',
      'deploy success',
      'health check (live) failed',
      'roll back success',
      'undo migrations success',
      'health check (after rollback) success'
    ])
    expect(run.result?.migrations_applied.map((m: { filename: string }) => m.filename)).toEqual([
      '002_email.sql',
      '003_orders.sql'
    ])
    expect(
      (
        await server.query<{ version: string }>(database, `SELECT version FROM ${MIGRATIONS_TABLE} ORDER BY version`)
      ).map((r) => r.version)
    ).toEqual(['001'])
    expect(await server.query(database, "SELECT 1 FROM pg_tables WHERE tablename = 'orders'")).toEqual([])
    expect(run.summary).toContain(
      "Database: undid this deploy's migrations 003\\_orders.sql and 002\\_email.sql; a later deploy applies them again."
    )
    expect(readFileSync(join(repo.dir, '.live-version'), 'utf8').trim()).toBe(v1)
    expectMasked(run, url)

    // v3 fixes the app and adds a migration without a down file; v4 breaks again.
    const v3 = repo.commit({ 'app.txt': 'v3' })
    const fixed = await deploy(repo, url)
    expect(fixed.result?.status).toBe('success')
    expect(fixed.result?.migrations_applied.map((m: { filename: string }) => m.filename)).toEqual([
      '002_email.sql',
      '003_orders.sql'
    ])
    const v4 = repo.commit({ 'app.txt': 'v4', 'db/migrations/004_audit.sql': 'CREATE TABLE audit (id int);' })
    health().bad.add(v4)
    const again = await deploy(repo, url)
    expect(again.result?.status).toBe('rolled_back')
    expect(again.result?.steps.find((s: { name: string }) => s.name === 'undo migrations')).toMatchObject({
      status: 'failed',
      detail: expect.stringContaining('the schema stays ahead of the code')
    })
    expect(again.summary).toContain(
      'Database: 004\\_audit.sql has no 004\\_audit.down.sql, so 004\\_audit.sql stays applied: the schema stays ahead of the code.'
    )
    expect(
      (
        await server.query<{ version: string }>(database, `SELECT version FROM ${MIGRATIONS_TABLE} ORDER BY version`)
      ).map((r) => r.version)
    ).toEqual(['001', '002', '003', '004'])
    expect(readFileSync(join(repo.dir, '.live-version'), 'utf8').trim()).toBe(v3)
  })

  test('blue-green: the migrations run after the idle colour passed its check and before the switch', async () => {
    const repo = new TestRepo('deploy-db-')
    repo.commit({ ...IGNORE, 'app.txt': 'v1', 'db/migrations/001_users.sql': 'CREATE TABLE users (id int);' })
    const url = await server.createDatabase()
    const run = await deploy(repo, url, { strategy: 'blue-green', 'health-urls': `${health().url}/{color}/health` })
    expect(run.result?.status, run.stdout).toBe('success')
    const steps: string[] = run.result?.steps.map((s: { name: string }) => s.name)
    expect(steps.indexOf('migrations')).toBeGreaterThan(steps.indexOf('health check (candidate)'))
    expect(steps.indexOf('migrations')).toBeLessThan(steps.indexOf('switch traffic to green'))
  })
})
