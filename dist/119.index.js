export const id = 119;
export const ids = [119];
export const modules = {

/***/ 41508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hb: () => (/* binding */ describeMigrations),
/* harmony export */   Lg: () => (/* binding */ FAILED_STATUSES),
/* harmony export */   Li: () => (/* binding */ shortVersion),
/* harmony export */   N$: () => (/* binding */ describeSteps),
/* harmony export */   _2: () => (/* binding */ failureFacts),
/* harmony export */   cn: () => (/* binding */ describeCheck),
/* harmony export */   sR: () => (/* binding */ describeRollback)
/* harmony export */ });
/* harmony import */ var _state_target_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7176);
/* harmony import */ var _state_transitions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82649);


/** The statuses that send a preference pair and a notification. */
const FAILED_STATUSES = new Set(['failed', 'rolled_back', 'rollback_failed']);
function failureFacts(run) {
    const outcome = run.outcome;
    const health = outcome?.health ?? run.health ?? [];
    const failedStep = outcome?.failedStep;
    const phase = failedStep ? /^health check \((.+)\)$/.exec(failedStep)?.[1] : undefined;
    const lastFailing = (wanted) => health.filter((r) => !r.passed && r.phase === wanted).at(-1);
    const reason = outcome?.reason ?? run.message ?? 'no reason recorded';
    let stepReason = failedStep && reason.startsWith(`${failedStep}: `) ? reason.slice(failedStep.length + 2) : reason;
    if (run.status === 'rollback_failed' && stepReason.includes('; rollback failed: '))
        stepReason = stepReason.slice(0, stepReason.indexOf('; rollback failed: '));
    return {
        status: run.status,
        // Prose names what failed: the environment, or the service of it.
        environment: (0,_state_target_js__WEBPACK_IMPORTED_MODULE_1__/* .targetName */ .j)(run.environment, run.serviceName),
        operation: run.plan?.operation ?? run.mode,
        strategy: run.plan?.strategy,
        platform: run.plan?.platform,
        version: run.newVersion,
        previousVersion: run.previousVersion,
        failedStep,
        reason,
        stepReason,
        trafficMoved: outcome?.trafficMoved ?? false,
        check: phase ? lastFailing(phase) : undefined,
        rollbackCheck: outcome?.rollback.triggered && outcome.rollback.succeeded === false ? lastFailing('after rollback') : undefined,
        rollback: outcome?.rollback,
        migrations: outcome?.migrations ?? [],
        steps: outcome?.steps ?? []
    };
}
/** `https://…/health (live, attempt 3): HTTP 500, expected 200` */
function describeCheck(record) {
    const saw = record.detail ?? (record.status_code ? `HTTP ${record.status_code}` : 'no answer');
    return `${record.endpoint} (${record.phase}, attempt ${record.attempt}, ${record.response_time_ms} ms): ${saw}`;
}
/** `deploy ✓ 1.2 s → health check (live) ✗ 3.0 s` */
function describeSteps(steps) {
    if (steps.length === 0)
        return 'no step ran';
    return steps
        .map((s) => `${s.name} ${s.status === 'success' ? '✓' : s.status === 'skipped' ? '–' : '✗'} ${(s.duration_ms / 1000).toFixed(1)} s`)
        .join(' → ');
}
function describeRollback(facts) {
    const rollback = facts.rollback;
    if (!rollback)
        return undefined;
    const target = rollback.previous_version ? (0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h0)(rollback.previous_version) : 'the previous version';
    if (!rollback.triggered)
        return rollback.reason ? `No rollback: ${rollback.reason}` : undefined;
    if (rollback.succeeded)
        return `Rolled back to ${target} in ${rollback.duration_seconds ?? '?'} s; it is healthy`;
    return `The rollback to ${target} failed after ${rollback.duration_seconds ?? '?'} s${facts.rollbackCheck ? `: ${describeCheck(facts.rollbackCheck)}` : ''}; the previous version is unhealthy too`;
}
function describeMigrations(migrations) {
    if (migrations.length === 0)
        return undefined;
    return migrations.map((m) => `${m.filename} ${m.success ? '✓' : '✗'}`).join(', ');
}
function shortVersion(version) {
    return version ? (0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h0)(version) : 'none';
}


/***/ }),

/***/ 73096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ postJson)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24371);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4266);
/* harmony import */ var _verify_health_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20787);



const MAX_ANSWER_BYTES = 64 * 1024;
/** Below this, another attempt could not get an answer anyway. */
const MIN_ATTEMPT_MS = 100;
/**
 * POSTs a JSON body, retrying network errors, time-outs, 5xx, 408, 425 and 429 (a `Retry-After`
 * is honoured while it fits the budget) with backoff and jitter. Never throws; never takes longer
 * than the budget (plus the moment it takes to close a connection).
 */
async function postJson(url, body, options) {
    const { policy } = options;
    const random = options.random ?? Math.random;
    const started = performance.now();
    const deadline = started + policy.budgetMs;
    const elapsed = () => Math.round(performance.now() - started);
    // A dispatcher of its own, destroyed at the end: a service that hangs keeps no socket open after.
    const agent = new undici__WEBPACK_IMPORTED_MODULE_0__/* .Agent */ .g6({ connect: { timeout: policy.requestTimeoutMs }, keepAliveTimeout: 1_000 });
    let attempts = 0;
    let last = 'no attempt fitted the budget';
    try {
        for (;;) {
            const remaining = deadline - performance.now();
            if (remaining < MIN_ATTEMPT_MS)
                break;
            attempts++;
            const timeoutMs = Math.max(1, Math.min(policy.requestTimeoutMs, Math.floor(remaining)));
            const timeout = AbortSignal.timeout(timeoutMs);
            let retryAfter;
            try {
                const response = await (0,undici__WEBPACK_IMPORTED_MODULE_0__/* .request */ .Em)(url, {
                    method: 'POST',
                    body,
                    headers: { 'content-type': 'application/json', 'user-agent': 'deploy-orchestrator', ...options.headers },
                    dispatcher: agent,
                    signal: timeout,
                    headersTimeout: timeoutMs,
                    bodyTimeout: timeoutMs
                });
                const answer = await readBounded(response.body);
                const status = response.statusCode;
                if (status >= 200 && status < 300)
                    return { ok: true, attempts, status, body: answer, elapsedMs: elapsed() };
                last = `HTTP ${status}${answer.trim() ? `: ${oneLine(answer)}` : ''}`;
                if (!retryable(status))
                    return { ok: false, attempts, status, error: last, permanent: true, elapsedMs: elapsed() };
                retryAfter = (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retryAfterMs */ .Vs)(response.headers['retry-after']);
            }
            catch (error) {
                last = timeout.aborted ? `no answer within ${(timeoutMs / 1000).toFixed(1)} s` : (0,_verify_health_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error);
            }
            const left = deadline - performance.now() - MIN_ATTEMPT_MS;
            const delay = retryAfter ?? (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .backoffMs */ .jo)(attempts, policy.baseDelayMs, policy.maxDelayMs, random);
            if (left <= 0 || (retryAfter !== undefined && retryAfter > left))
                break;
            const wait = Math.min(delay, left);
            options.onRetry?.(attempts, last, Math.round(wait));
            await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .yy)(wait);
        }
        return {
            ok: false,
            attempts,
            error: `${last} (gave up after ${attempts} attempt${attempts === 1 ? '' : 's'} in ${(elapsed() / 1000).toFixed(1)} s)`,
            elapsedMs: elapsed()
        };
    }
    finally {
        await agent.destroy().catch(() => undefined);
    }
}
function retryable(status) {
    return status >= 500 || status === 408 || status === 425 || status === 429;
}
async function readBounded(stream) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        chunks.push(chunk);
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES)
            break;
    }
    await stream.dump?.({ limit: MAX_ANSWER_BYTES }).catch(() => undefined);
    return Buffer.concat(chunks).toString('utf8').slice(0, MAX_ANSWER_BYTES);
}
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}


/***/ }),

/***/ 91740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ redactDeep)
/* harmony export */ });
/**
 * Redacts every string inside a value (before it is serialised: a secret holding `"` or `\` would
 * be escaped in JSON text and slip past a redaction of the text alone).
 */
function redactDeep(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((item) => redactDeep(item, redact));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, redact)]));
    }
    return value;
}


/***/ }),

/***/ 97119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WebhookNotifier: () => (/* binding */ WebhookNotifier)
/* harmony export */ });
/* unused harmony exports WEBHOOK_DELIVERY, buildSlackMessage, escape */
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44372);
/* harmony import */ var _state_target_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7176);
/* harmony import */ var _hardening_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41508);
/* harmony import */ var _deliver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73096);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91740);





/**
 * 10 s for everything, notification and page sent side by side: a chat webhook answers in well under
 * a second, so that leaves room for three or four attempts, and a hanging one costs 10 s at most.
 */
const WEBHOOK_DELIVERY = {
    budgetMs: 10_000,
    requestTimeoutMs: 4_000,
    baseDelayMs: 500,
    maxDelayMs: 2_000
};
const ICON = { success: '✅', failed: '❌', rolled_back: '↩️', rollback_failed: '🚨' };
const TITLE = {
    success: 'Deployed',
    failed: 'Deploy failed',
    rolled_back: 'Deploy failed and was rolled back',
    rollback_failed: 'Deploy failed and the rollback failed'
};
/** The message for a run's final status, naming the environment, versions, reason and run link. */
function buildSlackMessage(run, context = {}) {
    const facts = (0,_hardening_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .failureFacts */ ._2)(run);
    const failed = run.status !== 'success';
    const target = (0,_state_target_js__WEBPACK_IMPORTED_MODULE_3__/* .targetName */ .j)(run.environment, run.serviceName);
    const title = `${context.page ? '🚨 PAGE: ' : `${ICON[run.status] ?? ''} `}${TITLE[run.status] ?? run.status}: ${target}`;
    const versions = `${(0,_hardening_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .shortVersion */ .Li)(run.previousVersion)} → ${(0,_hardening_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .shortVersion */ .Li)(run.newVersion)}`;
    const blocks = [{ type: 'header', text: { type: 'plain_text', text: cut(title, 150), emoji: true } }];
    if (context.page) {
        blocks.push({
            type: 'section',
            text: mrkdwn(`*Manual intervention needed:* ${escape(uncapitalize((0,_hardening_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRollback */ .sR)(facts) ?? 'the deploy failed after traffic moved and there is nothing healthy to return to'))}.`)
        });
    }
    const fields = [
        mrkdwn(`*Environment*\n${escape(run.environment)}`),
        ...(run.serviceName ? [mrkdwn(`*Service*\n${escape(run.serviceName)}`)] : []),
        mrkdwn(`*Status*\n${escape(run.status.replace('_', ' '))}`),
        mrkdwn(`*Version*\n\`${escape(versions)}\``),
        mrkdwn(`*Operation*\n${escape([facts.operation, facts.strategy, facts.platform && `on ${facts.platform}`].filter(Boolean).join(' '))}`),
        mrkdwn(`*Duration*\n${run.durationSeconds} s`),
        mrkdwn(`*Deployment*\n\`${escape(run.deploymentId)}\``)
    ];
    blocks.push({ type: 'section', fields });
    if (failed) {
        const lines = [`*Reason:* ${escape(facts.reason)}`];
        if (facts.check)
            lines.push(`*Failing check:* ${escape((0,_hardening_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCheck */ .cn)(facts.check))}`);
        const rollback = (0,_hardening_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRollback */ .sR)(facts);
        if (rollback && !context.page)
            lines.push(`*Rollback:* ${escape(rollback)}`);
        blocks.push({ type: 'section', text: mrkdwn(cut(lines.join('\n'), 2900)) });
    }
    if (context.runUrl)
        blocks.push({ type: 'context', elements: [mrkdwn(`<${context.runUrl}|View the run>`)] });
    const text = `${title} (${versions})${failed ? `: ${facts.reason}` : ''}${context.runUrl ? ` ${context.runUrl}` : ''}`;
    return { text: cut(escape(text), 2900), blocks };
}
/**
 * Notifications: one message per run to `notify-webhook-url` for a failed, rolled-back or
 * rollback-failed run (a success too with `notify-on-success`), and a page to `page-webhook-url`
 * when the rollback failed too. Sent after the rollback, within a bound; a failure is a warning.
 */
class WebhookNotifier {
    settings;
    log;
    options;
    name = 'notifications';
    constructor(settings, log, options = {}) {
        this.settings = settings;
        this.log = log;
        this.options = options;
    }
    async finished(run) {
        const { notifyWebhookUrl, notifyOnSuccess, pageWebhookUrl } = this.settings.hardening;
        const notify = notifyWebhookUrl && (_hardening_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .FAILED_STATUSES */ .Lg.has(run.status) || (run.status === 'success' && notifyOnSuccess));
        const page = pageWebhookUrl && run.status === 'rollback_failed';
        if (!notify && !page)
            return;
        const log = this.log;
        await log.group('Notifications', async () => {
            const link = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__.runUrl)(this.settings);
            const send = async (what, url, message) => {
                const body = log.redact(JSON.stringify((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactDeep */ .K)(message, (text) => log.redact(text))));
                const result = await (0,_deliver_js__WEBPACK_IMPORTED_MODULE_2__/* .postJson */ .B)(url, body, {
                    policy: this.options.policy ?? WEBHOOK_DELIVERY,
                    onRetry: (attempt, why, delay) => log.info(`${what}, attempt ${attempt}: ${why}; retrying in ${(delay / 1000).toFixed(1)} s`)
                });
                if (result.ok) {
                    log.info(`${capitalize(what)} sent${result.attempts > 1 ? ` after ${result.attempts} attempts` : ''}`);
                    run.notes.push(`${capitalize(what)} sent.`);
                }
                else {
                    log.warn(`The ${what} was not sent: ${result.error}${result.permanent ? ' (not retried: the webhook refused it)' : ''}. The deploy itself is not affected`);
                    run.notes.push(`The ${what} could not be sent.`);
                }
            };
            await Promise.all([
                notify ? send('notification', notifyWebhookUrl, buildSlackMessage(run, { runUrl: link })) : undefined,
                page ? send('page', pageWebhookUrl, buildSlackMessage(run, { runUrl: link, page: true })) : undefined
            ]);
        });
    }
}
function mrkdwn(text) {
    return { type: 'mrkdwn', text: cut(text, 2000) };
}
/** Slack reads `&`, `<` and `>` as markup: escaped, text from commands cannot make links or mentions. */
function escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function cut(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
function uncapitalize(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ })

};

//# sourceMappingURL=119.index.js.map