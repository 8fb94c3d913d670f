export const id = 309;
export const ids = [309,938,493];
export const modules = {

/***/ 23493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   matrixOutputs: () => (/* binding */ matrixOutputs)
/* harmony export */ });
/**
 * The outputs a workflow fans out from: `matrix` (every service with something to do, in the
 * config file's order), `matrix-1` to `matrix-3` (one wave each), and `plans` (service to its plan,
 * every service planned, which a deploy run of that service executes exactly).
 */
function matrixOutputs(planned) {
    const include = planned
        .filter(({ plan }) => plan.operation !== 'none')
        .map(({ service, plan }) => ({
        service: service.name,
        operation: plan.operation,
        'requires-approval': plan.requires_approval ? 'true' : 'false',
        wave: service.wave
    }));
    const matrix = (entries) => JSON.stringify({ include: entries });
    return {
        matrix: matrix(include),
        'matrix-1': matrix(include.filter((entry) => entry.wave === 1)),
        'matrix-2': matrix(include.filter((entry) => entry.wave === 2)),
        'matrix-3': matrix(include.filter((entry) => entry.wave === 3)),
        plans: JSON.stringify(Object.fromEntries(planned.map(({ service, plan }) => [service.name, plan])))
    };
}


/***/ }),

/***/ 24309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildServicesResult: () => (/* binding */ buildServicesResult),
/* harmony export */   plannedServices: () => (/* binding */ plannedServices),
/* harmony export */   reportServicesToActions: () => (/* binding */ reportServicesToActions),
/* harmony export */   runServicesInAction: () => (/* binding */ runServicesInAction)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _plan_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48720);
/* harmony import */ var _report_actions_core_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10993);
/* harmony import */ var _report_result_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(65781);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(23493);
/* harmony import */ var _run_services_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26938);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7771);








/** The services planned, with their plans, in the config file's order. */
function plannedServices(run) {
    return run.services.flatMap((service) => service.settings.service && service.result?.plan
        ? [{ service: service.settings.service, plan: service.result.plan }]
        : []);
}
/** The result document of a run over several services: the run, then each service's own result. */
function buildServicesResult(run) {
    const planned = plannedServices(run);
    return {
        deployment_id: run.deploymentId,
        deployed_at: run.startedAt,
        status: run.status,
        environment: run.environment,
        mode: run.mode,
        operation: (0,_plan_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .strongest */ .yX)(planned.map(({ plan }) => plan.operation)),
        requires_approval: planned.some(({ plan }) => plan.requires_approval),
        duration_seconds: run.durationSeconds,
        services: run.services.map((service) => ({
            service: service.settings.service?.name,
            wave: service.settings.service?.wave,
            ...(service.result
                ? (0,_report_result_js__WEBPACK_IMPORTED_MODULE_6__/* .buildResult */ .C)(service.result, service.settings, service.log)
                : { status: 'failed', message: service.log.redact(service.error ?? 'failed'), logs: service.log.entries }),
            ...(service.configRepos ? { config_repos: service.configRepos } : {})
        }))
    };
}
/** Outputs, the job summary and result.json of a run over several services. */
async function reportServicesToActions(run, log) {
    const planned = plannedServices(run);
    const result = buildServicesResult(run);
    const set = (name, value) => _report_actions_core_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH(name, log.redact(value));
    const versions = new Set(planned.map(({ plan }) => plan.version));
    set('status', run.status);
    set('operation', String(result.operation));
    set('requires-approval', String(result.requires_approval));
    set('plan', '');
    set('deployment-id', run.deploymentId);
    set('previous-version', '');
    set('new-version', versions.size === 1 ? [...versions][0] : '');
    set('rolled-back', 'false');
    set('duration-seconds', String(run.durationSeconds));
    set('config-commits', '{}');
    if (run.mode === 'plan')
        for (const [name, value] of Object.entries((0,_outputs_js__WEBPACK_IMPORTED_MODULE_7__.matrixOutputs)(planned)))
            set(name, value);
    set('result', JSON.stringify(result));
    const summaryFile = process.env.GITHUB_STEP_SUMMARY;
    if (summaryFile) {
        await _report_actions_core_js__WEBPACK_IMPORTED_MODULE_3__/* .summary */ .z
            .addRaw((0,_summary_js__WEBPACK_IMPORTED_MODULE_5__.renderServicesSummary)(run, (text) => log.redact(text)), true)
            .write();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(summaryFile), 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
    }
}
/** The action's run over several services (`service: all` in `mode: plan` or `mode: status`). */
async function runServicesInAction(all, log, approvalGate) {
    const run = await (0,_run_services_js__WEBPACK_IMPORTED_MODULE_4__.runServices)(all, log, approvalGate);
    await reportServicesToActions(run, log);
    if (run.status === 'failed') {
        const failed = run.services.filter((s) => s.error !== undefined || s.result?.status === 'failed');
        _report_actions_core_js__WEBPACK_IMPORTED_MODULE_3__/* .setFailed */ .C1(log.redact(`${run.environment}: ${failed.length} of ${run.services.length} services ${run.mode === 'plan' ? 'could not be planned' : 'not healthy'}: ${failed
            .map((s) => `${s.settings.service?.name}: ${s.error ?? s.result?.message ?? 'failed'}`)
            .join('; ')}`));
    }
}


/***/ }),

/***/ 26938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runServices: () => (/* binding */ runServices)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/analyze/analyze.ts + 1 modules
var analyze = __webpack_require__(12539);
// EXTERNAL MODULE: ./src/analyze/code-changes.ts
var code_changes = __webpack_require__(58175);
// EXTERNAL MODULE: ./src/main.ts + 2 modules
var main = __webpack_require__(82838);
// EXTERNAL MODULE: ./src/pipeline.ts + 2 modules
var pipeline = __webpack_require__(44372);
// EXTERNAL MODULE: ./src/services.ts + 2 modules
var src_services = __webpack_require__(51368);
// EXTERNAL MODULE: ./src/state/transitions.ts
var transitions = __webpack_require__(82649);
;// CONCATENATED MODULE: ./src/monorepo/buffered-log.ts
const MAX_ENTRIES = 500;
/**
 * One service's log while several services run side by side: its groups and lines are kept, then
 * replayed into the run's log in the services' order, so that no group of one service interleaves
 * with another's. Secrets and redaction are the run's log's. Its `entries` are this service's own
 * (its part of the result). Once replayed, it writes straight through.
 */
class BufferedLog {
    parent;
    entries = [];
    events = [];
    current = this.events;
    replayed = false;
    constructor(parent) {
        this.parent = parent;
    }
    async group(title, body) {
        if (this.replayed)
            return this.parent.group(title, body);
        const group = { kind: 'group', title, events: [] };
        this.current.push(group);
        const outer = this.current;
        this.current = group.events;
        try {
            return await body();
        }
        finally {
            this.current = outer;
        }
    }
    info(message) {
        this.record('info', message);
        this.emit({ kind: 'info', text: message });
    }
    warn(message) {
        this.record('warn', message);
        this.emit({ kind: 'warn', text: message });
    }
    error(message) {
        this.record('error', message);
        this.emit({ kind: 'error', text: message });
    }
    debug(message) {
        this.emit({ kind: 'debug', text: message });
    }
    output(line) {
        this.emit({ kind: 'output', text: line });
    }
    secret(value) {
        this.parent.secret(value);
    }
    redact(text) {
        return this.parent.redact(text);
    }
    /** Writes what was kept into the run's log; from now on every line goes straight there. */
    async replay() {
        this.replayed = true;
        await replayInto(this.parent, this.events);
    }
    emit(line) {
        if (this.replayed)
            this.parent[line.kind](line.text);
        else
            this.current.push(line);
    }
    record(level, message) {
        if (this.entries.length < MAX_ENTRIES)
            this.entries.push({ level, message: this.redact(message), timestamp: new Date().toISOString() });
    }
}
async function replayInto(log, events) {
    for (const event of events) {
        if (event.kind === 'group')
            await log.group(event.title, () => replayInto(log, event.events));
        else
            log[event.kind](event.text);
    }
}

;// CONCATENATED MODULE: ./src/monorepo/run-services.ts








/** Services planned (or checked) at once: their I/O overlaps, and their logs are replayed in order. */
const PARALLEL_SERVICES = 8;
/**
 * Plans (or checks) every selected service, each exactly as a run of that one service would
 * (`runPipeline` with its own settings and state), over facts gathered once for all of them: one
 * `git diff` per deployed commit, one listing of the state release, each config repository looked
 * at once. A service whose run fails is reported as failed; the others go on.
 */
async function runServices(all, log, approvalGate) {
    const started = performance.now();
    const startedAt = new Date().toISOString();
    const first = all[0];
    const configRepos = new Map();
    const shared = {
        changes: new code_changes/* RepositoryChanges */.uF(first.runtime.workspace),
        configSources: (sources) => sources.map((source) => new SharedConfigRepoSource(source, configRepos))
    };
    if (all.some((settings) => settings.state.store === 'release')) {
        const { releaseStores } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(557)]).then(__webpack_require__.bind(__webpack_require__, 77938));
        shared.releaseStore = releaseStores(log);
    }
    log.info(`${first.mode === 'plan' ? 'Planning' : 'Checking'} ${all.length} services of ${first.environment}`);
    const logs = all.map(() => new BufferedLog(log));
    const running = startPool(PARALLEL_SERVICES, all.map((settings, index) => () => runService(settings, logs[index], approvalGate(settings), shared)));
    const services = [];
    for (const [index, run] of running.entries()) {
        services.push(await run);
        await logs[index].replay();
    }
    const failed = services.some((service) => service.error !== undefined || (first.mode === 'status' && service.result?.status === 'failed'));
    return {
        mode: first.mode === 'status' ? 'status' : 'plan',
        environment: first.environment,
        status: failed ? 'failed' : first.mode === 'status' ? 'success' : 'planned',
        deploymentId: (0,external_node_crypto_.randomUUID)(),
        startedAt,
        durationSeconds: Math.round((performance.now() - started) / 100) / 10,
        services
    };
}
async function runService(settings, log, approvalGate, shared) {
    const name = settings.service?.name ?? settings.environment;
    let services;
    try {
        services = await (0,src_services.createServices)(settings, log, approvalGate, shared);
        const result = await (0,pipeline.runPipeline)(settings, services);
        const configRepos = settings.mode === 'status' && settings.configRepos.length > 0
            ? await configRepoStatus(settings, result, services)
            : undefined;
        return { settings, log, result, ...(configRepos ? { configRepos } : {}) };
    }
    catch (error) {
        const message = (0,main/* describeFailure */.I)(error);
        log.error(`${name}: ${message}`);
        return { settings, log, error: message };
    }
    finally {
        await services?.platform
            .close?.()
            .catch((error) => log.warn(`closing the platform client: ${error.message}`));
    }
}
/** Status: each config repository against the commit the running version was built with. */
async function configRepoStatus(settings, result, services) {
    return services.log.group(`Config repos: ${settings.service?.name ?? settings.environment}`, () => Promise.all(settings.configRepos.map(async (spec) => {
        const deployed = result.state?.current?.config_commits[spec.name];
        try {
            const facts = await (0,analyze/* inspectConfigRepo */.N)(spec, deployed, services);
            const status = {
                name: spec.name,
                moved: facts.moved,
                detail: facts.moved
                    ? `moved to ${(0,transitions/* short */.h0)(facts.head)}${facts.deployed ? ` from ${(0,transitions/* short */.h0)(facts.deployed)} (${facts.totalCommits} new commit${facts.totalCommits === 1 ? '' : 's'})` : ' (not built in yet)'}`
                    : `unchanged at ${(0,transitions/* short */.h0)(facts.head)}`
            };
            services.log.info(`Config repo ${spec.name}: ${status.detail}`);
            return status;
        }
        catch (error) {
            services.log.warn(`Config repo ${spec.name}: ${(0,main/* describeFailure */.I)(error)}`);
            return { name: spec.name, moved: null, detail: (0,main/* describeFailure */.I)(error) };
        }
    })));
}
/**
 * A config repository source whose answers are shared by every service of the run: a repository
 * several services bake in is looked at once per deployed commit.
 */
class SharedConfigRepoSource {
    source;
    answers;
    constructor(source, answers) {
        this.source = source;
        this.answers = answers;
    }
    supports(spec) {
        return this.source.supports(spec);
    }
    async inspect(spec, deployed) {
        const key = [spec.kind, spec.url, spec.ref ?? '', deployed ?? ''].join('\0');
        let answer = this.answers.get(key);
        if (!answer)
            this.answers.set(key, (answer = this.source.inspect(spec, deployed)));
        // Two services may call one repository by different names.
        return { ...(await answer), name: spec.name, envName: spec.envName };
    }
}
/** Starts the tasks, at most `limit` at a time; the promises are in the tasks' order. */
function startPool(limit, tasks) {
    const settled = tasks.map(() => {
        let resolve;
        let reject;
        const promise = new Promise((yes, no) => {
            resolve = yes;
            reject = no;
        });
        return { promise, resolve, reject };
    });
    let next = 0;
    const worker = async () => {
        while (next < tasks.length) {
            const index = next++;
            try {
                settled[index].resolve(await tasks[index]());
            }
            catch (error) {
                settled[index].reject(error);
            }
        }
    };
    for (let i = 0; i < Math.min(limit, tasks.length); i++)
        void worker();
    return settled.map((entry) => entry.promise);
}


/***/ })

};

//# sourceMappingURL=309.index.js.map