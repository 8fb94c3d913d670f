export const id = 418;
export const ids = [418,584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ githubClient),
/* harmony export */   describeError: () => (/* binding */ describeError),
/* harmony export */   fv: () => (/* binding */ errorCodes),
/* harmony export */   repositoryClient: () => (/* binding */ repositoryClient),
/* harmony export */   statusOf: () => (/* binding */ statusOf)
/* harmony export */ });
/* unused harmony exports MAX_RATE_LIMIT_WAIT_SECONDS, isRequestError */
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9988);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__);




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
        const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
            const what = `${request.method} ${redactPath(request.url)}`;
            if (retryCount >= MAX_RATE_LIMIT_RETRIES || retryAfter > maxWait) {
                log.warn(`GitHub ${kind} rate limit on ${what}: it resets in ${retryAfter} s, more than this run waits (${maxWait} s, ${MAX_RATE_LIMIT_RETRIES} tries); giving up`);
                return false;
            }
            log.warn(`GitHub ${kind} rate limit on ${what}: waiting ${retryAfter} s as GitHub asks, then trying again`);
            return true;
        };
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
    if (!isRequestError(error))
        return error instanceof Error ? error.message : String(error);
    const data = error.response?.data;
    const message = typeof data?.message === 'string' ? data.message : error.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
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

/***/ 5418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubValidationGate: () => (/* binding */ GitHubValidationGate)
/* harmony export */ });
/* harmony import */ var _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7330);
/* harmony import */ var _state_transitions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2649);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6584);



/**
 * A deploy proceeds only after a validation workflow run passed on the very commit being deployed:
 * `validation-run-id` names the run, `validation-workflow` takes the newest run of that workflow
 * file for the commit. With `require-validation` (the default when either is given) a missing or
 * failed validation stops the run; without, it is a warning.
 */
class GitHubValidationGate {
    settings;
    log;
    constructor(settings, log) {
        this.settings = settings;
        this.log = log;
    }
    async check(plan) {
        try {
            return await this.validate(plan);
        }
        catch (error) {
            if (!(error instanceof _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u) || this.settings.github.requireValidation)
                throw error;
            this.log.warn(`${error.message} (\`require-validation\` is false: deploying anyway)`);
            return null;
        }
    }
    async validate(plan) {
        const { validationRunId, validationWorkflow, repository, token } = this.settings.github;
        const version = plan.version;
        if (!validationRunId && !validationWorkflow) {
            throw new _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u('`require-validation` is true, but neither `validation-run-id` nor `validation-workflow` names the validation to check; nothing ran');
        }
        if (!repository || !token)
            throw new _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u('the validation run cannot be checked without `github-token` and GITHUB_REPOSITORY; nothing ran');
        if (!/^[0-9a-f]{40}$/.test(version))
            throw new _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`the version ${version} is not a commit SHA, so no validation run can vouch for it; nothing ran`);
        const { octokit, owner, repo } = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__.repositoryClient)(this.settings, this.log);
        let run;
        if (validationRunId) {
            try {
                run = (await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: Number(validationRunId) })).data;
            }
            catch (error) {
                throw new _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`the validation run ${validationRunId} (input \`validation-run-id\`) ${(0,_client_js__WEBPACK_IMPORTED_MODULE_2__.statusOf)(error) === 404 ? 'does not exist in this repository' : `could not be read (${(0,_client_js__WEBPACK_IMPORTED_MODULE_2__.describeError)(error)})`}; nothing ran`);
            }
        }
        else {
            const workflow = validationWorkflow.split('/').pop();
            let runs;
            try {
                runs = (await octokit.rest.actions.listWorkflowRuns({
                    owner,
                    repo,
                    workflow_id: workflow,
                    head_sha: version,
                    per_page: 20
                })).data.workflow_runs;
            }
            catch (error) {
                throw new _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`the validation workflow ${workflow} (input \`validation-workflow\`) ${(0,_client_js__WEBPACK_IMPORTED_MODULE_2__.statusOf)(error) === 404 ? `does not exist in ${repository} (give the file name, e.g. ci.yml)` : `could not be read (${(0,_client_js__WEBPACK_IMPORTED_MODULE_2__.describeError)(error)})`}; nothing ran`);
            }
            const newest = runs.filter((r) => r.head_sha === version).sort((a, b) => b.id - a.id)[0];
            if (!newest)
                throw new _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`the validation workflow ${workflow} has no run for ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(version)}: run it on this commit first; nothing ran`);
            run = newest;
        }
        const label = `validation run ${run.id}${run.name ? ` (${run.name})` : ''}`;
        if (run.head_sha !== version) {
            throw new _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`the ${label} validated ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(run.head_sha)}, not the commit being deployed (${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(version)}); nothing ran. ${run.html_url}`);
        }
        if (run.status !== 'completed')
            throw new _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`the ${label} has not finished (status ${run.status}); wait for it, then run again; nothing ran. ${run.html_url}`);
        if (run.conclusion !== 'success')
            throw new _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`the ${label} concluded ${run.conclusion ?? 'without a conclusion'}, not success, on ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(version)}; nothing ran. ${run.html_url}`);
        return { runId: String(run.id), url: run.html_url };
    }
}


/***/ })

};

//# sourceMappingURL=418.index.js.map