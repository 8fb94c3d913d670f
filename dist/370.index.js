export const id = 370;
export const ids = [370];
export const modules = {

/***/ 73260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mv: () => (/* binding */ GitConfigRepoSource),
/* harmony export */   Pv: () => (/* binding */ COMMIT_LIST_LIMIT),
/* harmony export */   dp: () => (/* binding */ ConfigRepoError)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _settings_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31073);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13968);





const COMMIT_LIST_LIMIT = 250;
class ConfigRepoError extends Error {
    constructor(spec, cause, fix) {
        super(`config repo "${spec.name}" (${(0,_settings_settings_js__WEBPACK_IMPORTED_MODULE_3__.redactUrl)(spec.url)}): ${cause}; ${fix}`);
        this.name = 'ConfigRepoError';
    }
}
/** Any URL or path `git ls-remote` understands. Subjects come from a blob-less bare clone. */
class GitConfigRepoSource {
    cwd;
    timeoutMs;
    constructor(cwd, timeoutMs = 60_000) {
        this.cwd = cwd;
        this.timeoutMs = timeoutMs;
    }
    supports(spec) {
        return spec.kind === 'git';
    }
    async inspect(spec, deployed) {
        const head = await this.head(spec);
        const base = { name: spec.name, source: (0,_settings_settings_js__WEBPACK_IMPORTED_MODULE_3__.redactUrl)(spec.url), envName: spec.envName, deployed, head };
        if (deployed === head)
            return { ...base, moved: false, commits: [], totalCommits: 0 };
        if (!deployed)
            return { ...base, moved: true, commits: [], totalCommits: 0, note: 'not deployed before' };
        return { ...base, moved: true, ...(await this.commitsBetween(spec, deployed, head)) };
    }
    async head(spec) {
        const ref = spec.ref ?? 'HEAD';
        let out;
        try {
            out = (await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$Y)(['ls-remote', '--', spec.url, ref], { cwd: this.cwd, timeoutMs: this.timeoutMs })).stdout;
        }
        catch (error) {
            throw new ConfigRepoError(spec, `unreachable (${error.message})`, 'check the URL and that the runner can read it (a private repository needs credentials)');
        }
        const lines = out
            .split('\n')
            .filter(Boolean)
            .map((line) => line.split('\t'));
        // `main` may match refs/heads/main and refs/tags/main: prefer the exact, then the branch.
        const pick = lines.find(([, name]) => name === ref) ??
            lines.find(([, name]) => name === `refs/heads/${ref}`) ??
            lines.find(([, name]) => name === `refs/tags/${ref}^{}`) ??
            lines.find(([, name]) => name === `refs/tags/${ref}`) ??
            lines[0];
        if (!pick?.[0] || !/^[0-9a-f]{40,64}$/.test(pick[0])) {
            throw new ConfigRepoError(spec, `has no ref "${ref}"`, 'fix the @REF part of the config-repos line');
        }
        return pick[0];
    }
    async commitsBetween(spec, deployed, head) {
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'deploy-orchestrator-config-'));
        try {
            await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$Y)(['init', '--bare', '--quiet', dir], { cwd: this.cwd });
            const fetched = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$Y)(['fetch', '--quiet', '--filter=blob:none', '--no-tags', '--', spec.url, head], {
                cwd: dir,
                timeoutMs: this.timeoutMs * 2,
                allowFailure: true
            });
            if (fetched.exitCode !== 0) {
                return { commits: [], totalCommits: 0, note: 'commit subjects unavailable (fetch failed)' };
            }
            const known = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$Y)(['cat-file', '-e', `${deployed}^{commit}`], { cwd: dir, allowFailure: true });
            if (known.exitCode !== 0) {
                return {
                    commits: [],
                    totalCommits: 0,
                    note: `the deployed commit ${deployed.slice(0, 12)} is no longer in the history (force-push?)`
                };
            }
            const log = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_4__/* .git */ .$Y)(['log', '--format=%H%x00%s', '--reverse', `${deployed}..${head}`], { cwd: dir });
            const all = log.stdout
                .split('\n')
                .filter(Boolean)
                .map((line) => {
                const [sha, subject] = line.split('\0');
                return { sha: sha, subject: subject ?? '' };
            });
            const commits = all.slice(-COMMIT_LIST_LIMIT);
            return {
                commits,
                totalCommits: all.length,
                note: all.length > COMMIT_LIST_LIMIT
                    ? `${all.length} new commits; the newest ${COMMIT_LIST_LIMIT} are listed`
                    : undefined
            };
        }
        catch (error) {
            if (error instanceof _util_git_js__WEBPACK_IMPORTED_MODULE_4__/* .GitError */ .XS)
                return {
                    commits: [],
                    totalCommits: 0,
                    note: `commit subjects unavailable (${(0,_util_git_js__WEBPACK_IMPORTED_MODULE_4__/* .firstLine */ .TM)(error.stderr) || error.message})`
                };
            throw error;
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        }
    }
}


/***/ }),

/***/ 59597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ otherColor),
/* harmony export */   W: () => (/* binding */ PlatformError)
/* harmony export */ });
const otherColor = (color) => (color === 'blue' ? 'green' : 'blue');
/** A thrown failure of a platform step, with where it happened relative to traffic. */
class PlatformError extends Error {
    beforeTraffic;
    constructor(message, 
    /** True when the new version never took traffic, so nothing needs rolling back. */
    beforeTraffic) {
        super(message);
        this.beforeTraffic = beforeTraffic;
        this.name = 'PlatformError';
    }
}


/***/ }),

/***/ 76858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   K$: () => (/* binding */ StateConflictError),
/* harmony export */   b8: () => (/* binding */ STATE_SCHEMA_VERSION),
/* harmony export */   p$: () => (/* binding */ emptyState),
/* harmony export */   qq: () => (/* binding */ StateError),
/* harmony export */   sU: () => (/* binding */ serializeState)
/* harmony export */ });
/* unused harmony exports ATTEMPT_STATUSES, deploymentStateSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);

/** The required checks that had passed on the commit when it was deployed (`required-checks`). */
const requiredChecks = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), passed: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY() })).optional();
/** Bump when a reader of the old schema could misread the new one. */
const STATE_SCHEMA_VERSION = 1;
const versionRecord = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    /** The commit (or version string) deployed. */
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    config_commits: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default({}),
    image: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    image_digest: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** Blue-green: the colour this version runs in (and that takes traffic while it is current). */
    color: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['blue', 'green']).optional(),
    deployed_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    deployment_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    operation: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    approved_by: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    required_checks: requiredChecks,
    /** Platform-specific handles (e.g. the DigitalOcean deployment id), carried through untouched. */
    platform: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional()
});
const knownBad = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    deployment_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
});
const ATTEMPT_STATUSES = ['in_progress', 'success', 'failed', 'rolled_back', 'rollback_failed'];
const attempt = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    deployment_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    operation: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(ATTEMPT_STATUSES),
    started_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    finished_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    approved_by: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    required_checks: requiredChecks,
    run_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional()
});
const deploymentStateSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(STATE_SCHEMA_VERSION),
    environment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** The service of a repository with `services:`; absent for a repository of one service. */
    service: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** Rises by one with every write; the compare-and-swap token of every store. */
    sequence: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1),
    updated_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    current: versionRecord.nullable(),
    /** The last good versions, newest first, the current one included. */
    history: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(versionRecord),
    known_bad: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(knownBad),
    last_attempt: attempt.nullable()
});
class StateError extends Error {
    constructor(message) {
        super(message);
        this.name = 'StateError';
    }
}
/** The state moved between read and write: another run wrote first. */
class StateConflictError extends StateError {
    expectedSequence;
    foundSequence;
    constructor(expectedSequence, foundSequence) {
        super(`the state moved since this run read it (expected sequence ${expectedSequence}, found ${foundSequence ?? 'none'}): another run deployed this environment at the same time; re-plan and run again`);
        this.expectedSequence = expectedSequence;
        this.foundSequence = foundSequence;
        this.name = 'StateConflictError';
    }
}
/**
 * Parses stored bytes. Anything but a valid document of a schema we know stops the run: a state we
 * cannot read must never be overwritten by one that forgets what it held.
 */
function parseState(text, where) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new StateError(`the state in ${where} is not valid JSON (${error.message}); it was left untouched. Restore it from a backup or an earlier version, or move it away to start from no state`);
    }
    const version = json?.schema_version;
    if (typeof version === 'number' && version > STATE_SCHEMA_VERSION) {
        throw new StateError(`the state in ${where} has schema version ${version}, newer than this action understands (${STATE_SCHEMA_VERSION}); it was left untouched. Use the newer deploy-orchestrator release that wrote it`);
    }
    const parsed = deploymentStateSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new StateError(`the state in ${where} is not a deploy-orchestrator state (${issue?.path.join('.') || 'document'}: ${issue?.message}); it was left untouched`);
    }
    return parsed.data;
}
function serializeState(state) {
    return `${JSON.stringify(state, null, 2)}\n`;
}
function emptyState(environment, service) {
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
    };
}


/***/ }),

/***/ 34726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ failpoint)
/* harmony export */ });
/**
 * Crash points for the crash-safety tests: with DEPLOY_ORCHESTRATOR_FAILPOINT=<name> the process
 * kills itself with SIGKILL when it reaches that point, as a runner losing its machine would.
 * Nothing else reads this variable; unset, a failpoint costs one comparison.
 */
function failpoint(name) {
    if (process.env.DEPLOY_ORCHESTRATOR_FAILPOINT === name)
        process.kill(process.pid, 'SIGKILL');
}


/***/ }),

/***/ 13968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   XS: () => (/* binding */ GitError)
/* harmony export */ });
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22017);

class GitError extends Error {
    stderr;
    constructor(message, stderr) {
        super(message);
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
/** Git never asks for a password here: a prompt would hang the job until its timeout. */
const GIT_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: 'echo',
    SSH_ASKPASS: 'echo',
    GCM_INTERACTIVE: 'never',
    LC_ALL: 'C'
};
async function git(args, options) {
    const result = await (0,_process_js__WEBPACK_IMPORTED_MODULE_0__/* .runProcess */ .R3)('git', args, {
        cwd: options.cwd,
        env: { ...process.env, ...GIT_ENV, ...options.env },
        timeoutMs: options.timeoutMs ?? 60_000,
        maxBufferBytes: 64 * 1024 * 1024
    });
    const exitCode = result.exitCode ?? -1;
    if (result.timedOut)
        throw new GitError(`git ${args[0]} did not answer within ${Math.round((options.timeoutMs ?? 60_000) / 1000)} s`, result.stderr);
    if (exitCode !== 0 && !options.allowFailure) {
        throw new GitError(`git ${args[0]} failed (exit ${exitCode}): ${firstLine(result.stderr)}`, result.stderr);
    }
    return { stdout: result.stdout, exitCode };
}
function firstLine(text) {
    const line = text.split('\n').find((l) => l.trim() !== '');
    return (line ?? '').trim().slice(0, 300);
}


/***/ }),

/***/ 22017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ runShell),
/* harmony export */   FN: () => (/* binding */ processAlive),
/* harmony export */   R3: () => (/* binding */ runProcess)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Runs a program in its own process group, so a deadline or an abort stops the whole tree (a shell
 * script's children included), which @actions/exec cannot do. Never throws for a non-zero exit.
 */
function runProcess(file, args, options = {}) {
    const started = performance.now();
    const maxBuffer = options.maxBufferBytes ?? 1024 * 1024;
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            detached: true
        });
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        let aborted = false;
        const kill = () => {
            try {
                if (child.pid)
                    process.kill(-child.pid, 'SIGTERM');
            }
            catch {
                /* already gone */
            }
            // A process that ignores SIGTERM gets SIGKILL shortly after.
            setTimeout(() => {
                try {
                    if (child.pid)
                        process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    /* already gone */
                }
            }, 2000).unref();
        };
        const timer = options.timeoutMs !== undefined
            ? setTimeout(() => {
                timedOut = true;
                kill();
            }, options.timeoutMs)
            : undefined;
        const onAbort = () => {
            aborted = true;
            kill();
        };
        if (options.signal?.aborted)
            onAbort();
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const collect = (stream) => {
            let pending = '';
            return (chunk) => {
                const text = chunk.toString('utf8');
                if (stream === 'stdout' && stdout.length < maxBuffer)
                    stdout += text;
                if (stream === 'stderr' && stderr.length < maxBuffer)
                    stderr += text;
                if (!options.onLine)
                    return;
                pending += text;
                let newline = pending.indexOf('\n');
                while (newline >= 0) {
                    options.onLine(pending.slice(0, newline).replace(/\r$/, ''), stream);
                    pending = pending.slice(newline + 1);
                    newline = pending.indexOf('\n');
                }
            };
        };
        child.stdout.on('data', collect('stdout'));
        child.stderr.on('data', collect('stderr'));
        if (options.input !== undefined && child.stdin)
            child.stdin.end(options.input);
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
            reject(error);
        });
        child.on('close', (exitCode, signal) => {
            if (timer)
                clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
            if (options.onLine) {
                const tailOut = stdout.endsWith('\n') ? '' : stdout.slice(stdout.lastIndexOf('\n') + 1);
                const tailErr = stderr.endsWith('\n') ? '' : stderr.slice(stderr.lastIndexOf('\n') + 1);
                if (tailOut)
                    options.onLine(tailOut, 'stdout');
                if (tailErr)
                    options.onLine(tailErr, 'stderr');
            }
            resolve({ exitCode, signal, stdout, stderr, durationMs: performance.now() - started, timedOut, aborted });
        });
    });
}
/** The runner's own shell for `run:` steps, so commands behave as they would in a workflow. */
function runShell(command, options = {}) {
    return runProcess('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], options);
}
/** Whether a process of this machine still runs (EPERM: it runs, as another user). */
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}


/***/ }),

/***/ 4266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/** The recovery policy's arithmetic, shared by every client that retries (App Platform, the state download, GitHub Deployments, the webhooks). */
/** Exponential backoff with jitter: `baseMs × 2^(attempt-1)`, at most `maxMs`, then half to all of it. */
function backoffMs(attempt, baseMs, maxMs = Infinity, random = Math.random) {
    return Math.min(maxMs, baseMs * 2 ** (attempt - 1)) * (0.5 + random() * 0.5);
}
/** A `retry-after` header in milliseconds: seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(value) {
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!text)
        return undefined;
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
/** Waits `ms`, or less when `signal` fires; never rejects. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (ms <= 0 || signal?.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}


/***/ }),

/***/ 20787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ httpProbe),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   b7: () => (/* binding */ runHealthChecks),
/* harmony export */   xE: () => (/* binding */ preloadHttpProbes)
/* harmony export */ });
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4266);

let fetchLoaded;
/**
 * Loads what HTTP probes need, for a run that may check URLs: Node's own fetch (undici, from Node's
 * code cache, shared with the GitHub client; a bundled second HTTP client would be compiled in every
 * deploy for a handful of requests). Its implementation loads at the first call, which a `data:`
 * URL makes without a request; `runHealthChecks` waits for it, so no attempt's time or timeout
 * includes the loading.
 */
function preloadHttpProbes() {
    fetchLoaded ??= fetch('data:,')
        .then((response) => response.arrayBuffer())
        .catch(() => undefined);
    return fetchLoaded;
}
const MAX_BODY_BYTES = 256 * 1024;
function httpProbe(url, policy) {
    return {
        endpoint: url,
        ready: preloadHttpProbes,
        async attempt(signal) {
            const response = await fetch(url, {
                method: 'GET',
                signal,
                headers: { 'user-agent': 'deploy-orchestrator' },
                redirect: 'manual'
            });
            let body = '';
            if (policy.bodyMatch && response.body) {
                const decoder = new TextDecoder();
                for await (const chunk of response.body) {
                    body += decoder.decode(chunk, { stream: true });
                    if (body.length > MAX_BODY_BYTES)
                        break;
                }
            }
            // What is left is not read: the connection is closed, not drained.
            await response.body?.cancel().catch(() => undefined);
            const statusOk = policy.expectedStatus.includes(response.status);
            const bodyOk = !policy.bodyMatch || policy.bodyMatch.test(body);
            const detail = !statusOk
                ? `HTTP ${response.status}, expected ${policy.expectedStatus.join(' or ')}`
                : !bodyOk
                    ? `body did not match /${policy.bodyMatch.source}/`
                    : undefined;
            return { statusCode: response.status, passed: statusOk && bodyOk, detail };
        }
    };
}
/**
 * Checks every probe in parallel, each attempt bounded by `timeoutMs`, attempts `intervalMs` apart; a
 * probe fails after `retries` failures in a row (at once for a final one). Without `bakeMs` a probe
 * is done when it passes once; with it, it keeps being checked until it passes with the window over
 * (the bake), and the first probe that fails ends the check for all. The whole check also ends when
 * `signal` fires (a rollback's deadline). Passes when every probe passed.
 */
async function runHealthChecks(probes, policy, options) {
    const records = [];
    const failures = [];
    const bakeMs = options.bakeMs ?? 0;
    // A bake lasts minutes: one failed probe fails it, the others need not run to the end.
    const failed = new AbortController();
    const between = options.signal ? AbortSignal.any([options.signal, failed.signal]) : failed.signal;
    await Promise.all(probes.map((probe) => probe.ready?.()));
    const started = performance.now();
    const results = await Promise.all(probes.map(async (probe) => {
        let inARow = 0;
        for (let attempt = 1;; attempt++) {
            if (options.signal?.aborted) {
                failures.push(`${probe.endpoint}: deadline reached before attempt ${attempt}`);
                return false;
            }
            if (failed.signal.aborted)
                return false;
            const { record, final } = await attemptOnce(probe, attempt, policy, options);
            records.push(record);
            options.onRecord?.(record);
            if (record.passed) {
                inARow = 0;
                const left = bakeMs - (performance.now() - started);
                if (left <= 0)
                    return true;
                await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .yy)(Math.min(policy.intervalMs, left), between);
                continue;
            }
            inARow++;
            if (final || inARow >= policy.retries) {
                const count = bakeMs > 0
                    ? `${inARow} failure${inARow === 1 ? '' : 's'} in a row`
                    : `after ${attempt} attempt${attempt === 1 ? '' : 's'}`;
                failures.push(`${probe.endpoint}: ${record.detail ?? `HTTP ${record.status_code}`} (${final ? 'not retried' : count})`);
                if (bakeMs > 0)
                    failed.abort();
                return false;
            }
            await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .yy)(policy.intervalMs, between);
        }
    }));
    const passed = results.every(Boolean);
    return { passed, records, failure: passed ? undefined : failures.join('; ') };
}
async function attemptOnce(probe, attempt, policy, options) {
    const started = performance.now();
    const base = { endpoint: probe.endpoint, timestamp: new Date().toISOString(), attempt, phase: options.phase };
    const query = probe.query === undefined ? {} : { query: probe.query };
    const timeout = AbortSignal.timeout(policy.timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    try {
        const answer = await probe.attempt(signal);
        const record = {
            ...base,
            status_code: answer.statusCode,
            response_time_ms: Math.round(performance.now() - started),
            passed: answer.passed,
            detail: answer.detail,
            ...query,
            ...(answer.value === undefined ? {} : { value: answer.value })
        };
        return { record, final: !answer.passed && answer.final === true };
    }
    catch (error) {
        const record = {
            ...base,
            status_code: 0,
            response_time_ms: Math.round(performance.now() - started),
            passed: false,
            detail: timeout.aborted ? `no answer within ${policy.timeoutMs / 1000} s` : describeError(error),
            ...query
        };
        return { record, final: false };
    }
}
function describeError(error) {
    const err = error;
    const code = err.cause?.code ?? err.code;
    if (code === 'ECONNREFUSED')
        return 'connection refused (nothing listening)';
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
        return 'connection dropped';
    if (code === 'ENOTFOUND')
        return 'host not found';
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT')
        return 'timed out';
    if (error?.name === 'AbortError' || code === 'ABORT_ERR')
        return 'aborted (deadline)';
    return err.cause?.message ?? err.message ?? String(error);
}


/***/ })

};

//# sourceMappingURL=370.index.js.map