export const id = 962;
export const ids = [962];
export const modules = {

/***/ 3962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportToActions: () => (/* binding */ reportToActions)
});

// EXTERNAL MODULE: ./src/report/actions-core.ts + 5 modules
var actions_core = __webpack_require__(8613);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/report/result.ts
var report_result = __webpack_require__(5781);
// EXTERNAL MODULE: ./src/state/transitions.ts
var transitions = __webpack_require__(2649);
;// CONCATENATED MODULE: ./src/report/summary.ts

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
    rollback_failed: 'Deploy failed and the rollback failed: a person must act'
};
/** Text from users, commits and services goes into HTML-rendered Markdown: neutralise it. */
function summary_escape(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/([`*_[\]])/g, '\\$1')
        .replace(/\r?\n/g, ' ');
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
            : TITLE[run.status];
    out.push(`## ${run.status === 'success' || run.mode !== 'status' ? ICON[run.status] : '❌'} ${title}: ${summary_escape(run.environment)}`, '');
    if (run.message)
        out.push(`> **${run.status === 'rollback_failed' ? 'Manual intervention needed' : 'Why'}:** ${summary_escape(run.message)}`, '');
    const facts = [
        [
            'Operation',
            plan ? `**${plan.operation}**${plan.decided_by === 'override' ? ' (forced by input)' : ''}` : run.mode
        ],
        [
            'Version',
            `${run.previousVersion ? code((0,transitions/* short */.h0)(run.previousVersion)) : 'none'} → ${run.newVersion ? code((0,transitions/* short */.h0)(run.newVersion)) : '—'}`
        ],
        ['Strategy / platform', `${settings.strategy} on ${settings.platform}`],
        [
            'Approval',
            run.approval
                ? `${summary_escape(run.approval.by)} (${run.approval.how})${run.approval.comment ? `: “${summary_escape(run.approval.comment)}”` : ''}`
                : plan?.requires_approval
                    ? 'required'
                    : 'not required'
        ],
        ['Approval policy', summary_escape((plan?.approval_policy ?? settings.github.approvalRequiredFor).join(', '))],
        ['Duration', `${run.durationSeconds} s`],
        ['Deployment id', code(run.deploymentId)]
    ];
    if (run.validation)
        facts.push([
            'Validation',
            run.validation.url ? `[run ${summary_escape(run.validation.runId)}](${run.validation.url})` : summary_escape(run.validation.runId)
        ]);
    if (run.outcome?.imageDigest)
        facts.push([
            'Image',
            code(`${run.outcome.image ?? ''}${run.outcome.imageDigest ? `@${run.outcome.imageDigest}` : ''}`)
        ]);
    if (run.url)
        facts.push(['URL', summary_escape(run.url)]);
    if (run.service)
        facts.push(['Service', `${run.service.up ? 'up' : 'down'}: ${summary_escape(run.service.detail)}`]);
    out.push('| | |', '|---|---|', ...facts.map(([k, v]) => `| ${k} | ${v} |`), '');
    if (plan && plan.reasons.length > 0) {
        out.push('### Why', '', ...plan.reasons.map((r) => `- ${summary_escape(r)}`), '');
    }
    for (const change of plan?.config_changes ?? []) {
        out.push(`<details><summary>Config repo <b>${summary_escape(change.name)}</b>: ${change.total} new commit${change.total === 1 ? '' : 's'} (${code((0,transitions/* short */.h0)(change.from ?? '∅'))} → ${code((0,transitions/* short */.h0)(change.to))})</summary>`, '');
        if (change.note)
            out.push(`_${summary_escape(change.note)}_`, '');
        out.push(...change.commits
            .slice()
            .reverse()
            .map((c) => `- ${code((0,transitions/* short */.h0)(c.sha))} ${summary_escape(c.subject)}`), '', '</details>', '');
    }
    const steps = run.outcome?.steps ?? [];
    if (steps.length > 0) {
        out.push('### Steps', '', '| Step | Result | Time |', '|---|---|---|');
        for (const step of steps)
            out.push(`| ${summary_escape(step.name)} | ${step.status === 'success' ? '✓' : '✗'}${step.detail ? ` ${summary_escape(step.detail.slice(0, 300))}` : ''} | ${(step.duration_ms / 1000).toFixed(1)} s |`);
        out.push('', ...timeline(steps), '');
    }
    const health = run.outcome?.health ?? run.health ?? [];
    if (health.length > 0) {
        out.push('### Health checks', '', '| Endpoint | Phase | Attempt | Status | Time | Result |', '|---|---|---|---|---|---|');
        for (const r of health.slice(0, 200)) {
            out.push(`| ${summary_escape(r.endpoint)} | ${summary_escape(r.phase)} | ${r.attempt} | ${r.status_code || '—'} | ${r.response_time_ms} ms | ${r.passed ? '✓' : `✗ ${summary_escape(r.detail ?? '')}`} |`);
        }
        if (health.length > 200)
            out.push(`| … ${health.length - 200} more | | | | | |`);
        out.push('');
    }
    const migrations = run.outcome?.migrations ?? [];
    if (migrations.length > 0) {
        out.push('### Migrations', '', '| Version | File | Time | Result |', '|---|---|---|---|');
        for (const m of migrations)
            out.push(`| ${summary_escape(m.version)} | ${summary_escape(m.filename)} | ${m.duration_ms} ms | ${m.success ? '✓' : '✗'} |`);
        out.push('');
    }
    const rollback = run.outcome?.rollback;
    if (rollback?.triggered) {
        out.push('### Rollback', '', `- To: ${code((0,transitions/* short */.h0)(rollback.previous_version ?? ''))}`, `- Reason: ${summary_escape(rollback.reason ?? '')}`, `- Took: ${rollback.duration_seconds ?? '?'} s (limit ${settings.rollback.maxSeconds} s)`, `- Result: ${rollback.succeeded ? 'healthy again' : '**failed: the previous version is unhealthy too**'}`, '');
    }
    if (run.notes.length > 0)
        out.push(...run.notes.map((n) => `- ${summary_escape(n)}`), '');
    let text = redact(out.join('\n'));
    if (text.length > SUMMARY_BUDGET)
        text = `${text.slice(0, SUMMARY_BUDGET)}\n\n_Summary cut at ${SUMMARY_BUDGET} bytes; result.json has everything._\n`;
    return text;
}
/** A Mermaid Gantt chart of the steps (rendered on GitHub); the table above carries the same facts. */
function timeline(steps) {
    const origin = Date.parse(steps[0].started_at);
    const lines = ['```mermaid', 'gantt', '  dateFormat x', '  axisFormat %M:%S', '  section run'];
    for (const step of steps) {
        const start = Date.parse(step.started_at) - origin;
        const label = step.name.replace(/[:;#]/g, ' ').replace(/[^\p{L}\p{N} %()._-]/gu, '');
        lines.push(`  ${label} :${step.status === 'success' ? '' : 'crit, '}${start}, ${Math.max(step.duration_ms, 1) + start}`);
    }
    lines.push('```');
    return lines;
}
function code(text) {
    return `<code>${summary_escape(text).replace(/\\([`*_[\]])/g, '$1')}</code>`;
}

;// CONCATENATED MODULE: ./src/report/action-report.ts





/** Outputs, the job summary and result.json: what the runner shows and later steps read. */
async function reportToActions(run, settings, log) {
    const result = (0,report_result/* buildResult */.C)(run, settings, log);
    const plan = run.plan;
    const set = (name, value) => actions_core/* setOutput */.uH(name, log.redact(value));
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
    const summaryFile = process.env.GITHUB_STEP_SUMMARY;
    if (summaryFile) {
        await actions_core/* summary */.z
            .addRaw(renderSummary(run, settings, (text) => log.redact(text)), true)
            .write();
        await (0,promises_.writeFile)((0,external_node_path_.join)((0,external_node_path_.dirname)(summaryFile), 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
    }
}


/***/ })

};

//# sourceMappingURL=962.index.js.map