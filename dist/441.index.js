export const id = 441;
export const ids = [441];
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

/***/ 36441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubConfigRepoSource: () => (/* binding */ GitHubConfigRepoSource)
/* harmony export */ });
/* harmony import */ var _analyze_config_repos_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73260);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96584);


/** ETags of branch heads seen in this process: a repeated look-up is a 304, free of rate limit. */
const heads = new Map();
/**
 * `owner/repo[@ref]` config repositories through the REST API: the head in one request (the SHA
 * media type, conditional when this process asked before), the commits since the deployed one from
 * the compare API (one more request, only when the head moved).
 */
class GitHubConfigRepoSource {
    settings;
    client;
    ownToken;
    constructor(settings, log) {
        this.settings = settings;
        this.ownToken = settings.configReposToken !== undefined;
        this.client = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .githubClient */ .$f)({
            token: settings.configReposToken ?? settings.github.token,
            apiUrl: settings.github.apiUrl,
            log
        });
    }
    supports(spec) {
        return spec.kind === 'github';
    }
    async inspect(spec, deployed) {
        const [owner = '', repo = ''] = spec.url.split('/');
        const head = await this.head(spec, owner, repo);
        const base = {
            name: spec.name,
            source: `${this.settings.github.serverUrl.replace(/\/+$/, '')}/${spec.url}`,
            envName: spec.envName,
            deployed,
            head
        };
        if (deployed === head)
            return { ...base, moved: false, commits: [], totalCommits: 0 };
        if (!deployed)
            return { ...base, moved: true, commits: [], totalCommits: 0, note: 'not deployed before' };
        return { ...base, moved: true, ...(await this.commitsBetween(spec, owner, repo, deployed, head)) };
    }
    async head(spec, owner, repo) {
        const ref = spec.ref ?? 'HEAD';
        const key = `${this.client.apiUrl}/${spec.url}@${ref}`;
        const cached = heads.get(key);
        let response;
        try {
            response = await this.client.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', {
                owner,
                repo,
                ref,
                headers: { accept: 'application/vnd.github.sha', ...(cached ? { 'if-none-match': cached.etag } : {}) }
            });
        }
        catch (error) {
            const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.statusOf)(error);
            if (status === 304 && cached)
                return cached.sha;
            throw this.failure(spec, ref, error);
        }
        const data = response.data;
        const sha = (typeof data === 'string' ? data : data instanceof ArrayBuffer ? Buffer.from(data).toString('utf8') : '').trim();
        if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) {
            throw new _analyze_config_repos_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigRepoError */ .dp(spec, `GitHub answered the head of ${ref} with something that is not a commit SHA`, 'check `GITHUB_API_URL` and the ref');
        }
        const etag = response.headers.etag;
        if (etag)
            heads.set(key, { etag, sha });
        return sha;
    }
    failure(spec, ref, error) {
        const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.statusOf)(error);
        const own = this.settings.github.repository;
        if (status === 404 || status === 403) {
            const fix = this.ownToken
                ? `make sure \`config-repos-token\` can read ${spec.url} (contents: read) and the name is right`
                : `the workflow's GITHUB_TOKEN reaches only its own repository${own ? ` (${own})` : ''}: for a private config repo pass a token that can read ${spec.url} (a GitHub App installation token or a fine-grained token with contents: read) as \`config-repos-token\``;
            return new _analyze_config_repos_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigRepoError */ .dp(spec, `not found through the GitHub API (${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__.describeError)(error)}): it does not exist, or it is private and the token cannot read it`, fix);
        }
        if (status === 422)
            return new _analyze_config_repos_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigRepoError */ .dp(spec, `has no ref "${ref}" (${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__.describeError)(error)})`, 'fix the @REF part of the config-repos line');
        if (status === 401)
            return new _analyze_config_repos_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigRepoError */ .dp(spec, `the token was refused (${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__.describeError)(error)})`, `check ${this.ownToken ? '`config-repos-token`' : '`github-token`'}`);
        return new _analyze_config_repos_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigRepoError */ .dp(spec, `unreachable through the GitHub API (${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__.describeError)(error)})`, 'run again; if it persists, check `GITHUB_API_URL` and githubstatus.com');
    }
    async commitsBetween(spec, owner, repo, deployed, head) {
        let comparison;
        try {
            comparison = (await this.client.octokit.rest.repos.compareCommits({ owner, repo, base: deployed, head })).data;
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__.statusOf)(error) === 404) {
                return {
                    commits: [],
                    totalCommits: 0,
                    note: `the deployed commit ${deployed.slice(0, 12)} is no longer in the history (force-push?)`
                };
            }
            return { commits: [], totalCommits: 0, note: `commit subjects unavailable (${(0,_client_js__WEBPACK_IMPORTED_MODULE_1__.describeError)(error)})` };
        }
        const commits = comparison.commits
            .map((c) => ({ sha: c.sha, subject: c.commit.message.split('\n')[0] ?? '' }))
            .slice(-_analyze_config_repos_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMIT_LIST_LIMIT */ .Pv);
        const total = Math.max(comparison.total_commits, commits.length);
        const notes = [];
        if (comparison.status === 'behind')
            notes.push(`the head is ${comparison.behind_by} commit${comparison.behind_by === 1 ? '' : 's'} behind the deployed commit (moved back)`);
        if (comparison.status === 'diverged') {
            notes.push(`the deployed commit ${deployed.slice(0, 12)} is not an ancestor of the head (force-push?): ${comparison.ahead_by} new, ${comparison.behind_by} gone`);
        }
        if (total > commits.length)
            notes.push(`${total} new commits; the compare API lists ${commits.length} (at most ${_analyze_config_repos_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMIT_LIST_LIMIT */ .Pv})`);
        return {
            commits,
            totalCommits: comparison.status === 'behind' ? 0 : total,
            note: notes.length > 0 ? notes.join('; ') : undefined
        };
    }
}


/***/ })

};

//# sourceMappingURL=441.index.js.map