export const id = 690;
export const ids = [690,368,938,309,493];
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


/***/ }),

/***/ 83121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ CommandPlatform)
/* harmony export */ });
/* unused harmony export commandEnvironment */
/* harmony import */ var _settings_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97428);
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13968);
/* harmony import */ var _util_process_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22017);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59597);




/**
 * The embedded default: the user's own shell commands (a `just` recipe, a script, kubectl…). Each
 * runs in the runner's bash with the DEPLOY_* variables, its output streamed into the log group.
 */
class CommandPlatform {
    settings;
    log;
    name = 'command';
    strategies = _settings_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .STRATEGIES */ .YL;
    constructor(settings, log) {
        this.settings = settings;
        this.log = log;
    }
    check(plan, mode) {
        const { commands } = this.settings;
        const problems = [];
        const need = (name, why) => {
            if (!commands[name])
                problems.push(`\`${name}-command\`: ${why}`);
        };
        if (mode === 'status' || plan.operation === 'none')
            return problems;
        if (plan.operation === 'rebuild')
            need('build', 'the plan is a rebuild, which runs the build command (or set `operation: redeploy` to skip the build)');
        if (plan.operation === 'restart')
            need('restart', 'the plan is a restart (an environment file changed), which runs the restart command');
        if (plan.operation === 'start' && !commands.start)
            need('deploy', 'the service must be started: set `start-command` or `deploy-command`');
        if (['redeploy', 'rebuild', 'restart'].includes(plan.operation))
            need('deploy', 'the plan deploys');
        if (plan.operation === 'rollback' && !commands.rollback)
            need('deploy', 'a rollback runs `rollback-command`, or `deploy-command` with the previous version');
        if (plan.strategy !== 'rolling' && plan.operation !== 'start')
            need('switch', `strategy ${plan.strategy} moves traffic with the switch command`);
        return problems;
    }
    async status(signal) {
        if (!this.settings.commands.status)
            return null;
        const result = await this.exec('status', this.baseContext(signal), { quiet: true, allowFailure: true });
        const output = (0,_util_git_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLine */ .TM)([...result.stdout.split('\n')].reverse().join('\n')) || (0,_util_git_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLine */ .TM)(result.stderr);
        return result.exitCode === 0
            ? { up: true, detail: output || 'status command succeeded' }
            : { up: false, detail: `status command exited ${result.exitCode ?? result.signal}${output ? `: ${output}` : ''}` };
    }
    async build(context) {
        const result = await this.exec('build', context, { beforeTraffic: true });
        const output = {};
        for (const line of result.stdout.split('\n')) {
            const match = /^\s*(image|image[-_]digest)\s*[=:]\s*(\S+)\s*$/i.exec(line);
            if (!match)
                continue;
            if (match[1].toLowerCase() === 'image')
                output.image = match[2];
            else
                output.imageDigest = match[2];
        }
        return output;
    }
    async deploy(context) {
        // Blue-green and canary deploy beside the live version: a failure there reaches no user.
        await this.exec('deploy', context, { beforeTraffic: this.settings.strategy !== 'rolling' });
        return {};
    }
    async start(context) {
        await this.exec(this.settings.commands.start ? 'start' : 'deploy', context, { beforeTraffic: false });
        return {};
    }
    async restart(context) {
        if (!this.settings.commands.restart) {
            this.log.info('No restart-command: the deploy itself restarts the service');
            return;
        }
        await this.exec('restart', context, { beforeTraffic: false });
    }
    async switchTraffic(context) {
        await this.exec('switch', context, { beforeTraffic: false });
    }
    async rollback(context, target) {
        await this.exec(this.settings.commands.rollback ? 'rollback' : 'deploy', {
            ...context,
            operation: 'rollback',
            version: target.version,
            image: target.image,
            imageDigest: target.image_digest,
            color: target.color,
            configCommits: target.config_commits
        }, { beforeTraffic: false });
        return {};
    }
    async running(context) {
        if (!this.settings.commands.verify)
            return null;
        const result = await this.exec('verify', context, { beforeTraffic: false });
        const lines = result.stdout
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean);
        return lines.at(-1) ?? '';
    }
    async liveColor(state) {
        return state?.current?.color ?? 'blue';
    }
    async healthUrls() {
        return []; // a shell command has no URL of its own: checks come from `health-urls`
    }
    baseContext(signal) {
        return { environment: this.settings.environment, operation: 'none', version: '', configCommits: {}, signal };
    }
    async exec(name, context, options) {
        const command = this.settings.commands[name];
        if (!command)
            throw new _platform_js__WEBPACK_IMPORTED_MODULE_3__/* .PlatformError */ .W(`\`${name}-command\` is not set`, options.beforeTraffic ?? false);
        const timeoutMs = this.settings.commands.timeoutSeconds * 1000;
        if (!options.quiet)
            this.log.info(`$ ${(0,_util_git_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLine */ .TM)(command)}${command.trim().includes('\n') ? ' …' : ''}`);
        const result = await (0,_util_process_js__WEBPACK_IMPORTED_MODULE_2__/* .runShell */ .E5)(command, {
            cwd: this.settings.runtime.workspace,
            env: { ...commandEnvironment(context), ...serviceEnvironment(this.settings) },
            timeoutMs,
            signal: context.signal,
            onLine: options.quiet ? undefined : (line) => this.log.output(line)
        }).catch((error) => {
            throw new _platform_js__WEBPACK_IMPORTED_MODULE_3__/* .PlatformError */ .W(`${name}-command could not start: ${error.message}`, options.beforeTraffic ?? false);
        });
        if (result.exitCode === 0 || options.allowFailure)
            return result;
        const why = result.timedOut
            ? `did not finish within command-timeout-seconds (${timeoutMs / 1000} s) and was stopped`
            : result.aborted
                ? 'was stopped at the deadline'
                : `exited ${result.exitCode ?? `on signal ${result.signal}`}`;
        const tail = (0,_util_git_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLine */ .TM)(result.stderr.split('\n').reverse().join('\n')) ||
            (0,_util_git_js__WEBPACK_IMPORTED_MODULE_1__/* .firstLine */ .TM)(result.stdout.split('\n').reverse().join('\n'));
        throw new _platform_js__WEBPACK_IMPORTED_MODULE_3__/* .PlatformError */ .W(`${name}-command ${why} after ${(result.durationMs / 1000).toFixed(1)} s${tail ? `: ${tail}` : ''}`, options.beforeTraffic ?? false);
    }
}
/** A service's commands learn which service they act on (the config file's `services:`). */
function serviceEnvironment(settings) {
    const { service } = settings;
    return service ? { DEPLOY_SERVICE: service.name, DEPLOY_SERVICE_PATH: service.path || '.' } : {};
}
/**
 * The variables a command sees. The runner's INPUT_* variables are removed: they hold the action's
 * tokens, which a deploy script has no business reading.
 */
function commandEnvironment(context) {
    const env = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (!key.startsWith('INPUT_') && key !== 'DEPLOY_ORCHESTRATOR_FAILPOINT')
            env[key] = value;
    }
    Object.assign(env, {
        DEPLOY_ENVIRONMENT: context.environment,
        DEPLOY_OPERATION: context.operation,
        DEPLOY_VERSION: context.version,
        DEPLOY_PREVIOUS_VERSION: context.previousVersion ?? '',
        DEPLOY_COLOR: context.color ?? '',
        DEPLOY_WEIGHT: context.weight === undefined ? '' : String(context.weight),
        DEPLOY_IMAGE: context.image ?? '',
        DEPLOY_IMAGE_DIGEST: context.imageDigest ?? ''
    });
    for (const [name, commit] of Object.entries(context.configCommits)) {
        env[`DEPLOY_CONFIG_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_COMMIT`] = commit;
    }
    return env;
}


/***/ }),

/***/ 65781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ buildResult)
/* harmony export */ });
/** The result document: the specification's output interface, plus what a reader needs besides. */
function buildResult(run, settings, log) {
    const outcome = run.outcome;
    const document = {
        deployment_id: run.deploymentId,
        validation_run_id: run.validation?.runId ?? settings.github.validationRunId ?? null,
        deployed_at: run.startedAt,
        status: run.status,
        environment: run.environment,
        ...(run.serviceName ? { service: run.serviceName } : {}),
        mode: run.mode,
        operation: run.plan?.operation ?? 'none',
        reasons: run.plan?.reasons ?? [],
        approval: run.approval ?? null,
        required_checks: run.requiredChecks ?? [],
        deployment_details: {
            strategy: settings.strategy,
            platform: settings.platform,
            previous_version: run.previousVersion ?? null,
            new_version: run.newVersion ?? null,
            duration_seconds: run.durationSeconds,
            image: outcome?.image ?? null,
            image_digest: outcome?.imageDigest ?? null,
            url: run.url ?? null
        },
        config_commits: run.plan?.config_commits ?? {},
        steps: outcome?.steps ?? [],
        health_checks: (outcome?.health ?? run.health ?? []).map((r) => ({
            endpoint: r.endpoint,
            status_code: r.status_code,
            response_time_ms: r.response_time_ms,
            passed: r.passed,
            timestamp: r.timestamp,
            phase: r.phase,
            attempt: r.attempt,
            ...(r.detail ? { detail: r.detail } : {}),
            ...(r.query !== undefined ? { query: r.query } : {}),
            ...(r.value !== undefined ? { value: r.value } : {})
        })),
        migrations_applied: (outcome?.migrations ?? []).map((m) => ({
            version: m.version,
            filename: m.filename,
            duration_ms: m.duration_ms,
            success: m.success
        })),
        rollback: outcome?.rollback ?? { triggered: false },
        ...(outcome?.diagnosis ? { diagnosis: outcome.diagnosis } : {}),
        hardening: run.hardening,
        message: run.message ?? null,
        logs: log.entries
    };
    // Redacted as text, so a secret hiding in any field (a command's error, a URL) cannot get out.
    return JSON.parse(log.redact(JSON.stringify(document)));
}


/***/ }),

/***/ 51368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createServices: () => (/* binding */ createServices)
});

// EXTERNAL MODULE: ./src/analyze/config-repos.ts
var config_repos = __webpack_require__(73260);
// EXTERNAL MODULE: ./src/settings/errors.ts
var errors = __webpack_require__(46990);
// EXTERNAL MODULE: ./src/platforms/command.ts
var command = __webpack_require__(83121);
;// CONCATENATED MODULE: ./src/platforms/index.ts


/**
 * The platform a run uses. Others than the embedded default are imported only when chosen, so
 * nobody pays for an SDK they do not use (the DigitalOcean one is 58 MB, the Kubernetes client 16 MB).
 */
async function createPlatform(settings, log) {
    switch (settings.platform) {
        case 'command':
            return new command/* CommandPlatform */.z(settings, log);
        case 'digitalocean': {
            const { createDigitalOceanPlatform } = await __webpack_require__.e(/* import() */ 253).then(__webpack_require__.bind(__webpack_require__, 70253));
            return createDigitalOceanPlatform(settings, log);
        }
        case 'kubernetes': {
            // The client's HTTP library (undici 8) crashes while it loads on older Node: say so instead.
            if (!nodeAtLeast(process.versions.node, 22, 19))
                throw new errors/* SettingsError */.G([
                    `\`platform\`: the Kubernetes platform needs Node ≥ 22.19; the action runs on node24 (this is Node ${process.versions.node})`
                ]);
            const { createKubernetesPlatform } = await __webpack_require__.e(/* import() */ 754).then(__webpack_require__.bind(__webpack_require__, 36754));
            return createKubernetesPlatform(settings, log);
        }
    }
}
function nodeAtLeast(version, major, minor) {
    const [a = 0, b = 0] = version.split('.').map(Number);
    return a > major || (a === major && b >= minor);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/failpoint.ts
var failpoint = __webpack_require__(34726);
// EXTERNAL MODULE: ./src/util/process.ts
var util_process = __webpack_require__(22017);
// EXTERNAL MODULE: ./src/state/schema.ts
var schema = __webpack_require__(76858);
;// CONCATENATED MODULE: ./src/state/file-store.ts






/** A lock older than this is from a run that died; a live writer holds it for milliseconds. */
const STALE_LOCK_MS = 30_000;
const LOCK_WAIT_MS = 10_000;
/**
 * State in a local JSON file. Writes go to a temporary file that is flushed to disk and renamed over
 * the old one, so a crash at any moment leaves either the old or the new document, never half of
 * one. A lock file (created exclusively) serialises the compare-and-swap between processes.
 */
class FileStateStore {
    path;
    location;
    constructor(path) {
        this.path = path;
        this.location = `file ${path}`;
    }
    async read() {
        let text;
        try {
            text = await (0,promises_.readFile)(this.path, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return null;
            throw new schema/* StateError */.qq(`cannot read the state file ${this.path}: ${error.message}`);
        }
        return (0,schema/* parseState */.Bu)(text, this.location);
    }
    async write(next) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(this.path), { recursive: true });
        const release = await this.lock();
        try {
            await this.removeOrphans();
            const stored = await this.read();
            const storedSequence = stored?.sequence ?? 0;
            if (storedSequence !== next.sequence - 1)
                throw new schema/* StateConflictError */.K$(next.sequence - 1, stored?.sequence);
            await this.replace((0,schema/* serializeState */.sU)(next));
        }
        finally {
            await release();
        }
    }
    /** Temporary files of a writer that died mid-write; under the lock no live writer has one. */
    async removeOrphans() {
        const prefix = `.${(0,external_node_path_.basename)(this.path)}.`;
        const entries = await (0,promises_.readdir)((0,external_node_path_.dirname)(this.path)).catch(() => []);
        await Promise.all(entries
            .filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'))
            .map((name) => (0,promises_.rm)((0,external_node_path_.join)((0,external_node_path_.dirname)(this.path), name), { force: true })));
    }
    async replace(text) {
        const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(this.path), `.${(0,external_node_path_.basename)(this.path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
        const handle = await (0,promises_.open)(temp, 'wx', 0o644);
        try {
            await handle.writeFile(text, 'utf8');
            (0,failpoint/* failpoint */.Z)('state-file-before-fsync');
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        try {
            (0,failpoint/* failpoint */.Z)('state-file-before-rename');
            await (0,promises_.rename)(temp, this.path);
        }
        catch (error) {
            await (0,promises_.rm)(temp, { force: true });
            throw error;
        }
        // The rename itself is durable only once the directory is flushed.
        const directory = await (0,promises_.open)((0,external_node_path_.dirname)(this.path), 'r');
        try {
            await directory.sync();
        }
        finally {
            await directory.close();
        }
    }
    async lock() {
        const lockPath = `${this.path}.lock`;
        const deadline = Date.now() + LOCK_WAIT_MS;
        for (;;) {
            try {
                const handle = await (0,promises_.open)(lockPath, 'wx');
                await handle.writeFile(`${process.pid}\n`);
                await handle.close();
                return () => (0,promises_.rm)(lockPath, { force: true });
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
            }
            if (await isStale(lockPath)) {
                await (0,promises_.rm)(lockPath, { force: true });
                continue;
            }
            if (Date.now() > deadline) {
                throw new schema/* StateError */.qq(`the state file ${this.path} is locked by another run (${lockPath}); if no run is active, delete the lock file`);
            }
            await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 30));
        }
    }
}
async function isStale(lockPath) {
    try {
        const [info, text] = await Promise.all([(0,promises_.stat)(lockPath), (0,promises_.readFile)(lockPath, 'utf8')]);
        const pid = Number(text.trim());
        if (Number.isInteger(pid) && pid > 0 && !(0,util_process/* processAlive */.FN)(pid))
            return true;
        return Date.now() - info.mtimeMs > STALE_LOCK_MS;
    }
    catch {
        return false; // gone already, or being written: try again
    }
}

// EXTERNAL MODULE: ./src/verify/health.ts
var health = __webpack_require__(20787);
;// CONCATENATED MODULE: ./src/services.ts





/**
 * Wires the pieces a run needs from its settings: the one place that knows every implementation.
 * The action and the CLI differ only in the approval gate they pass.
 */
async function createServices(settings, log, approvalGate, shared) {
    // Every mode but plan may check URLs: their HTTP client loads while the run does its first steps.
    if (settings.mode !== 'plan')
        void (0,health/* preloadHttpProbes */.xE)();
    const configSources = [new config_repos/* GitConfigRepoSource */.Mv(settings.runtime.workspace)];
    const observers = [];
    let afterTrafficProbes;
    let validationGate;
    let requiredChecksGate;
    // GitHub: config repos named owner/repo, the validation gate, the required checks, Deployments
    // (loaded only when used).
    const { github } = settings;
    if (settings.configRepos.some((repo) => repo.kind === 'github')) {
        const { GitHubConfigRepoSource } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(441)]).then(__webpack_require__.bind(__webpack_require__, 36441));
        configSources.push(new GitHubConfigRepoSource(settings, log));
    }
    if (github.validationRunId || github.validationWorkflow || github.requireValidation) {
        const { GitHubValidationGate } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(418)]).then(__webpack_require__.bind(__webpack_require__, 25418));
        validationGate = new GitHubValidationGate(settings, log);
    }
    if (github.requiredChecks.length > 0 && ['deploy', 'rollback'].includes(settings.mode)) {
        const { GitHubRequiredChecksGate } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(492)]).then(__webpack_require__.bind(__webpack_require__, 43492));
        requiredChecksGate = new GitHubRequiredChecksGate(settings, log);
    }
    if (github.deployments && github.token && github.repository && ['deploy', 'rollback'].includes(settings.mode)) {
        const { GitHubDeploymentsObserver } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(372), __webpack_require__.e(887)]).then(__webpack_require__.bind(__webpack_require__, 16887));
        observers.push(new GitHubDeploymentsObserver(settings, log));
    }
    // Database: migrations and the connectivity check (only with a connection string).
    const { createDatabaseServices } = await __webpack_require__.e(/* import() */ 53).then(__webpack_require__.bind(__webpack_require__, 75053));
    const database = await createDatabaseServices(settings);
    observers.push(...database.observers);
    // Metrics judge a deploy once it takes traffic (a requested rollback is judged by HTTP and database).
    if (settings.metrics.url && settings.mode === 'deploy') {
        const { metricProbes } = await __webpack_require__.e(/* import() */ 357).then(__webpack_require__.bind(__webpack_require__, 357));
        afterTrafficProbes = metricProbes(settings.metrics);
    }
    // After the run (the rollback included): notifications, then the hardening loop's preference pair.
    const { hardening } = settings;
    if (['deploy', 'rollback'].includes(settings.mode) && (hardening.notifyWebhookUrl || hardening.pageWebhookUrl)) {
        const { WebhookNotifier } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(372), __webpack_require__.e(119)]).then(__webpack_require__.bind(__webpack_require__, 97119));
        observers.push(new WebhookNotifier(settings, log));
    }
    if (['deploy', 'rollback'].includes(settings.mode) &&
        hardening.emitDpo &&
        (hardening.agentbenchUrl || hardening.pairsFile)) {
        const { PreferencePairEmitter } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(975)]).then(__webpack_require__.bind(__webpack_require__, 29975));
        observers.push(new PreferencePairEmitter(settings, log));
    }
    const store = settings.state.store === 'release' && shared?.releaseStore
        ? shared.releaseStore(settings, log)
        : await createStore(settings, log);
    const platform = await createPlatform(settings, log);
    return {
        log,
        store,
        platform,
        configSources: shared ? shared.configSources(configSources) : configSources,
        ...(shared ? { changes: shared.changes } : {}),
        approvalGate,
        validationGate,
        requiredChecksGate,
        observers,
        migrator: database.migrator,
        extraProbes: database.extraProbes,
        afterTrafficProbes
    };
}
async function createStore(settings, log) {
    if (settings.state.store === 'file') {
        const path = (0,external_node_path_.isAbsolute)(settings.state.file)
            ? settings.state.file
            : (0,external_node_path_.join)(settings.runtime.workspace, settings.state.file);
        return new FileStateStore(path);
    }
    const { createReleaseStore } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(557)]).then(__webpack_require__.bind(__webpack_require__, 77938));
    return createReleaseStore(settings, log);
}


/***/ })

};

//# sourceMappingURL=690.index.js.map