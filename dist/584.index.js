export const id = 584;
export const ids = [584];
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


/***/ })

};

//# sourceMappingURL=584.index.js.map