export const id = 887;
export const ids = [887];
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

/***/ 16887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubDeploymentsObserver: () => (/* binding */ GitHubDeploymentsObserver)
/* harmony export */ });
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44372);
/* harmony import */ var _state_transitions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82649);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4266);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96584);




/** A creation that failed ambiguously is tried again at most twice, after reading that it did not land. */
const CREATE_ATTEMPTS = 3;
const CREATE_BACKOFF_MS = 1000;
const FINAL = {
    success: 'success',
    failed: 'failure',
    rolled_back: 'failure',
    rollback_failed: 'error',
    planned: 'error',
    skipped: 'error'
};
/**
 * A GitHub Deployment for every run that changes the environment, so the repository's
 * Environments page lists every deploy and rollback: created `in_progress` just before the first
 * change, then `success`, `failure` (rolled back or not) or `error` (the rollback failed too).
 */
class GitHubDeploymentsObserver {
    settings;
    log;
    name = 'GitHub Deployment';
    deploymentId;
    constructor(settings, log) {
        this.settings = settings;
        this.log = log;
    }
    async started(run) {
        const plan = run.plan;
        if (!plan || plan.operation === 'none')
            return;
        const client = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__.repositoryClient)(this.settings, this.log);
        const { owner, repo } = client;
        const sha = /^[0-9a-f]{40}$/.test(plan.version) ? plan.version : this.settings.github.sha;
        if (!sha) {
            this.log.warn(`No GitHub Deployment: the version ${plan.version} is not a commit and GITHUB_SHA is not set`);
            return;
        }
        // A service has its own Deployment environment (`production/api`): its history is its own, and
        // a new deploy of one service does not mark another service's Deployment inactive.
        const service = this.settings.service?.name;
        const environment = service ? `${this.settings.environment}/${service}` : this.settings.environment;
        const request = {
            owner,
            repo,
            ref: sha,
            task: 'deploy',
            environment,
            auto_merge: false,
            required_contexts: [],
            description: clip(`${plan.operation} ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(plan.version)} by deploy-orchestrator`),
            production_environment: this.settings.environment === 'production',
            transient_environment: false,
            payload: {
                deployment_id: run.deploymentId,
                ...(service ? { service } : {}),
                plan: {
                    operation: plan.operation,
                    decided_by: plan.decided_by,
                    reasons: plan.reasons.slice(0, 20),
                    version: plan.version,
                    previous_version: plan.previous_version,
                    strategy: plan.strategy,
                    platform: plan.platform,
                    steps: plan.steps,
                    config_commits: plan.config_commits,
                    requires_approval: plan.requires_approval,
                    approval_policy: plan.approval_policy,
                    state_sequence: plan.state_sequence
                },
                approval: run.approval ?? null,
                validation_run_id: run.validation?.runId ?? null
            }
        };
        this.deploymentId = await this.create(request, run.deploymentId);
        await this.status('in_progress', `${plan.operation} of ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(plan.version)} started`, undefined);
        const page = `${this.settings.github.serverUrl.replace(/\/+$/, '')}/${client.repository}/deployments`;
        run.notes.push(`GitHub Deployment ${this.deploymentId} (${environment}): ${page}`);
    }
    /**
     * Creates the Deployment once. Octokit does not retry it (a retry of a creation that landed would
     * show the deploy twice); after a failure that may have landed (no answer, 5xx) the environment's
     * Deployments of this commit are read, and this run's is taken when it is there (its payload
     * carries the run's deployment id). Only when it is not is the creation sent again.
     */
    async create(request, runId) {
        const { octokit } = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__.repositoryClient)(this.settings, this.log);
        for (let attempt = 1;; attempt++) {
            let created;
            try {
                created = await octokit.rest.repos.createDeployment({ ...request, request: { retries: 0 } });
            }
            catch (error) {
                const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__.statusOf)(error);
                const gaveUp = attempt > 1 ? `; gave up after ${attempt} attempts` : '';
                if ((status > 0 && status < 500) || attempt >= CREATE_ATTEMPTS)
                    throw new Error(`could not create the Deployment (${(0,_client_js__WEBPACK_IMPORTED_MODULE_2__.describeError)(error)})${gaveUp}`);
                const landed = await this.findCreated(request, runId).catch((readError) => {
                    throw new Error(`could not create the Deployment (${(0,_client_js__WEBPACK_IMPORTED_MODULE_2__.describeError)(error)}), and whether it landed anyway could not be read (${(0,_client_js__WEBPACK_IMPORTED_MODULE_2__.describeError)(readError)}), so it was not sent again`);
                });
                if (landed !== undefined) {
                    this.log.info(`GitHub Deployment: the answer was lost (${(0,_client_js__WEBPACK_IMPORTED_MODULE_2__.describeError)(error)}), but Deployment ${landed} was created`);
                    return landed;
                }
                this.log.warn(`GitHub Deployment: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_2__.describeError)(error)}; it did not land, creating it again`);
                await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .sleep */ .yy)((0,_util_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .backoffMs */ .jo)(attempt, CREATE_BACKOFF_MS));
                continue;
            }
            if (created.status !== 201 || !('id' in created.data)) {
                throw new Error(`GitHub did not create the Deployment: ${created.data.message ?? `HTTP ${created.status}`}`);
            }
            return created.data.id;
        }
    }
    /** This run's Deployment among the environment's Deployments of the commit, by the payload's run id. */
    async findCreated(request, runId) {
        const { octokit, owner, repo } = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__.repositoryClient)(this.settings, this.log);
        const { data } = await octokit.rest.repos.listDeployments({
            owner,
            repo,
            sha: request.ref,
            environment: request.environment,
            task: 'deploy',
            per_page: 30
        });
        return data.find((d) => d.payload?.deployment_id === runId)?.id;
    }
    async finished(run) {
        if (this.deploymentId === undefined)
            return;
        const state = FINAL[run.status];
        const approval = run.approval && run.approval.how !== 'not-required'
            ? `; approved by ${run.approval.by}${run.approval.comment ? `: ${run.approval.comment}` : ''}`
            : '';
        const outcome = run.status === 'success'
            ? `${run.plan?.operation ?? 'deploy'} of ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(run.newVersion ?? '')} succeeded`
            : `${run.status.replace('_', ' ')}: ${run.message ?? 'see the run'}`;
        await this.status(state, `${outcome}${approval}`, run.url);
    }
    async status(state, description, platformUrl) {
        const { octokit, owner, repo } = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__.repositoryClient)(this.settings, this.log);
        const environmentUrl = this.settings.github.environmentUrl ?? (platformUrl && /^https?:\/\//.test(platformUrl) ? platformUrl : undefined);
        const logUrl = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__.runUrl)(this.settings);
        try {
            await octokit.rest.repos.createDeploymentStatus({
                owner,
                repo,
                deployment_id: this.deploymentId,
                state,
                description: clip(description),
                ...(logUrl ? { log_url: logUrl } : {}),
                ...(environmentUrl ? { environment_url: environmentUrl } : {})
            });
        }
        catch (error) {
            throw new Error(`could not set the Deployment ${this.deploymentId} to ${state} (${(0,_client_js__WEBPACK_IMPORTED_MODULE_2__.describeError)(error)})`);
        }
    }
}
/** Deployment and status descriptions: 140 characters at most. */
function clip(text) {
    return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
}


/***/ })

};

//# sourceMappingURL=887.index.js.map