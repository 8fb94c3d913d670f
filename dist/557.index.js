export const id = 557;
export const ids = [557];
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

/***/ 77938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createReleaseStore: () => (/* binding */ createReleaseStore),
/* harmony export */   releaseStores: () => (/* binding */ releaseStores)
/* harmony export */ });
/* unused harmony exports KEEP_STATE_VERSIONS, KEEP_SERVICE_STATE_VERSIONS, assetName, ReleaseStateConflictError, ReleaseListing, ReleaseAssetStateStore */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _settings_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46990);
/* harmony import */ var _state_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76858);
/* harmony import */ var _state_target_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7176);
/* harmony import */ var _util_failpoint_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34726);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4266);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96584);







/** Versions of one environment's state kept in the release; older ones are deleted after a write. */
const KEEP_STATE_VERSIONS = 20;
/**
 * The same for one service of a repository with `services:`. A release holds at most 1000 assets,
 * and every run of every service lists them all: 5 each keeps 50 services within 3 pages.
 */
const KEEP_SERVICE_STATE_VERSIONS = 5;
const DOWNLOAD_TIMEOUT_MS = 60_000;
/** The signed URL's recovery policy: four attempts, backoff from 0.5 s (or the `retry-after` asked). */
const DOWNLOAD_ATTEMPTS = 4;
const DOWNLOAD_BACKOFF_MS = 500;
const UPLOAD_ATTEMPTS = 2;
/**
 * `production.state.000042.json`, or `production.api.state.000042.json` for the service `api`: six
 * digits at least, so names sort as the numbers do.
 */
function assetName(environment, sequence, service) {
    return `${stateKey(environment, service)}.state.${String(sequence).padStart(6, '0')}.json`;
}
function stateKey(environment, service) {
    return service ? `${environment}.${service}` : environment;
}
function assetSequence(key, name) {
    const prefix = `${key}.state.`;
    if (!name.startsWith(prefix) || !name.endsWith('.json'))
        return undefined;
    const digits = name.slice(prefix.length, -'.json'.length);
    return /^\d{6,}$/.test(digits) ? Number(digits) : undefined;
}
function sha256(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** Another run wrote the sequence number this run meant to write: nothing of this run was stored. */
class ReleaseStateConflictError extends _state_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .StateConflictError */ .K$ {
    constructor(expected, found, detail) {
        super(expected, found);
        this.message = `the state moved since this run planned; re-plan: ${detail}. This run stored nothing; run it again to plan from the new state`;
    }
}
/**
 * The state release of a repository and the list of its assets, looked up once and shared by the
 * stores of every service a run reads: 50 services cost one listing, not 50. Only a store's first
 * read uses the shared list; what it looks up after a write is listed afresh.
 */
class ReleaseListing {
    client;
    tag;
    log;
    /** undefined: not looked up yet; null: no release yet (created on the first write). */
    found;
    assets;
    constructor(client, tag, log) {
        this.client = client;
        this.tag = tag;
        this.log = log;
    }
    release() {
        this.found ??= this.findRelease();
        this.found.catch(() => (this.found = undefined));
        return this.found;
    }
    /** After this run created the release: look again (a run racing this one may have made an older one). */
    forgetRelease() {
        this.found = undefined;
        this.assets = undefined;
    }
    /** The assets as first listed, for the first read of every store. */
    firstListing(release) {
        this.assets ??= this.list(release);
        this.assets.catch(() => (this.assets = undefined));
        return this.assets;
    }
    async list(release) {
        const { octokit, owner, repo } = this.client;
        try {
            return await octokit.paginate(octokit.rest.repos.listReleaseAssets, { owner, repo, release_id: release.id, per_page: 100 }, (response) => response.data.map((a) => ({ id: a.id, name: a.name, state: a.state, digest: a.digest ?? null })));
        }
        catch (error) {
            throw new _state_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .StateError */ .qq(`cannot list the assets of the state release ${this.tag} of ${this.client.repository} (${(0,_client_js__WEBPACK_IMPORTED_MODULE_3__.describeError)(error)})${permissionHint(error)}`);
        }
    }
    async findRelease() {
        const { octokit, owner, repo } = this.client;
        let releases;
        try {
            releases = await octokit.paginate(octokit.rest.repos.listReleases, { owner, repo, per_page: 100 }, (response) => response.data.map((r) => ({ id: r.id, tag_name: r.tag_name, draft: r.draft, upload_url: r.upload_url })));
        }
        catch (error) {
            throw new _state_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .StateError */ .qq(`cannot list the releases of ${this.client.repository} to find the state release ${this.tag} (${(0,_client_js__WEBPACK_IMPORTED_MODULE_3__.describeError)(error)})${permissionHint(error)}`);
        }
        const matching = releases.filter((r) => r.tag_name === this.tag);
        // Several drafts of the tag (two first runs racing): everyone takes the oldest.
        const pick = [...matching].sort((a, b) => Number(b.draft) - Number(a.draft) || a.id - b.id)[0];
        if (!pick) {
            this.log.info(`No draft release ${this.tag} in ${this.client.repository} yet: it is created on the first write (a token without contents: write cannot see drafts)`);
            return null;
        }
        if (!pick.draft) {
            this.log.warn(`The state release ${this.tag} of ${this.client.repository} is published: where immutable releases are on, GitHub refuses any change to its assets. Turn it back into a draft (Edit release → Save as draft)`);
        }
        return { id: pick.id, draft: pick.draft, uploadUrl: pick.upload_url };
    }
}
/**
 * The state in a draft release of the workflow's repository, one asset per version
 * (`<environment>.state.<NNNNNN>.json`, or `<environment>.<service>.state.<NNNNNN>.json`). The
 * release stays a draft: published releases can become immutable, and a draft has no tag, so it
 * never shows as a release to users.
 *
 * Compare-and-swap: the write of sequence N+1 is an upload of a new asset name, and GitHub refuses a
 * second asset of a taken name (422 `already_exists`). Exactly one run gets each number; a run that
 * loses stores nothing. After an ambiguous failure (5xx, no answer) the asset's digest tells whether
 * this run's bytes landed: uploads are never retried blindly.
 */
class ReleaseAssetStateStore {
    client;
    environment;
    tag;
    log;
    keep;
    location;
    /** undefined: not looked up yet; null: no release yet (created on the first write). */
    release;
    assets = [];
    /** The sequence this run read (0: no state yet); a write must be exactly one more. */
    baseline;
    service;
    /** `production`, or `production.api`: what the asset names start with. */
    key;
    listing;
    constructor(client, environment, tag, log, keep = KEEP_STATE_VERSIONS, options = {}) {
        this.client = client;
        this.environment = environment;
        this.tag = tag;
        this.log = log;
        this.keep = keep;
        this.service = options.service;
        this.key = stateKey(environment, options.service);
        this.listing = options.listing ?? new ReleaseListing(client, tag, log);
        this.location = `release ${tag} of ${client.repository} (assets ${this.key}.state.NNNNNN.json)`;
    }
    async read() {
        const release = await this.findRelease();
        if (!release) {
            this.baseline = 0;
            return null;
        }
        this.assets = this.own(await this.listing.firstListing(release));
        const newest = this.newest();
        if (!newest) {
            this.baseline = 0;
            return null;
        }
        const state = await this.load(newest);
        this.baseline = state.sequence;
        return state;
    }
    async write(next) {
        if (this.baseline === undefined)
            await this.read();
        const baseline = this.baseline ?? 0;
        if (next.environment !== this.environment || next.service !== this.service) {
            throw new _state_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .StateError */ .qq(`refusing to write a state of ${(0,_state_target_js__WEBPACK_IMPORTED_MODULE_4__/* .targetName */ .j)(next.environment, next.service)} into the state of ${(0,_state_target_js__WEBPACK_IMPORTED_MODULE_4__/* .targetName */ .j)(this.environment, this.service)}`);
        }
        if (next.sequence !== baseline + 1)
            throw new _state_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .StateConflictError */ .K$(next.sequence - 1, baseline);
        const release = this.release ?? (await this.createRelease());
        const name = assetName(this.environment, next.sequence, this.service);
        const bytes = Buffer.from((0,_state_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .serializeState */ .sU)(next), 'utf8');
        const asset = await this.upload(release, name, bytes, next.sequence);
        this.baseline = next.sequence;
        this.assets = [...this.assets.filter((a) => a.name !== name), asset];
        this.log.debug(`State sequence ${next.sequence} stored as ${name} (${asset.digest ?? 'no digest'})`);
        await this.prune(next.sequence);
    }
    // ---- the release ----------------------------------------------------------------------------
    async findRelease() {
        if (this.release === undefined)
            this.release = await this.listing.release();
        return this.release;
    }
    async createRelease() {
        const { octokit, owner, repo } = this.client;
        this.log.info(`Creating the draft release ${this.tag} in ${this.client.repository} to hold the deploy state`);
        try {
            // No target_commitish: GitHub takes the default branch, which GITHUB_TOKEN may always target.
            await octokit.rest.repos.createRelease({
                owner,
                repo,
                tag_name: this.tag,
                name: 'deploy-orchestrator state',
                body: 'Deploy state of deploy-orchestrator: one asset per version of each environment. Keep this release a draft; do not publish it, edit its assets or delete it.',
                draft: true
            });
        }
        catch (error) {
            throw new _state_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .StateError */ .qq(`cannot create the draft release ${this.tag} that holds the state in ${this.client.repository} (${(0,_client_js__WEBPACK_IMPORTED_MODULE_3__.describeError)(error)})${permissionHint(error)}`);
        }
        // Converge with a run that created one at the same time: both use the oldest draft.
        this.listing.forgetRelease();
        this.release = undefined;
        const release = await this.findRelease();
        if (!release)
            throw new _state_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .StateError */ .qq(`created the draft release ${this.tag} in ${this.client.repository}, but it is not listed; is the token allowed to see drafts (contents: write)?`);
        return release;
    }
    // ---- assets ---------------------------------------------------------------------------------
    async listAssets(release) {
        return this.own(await this.listing.list(release));
    }
    /** This state's assets among the release's (other environments and services have their own). */
    own(assets) {
        const result = [];
        for (const asset of assets) {
            const sequence = assetSequence(this.key, asset.name);
            if (sequence !== undefined)
                result.push({ ...asset, sequence });
        }
        return result;
    }
    /** The state: the highest sequence fully uploaded. Uploads that never completed are ignored. */
    newest() {
        return this.assets.filter((a) => a.state === 'uploaded').sort((a, b) => b.sequence - a.sequence)[0];
    }
    async load(asset) {
        const where = `release asset ${asset.name} (draft release ${this.tag} of ${this.client.repository})`;
        let bytes;
        try {
            bytes = await this.download(asset.id);
        }
        catch (error) {
            throw new _state_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .StateError */ .qq(`cannot download the state ${where}: ${(0,_client_js__WEBPACK_IMPORTED_MODULE_3__.describeError)(error)}; nothing was changed`);
        }
        if (asset.digest && sha256(bytes) !== asset.digest) {
            throw new _state_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .StateError */ .qq(`the state ${where} does not match its digest (${asset.digest}, downloaded ${sha256(bytes)}): it was left untouched; run again, and if it persists restore an earlier version`);
        }
        const state = (0,_state_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .parseState */ .Bu)(bytes.toString('utf8'), where);
        if (state.sequence !== asset.sequence || state.environment !== this.environment || state.service !== this.service) {
            throw new _state_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .StateError */ .qq(`the state ${where} holds sequence ${state.sequence} of ${state.service ? `the service ${state.service} of ` : ''}environment ${state.environment}, not what its name says (${asset.sequence} of ${(0,_state_target_js__WEBPACK_IMPORTED_MODULE_4__/* .targetName */ .j)(this.environment, this.service)}): it was left untouched; delete or fix the asset`);
        }
        return state;
    }
    /**
     * The asset's bytes. GitHub answers with a redirect to a signed URL of its object store: that URL
     * is fetched without the token (it needs none, and the store echoes what it is sent).
     */
    async download(assetId) {
        const { octokit, owner, repo } = this.client;
        const response = await octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            owner,
            repo,
            asset_id: assetId,
            headers: { accept: 'application/octet-stream' },
            request: { redirect: 'manual' }
        });
        const status = response.status;
        if (status >= 300 && status < 400) {
            const location = response.headers.location;
            if (!location)
                throw new Error(`GitHub answered ${status} without a location`);
            return this.fetchSigned(new URL(location, this.client.apiUrl));
        }
        const data = response.data;
        if (data instanceof ArrayBuffer)
            return Buffer.from(data);
        if (typeof data === 'string')
            return Buffer.from(data, 'utf8');
        // A JSON content type (a misconfigured proxy) was parsed by Octokit: no bytes to verify.
        throw new Error('GitHub answered with a document instead of the asset bytes');
    }
    /**
     * The object store's answer, retried like the API's (Octokit's retries stop at the redirect): a
     * connection failure, a timeout, 5xx, 429 or 403 (a rate limit, or a signature the store refuses
     * is answered alike) are tried again with backoff, `retry-after` honoured within the API's bound.
     */
    async fetchSigned(url) {
        for (let attempt = 1;; attempt++) {
            let problem;
            let waitMs = (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .backoffMs */ .jo)(attempt, DOWNLOAD_BACKOFF_MS);
            let response;
            try {
                response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
                if (response.ok)
                    return Buffer.from(await response.arrayBuffer());
                await response.body?.cancel();
                problem = `the signed download URL answered HTTP ${response.status}`;
            }
            catch (error) {
                problem = `the signed download URL did not answer (${(0,_client_js__WEBPACK_IMPORTED_MODULE_3__.describeError)(error)})`;
            }
            let asked;
            if (response && !response.ok) {
                if (response.status < 500 && ![403, 429].includes(response.status))
                    throw new Error(problem);
                asked = (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .retryAfterMs */ .Vs)(response.headers.get('retry-after'));
                waitMs = asked ?? waitMs;
            }
            // A wait the store asks for is honoured within the bound of GitHub's own rate limits.
            if (asked !== undefined && asked > _client_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RATE_LIMIT_WAIT_SECONDS */ .Sf * 1000)
                throw new Error(`${problem} asking to wait ${Math.ceil(asked / 1000)} s (retry-after), more than this run waits (${_client_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RATE_LIMIT_WAIT_SECONDS */ .Sf} s)`);
            if (attempt >= DOWNLOAD_ATTEMPTS)
                throw new Error(`${problem}${attempt > 1 ? `; gave up after ${attempt} attempts` : ''}`);
            this.log.warn(`GitHub state download: ${problem}; retrying in ${(waitMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${DOWNLOAD_ATTEMPTS})`);
            await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .sleep */ .yy)(waitMs);
        }
    }
    /**
     * Create-if-absent of `name`. Returns the stored asset once it is certain that these bytes are
     * stored under that name; throws ReleaseStateConflictError when another run's are.
     */
    async upload(release, name, bytes, sequence) {
        const { octokit } = this.client;
        const digest = sha256(bytes);
        const url = `${release.uploadUrl.replace(/\{[^}]*\}$/, '')}?name=${encodeURIComponent(name)}`;
        let lastProblem = '';
        for (let attempt = 1; attempt <= UPLOAD_ATTEMPTS; attempt++) {
            (0,_util_failpoint_js__WEBPACK_IMPORTED_MODULE_6__/* .failpoint */ .Z)('release-store-before-upload');
            try {
                const response = await octokit.request({
                    method: 'POST',
                    url,
                    headers: { 'content-type': 'application/json' },
                    data: bytes,
                    // Never retried by the plugin: a retry of an upload that landed answers 422 against itself.
                    request: { retries: 0 }
                });
                (0,_util_failpoint_js__WEBPACK_IMPORTED_MODULE_6__/* .failpoint */ .Z)('release-store-after-upload');
                const stored = response.data;
                if (stored.state === 'uploaded' && (!stored.digest || stored.digest === digest)) {
                    return { id: stored.id, name: stored.name, state: stored.state, digest: stored.digest ?? digest, sequence };
                }
                lastProblem = `GitHub answered with an asset in state ${stored.state}${stored.digest ? ` and digest ${stored.digest}` : ''}`;
            }
            catch (error) {
                const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_3__.statusOf)(error);
                const taken = status === 422 && (0,_client_js__WEBPACK_IMPORTED_MODULE_3__/* .errorCodes */ .fv)(error).includes('already_exists');
                if (!taken && status >= 400 && status < 500 && status !== 408 && status !== 429) {
                    throw new _state_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .StateError */ .qq(`cannot store the state as ${name} in the release ${this.tag} of ${this.client.repository} (${(0,_client_js__WEBPACK_IMPORTED_MODULE_3__.describeError)(error)})${permissionHint(error)}; the stored state is unchanged`);
                }
                lastProblem = (0,_client_js__WEBPACK_IMPORTED_MODULE_3__.describeError)(error);
                if (!taken)
                    this.log.warn(`Uploading ${name} failed (${lastProblem}): checking whether it landed`);
            }
            // Taken, or unknown: the name's asset tells what happened.
            const existing = (await this.listAssets(release)).find((a) => a.name === name);
            if (existing?.state === 'uploaded') {
                if ((existing.digest ?? sha256(await this.download(existing.id))) === digest) {
                    this.log.info(`${name} holds this run's state: the upload landed`);
                    return { ...existing, digest };
                }
                throw await this.conflict(release, sequence);
            }
            if (existing) {
                // An upload that never completed holds the name. At most one asset per name is ever
                // uploaded, and every writer confirms by digest, so removing it cannot lose a state.
                this.log.warn(`${name} is held by an incomplete upload (state ${existing.state}): deleting it and uploading again`);
                await this.deleteAsset(existing.id, name);
            }
        }
        throw new _state_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .StateError */ .qq(`cannot store the state as ${name} in the release ${this.tag} of ${this.client.repository} after ${UPLOAD_ATTEMPTS} attempts (${lastProblem}); the stored state is unchanged, run again`);
    }
    async conflict(release, sequence) {
        this.assets = await this.listAssets(release);
        const newest = this.newest();
        let detail = `another run stored sequence ${sequence} of ${(0,_state_target_js__WEBPACK_IMPORTED_MODULE_4__/* .targetName */ .j)(this.environment, this.service)} first`;
        if (newest) {
            try {
                const winner = await this.load(newest);
                const attempt = winner.last_attempt;
                if (attempt)
                    detail += ` (${attempt.operation} of ${attempt.version.slice(0, 12)}, ${attempt.status}${attempt.run_url ? `, ${attempt.run_url}` : ''})`;
            }
            catch (error) {
                detail += ` (its state could not be read: ${error.message})`;
            }
        }
        return new ReleaseStateConflictError(sequence - 1, newest?.sequence, detail);
    }
    /** Old versions go only once the new one is confirmed; a failure here never fails the run. */
    async prune(written) {
        const uploaded = this.assets.filter((a) => a.state === 'uploaded').sort((a, b) => b.sequence - a.sequence);
        const stale = [
            ...uploaded.slice(this.keep),
            ...this.assets.filter((a) => a.state !== 'uploaded' && a.sequence < written)
        ];
        for (const asset of stale) {
            try {
                await this.deleteAsset(asset.id, asset.name);
                this.log.debug(`Pruned ${asset.name}`);
            }
            catch (error) {
                this.log.warn(`Could not prune the old state ${asset.name} (${(0,_client_js__WEBPACK_IMPORTED_MODULE_3__.describeError)(error)}); it is ignored, and the next write tries again`);
            }
        }
        const gone = new Set(stale.map((a) => a.id));
        this.assets = this.assets.filter((a) => !gone.has(a.id));
    }
    async deleteAsset(id, name) {
        const { octokit, owner, repo } = this.client;
        try {
            await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: id });
        }
        catch (error) {
            if ((0,_client_js__WEBPACK_IMPORTED_MODULE_3__.statusOf)(error) === 404)
                return;
            throw new _state_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .StateError */ .qq(`cannot delete the asset ${name} (${(0,_client_js__WEBPACK_IMPORTED_MODULE_3__.describeError)(error)})`);
        }
    }
}
function permissionHint(error) {
    if (error instanceof _client_js__WEBPACK_IMPORTED_MODULE_3__/* .RateLimitError */ .OE)
        return '';
    const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_3__.statusOf)(error);
    if (status === 401)
        return ': the token is not valid; check `github-token`';
    if (status === 403 || status === 404)
        return ': the token needs `permissions: contents: write` on this repository (drafts are invisible without it)';
    return '';
}
/** The store for `state-store: release`: the workflow's repository through `github-token`. */
function createReleaseStore(settings, log) {
    return releaseStores(log)(settings, log);
}
/**
 * Stores for the services of one run (`state-store: release`), sharing one look-up of the release
 * and one listing of its assets per repository and tag: each store then downloads its own state.
 * `log` hears about the release; each store speaks to the log it is given.
 */
function releaseStores(log) {
    const listings = new Map();
    return (settings, storeLog) => {
        if (!settings.github.token || !settings.github.repository) {
            throw new _settings_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SettingsError */ .G([
                '`state-store`: release needs `github-token` and GITHUB_REPOSITORY; outside GitHub Actions use `state-store: file`'
            ]);
        }
        const client = (0,_client_js__WEBPACK_IMPORTED_MODULE_3__.repositoryClient)(settings, log);
        const key = `${settings.github.apiUrl}\0${client.repository}\0${settings.github.token}\0${settings.state.releaseTag}`;
        let listing = listings.get(key);
        if (!listing)
            listings.set(key, (listing = new ReleaseListing(client, settings.state.releaseTag, log)));
        const service = settings.service?.name;
        return new ReleaseAssetStateStore(client, settings.environment, settings.state.releaseTag, storeLog, service ? KEEP_SERVICE_STATE_VERSIONS : KEEP_STATE_VERSIONS, { service, listing });
    };
}


/***/ })

};

//# sourceMappingURL=557.index.js.map