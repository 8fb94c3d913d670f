export const id = 79;
export const ids = [79,368];
export const modules = {

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

//# sourceMappingURL=79.index.js.map