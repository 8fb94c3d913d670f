export const id = 754;
export const ids = [754];
export const modules = {

/***/ 36754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createKubernetesPlatform: () => (/* binding */ createKubernetesPlatform)
});

// UNUSED EXPORTS: KubernetesPlatform

// EXTERNAL MODULE: ./src/settings/inputs.ts
var inputs = __webpack_require__(97428);
// EXTERNAL MODULE: ./src/state/transitions.ts
var transitions = __webpack_require__(82649);
// EXTERNAL MODULE: ./src/platforms/command.ts
var command = __webpack_require__(83121);
// EXTERNAL MODULE: ./src/platforms/platform.ts
var platform = __webpack_require__(59597);
// EXTERNAL MODULE: ./src/util/retry.ts
var retry = __webpack_require__(4266);
// EXTERNAL MODULE: ./src/verify/health.ts
var health = __webpack_require__(20787);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/platforms/kubernetes/kubeconfig.ts


/** Where the in-cluster service account's token lives (self-hosted runners in the cluster). */
const SERVICE_ACCOUNT_TOKEN = '/var/run/secrets/kubernetes.io/serviceaccount/token';
/** No kubeconfig anywhere: a plan can still be made (the service's status is then unknown). */
class NoKubeconfigError extends platform/* PlatformError */.W {
}
/**
 * The kubeconfig, in the order the README gives: the `kubeconfig` input, the files in `KUBECONFIG`
 * (when it is set, only those), `~/.kube/config`, the in-cluster service account. Never the client's silent fallback to
 * `http://localhost:8080` without credentials: with none of these, the run stops and says what to set.
 * Every credential in it is declared a secret before anything can print it.
 */
function loadKubeconfig(client, settings, log) {
    const config = new client.KubeConfig();
    // Named before anything is read, so that a parse error says which kubeconfig it is about.
    let source = 'the `kubeconfig` input';
    try {
        if (settings.kubeconfig) {
            log.secret(settings.kubeconfig);
            config.loadFromString(settings.kubeconfig);
        }
        else if (settings.kubeconfigPaths.length > 0) {
            // As kubectl: a set KUBECONFIG is the whole answer, never ~/.kube/config (another cluster,
            // perhaps). Files of it that do not exist are skipped; with none at all, nothing is read.
            const files = settings.kubeconfigPaths.filter((path) => (0,external_node_fs_.existsSync)(path));
            const missing = settings.kubeconfigPaths.filter((path) => !files.includes(path));
            if (files.length === 0)
                throw new NoKubeconfigError(`no kubeconfig: KUBECONFIG names ${missing.join(', ')}, and ${missing.length === 1 ? 'that file does not exist' : 'none of these files exists'}; write the kubeconfig there first, or fix KUBECONFIG (unset, the \`kubeconfig\` input or ~/.kube/config is read)`, true);
            if (missing.length > 0)
                log.warn(`KUBECONFIG names ${missing.join(', ')}, which does not exist: skipped`);
            source = `KUBECONFIG (${files.join(', ')})`;
            config.loadFromFile(files[0]);
            for (const file of files.slice(1)) {
                const more = new client.KubeConfig();
                more.loadFromFile(file);
                // As kubectl: the first file that names a current context keeps it.
                config.mergeConfig(more, Boolean(config.currentContext));
            }
        }
        else if (settings.homeKubeconfig && (0,external_node_fs_.existsSync)(settings.homeKubeconfig)) {
            source = settings.homeKubeconfig;
            config.loadFromFile(settings.homeKubeconfig);
        }
        else if (settings.inCluster && (0,external_node_fs_.existsSync)(SERVICE_ACCOUNT_TOKEN)) {
            source = 'the in-cluster service account';
            config.loadFromCluster();
        }
        else {
            throw new NoKubeconfigError('no kubeconfig: pass its content as the `kubeconfig` input (from a secret), or set KUBECONFIG, or put it in ~/.kube/config, or run on a runner inside the cluster (its service account)', true);
        }
    }
    catch (error) {
        if (error instanceof platform/* PlatformError */.W)
            throw error;
        // The client's parse errors can quote the file: the secrets are masked already, or never read.
        throw new platform/* PlatformError */.W(`the kubeconfig from ${source} cannot be read: ${error.message}`, true);
    }
    maskCredentials(config, log);
    if (settings.context) {
        const names = config.getContexts().map((c) => c.name);
        if (!names.includes(settings.context))
            throw new platform/* PlatformError */.W(`\`kubernetes-context\`: the kubeconfig has no context "${settings.context}" (it has ${names.length > 0 ? names.join(', ') : 'none'})`, true);
        config.setCurrentContext(settings.context);
    }
    const contextName = config.getCurrentContext();
    const context = contextName ? config.getContextObject(contextName) : null;
    const cluster = config.getCurrentCluster();
    if (!context || !cluster)
        throw new platform/* PlatformError */.W(`the kubeconfig from ${source} has no ${context ? 'cluster for its' : 'current'} context${contextName ? ` (${contextName})` : ''}: set \`kubernetes-context\``, true);
    return {
        config,
        namespace: settings.namespace ?? context.namespace ?? 'default',
        source: `${source}, context ${contextName}`,
        server: cluster.server
    };
}
/** Tokens, passwords, client certificates and keys, CA data, auth-provider tokens: masked. */
function maskCredentials(config, log) {
    for (const user of config.getUsers()) {
        for (const value of [user.token, user.password, user.keyData, user.certData])
            if (value)
                log.secret(value);
        for (const file of [user.keyFile]) {
            if (file && (0,external_node_fs_.existsSync)(file))
                log.secret((0,external_node_fs_.readFileSync)(file, 'utf8').trim());
        }
        const providerConfig = user.authProvider?.config ?? {};
        for (const key of ['access-token', 'id-token', 'refresh-token', 'client-secret']) {
            const value = providerConfig[key];
            if (typeof value === 'string')
                log.secret(value);
        }
    }
    for (const cluster of config.getClusters())
        if (cluster.caData)
            log.secret(cluster.caData);
}
/**
 * Masks what an exec credential plugin (EKS, GKE, AKS) printed, and any token a request carries:
 * the client runs the plugin itself, so its output is caught where the client hands it over.
 */
async function maskPluginOutput(config, log) {
    const options = {};
    await config.applyToHTTPSOptions(options);
    maskAuthorization(options.headers?.['Authorization'], log);
    for (const value of [options.cert, options.key]) {
        if (typeof value === 'string' || Buffer.isBuffer(value))
            log.secret(value.toString().trim());
    }
}
function maskAuthorization(header, log) {
    if (typeof header !== 'string')
        return;
    const token = header.replace(/^(Bearer|Basic)\s+/i, '');
    if (token)
        log.secret(token);
}

;// CONCATENATED MODULE: ./src/platforms/kubernetes/client.ts



/** The patch types of "Update API Objects in Place Using kubectl patch", and server-side apply. */
const PATCH = {
    json: 'application/json-patch+json',
    merge: 'application/merge-patch+json',
    strategic: 'application/strategic-merge-patch+json',
    apply: 'application/apply-patch+yaml'
};
/** The field manager of every write: server-side apply owns fields by it, `managedFields` names it. */
const FIELD_MANAGER = 'deploy-orchestrator';
/** A call that failed, its message naming the call, what the API said and what to do. */
class KubernetesError extends Error {
    status;
    reason;
    answer;
    constructor(message, status, reason, answer) {
        super(message);
        this.status = status;
        this.reason = reason;
        this.answer = answer;
    }
}
/** Each attempt's own deadline; a watch has its own (idle) one. */
const ATTEMPT_TIMEOUT_MS = 30_000;
/** Transient failures (no answer, 5xx, timeouts): 4 retries, 0.5 s to 8 s apart with jitter. */
const RETRIES = 4;
const BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 8_000;
/** 429s wait for Retry-After without using up the retries, but only this often and this long. */
const RATE_LIMIT_WAITS = 6;
const MAX_RETRY_AFTER_S = 60;
/** 409 Conflicts are re-read and sent again this many times. */
const CONFLICT_RETRIES = 5;
/**
 * The Kubernetes API as this platform uses it. `@kubernetes/client-node` loads the kubeconfig and
 * authenticates each request (tokens, client certificates, exec plugins, in-cluster accounts) and
 * sends it with its own transport; bodies are raw JSON both ways, so a template read is the
 * template written back, field for field (the generated models drop fields they do not know and
 * turn timestamps into Dates). Every call goes through `call`, which owns the one retry policy: the
 * client has none.
 */
class KubernetesApi {
    settings;
    log;
    connection;
    /** Every request sent, retries included (the bench counts them). */
    calls = 0;
    namespace = 'default';
    constructor(settings, log) {
        this.settings = settings;
        this.log = log;
    }
    /** Starts loading the client now, while the run reads its state and runs git. */
    preload() {
        this.connect().catch(() => undefined); // a failure surfaces at the first call
    }
    connect() {
        this.connection ??= (async () => {
            const client = await __webpack_require__.e(/* import() */ 433).then(__webpack_require__.bind(__webpack_require__, 14433));
            const loaded = loadKubeconfig(client, this.settings, this.log);
            this.namespace = loaded.namespace;
            await maskPluginOutput(loaded.config, this.log).catch((error) => {
                throw new KubernetesError(`the kubeconfig's credentials cannot be used: ${error.message}`);
            });
            this.log.info(`Kubernetes: ${loaded.server}, namespace ${loaded.namespace} (credentials from ${loaded.source})`);
            return { client, loaded, send: transport(client, loaded.config, this.log) };
        })();
        return this.connection;
    }
    async call(call) {
        const { send } = await this.connect();
        const name = describeCall(call);
        let retries = 0;
        let waits = 0;
        let conflicts = 0;
        let body = call.body;
        /** An attempt of a create got no answer: it may have created the object. */
        let unanswered = false;
        for (let attempt = 1;; attempt++) {
            let failure;
            try {
                this.calls++;
                const timeout = AbortSignal.timeout(ATTEMPT_TIMEOUT_MS);
                const answer = await send({ ...call, body }, call.signal ? AbortSignal.any([call.signal, timeout]) : timeout);
                if (answer.status >= 200 && answer.status < 300)
                    return (call.text ? answer.text : parseJson(answer.text));
                if (answer.status === 404 && call.missingOk)
                    return undefined;
                failure = fromAnswer(answer);
            }
            catch (error) {
                failure = { message: (0,health/* describeError */.Uc)(error), transient: true };
                unanswered ||= call.method === 'POST';
            }
            const created = unanswered && failure.status === 409 && failure.reason === 'AlreadyExists';
            if (created)
                return this.createdUnanswered(call, name);
            const attempts = attempt > 1 ? `; gave up after ${attempt} attempts` : '';
            const fail = (message = failure.message) => new KubernetesError(`Kubernetes ${name} failed: ${message}${attempts}`, failure.status, failure.reason, failure.answer);
            if (call.signal?.aborted)
                throw fail(`stopped at the deadline (${failure.message})`);
            if (failure.status === 403)
                throw fail(forbidden(call, failure));
            // Someone wrote in between. A write computed from a read is computed again from a new one;
            // a patch that reads nothing (an image, a selector) is sent again as it is. An apply's 409 is
            // a field owned by another manager: never retried (nor forced).
            const update = call.reread !== undefined || (['PATCH', 'PUT'].includes(call.method) && call.contentType !== PATCH.apply);
            if (failure.status === 409 && failure.reason === 'Conflict' && update && conflicts < CONFLICT_RETRIES) {
                conflicts++;
                this.log.info(`Kubernetes ${name}: ${failure.message}; ${call.reread ? 'reading it again and retrying' : 'sending it again'}`);
                await (0,retry/* sleep */.yy)((0,retry/* backoffMs */.jo)(conflicts, 100, 1000), call.signal);
                if (call.reread) {
                    body = await call.reread();
                    if (body === undefined)
                        return undefined;
                }
                continue;
            }
            if (failure.status === 429) {
                const after = Math.ceil((failure.retryAfterMs ?? 1000) / 1000);
                if (waits >= RATE_LIMIT_WAITS || after > MAX_RETRY_AFTER_S)
                    throw fail(`${failure.message}; the API asks to wait ${after} s, longer than this run waits`);
                waits++;
                this.log.warn(`Kubernetes ${name}: ${failure.message}; waiting ${after} s as Retry-After asks`);
                await (0,retry/* sleep */.yy)(after * 1000, call.signal);
                continue;
            }
            if (!failure.transient || retries >= RETRIES)
                throw fail();
            retries++;
            const delay = Math.round((0,retry/* backoffMs */.jo)(retries, BACKOFF_MS, MAX_BACKOFF_MS));
            this.log.warn(`Kubernetes ${name}: ${failure.message}; retrying in ${(delay / 1000).toFixed(1)} s (attempt ${retries + 1} of ${RETRIES + 1})`);
            await (0,retry/* sleep */.yy)(delay, call.signal);
        }
    }
    /**
     * A create sent again after an attempt that got no answer, refused as AlreadyExists: that attempt
     * created it (the object was read missing before the create). The object is read and used, not
     * reported as a failure.
     */
    async createdUnanswered(call, name) {
        const objectName = call.body?.metadata?.name;
        if (!objectName)
            throw new KubernetesError(`Kubernetes ${name} failed: it already exists (an earlier attempt got no answer)`);
        this.log.info(`Kubernetes ${name}: the attempt whose answer was lost created ${objectName}; using it`);
        return this.call({ method: 'GET', path: `${call.path}/${objectName}`, signal: call.signal });
    }
    /**
     * Opens a watch: the answer's lines, one event each, until the server ends it, the connection
     * drops, `idleMs` passes without a byte, or `signal` fires. Not retried here: the follower resumes
     * from the last resourceVersion it saw.
     */
    async watch(path, query, onEvent, options) {
        const { send } = await this.connect();
        const idle = new AbortController();
        let timer;
        const touch = () => {
            clearTimeout(timer);
            timer = setTimeout(() => idle.abort(), options.idleMs);
        };
        const signal = AbortSignal.any([options.signal, idle.signal]);
        touch();
        this.calls++;
        try {
            const answer = await send({ method: 'GET', path, query: { ...query, watch: true } }, signal, true);
            if (answer.status !== 200)
                return { ended: 'refused', failure: fromAnswer(answer) };
            const decoder = new TextDecoder();
            let pending = '';
            for await (const chunk of answer.stream) {
                touch();
                pending += decoder.decode(chunk, { stream: true });
                let newline;
                while ((newline = pending.indexOf('\n')) >= 0) {
                    const line = pending.slice(0, newline).trim();
                    pending = pending.slice(newline + 1);
                    if (!line)
                        continue;
                    const event = parseJson(line);
                    if (event?.type)
                        onEvent(event);
                }
            }
            return { ended: 'closed' };
        }
        catch (error) {
            if (options.signal.aborted)
                return { ended: 'stopped' };
            return {
                ended: 'dropped',
                failure: {
                    message: idle.signal.aborted ? `no data for ${options.idleMs / 1000} s` : (0,health/* describeError */.Uc)(error),
                    transient: true
                }
            };
        }
        finally {
            clearTimeout(timer);
            idle.abort();
        }
    }
}
/** The client's own request path: its RequestContext, its authentication, its undici transport. */
function transport(client, config, log) {
    const http = new client.IsomorphicFetchHttpLibrary();
    const server = config.getCurrentCluster().server.replace(/\/+$/, '');
    return async (call, signal, streaming = false) => {
        const request = new client.RequestContext(`${server}${call.path}`, call.method);
        for (const [key, value] of Object.entries(call.query ?? {}))
            if (value !== undefined)
                request.setQueryParam(key, String(value));
        request.setHeaderParam('Accept', call.text ? 'text/plain, */*' : 'application/json');
        // Writes without an explicit manager are owned by the user agent's first word: name ours.
        request.setHeaderParam('User-Agent', `${FIELD_MANAGER} (kubernetes-client-javascript)`);
        if (call.body !== undefined) {
            request.setHeaderParam('Content-Type', call.contentType ?? 'application/json');
            request.setBody(JSON.stringify(call.body));
        }
        await config.applySecurityAuthentication(request);
        // Tokens from exec plugins and token files rotate: every one a request carries is masked.
        maskAuthorization(request.getHeaders()['Authorization'], log);
        request.setSignal(signal);
        const response = await http.send(request).toPromise();
        if (streaming && response.httpStatusCode === 200) {
            const stream = response.body.stream();
            return { status: 200, headers: response.headers, text: '', stream: stream ?? undefined };
        }
        return { status: response.httpStatusCode, headers: response.headers, text: await response.body.text() };
    };
}
function parseJson(text) {
    if (!text)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function fromAnswer(answer) {
    const status = parseJson(answer.text);
    const reason = status?.reason;
    const said = status?.message ?? (answer.text.trim().slice(0, 300) || '(no message)');
    const retryAfter = (0,retry/* retryAfterMs */.Vs)(answer.headers['retry-after']) ??
        (status?.details?.retryAfterSeconds ? status.details.retryAfterSeconds * 1000 : undefined);
    return {
        message: `HTTP ${answer.status}${reason ? ` ${reason}` : ''}: ${said}`,
        status: answer.status,
        reason,
        answer: status,
        retryAfterMs: retryAfter,
        // 500 with a reason the API means (InternalError, ServiceUnavailable, Timeout): worth another try too.
        transient: answer.status >= 500 || answer.status === 408
    };
}
/** The parts of an API path: `/apis/apps/v1/namespaces/prod/deployments/web/scale`. */
function parsePath(path) {
    const parts = path.split('?')[0].split('/').filter(Boolean);
    let rest;
    let group = '';
    if (parts[0] === 'api')
        rest = parts.slice(2);
    else {
        group = parts[1] ?? '';
        rest = parts.slice(3);
    }
    let namespace;
    if (rest[0] === 'namespaces' && rest.length > 2) {
        namespace = rest[1];
        rest = rest.slice(2);
    }
    return { group, namespace, resource: rest[0] ?? '', name: rest[1], subresource: rest[2] };
}
/** The RBAC verb a call needs. */
function verbOf(call) {
    const { name } = parsePath(call.path);
    switch (call.method) {
        case 'GET':
            return call.query?.['watch'] ? 'watch' : name ? 'get' : 'list';
        case 'POST':
            return 'create';
        case 'PUT':
            return 'update';
        case 'PATCH':
            return 'patch';
        case 'DELETE':
            return 'delete';
    }
}
/** `PATCH deployments/web in prod`: how errors and warnings name a call. */
function describeCall(call) {
    const { resource, name, subresource, namespace } = parsePath(call.path);
    const what = [resource, name, subresource].filter(Boolean).join('/');
    return `${call.method} ${what || call.path}${namespace ? ` in ${namespace}` : ''}`;
}
/** A 403 says which permission is missing, and where. */
function forbidden(call, failure) {
    const { group, namespace, resource, subresource } = parsePath(call.path);
    const verb = verbOf(call);
    const kind = subresource ? `${resource}/${subresource}` : resource;
    return `${failure.message}. The credentials may not ${verb} ${kind}${group ? ` (API group ${group})` : ''}${namespace ? ` in namespace ${namespace}` : ''}: grant "${verb}" on "${kind}" in the Role bound to them (the README lists the Role each strategy needs)`;
}

;// CONCATENATED MODULE: ./src/platforms/kubernetes/objects.ts
// The shapes of the API objects this platform reads, as the API sends them (raw JSON): only the
// fields it uses are typed, and every object is kept whole so what is written back loses nothing.
/** The annotations and labels this platform writes. */
const VERSION_ANNOTATION = 'deploy-orchestrator/version';
const DEPLOYMENT_ID_ANNOTATION = 'deploy-orchestrator/deployment-id';
const COLOR_LABEL = 'deploy-orchestrator/color';
const TRACK_LABEL = 'deploy-orchestrator/track';
const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
const HASH_LABEL = 'pod-template-hash';
const RESTARTED_AT_ANNOTATION = 'kubectl.kubernetes.io/restartedAt';
/** `a=1,b=2`: a label selector from a map. */
function selectorString(labels) {
    return Object.entries(labels ?? {})
        .map(([key, value]) => `${key}=${value}`)
        .join(',');
}
function deploymentPath(namespace, name) {
    return `/apis/apps/v1/namespaces/${namespace}/deployments${name ? `/${name}` : ''}`;
}
function servicePath(namespace, name) {
    return `/api/v1/namespaces/${namespace}/services${name ? `/${name}` : ''}`;
}
function routePath(namespace, name) {
    return `/apis/gateway.networking.k8s.io/v1/namespaces/${namespace}/httproutes${name ? `/${name}` : ''}`;
}
/** A deep copy of plain JSON. */
function clone(value) {
    return structuredClone(value);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/platforms/kubernetes/manifests.ts



/**
 * The documents of `kubernetes-manifests`: files or globs (relative to the workspace), several
 * YAML documents each, `kind: List` unpacked. A pattern that matches nothing is an error: a typo
 * must not deploy without its ConfigMap.
 */
async function readManifests(patterns, workspace) {
    const { parseAllDocuments } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const manifests = [];
    for (const pattern of patterns) {
        const files = [];
        for await (const file of (0,promises_.glob)(pattern, { cwd: workspace }))
            files.push(file);
        files.sort();
        if (files.length === 0)
            throw new Error(`\`kubernetes-manifests\`: "${pattern}" matches no file in ${workspace}`);
        for (const file of files) {
            const path = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(workspace, file);
            const name = (0,external_node_path_.relative)(workspace, path);
            const documents = parseAllDocuments(await (0,promises_.readFile)(path, 'utf8'));
            for (const [index, document] of (Array.isArray(documents) ? documents : [documents]).entries()) {
                if (document.errors.length > 0)
                    throw new Error(`\`kubernetes-manifests\`: ${name} document ${index + 1} is not valid YAML: ${document.errors[0].message}`);
                const value = document.toJS();
                if (value === null || value === undefined)
                    continue;
                const items = value['kind'] === 'List' && Array.isArray(value['items']) ? value['items'] : [value];
                for (const item of items) {
                    const metadata = item['metadata'];
                    if (typeof item['apiVersion'] !== 'string' || typeof item['kind'] !== 'string' || !metadata?.name)
                        throw new Error(`\`kubernetes-manifests\`: ${name} document ${index + 1} is not a Kubernetes object (apiVersion, kind and metadata.name are required)`);
                    manifests.push({ object: item, source: `${name}#${index + 1}` });
                }
            }
        }
    }
    return manifests;
}
/** The field-manager conflicts of a 409 answer to an apply (none: another kind of 409). */
function fieldConflicts(answer) {
    return (answer?.details?.causes ?? []).filter((cause) => cause.type === 'FieldManagerConflict');
}
/**
 * A refused apply whose every conflict is with this action's own non-apply writes (its
 * `deploy-orchestrator` Update entry: a canary's promotion, a restored template, a selector or
 * route weights it set). The API keeps an applier apart from an updater of the same name
 * (kubernetes/kubernetes#107417), so the action's patches conflict with its own applies.
 */
function ownConflicts(error) {
    if (!(error instanceof KubernetesError) || error.status !== 409)
        return false;
    const conflicts = fieldConflicts(error.answer);
    return conflicts.length > 0 && conflicts.every((c) => c.message?.startsWith(`conflict with "${FIELD_MANAGER}"`));
}
/**
 * Server-side apply of any kind (field manager `deploy-orchestrator`), its URL found through the
 * API's discovery documents. A field another manager owns is a conflict that stops the deploy with
 * the manager's name: never forced.
 */
class Applier {
    api;
    namespace;
    discovery = new Map();
    constructor(api, namespace) {
        this.api = api;
        this.namespace = namespace;
    }
    /** `force` only takes back fields this action set itself (see `ownConflicts`). */
    async apply(manifest, signal, force = false) {
        const { object } = manifest;
        const path = await this.pathOf(object, signal);
        const body = { ...object, metadata: { ...object.metadata } };
        delete body.metadata['managedFields'];
        delete body['status'];
        try {
            return await this.api.call({
                method: 'PATCH',
                path,
                query: { fieldManager: FIELD_MANAGER, ...(force ? { force: true } : {}) },
                body,
                contentType: PATCH.apply,
                signal
            });
        }
        catch (error) {
            const conflicts = error instanceof KubernetesError && error.status === 409 ? fieldConflicts(error.answer) : [];
            if (conflicts.length === 0)
                throw error;
            const what = `server-side apply of ${object.kind} ${object.metadata.name} (${manifest.source})`;
            const file = manifest.source.replace(/#\d+$/, '');
            const handOver = `\`kubectl apply --server-side --force-conflicts --field-manager=${FIELD_MANAGER} -f ${file}\``;
            throw new KubernetesError(ownConflicts(error)
                ? `${what} would replace what this action set by patch (${conflicts.map((c) => c.field).join(', ')}: a canary's or blue-green's traffic set-up). Leave ${object.kind} ${object.metadata.name} out of \`kubernetes-manifests\` (it keeps what the action set), or hand it back once you have checked what the manifest's version selects: ${handOver}`
                : `${what} conflicts with another field manager: ${error.answer?.message ?? error.message}. The action never forces: drop the field from the manifest, or hand it over once with ${handOver}`, 409, 'Conflict', error.answer);
        }
    }
    /** The object's URL: `/apis/<group>/<version>/namespaces/<ns>/<plural>/<name>`. */
    async pathOf(object, signal) {
        const groupVersion = object.apiVersion;
        const base = groupVersion.includes('/') ? `/apis/${groupVersion}` : `/api/${groupVersion}`;
        let resources = this.discovery.get(groupVersion);
        if (!resources) {
            resources = this.api
                .call({ method: 'GET', path: base, signal, missingOk: true })
                .then((answer) => (answer?.resources ?? []).filter((r) => !r.name.includes('/')));
            this.discovery.set(groupVersion, resources);
        }
        const resource = (await resources).find((r) => r.kind === object.kind);
        if (!resource)
            throw new Error(`\`kubernetes-manifests\`: the cluster serves no ${object.kind} in ${groupVersion} (is its CRD installed, or the apiVersion wrong?)`);
        const namespace = object.metadata.namespace ?? this.namespace;
        return `${base}/${resource.namespaced ? `namespaces/${namespace}/` : ''}${resource.name}/${object.metadata.name}`;
    }
}

;// CONCATENATED MODULE: ./src/platforms/kubernetes/rollout.ts
// Pure: what a Deployment's status and its new pods say about a rollout. No I/O; tested with
// literal objects.

/**
 * `kubectl rollout status`, in its order: the spec change observed, no progress deadline exceeded,
 * every replica updated, no old replica left, every updated replica available. A missing counter
 * is 0 (the API omits zero values).
 */
function rolloutState(deployment) {
    const name = deployment.metadata.name ?? 'deployment';
    const status = deployment.status ?? {};
    const generation = deployment.metadata.generation ?? 0;
    if (generation > (status.observedGeneration ?? 0))
        return { phase: 'waiting', message: 'waiting for the deployment spec update to be observed' };
    const progressing = condition(deployment, 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded')
        return {
            phase: 'failed',
            message: `deployment ${name} exceeded its progress deadline (${deployment.spec.progressDeadlineSeconds ?? 600} s without progress)${progressing.message ? `: ${progressing.message}` : ''}`
        };
    const desired = deployment.spec.replicas ?? 1;
    const updated = status.updatedReplicas ?? 0;
    const total = status.replicas ?? 0;
    const available = status.availableReplicas ?? 0;
    if (updated < desired)
        return { phase: 'waiting', message: `${updated} of ${desired} new replicas updated` };
    if (total > updated)
        return { phase: 'waiting', message: `${total - updated} old replicas pending termination` };
    if (available < updated)
        return { phase: 'waiting', message: `${available} of ${updated} updated replicas available` };
    return { phase: 'done', message: `${available} of ${desired} replicas available` };
}
function condition(deployment, type) {
    return deployment.status?.conditions?.find((c) => c.type === type);
}
/** Waiting reasons that never fix themselves in a rollout's time: fail now, not at the deadline. */
const FAIL_FAST_REASONS = ['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'CreateContainerConfigError'];
/** A container restarted this often is crash-looping. */
const RESTART_LIMIT = 3;
/**
 * Why a pod of the new ReplicaSet says the rollout will not progress, or undefined. `container`
 * narrows nothing: a sidecar that cannot pull fails the pod as surely as the main container.
 */
function podFailure(pod) {
    const statuses = [
        ...(pod.status?.initContainerStatuses ?? []),
        ...(pod.status?.containerStatuses ?? [])
    ];
    for (const status of statuses) {
        const waiting = status.state?.waiting;
        if (waiting?.reason && FAIL_FAST_REASONS.includes(waiting.reason))
            return `pod ${pod.metadata.name}: container ${status.name} ${waiting.reason}${waiting.message ? `: ${waiting.message}` : ''}`;
        const restarts = status.restartCount ?? 0;
        if (restarts >= RESTART_LIMIT) {
            const last = status.lastState?.terminated;
            const exit = last
                ? `; last exit ${last.exitCode ?? '?'}${last.reason ? ` (${last.reason})` : ''}${last.message ? `: ${last.message}` : ''}`
                : '';
            return `pod ${pod.metadata.name}: container ${status.name} restarted ${restarts} times${waiting?.reason ? ` (${waiting.reason})` : ''}${exit}`;
        }
    }
    return undefined;
}
/** Why a pod is not ready yet, in a few words, for the progress log and the diagnosis. */
function podState(pod) {
    const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
    const parts = [];
    for (const status of statuses) {
        const state = status.state ?? {};
        if (state.waiting)
            parts.push(`${status.name} waiting${state.waiting.reason ? `: ${state.waiting.reason}` : ''}`);
        else if (state.terminated)
            parts.push(`${status.name} terminated: ${state.terminated.reason ?? `exit ${state.terminated.exitCode}`}`);
        else if (state.running && !status.ready)
            parts.push(`${status.name} running, not ready`);
        if ((status.restartCount ?? 0) > 0)
            parts.push(`${status.name} restarted ${status.restartCount} times`);
    }
    const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
    if (scheduled?.status === 'False')
        parts.push(`unschedulable: ${scheduled.message ?? scheduled.reason ?? ''}`);
    return parts.length > 0 ? parts.join('; ') : (pod.status?.phase ?? 'Pending');
}
/**
 * The Deployment's new ReplicaSet: owned by it, with its revision. Undefined before the controller
 * made it (the Deployment's revision then names an older one, or none).
 */
function newReplicaSet(deployment, replicaSets) {
    const revision = deployment.metadata.annotations?.[REVISION_ANNOTATION];
    if (!revision)
        return undefined;
    return replicaSets.find((rs) => rs.metadata.annotations?.[REVISION_ANNOTATION] === revision &&
        rs.metadata.ownerReferences?.some((owner) => owner.uid === deployment.metadata.uid));
}
function templateHash(replicaSet) {
    return replicaSet.metadata.labels?.[HASH_LABEL];
}
/** Pods that are Ready. */
function isReady(pod) {
    return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}
/**
 * The image digest check: every ready pod's container must report an imageID ending in the digest.
 * Answers the first pod that runs something else, with what it runs.
 */
function digestMismatch(pods, container, digest) {
    for (const pod of pods.filter(isReady)) {
        const status = pod.status?.containerStatuses?.find((s) => s.name === container);
        const imageId = status?.imageID ?? '';
        if (!imageId.endsWith(`@${digest}`))
            return { pod: pod.metadata.name ?? '?', runs: imageId || `${status?.image ?? 'nothing'} (no imageID reported)` };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/platforms/kubernetes/template.ts
// Pure: pod templates, the objects made from them, and route weights. No I/O; tested with literal
// objects. Every function copies: what was read stays as it was read.

/** The container a deploy sets the image of: the named one, else the first. */
function pickContainer(template, name, owner) {
    const containers = template.spec?.containers ?? [];
    const found = name ? containers.find((c) => c.name === name) : containers[0];
    if (!found)
        throw new Error(name
            ? `${owner} has no container "${name}" (it has ${containers.map((c) => c.name).join(', ') || 'none'}): fix \`kubernetes-container\``
            : `${owner} has no containers`);
    return found;
}
/** `registry/web:1.2@sha256:…` → `registry/web`; a port in the registry host is kept. */
function repository(image) {
    const withoutDigest = image.split('@')[0];
    const colon = withoutDigest.lastIndexOf(':');
    return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(0, colon) : withoutDigest;
}
/**
 * The image a deploy sets: `image@digest`, `image`, or the running image's repository at the
 * digest. Undefined with neither: the rollout restarts the image that runs.
 */
function imageFor(current, image, digest) {
    if (digest) {
        const base = image ?? current;
        return base ? `${repository(base)}${tagOf(image)}@${digest}` : undefined;
    }
    return image;
}
/** The tag of an image given with one (`:1.2`), kept beside the digest as a readable hint. */
function tagOf(image) {
    if (!image)
        return '';
    const withoutDigest = image.split('@')[0];
    const colon = withoutDigest.lastIndexOf(':');
    return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(colon) : '';
}
/**
 * The strategic merge patch of a release: the container's image (containers merge by name, so
 * sidecars keep theirs) and the annotations that let the running version be read back.
 */
function releasePatch(release) {
    return {
        spec: {
            template: {
                metadata: {
                    annotations: {
                        [VERSION_ANNOTATION]: release.version,
                        [DEPLOYMENT_ID_ANNOTATION]: release.deploymentId
                    }
                },
                ...(release.image ? { spec: { containers: [{ name: release.container, image: release.image }] } } : {})
            }
        }
    };
}
/** The same change on a whole template (objects this platform creates or applies). */
function withRelease(template, release) {
    const next = clone(template);
    next.metadata = { ...next.metadata };
    next.metadata.annotations = {
        ...next.metadata.annotations,
        [VERSION_ANNOTATION]: release.version,
        [DEPLOYMENT_ID_ANNOTATION]: release.deploymentId
    };
    if (release.image) {
        const container = next.spec?.containers?.find((c) => c.name === release.container);
        if (container)
            container.image = release.image;
    }
    return next;
}
/** What `kubectl rollout restart` sends: a new pod-template annotation, so every pod is replaced. */
function restartPatch(now) {
    return {
        spec: {
            template: {
                metadata: { annotations: { [RESTARTED_AT_ANNOTATION]: now.toISOString().replace(/\.\d+Z$/, 'Z') } }
            }
        }
    };
}
/**
 * As `kubectl rollout undo`: one JSON patch replacing the whole template. A template read from a
 * ReplicaSet loses the `pod-template-hash` label the controller added to it.
 */
function undoPatch(template) {
    return [{ op: 'replace', path: '/spec/template', value: withoutHash(template) }];
}
function withoutHash(template) {
    const next = clone(template);
    if (next.metadata?.labels?.[HASH_LABEL] !== undefined) {
        const { [HASH_LABEL]: _hash, ...labels } = next.metadata.labels;
        next.metadata.labels = labels;
    }
    return next;
}
/** A template with one more label on its pods. */
function withLabel(template, key, value) {
    const next = withoutHash(template);
    next.metadata = { ...next.metadata, labels: { ...next.metadata?.labels, [key]: value } };
    return next;
}
/**
 * A template about to replace a live one, with the live pods' canary track label when it has none:
 * a canary's set-up made the stable Service select `deploy-orchestrator/track: stable`, so pods
 * without it would take no traffic (a manifest or a version from before the canary lacks it).
 */
function keepingTrack(template, live) {
    const track = live?.metadata?.labels?.[TRACK_LABEL];
    if (track === undefined || template.metadata?.labels?.[TRACK_LABEL] !== undefined)
        return template;
    return withLabel(template, TRACK_LABEL, track);
}
/**
 * A Deployment made from another's: a colour of blue-green, the canary. Its selector and pods carry
 * one more label, so its pods are its own and a Service can select them alone. The other's rollout
 * settings come along; its status, identity and revision annotations do not.
 */
function derivedDeployment(base, name, label, replicas, template = base.spec.template) {
    const [key, value] = label;
    const spec = {
        replicas,
        selector: {
            ...base.spec.selector,
            matchLabels: { ...base.spec.selector?.matchLabels, [key]: value }
        },
        template: withLabel(template, key, value)
    };
    for (const field of ['minReadySeconds', 'progressDeadlineSeconds', 'revisionHistoryLimit', 'strategy'])
        if (base.spec[field] !== undefined)
            spec[field] = clone(base.spec[field]);
    return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: {
            name,
            namespace: base.metadata.namespace,
            labels: { ...base.metadata.labels, [key]: value },
            annotations: { 'deploy-orchestrator/made-from': base.metadata.name ?? '' }
        },
        spec
    };
}
/**
 * A Service beside another one (`<service>-preview`, `<service>-canary`): its ports, and its
 * selector with one label set. Cluster-internal whatever the other's type: the public one stays
 * the only way in.
 */
function derivedService(base, name, label) {
    const ports = (base.spec?.ports ?? []).map((port) => {
        const { nodePort: _nodePort, ...rest } = port;
        return rest;
    });
    return {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: {
            name,
            namespace: base.metadata.namespace,
            labels: { ...base.metadata.labels },
            annotations: { 'deploy-orchestrator/made-from': base.metadata.name ?? '' }
        },
        spec: { type: 'ClusterIP', selector: { ...base.spec?.selector, [label[0]]: label[1] }, ports }
    };
}
/** A backendRef that names the Service `name` of the route's own namespace. */
function refersTo(ref, name, namespace) {
    return (ref.name === name &&
        (ref.kind ?? 'Service') === 'Service' &&
        (ref.group ?? '') === '' &&
        (ref.namespace === undefined || ref.namespace === namespace));
}
/**
 * The route's rules with `percent` of the traffic of every rule that sends to the stable Service
 * given to the canary Service (added beside it when missing, on the same port), the rest to the
 * stable one. Every other field and rule is kept: a merge patch replaces `rules` whole.
 */
function weightedRules(route, stable, canary, percent) {
    const namespace = route.metadata.namespace;
    let matched = 0;
    const rules = clone(route.spec?.rules ?? []).map((rule) => {
        const refs = rule.backendRefs ?? [];
        const stableRef = refs.find((ref) => refersTo(ref, stable, namespace));
        if (!stableRef)
            return rule;
        matched++;
        stableRef.weight = 100 - percent;
        const canaryRef = refs.find((ref) => refersTo(ref, canary, namespace));
        if (canaryRef)
            canaryRef.weight = percent;
        else {
            const { weight: _weight, name: _name, ...rest } = stableRef;
            refs.push({ ...rest, name: canary, weight: percent });
        }
        rule.backendRefs = refs;
        return rule;
    });
    if (matched === 0)
        throw new Error(`HTTPRoute ${route.metadata.name} sends no traffic to the Service ${stable}: give one of its rules a backendRef to it (the stable backend)`);
    return rules;
}
/** The canary's share of the route, as the rules say it now (the first rule that sends to stable). */
function canaryShare(route, stable, canary) {
    const namespace = route.metadata.namespace;
    for (const rule of route.spec?.rules ?? []) {
        const refs = rule.backendRefs ?? [];
        const stableRef = refs.find((ref) => refersTo(ref, stable, namespace));
        if (!stableRef)
            continue;
        const canaryRef = refs.find((ref) => refersTo(ref, canary, namespace));
        const s = stableRef.weight ?? 1;
        const c = canaryRef ? (canaryRef.weight ?? 1) : 0;
        return s + c === 0 ? 0 : Math.round((100 * c) / (s + c));
    }
    return undefined;
}
/** Canary by replica count: how many of `total` replicas run the new version for `percent`. */
function canaryReplicas(total, percent) {
    if (percent <= 0)
        return 0;
    if (percent >= 100)
        return total;
    return Math.min(total, Math.max(1, Math.round((total * percent) / 100)));
}

;// CONCATENATED MODULE: ./src/platforms/kubernetes/release.ts
// A release to one Deployment: what the strategies share. Rolling releases to the Deployment
// itself, blue-green to a colour, canary to `<deployment>-canary` and, promoted, to the stable one.







/** What the state records of a release, so a rollback restores it exactly. */
function handles(deployment, applied) {
    return {
        namespace: deployment.metadata.namespace ?? '',
        deployment: deployment.metadata.name ?? '',
        replicas: String(deployment.spec.replicas ?? 1),
        template: JSON.stringify(deployment.spec.template),
        ...(applied ? { applied: JSON.stringify(applied) } : {})
    };
}
/** The release a context asks for, on a template whose container's image it reads. */
function releaseFor(cluster, context, template, owner) {
    let container;
    try {
        container = pickContainer(template, cluster.k8s.container, owner);
    }
    catch (error) {
        throw new platform/* PlatformError */.W(error.message, true);
    }
    const image = imageFor(container.image, context.image, context.imageDigest);
    if (context.imageDigest && !image)
        throw new platform/* PlatformError */.W(`${owner}: container ${container.name} names no image to pin to ${context.imageDigest}`, true);
    return { container: container.name, image, version: context.version, deploymentId: context.deploymentId ?? '' };
}
/** The manifests, read once per run; the named Deployment's document apart from the others. */
class ManifestSet {
    cluster;
    read;
    constructor(cluster) {
        this.cluster = cluster;
    }
    get configured() {
        return this.cluster.k8s.manifests.length > 0;
    }
    async all() {
        this.read ??= readManifests(this.cluster.k8s.manifests, this.cluster.settings.runtime.workspace);
        try {
            return await this.read;
        }
        catch (error) {
            throw new platform/* PlatformError */.W(error.message, true);
        }
    }
    /** The document of `kubernetes-deployment`, when the manifests hold it. */
    async deployment() {
        const name = this.cluster.k8s.deployment;
        return (await this.all()).find((m) => m.object.kind === 'Deployment' &&
            m.object.metadata.name === name &&
            (m.object.metadata.namespace ?? this.cluster.namespace) === this.cluster.namespace);
    }
    /**
     * Applies every document but the named Deployment's (a strategy decides what becomes of that
     * one). With blue-green and canary, the public Service and the route are the action's to steer (a
     * Service's selector is atomic: applying it again would drop the colour): created when missing,
     * never applied again.
     */
    async applyOthers(signal) {
        const named = await this.deployment();
        const applier = new Applier(this.cluster.api, this.cluster.namespace);
        const { settings } = this.cluster;
        const steered = (m) => settings.strategy !== 'rolling' &&
            ((m.object.kind === 'Service' && m.object.metadata.name === this.cluster.k8s.service) ||
                (m.object.kind === 'HTTPRoute' && m.object.metadata.name === this.cluster.k8s.route));
        for (const manifest of await this.all()) {
            if (manifest === named)
                continue;
            const label = `${manifest.object.kind} ${manifest.object.metadata.name} (${manifest.source})`;
            if (steered(manifest)) {
                const path = await applier.pathOf(manifest.object, signal);
                if (await this.cluster.api.call({ method: 'GET', path, signal, missingOk: true })) {
                    this.cluster.log.info(`${label} exists: its traffic is the action's to steer, so it is not applied again`);
                    continue;
                }
            }
            await applier.apply(manifest, signal);
            this.cluster.log.info(`Applied ${label}`);
        }
    }
    /** Server-side apply of the named Deployment's document with the release in its template. */
    async applyDeployment(manifest, release, signal) {
        const object = clone(manifest.object);
        object.spec = { ...object.spec, template: withRelease(object.spec.template, release) };
        const result = await this.applyNamed({ ...manifest, object: object }, signal);
        this.cluster.log.info(`Applied Deployment ${result.deployment.metadata.name} (${manifest.source})`);
        return result;
    }
    /** Applies a recorded Deployment document again (a rollback of a deploy that applied it). */
    reapply(applied, signal) {
        return this.applyNamed({ object: applied, source: 'the state' }, signal);
    }
    /**
     * A Deployment document applied over the live object. The live pods' canary track label stays
     * when the document has none (the stable Service a canary set up selects it). Fields this action
     * set itself by patch (a promotion, a restore) conflict with its own apply: with no other
     * manager's field among the conflicts, they are taken back, forced on the resourceVersion just
     * read, so a field someone else wrote since is never taken (that apply is refused; read again).
     */
    async applyNamed(manifest, signal) {
        const { cluster } = this;
        const name = manifest.object.metadata.name;
        const applier = new Applier(cluster.api, cluster.namespace);
        for (let attempt = 1;; attempt++) {
            const current = await cluster.readDeployment(name, signal);
            if (current && !cluster.before.has(name))
                cluster.before.set(name, current.spec.template);
            const object = clone(manifest.object);
            const template = keepingTrack(object.spec.template, current?.spec.template);
            if (template !== object.spec.template)
                cluster.log.info(`deployment ${name}: its pods carry ${TRACK_LABEL}=${template.metadata.labels[TRACK_LABEL]} (a canary's set-up: the stable Service selects it); kept in the template applied from ${manifest.source}`);
            object.spec = { ...object.spec, template };
            const intent = object;
            try {
                const deployment = await cluster.changing(name, async () => {
                    try {
                        return await applier.apply({ ...manifest, object: intent }, signal);
                    }
                    catch (error) {
                        if (!current || !ownConflicts(error))
                            throw error;
                        cluster.log.info(`deployment ${name}: ${error.answer?.details?.causes?.map((c) => c.field).join(', ')} were set by this action's own patches, not by another manager: taken back (forced at resourceVersion ${current.metadata.resourceVersion})`);
                        const pinned = {
                            ...intent,
                            metadata: { ...intent.metadata, resourceVersion: current.metadata.resourceVersion ?? '' }
                        };
                        return await applier.apply({ ...manifest, object: pinned }, signal, true);
                    }
                });
                return { deployment: deployment, applied: object };
            }
            catch (error) {
                // A 409 without field conflicts: it changed since the read, so decide again from a new one.
                const modified = error instanceof KubernetesError && error.status === 409 && !error.answer?.details?.causes?.length;
                if (!modified || attempt >= 3)
                    throw error;
                cluster.log.info(`deployment ${name} changed while it was applied; reading it again`);
            }
        }
    }
}
/**
 * What blue-green and canary start from: the Deployment named by `kubernetes-deployment` (the one
 * their own Deployments are made from) and the public Service `kubernetes-service`.
 */
class TrafficStrategy {
    cluster;
    manifests;
    constructor(cluster, manifests) {
        this.cluster = cluster;
        this.manifests = manifests;
    }
    get base() {
        return this.cluster.k8s.deployment;
    }
    get service() {
        return this.cluster.k8s.service;
    }
}
/**
 * Releases to an existing Deployment without manifests: one strategic merge patch of the image and
 * the annotations (sidecars keep their images), then the rollout followed. A failure before the
 * patch landed is before traffic; after it, it is the caller's `beforeTraffic`.
 */
function patchRelease(cluster, deployment, release, signal, beforeTraffic, extra = {}) {
    const patch = releasePatch(release);
    const spec = { ...patch['spec'], ...extra['spec'] };
    return cluster.rollOut(deployment, { ...extra, spec }, PATCH.strategic, signal, beforeTraffic, `deployment ${deployment.metadata.name}: ${release.image ? `container ${release.container} → ${release.image}` : 'same image, new pods'} (version ${(0,transitions/* short */.h0)(release.version)})`);
}
/**
 * Restores a template as `kubectl rollout undo` does (one JSON patch), and follows the rollout. A
 * template from before a canary's set-up gets the live track label back, or the stable Service would
 * select none of its pods (its old ReplicaSet then cannot be reused: the template differs).
 */
function restoreTemplate(cluster, deployment, template, signal) {
    const restored = keepingTrack(template, deployment.spec.template);
    return cluster.rollOut(deployment, undoPatch(restored), PATCH.json, signal, false, `deployment ${deployment.metadata.name}: template restored (version ${(0,transitions/* short */.h0)(template.metadata?.annotations?.[VERSION_ANNOTATION] ?? 'unrecorded')})${restored === template ? '' : `, with its pods' ${TRACK_LABEL} label kept (the stable Service selects it)`}`);
}
/** The digest check of a Deployment's new pods; answers the digest when every ready pod runs it. */
async function verifyDigest(cluster, deployment, digest, signal) {
    const name = deployment.metadata.name;
    const { pods } = await cluster.currentPods(deployment, signal);
    if (pods.length === 0)
        return (deployment.spec.replicas ?? 1) === 0 ? null : '';
    const container = cluster.k8s.container ?? deployment.spec.template.spec?.containers?.[0]?.name ?? '';
    const mismatch = digestMismatch(pods, container, digest);
    if (mismatch)
        throw new platform/* PlatformError */.W(`pod ${mismatch.pod} of deployment ${name} runs ${mismatch.runs} in container ${container}, not ${digest}`, false);
    cluster.log.info(`deployment ${name}: every ready pod runs ${digest} in container ${container}`);
    return digest;
}

;// CONCATENATED MODULE: ./src/platforms/kubernetes/blue-green.ts





/**
 * Blue-green: `<deployment>-blue` and `<deployment>-green`, made from `<deployment>`'s template with
 * the label `deploy-orchestrator/color` in their selector and pods. The public Service selects the
 * live colour by that label; `<service>-preview` selects the idle one, for the candidate checks. A
 * switch is one strategic merge patch of the public Service's selector, and so is a switch back:
 * the public Service gets no other write in a run (but once, when it is adopted).
 */
class BlueGreen extends TrafficStrategy {
    deploymentOf(color) {
        return `${this.base}-${color}`;
    }
    /** The colour the public Service selects; without a colour label yet, blue. */
    async liveColor(state) {
        const service = await this.cluster.requireService(this.service, AbortSignal.timeout(60_000));
        const selected = service.spec?.selector?.[COLOR_LABEL];
        const recorded = state?.current?.color;
        if (selected !== 'blue' && selected !== 'green') {
            this.cluster.log.info(`Service ${this.service} selects no colour yet: blue is live`);
            return 'blue';
        }
        if (recorded && recorded !== selected)
            this.cluster.log.warn(`Service ${this.service} selects ${selected} but the state says ${recorded} is live: following the Service`);
        return selected;
    }
    /** The Deployment that serves now (status, start): the live colour's, else `<deployment>` itself. */
    async liveDeployment(signal) {
        const service = await this.cluster.readService(this.service, signal);
        const color = service?.spec?.selector?.[COLOR_LABEL];
        return color === 'blue' || color === 'green' ? this.deploymentOf(color) : this.base;
    }
    async deploy(context) {
        const { cluster } = this;
        const signal = context.signal;
        const color = context.color;
        const live = (0,platform/* otherColor */.I)(color);
        const target = this.deploymentOf(color);
        const service = await cluster.requireService(this.service, signal);
        if (this.manifests.configured)
            await this.manifests.applyOthers(signal);
        const document = this.manifests.configured ? await this.manifests.deployment() : undefined;
        const base = await cluster.readDeployment(this.base, signal);
        const source = document
            ? {
                ...base,
                ...document.object,
                metadata: { ...base?.metadata, ...document.object.metadata, namespace: cluster.namespace }
            }
            : base;
        if (!service.spec?.selector?.[COLOR_LABEL])
            await this.adopt(source, live, signal);
        const liveDeployment = await cluster.readDeployment(this.deploymentOf(live), signal);
        const replicas = liveDeployment?.spec.replicas ?? source?.spec.replicas ?? 1;
        const existing = await cluster.readDeployment(target, signal);
        let done;
        if (!existing) {
            if (!source)
                throw new platform/* PlatformError */.W(`deployment ${this.base} does not exist in namespace ${cluster.namespace}, and blue-green makes ${target} from its template: create it, or name its manifest in \`kubernetes-manifests\``, true);
            const release = releaseFor(cluster, context, source.spec.template, `deployment ${this.base}`);
            done = await cluster.createDeployment(derivedDeployment(source, target, [COLOR_LABEL, color], replicas, withRelease(source.spec.template, release)), signal, true);
        }
        else if (document) {
            // The manifest's template, whole, in the colour: one JSON patch of the template and the size.
            const template = withLabel(withRelease(source.spec.template, releaseFor(cluster, context, source.spec.template, `deployment ${this.base}`)), COLOR_LABEL, color);
            done = await cluster.rollOut(existing, [...undoPatch(template), { op: 'replace', path: '/spec/replicas', value: replicas }], PATCH.json, signal, true, `deployment ${target}: the manifest's template, ${replicas} replicas`);
        }
        else {
            const release = releaseFor(cluster, context, existing.spec.template, `deployment ${target}`);
            done = await patchRelease(cluster, existing, release, signal, true, { spec: { replicas } });
        }
        await cluster.ensureService(derivedService(service, `${this.service}-preview`, [COLOR_LABEL, color]), signal);
        return { platform: { ...handles(done), service: this.service } };
    }
    /**
     * The first blue-green run on a Service that selects no colour: its selector also matches the
     * new colour's pods (they carry the template's labels), which would take public traffic before
     * their checks. So the live colour is made first from the running template, followed, and the
     * Service selects it by colour, once; from then on a switch is the only write it gets.
     */
    async adopt(source, live, signal) {
        const { cluster } = this;
        const name = this.deploymentOf(live);
        let existing = await cluster.readDeployment(name, signal);
        if (!existing) {
            if (!source)
                throw new platform/* PlatformError */.W(`deployment ${this.base} does not exist in namespace ${cluster.namespace}: blue-green makes its colours from its template`, true);
            cluster.log.info(`Blue-green set-up: Service ${this.service} selects no colour yet; making ${name} from ${this.base}'s running template first`);
            existing = await cluster.createDeployment(derivedDeployment(source, name, [COLOR_LABEL, live], source.spec.replicas ?? 1), signal, true);
        }
        await cluster.patchSelector(this.service, { [COLOR_LABEL]: live }, signal);
        cluster.log.warn(`Blue-green set-up: Service ${this.service} now selects ${COLOR_LABEL}=${live} (${name}); deployment ${this.base}'s own pods no longer take its traffic: scale it to 0 when you no longer need it`);
    }
    /** The switch (and the switch back): one strategic merge patch of the public Service's selector. */
    async switchTo(color, signal) {
        await this.cluster.patchSelector(this.service, { [COLOR_LABEL]: color }, signal);
        this.cluster.log.info(`Service ${this.service} now selects ${COLOR_LABEL}=${color} (${this.deploymentOf(color)})`);
    }
}

;// CONCATENATED MODULE: ./src/platforms/kubernetes/canary.ts





/**
 * Canary: `<deployment>-canary` runs the new template beside the stable Deployment.
 *
 * With `kubernetes-route` (a Gateway API HTTPRoute), the route's two backends are the stable
 * Service and `<service>-canary`, and their weights follow `canary-steps`. The weights are the real
 * split only if no canary pod is selected by the stable Service: the stable pods and Service carry
 * `deploy-orchestrator/track: stable`, the canary's `canary` (set up once, before any traffic).
 * Success promotes: the stable Deployment gets the new template, its rollout is followed (the
 * canary serves everything meanwhile), then the weights go back to the stable Service and the canary
 * to 0 replicas. A failure sets the weights to 100/0 in one update: the stable version never stopped.
 *
 * Without a route, canary pods join the stable Service and the split follows the replica count: it
 * is approximate (a Service balances connections, not requests), and the summary says so.
 */
class Canary extends TrafficStrategy {
    /** The stable Deployment's size when the canary started. */
    total;
    /** The stable Deployment's template before this run promoted the canary into it (undone by an abort). */
    beforePromotion;
    /**
     * Called by an abort once traffic is back on the stable version and before anything failed is
     * replaced or scaled down: what the cluster shows of the failure is read then, not while traffic
     * waits on the failing version.
     */
    onTrafficBack;
    get canaryName() {
        return `${this.base}-canary`;
    }
    get canaryService() {
        return `${this.service}-canary`;
    }
    get route() {
        return this.cluster.k8s.route;
    }
    async deploy(context) {
        const { cluster } = this;
        const signal = context.signal;
        const service = await cluster.requireService(this.service, signal);
        let stable = await cluster.requireDeployment(this.base, signal, 'a canary runs beside the stable Deployment; deploy it with `strategy: rolling` first');
        this.total = stable.spec.replicas ?? 1;
        if (this.manifests.configured)
            await this.manifests.applyOthers(signal);
        const document = this.manifests.configured ? await this.manifests.deployment() : undefined;
        const source = document ? document.object['spec'].template : stable.spec.template;
        const notes = [];
        let replicas;
        if (this.route) {
            const route = await cluster.requireRoute(this.route, signal);
            try {
                weightedRules(route, this.service, this.canaryService, 0);
            }
            catch (error) {
                throw new platform/* PlatformError */.W(error.message, true);
            }
            if (service.spec?.selector?.[TRACK_LABEL] !== 'stable')
                stable = await this.separate(stable, signal);
            await cluster.ensureService(derivedService(service, this.canaryService, [TRACK_LABEL, 'canary']), signal);
            replicas = this.total;
        }
        else {
            // Replica mode: the canary starts with no pod, so nothing of it serves until the first step.
            replicas = 0;
            notes.push(`Canary without \`kubernetes-route\`: the split follows the replica count (${this.canaryName} beside ${this.base}, ${this.total} replicas in all, behind Service ${this.service}), so each step's share is approximate`);
        }
        const release = releaseFor(cluster, context, source, `deployment ${this.base}`);
        const template = withLabel(withRelease(source, release), TRACK_LABEL, 'canary');
        const existing = await cluster.readDeployment(this.canaryName, signal);
        const done = existing
            ? await cluster.rollOut(existing, [...undoPatch(template), { op: 'replace', path: '/spec/replicas', value: replicas }], PATCH.json, signal, true, `deployment ${this.canaryName}: the new template, ${replicas} replicas`)
            : await cluster.createDeployment(derivedDeployment(stable, this.canaryName, [TRACK_LABEL, 'canary'], replicas, template), signal, true);
        return { platform: handles(done), notes };
    }
    /**
     * Once: the stable pods get `track: stable` (a rollout of the same version) and then the stable
     * Service selects it, so the canary's pods, which carry `track: canary`, are the canary
     * Service's alone.
     */
    async separate(stable, signal) {
        const { cluster } = this;
        let current = stable;
        if (stable.spec.template.metadata?.labels?.[TRACK_LABEL] !== 'stable') {
            current = await cluster.rollOut(stable, { spec: { template: { metadata: { labels: { [TRACK_LABEL]: 'stable' } } } } }, PATCH.strategic, signal, true, `Canary set-up: deployment ${this.base}'s pods get ${TRACK_LABEL}=stable (same version, new pods), so Service ${this.service} can leave the canary's pods out`);
        }
        await cluster.patchSelector(this.service, { [TRACK_LABEL]: 'stable' }, signal);
        cluster.log.warn(`Canary set-up: Service ${this.service} now selects ${TRACK_LABEL}=stable (once)`);
        return current;
    }
    async shift(context) {
        const weight = context.weight ?? 0;
        if (weight === 0)
            return this.abort(context.signal);
        const { cluster } = this;
        const signal = context.signal;
        if (this.route) {
            const route = await cluster.requireRoute(this.route, signal);
            await cluster.updateRoute(route, (r) => weightedRules(r, this.service, this.canaryService, weight), signal);
            cluster.log.info(`HTTPRoute ${this.route}: ${weight}% to ${this.canaryService}, ${100 - weight}% to ${this.service}`);
            return;
        }
        const total = await this.size(signal);
        const canary = canaryReplicas(total, weight);
        await cluster.scale(this.canaryName, canary, signal);
        const done = await cluster.follow(this.canaryName, signal, false);
        if (context.imageDigest)
            await verifyDigest(cluster, done.deployment, context.imageDigest, signal);
        await cluster.scale(this.base, total - canary, signal);
        await cluster.follow(this.base, signal, false);
        cluster.log.info(`Canary by replicas: ${canary} of ${total} pods run the new version (≈${Math.round((100 * canary) / total)}% of the traffic for ${weight}% asked)`);
    }
    /**
     * Success: the stable Deployment gets the canary's template (its own track label kept), its
     * rollout is followed, then all traffic returns to it and the canary goes to 0 replicas.
     */
    async promote(context) {
        const { cluster } = this;
        const signal = context.signal;
        const total = await this.size(signal);
        const stable = await cluster.requireDeployment(this.base, signal, 'there is nothing to promote to');
        const canary = await cluster.requireDeployment(this.canaryName, signal, 'there is no canary to promote');
        const template = promotedTemplate(canary.spec.template, stable.spec.template);
        const ops = [...undoPatch(template)];
        if (!this.route)
            ops.push({ op: 'replace', path: '/spec/replicas', value: total });
        this.beforePromotion = stable.spec.template;
        const done = await cluster.rollOut(stable, ops, PATCH.json, signal, false, `Promoting: deployment ${this.base} gets the canary's template`);
        if (this.route) {
            const route = await cluster.requireRoute(this.route, signal);
            await cluster.updateRoute(route, (r) => weightedRules(r, this.service, this.canaryService, 0), signal);
            cluster.log.info(`HTTPRoute ${this.route}: all traffic to ${this.service} again`);
        }
        await cluster.scale(this.canaryName, 0, signal);
        return { platform: handles(done) };
    }
    /**
     * A failure: with a route, the weights go back to the stable Service in one update (the stable
     * version never stopped serving); then a promotion of this run is undone and the canary scaled to 0.
     */
    async abort(signal) {
        const { cluster } = this;
        if (this.route) {
            const route = await cluster.requireRoute(this.route, signal);
            await cluster.updateRoute(route, (r) => weightedRules(r, this.service, this.canaryService, 0), signal);
            cluster.log.info(`HTTPRoute ${this.route}: all traffic back to ${this.service}`);
        }
        await this.onTrafficBack?.(signal);
        const total = await this.size(signal);
        const before = this.beforePromotion;
        const stable = await cluster.requireDeployment(this.base, signal, 'the stable version is gone');
        if (before) {
            const ops = [...undoPatch(before)];
            if (!this.route)
                ops.push({ op: 'replace', path: '/spec/replicas', value: total });
            await cluster.rollOut(stable, ops, PATCH.json, signal, false, `deployment ${this.base}: the template it had before the promotion is restored`);
        }
        else if (!this.route && (stable.spec.replicas ?? 1) !== total) {
            await cluster.scale(this.base, total, signal);
            await cluster.follow(this.base, signal, false);
        }
        await cluster.scale(this.canaryName, 0, signal);
    }
    /** The stable size the canary started from (read again by a run that did not deploy it). */
    async size(signal) {
        if (this.total === undefined) {
            const stable = await this.cluster.requireDeployment(this.base, signal, 'there is no stable version');
            this.total = stable.spec.replicas ?? 1;
        }
        return this.total;
    }
}
/** The canary's template with the stable Deployment's own track label (or none, as it had). */
function promotedTemplate(canary, stable) {
    const template = clone(canary);
    const labels = { ...template.metadata?.labels };
    const track = stable.metadata?.labels?.[TRACK_LABEL];
    if (track === undefined)
        delete labels[TRACK_LABEL];
    else
        labels[TRACK_LABEL] = track;
    template.metadata = { ...template.metadata, labels };
    return template;
}

;// CONCATENATED MODULE: ./src/platforms/kubernetes/watch.ts


/** Without the `watch` verb: one list a second, never more often. */
const POLL_INTERVAL_MS = 1000;
/** The server ends a watch after this long (it is resumed); a quiet connection this long is dead. */
const WATCH_TIMEOUT_S = 300;
const WATCH_IDLE_MS = 90_000;
/** Kinds whose watch was refused in this run: warned about once, polled from then on. */
const unwatchable = new Set();
/**
 * A live view of what a list answers: list, then watch from the list's resourceVersion (with
 * bookmarks), applying every event. A watch the server ends, or that drops, resumes from the last
 * resourceVersion seen; `410 Gone` (history compacted) lists again. Credentials without the `watch`
 * verb get one list a second instead, with a warning naming the verb. `changed` runs after every
 * list and every event; a list that keeps failing ends the view with its error.
 */
class LiveList {
    api;
    log;
    target;
    changed;
    objects = new Map();
    /** The list has been read at least once. */
    listed = false;
    error;
    stop = new AbortController();
    done;
    constructor(api, log, target, changed, signal) {
        this.api = api;
        this.log = log;
        this.target = target;
        this.changed = changed;
        signal.addEventListener('abort', () => this.stop.abort(), { once: true });
        this.done = this.run().catch((error) => {
            if (this.stop.signal.aborted)
                return;
            this.error = error;
            this.changed();
        });
    }
    close() {
        this.stop.abort();
        return this.done;
    }
    get kind() {
        return this.target.path.split('/').at(-1) ?? this.target.path;
    }
    get signal() {
        return this.stop.signal;
    }
    async run() {
        const query = { fieldSelector: this.target.fieldSelector, labelSelector: this.target.labelSelector };
        let failures = 0;
        while (!this.signal.aborted) {
            const list = await this.api.call({ method: 'GET', path: this.target.path, query, signal: this.signal });
            if (this.signal.aborted)
                return;
            this.objects.clear();
            for (const item of list?.items ?? [])
                this.objects.set(item.metadata.name ?? '', item);
            this.listed = true;
            this.changed();
            if (unwatchable.has(this.kind)) {
                await (0,retry/* sleep */.yy)(POLL_INTERVAL_MS, this.signal);
                continue;
            }
            let resourceVersion = list?.metadata?.resourceVersion;
            // Watch, and resume the watch, until the server says the version is gone or refuses.
            for (;;) {
                let expired = false;
                const watchStop = new AbortController();
                const end = await this.api.watch(this.target.path, { ...query, resourceVersion, allowWatchBookmarks: true, timeoutSeconds: WATCH_TIMEOUT_S }, (event) => {
                    const object = event.object;
                    if (event.type === 'ERROR') {
                        // 410: the version was compacted away; anything else: start over from a list too.
                        this.log.info(object.code === 410
                            ? `Kubernetes: resourceVersion ${resourceVersion} of ${this.kind} has expired (410 Gone); listing again`
                            : `Kubernetes: the watch of ${this.kind} answered an error (${object.message ?? object.code}); listing again`);
                        expired = true;
                        watchStop.abort();
                        return;
                    }
                    resourceVersion = object.metadata?.resourceVersion ?? resourceVersion;
                    failures = 0;
                    if (event.type === 'BOOKMARK')
                        return;
                    const name = object.metadata?.name ?? '';
                    if (event.type === 'DELETED')
                        this.objects.delete(name);
                    else
                        this.objects.set(name, object);
                    this.changed();
                }, { signal: AbortSignal.any([this.signal, watchStop.signal]), idleMs: WATCH_IDLE_MS });
                if (this.signal.aborted)
                    return;
                if (expired)
                    break;
                if (end.ended === 'refused') {
                    const { status } = end.failure;
                    if (status === 403) {
                        unwatchable.add(this.kind);
                        this.log.warn(`Kubernetes: the credentials may not watch ${this.kind} (no "watch" verb on ${this.kind} in the Role): following by listing once a second instead`);
                        break;
                    }
                    if (status === 410)
                        break;
                    failures++;
                    const delay = (0,retry/* backoffMs */.jo)(Math.min(failures, 5), 500, 5000);
                    this.log.info(`Kubernetes ${describeCall({ method: 'GET', path: this.target.path, query: { watch: true } })}: ${end.failure.message}; listing again in ${(delay / 1000).toFixed(1)} s`);
                    await (0,retry/* sleep */.yy)(delay, this.signal);
                    break;
                }
                if (end.ended === 'dropped') {
                    // Resumed at once the first time; a connection that keeps dropping is given room.
                    failures++;
                    this.log.info(`Kubernetes: the watch of ${this.kind} dropped (${end.failure.message}); resuming from resourceVersion ${resourceVersion}`);
                    if (failures > 1)
                        await (0,retry/* sleep */.yy)((0,retry/* backoffMs */.jo)(Math.min(failures, 5), 250, 5000), this.signal);
                }
                else
                    failures = 0;
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/platforms/kubernetes/follow.ts



/** A rollout that will not finish, and why; the new ReplicaSet when known, for the diagnosis. */
class RolloutError extends Error {
    kind;
    replicaSet;
    constructor(message, kind, replicaSet) {
        super(message);
        this.kind = kind;
        this.replicaSet = replicaSet;
    }
}
/** While the new ReplicaSet is not listed yet (the controller has not made it), look again this often. */
const REPLICASET_RETRY_MS = 250;
/**
 * Follows a Deployment's rollout to its end, as `kubectl rollout status` judges it, but fails fast:
 * `ProgressDeadlineExceeded`, or a pod of the new ReplicaSet that cannot pull its image, has a bad
 * config or crash-loops. Watches the Deployment and the new ReplicaSet's pods (or polls them once a
 * second without the `watch` verb), so the end is seen as the API reports it.
 */
function followRollout(options) {
    const { api, log, namespace, name, label } = options;
    return new Promise((resolve, reject) => {
        const stop = new AbortController();
        const signal = AbortSignal.any([options.signal, stop.signal]);
        let settled = false;
        let said = '';
        let revision;
        let replicaSet;
        let pods;
        let lookingUp = false;
        const finish = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            stop.abort();
            if (outcome instanceof RolloutError)
                reject(outcome);
            else
                resolve(outcome);
        };
        const fail = (message, kind) => finish(new RolloutError(message, kind, replicaSet));
        const findReplicaSet = async (deployment, wanted) => {
            lookingUp = true;
            try {
                const list = await api.call({
                    method: 'GET',
                    path: `/apis/apps/v1/namespaces/${namespace}/replicasets`,
                    query: { labelSelector: selectorString(deployment.spec.selector?.matchLabels) },
                    signal
                });
                const found = newReplicaSet(deployment, list?.items ?? []);
                if (!found) {
                    setTimeout(() => {
                        lookingUp = false;
                        evaluate();
                    }, REPLICASET_RETRY_MS).unref();
                    return;
                }
                revision = wanted;
                replicaSet = found;
                const previous = pods;
                pods = new LiveList(api, log, {
                    path: `/api/v1/namespaces/${namespace}/pods`,
                    labelSelector: selectorString({
                        ...deployment.spec.selector?.matchLabels,
                        [HASH_LABEL]: templateHash(found) ?? ''
                    })
                }, evaluate, signal);
                void previous?.close();
                lookingUp = false;
                evaluate();
            }
            catch (error) {
                if (!signal.aborted)
                    fail(`${label}: its ReplicaSets cannot be read: ${error.message}`, 'api');
            }
        };
        const evaluate = () => {
            if (settled)
                return;
            const broken = deployments.error ?? pods?.error;
            if (broken)
                return fail(`${label}: cannot follow the rollout: ${broken.message}`, 'api');
            if (!deployments.listed)
                return;
            const deployment = deployments.objects.get(name);
            if (!deployment)
                return fail(`${label} does not exist (deleted during the rollout?)`, 'missing');
            const state = rolloutState(deployment);
            if (state.message !== said) {
                said = state.message;
                if (state.phase === 'waiting')
                    log.info(`${label}: ${state.message}`);
            }
            if (state.phase === 'failed')
                return fail(state.message, 'progress-deadline');
            const caughtUp = (deployment.metadata.generation ?? 0) <= (deployment.status?.observedGeneration ?? 0);
            const current = deployment.metadata.annotations?.[REVISION_ANNOTATION];
            if (caughtUp && current && current !== revision && !lookingUp)
                void findReplicaSet(deployment, current);
            for (const pod of pods?.objects.values() ?? []) {
                const failure = podFailure(pod);
                if (failure)
                    return fail(`${label}: ${failure}`, 'pod');
            }
            if (state.phase === 'done') {
                const seenAt = performance.now();
                log.info(`${label}: rolled out (${state.message})`);
                finish({ deployment, replicaSet: current === revision ? replicaSet : undefined, seenAt });
            }
        };
        const timer = setTimeout(() => fail(`${label} did not finish its rollout within ${options.deadlineInput} (${said || 'no status yet'})`, 'deadline'), Math.max(0, options.deadlineMs - Date.now()));
        options.signal.addEventListener('abort', () => fail(`${label}: stopped at the deadline of the run (${said})`, 'stopped'), {
            once: true
        });
        const deployments = new LiveList(api, log, { path: deploymentPath(namespace), fieldSelector: `metadata.name=${name}` }, evaluate, signal);
    });
}

;// CONCATENATED MODULE: ./src/platforms/kubernetes/cluster.ts





/**
 * The objects of one namespace as the strategies use them: reads, the writes (each a patch of what
 * changes, never a blind replace), rollouts followed to their end. It remembers what this run
 * changed, for a restart that would only repeat a rollout and for undoing a promotion.
 */
class Cluster {
    api;
    log;
    settings;
    namespace;
    /** Deployments whose pods this run replaced. */
    rolledOut = new Set();
    /** Deployments a write of this run may have changed. */
    changed = new Set();
    /** The template each Deployment had before this run first changed it. */
    before = new Map();
    /** The Deployment a failure is about, for the diagnosis. */
    lastFollowed;
    constructor(api, log, settings, namespace) {
        this.api = api;
        this.log = log;
        this.settings = settings;
        this.namespace = namespace;
    }
    get k8s() {
        return this.settings.kubernetes;
    }
    // ---- Deployments ---------------------------------------------------------------------------
    readDeployment(name, signal) {
        return this.api.call({
            method: 'GET',
            path: deploymentPath(this.namespace, name),
            signal,
            missingOk: true
        });
    }
    async requireDeployment(name, signal, why) {
        const deployment = await this.readDeployment(name, signal);
        if (!deployment)
            throw new platform/* PlatformError */.W(`deployment ${name} does not exist in namespace ${this.namespace}: ${why}`, true);
        return deployment;
    }
    /** A Deployment this action makes (a colour, the canary), its rollout followed to the end. */
    async createDeployment(body, signal, beforeTraffic) {
        const name = body.metadata.name;
        this.log.info(`Creating deployment ${name} (${body.spec.replicas} replicas)`);
        await this.api.call({
            method: 'POST',
            path: deploymentPath(this.namespace),
            query: { fieldManager: FIELD_MANAGER },
            body,
            signal
        });
        this.rolledOut.add(name);
        return (await this.follow(name, signal, beforeTraffic)).deployment;
    }
    /** A patch of a Deployment; its template as it was before this run is kept. */
    async patchDeployment(current, body, contentType, signal) {
        const name = current.metadata.name;
        if (!this.before.has(name))
            this.before.set(name, current.spec.template);
        return this.changing(name, () => this.api.call({
            method: 'PATCH',
            path: deploymentPath(this.namespace, name),
            query: { fieldManager: FIELD_MANAGER },
            body,
            contentType,
            signal
        }));
    }
    /**
     * A write to a Deployment. Once sent, it may have landed, unless the API refused it outright (a
     * 4xx): then nothing changed, and a rolling deploy that fails there never reached traffic.
     */
    async changing(name, write) {
        try {
            const result = await write();
            this.changed.add(name);
            return result;
        }
        catch (error) {
            const status = error.status;
            if (!(error instanceof KubernetesError && status !== undefined && status >= 400 && status < 500))
                this.changed.add(name);
            throw error;
        }
    }
    /**
     * A patch that replaces a Deployment's pods, then its rollout followed to the end. A paused
     * Deployment would take the patch and never roll out: refused before any write, as kubectl does.
     */
    async rollOut(current, body, contentType, signal, beforeTraffic, message) {
        const name = current.metadata.name;
        if (current.spec.paused)
            throw new platform/* PlatformError */.W(`deployment ${name} is paused (spec.paused): a paused Deployment does not roll out; resume it (kubectl rollout resume deployment/${name}) and run again`, true);
        await this.patchDeployment(current, body, contentType, signal);
        this.log.info(message);
        this.rolledOut.add(name);
        return (await this.follow(name, signal, beforeTraffic)).deployment;
    }
    /** Replicas through the `scale` subresource, as `kubectl scale` (and an autoscaler) set them. */
    async scale(name, replicas, signal) {
        await this.api.call({
            method: 'PATCH',
            path: `${deploymentPath(this.namespace, name)}/scale`,
            query: { fieldManager: FIELD_MANAGER },
            body: { spec: { replicas } },
            contentType: PATCH.merge,
            signal
        });
        this.log.info(`deployment ${name}: scaled to ${replicas} replicas`);
    }
    /** Follows a rollout to its end; a failure is a PlatformError whose side of traffic the caller knows. */
    async follow(name, signal, beforeTraffic) {
        this.lastFollowed = name;
        try {
            return await followRollout({
                api: this.api,
                log: this.log,
                namespace: this.namespace,
                name,
                label: `deployment ${name}`,
                deadlineMs: Date.now() + this.k8s.deployTimeoutSeconds * 1000,
                deadlineInput: `deploy-timeout-seconds (${this.k8s.deployTimeoutSeconds} s)`,
                signal
            });
        }
        catch (error) {
            if (error instanceof RolloutError)
                throw new platform/* PlatformError */.W(error.message, beforeTraffic);
            throw error;
        }
    }
    /** The Deployment's new ReplicaSet and its pods (the digest check reads them). */
    async currentPods(deployment, signal) {
        const selector = selectorString(deployment.spec.selector?.matchLabels);
        const replicaSets = await this.api.call({
            method: 'GET',
            path: `/apis/apps/v1/namespaces/${this.namespace}/replicasets`,
            query: { labelSelector: selector },
            signal
        });
        const replicaSet = newReplicaSet(deployment, replicaSets?.items ?? []);
        const hash = replicaSet?.metadata.labels?.[HASH_LABEL];
        if (!hash)
            return { replicaSet, pods: [] };
        const pods = await this.api.call({
            method: 'GET',
            path: `/api/v1/namespaces/${this.namespace}/pods`,
            query: { labelSelector: `${selector},${HASH_LABEL}=${hash}` },
            signal
        });
        return { replicaSet, pods: pods?.items ?? [] };
    }
    /** ReplicaSets the Deployment owns (old templates to return to). */
    async replicaSets(deployment, signal) {
        const list = await this.api.call({
            method: 'GET',
            path: `/apis/apps/v1/namespaces/${this.namespace}/replicasets`,
            query: { labelSelector: selectorString(deployment.spec.selector?.matchLabels) },
            signal
        });
        return (list?.items ?? []).filter((rs) => rs.metadata.ownerReferences?.some((owner) => owner.uid === deployment.metadata.uid));
    }
    // ---- Services and routes -------------------------------------------------------------------
    readService(name, signal) {
        return this.api.call({
            method: 'GET',
            path: servicePath(this.namespace, name),
            signal,
            missingOk: true
        });
    }
    async requireService(name, signal) {
        const service = await this.readService(name, signal);
        if (!service)
            throw new platform/* PlatformError */.W(`Service ${name} (\`kubernetes-service\`) does not exist in namespace ${this.namespace}: create it (it takes the public traffic)`, true);
        return service;
    }
    /** One strategic merge patch of a Service's selector: its other labels stay. */
    async patchSelector(name, labels, signal) {
        return this.api.call({
            method: 'PATCH',
            path: servicePath(this.namespace, name),
            query: { fieldManager: FIELD_MANAGER },
            body: { spec: { selector: labels } },
            contentType: PATCH.strategic,
            signal
        });
    }
    /** A Service the action owns (`-preview`, `-canary`): made when missing, its selector set when not. */
    async ensureService(body, signal) {
        const name = body.metadata.name;
        const existing = await this.readService(name, signal);
        if (!existing) {
            await this.api.call({
                method: 'POST',
                path: servicePath(this.namespace),
                query: { fieldManager: FIELD_MANAGER },
                body,
                signal
            });
            this.log.info(`Created Service ${name} selecting ${selectorString(body.spec?.selector)}`);
            return;
        }
        const wanted = body.spec?.selector ?? {};
        if (Object.entries(wanted).every(([key, value]) => existing.spec?.selector?.[key] === value))
            return;
        await this.patchSelector(name, wanted, signal);
        this.log.info(`Service ${name} now selects ${selectorString(wanted)}`);
    }
    async requireRoute(name, signal) {
        const route = await this.api.call({
            method: 'GET',
            path: routePath(this.namespace, name),
            signal,
            missingOk: true
        });
        if (!route)
            throw new platform/* PlatformError */.W(`HTTPRoute ${name} (\`kubernetes-route\`) does not exist in namespace ${this.namespace} (gateway.networking.k8s.io/v1)`, true);
        return route;
    }
    /**
     * One update of a route's rules: a JSON merge patch carrying the whole `rules` list (a merge
     * replaces lists whole) and the resourceVersion it was computed from, so a concurrent writer
     * makes it a 409, which reads the route again and recomputes.
     */
    async updateRoute(route, rules, signal) {
        const name = route.metadata.name;
        const body = (current) => ({
            metadata: { resourceVersion: current.metadata.resourceVersion },
            spec: { rules: rules(current) }
        });
        return this.api.call({
            method: 'PATCH',
            path: routePath(this.namespace, name),
            query: { fieldManager: FIELD_MANAGER },
            body: body(route),
            contentType: PATCH.merge,
            signal,
            reread: async () => body(await this.requireRoute(name, signal))
        });
    }
}

;// CONCATENATED MODULE: ./src/platforms/kubernetes/diagnostics.ts


const MAX_EVENTS = 10;
const LOG_LINES = 20;
const MAX_PODS = 5;
/**
 * What the cluster shows of a failed rollout: the failing pods' waiting or terminated reasons, the
 * Deployment's conditions, the newest Warning events of the Deployment, its ReplicaSets and pods,
 * and the last log lines of a failing container (its previous instance when it crash-loops).
 * Each read that fails is a finding of its own, never the end of the diagnosis.
 */
async function diagnoseDeployment(api, log, namespace, name, signal) {
    const findings = [];
    const logs = [];
    const read = async (what, path, query) => {
        try {
            return await api.call({ method: 'GET', path, query, signal, missingOk: true });
        }
        catch (error) {
            findings.push(`${what} could not be read: ${error.message}`);
            return undefined;
        }
    };
    const deployment = await read(`deployment ${name}`, deploymentPath(namespace, name));
    if (!deployment)
        return { findings: [...findings, `deployment ${name} does not exist in ${namespace}`], logs };
    for (const c of deployment.status?.conditions ?? [])
        findings.push(`deployment ${name}: ${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ''}${c.message ? `: ${c.message}` : ''}`);
    const selector = selectorString(deployment.spec.selector?.matchLabels);
    const replicaSets = (await read('its ReplicaSets', `/apis/apps/v1/namespaces/${namespace}/replicasets`, {
        labelSelector: selector
    }))?.items?.filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === deployment.metadata.uid)) ?? [];
    const current = newReplicaSet(deployment, replicaSets);
    const hash = current?.metadata.labels?.[HASH_LABEL];
    const pods = (await read('its pods', `/api/v1/namespaces/${namespace}/pods`, {
        labelSelector: hash ? `${selector},${HASH_LABEL}=${hash}` : selector
    }))?.items ?? [];
    const failing = pods.filter((pod) => !isReady(pod));
    for (const pod of failing.slice(0, MAX_PODS))
        findings.push(`pod ${pod.metadata.name}: ${describePod(pod)}`);
    if (failing.length > MAX_PODS)
        findings.push(`… and ${failing.length - MAX_PODS} more pods not ready`);
    const names = new Set([name, ...replicaSets.map((rs) => rs.metadata.name), ...pods.map((p) => p.metadata.name)]);
    const events = (await read('events', `/api/v1/namespaces/${namespace}/events`, {
        fieldSelector: 'type=Warning'
    }))?.items ?? [];
    const warnings = events
        .filter((e) => names.has(e.involvedObject?.name))
        .sort((a, b) => eventTime(b).localeCompare(eventTime(a)))
        .slice(0, MAX_EVENTS);
    for (const event of warnings)
        findings.push(`event ${event.involvedObject?.kind ?? ''} ${event.involvedObject?.name}: ${event.reason}: ${event.message ?? ''}${(event.count ?? 1) > 1 ? ` (×${event.count})` : ''}`);
    const crashing = failing.find((pod) => podLogTarget(pod));
    if (crashing) {
        const target = podLogTarget(crashing);
        try {
            const text = await api.call({
                method: 'GET',
                path: `/api/v1/namespaces/${namespace}/pods/${crashing.metadata.name}/log`,
                query: { container: target.container, previous: target.previous, tailLines: LOG_LINES },
                signal,
                text: true
            });
            const lines = (typeof text === 'string' ? text : '').replace(/\n$/, '').split('\n');
            logs.push({
                title: `last ${LOG_LINES} log lines of pod ${crashing.metadata.name}, container ${target.container}${target.previous ? ' (previous instance)' : ''}`,
                lines: lines.slice(-LOG_LINES)
            });
        }
        catch (error) {
            findings.push(`the log of pod ${crashing.metadata.name} could not be read: ${error.message}`);
        }
    }
    log.info(`What the cluster shows of deployment ${name}:`);
    for (const finding of findings)
        log.info(`  ${finding}`);
    for (const block of logs) {
        log.info(`  ${block.title}:`);
        for (const line of block.lines)
            log.output(line);
    }
    return { findings, logs };
}
/**
 * Why a Deployment with replicas has none available, in one line for its status: how many of its
 * pods are not ready and what the most telling one shows (a crash loop or a pull failure first,
 * else its state and its newest Warning event, e.g. a failing readiness probe). Undefined when the
 * pods cannot be read (a Role without `list` on replicasets, pods or events): the status still says down.
 */
async function whyUnavailable(api, log, namespace, deployment, signal) {
    try {
        // Its own pods: a canary's match the stable Deployment's selector too.
        const selector = selectorString(deployment.spec.selector?.matchLabels);
        const list = (resource, query) => api.call({ method: 'GET', path: resource, query, signal }).then((answer) => answer?.items ?? []);
        const owned = new Set((await list(`/apis/apps/v1/namespaces/${namespace}/replicasets`, { labelSelector: selector }))
            .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === deployment.metadata.uid))
            .map((rs) => rs.metadata.uid));
        const pods = (await list(`/api/v1/namespaces/${namespace}/pods`, { labelSelector: selector })).filter((pod) => pod.metadata.ownerReferences?.some((o) => owned.has(o.uid)));
        const unready = pods.filter((pod) => !isReady(pod));
        if (pods.length === 0)
            return 'no pod exists';
        if (unready.length === 0)
            return undefined;
        const failing = unready.find((pod) => podFailure(pod));
        if (failing)
            return `${unready.length} of ${pods.length} pods not ready; ${podFailure(failing)}`;
        const pod = unready[0];
        const events = await list(`/api/v1/namespaces/${namespace}/events`, {
            fieldSelector: `involvedObject.name=${pod.metadata.name},type=Warning`
        });
        const newest = events.sort((a, b) => eventTime(b).localeCompare(eventTime(a)))[0];
        return `${unready.length} of ${pods.length} pods not ready; pod ${pod.metadata.name}: ${podState(pod)}${newest ? ` (${newest.reason}: ${newest.message ?? ''})` : ''}`;
    }
    catch (error) {
        log.debug(`Why deployment ${deployment.metadata.name} is down could not be read: ${error.message}`);
        return undefined;
    }
}
function describePod(pod) {
    const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
    const parts = [];
    for (const status of statuses) {
        const waiting = status.state?.waiting;
        const terminated = status.state?.terminated ?? status.lastState?.terminated;
        if (waiting?.reason)
            parts.push(`container ${status.name} waiting: ${waiting.reason}${waiting.message ? `: ${waiting.message}` : ''}`);
        if (terminated)
            parts.push(`container ${status.name} ${status.state?.terminated ? 'terminated' : 'last terminated'}: exit ${terminated.exitCode ?? '?'}${terminated.reason ? ` (${terminated.reason})` : ''}${terminated.message ? `: ${terminated.message}` : ''}`);
        if ((status.restartCount ?? 0) > 0)
            parts.push(`container ${status.name} restarted ${status.restartCount} times`);
    }
    return parts.length > 0 ? parts.join('; ') : podState(pod);
}
/** The container whose log says why: one that ran and ended (its previous instance when restarted). */
function podLogTarget(pod) {
    for (const status of pod.status?.containerStatuses ?? []) {
        if ((status.restartCount ?? 0) > 0 && status.lastState?.terminated)
            return { container: status.name, previous: true };
        if (status.state?.terminated || (status.state?.running && !status.ready))
            return { container: status.name, previous: false };
    }
    return undefined;
}
function eventTime(event) {
    return event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp ?? event.metadata.creationTimestamp ?? '';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/report/actions-core.ts
var actions_core = __webpack_require__(10993);
;// CONCATENATED MODULE: ./src/platforms/kubernetes/kubectl.ts





const PLATFORMS = { linux: 'linux', darwin: 'darwin', win32: 'windows' };
const ARCHITECTURES = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'arm',
    s390x: 's390x',
    ppc64: 'ppc64le'
};
/**
 * Puts `kubectl-version` on PATH for the run's commands and the job's later steps, through the
 * runner's tool cache (`@actions/tool-cache`): cached across runs, downloaded once per version from
 * `kubectl-download-url`, and used only when its SHA-256 equals the published `kubectl.sha256`.
 * A mismatch deletes the download and stops the run before any change.
 */
async function installKubectl(settings, log) {
    // The tool cache reads where it lives from the runner's variables; outside Actions, ours.
    process.env.RUNNER_TOOL_CACHE ||= settings.toolCache;
    process.env.RUNNER_TEMP ||= settings.tempDir;
    const tc = await __webpack_require__.e(/* import() */ 713).then(__webpack_require__.bind(__webpack_require__, 65094));
    const base = settings.kubectlDownloadUrl;
    const version = await resolveVersion(settings.kubectlVersion, base);
    const os = PLATFORMS[process.platform];
    const arch = ARCHITECTURES[process.arch];
    if (!os || !arch)
        throw new platform/* PlatformError */.W(`\`kubectl-version\`: no kubectl is published for ${process.platform}/${process.arch}`, true);
    const cached = tc.find('kubectl', version.slice(1), arch);
    if (cached) {
        log.info(`kubectl ${version}: from the tool cache (${cached})`);
        (0,actions_core/* addPath */.fM)(cached);
        return cached;
    }
    const file = `kubectl${os === 'windows' ? '.exe' : ''}`;
    const url = `${base}/${version}/bin/${os}/${arch}/${file}`;
    const expected = await fetchText(`${url}.sha256`).then((text) => text.trim().split(/\s+/)[0].toLowerCase());
    if (!/^[0-9a-f]{64}$/.test(expected))
        throw new platform/* PlatformError */.W(`\`kubectl-version\`: ${url}.sha256 holds no SHA-256 ("${expected.slice(0, 80)}")`, true);
    let downloaded;
    try {
        downloaded = await tc.downloadTool(url);
    }
    catch (error) {
        throw new platform/* PlatformError */.W(`\`kubectl-version\`: downloading ${url} failed: ${error.message}`, true);
    }
    const actual = await sha256(downloaded);
    if (actual !== expected) {
        await (0,promises_.rm)(downloaded, { force: true });
        throw new platform/* PlatformError */.W(`\`kubectl-version\`: ${url} has SHA-256 ${actual}, but ${url}.sha256 says ${expected}; the download was deleted and nothing was changed (a corrupted download, or a mirror serving another file)`, true);
    }
    await (0,promises_.chmod)(downloaded, 0o755);
    const folder = await tc.cacheFile(downloaded, file, 'kubectl', version.slice(1), arch);
    await (0,promises_.rm)(downloaded, { force: true });
    log.info(`kubectl ${version}: downloaded from ${url}, SHA-256 ${actual} verified, cached in ${folder}`);
    (0,actions_core/* addPath */.fM)(folder);
    return folder;
}
/** `1.32.0` → `v1.32.0`; `stable` → what `stable.txt` names. */
async function resolveVersion(version, base) {
    if (version === 'stable') {
        const named = (await fetchText(`${base}/stable.txt`)).trim();
        if (!/^v\d+\.\d+\.\d+$/.test(named))
            throw new platform/* PlatformError */.W(`\`kubectl-version\`: ${base}/stable.txt names no release ("${named.slice(0, 80)}")`, true);
        return named;
    }
    return version.startsWith('v') ? version : `v${version}`;
}
async function fetchText(url) {
    let response;
    try {
        response = await fetch(url, { signal: AbortSignal.timeout(30_000), redirect: 'follow' });
    }
    catch (error) {
        throw new platform/* PlatformError */.W(`\`kubectl-version\`: ${url} cannot be read: ${error.message}`, true);
    }
    if (!response.ok)
        throw new platform/* PlatformError */.W(`\`kubectl-version\`: ${url} answered HTTP ${response.status}`, true);
    return response.text();
}
function sha256(path) {
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        (0,external_node_fs_.createReadStream)(path)
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}

;// CONCATENATED MODULE: ./src/platforms/kubernetes/platform.ts














async function createKubernetesPlatform(settings, log) {
    // Before any change: a kubectl whose checksum does not match stops the run here.
    if (settings.kubernetes.kubectlVersion && ['deploy', 'rollback'].includes(settings.mode))
        await installKubectl(settings.kubernetes, log);
    return new KubernetesPlatform(settings, log);
}
/**
 * Kubernetes through the official client (`@kubernetes/client-node`, loaded on the first call).
 * Rolling updates the Deployment and follows its rollout; blue-green runs `<deployment>-blue` and
 * `<deployment>-green` behind one Service whose selector names the live colour; canary runs
 * `<deployment>-canary` beside the Deployment, weighted by a Gateway API HTTPRoute or by replicas.
 */
class KubernetesPlatform {
    settings;
    log;
    name = 'kubernetes';
    strategies = inputs/* STRATEGIES */.YL;
    api;
    cluster;
    manifestSet;
    /** What the cluster showed of a failure, read by a canary abort before it scaled anything down. */
    diagnosis;
    blueGreen;
    canary;
    constructor(settings, log) {
        this.settings = settings;
        this.log = log;
        this.api = new KubernetesApi(settings.kubernetes, log);
        // Every run with a Deployment to look at calls the API (the status read of a plan, at least).
        if (settings.kubernetes.deployment)
            this.api.preload();
    }
    get k8s() {
        return this.settings.kubernetes;
    }
    get base() {
        return this.k8s.deployment;
    }
    /** The client loaded, the kubeconfig read, the namespace known. */
    connected() {
        this.cluster ??= this.api.connect().then(() => new Cluster(this.api, this.log, this.settings, this.api.namespace));
        return this.cluster.catch((error) => {
            throw error instanceof platform/* PlatformError */.W ? error : new platform/* PlatformError */.W(error.message, true);
        });
    }
    /** The cluster and the strategy's own state, made once per run. */
    async strategy() {
        const cluster = await this.connected();
        if (!this.manifestSet) {
            this.manifestSet = new ManifestSet(cluster);
            if (this.settings.strategy === 'blue-green')
                this.blueGreen = new BlueGreen(cluster, this.manifestSet);
            if (this.settings.strategy === 'canary') {
                this.canary = new Canary(cluster, this.manifestSet);
                // The failing pods are read before the abort undoes a promotion or scales the canary to 0.
                this.canary.onTrafficBack = async (signal) => {
                    this.diagnosis = await this.readDiagnosis(signal).catch(() => null);
                };
            }
        }
        return { cluster, blueGreen: this.blueGreen, canary: this.canary };
    }
    check(_plan, _mode) {
        const problems = [];
        const digest = this.settings.imageDigest;
        if (digest && !/^sha256:[0-9a-f]{64}$/.test(digest))
            problems.push(`\`image-digest\`: "${digest}" is not a digest of the form sha256:<64 hex digits>`);
        return problems;
    }
    async status(signal) {
        if (!this.k8s.deployment)
            return null;
        let strategy;
        try {
            strategy = await this.strategy();
        }
        catch (error) {
            // A plan without credentials (a pull request from a fork) is still a plan: status unknown.
            if (!(error instanceof NoKubeconfigError) || this.settings.mode !== 'plan')
                throw error;
            this.log.warn(`Kubernetes: ${error.message}; the service's status is unknown`);
            return null;
        }
        const { cluster, blueGreen } = strategy;
        const name = blueGreen ? await blueGreen.liveDeployment(signal) : this.base;
        const deployment = await cluster.readDeployment(name, signal);
        if (!deployment)
            return { up: false, detail: `deployment ${name} does not exist in namespace ${cluster.namespace}` };
        const desired = deployment.spec.replicas ?? 1;
        const available = deployment.status?.availableReplicas ?? 0;
        const conditions = (deployment.status?.conditions ?? [])
            .map((c) => `${c.type}=${c.status}${c.reason ? ` ${c.reason}` : ''}`)
            .join(', ');
        // Down with replicas: what its pods show says why (a crash loop, a failing readiness probe).
        const why = available === 0 && desired > 0
            ? await whyUnavailable(this.api, this.log, cluster.namespace, deployment, signal)
            : undefined;
        return {
            up: available > 0,
            detail: `deployment ${name}: ${available} of ${desired} replicas available${conditions ? ` (${conditions})` : ''}${why ? `; ${why}` : ''}`
        };
    }
    async build(context) {
        if (this.settings.commands.build)
            return new command/* CommandPlatform */.z(this.settings, this.log).build(context);
        this.log.info('No build-command: the image is built elsewhere (the `image` and `image-digest` inputs name it)');
        return {};
    }
    async deploy(context) {
        const { cluster, blueGreen, canary } = await this.strategy();
        if (blueGreen)
            return blueGreen.deploy(context);
        if (canary)
            return canary.deploy(context);
        return this.rollingDeploy(cluster, context);
    }
    /** Rolling: the Deployment gets the release (by apply or by patch), and its rollout is followed. */
    async rollingDeploy(cluster, context) {
        const signal = context.signal;
        const manifests = this.manifestSet;
        const document = manifests.configured ? await manifests.deployment() : undefined;
        let previous;
        let done;
        let applied;
        await this.refuseRunningColours(cluster, signal);
        try {
            if (manifests.configured)
                await manifests.applyOthers(signal);
            if (document) {
                previous = await cluster.readDeployment(this.base, signal);
                const template = document.object['spec'].template;
                const release = releaseFor(cluster, { ...context, image: context.image, imageDigest: context.imageDigest }, template, `deployment ${this.base} (${document.source})`);
                const result = await manifests.applyDeployment(document, release, signal);
                applied = result.applied;
                cluster.rolledOut.add(this.base);
                done = (await cluster.follow(this.base, signal, false)).deployment;
            }
            else {
                previous = await cluster.requireDeployment(this.base, signal, 'create it, or name its manifest in `kubernetes-manifests`');
                const release = releaseFor(cluster, context, previous.spec.template, `deployment ${this.base}`);
                done = await patchRelease(cluster, previous, release, signal, false);
            }
        }
        catch (error) {
            // Until the Deployment's change may have landed, nothing serves differently: nothing to undo.
            if (!(error instanceof platform/* PlatformError */.W))
                throw new platform/* PlatformError */.W(error.message, !cluster.changed.has(this.base));
            throw await this.withoutRecordedVersion(cluster, context, previous, error);
        }
        return { platform: handles(done, applied) };
    }
    /**
     * Rolling after blue-green: while `<deployment>-blue` or `-green` runs, the public Service sends
     * its traffic there, so a rolling deploy of `<deployment>` would take none and its checks would
     * judge the colour. Stop before any change and say how to move.
     */
    async refuseRunningColours(cluster, signal) {
        const running = [];
        for (const color of ['blue', 'green']) {
            const deployment = await cluster.readDeployment(`${this.base}-${color}`, signal);
            if (deployment && (deployment.spec.replicas ?? 1) > 0)
                running.push(`deployment ${this.base}-${color}`);
        }
        if (running.length === 0)
            return;
        throw new platform/* PlatformError */.W(`${running.join(' and ')} ${running.length === 1 ? 'runs' : 'run'}: this environment was deployed blue-green, and its public Service sends traffic to a colour, so a rolling deploy of deployment ${this.base} would take none. Keep \`strategy: blue-green\`, or move to rolling by hand first: point the Service's selector at ${this.base}'s pods, then scale ${running.map((r) => r.replace('deployment ', '')).join(' and ')} to 0`, true);
    }
    /**
     * A rolling deploy that failed after the change, in a run with no version recorded to roll back to
     * (the first deploy through this action): the template the Deployment had before this run is put
     * back here, so it serves again instead of waiting for a person.
     */
    async withoutRecordedVersion(cluster, context, previous, error) {
        const before = cluster.before.get(this.base);
        if (context.recorded || !previous || !before || !(error instanceof platform/* PlatformError */.W) || error.beforeTraffic)
            return error;
        this.log.warn(`No earlier version of ${this.settings.environment} is recorded to roll back to: restoring the template deployment ${this.base} had before this run`);
        try {
            await restoreTemplate(cluster, previous, before, AbortSignal.timeout(this.settings.rollback.maxSeconds * 1000));
        }
        catch (restoreError) {
            return new platform/* PlatformError */.W(`${error.message}; restoring the template it had before failed too: ${restoreError.message}`, false);
        }
        return new platform/* PlatformError */.W(`${error.message}; the template deployment ${this.base} had before this run was restored and serves again`, true);
    }
    async start(context) {
        const { cluster, blueGreen } = await this.strategy();
        const signal = context.signal;
        const manifests = this.manifestSet;
        if (manifests.configured) {
            this.log.info('Starting: applying the manifests');
            return this.settings.strategy === 'rolling' ? this.rollingDeploy(cluster, context) : this.deploy(context);
        }
        const name = blueGreen ? await blueGreen.liveDeployment(signal) : this.base;
        const deployment = await cluster.requireDeployment(name, signal, 'it cannot be started; create it, or name its manifest in `kubernetes-manifests`');
        const desired = deployment.spec.replicas ?? 1;
        if (desired > 0) {
            // Pods that exist but are not available (crash-looping, never ready): new ones, as
            // `kubectl rollout restart` makes them; a cause that outlives a restart fails the start fast.
            const done = await cluster.rollOut(deployment, restartPatch(new Date()), PATCH.strategic, signal, false, `Starting: deployment ${name} has ${desired} replicas but none available; restarting its pods`);
            return { platform: handles(done) };
        }
        const recorded = Number(context.recorded?.platform?.['replicas']);
        const replicas = Number.isInteger(recorded) && recorded > 0 ? recorded : 1;
        this.log.info(`Starting: deployment ${name} has 0 replicas; scaling to ${replicas} (${recorded > 0 ? 'as at the last good deploy' : 'none recorded'})`);
        await cluster.scale(name, replicas, signal);
        const done = await cluster.follow(name, signal, false);
        return { platform: handles(done.deployment) };
    }
    /** As `kubectl rollout restart`, followed to the end; skipped when this run replaced every pod already. */
    async restart(context) {
        const { cluster, blueGreen, canary } = await this.strategy();
        const name = blueGreen ? blueGreen.deploymentOf(context.color) : canary ? canary.canaryName : this.base;
        if (cluster.rolledOut.has(name)) {
            this.log.info(`deployment ${name}: this run's rollout replaced every pod already; no separate restart`);
            return;
        }
        const deployment = await cluster.requireDeployment(name, context.signal, 'there is nothing to restart');
        await cluster.rollOut(deployment, restartPatch(new Date()), PATCH.strategic, context.signal, this.settings.strategy !== 'rolling', `deployment ${name}: restarting its pods (kubectl.kubernetes.io/restartedAt)`);
    }
    async switchTraffic(context) {
        const { blueGreen, canary } = await this.strategy();
        if (blueGreen)
            return blueGreen.switchTo(context.color, context.signal);
        if (canary)
            return canary.shift(context);
        throw new platform/* PlatformError */.W('a rolling deploy moves no traffic by itself (internal: switchTraffic on rolling)', false);
    }
    async promote(context) {
        const { canary } = await this.strategy();
        if (!canary)
            return {};
        return canary.promote(context);
    }
    /**
     * Rolling (and a requested rollback of a canary): the template the state recorded for the target,
     * restored with one JSON patch as `kubectl rollout undo` does, or applied again when the deploy
     * applied manifests. Without a recorded template: the template of a ReplicaSet that ran the target
     * version, else its image.
     */
    async rollback(context, target) {
        const { cluster } = await this.strategy();
        const signal = context.signal;
        const name = target.platform?.['deployment'] || this.base;
        const deployment = await cluster.requireDeployment(name, signal, 'there is nothing to roll back');
        const recorded = target.platform?.['applied'];
        if (recorded && this.manifestSet.configured) {
            this.log.info(`deployment ${name}: applying the Deployment document recorded for ${(0,transitions/* short */.h0)(target.version)} again`);
            const { applied } = await this.manifestSet.reapply(JSON.parse(recorded), signal);
            cluster.rolledOut.add(name);
            const done = await cluster.follow(name, signal, false);
            return { platform: handles(done.deployment, applied) };
        }
        const template = await this.templateOf(cluster, deployment, target, signal);
        if (template) {
            const done = await restoreTemplate(cluster, deployment, template, signal);
            return { platform: handles(done) };
        }
        if (!target.image && !target.image_digest)
            throw new platform/* PlatformError */.W(`no template or image of ${(0,transitions/* short */.h0)(target.version)} is recorded, and no ReplicaSet of deployment ${name} ran it: deploy it again instead`, false);
        this.log.warn(`No template of ${(0,transitions/* short */.h0)(target.version)} is recorded: deploying its image again`);
        const release = releaseFor(cluster, { ...context, version: target.version, image: target.image, imageDigest: target.image_digest }, deployment.spec.template, `deployment ${name}`);
        const done = await patchRelease(cluster, deployment, release, signal, false);
        return { platform: handles(done) };
    }
    async templateOf(cluster, deployment, target, signal) {
        const recorded = target.platform?.['template'];
        if (recorded)
            return JSON.parse(recorded);
        const replicaSets = await cluster.replicaSets(deployment, signal);
        const ran = replicaSets
            .filter((rs) => rs.spec?.template?.metadata?.annotations?.[VERSION_ANNOTATION] === target.version)
            .sort((a, b) => (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? ''))[0];
        return ran?.spec?.template ? withoutHash(ran.spec.template) : undefined;
    }
    /**
     * What runs: with `image-digest`, every ready pod of the new ReplicaSet must report that digest
     * for the container (sidecars keep their own images); a pod that runs anything else fails the
     * deploy, named with what it runs. Without a digest: the version the pod template says.
     */
    async running(context) {
        const { cluster, blueGreen, canary } = await this.strategy();
        const name = blueGreen ? blueGreen.deploymentOf(context.color) : canary ? canary.canaryName : this.base;
        const deployment = await cluster.requireDeployment(name, context.signal, 'nothing runs');
        if (!context.imageDigest) {
            if (context.operation === 'start')
                return null; // a start changes no template: nothing new to read back
            return deployment.spec.template.metadata?.annotations?.[VERSION_ANNOTATION] ?? '';
        }
        return verifyDigest(cluster, deployment, context.imageDigest, context.signal);
    }
    async liveColor(state) {
        const { blueGreen } = await this.strategy();
        if (!blueGreen)
            return state?.current?.color ?? 'blue';
        return blueGreen.liveColor(state);
    }
    async healthUrls() {
        // A Service's address is inside the cluster: what the runner can reach is yours to name.
        return [];
    }
    async diagnose(signal) {
        return this.diagnosis ?? this.readDiagnosis(signal);
    }
    async readDiagnosis(signal) {
        const cluster = await this.cluster?.catch(() => undefined);
        if (!cluster?.lastFollowed)
            return null;
        return diagnoseDeployment(this.api, this.log, cluster.namespace, cluster.lastFollowed, signal);
    }
    async close() {
        if (this.api.calls > 0)
            this.log.debug(`Kubernetes API: ${this.api.calls} requests`);
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

//# sourceMappingURL=754.index.js.map