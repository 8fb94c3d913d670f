export const id = 357;
export const ids = [357];
export const modules = {

/***/ 357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   metricProbes: () => (/* binding */ metricProbes)
/* harmony export */ });
/* unused harmony exports PrometheusError, PrometheusClient, metricProbe */
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20787);
/* harmony import */ var _metric_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53711);


/** A failed query: what Prometheus (or what stands in its place) answered, and whether to ask again. */
class PrometheusError extends Error {
    statusCode;
    final;
    constructor(message, statusCode, 
    /** True when asking again cannot help: a query it rejects, a URL that is not its API. */
    final) {
        super(message);
        this.statusCode = statusCode;
        this.final = final;
        this.name = 'PrometheusError';
    }
}
/** The instant-query endpoint of a Prometheus-compatible HTTP API (Prometheus, Thanos, Mimir, VictoriaMetrics…). */
class PrometheusClient {
    endpoint;
    /** Where queries go, without credentials: for messages. */
    shown;
    authorization;
    constructor(url, token) {
        const parsed = new URL(url);
        const user = decodeURIComponent(parsed.username);
        const password = decodeURIComponent(parsed.password);
        if (token)
            this.authorization = `Bearer ${token}`;
        else if (user || password)
            this.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
        // fetch refuses a URL with credentials: they travel in the header.
        parsed.username = '';
        parsed.password = '';
        parsed.pathname = `${parsed.pathname.replace(/\/+$/, '')}/api/v1/query`;
        this.endpoint = parsed.toString();
        this.shown = `${parsed.origin}${parsed.pathname}`;
    }
    /** One instant query at the server's now (POST, so a long query fits). */
    async query(query, signal) {
        let response;
        try {
            response = await fetch(this.endpoint, {
                method: 'POST',
                body: new URLSearchParams({ query }),
                headers: {
                    accept: 'application/json',
                    'user-agent': 'deploy-orchestrator',
                    ...(this.authorization ? { authorization: this.authorization } : {})
                },
                redirect: 'manual',
                signal
            });
        }
        catch (error) {
            if (signal.aborted)
                throw error; // the health check reports its own timeout or deadline
            throw new Error(`Prometheus at ${this.shown} is not reachable: ${(0,_health_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}`);
        }
        const status = response.status;
        const text = await response.text();
        if (status === 401 || status === 403) {
            throw new PrometheusError(`${this.shown} refused the credentials (HTTP ${status}): put a token it accepts in the variable that metrics-token-env names`, status, true);
        }
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            body = undefined;
        }
        if (body?.status !== 'success' && body?.status !== 'error') {
            // Not the API: a proxy's error page (ask again), or a URL that is something else (do not).
            const notTheApi = response.ok || (status >= 300 && status < 400) || status === 404;
            throw new PrometheusError(notTheApi
                ? `${this.shown} answered HTTP ${status} without the query API's JSON: metrics-url must be the API's base (e.g. http://prometheus:9090)`
                : `${this.shown} answered HTTP ${status}${text ? `: ${text.trim().slice(0, 200)}` : ''}`, status, notTheApi);
        }
        if (body.status === 'error') {
            const kind = body.errorType ?? 'error';
            const bad = kind === 'bad_data';
            throw new PrometheusError(bad
                ? `Prometheus rejected the query (${kind}): ${body.error ?? 'no reason given'}`
                : `Prometheus could not run the query (${kind}, HTTP ${status}): ${body.error ?? 'no reason given'}`, status, bad);
        }
        return { statusCode: status, samples: this.samples(body.data, status) };
    }
    samples(data, status) {
        const wrongShape = (what) => new PrometheusError(`the query returns ${what}; a check needs an instant vector or a scalar`, status, true);
        switch (data?.resultType) {
            case 'scalar':
                return [{ labels: {}, value: String(data.result[1]) }];
            case 'vector':
                return data.result.map((sample) => {
                    if (!sample.value)
                        throw wrongShape('a native histogram (use histogram_quantile() or histogram_count())');
                    return { labels: sample.metric ?? {}, value: String(sample.value[1]) };
                });
            case 'matrix':
                throw wrongShape('a range vector (use rate(), avg_over_time() or the like on the range)');
            default:
                throw wrongShape(`a result of type ${JSON.stringify(data?.resultType ?? null)}`);
        }
    }
}
/** One probe per check: the query with this check point's values filled in, judged on each attempt. */
function metricProbe(check, client, query, empty) {
    return {
        endpoint: `metrics:${check.name}`,
        query,
        ready: _health_js__WEBPACK_IMPORTED_MODULE_0__/* .preloadHttpProbes */ .xE,
        async attempt(signal) {
            try {
                const answer = await client.query(query, signal);
                return { statusCode: answer.statusCode, ...(0,_metric_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeMetric */ .mg)(check, answer.samples, empty) };
            }
            catch (error) {
                if (!(error instanceof PrometheusError))
                    throw error;
                return { statusCode: error.statusCode, passed: false, detail: error.message, final: error.final };
            }
        }
    };
}
/** The metric checks of a run: probes for each check point after traffic moved to the new version. */
function metricProbes(metrics) {
    if (!metrics.url)
        return () => [];
    const client = new PrometheusClient(metrics.url, metrics.token);
    return (target) => metrics.checks.map((check) => metricProbe(check, client, (0,_metric_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .fillQuery */ .gv)(check.query, {
        version: target.version,
        previous_version: target.previousVersion ?? '',
        color: target.color ?? '',
        environment: target.environment
    }), metrics.empty));
}


/***/ })

};

//# sourceMappingURL=357.index.js.map