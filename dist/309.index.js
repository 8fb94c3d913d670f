export const id = 309;
export const ids = [309,938,771,493];
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

/***/ 7771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderServicesSummary: () => (/* binding */ renderServicesSummary),
/* harmony export */   renderServicesTerminal: () => (/* binding */ renderServicesTerminal)
/* harmony export */ });
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57994);
/* harmony import */ var _state_transitions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82649);


/** GitHub refuses a step summary over 1 MiB; the table comes first, details as long as they fit. */
const SUMMARY_BUDGET = 900 * 1024;
const REASON_IN_TABLE = 160;
/** The job summary of a run over several services: one table of every service, then the details. */
function renderServicesSummary(run, redact) {
    const out = [`## ${headline(run)}: ${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escape */ .ih)(run.environment)}`, ''];
    if (run.mode === 'plan') {
        out.push('| Service | Wave | Decision | Approval | Version | Why |', '|---|---|---|---|---|---|', ...run.services.map((service) => {
            const plan = service.result?.plan;
            const cells = plan
                ? [
                    `**${plan.operation}**${plan.decided_by === 'override' ? ' (forced)' : ''}`,
                    plan.requires_approval ? 'needed' : 'not needed',
                    versions(plan.previous_version, plan.version),
                    (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .prose */ .CS)(clip(mainReason(plan.reasons), REASON_IN_TABLE), 'table')
                ]
                : ['❌ not planned', '', '', (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .prose */ .CS)(clip(service.error ?? '', REASON_IN_TABLE), 'table')];
            return `| ${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escape */ .ih)(name(service))} | ${service.settings.service?.wave ?? 1} | ${cells.join(' | ')} |`;
        }), '');
        const todo = run.services.filter((s) => s.result?.plan && s.result.plan.operation !== 'none');
        const approval = todo.filter((s) => s.result.plan.requires_approval);
        out.push(todo.length === 0
            ? 'Nothing to deploy.'
            : `To deploy: ${[1, 2, 3]
                .map((wave) => [wave, todo.filter((s) => (s.settings.service?.wave ?? 1) === wave)])
                .filter(([, services]) => services.length > 0)
                .map(([wave, services]) => `wave ${wave}: ${services.map((s) => (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escape */ .ih)(name(s))).join(', ')}`)
                .join('; ')}.${approval.length > 0 ? ` One approval covers ${approval.map((s) => `${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escape */ .ih)(name(s))} (${s.result.plan.operation})`).join(', ')}.` : ''}`, '');
    }
    else {
        out.push('| Service | Health | Version | Last deploy | Config repos |', '|---|---|---|---|---|', ...run.services.map((service) => `| ${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escape */ .ih)(name(service))} | ${statusCells(service).join(' | ')} |`), '');
    }
    out.push('### Details', '');
    const details = run.services.map((service) => serviceDetails(run, service).join('\n'));
    let text = redact(out.join('\n'));
    for (const [index, block] of details.entries()) {
        const next = redact(block);
        if (text.length + next.length > SUMMARY_BUDGET) {
            text += `\n_The details of ${details.length - index} more services are cut to stay under GitHub's summary limit; result.json has everything._\n`;
            break;
        }
        text += `${next}\n`;
    }
    return text;
}
/** The same facts for a terminal: one aligned table, then each service's reasons. */
function renderServicesTerminal(run) {
    const rows = run.mode === 'plan'
        ? [
            ['SERVICE', 'WAVE', 'DECISION', 'APPROVAL', 'VERSION', 'WHY'],
            ...run.services.map((service) => {
                const plan = service.result?.plan;
                return plan
                    ? [
                        name(service),
                        String(service.settings.service?.wave ?? 1),
                        plan.operation,
                        plan.requires_approval ? 'needed' : '-',
                        `${plan.previous_version ? (0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(plan.previous_version) : 'none'} → ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(plan.version)}`,
                        clip(mainReason(plan.reasons), 80)
                    ]
                    : [
                        name(service),
                        String(service.settings.service?.wave ?? 1),
                        'FAILED',
                        '',
                        '',
                        clip(service.error ?? '', 80)
                    ];
            })
        ]
        : [
            ['SERVICE', 'HEALTH', 'VERSION', 'LAST DEPLOY', 'CONFIG REPOS'],
            ...run.services.map((service) => [name(service), ...statusCells(service, false)])
        ];
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    const lines = rows.map((row) => row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column])))
        .join('  ')
        .trimEnd());
    const out = [
        '',
        `${headline(run)}: ${run.environment}`,
        '─'.repeat(Math.min(100, Math.max(...lines.map((l) => l.length)))),
        ...lines
    ];
    if (run.mode === 'plan') {
        for (const service of run.services) {
            const plan = service.result?.plan;
            if (!plan || plan.operation === 'none')
                continue;
            out.push('', `${name(service)}: ${plan.operation} (${plan.steps.join(' → ')})`, ...plan.reasons.map((r) => `  • ${r}`));
        }
    }
    out.push('');
    return out.join('\n');
}
function headline(run) {
    const count = run.services.length;
    const failed = run.services.filter((s) => s.error !== undefined || (run.mode === 'status' && s.result?.status === 'failed'));
    if (run.mode === 'plan')
        return failed.length > 0
            ? `❌ ${failed.length} of ${count} services could not be planned`
            : `📋 Plan for ${count} service${count === 1 ? '' : 's'}`;
    return failed.length > 0
        ? `❌ ${failed.length} of ${count} services not healthy`
        : `✅ ${count} service${count === 1 ? '' : 's'} healthy`;
}
function name(service) {
    return service.settings.service?.name ?? service.settings.environment;
}
/** Health, version, last deploy and config repos of a service, for the status table. */
function statusCells(service, markdown = true) {
    const text = (value) => (markdown ? (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escape */ .ih)(value) : value);
    // Messages name inputs as `inline code`: shown as code, not as backticks.
    const said = (value) => (markdown ? (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .prose */ .CS)(value, 'table') : value);
    const result = service.result;
    if (!result)
        return [`${markdown ? '❌ ' : ''}${said(clip(service.error ?? 'failed', REASON_IN_TABLE))}`, '', '', ''];
    const checks = result.health ?? [];
    const failing = checks.filter((check) => !check.passed);
    const health = result.status === 'failed'
        ? `${markdown ? '❌ ' : ''}down: ${said(clip(result.message ?? 'not healthy', REASON_IN_TABLE))}`
        : result.service === null && checks.length === 0
            ? 'unknown (no status command or health URL)'
            : `${markdown ? '✅ ' : ''}up${result.service ? `: ${text(clip(result.service.detail, 80))}` : ''}${checks.length > 0 ? ` (${checks.length - failing.length}/${checks.length} checks)` : ''}`;
    const current = result.state?.current;
    const attempt = result.state?.last_attempt;
    const version = current
        ? markdown
            ? `<code>${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escape */ .ih)((0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(current.version))}</code>`
            : (0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(current.version)
        : 'none';
    const last = attempt
        ? text(`${attempt.operation} of ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(attempt.version)}, ${attempt.status.replace('_', ' ')}, ${attempt.finished_at ?? attempt.started_at}`)
        : current
            ? text(`${current.operation} at ${current.deployed_at}`)
            : 'never';
    const repos = service.configRepos ?? [];
    const config = repos.length === 0
        ? '—'
        : repos
            .map((repo) => `${repo.moved ? (markdown ? '**moved**' : 'MOVED') : repo.moved === null ? '?' : 'unchanged'} ${text(repo.name)}${repo.moved === false ? '' : `: ${text(clip(repo.detail, 80))}`}`)
            .join(markdown ? '<br>' : '; ');
    return [health, version, last, config];
}
function serviceDetails(run, service) {
    const result = service.result;
    const title = `<b>${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escape */ .ih)(name(service))}</b>`;
    if (!result)
        return [
            `<details><summary>${title}: not ${run.mode === 'plan' ? 'planned' : 'checked'}</summary>`,
            '',
            `> ${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .prose */ .CS)(service.error ?? '')}`,
            '',
            '</details>',
            ''
        ];
    const out = [];
    if (run.mode === 'plan' && result.plan) {
        const plan = result.plan;
        out.push(`<details><summary>${title}: ${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escape */ .ih)(plan.operation)}</summary>`, '', ...plan.reasons.map((r) => `- ${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .prose */ .CS)(r)}`), '');
        out.push(`Steps: ${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escape */ .ih)(plan.steps.join(' → '))}`, '');
        for (const change of plan.config_changes) {
            out.push(`Config repo **${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escape */ .ih)(change.name)}**: ${change.total} new commit${change.total === 1 ? '' : 's'}${change.note ? ` (${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .prose */ .CS)(change.note)})` : ''}`, '');
            out.push(...change.commits
                .slice(-10)
                .reverse()
                .map((c) => `- <code>${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escape */ .ih)((0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(c.sha))}</code> ${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escape */ .ih)(c.subject)}`), '');
        }
    }
    else {
        out.push(`<details><summary>${title}: ${result.status === 'failed' ? 'not healthy' : 'healthy'}</summary>`, '');
        if (result.message)
            out.push(`> ${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .prose */ .CS)(result.message)}`, '');
        const checks = result.health ?? [];
        if (checks.length > 0)
            out.push('| Endpoint | Status | Time | Result |', '|---|---|---|---|', ...checks.map((c) => `| ${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escape */ .ih)(c.endpoint)} | ${c.status_code || '—'} | ${c.response_time_ms} ms | ${c.passed ? '✓' : `✗ ${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .prose */ .CS)(c.detail ?? '', 'table')}`} |`), '');
    }
    out.push('</details>', '');
    return out;
}
function mainReason(reasons) {
    // The override note comes first when there is one; the analysis is what a reader scans for.
    return reasons.find((r) => !r.startsWith('Operation forced')) ?? reasons[0] ?? '';
}
function versions(previous, next) {
    return `${previous ? `<code>${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escape */ .ih)((0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(previous))}</code>` : 'none'} → <code>${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escape */ .ih)((0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(next))}</code>`;
}
function clip(text, length) {
    return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}


/***/ })

};

//# sourceMappingURL=309.index.js.map