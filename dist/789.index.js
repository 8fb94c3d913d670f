export const id = 789;
export const ids = [789];
export const modules = {

/***/ 87789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PostgresMigrator: () => (/* binding */ PostgresMigrator)
});

// UNUSED EXPORTS: MIGRATIONS_TABLE, MIGRATION_LOCK_KEY, MigrationError, describeSqlError

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(83849);
// EXTERNAL MODULE: ./src/util/retry.ts
var retry = __webpack_require__(4266);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/database/migration-files.ts




/** Folders never searched unless the pattern names them: a `**` glob must not walk dependencies. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
const DOWN_SUFFIX = /\.down\.sql$/i;
class MigrationFileError extends Error {
    name = 'MigrationFileError';
}
/**
 * The migrations the glob names, in file-name order. `NAME.down.sql` files are never migrations:
 * they undo `NAME.sql`. Two files with one version are an error (which one runs first is a guess).
 */
async function findMigrations(pattern, workspace) {
    const warnings = [];
    // Relative patterns are matched against workspace-relative paths, so a workspace whose own path
    // holds glob characters ("[", "(") cannot change what the pattern means.
    const posixPattern = toPosix(pattern).replace(/^\.\//, '');
    const absolute = (0,external_node_path_.isAbsolute)(pattern);
    const resolveFrom = (path) => (absolute ? path : (0,external_node_path_.join)(workspace, path));
    const scan = picomatch_default().scan(posixPattern);
    let paths;
    if (!scan.isGlob) {
        const target = resolveFrom(posixPattern);
        const info = await (0,promises_.stat)(target).catch(() => null);
        if (info === null)
            paths = [];
        else if (info.isDirectory())
            paths = await walk(target, false, () => true);
        else
            paths = [target];
    }
    else {
        const matches = picomatch_default()(posixPattern, { dot: false });
        const deep = scan.glob.includes('/') || scan.glob.includes('**');
        const root = resolveFrom(scan.base === '' ? '.' : scan.base);
        paths = await walk(root, deep, (path) => matches(toPosix(absolute ? path : (0,external_node_path_.relative)(workspace, path))), posixPattern);
    }
    const files = [];
    for (const absolutePath of paths) {
        const filename = (0,external_node_path_.basename)(absolutePath);
        if (!/\.sql$/i.test(filename) || DOWN_SUFFIX.test(filename))
            continue;
        const text = await (0,promises_.readFile)(absolutePath, 'utf8');
        const downPath = (0,external_node_path_.join)((0,external_node_path_.dirname)(absolutePath), `${filename.replace(/\.sql$/i, '')}.down.sql`);
        files.push({
            version: migrationVersion(filename),
            filename,
            path: toPosix((0,external_node_path_.relative)(workspace, absolutePath)),
            absolutePath,
            sql: text,
            checksum: checksum(text),
            downPath: (await exists(downPath)) ? downPath : undefined
        });
    }
    files.sort((a, b) => compare(a.filename, b.filename) || compare(a.path, b.path));
    const seen = new Map();
    for (const file of files) {
        const other = seen.get(file.version);
        if (other)
            throw new MigrationFileError(`${other.path} and ${file.path} are both migration ${file.version}: give each migration its own number`);
        seen.set(file.version, file);
    }
    const widths = new Set(files.map((f) => /^\d+/.exec(f.filename)?.[0].length).filter((w) => w !== undefined));
    if (widths.size > 1)
        warnings.push(`migration numbers have different widths (${[...widths].join(', ')} digits): they run in file-name order, so 10_x.sql runs before 2_x.sql; pad them (002_x.sql)`);
    return { files, warnings };
}
/** `001_users.sql` → `001`, `V2__users.sql` → `2`, `20240101120000-users.sql` → `20240101120000`, `seed.sql` → `seed`. */
function migrationVersion(filename) {
    const stem = filename.replace(/\.sql$/i, '');
    const numbered = /^[Vv]?(\d+)(?=$|[_.-])/.exec(stem);
    return numbered ? numbered[1] : stem;
}
function checksum(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');
}
/** Plain code-unit order: the same on every machine, whatever its locale. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
async function walk(root, deep, keep, pattern) {
    const out = [];
    const named = (folder) => pattern !== undefined && pattern.split(/[\\/]/).includes(folder);
    const visit = async (folder) => {
        const entries = await (0,promises_.readdir)(folder, { withFileTypes: true }).catch(() => []);
        for (const entry of entries) {
            const path = (0,external_node_path_.join)(folder, entry.name);
            if (entry.isDirectory()) {
                if (deep && (!SKIPPED_FOLDERS.has(entry.name) || named(entry.name)))
                    await visit(path);
            }
            else if (entry.isFile() && keep(path))
                out.push(path);
        }
    };
    await visit((0,external_node_path_.resolve)(root));
    return out;
}
async function exists(path) {
    return (0,promises_.access)(path).then(() => true, () => false);
}
function toPosix(path) {
    return external_node_path_.sep === '/' ? path : path.split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./src/database/postgres-migrator.ts





const MIGRATIONS_TABLE = 'deploy_orchestrator_migrations';
/**
 * The advisory lock every deploy takes before it changes the schema: a fixed 64-bit key (from the
 * table's name), per database, so two deploys of one database migrate one after the other.
 */
const MIGRATION_LOCK_KEY = BigInt.asIntN(64, BigInt(`0x${(0,external_node_crypto_.createHash)('sha256').update(MIGRATIONS_TABLE).digest('hex').slice(0, 16)}`)).toString();
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
  version text PRIMARY KEY,
  filename text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  duration_ms integer NOT NULL,
  deployment_id text NOT NULL
)`;
class MigrationError extends Error {
    name = 'MigrationError';
}
/**
 * PostgreSQL migrations: pending `.sql` files in file-name order, each in its own transaction and
 * recorded in `deploy_orchestrator_migrations`, under an advisory lock. An applied file whose
 * checksum changed stops everything before anything runs. On rollback, the migrations this deploy
 * applied are undone newest first by their `NAME.down.sql`; the first one without stops the undo,
 * and it and everything older stay (the schema stays ahead of the code), which the summary says.
 *
 * Also an observer: it puts what the undo left behind into the summary's notes.
 */
class PostgresMigrator {
    options;
    name = 'migrations';
    deploymentId;
    files = new Map();
    notes = [];
    constructor(options) {
        this.options = options;
    }
    /**
     * Changes nothing: finds the files, reads what is applied, and throws when an applied migration's
     * file changed since (or the database cannot be reached). Meant to run before the first change.
     */
    async prepare(options) {
        const { log } = options;
        const files = await this.discover(log);
        return this.withClient(async (client) => {
            const applied = (await tableExists(client)) ? await readApplied(client) : [];
            const pending = this.compare(files, applied, log);
            log.info(pending.length === 0
                ? `Migrations: none pending (${applied.length} applied)`
                : `Migrations: ${pending.length} pending (${pending.map((f) => f.filename).join(', ')}); ${applied.length} applied`);
            return { pending: pending.map((f) => f.filename), applied: applied.length };
        });
    }
    async apply(options) {
        const { log, deploymentId } = options;
        this.deploymentId = deploymentId;
        const files = await this.discover(log);
        return this.withClient(async (client) => {
            await this.lock(client, log);
            try {
                await client.query(CREATE_TABLE);
                // Read under the lock: a deploy that held it before may have applied some of ours.
                const pending = this.compare(files, await readApplied(client), log);
                if (pending.length === 0) {
                    log.info('No pending migrations');
                    return [];
                }
                log.info(`Applying ${pending.length} migration${pending.length === 1 ? '' : 's'}: ${pending.map((f) => f.filename).join(', ')}`);
                const records = [];
                for (const file of pending) {
                    const started = performance.now();
                    const record = (success) => ({
                        version: file.version,
                        filename: file.filename,
                        duration_ms: Math.round(performance.now() - started),
                        success,
                        reversible: file.downPath !== undefined
                    });
                    try {
                        await client.query('BEGIN');
                        await client.query(file.sql);
                        const done = record(true);
                        await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (version, filename, checksum, duration_ms, deployment_id) VALUES ($1, $2, $3, $4, $5)`, [file.version, file.filename, file.checksum, done.duration_ms, deploymentId]);
                        await client.query('COMMIT');
                        records.push(done);
                        options.onApplied?.(done);
                        log.info(`  ✓ ${file.filename} (${done.duration_ms} ms)${file.downPath ? '' : ' (no .down.sql: a rollback cannot undo it)'}`);
                    }
                    catch (error) {
                        await client.query('ROLLBACK').catch(() => undefined);
                        const failed = record(false);
                        records.push(failed);
                        options.onApplied?.(failed);
                        log.error(`  ✗ ${file.filename} (${failed.duration_ms} ms): ${describeSqlError(error, file.sql)}`);
                        throw new MigrationError(`${file.filename} failed and its transaction was rolled back: ${describeSqlError(error, file.sql)}`);
                    }
                }
                return records;
            }
            finally {
                await unlock(client);
            }
        });
    }
    /**
     * Undoes what this deploy applied, newest first, each down file and the removal of its record in
     * one transaction, so a later deploy applies it again. Throws when something stays applied.
     */
    async undo(applied, options) {
        const { log } = options;
        const mine = applied.filter((record) => record.success).reverse();
        if (mine.length === 0)
            return;
        if (this.files.size === 0)
            await this.discover(log);
        await this.withClient(async (client) => {
            await this.lock(client, log);
            try {
                for (const [index, record] of mine.entries()) {
                    const file = this.files.get(record.version);
                    const stays = mine.slice(index).map((r) => r.filename);
                    if (!file?.downPath) {
                        const message = `${record.filename} has no ${downName(record.filename)}, so ${listFiles(stays)} stay${stays.length === 1 ? 's' : ''} applied: the schema stays ahead of the code`;
                        this.notes.push(`Database: ${message}.`);
                        throw new MigrationError(message);
                    }
                    const down = await (0,promises_.readFile)(file.downPath, 'utf8');
                    const started = performance.now();
                    try {
                        await client.query('BEGIN');
                        // Only a record this deploy wrote: what another deploy applied is not ours to undo.
                        const removed = await client.query(`DELETE FROM ${MIGRATIONS_TABLE} WHERE version = $1 AND deployment_id = $2`, [record.version, this.deploymentId ?? '']);
                        if (removed.rowCount !== 1)
                            throw new MigrationError(`${record.filename} is not recorded as applied by this deploy`);
                        await client.query(down);
                        await client.query('COMMIT');
                    }
                    catch (error) {
                        await client.query('ROLLBACK').catch(() => undefined);
                        const why = error instanceof MigrationError
                            ? error.message
                            : `${downName(record.filename)} failed (${describeSqlError(error, down)})`;
                        const message = `${why}, so ${listFiles(stays)} stay${stays.length === 1 ? 's' : ''} applied: the schema stays ahead of the code`;
                        this.notes.push(`Database: ${message}.`);
                        throw new MigrationError(message);
                    }
                    log.info(`  ↩ ${record.filename} undone by ${downName(record.filename)} (${Math.round(performance.now() - started)} ms)`);
                }
                this.notes.push(`Database: undid this deploy's migration${mine.length === 1 ? '' : 's'} ${listFiles(mine.map((r) => r.filename))}; a later deploy applies ${mine.length === 1 ? 'it' : 'them'} again.`);
            }
            finally {
                await unlock(client);
            }
        });
    }
    async finished(run) {
        run.notes.push(...this.notes);
    }
    async discover(log) {
        const { files, warnings } = await findMigrations(this.options.pattern, this.options.workspace);
        for (const warning of warnings)
            log.warn(`migrations: ${warning}`);
        if (files.length === 0)
            log.warn(`migrations: "${this.options.pattern}" matches no .sql file in ${this.options.workspace}`);
        this.files = new Map(files.map((f) => [f.version, f]));
        return files;
    }
    /** The pending files, in order; throws on an applied migration whose file changed since. */
    compare(files, applied, log) {
        const byVersion = new Map(applied.map((row) => [row.version, row]));
        const drifted = files.filter((file) => {
            const row = byVersion.get(file.version);
            return row !== undefined && row.checksum !== file.checksum;
        });
        if (drifted.length > 0) {
            const details = drifted.map((file) => {
                const row = byVersion.get(file.version);
                return `${file.path} changed since it was applied (${row.applied_at.toISOString()}, deployment ${row.deployment_id}; checksum ${row.checksum.slice(0, 12)} then, ${file.checksum.slice(0, 12)} now)`;
            });
            throw new MigrationError(`${details.join('; ')}. An applied migration must not be edited: restore it and put the change in a new migration`);
        }
        const known = new Set(files.map((f) => f.version));
        const missing = applied.filter((row) => !known.has(row.version));
        if (missing.length > 0)
            log.warn(`migrations: ${listFiles(missing.map((r) => r.filename))} ${missing.length === 1 ? 'was' : 'were'} applied but ${missing.length === 1 ? 'is' : 'are'} not among the files any more`);
        const pending = files.filter((file) => !byVersion.has(file.version));
        const newest = applied
            .map((r) => r.filename)
            .sort()
            .at(-1);
        const late = newest === undefined ? [] : pending.filter((file) => file.filename < newest);
        if (late.length > 0)
            log.warn(`migrations: ${listFiles(late.map((f) => f.filename))} sort${late.length === 1 ? 's' : ''} before ${newest}, which is applied already: applying out of order`);
        return pending;
    }
    async withClient(body) {
        const client = new esm/* default.Client */.Ay.Client({
            connectionString: this.options.url,
            connectionTimeoutMillis: this.options.connectTimeoutMs ?? 15_000,
            application_name: 'deploy-orchestrator'
        });
        // A dropped connection is an 'error' event: without a listener it would end the process.
        let lost;
        client.on('error', (error) => {
            lost = error;
        });
        try {
            await client.connect();
        }
        catch (error) {
            throw new MigrationError(`cannot connect to the database: ${describeSqlError(error)}`);
        }
        try {
            return await body(client);
        }
        catch (error) {
            if (lost && !(error instanceof MigrationError))
                throw new MigrationError(`the database connection was lost: ${lost.message}`);
            throw error;
        }
        finally {
            await client.end().catch(() => undefined);
        }
    }
    async lock(client, log) {
        const timeoutMs = this.options.lockTimeoutMs ?? 300_000;
        const deadline = performance.now() + timeoutMs;
        let told = false;
        for (;;) {
            const { rows } = await client.query('SELECT pg_try_advisory_lock($1::bigint) AS locked', [
                MIGRATION_LOCK_KEY
            ]);
            if (rows[0]?.locked)
                return;
            if (!told) {
                log.info('Another deploy is migrating this database: waiting for it to finish');
                told = true;
            }
            if (performance.now() >= deadline)
                throw new MigrationError(`another deploy held the migration lock for more than ${Math.round(timeoutMs / 1000)} s`);
            await (0,retry/* sleep */.yy)(250);
        }
    }
}
async function unlock(client) {
    await client.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
}
async function tableExists(client) {
    const { rows } = await client.query('SELECT to_regclass($1) AS found', [MIGRATIONS_TABLE]);
    return rows[0]?.found != null;
}
async function readApplied(client) {
    const { rows } = await client.query(`SELECT version, filename, checksum, applied_at, duration_ms, deployment_id FROM ${MIGRATIONS_TABLE} ORDER BY filename`);
    return rows;
}
/** PostgreSQL's message with its code, and the line when the server gave a position in the file. */
function describeSqlError(error, sql) {
    const err = error;
    let text = err.message ?? String(error);
    if (sql && err.position && /^\d+$/.test(err.position)) {
        const line = sql.slice(0, Number(err.position)).split('\n').length;
        text += ` (line ${line})`;
    }
    if (err.code && /^[0-9A-Z]{5}$/.test(err.code))
        text += ` [SQLSTATE ${err.code}]`;
    if (err.detail)
        text += `: ${err.detail}`;
    return text;
}
function downName(filename) {
    return `${filename.replace(/\.sql$/i, '')}.down.sql`;
}
function listFiles(names) {
    if (names.length <= 1)
        return names.join('');
    return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}


/***/ })

};

//# sourceMappingURL=789.index.js.map