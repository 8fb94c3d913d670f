export const id = 771;
export const ids = [771];
export const modules = {

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

//# sourceMappingURL=771.index.js.map