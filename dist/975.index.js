export const id = 975;
export const ids = [975];
export const modules = {

/***/ 29975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PreferencePairEmitter: () => (/* binding */ PreferencePairEmitter)
/* harmony export */ });
/* unused harmony exports AGENT_NAME, DPO_DELIVERY, pairPriority, buildPreferencePair */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _notify_deliver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73096);
/* harmony import */ var _notify_redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91740);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41508);





const AGENT_NAME = 'DeploymentOrchestrator';
/** 20 s for everything: the pair is worth a retry, never a long wait at the end of a failed deploy. */
const DPO_DELIVERY = {
    budgetMs: 20_000,
    requestTimeoutMs: 8_000,
    baseDelayMs: 500,
    maxDelayMs: 4_000
};
function pairPriority(facts) {
    if (facts.status === 'rollback_failed')
        return 'critical';
    if (facts.status === 'rolled_back' || facts.trafficMoved)
        return 'high';
    return 'medium';
}
/**
 * One pair per failed run. `dispreferred_output` is what this run did, step by step, with the
 * failing check and what it saw; `preferred_output` what it should have done instead, given what
 * failed; `failure_scenario` the situation and the failure. Pure: the caller redacts and sends.
 */
function buildPreferencePair(run, now = new Date()) {
    const facts = (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .failureFacts */ ._2)(run);
    return {
        agent_name: AGENT_NAME,
        failure_scenario: scenario(facts),
        preferred_output: preferred(facts),
        dispreferred_output: dispreferred(facts),
        priority: pairPriority(facts),
        metadata: {
            deployment_id: run.deploymentId,
            timestamp: now.toISOString(),
            environment: run.environment,
            ...(run.serviceName ? { service: run.serviceName } : {}),
            version: run.newVersion ?? '',
            reason: facts.reason
        }
    };
}
function scenario(facts) {
    const where = [facts.strategy, facts.platform && `on ${facts.platform}`].filter(Boolean).join(' ');
    const parts = [
        `${capitalize(facts.operation)} of ${(0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .shortVersion */ .Li)(facts.version)} to ${facts.environment}${where ? ` (${where})` : ''}, replacing ${facts.previousVersion ? (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .shortVersion */ .Li)(facts.previousVersion) : 'nothing (first deploy)'}.`,
        `Step "${facts.failedStep ?? 'unknown'}" failed ${facts.trafficMoved ? 'after traffic moved to the new version' : 'before traffic moved'}: ${facts.stepReason}.`
    ];
    if (facts.check)
        parts.push(`Failing check: ${(0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .describeCheck */ .cn)(facts.check)}.`);
    const migrations = (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .describeMigrations */ .Hb)(facts.migrations);
    if (migrations)
        parts.push(`Migrations this deploy ran: ${migrations}.`);
    const rollback = (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRollback */ .sR)(facts);
    if (rollback)
        parts.push(`${rollback}.`);
    return parts.join(' ');
}
function dispreferred(facts) {
    const parts = [`Ran: ${(0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .describeSteps */ .N$)(facts.steps)}.`];
    if (facts.check)
        parts.push(`The ${facts.check.phase} check ${facts.check.endpoint} saw: ${facts.check.detail ?? `HTTP ${facts.check.status_code}`}.`);
    parts.push(`Final status: ${facts.status}.`);
    if (facts.status === 'rolled_back')
        parts.push(`Users were served ${(0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .shortVersion */ .Li)(facts.version)} until the rollback to ${(0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .shortVersion */ .Li)(facts.previousVersion)}.`);
    else if (facts.status === 'rollback_failed')
        parts.push(`${(0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRollback */ .sR)(facts) ?? 'There was nothing to roll back to'}: ${facts.environment} needs a person.`);
    else if (facts.trafficMoved)
        parts.push(`${(0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .shortVersion */ .Li)(facts.version)} may still be serving (no automatic rollback).`);
    else
        parts.push(`${facts.previousVersion ? (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .shortVersion */ .Li)(facts.previousVersion) : 'The old version'} kept serving.`);
    return parts.join(' ');
}
function preferred(facts) {
    const version = (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .shortVersion */ .Li)(facts.version);
    const previous = facts.previousVersion ? (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .shortVersion */ .Li)(facts.previousVersion) : 'the current version';
    const step = facts.failedStep ?? '';
    if (facts.status === 'rollback_failed') {
        if (!facts.previousVersion || facts.rollback?.triggered === false) {
            return `Send a first version of ${facts.environment} through a check before it takes traffic (blue-green's idle colour or a canary step), so a failing ${version} never serves with nothing to roll back to; when it does, page a person at once with the failing check.`;
        }
        return `Return ${facts.environment} to a healthy ${previous} within max-rollback-seconds, checked like a deploy; when ${previous} is unhealthy too (${facts.rollbackCheck ? (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .describeCheck */ .cn)(facts.rollbackCheck) : 'its checks fail'}), page a person at once with both failures instead of leaving ${facts.environment} down unannounced.`;
    }
    if (/changed since it was applied/.test(facts.reason)) {
        return `Refuse ${version} before any step: an applied migration was edited (${facts.stepReason}). Keep ${previous} serving and ship the schema change as a new migration.`;
    }
    if (/migration/.test(step)) {
        const failed = facts.migrations.find((m) => !m.success);
        return `Catch ${failed ? failed.filename : 'the failing migration'} before the deploy: apply the migrations to a copy of the schema in the validation run (${facts.stepReason}). Deploy ${version} only once every migration applies cleanly; until then ${previous} serves without a failed deploy.`;
    }
    if (/^health check/.test(step) && facts.check) {
        const saw = facts.check.detail ?? `HTTP ${facts.check.status_code}`;
        if (!facts.trafficMoved) {
            return `Stop ${version} before traffic moves, as happened, and deploy it again only once ${facts.check.endpoint} passes (it saw: ${saw}); ${previous} keeps serving meanwhile.`;
        }
        if (facts.strategy === 'rolling' || facts.strategy === undefined) {
            return `Check ${version} before it takes traffic (blue-green's idle colour or a canary step): ${facts.check.endpoint} answering "${saw}" then stops the deploy while ${previous} still serves everyone. Move traffic only once every check passes.`;
        }
        return `Find what differs under live traffic before moving it (${facts.check.endpoint} passed as a candidate but saw "${saw}" live): check the live path and its dependencies on the candidate too, so ${version} never serves while failing.`;
    }
    if (!facts.trafficMoved) {
        return `Start a deploy only from a version that builds and deploys (build and test ${version} in the validation run): the "${step || 'deploy'}" step failed (${facts.stepReason}); ${previous} keeps serving.`;
    }
    return `Deploy ${version} with every step succeeding and every check passing, or stop before traffic moves and keep ${previous} serving; roll back by itself when a check fails after traffic moved.`;
}
/**
 * The hardening loop: after a failed, rolled-back or rollback-failed deploy (after the rollback, so
 * it never delays recovery), one preference pair goes to the agent-evaluation service and to
 * `dpo-pairs-file`. Its own failure is a warning.
 */
class PreferencePairEmitter {
    settings;
    log;
    options;
    name = 'hardening loop';
    constructor(settings, log, options = {}) {
        this.settings = settings;
        this.log = log;
        this.options = options;
    }
    async finished(run) {
        const { emitDpo, agentbenchUrl, pairsFile, token, tokenEnv } = this.settings.hardening;
        if (!emitDpo || !_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .FAILED_STATUSES */ .Lg.has(run.status) || !run.outcome || (!agentbenchUrl && !pairsFile))
            return;
        const log = this.log;
        await log.group('Hardening: preference pair', async () => {
            const pair = (0,_notify_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactDeep */ .K)(buildPreferencePair(run, this.options.now?.() ?? new Date()), (text) => log.redact(text));
            const body = log.redact(JSON.stringify(pair));
            let delivered = false;
            if (pairsFile) {
                const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pairsFile) ? pairsFile : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.settings.runtime.workspace, pairsFile);
                try {
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(path, `${body}\n`);
                    delivered = true;
                    log.info(`Preference pair (${pair.priority}) appended to ${pairsFile}`);
                }
                catch (error) {
                    log.warn(`dpo-pairs-file: cannot append to ${pairsFile}: ${error.message}`);
                }
            }
            if (agentbenchUrl) {
                if (!token)
                    log.warn(`agentbench-url is set but ${tokenEnv} holds no token: sending the pair without one`);
                const endpoint = `${agentbenchUrl.replace(/\/+$/, '')}/api/dpo-pairs`;
                const result = await (0,_notify_deliver_js__WEBPACK_IMPORTED_MODULE_2__/* .postJson */ .B)(endpoint, body, {
                    policy: this.options.policy ?? DPO_DELIVERY,
                    headers: token ? { authorization: `Bearer ${token}` } : {},
                    onRetry: (attempt, why, delay) => log.info(`Agent-evaluation service, attempt ${attempt}: ${why}; retrying in ${(delay / 1000).toFixed(1)} s`)
                });
                if (result.ok) {
                    delivered = true;
                    const id = submissionId(result.body);
                    if (id !== undefined)
                        run.hardening.agentbench_submission_id = log.redact(id);
                    log.info(`Preference pair (${pair.priority}) sent to the agent-evaluation service${id !== undefined ? `: submission ${id}` : ' (its answer named no submission_id)'}${result.attempts > 1 ? ` after ${result.attempts} attempts` : ''}`);
                }
                else {
                    log.warn(`The preference pair was not sent to the agent-evaluation service: ${result.error}${result.permanent ? ' (not retried: the service refused it)' : ''}. The deploy itself is not affected`);
                }
            }
            if (delivered)
                run.hardening.dpo_pairs_generated += 1;
        });
    }
}
function submissionId(body) {
    try {
        const parsed = JSON.parse(body ?? '');
        const id = parsed?.submission_id;
        return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
    }
    catch {
        return undefined;
    }
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

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

//# sourceMappingURL=975.index.js.map