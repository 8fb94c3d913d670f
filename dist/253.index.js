export const id = 253;
export const ids = [253];
export const modules = {

/***/ 70253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createDigitalOceanPlatform: () => (/* binding */ createDigitalOceanPlatform)
});

// UNUSED EXPORTS: DigitalOceanPlatform

// EXTERNAL MODULE: ./src/state/transitions.ts
var transitions = __webpack_require__(82649);
// EXTERNAL MODULE: ./src/platforms/command.ts
var command = __webpack_require__(83121);
// EXTERNAL MODULE: ./src/platforms/platform.ts
var platform = __webpack_require__(59597);
// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
// EXTERNAL MODULE: ./src/util/retry.ts
var retry = __webpack_require__(4266);
// EXTERNAL MODULE: ./src/verify/health.ts
var health = __webpack_require__(20787);
;// CONCATENATED MODULE: ./src/platforms/digitalocean/api.ts



/** A failed call, its message in the one format every DigitalOcean error has. */
class DigitalOceanError extends Error {
    status;
    code;
    requestId;
    constructor(message, status, code, requestId) {
        super(message); // named Error: the message itself says DigitalOcean, a class name would only repeat it
        this.status = status;
        this.code = code;
        this.requestId = requestId;
    }
    /** Says nothing about what was asked: no answer, 5xx, or a rate limit held longer than a run waits. */
    get outage() {
        return this.status === undefined || this.status >= 500 || this.status === 429;
    }
}
/** Recovery policy (the specification's table): transient failures 3 retries with backoff and jitter. */
const RETRIES = 3;
const BACKOFF_MS = 500;
const ATTEMPT_TIMEOUT_MS = 30_000;
/** 429s wait for `retry-after` and do not use up the retries, but only this often and this long. */
const RATE_LIMIT_WAITS = 6;
const MAX_RETRY_AFTER_S = 300;
/**
 * The DigitalOcean API as this platform uses it: every call goes through `call`, which owns the one
 * retry policy (dots' own RetryHandler is removed), the rate-limit headers and the error format.
 *
 * Bodies are raw JSON bytes both ways. dots 1.19 cannot parse a response holding an array of strings
 * or numbers (logs, rollback validation, `internal_ports`) with the Kiota it installs, and its model
 * serialiser adds `tag: "latest"` beside a digest; an app spec read and written through the models
 * would not round-trip. dots still builds the URLs, authenticates and maps errors.
 */
class DigitalOceanApi {
    token;
    baseUrl;
    log;
    connection;
    exchanges = new external_node_async_hooks_.AsyncLocalStorage();
    /** The latest `ratelimit-*` headers: the hourly quota left and when it resets (epoch seconds). */
    quota = {};
    quotaWarned = false;
    calls = 0;
    constructor(token, baseUrl, log) {
        this.token = token;
        this.baseUrl = baseUrl;
        this.log = log;
    }
    /**
     * Starts loading dots now, while the run reads its state and runs git (time spent waiting on
     * other processes), instead of at the first call.
     */
    preload() {
        this.connect().catch(() => undefined); // a failure to load surfaces at the first call
    }
    /** Loads dots on first use, so a run that never calls the API never pays for its start-up. */
    connect() {
        this.connection ??= (async () => {
            const [dots, kiota] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(403), __webpack_require__.e(551), __webpack_require__.e(508)]).then(__webpack_require__.bind(__webpack_require__, 70508)), __webpack_require__.e(/* import() */ 403).then(__webpack_require__.bind(__webpack_require__, 32403))]);
            const exchanges = this.exchanges;
            const transport = async (url, init) => {
                const exchange = exchanges.getStore() ?? {};
                exchange.timeout = AbortSignal.timeout(ATTEMPT_TIMEOUT_MS);
                const signal = exchange.signal ? AbortSignal.any([exchange.signal, exchange.timeout]) : exchange.timeout;
                const response = await fetch(url, { ...init, signal });
                exchange.status = response.status;
                exchange.headers = response.headers;
                return response;
            };
            // Retries are ours alone: dots' RetryHandler would retry 429/503/504 on top of this policy.
            const middlewares = kiota.MiddlewareFactory.getDefaultMiddlewares(transport).filter((m) => !(m instanceof kiota.RetryHandler));
            const adapter = new kiota.FetchRequestAdapter(new dots.DigitalOceanApiKeyAuthenticationProvider(this.token), undefined, undefined, kiota.KiotaClientFactory.create(transport, middlewares));
            adapter.baseUrl = this.baseUrl.replace(/\/+$/, '');
            return {
                client: dots.createDigitalOceanClient(adapter),
                adapter,
                errors: { XXX: dots.createErrorEscapedFromDiscriminatorValue }
            };
        })();
        return this.connection;
    }
    async call(call) {
        const { client, adapter, errors } = await this.connect();
        const name = `${call.method} ${call.path}`;
        let retries = 0;
        let waits = 0;
        for (let attempt = 1;; attempt++) {
            await this.pace(call.signal);
            const exchange = { signal: call.signal };
            try {
                const info = requestInformation(call.builder(client), call);
                if (call.body !== undefined)
                    info.setStreamContent(toArrayBuffer(JSON.stringify(call.body)), 'application/json');
                this.calls++;
                const bytes = await this.exchanges.run(exchange, () => adapter.sendPrimitive(info, 'ArrayBuffer', errors));
                this.observe(exchange.headers);
                if (!bytes || bytes.byteLength === 0)
                    return undefined;
                return JSON.parse(new TextDecoder().decode(bytes));
            }
            catch (error) {
                // A 429's headers describe the limit it hit; retry-after is the answer to it, not the quota.
                if (exchange.status !== 429)
                    this.observe(exchange.headers);
                const failure = describeFailure(error, exchange);
                const attempts = attempt > 1 ? `; gave up after ${attempt} attempts` : '';
                const fail = (message = failure.message) => new DigitalOceanError(`DigitalOcean ${name} for ${call.subject} failed: ${message}${attempts}${failure.requestId ? ` (request ${failure.requestId})` : ''}`, failure.status, failure.code, failure.requestId);
                if (call.signal?.aborted)
                    throw fail(`stopped at the deadline (${failure.message})`);
                if (failure.status === 429) {
                    const after = retryAfterSeconds(exchange.headers);
                    if (waits >= RATE_LIMIT_WAITS || after > MAX_RETRY_AFTER_S)
                        throw fail(`${failure.message}; DigitalOcean asks to wait ${after} s, longer than this run waits`);
                    waits++;
                    this.log.warn(`DigitalOcean rate limit on ${name} for ${call.subject}: waiting ${after} s as retry-after asks (${this.quotaText()})`);
                    await (0,retry/* sleep */.yy)(after * 1000, call.signal);
                    continue;
                }
                if (!failure.transient)
                    throw fail();
                const last = retries >= RETRIES;
                retries++;
                const delay = Math.round((0,retry/* backoffMs */.jo)(retries, BACKOFF_MS));
                if (!last) {
                    this.log.warn(`DigitalOcean ${name} for ${call.subject}: ${failure.message}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${retries + 1} of ${RETRIES + 1})`);
                }
                else if (!call.recover)
                    throw fail();
                await (0,retry/* sleep */.yy)(delay, call.signal);
                if (call.signal?.aborted)
                    throw fail(`stopped at the deadline (${failure.message})`);
                if (call.recover) {
                    // The call may have been applied before its answer was lost: never create a second
                    // deployment for one intent. Looked up before every retry, and before giving up.
                    const created = await call.recover().catch((recoverError) => {
                        throw fail(`${failure.message}; whether DigitalOcean acted on it could not be read back (${recoverError.message}), so it was not sent again`);
                    });
                    if (created !== undefined) {
                        this.log.info(`DigitalOcean ${name} for ${call.subject}: the answer was lost (${failure.message}) but the call had been applied; not sending it again`);
                        return created;
                    }
                    if (last)
                        throw fail();
                }
            }
        }
    }
    /**
     * How long a poller should wait at least: more when the hourly quota runs low. The per-minute limit
     * has no header; a 429 for it is waited out in `call`.
     */
    pollFloorMs() {
        if (this.quotaShare() < 0.01)
            return 30_000;
        if (this.quotaShare() < 0.05)
            return 10_000;
        return 0;
    }
    /** The share of the hourly quota left (1 when unknown). */
    quotaShare() {
        const { remaining, limit } = this.quota;
        if (remaining === undefined)
            return 1;
        return remaining / (limit || 5000);
    }
    quotaText() {
        const { remaining, limit, reset } = this.quota;
        if (remaining === undefined)
            return 'quota unknown';
        return `${remaining}${limit === undefined ? '' : ` of ${limit}`} requests left this hour${reset ? `, resets ${new Date(reset * 1000).toISOString()}` : ''}`;
    }
    /** An empty quota waits for its reset (when that is near) instead of spending 429s. */
    async pace(signal) {
        const { remaining, reset } = this.quota;
        if (remaining !== 0 || !reset)
            return;
        const wait = reset * 1000 - Date.now();
        if (wait <= 0 || wait > MAX_RETRY_AFTER_S * 1000)
            return;
        this.log.warn(`DigitalOcean API quota used up: waiting ${Math.ceil(wait / 1000)} s for it to reset`);
        await (0,retry/* sleep */.yy)(wait, signal);
        this.quota.remaining = undefined;
    }
    observe(headers) {
        if (!headers)
            return;
        const number = (name) => {
            const value = headers.get(name);
            return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
        };
        const remaining = number('ratelimit-remaining');
        if (remaining === undefined)
            return;
        this.quota = { limit: number('ratelimit-limit'), remaining, reset: number('ratelimit-reset') };
        if (this.quotaShare() < 0.05 && !this.quotaWarned) {
            this.quotaWarned = true;
            this.log.warn(`DigitalOcean API quota is low (${this.quotaText()}): polling slows down`);
        }
    }
}
function requestInformation(builder, call) {
    const withBody = call.body !== undefined;
    switch (call.method) {
        case 'GET':
            return builder.toGetRequestInformation(call.query ? { queryParameters: call.query } : undefined);
        case 'POST':
            // The body placeholder is replaced by the raw bytes; operations without a body get none.
            return withBody ? builder.toPostRequestInformation({}) : builder.toPostRequestInformation();
        case 'PUT':
            return builder.toPutRequestInformation({});
        case 'PATCH':
            return builder.toPatchRequestInformation({});
    }
}
function toArrayBuffer(text) {
    const bytes = new TextEncoder().encode(text);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}
/**
 * dots throws a plain object `{id, messageEscaped, requestId, responseStatusCode}` for a JSON error
 * body, an Error without a status for any other body, and fetch a TypeError for a connection failure.
 */
function describeFailure(error, exchange) {
    const thrown = (error ?? {});
    const status = exchange.status ?? thrown.responseStatusCode;
    const requestId = thrown.requestId ?? exchange.headers?.get('x-request-id') ?? undefined;
    if (status === undefined) {
        const message = exchange.timeout?.aborted ? `no answer within ${ATTEMPT_TIMEOUT_MS / 1000} s` : (0,health/* describeError */.Uc)(error);
        return { message, transient: true };
    }
    const text = thrown.messageEscaped ?? (error instanceof Error ? 'the answer carried no JSON error body' : undefined);
    const message = `HTTP ${status}${thrown.id ? ` ${thrown.id}` : ''}${text ? `: ${text}` : ''}`;
    return { message, status, code: thrown.id, requestId, transient: status >= 500 };
}
function retryAfterSeconds(headers) {
    return Math.max(1, Math.ceil(((0,retry/* retryAfterMs */.Vs)(headers?.get('retry-after')) ?? 1000) / 1000));
}

;// CONCATENATED MODULE: ./src/platforms/digitalocean/app-spec.ts
// The parts of the App Platform JSON this platform reads, and the one change it makes to a spec.
// Specs stay plain parsed JSON: whatever the API sends (fields dots does not model included) goes
// back unchanged, in the same key order.
const TERMINAL_PHASES = ['ACTIVE', 'SUPERSEDED', 'ERROR', 'CANCELED'];
const COMPONENT_KINDS = ['services', 'workers', 'jobs', 'static_sites', 'functions'];
function components(spec) {
    const out = [];
    for (const kind of COMPONENT_KINDS) {
        const list = spec[kind];
        if (Array.isArray(list))
            for (const c of list)
                if (isObject(c) && typeof c['name'] === 'string')
                    out.push(c);
    }
    return out;
}
/** Components that deploy a container image, in spec order. */
function imageComponents(spec) {
    return components(spec)
        .filter((c) => isObject(c['image']))
        .map((c) => ({ name: c['name'], image: c['image'] }));
}
/**
 * The image components a deploy updates: those named (`digitalocean-components`), or every image
 * component. A string is the problem with the names.
 */
function chosenComponents(spec, names) {
    const images = imageComponents(spec);
    if (names.length === 0) {
        return images.length > 0
            ? images
            : `the app spec has no component deployed from an image (components: ${components(spec)
                .map((c) => c['name'])
                .join(', ') || 'none'})`;
    }
    const all = components(spec).map((c) => c['name']);
    const unknown = names.filter((n) => !all.includes(n));
    if (unknown.length > 0)
        return `\`digitalocean-components\` names ${unknown.join(', ')}, which the app spec does not have (it has ${all.join(', ') || 'none'})`;
    const notImages = names.filter((n) => !images.some((c) => c.name === n));
    if (notImages.length > 0)
        return `\`digitalocean-components\`: ${notImages.join(', ')} ${notImages.length === 1 ? 'is' : 'are'} not deployed from an image (built from source), so no digest applies`;
    return images.filter((c) => names.includes(c.name));
}
/**
 * The spec with the chosen components' image pinned to `digest`: `digest` takes the place of `tag`
 * (the API refuses both together), every other byte of the spec stays as it was. `changed` lists
 * the components whose image differed.
 */
function withImageDigest(spec, names, digest) {
    const next = structuredClone(spec);
    const chosen = chosenComponents(next, names);
    if (typeof chosen === 'string')
        throw new Error(chosen);
    const changed = [];
    for (const component of chosen) {
        if (component.image['digest'] === digest && component.image['tag'] === undefined)
            continue;
        const image = {};
        for (const [key, value] of Object.entries(component.image)) {
            if (key === 'tag') {
                if (!('digest' in component.image))
                    image['digest'] = digest;
            }
            else
                image[key] = key === 'digest' ? digest : value;
        }
        if (!('digest' in image))
            image['digest'] = digest;
        replaceImage(next, component.name, image);
        changed.push(component.name);
    }
    return { spec: next, changed };
}
function replaceImage(spec, name, image) {
    for (const component of components(spec)) {
        if (component['name'] === name)
            component['image'] = image;
    }
}
/** What the chosen components of a (deployment's) spec run: a digest, or a tag when there is none. */
function runningImages(spec, names) {
    const chosen = chosenComponents(spec, names);
    if (typeof chosen === 'string')
        return [];
    return chosen.map((c) => ({
        name: c.name,
        digest: typeof c.image['digest'] === 'string' ? c.image['digest'] : undefined,
        tag: typeof c.image['tag'] === 'string' ? c.image['tag'] : undefined
    }));
}
/** The failing leaf step of a deployment and DigitalOcean's reason for it. */
function failingStep(deployment) {
    const walk = (steps, path) => {
        for (const step of steps ?? []) {
            if (step.status !== 'ERROR')
                continue;
            const here = [
                ...path,
                step.component_name && step.component_name !== step.name
                    ? `${step.name} (${step.component_name})`
                    : (step.name ?? '?')
            ];
            const reason = step.reason ? [step.reason.code, step.reason.message].filter(Boolean).join(': ') : undefined;
            const deeper = walk(step.steps, here);
            if (deeper)
                return { step: deeper.step, reason: deeper.reason ?? reason };
            return { step: here.join(' › '), reason };
        }
        return undefined;
    };
    return walk(deployment.progress?.steps, []);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/platforms/digitalocean/follow.ts



/**
 * Polling: soon after the start, every second while steps move, slower while they do not: to 5 s,
 * but to 2 s in the last phase (DEPLOYING), whose end (ACTIVE or ERROR) is what the run waits for.
 */
const FIRST_POLL_MS = 300;
const QUICK_POLL_MS = 1000;
const SLOW_POLL_MS = 5000;
const FINAL_PHASE_POLL_MS = 2000;
/**
 * Follows a deployment until it ends (ACTIVE, ERROR, CANCELED, SUPERSEDED) or the deadline, logging
 * each phase and step as it changes. Never cancels: the caller decides what a deadline means.
 */
async function followDeployment(start, options) {
    const { api, log, appId, label } = options;
    const deadline = AbortSignal.timeout(Math.max(0, options.deadlineMs - Date.now()));
    const stop = AbortSignal.any([deadline, options.signal]);
    const seen = new Map();
    let deployment = start;
    describeChanges(deployment, seen, label, log);
    let interval = FIRST_POLL_MS;
    let pollFailing = false;
    for (;;) {
        if (TERMINAL_PHASES.includes(deployment.phase ?? 'UNKNOWN'))
            return { deployment, ended: 'terminal' };
        await (0,retry/* sleep */.yy)(Math.max(interval, api.pollFloorMs()), stop);
        if (stop.aborted)
            return { deployment, ended: options.signal.aborted ? 'stopped' : 'deadline' };
        let read;
        try {
            read = await readDeployment(api, appId, deployment.id, stop);
            if (pollFailing)
                log.info(`${label}: deployment ${read.id} can be read again`);
            pollFailing = false;
        }
        catch (error) {
            if (stop.aborted)
                return { deployment, ended: options.signal.aborted ? 'stopped' : 'deadline' };
            if (!(error instanceof DigitalOceanError && error.outage))
                throw error;
            // The API is down or this endpoint is: the deployment goes on regardless, so keep looking
            // (the app's list of deployments is another endpoint) until it ends or the deadline passes.
            read = await listedDeployment(api, appId, deployment.id, stop).catch(() => undefined);
            if (!pollFailing)
                log.warn(`${label}: cannot read deployment ${deployment.id} (${error.message}); still following it${read ? " through the app's list of deployments" : ' until deploy-timeout-seconds'}`);
            pollFailing = true;
        }
        if (!read) {
            interval = SLOW_POLL_MS;
            continue;
        }
        deployment = read;
        interval = describeChanges(deployment, seen, label, log)
            ? QUICK_POLL_MS
            : Math.min(deployment.phase === 'DEPLOYING' ? FINAL_PHASE_POLL_MS : SLOW_POLL_MS, Math.round(interval * 1.5));
    }
}
function readDeployment(api, appId, deploymentId, signal) {
    return api
        .call({
        method: 'GET',
        path: '/v2/apps/{app_id}/deployments/{deployment_id}',
        subject: `app ${appId}`,
        builder: (c) => c.v2.apps.byApp_Id(appId).deployments.byDeployment_id(deploymentId),
        signal
    })
        .then((answer) => answer.deployment);
}
/** The deployment as the app's newest deployments show it. */
async function listedDeployment(api, appId, deploymentId, signal) {
    const list = await api.call({
        method: 'GET',
        path: '/v2/apps/{app_id}/deployments',
        subject: `app ${appId}`,
        builder: (c) => c.v2.apps.byApp_Id(appId).deployments,
        query: { per_page: 10 },
        signal
    });
    return list.deployments?.find((d) => d.id === deploymentId);
}
/** Logs what changed since the last look (the phase, each top-level step); true when anything did. */
function describeChanges(deployment, seen, label, log) {
    const lines = [];
    const progress = deployment.progress;
    for (const step of progress?.steps ?? []) {
        const key = `step ${step.name}`;
        const status = step.status ?? 'UNKNOWN';
        if (seen.get(key) === status)
            continue;
        const first = !seen.has(key);
        seen.set(key, status);
        if (!(first && status === 'PENDING'))
            lines.push(`${label}:   ${step.name} ${status.toLowerCase()}${stepReason(step)}`);
    }
    const phase = deployment.phase ?? 'UNKNOWN';
    const phaseChanged = seen.get('') !== phase;
    if (phaseChanged) {
        seen.set('', phase);
        const counts = progress?.total_steps ? ` (${progress.success_steps ?? 0}/${progress.total_steps} steps done)` : '';
        const line = `${label}: deployment ${deployment.id} ${phase}${counts}`;
        // A new phase heads the steps it runs; the final phase closes the steps that led to it.
        if (TERMINAL_PHASES.includes(phase))
            lines.push(line);
        else
            lines.unshift(line);
    }
    for (const line of lines)
        log.info(line);
    return phaseChanged || lines.length > 0;
}
function stepReason(step) {
    const reason = step.reason ?? step.steps?.find((s) => s.reason)?.reason;
    return step.status === 'ERROR' && reason ? ` (${[reason.code, reason.message].filter(Boolean).join(': ')})` : '';
}
/**
 * The build and deploy logs of a deployment, in a group: read from `historic_urls`, which are
 * pre-signed and fetched without the API token.
 */
async function showLogs(api, log, appId, label, deploymentId) {
    await log.group(`DigitalOcean build and deploy logs: ${label}, deployment ${deploymentId}`, async () => {
        for (const type of ['BUILD', 'DEPLOY']) {
            try {
                const answer = await api.call({
                    method: 'GET',
                    path: '/v2/apps/{app_id}/deployments/{deployment_id}/logs',
                    subject: `app ${appId}`,
                    builder: (c) => c.v2.apps.byApp_Id(appId).deployments.byDeployment_id(deploymentId).logs,
                    query: { type }
                });
                const urls = answer?.historic_urls ?? [];
                log.output(`── ${type.toLowerCase()} logs${urls.length === 0 ? ': none' : ''} ──`);
                for (const url of urls) {
                    const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
                    if (!response.ok) {
                        log.output(`(the log file answered HTTP ${response.status})`);
                        continue;
                    }
                    const lines = (await response.text()).replace(/\n$/, '').split('\n');
                    if (lines.length > MAX_LOG_LINES)
                        log.output(`… ${lines.length - MAX_LOG_LINES} earlier lines not shown`);
                    for (const line of lines.slice(-MAX_LOG_LINES))
                        log.output(line);
                }
            }
            catch (error) {
                log.warn(`The ${type.toLowerCase()} logs of deployment ${deploymentId} could not be read: ${error.message}`);
            }
        }
    });
}
const MAX_LOG_LINES = 400;

;// CONCATENATED MODULE: ./src/platforms/digitalocean/platform.ts






function createDigitalOceanPlatform(settings, log) {
    return new DigitalOceanPlatform(settings, log);
}
/** How deployments end that did not become ACTIVE, in the words of the error. */
const ENDINGS = {
    ERROR: 'failed',
    CANCELED: 'was canceled',
    SUPERSEDED: 'was superseded by a newer deployment'
};
/**
 * DigitalOcean App Platform through the official SDK (`@digitalocean/dots`, loaded on the first API
 * call). Rolling deploys update one app; blue-green uses two apps and moves a DNS record (or runs
 * `switch-command`). App Platform has no traffic split, so canary is refused before anything runs.
 */
class DigitalOceanPlatform {
    settings;
    log;
    name = 'digitalocean';
    strategies = ['rolling', 'blue-green'];
    client;
    /** Deployments made by this run, per app: a restart after one would only repeat it. */
    deployed = new Map();
    ingress = new Map();
    names = new Map();
    constructor(settings, log) {
        this.settings = settings;
        this.log = log;
        if (settings.digitalocean.token)
            log.secret(settings.digitalocean.token);
        // Every run with an app to look at calls the API (the status read of a plan, at least).
        if (settings.digitalocean.token && settings.digitalocean.appId)
            this.api.preload();
    }
    get do() {
        return this.settings.digitalocean;
    }
    get api() {
        if (!this.do.token)
            throw new platform/* PlatformError */.W('no DigitalOcean token: pass a secret as `digitalocean-token` or set DIGITALOCEAN_ACCESS_TOKEN', true);
        this.client ??= new DigitalOceanApi(this.do.token, this.do.apiUrl, this.log);
        return this.client;
    }
    check(plan, mode) {
        const problems = [];
        const { dnsDomain, dnsRecord } = this.do;
        if (Boolean(dnsDomain) !== Boolean(dnsRecord)) {
            problems.push('`digitalocean-dns-domain` and `digitalocean-dns-record` go together: the domain (example.com) and the record name (www) that points at the live colour');
        }
        if (this.settings.imageDigest && !/^sha256:[0-9a-f]{64}$/.test(this.settings.imageDigest)) {
            problems.push(`\`image-digest\`: "${this.settings.imageDigest}" is not a digest of the form sha256:<64 hex digits>; App Platform deploys images by digest`);
        }
        if (mode === 'status' || plan.operation === 'none')
            return problems;
        if (this.settings.strategy === 'canary') {
            problems.push('`strategy`: canary needs a traffic split, and DigitalOcean App Platform has none (an app spec carries no traffic weight). ' +
                'Use `strategy: blue-green` (two apps and a DNS switch) or `rolling` here; for a canary, use `platform: command` with a `switch-command` that gives DEPLOY_WEIGHT percent of traffic to the new version on your load balancer or CDN');
        }
        if (this.settings.strategy === 'blue-green') {
            if (!this.settings.commands.switch && !(dnsDomain && dnsRecord)) {
                problems.push('`digitalocean-dns-domain`: blue-green moves the public name between the two apps; name the DigitalOcean domain and `digitalocean-dns-record`, or set `switch-command` for a CDN or load balancer');
            }
            if (this.do.appId && this.do.appId === this.do.greenAppId) {
                problems.push('`digitalocean-green-app-id`: the green app must be another app than `digitalocean-app-id`');
            }
        }
        return problems;
    }
    async status(signal) {
        if (!this.do.token || !this.do.appId)
            return null;
        // Blue-green: the colour DNS names live, else both apps (the state, which knows, is not at hand here).
        const colors = this.blueGreen && this.do.greenAppId
            ? this.dnsConfigured
                ? [await this.dnsColor(signal)]
                : ['blue', 'green']
            : [undefined];
        const parts = [];
        let up = false;
        for (const color of colors) {
            const appId = this.appFor(color);
            const app = await this.readApp(appId, signal);
            const active = app.active_deployment;
            if (active?.phase === 'ACTIVE')
                up = true;
            parts.push(`${this.label(appId)}: ${active ? `deployment ${active.id} ${active.phase}` : 'no active deployment'}${app.in_progress_deployment ? `, ${app.in_progress_deployment.id} in progress` : ''}`);
        }
        return { up, detail: parts.join('; ') };
    }
    async build(_context) {
        this.log.info('App Platform builds inside the deployment: the rebuild is a deployment with force_build');
        return {};
    }
    async deploy(context) {
        // Until a deployment exists nothing can have moved; once it does, losing track of it is ambiguous.
        const { app, created } = await asPlatformError(true, () => this.startDeployment(context));
        const done = await asPlatformError(false, () => this.waitActive(app.id, this.label(app.id), created, context.signal, 'deployment'));
        return { platform: { app_id: app.id, deployment_id: done.id }, url: app.live_url };
    }
    async startDeployment(context) {
        const appId = this.appFor(context.color);
        const app = await this.readApp(appId, context.signal);
        const label = this.label(appId);
        if (app.pinned_deployment) {
            throw new platform/* PlatformError */.W(`${this.ref(appId)} is pinned to deployment ${app.pinned_deployment.id} by an earlier rollback; App Platform starts no deployment until that rollback is committed or reverted`, true);
        }
        const busy = app.in_progress_deployment ?? app.pending_deployment;
        if (busy)
            this.log.warn(`${label}: deployment ${busy.id} (${busy.cause ?? 'unknown cause'}) has not finished; the new one supersedes it`);
        let spec;
        const digest = context.operation === 'start' ? undefined : context.imageDigest;
        if (context.operation === 'rollback' && !digest) {
            // Blue-green: the version to return to no longer runs in the idle app, and without a digest
            // there is no way to name its image again.
            throw new platform/* PlatformError */.W(`${this.ref(appId)}: ${(0,transitions/* short */.h0)(context.version)} was deployed without an image digest, so it cannot be deployed again; deploy it by digest instead`, true);
        }
        if (digest) {
            let update;
            try {
                update = withImageDigest(app.spec, this.do.components, digest);
            }
            catch (error) {
                throw new platform/* PlatformError */.W(`${this.ref(appId)}: ${error.message}`, true);
            }
            if (update.changed.length > 0) {
                spec = update.spec;
                this.log.info(`${label}: image of ${update.changed.join(', ')} → ${digest}`);
                if (!this.settings.imageDigest && context.operation !== 'rollback') {
                    this.log.warn(`${label}: its spec does not run ${digest}, the digest recorded for the current version; deploying that digest`);
                }
            }
            else
                this.log.info(`${label}: the spec already runs ${digest}; deploying it again`);
        }
        let created;
        if (spec) {
            created = await this.create(app, 'PUT', '/v2/apps/{id}', (c) => c.v2.apps.byApp_Id(appId), { spec, update_all_source_versions: false }, context.signal);
        }
        else if (context.operation === 'restart') {
            this.log.info(`${label}: rolling restart`);
            created = await this.create(app, 'POST', '/v2/apps/{app_id}/restart', (c) => c.v2.apps.byApp_Id(appId).restart, {}, context.signal);
        }
        else {
            const forceBuild = context.operation === 'rebuild';
            this.log.info(`${label}: new deployment${forceBuild ? ' with force_build' : ' of the current spec'}`);
            created = await this.create(app, 'POST', '/v2/apps/{app_id}/deployments', (c) => c.v2.apps.byApp_Id(appId).deployments, { force_build: forceBuild }, context.signal);
        }
        this.deployed.set(appId, created.id);
        return { app, created };
    }
    async start(context) {
        const color = this.blueGreen ? await this.liveColor(null) : undefined;
        return this.deploy({ ...context, operation: 'start', color });
    }
    async restart(context) {
        const appId = this.appFor(context.color);
        if (this.deployed.has(appId)) {
            this.log.info(`${this.label(appId)}: deployment ${this.deployed.get(appId)} replaced every instance already; no separate restart`);
            return;
        }
        const created = await asPlatformError(true, async () => {
            const app = await this.readApp(appId, context.signal);
            return this.create(app, 'POST', '/v2/apps/{app_id}/restart', (c) => c.v2.apps.byApp_Id(appId).restart, {}, context.signal);
        });
        this.deployed.set(appId, created.id);
        await asPlatformError(false, () => this.waitActive(appId, this.label(appId), created, context.signal, 'restart'));
    }
    async switchTraffic(context) {
        if (!context.color)
            throw new platform/* PlatformError */.W('App Platform cannot give a share of traffic to a version (no traffic split): canary is not available', false);
        if (this.settings.commands.switch) {
            // A CDN origin or an external load balancer: the user's command, run as the command platform runs it.
            return new command/* CommandPlatform */.z(this.settings, this.log).switchTraffic(context);
        }
        const appId = this.appFor(context.color);
        const host = await this.ingressHost(appId, context.signal);
        const { domain, fqdn, name } = this.dnsName();
        const record = await this.findRecord(context.signal);
        const subject = `domain ${domain}`;
        const body = { type: 'CNAME', data: `${host}.`, ttl: DNS_TTL };
        if (!record) {
            await this.api.call({
                method: 'POST',
                path: '/v2/domains/{domain_name}/records',
                subject,
                builder: (c) => c.v2.domains.byDomain_name(domain).records,
                body: { ...body, name },
                signal: context.signal,
                // One record per name: a create whose answer was lost is not sent again once it shows.
                recover: async () => {
                    const created = await this.findRecord(context.signal);
                    return created && stripDot(created.data).toLowerCase() === host ? { domain_record: created } : undefined;
                }
            });
            this.log.info(`DNS: created ${fqdn} CNAME ${host} (${context.color}), TTL ${DNS_TTL} s`);
            return;
        }
        if (record.type !== 'CNAME') {
            throw new platform/* PlatformError */.W(`DNS: ${fqdn} is a${record.type === 'A' ? 'n' : ''} ${record.type} record; blue-green points a CNAME at the app's default_ingress host (use a subdomain such as www, or \`switch-command\`)`, false);
        }
        if (stripDot(record.data).toLowerCase() === host && record.ttl === DNS_TTL) {
            this.log.info(`DNS: ${fqdn} already points at ${host} (${context.color})`);
            return;
        }
        await this.api.call({
            method: 'PUT',
            path: '/v2/domains/{domain_name}/records/{domain_record_id}',
            subject,
            builder: (c) => c.v2.domains.byDomain_name(domain).records.byDomain_record_id(record.id),
            body,
            signal: context.signal
        });
        const cached = record.ttl !== undefined && record.ttl > DNS_TTL
            ? `; resolvers may keep the old answer for up to ${record.ttl} s (its TTL until now)`
            : '';
        this.log.info(`DNS: ${fqdn} now points at ${host} (${context.color}) instead of ${stripDot(record.data)}, TTL ${DNS_TTL} s${cached}`);
    }
    async rollback(context, target) {
        const appId = this.appFor(undefined);
        const app = await this.readApp(appId, context.signal);
        const label = this.label(appId);
        const recordedApp = target.platform?.['app_id'];
        if (recordedApp && recordedApp !== appId) {
            throw new platform/* PlatformError */.W(`${(0,transitions/* short */.h0)(target.version)} was deployed to app ${recordedApp}, but this run deploys app ${appId}: roll back there, or deploy ${(0,transitions/* short */.h0)(target.version)} again`, false);
        }
        const deploymentId = target.platform?.['deployment_id'] ?? (await this.deploymentOf(appId, target, context.signal));
        const subject = `app ${appId}`;
        const check = await this.api.call({
            method: 'POST',
            path: '/v2/apps/{app_id}/rollback/validate',
            subject,
            builder: (c) => c.v2.apps.byApp_Id(appId).rollback.validate,
            body: { deployment_id: deploymentId, skip_pin: false },
            signal: context.signal
        });
        for (const warning of check.warnings ?? []) {
            this.log.warn(`${label}: rollback to deployment ${deploymentId}: ${warning.code}: ${warning.message}${warning.components?.length ? ` (${warning.components.join(', ')})` : ''}`);
        }
        if (!check.valid) {
            throw new platform/* PlatformError */.W(`DigitalOcean refuses to roll ${this.ref(appId)} back to deployment ${deploymentId} (${(0,transitions/* short */.h0)(target.version)}): ${check.error?.code ?? 'invalid'}: ${check.error?.message ?? 'no reason given'}`, false);
        }
        this.log.info(`${label}: rolling back to deployment ${deploymentId} (${(0,transitions/* short */.h0)(target.version)}); the app stays pinned until the checks decide`);
        const created = await this.create(app, 'POST', '/v2/apps/{app_id}/rollback', (c) => c.v2.apps.byApp_Id(appId).rollback, { deployment_id: deploymentId, skip_pin: false }, context.signal);
        let done;
        try {
            done = await this.waitActive(appId, label, created, context.signal, 'rollback');
        }
        catch (error) {
            // The rollback never went live: unpin the app so it takes deployments again.
            await this.revert(appId, label, context.signal).catch((revertError) => this.log.error(`${label}: ${revertError.message}`));
            throw error;
        }
        let settled = false;
        return {
            platform: { app_id: appId, deployment_id: done.id },
            url: app.live_url,
            settle: async (healthy) => {
                if (settled)
                    return;
                settled = true;
                if (healthy) {
                    await this.api.call({
                        method: 'POST',
                        path: '/v2/apps/{app_id}/rollback/commit',
                        subject,
                        builder: (c) => c.v2.apps.byApp_Id(appId).rollback.commit,
                        // A commit whose answer was lost: an app no longer pinned, running the rollback, took it
                        // (sent again, it would be refused: there is no rollback left to commit).
                        recover: async () => {
                            const now = await this.readApp(appId);
                            return !now.pinned_deployment && now.active_deployment?.id === done.id ? {} : undefined;
                        }
                    });
                    this.log.info(`${label}: rollback to deployment ${deploymentId} committed; the app takes deployments again`);
                }
                else {
                    await this.revert(appId, label, context.signal);
                }
            }
        };
    }
    async running(context) {
        if (!context.imageDigest)
            return null; // no digest to compare: the health checks decide
        const appId = this.appFor(context.color);
        const app = await this.readApp(appId, context.signal);
        const active = app.active_deployment;
        if (!active)
            return '';
        const images = runningImages(active.spec ?? app.spec, this.do.components);
        const other = images.find((image) => image.digest !== context.imageDigest);
        if (!other)
            return images.length > 0 ? context.imageDigest : '';
        return other.digest ?? `${other.name} with tag ${other.tag ?? '(none)'} and no digest`;
    }
    async liveColor(state) {
        const recorded = state?.current?.color;
        if (!this.dnsConfigured)
            return recorded ?? 'blue';
        const color = await this.dnsColor();
        if (color && recorded && color !== recorded)
            this.log.warn(`DNS points at ${color} but the state says ${recorded} is live: following DNS`);
        return color ?? recorded ?? 'blue';
    }
    async healthUrls(context) {
        const path = this.settings.health.path;
        if (!path || !this.do.token || !this.do.appId)
            return [];
        const appId = this.appFor(context.color);
        let urls = this.ingress.get(appId);
        if (!urls) {
            await this.readApp(appId);
            urls = this.ingress.get(appId);
        }
        // The idle colour is checked on its own address: the public name still points at the live one.
        const base = context.stage === 'candidate' && this.blueGreen ? (urls?.ingress ?? urls?.live) : (urls?.live ?? urls?.ingress);
        if (!base)
            throw new platform/* PlatformError */.W(`${this.ref(appId)} has no live_url yet: it has never been deployed`, context.stage === 'candidate');
        return [`${base.replace(/\/+$/, '')}${path}`];
    }
    async close() {
        if (this.client)
            this.log.debug(`DigitalOcean API: ${this.client.calls} calls; ${this.client.quotaText()}`);
    }
    // ---- apps and deployments ----------------------------------------------------------------------
    get blueGreen() {
        return this.settings.strategy === 'blue-green';
    }
    /** Blue is `digitalocean-app-id`, green `digitalocean-green-app-id`; outside blue-green, the one app. */
    appFor(color) {
        const id = this.blueGreen && color === 'green' ? this.do.greenAppId : this.do.appId;
        if (!id)
            throw new platform/* PlatformError */.W(`\`${color === 'green' ? 'digitalocean-green-app-id' : 'digitalocean-app-id'}\` is not set`, true);
        return id;
    }
    /** How log lines name an app: `green app shop-green`. */
    label(appId) {
        const color = !this.blueGreen ? '' : appId === this.do.greenAppId ? 'green ' : 'blue ';
        return `${color}app ${this.names.get(appId) ?? appId}`;
    }
    /** How errors name an app: with its id. */
    ref(appId) {
        const label = this.label(appId);
        return label.endsWith(appId) ? label : `${label} (${appId})`;
    }
    async readApp(appId, signal) {
        const { app } = await this.api.call({
            method: 'GET',
            path: '/v2/apps/{id}',
            subject: `app ${appId}`,
            builder: (c) => c.v2.apps.byApp_Id(appId),
            signal
        });
        this.ingress.set(appId, { live: app.live_url, ingress: app.default_ingress });
        if (typeof app.spec?.['name'] === 'string')
            this.names.set(appId, app.spec['name']);
        return app;
    }
    /**
     * A call that starts a deployment. After an ambiguous failure, the deployment it may have started
     * is looked up before the call is sent again: one intent, one deployment.
     */
    async create(app, method, path, builder, body, signal) {
        const before = [app.active_deployment, app.in_progress_deployment, app.pending_deployment, app.pinned_deployment];
        const known = new Set(before.flatMap((d) => (d ? [d.id] : [])));
        // Newer than every deployment the app pointed at: App Platform's own clock, no skew. Without
        // one (a first deploy), ours, less the skew its clock may have.
        const times = before.flatMap((d) => (d?.created_at ? [Date.parse(d.created_at)] : [])).filter((t) => t > 0);
        const since = times.length > 0 ? Math.max(...times) : Date.now() - CLOCK_SKEW_MS;
        const answer = await this.api.call({
            method,
            path,
            subject: `app ${app.id}`,
            builder,
            body,
            signal,
            recover: async () => {
                const found = await this.createdSince(app.id, known, since, signal);
                return found ? { deployment: found } : undefined;
            }
        });
        const created = answer?.deployment ??
            answer?.app?.pending_deployment ??
            answer?.app?.in_progress_deployment ??
            (await this.createdSince(app.id, known, since, signal));
        if (!created)
            throw new platform/* PlatformError */.W(`DigitalOcean ${method} ${path} for app ${app.id} answered without the deployment it started`, true);
        return created;
    }
    /**
     * The deployment created at `since` or later that was not there before: the app's pending or
     * in-progress one, else the newest listed. One the app superseded before the call is older than
     * the deployment the app pointed at then, so it is never taken for the one just created.
     */
    async createdSince(appId, known, since, signal) {
        const isNew = (d) => d !== undefined && !known.has(d.id) && (!d.created_at || Date.parse(d.created_at) >= since);
        const app = await this.readApp(appId, signal);
        const current = [
            app.pending_deployment,
            app.in_progress_deployment,
            app.pinned_deployment,
            app.active_deployment
        ].find(isNew);
        if (current)
            return current;
        const list = await this.api.call({
            method: 'GET',
            path: '/v2/apps/{app_id}/deployments',
            subject: `app ${appId}`,
            builder: (c) => c.v2.apps.byApp_Id(appId).deployments,
            query: { per_page: 5 },
            signal
        });
        return (list.deployments ?? []).find(isNew);
    }
    /** Waits for ACTIVE; anything else is an error that says what happened and that the old deployment still serves. */
    async waitActive(appId, label, created, signal, what) {
        const timeout = this.do.deployTimeoutSeconds;
        const { deployment, ended } = await followDeployment(created, {
            api: this.api,
            log: this.log,
            appId,
            label,
            deadlineMs: Date.now() + timeout * 1000,
            signal
        });
        if (ended === 'terminal' && deployment.phase === 'ACTIVE')
            return deployment;
        const beforeTraffic = what !== 'rollback';
        const serving = what === 'rollback' ? 'the version it rolled back from still serves' : 'the previous deployment still serves';
        if (ended !== 'terminal') {
            const why = ended === 'deadline'
                ? `did not become active within deploy-timeout-seconds (${timeout} s)`
                : 'was stopped at the deadline of the run (max-rollback-seconds for a rollback)';
            const state = await this.cancel(appId, deployment).catch((error) => {
                throw new platform/* PlatformError */.W(`${this.ref(appId)}: ${what} ${deployment.id} ${why}, and canceling it failed: ${error.message}`, false);
            });
            if (state.phase === 'ACTIVE')
                return state;
            throw new platform/* PlatformError */.W(`${this.ref(appId)}: ${what} ${deployment.id} ${why}; ${state.phase === 'CANCELED' ? `canceled it in phase ${deployment.phase}` : `it ended ${state.phase}`}; ${serving}`, beforeTraffic);
        }
        if (deployment.phase === 'ERROR')
            await showLogs(this.api, this.log, appId, label, deployment.id);
        const step = failingStep(deployment);
        const reason = step ? ` in step ${step.step}${step.reason ? `: ${step.reason}` : ''}` : '';
        throw new platform/* PlatformError */.W(`${this.ref(appId)}: ${what} ${deployment.id} ${ENDINGS[deployment.phase ?? ''] ?? `ended ${deployment.phase}`}${reason}; ${serving}`, beforeTraffic);
    }
    /** Cancels an unfinished deployment; answers what it is afterwards (it may have finished meanwhile). */
    async cancel(appId, deployment) {
        const subject = `app ${appId}`;
        try {
            const answer = await this.api.call({
                method: 'POST',
                path: '/v2/apps/{app_id}/deployments/{deployment_id}/cancel',
                subject,
                builder: (c) => c.v2.apps.byApp_Id(appId).deployments.byDeployment_id(deployment.id).cancel
            });
            this.log.warn(`${this.label(appId)}: canceled deployment ${deployment.id} (it was ${deployment.phase})`);
            return answer.deployment;
        }
        catch (error) {
            const now = await this.api.call({
                method: 'GET',
                path: '/v2/apps/{app_id}/deployments/{deployment_id}',
                subject,
                builder: (c) => c.v2.apps.byApp_Id(appId).deployments.byDeployment_id(deployment.id)
            });
            if (now.deployment.phase && now.deployment.phase !== deployment.phase)
                return now.deployment;
            throw error;
        }
    }
    /** Reverts a pinned rollback: the app returns to what ran before it, and takes deployments again. */
    async revert(appId, label, signal) {
        const app = await this.readApp(appId);
        if (!app.pinned_deployment)
            return;
        const created = await this.create(app, 'POST', '/v2/apps/{app_id}/rollback/revert', (c) => c.v2.apps.byApp_Id(appId).rollback.revert, undefined, AbortSignal.timeout(60_000));
        this.log.warn(`${label}: rollback reverted (deployment ${created.id}); the app is unpinned`);
        if (signal.aborted) {
            this.log.warn(`${label}: the rollback deadline has passed; revert deployment ${created.id} goes on without being followed`);
            return;
        }
        const { deployment } = await followDeployment(created, {
            api: this.api,
            log: this.log,
            appId,
            label,
            deadlineMs: Date.now() + this.do.deployTimeoutSeconds * 1000,
            signal
        });
        if (deployment.phase !== 'ACTIVE')
            this.log.warn(`${label}: revert deployment ${deployment.id} is ${deployment.phase}`);
    }
    /** A version recorded without a deployment id: the newest good deployment that ran its digest. */
    async deploymentOf(appId, target, signal) {
        const digest = target.image_digest;
        if (digest) {
            const list = await this.api.call({
                method: 'GET',
                path: '/v2/apps/{app_id}/deployments',
                subject: `app ${appId}`,
                builder: (c) => c.v2.apps.byApp_Id(appId).deployments,
                query: { per_page: 50 },
                signal
            });
            const match = (list.deployments ?? []).find((d) => (d.phase === 'ACTIVE' || d.phase === 'SUPERSEDED') &&
                d.spec &&
                runningImages(d.spec, this.do.components).every((i) => i.digest === digest));
            if (match)
                return match.id;
        }
        throw new platform/* PlatformError */.W(`no DigitalOcean deployment of ${(0,transitions/* short */.h0)(target.version)} is recorded${digest ? ` or found with ${digest}` : ' (it was deployed without an image digest)'}; deploy it again instead`, false);
    }
    // ---- DNS -----------------------------------------------------------------------------------------
    get dnsConfigured() {
        return Boolean(this.do.dnsDomain && this.do.dnsRecord);
    }
    dnsName() {
        const domain = stripDot(this.do.dnsDomain ?? '').toLowerCase();
        const record = stripDot(this.do.dnsRecord ?? '').toLowerCase();
        if (record === '@' || record === domain)
            return { domain, fqdn: domain, name: '@' };
        const name = record.endsWith(`.${domain}`) ? record.slice(0, -(domain.length + 1)) : record;
        return { domain, fqdn: `${name}.${domain}`, name };
    }
    async findRecord(signal) {
        const { domain, fqdn } = this.dnsName();
        const answer = await this.api.call({
            method: 'GET',
            path: '/v2/domains/{domain_name}/records',
            subject: `domain ${domain}`,
            builder: (c) => c.v2.domains.byDomain_name(domain).records,
            query: { name: fqdn },
            signal
        });
        const records = answer.domain_records ?? [];
        return records.find((r) => r.type === 'CNAME') ?? records[0];
    }
    /** The colour whose default_ingress host the record points at; undefined without a record or a match. */
    async dnsColor(signal) {
        const { fqdn } = this.dnsName();
        const record = await this.findRecord(signal);
        if (!record) {
            this.log.info(`DNS: no record ${fqdn} yet`);
            return undefined;
        }
        const data = stripDot(record.data).toLowerCase();
        for (const color of ['blue', 'green']) {
            if ((await this.ingressHost(this.appFor(color), signal)) === data) {
                this.log.info(`DNS: ${fqdn} points at ${data}: ${color} is live`);
                return color;
            }
        }
        this.log.warn(`DNS: ${fqdn} points at ${data}, which is neither app's default_ingress`);
        return undefined;
    }
    async ingressHost(appId, signal) {
        const app = await this.readApp(appId, signal);
        const url = app.default_ingress ?? app.live_url;
        if (!url)
            throw new platform/* PlatformError */.W(`app ${appId} has no default_ingress yet: it has never been deployed`, true);
        return new URL(url).host.toLowerCase();
    }
}
const DNS_TTL = 30;
/** How far DigitalOcean's clock may be behind ours when a first deployment is recognised by its time. */
const CLOCK_SKEW_MS = 60_000;
/** API failures as the engine reads them: whether the new version can have taken traffic. */
async function asPlatformError(beforeTraffic, body) {
    try {
        return await body();
    }
    catch (error) {
        if (error instanceof platform/* PlatformError */.W)
            throw error;
        throw new platform/* PlatformError */.W(error.message, beforeTraffic);
    }
}
function stripDot(value) {
    return value.replace(/\.$/, '');
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

//# sourceMappingURL=253.index.js.map