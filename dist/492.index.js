export const id = 492;
export const ids = [492];
export const modules = {

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ githubClient),
/* harmony export */   OE: () => (/* binding */ RateLimitError),
/* harmony export */   Sf: () => (/* binding */ MAX_RATE_LIMIT_WAIT_SECONDS),
/* harmony export */   describeError: () => (/* binding */ describeError),
/* harmony export */   fv: () => (/* binding */ errorCodes),
/* harmony export */   repositoryClient: () => (/* binding */ repositoryClient),
/* harmony export */   statusOf: () => (/* binding */ statusOf)
/* harmony export */ });
/* unused harmony export isRequestError */
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59988);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4266);





/** The Octokit this action uses: REST methods, retries of transient errors, rate-limit waits. */
const ActionOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
/** A rate limit that resets later than this fails the run instead of holding the runner. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120;
const MAX_RATE_LIMIT_RETRIES = 2;
const REQUEST_TIMEOUT_MS = 60_000;
/**
 * The throttling plugin's write groups without their spacing. By default it starts writes one second
 * apart and notification-triggering writes (Deployments, their statuses) three seconds apart, which
 * made a deploy spend 1-4 s waiting. GitHub's secondary limit is 80 content-creating requests a
 * minute (and 500 an hour); a run makes 3-5 writes, so there is no need to pace them. Still one at a
 * time, as the plugin does, and the plugin still waits whatever a 403/429 secondary or primary rate
 * limit asks (the retry limiter and `onSecondaryRateLimit` are untouched). Shared by every client
 * of the run, as the plugin's own groups are.
 */
const unspacedWrites = {
    write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ id: 'octokit-write', maxConcurrent: 1, minTime: 0 }),
    notifications: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ id: 'octokit-notifications', maxConcurrent: 1, minTime: 0 })
};
class Client {
    octokit;
    owner;
    repo;
    repository;
    apiUrl;
    requests = 0;
    constructor(options) {
        const { log } = options;
        const maxWait = options.maxWaitSeconds ?? MAX_RATE_LIMIT_WAIT_SECONDS;
        this.apiUrl = options.apiUrl.replace(/\/+$/, '');
        this.repository = options.repository ?? '';
        const [owner = '', repo = ''] = this.repository.split('/');
        this.owner = owner;
        this.repo = repo;
        if (options.token)
            log.secret(options.token);
        // One bound for every wait GitHub (or a proxy before it) asks for: the throttling plugin's
        // primary and secondary limits, and the bare `retry-after` answers waited out below.
        const mayWait = (what, seconds, retryCount) => {
            if (retryCount >= MAX_RATE_LIMIT_RETRIES || seconds > maxWait) {
                log.warn(`${what}: it asks to wait ${seconds} s, more than this run waits (${maxWait} s, ${MAX_RATE_LIMIT_RETRIES} tries); giving up`);
                return false;
            }
            log.warn(`${what}: waiting ${seconds} s as asked, then trying again`);
            return true;
        };
        const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => mayWait(`GitHub ${kind} rate limit on ${request.method} ${redactPath(request.url)}`, retryAfter, retryCount);
        const counted = (input, init) => {
            this.requests++;
            return fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
        };
        this.octokit = new ActionOctokit({
            auth: options.token,
            baseUrl: this.apiUrl,
            userAgent: 'deploy-orchestrator',
            request: { fetch: counted },
            // Octokit's own messages (deprecations, plugin trouble) go to the run's log, redacted there.
            log: {
                debug: () => undefined,
                info: () => undefined,
                warn: (message) => log.warn(String(message)),
                error: (message) => log.warn(String(message))
            },
            throttle: {
                onRateLimit: onLimit('primary'),
                onSecondaryRateLimit: onLimit('secondary'),
                ...unspacedWrites
            },
            // 429 and 403 are the throttling plugin's (it waits what GitHub asks); the retry plugin backs off
            // 1 and 4 s on 5xx and network errors, and never touches uploads (their callers pass retries: 0).
            retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] }
        });
        // Outermost: a 403 or 429 that asks to wait (`retry-after`) but carries neither GitHub's
        // rate-limit wording nor its headers (a proxy in front of GitHub Enterprise) is no limit the
        // throttling plugin knows; it is waited out here, uploads included (a refused request did
        // nothing). Any rate limit given up on fails with the wait it asked for.
        this.octokit.hook.wrap('request', async (request, options) => {
            for (let retryCount = 0;; retryCount++) {
                try {
                    return await request(options);
                }
                catch (error) {
                    const limit = rateLimitOf(error);
                    if (!limit)
                        throw error;
                    const what = `GitHub answered HTTP ${limit.status} with retry-after on ${options.method} ${redactPath(options.url)}`;
                    if (limit.kind !== 'retry-after' || !mayWait(what, limit.seconds, retryCount))
                        throw new RateLimitError(error, limit, maxWait);
                    await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .sleep */ .yy)(limit.seconds * 1000);
                }
            }
        });
    }
}
/** A 403 or 429 that asks to wait, classified as the throttling plugin does, plus a bare `retry-after`. */
function rateLimitOf(error) {
    if (!isRequestError(error) || (error.status !== 403 && error.status !== 429))
        return undefined;
    const headers = error.response?.headers ?? {};
    const retryAfter = (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .retryAfterMs */ .Vs)(headers['retry-after']);
    const status = error.status;
    if (/\bsecondary rate\b/i.test(error.message))
        return { status, kind: 'secondary', seconds: retryAfter === undefined ? 60 : Math.ceil(retryAfter / 1000) };
    const errors = error.response?.data?.errors;
    if (headers['x-ratelimit-remaining'] === '0' ||
        (Array.isArray(errors) && errors.some((e) => e?.type === 'RATE_LIMITED'))) {
        const reset = Number(headers['x-ratelimit-reset'] ?? 0) * 1000;
        return { status, kind: 'primary', seconds: Math.max(0, Math.ceil((reset - Date.now()) / 1000) + 1) };
    }
    if (retryAfter !== undefined)
        return { status, kind: 'retry-after', seconds: Math.ceil(retryAfter / 1000) };
    return undefined;
}
/**
 * A rate limit this run did not wait out: the wait asked for was longer than the bound, or the limit
 * held through every try. Keeps the answer's status and response, so callers tell it apart as before.
 */
class RateLimitError extends Error {
    status;
    response;
    constructor(cause, limit, maxWaitSeconds) {
        const which = limit.kind === 'retry-after' ? 'retry-after' : `GitHub's ${limit.kind} rate limit`;
        super(limit.seconds > maxWaitSeconds
            ? `HTTP ${limit.status}: rate limited (${which}); asked to wait ${limit.seconds} s, more than this run waits (${maxWaitSeconds} s)`
            : `HTTP ${limit.status}: rate limited (${which}) through ${MAX_RATE_LIMIT_RETRIES + 1} tries; asked to wait ${limit.seconds} s`, { cause });
        this.name = 'RateLimitError';
        this.status = cause.status;
        this.response = cause.response;
    }
}
const clients = new Map();
/**
 * One client per token and API URL for the whole run, so the rate-limit bookkeeping is shared.
 * The token is declared a secret before any request can fail and print something.
 */
function githubClient(options) {
    const key = `${options.apiUrl}\0${options.repository ?? ''}\0${options.token ?? ''}`;
    let client = clients.get(key);
    if (!client) {
        client = new Client(options);
        clients.set(key, client);
    }
    return client;
}
/** The workflow repository's client, with `github-token`. */
function repositoryClient(settings, log) {
    return githubClient({
        token: settings.github.token,
        apiUrl: settings.github.apiUrl,
        repository: settings.github.repository,
        log
    });
}
function isRequestError(error) {
    return error instanceof Error && typeof error.status === 'number';
}
/** A status of a failed request, 0 when no answer came (network, timeout). */
function statusOf(error) {
    return isRequestError(error) ? error.status : 0;
}
/** `errors[].code` of a 422 answer (`already_exists`, `invalid`, ...). */
function errorCodes(error) {
    if (!isRequestError(error))
        return [];
    const data = error.response?.data;
    return (data?.errors ?? []).map((e) => (typeof e === 'string' ? e : String(e?.code ?? '')));
}
/**
 * What went wrong, for a message: the status and GitHub's message, never a request dump (Octokit
 * errors carry the request options; none of that is printed).
 */
function describeError(error) {
    if (error instanceof RateLimitError)
        return error.message;
    if (!isRequestError(error))
        return error instanceof Error ? error.message : String(error);
    const data = error.response?.data;
    // A proxy's error page is HTML: its text, shortened, says enough.
    const message = typeof data?.message === 'string'
        ? data.message
        : error.message
            .replace(/ - https:\/\/docs\.github\.com\S*$/, '')
            .replace(/<[^>]*>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim()
            .slice(0, 200);
    return error.status ? `HTTP ${error.status}: ${message}` : `no answer: ${message}`;
}
function redactPath(url) {
    try {
        const parsed = new URL(url, 'http://api.invalid');
        return parsed.pathname;
    }
    catch {
        return url.split('?')[0] ?? url;
    }
}


/***/ }),

/***/ 43492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubRequiredChecksGate: () => (/* binding */ GitHubRequiredChecksGate)
});

// EXTERNAL MODULE: ./src/gate/approval.ts + 1 modules
var approval = __webpack_require__(77330);
;// CONCATENATED MODULE: ./src/gate/required-checks.ts
/** Newest first: a later start (a run not started yet is the newest), then a higher id. */
function newerRun(a, b) {
    const time = (run) => (run.started_at ? Date.parse(run.started_at) : Infinity);
    return time(b) - time(a) || b.id - a.id;
}
function newerStatus(a, b) {
    return Date.parse(b.updated_at) - Date.parse(a.updated_at) || b.id - a.id;
}
/**
 * The verdict on each required name, as GitHub's pull request page shows it: the latest check run
 * of the name (several apps or suites may report one name; a re-run supersedes the run before) and
 * the latest status of the context. A name reported both ways needs both to have passed; a name
 * reported neither way is missing.
 */
function judgeRequiredChecks(required, runs, statuses) {
    const records = [];
    for (const name of required) {
        const named = runs.filter((run) => run.name === name).sort(newerRun);
        const run = named[0];
        if (run) {
            const conclusion = run.status === 'completed' ? (run.conclusion ?? 'no conclusion') : run.status;
            records.push({
                name,
                kind: 'check_run',
                conclusion,
                passed: conclusion === 'success',
                ...(run.app?.slug || run.app?.name ? { app: run.app.slug ?? run.app.name } : {}),
                ...(run.html_url || run.details_url ? { url: (run.html_url || run.details_url) } : {}),
                ...(run.completed_at && run.status === 'completed' ? { completed_at: run.completed_at } : {}),
                ...(named.length > 1 ? { runs: named.length } : {})
            });
        }
        const status = statuses.filter((s) => s.context === name).sort(newerStatus)[0];
        if (status) {
            records.push({
                name,
                kind: 'status',
                conclusion: status.state,
                passed: status.state === 'success',
                ...(status.target_url ? { url: status.target_url } : {}),
                completed_at: status.updated_at
            });
        }
        if (!run && !status)
            records.push({ name, kind: null, conclusion: 'missing', passed: false });
    }
    return records;
}
const RUNNING = new Set(['queued', 'in_progress', 'waiting', 'requested', 'pending', 'missing']);
/** Not passed, but may still pass: running, queued, or not reported yet. */
function stillRunning(record) {
    return !record.passed && RUNNING.has(record.conclusion);
}
/** One check for a message: `tests concluded failure (check run by github-actions, https://…)`. */
function describeCheck(record) {
    if (record.kind === null)
        return `${record.name} was not reported (no check run or commit status of that name)`;
    const source = `${record.kind === 'check_run' ? 'check run' : 'commit status'}${record.app ? ` by ${record.app}` : ''}${record.runs ? `, latest of ${record.runs} runs` : ''}${record.url ? `, ${record.url}` : ''}`;
    if (record.passed)
        return `${record.name} passed (${source})`;
    return stillRunning(record)
        ? `${record.name} is still ${record.conclusion.replace('_', ' ')} (${source})`
        : `${record.name} concluded ${record.conclusion}, not success (${source})`;
}

// EXTERNAL MODULE: ./src/state/transitions.ts
var transitions = __webpack_require__(82649);
// EXTERNAL MODULE: ./src/util/retry.ts
var retry = __webpack_require__(4266);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(96584);
;// CONCATENATED MODULE: ./src/github/required-checks.ts





/** Polls of pending checks: from 3 s, doubling, at most a minute apart (each poll is 1 + names requests). */
const POLL_BASE_MS = 3000;
const POLL_MAX_MS = 60_000;
/** The combined status lists 100 contexts a page; a commit with more than 1000 is not read further. */
const STATUS_PAGES = 10;
/**
 * `required-checks`: every named check run or commit status must have concluded `success` on the
 * commit being deployed, the latest run counting. Fail closed: missing, failed, cancelled or still
 * pending stops the run before any change, naming each. Pending and missing ones are waited for up
 * to `required-checks-wait-seconds`; a failed one stops the run at once.
 */
class GitHubRequiredChecksGate {
    settings;
    log;
    constructor(settings, log) {
        this.settings = settings;
        this.log = log;
    }
    async check(plan) {
        const { requiredChecks: names, requiredChecksFor, requiredChecksWaitSeconds: waitSeconds } = this.settings.github;
        const scope = plan.operation === 'rollback' ? 'rollback' : 'deploy';
        if (!requiredChecksFor.includes(scope)) {
            this.log.info(`Required checks not checked for a ${scope} (\`required-checks-for\`: ${requiredChecksFor.join(', ')})`);
            return undefined;
        }
        const sha = plan.version;
        if (!/^[0-9a-f]{40}$/.test(sha))
            throw new approval/* GateError */.u(`\`required-checks\`: the version ${sha} is not a commit SHA, so no check can vouch for it; nothing ran`);
        const deadline = Date.now() + waitSeconds * 1000;
        for (let poll = 1;; poll++) {
            const records = await this.read(sha, names);
            const failed = records.filter((r) => !r.passed && !stillRunning(r));
            const waiting = records.filter(stillRunning);
            if (failed.length === 0 && waiting.length === 0) {
                for (const record of records)
                    this.log.info(`✓ ${describeCheck(record)}`);
                return records;
            }
            const left = deadline - Date.now();
            if (failed.length > 0 || left <= 0) {
                const waited = waitSeconds > 0 && failed.length === 0 ? ` after waiting ${waitSeconds} s` : '';
                const missing = records.some((r) => r.kind === null);
                const howToWait = waiting.length > 0 && waitSeconds === 0 ? ' (`required-checks-wait-seconds` waits for pending ones)' : '';
                throw new approval/* GateError */.u(`required checks have not passed on ${(0,transitions/* short */.h0)(sha)}${waited}: ${[...failed, ...waiting].map(describeCheck).join('; ')}${missing ? ` (names match exactly: a check run's name, e.g. a job's "test (ubuntu-latest)", or a status's context)` : ''}${howToWait}; nothing ran`);
            }
            const pause = Math.min(left, (0,retry/* backoffMs */.jo)(poll, POLL_BASE_MS, POLL_MAX_MS));
            this.log.info(`Waiting for ${waiting.map((r) => `${r.name} (${r.conclusion.replace('_', ' ')})`).join(', ')}: next look in ${Math.ceil(pause / 1000)} s, ${Math.ceil(left / 1000)} s left of \`required-checks-wait-seconds\``);
            await (0,retry/* sleep */.yy)(pause);
        }
    }
    async read(sha, names) {
        const [runs, statuses] = await Promise.all([
            Promise.all(names.map((name) => this.checkRuns(sha, name))).then((lists) => lists.flat()),
            this.statuses(sha)
        ]);
        return judgeRequiredChecks(names, runs, statuses);
    }
    /** Every check run of that name on the commit, from every app and suite (`filter: all`: re-runs too). */
    async checkRuns(sha, name) {
        const { octokit, owner, repo } = (0,client.repositoryClient)(this.settings, this.log);
        try {
            return await octokit.paginate(octokit.rest.checks.listForRef, { owner, repo, ref: sha, check_name: name, filter: 'all', per_page: 100 }, (response) => response.data);
        }
        catch (error) {
            throw this.unreadable(`the check runs named "${name}"`, sha, error, 'checks');
        }
    }
    /** The latest status of each context on the commit (the combined status, every page). */
    async statuses(sha) {
        const { octokit, owner, repo } = (0,client.repositoryClient)(this.settings, this.log);
        const statuses = [];
        try {
            for (let page = 1; page <= STATUS_PAGES; page++) {
                const { data } = await octokit.rest.repos.getCombinedStatusForRef({
                    owner,
                    repo,
                    ref: sha,
                    per_page: 100,
                    page
                });
                statuses.push(...data.statuses);
                if (data.statuses.length < 100 || statuses.length >= data.total_count)
                    break;
            }
        }
        catch (error) {
            throw this.unreadable('the commit statuses', sha, error, 'statuses');
        }
        return statuses;
    }
    unreadable(what, sha, error, permission) {
        const status = (0,client.statusOf)(error);
        const hint = status === 403 && !(error instanceof client/* RateLimitError */.OE)
            ? `: the token needs \`${permission}: read\` (add \`permissions: ${permission}: read\` to the job, or to the caller of the reusable workflow)`
            : status === 404 || status === 422
                ? `: is ${(0,transitions/* short */.h0)(sha)} pushed to ${this.settings.github.repository}?`
                : '';
        return new approval/* GateError */.u(`\`required-checks\`: ${what} of ${(0,transitions/* short */.h0)(sha)} could not be read (${(0,client.describeError)(error)})${hint}; nothing ran`);
    }
}


/***/ }),

/***/ 82649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B3: () => (/* binding */ recordSuccess),
/* harmony export */   C5: () => (/* binding */ recordFailure),
/* harmony export */   Ij: () => (/* binding */ recordRollback),
/* harmony export */   es: () => (/* binding */ rollbackTarget),
/* harmony export */   h0: () => (/* binding */ short),
/* harmony export */   xF: () => (/* binding */ beginAttempt)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76858);

/**
 * How a run changes the state. Pure: the engine decides, these compute the next document, and a
 * store writes it as one compare-and-swap. Every transition raises the sequence by one.
 */
function next(state, environment, now, service) {
    const base = state ?? (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyState */ .p$)(environment, service);
    return { ...base, schema_version: _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .STATE_SCHEMA_VERSION */ .b8, sequence: base.sequence + 1, updated_at: now };
}
/**
 * Claims the environment (or the service of it) before anything runs; a crash leaves this attempt
 * visible to the next run.
 */
function beginAttempt(state, environment, attempt, now, service) {
    return { ...next(state, environment, now, service), last_attempt: { ...attempt, status: 'in_progress' } };
}
/** The new version is live and healthy: it becomes current and the newest rollback target. */
function recordSuccess(state, record, keepVersions, now) {
    const history = [record, ...state.history.filter((entry) => entry.version !== record.version)].slice(0, keepVersions);
    return {
        ...next(state, state.environment, now),
        current: record,
        history,
        // A version that is healthy now is no longer known bad (a fixed config, a redeploy after an outage).
        known_bad: state.known_bad.filter((bad) => bad.version !== record.version),
        last_attempt: finish(state.last_attempt, 'success', now)
    };
}
/**
 * The run failed. The current version stays the last good one (it is what serves: either traffic
 * never moved, or the rollback put it back); the failed version becomes known bad, never again a
 * rollback target.
 */
function recordFailure(state, failure, now) {
    const knownBad = state.known_bad.filter((bad) => bad.version !== failure.version);
    // A version that was good before stays a rollback target: a restart that fails says nothing of the
    // code, and marking the only good version bad would leave nothing to return to.
    const wasGood = state.history.some((entry) => entry.version === failure.version);
    if (!wasGood) {
        knownBad.unshift({ version: failure.version, deployment_id: failure.deploymentId, at: now, reason: failure.reason });
    }
    return {
        ...next(state, state.environment, now),
        current: failure.current === undefined ? state.current : failure.current,
        known_bad: knownBad.slice(0, 50),
        last_attempt: { ...finish(state.last_attempt, failure.status, now), reason: failure.reason }
    };
}
/**
 * `mode: rollback` succeeded: the target becomes current; the version rolled away from is known bad
 * (someone asked to leave it) and leaves the history.
 */
function recordRollback(state, target, leaving, reason, now) {
    const history = [
        target,
        ...state.history.filter((e) => e.version !== target.version && e.version !== leaving?.version)
    ];
    const knownBad = leaving
        ? [{ version: leaving.version, deployment_id: leaving.deployment_id, at: now, reason }, ...state.known_bad]
        : state.known_bad;
    return {
        ...next(state, state.environment, now),
        current: target,
        history,
        known_bad: knownBad.slice(0, 50),
        last_attempt: finish(state.last_attempt, 'success', now)
    };
}
function finish(attempt, status, now) {
    return attempt ? { ...attempt, status, finished_at: now } : null;
}
/** A version the state allows returning to: good once, not known bad, not the one running. */
function rollbackTarget(state, requested) {
    if (!state?.current)
        return 'there is no deployment state for this environment yet, so there is nothing to roll back to';
    const bad = new Set(state.known_bad.map((entry) => entry.version));
    if (requested) {
        if (bad.has(requested))
            return `version ${requested} is known bad (${state.known_bad.find((b) => b.version === requested)?.reason}); it is never a rollback target`;
        const match = state.history.find((entry) => entry.version === requested || entry.version.startsWith(requested));
        if (!match)
            return `version ${requested} is not among the last good versions (${state.history.map((e) => short(e.version)).join(', ')}); raise keep-versions to remember more`;
        if (match.version === state.current.version)
            return `version ${requested} is the one running already`;
        return match;
    }
    const candidate = state.history.find((entry) => entry.version !== state.current.version && !bad.has(entry.version));
    return (candidate ??
        `no earlier good version is recorded (history: ${state.history.map((e) => short(e.version)).join(', ') || 'empty'})`);
}
function short(version) {
    return /^[0-9a-f]{40}$/.test(version) ? version.slice(0, 7) : version;
}


/***/ })

};

//# sourceMappingURL=492.index.js.map