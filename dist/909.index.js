export const id = 909;
export const ids = [909];
export const modules = {

/***/ 79909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportToActions: () => (/* binding */ reportToActions)
/* harmony export */ });
/* harmony import */ var _actions_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10993);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65781);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57994);





/** Outputs, the job summary and result.json: what the runner shows and later steps read. */
async function reportToActions(run, settings, log) {
    const result = (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .buildResult */ .C)(run, settings, log);
    const plan = run.plan;
    const set = (name, value) => _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, log.redact(value));
    set('operation', plan?.operation ?? 'none');
    set('requires-approval', String(plan?.requires_approval ?? false));
    set('plan', plan ? JSON.stringify(plan) : '');
    set('status', run.status);
    set('deployment-id', run.deploymentId);
    set('previous-version', run.previousVersion ?? '');
    set('new-version', run.newVersion ?? '');
    set('rolled-back', String(run.outcome?.rollback.triggered === true || run.plan?.operation === 'rollback'));
    set('duration-seconds', String(run.durationSeconds));
    set('config-commits', JSON.stringify(plan?.config_commits ?? {}));
    set('result', JSON.stringify(result));
    // One service planned: the same fan-out outputs as for several, so a workflow reads one shape.
    if (settings.service && plan && run.mode === 'plan') {
        const { matrixOutputs } = await __webpack_require__.e(/* import() */ 493).then(__webpack_require__.bind(__webpack_require__, 23493));
        for (const [name, value] of Object.entries(matrixOutputs([{ service: settings.service, plan }])))
            set(name, value);
    }
    const summaryFile = process.env.GITHUB_STEP_SUMMARY;
    if (summaryFile) {
        await _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
            .addRaw((0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .renderSummary */ .Br)(run, settings, (text) => log.redact(text)), true)
            .write();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(summaryFile), 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
    }
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

/***/ 57994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   CS: () => (/* binding */ prose),
/* harmony export */   e4: () => (/* binding */ versions),
/* harmony export */   ih: () => (/* binding */ escape)
/* harmony export */ });
/* unused harmony exports escapeHtml, timelineAxis */
/* harmony import */ var _state_transitions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82649);
/* harmony import */ var _state_target_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7176);


/** GitHub refuses a step summary over 1 MiB; keep well under, and say what was cut. */
const SUMMARY_BUDGET = 900 * 1024;
const ICON = {
    planned: '📋',
    skipped: '⏸️',
    success: '✅',
    failed: '❌',
    rolled_back: '↩️',
    rollback_failed: '🚨'
};
const TITLE = {
    planned: 'Deploy planned',
    skipped: 'Nothing to deploy',
    success: 'Deployed',
    failed: 'Deploy failed',
    rolled_back: 'Deploy failed and was rolled back',
    // The call to act is the quote below the title ("Manual intervention needed").
    rollback_failed: 'Deploy failed and the rollback failed'
};
/** Text from users, commits and services goes into HTML-rendered Markdown: neutralise it. */
function escape(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/([`*_[\]])/g, '\\$1')
        .replace(/\r?\n/g, ' ');
}
/** Text for raw HTML (a line that starts with a tag is an HTML block: Markdown is not read there). */
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/\r?\n/g, ' ');
}
/**
 * Text that may hold `inline code` (reasons, messages, notes name inputs that way), escaped like
 * `escape`, with each backtick pair kept as code: a Markdown code span where Markdown is read (its
 * content is shown as is, so it needs no escaping but a table's `|`), `<code>` inside HTML.
 * Unpaired backticks stay literal.
 */
function prose(text, where = 'markdown') {
    const parts = text.split('`');
    const plain = where === 'html' ? escapeHtml : escape;
    if (parts.length % 2 === 0)
        return plain(text);
    return parts
        .map((part, i) => {
        if (i % 2 === 0)
            return plain(part);
        if (part.trim() === '')
            return plain(`\`${part}\``);
        if (where === 'html')
            return `<code>${escapeHtml(part)}</code>`;
        const flat = part.replace(/\r?\n/g, ' ');
        return `\`${where === 'table' ? flat.replace(/\|/g, '\\|') : flat}\``;
    })
        .join('');
}
/** The job summary: decision and reasons, steps with times, checks, rollback, a timeline. */
function renderSummary(run, settings, redact) {
    const plan = run.plan;
    const out = [];
    const title = run.mode === 'status'
        ? run.status === 'success'
            ? 'Service healthy'
            : 'Service not healthy'
        : run.recordFailed
            ? `${TITLE[run.status]}: the deploy ran, but its state was not stored`
            : run.mode === 'plan' && run.status === 'failed'
                ? 'Planned, but the plan cannot run here'
                : run.status === 'planned' && plan?.requires_approval
                    ? `${TITLE.planned}, needing approval`
                    : TITLE[run.status];
    out.push(`## ${run.status === 'success' || run.mode !== 'status' ? ICON[run.status] : '❌'} ${title}: ${escape((0,_state_target_js__WEBPACK_IMPORTED_MODULE_1__/* .targetName */ .j)(run.environment, run.serviceName))}`, '');
    if (run.message)
        out.push(
        // "Why" is the plan's section below; this is what went wrong.
        `> **${messageLabel(run)}:** ${prose(run.message)}`, '');
    const facts = [
        [
            'Operation',
            plan ? `**${plan.operation}**${plan.decided_by === 'override' ? ' (forced by input)' : ''}` : run.mode
        ],
        ['Version', versions(run)],
        ['Strategy / platform', `${settings.strategy} on ${settings.platform}`],
        [
            'Approval',
            run.approval?.how === 'not-required'
                ? 'not required'
                : run.approval
                    ? `${escape(run.approval.by)} (${run.approval.how})${run.approval.comment ? `: “${escape(run.approval.comment)}”` : ''}`
                    : plan?.requires_approval
                        ? 'required'
                        : 'not required'
        ],
        ['Approval policy', escape((plan?.approval_policy ?? settings.github.approvalRequiredFor).join(', '))],
        // Nothing ran (a plan): what would run. After a run the steps below say what did.
        ...(plan && !run.outcome && plan.operation !== 'none'
            ? [[run.status === 'planned' ? 'Would run' : 'Planned steps', escape(plan.steps.join(' → '))]]
            : []),
        ['Duration', `${run.durationSeconds} s`],
        ['Deployment id', code(run.deploymentId)]
    ];
    if (run.validation)
        facts.push([
            'Validation',
            run.validation.url ? `[run ${escape(run.validation.runId)}](${run.validation.url})` : escape(run.validation.runId)
        ]);
    if (run.requiredChecks)
        facts.push([
            'Required checks',
            run.requiredChecks
                .map((c) => {
                const name = c.url && /^https?:\/\//.test(c.url) ? `[${escape(c.name)}](${linkTarget(c.url)})` : escape(c.name);
                return `${c.passed ? '✓' : '✗'} ${name} (${c.kind === 'status' ? 'status' : `check run${c.app ? ` by ${escape(c.app)}` : ''}`})`;
            })
                .join(', ')
        ]);
    if (run.outcome?.imageDigest)
        facts.push([
            'Image',
            code(`${run.outcome.image ?? ''}${run.outcome.imageDigest ? `@${run.outcome.imageDigest}` : ''}`)
        ]);
    if (run.url)
        facts.push(['URL', escape(run.url)]);
    if (run.service)
        facts.push(['Service', `${run.service.up ? 'up' : 'down'}: ${escape(run.service.detail)}`]);
    // A status check approves nothing. The first fact is the table's header row: an empty header
    // would show as a blank bar.
    const shown = run.mode === 'status' ? facts.filter(([k]) => !k.startsWith('Approval')) : facts;
    const [head, ...rows] = shown.map(([k, v]) => `| ${k} | ${v} |`);
    out.push(head, '|:---|:---|', ...rows, '');
    // A config repo seen for the first time has no commits to list: say what is recorded instead.
    const changes = plan?.config_changes ?? [];
    const fresh = changes.filter((c) => c.from === undefined);
    if (plan && plan.reasons.length + fresh.length > 0) {
        out.push('### Why', '', ...plan.reasons.map((r) => `- ${prose(r)}`), ...fresh.map((c) => `- ${firstSeen(c, plan, run.status === 'planned')}`), '');
    }
    for (const change of changes.filter((c) => c.from !== undefined)) {
        out.push(`<details><summary>Config repo <b>${escapeHtml(change.name)}</b>: ${change.total} new commit${change.total === 1 ? '' : 's'} (${code((0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h0)(change.from))} → ${code((0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h0)(change.to))})</summary>`, '');
        if (change.note)
            out.push(`_${prose(change.note)}_`, '');
        out.push(...change.commits
            .slice()
            .reverse()
            .map((c) => `- ${code((0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h0)(c.sha))} ${escape(c.subject)}`), '', '</details>', '');
    }
    const diagnosis = run.outcome?.diagnosis;
    if (diagnosis && (diagnosis.findings.length > 0 || diagnosis.logs.length > 0)) {
        out.push(`### What ${escape(settings.platform)} shows`, '', ...diagnosis.findings.map((f) => `- ${escape(f)}`), '');
        for (const block of diagnosis.logs) {
            // <pre> keeps the lines as they are; only what HTML would read is escaped.
            const text = block.lines.map((l) => l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
            out.push(`<details><summary>${escape(block.title)}</summary>`, '', '<pre>', ...text, '</pre>', '', '</details>', '');
        }
    }
    const steps = run.outcome?.steps ?? [];
    if (steps.length > 0) {
        out.push('### Steps', '', '| Step | Result | Time |', '|---|---|---|');
        for (const step of steps)
            out.push(`| ${escape(step.name)} | ${step.status === 'success' ? '✓' : '✗'}${step.detail ? ` ${prose(step.detail.slice(0, 300), 'table')}` : ''} | ${duration(step.duration_ms)} |`);
        out.push('', ...timeline(steps), '');
    }
    const health = run.outcome?.health ?? run.health ?? [];
    if (health.length > 0) {
        out.push('### Health checks', '', '| Endpoint | Phase | Attempt | Status | Time | Result |', '|---|---|---|---|---|---|');
        for (const r of health.slice(0, 200)) {
            out.push(`| ${escape(r.endpoint)} | ${escape(r.phase)} | ${r.attempt} | ${r.status_code || '—'} | ${r.response_time_ms} ms | ${r.passed ? `✓${r.detail ? ` ${prose(r.detail, 'table')}` : ''}` : `✗ ${prose(r.detail ?? '', 'table')}`} |`);
        }
        if (health.length > 200)
            out.push(`| … ${health.length - 200} more | | | | | |`);
        out.push('', ...metricQueries(health));
    }
    const migrations = run.outcome?.migrations ?? [];
    if (migrations.length > 0) {
        out.push('### Migrations', '', '| Version | File | Time | Result |', '|---|---|---|---|');
        for (const m of migrations)
            out.push(`| ${escape(m.version)} | ${escape(m.filename)} | ${m.duration_ms} ms | ${m.success ? '✓' : '✗'} |`);
        out.push('');
    }
    const rollback = run.outcome?.rollback;
    if (rollback?.triggered) {
        // The automatic rollback's reason is the failure quoted at the top: name it, do not repeat it.
        const reason = rollback.reason ?? '';
        const failedStep = run.outcome?.failedStep;
        const shown = failedStep && reason.startsWith(`${failedStep}: `) && run.message?.startsWith(reason)
            ? `${escape(failedStep)} failed (above)`
            : prose(reason);
        // What went wrong in the rollback itself, as the execution reported it.
        const why = run.outcome?.reason?.split('; rollback failed: ')[1];
        out.push('### Rollback', '', `- To: ${code((0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h0)(rollback.previous_version ?? ''))}`, `- Reason: ${shown}`, `- Took: ${rollback.duration_seconds === undefined ? '?' : duration(rollback.duration_seconds * 1000)} (limit ${settings.rollback.maxSeconds} s)`, `- Result: ${rollback.succeeded ? 'healthy again' : `**failed**: ${why ? prose(why) : 'see above'}`}`, '');
    }
    if (run.notes.length > 0)
        out.push(...run.notes.map((n) => `- ${prose(n)}`), '');
    let text = redact(out.join('\n'));
    if (text.length > SUMMARY_BUDGET)
        text = `${text.slice(0, SUMMARY_BUDGET)}\n\n_Summary cut at ${SUMMARY_BUDGET} bytes; result.json has everything._\n`;
    return text;
}
/** A Mermaid Gantt chart of the steps (rendered on GitHub); the table above carries the same facts. */
function timeline(steps) {
    const origin = Date.parse(steps[0].started_at);
    const bars = steps.map((step) => {
        const start = Date.parse(step.started_at) - origin;
        return { step, start, end: start + Math.max(step.duration_ms, 1) };
    });
    const { format, interval } = timelineAxis(Math.max(...bars.map((b) => b.end)));
    const lines = [
        '```mermaid',
        'gantt',
        '  dateFormat x',
        `  axisFormat ${format}`,
        `  tickInterval ${interval}`,
        '  section run'
    ];
    for (const { step, start, end } of bars) {
        const label = step.name.replace(/[:;#]/g, ' ').replace(/[^\p{L}\p{N} %()._-]/gu, '');
        lines.push(`  ${label} :${step.status === 'success' ? '' : 'crit, '}${start}, ${end}`);
    }
    lines.push('```');
    return lines;
}
/** What the quoted message is: a failure, a plan's obstacle, or a reason. */
function messageLabel(run) {
    if (run.status === 'rollback_failed')
        return 'Manual intervention needed';
    if (run.mode === 'plan' && run.status === 'failed')
        return 'Why it cannot run';
    return run.status === 'failed' || run.status === 'rolled_back' ? 'What failed' : 'Why';
}
/** Each metric check's query as sent (once per distinct query: the colour may change it between phases). */
function metricQueries(health) {
    const seen = new Map();
    for (const r of health) {
        if (r.query === undefined)
            continue;
        const key = `${r.endpoint}\n${r.query}`;
        const phases = seen.get(key) ?? [];
        if (!phases.includes(r.phase))
            phases.push(r.phase);
        seen.set(key, phases);
    }
    if (seen.size === 0)
        return [];
    const lines = ['Metric queries:', ''];
    for (const [key, phases] of seen) {
        const [endpoint, query] = key.split('\n');
        lines.push(`- ${escape(endpoint)} (${escape(phases.join(', '))}): ${code(query)}`);
    }
    return [...lines, ''];
}
/** A URL from a service inside a Markdown link in a table cell: nothing in it may end the link or the cell. */
function linkTarget(url) {
    return url.replace(/[\s()|<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** Tick steps, smallest first: the first that gives at most 10 ticks over the run is taken. */
const TICKS_MS = [10, 20, 50, 100, 200, 500];
const TICKS_S = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600];
/**
 * The timeline's axis, chosen from the run's length so that no two ticks read alike (a 3 s run
 * labelled `%M:%S` shows 00:00 at every tick). The times are milliseconds from the run's start,
 * read by Mermaid as dates in 1970; `%Q` and `%s` print them as milliseconds and seconds since
 * then, the same in every time zone (`%M` would be off by 30 minutes in India).
 */
function timelineAxis(spanMs) {
    if (spanMs < 1000)
        return { format: '%Q ms', interval: `${TICKS_MS.find((ms) => spanMs / ms <= 10)}millisecond` };
    const step = TICKS_S.find((s) => spanMs / 1000 / s <= 10) ?? TICKS_S.at(-1);
    return { format: '%s s', interval: step % 60 === 0 ? `${step / 60}minute` : `${step}second` };
}
/**
 * From what to what; a status check or a run with nothing to do has one version, not "a → —" or
 * "a → a". `shown` writes a version (code in Markdown; the terminal passes plain text).
 */
function versions(run, shown = (version) => code((0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h0)(version))) {
    const from = run.previousVersion ? shown(run.previousVersion) : 'none';
    if (run.mode === 'status')
        return run.previousVersion ? `${from} (deployed)` : 'none deployed';
    if (run.newVersion && run.newVersion === run.previousVersion)
        return `${from} (unchanged)`;
    return `${from} → ${run.newVersion ? shown(run.newVersion) : '—'}`;
}
/**
 * A step's time: milliseconds below a second ("0.0 s" read as if nothing ran), with a no-break
 * space so that a narrow column does not put the unit on a line of its own.
 */
function duration(ms) {
    return ms < 1000 ? `${Math.round(ms)}\u00a0ms` : `${(ms / 1000).toFixed(1)}\u00a0s`;
}
/** A config repo with no deployed commit to compare with (a first deploy, or a repo new to the environment). */
function firstSeen(change, plan, planned) {
    const recorded = plan.config_commits[change.name] === change.to;
    const why = plan.previous_version === null ? 'first deploy' : 'not deployed before';
    return `Config repo **${escape(change.name)}**: ${recorded ? `${planned ? 'to be recorded' : 'recorded'} at ` : 'at '}${code((0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h0)(change.to))} (${why}${recorded ? '' : '; not recorded: no build bakes it in'})${change.note ? `: ${prose(change.note)}` : ''}`;
}
function code(text) {
    return `<code>${escape(text).replace(/\\([`*_[\]])/g, '$1')}</code>`;
}


/***/ }),

/***/ 76858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   K$: () => (/* binding */ StateConflictError),
/* harmony export */   b8: () => (/* binding */ STATE_SCHEMA_VERSION),
/* harmony export */   p$: () => (/* binding */ emptyState),
/* harmony export */   qq: () => (/* binding */ StateError),
/* harmony export */   sU: () => (/* binding */ serializeState)
/* harmony export */ });
/* unused harmony exports ATTEMPT_STATUSES, deploymentStateSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);

/** The required checks that had passed on the commit when it was deployed (`required-checks`). */
const requiredChecks = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), passed: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY() })).optional();
/** Bump when a reader of the old schema could misread the new one. */
const STATE_SCHEMA_VERSION = 1;
const versionRecord = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    /** The commit (or version string) deployed. */
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    config_commits: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default({}),
    image: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    image_digest: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** Blue-green: the colour this version runs in (and that takes traffic while it is current). */
    color: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['blue', 'green']).optional(),
    deployed_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    deployment_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    operation: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    approved_by: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    required_checks: requiredChecks,
    /** Platform-specific handles (e.g. the DigitalOcean deployment id), carried through untouched. */
    platform: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional()
});
const knownBad = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    deployment_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
});
const ATTEMPT_STATUSES = ['in_progress', 'success', 'failed', 'rolled_back', 'rollback_failed'];
const attempt = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    deployment_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    operation: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(ATTEMPT_STATUSES),
    started_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    finished_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    approved_by: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    required_checks: requiredChecks,
    run_url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional()
});
const deploymentStateSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .looseObject */ ._H3({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(STATE_SCHEMA_VERSION),
    environment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** The service of a repository with `services:`; absent for a repository of one service. */
    service: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    /** Rises by one with every write; the compare-and-swap token of every store. */
    sequence: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(1),
    updated_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    current: versionRecord.nullable(),
    /** The last good versions, newest first, the current one included. */
    history: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(versionRecord),
    known_bad: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(knownBad),
    last_attempt: attempt.nullable()
});
class StateError extends Error {
    constructor(message) {
        super(message);
        this.name = 'StateError';
    }
}
/** The state moved between read and write: another run wrote first. */
class StateConflictError extends StateError {
    expectedSequence;
    foundSequence;
    constructor(expectedSequence, foundSequence) {
        super(`the state moved since this run read it (expected sequence ${expectedSequence}, found ${foundSequence ?? 'none'}): another run deployed this environment at the same time; re-plan and run again`);
        this.expectedSequence = expectedSequence;
        this.foundSequence = foundSequence;
        this.name = 'StateConflictError';
    }
}
/**
 * Parses stored bytes. Anything but a valid document of a schema we know stops the run: a state we
 * cannot read must never be overwritten by one that forgets what it held.
 */
function parseState(text, where) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new StateError(`the state in ${where} is not valid JSON (${error.message}); it was left untouched. Restore it from a backup or an earlier version, or move it away to start from no state`);
    }
    const version = json?.schema_version;
    if (typeof version === 'number' && version > STATE_SCHEMA_VERSION) {
        throw new StateError(`the state in ${where} has schema version ${version}, newer than this action understands (${STATE_SCHEMA_VERSION}); it was left untouched. Use the newer deploy-orchestrator release that wrote it`);
    }
    const parsed = deploymentStateSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new StateError(`the state in ${where} is not a deploy-orchestrator state (${issue?.path.join('.') || 'document'}: ${issue?.message}); it was left untouched`);
    }
    return parsed.data;
}
function serializeState(state) {
    return `${JSON.stringify(state, null, 2)}\n`;
}
function emptyState(environment, service) {
    return {
        schema_version: STATE_SCHEMA_VERSION,
        environment,
        ...(service ? { service } : {}),
        sequence: 0,
        updated_at: new Date(0).toISOString(),
        current: null,
        history: [],
        known_bad: [],
        last_attempt: null
    };
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

//# sourceMappingURL=909.index.js.map