export const id = 887;
export const ids = [887];
export const modules = {

/***/ 6887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubDeploymentsObserver: () => (/* binding */ GitHubDeploymentsObserver)
/* harmony export */ });
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4098);
/* harmony import */ var _state_transitions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2649);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4212);



const FINAL = {
    success: 'success',
    failed: 'failure',
    rolled_back: 'failure',
    rollback_failed: 'error',
    planned: 'error',
    skipped: 'error'
};
/**
 * A GitHub Deployment for every run that changes the environment, so the repository's
 * Environments page lists every deploy and rollback: created `in_progress` just before the first
 * change, then `success`, `failure` (rolled back or not) or `error` (the rollback failed too).
 */
class GitHubDeploymentsObserver {
    settings;
    log;
    name = 'GitHub Deployment';
    deploymentId;
    constructor(settings, log) {
        this.settings = settings;
        this.log = log;
    }
    async started(run) {
        const plan = run.plan;
        if (!plan || plan.operation === 'none')
            return;
        const client = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryClient */ .c0)(this.settings, this.log);
        const { octokit, owner, repo } = client;
        const sha = /^[0-9a-f]{40}$/.test(plan.version) ? plan.version : this.settings.github.sha;
        if (!sha) {
            this.log.warn(`No GitHub Deployment: the version ${plan.version} is not a commit and GITHUB_SHA is not set`);
            return;
        }
        let created;
        try {
            created = await octokit.rest.repos.createDeployment({
                owner,
                repo,
                ref: sha,
                task: 'deploy',
                environment: this.settings.environment,
                auto_merge: false,
                required_contexts: [],
                description: clip(`${plan.operation} ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(plan.version)} by deploy-orchestrator`),
                production_environment: this.settings.environment === 'production',
                transient_environment: false,
                payload: {
                    deployment_id: run.deploymentId,
                    plan: {
                        operation: plan.operation,
                        decided_by: plan.decided_by,
                        reasons: plan.reasons.slice(0, 20),
                        version: plan.version,
                        previous_version: plan.previous_version,
                        strategy: plan.strategy,
                        platform: plan.platform,
                        steps: plan.steps,
                        config_commits: plan.config_commits,
                        requires_approval: plan.requires_approval,
                        approval_policy: plan.approval_policy,
                        state_sequence: plan.state_sequence
                    },
                    approval: run.approval ?? null,
                    validation_run_id: run.validation?.runId ?? null
                },
                // Not retried: a retry of a creation that landed would show the deploy twice.
                request: { retries: 0 }
            });
        }
        catch (error) {
            throw new Error(`could not create the Deployment (${(0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)})`);
        }
        if (created.status !== 201 || !('id' in created.data)) {
            throw new Error(`GitHub did not create the Deployment: ${created.data.message ?? `HTTP ${created.status}`}`);
        }
        this.deploymentId = created.data.id;
        await this.status('in_progress', `${plan.operation} of ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(plan.version)} started`, undefined);
        const page = `${this.settings.github.serverUrl.replace(/\/+$/, '')}/${client.repository}/deployments`;
        run.notes.push(`GitHub Deployment ${this.deploymentId} (${this.settings.environment}): ${page}`);
    }
    async finished(run) {
        if (this.deploymentId === undefined)
            return;
        const state = FINAL[run.status];
        const approval = run.approval && run.approval.how !== 'not-required'
            ? `; approved by ${run.approval.by}${run.approval.comment ? `: ${run.approval.comment}` : ''}`
            : '';
        const outcome = run.status === 'success'
            ? `${run.plan?.operation ?? 'deploy'} of ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(run.newVersion ?? '')} succeeded`
            : `${run.status.replace('_', ' ')}: ${run.message ?? 'see the run'}`;
        await this.status(state, `${outcome}${approval}`, run.url);
    }
    async status(state, description, platformUrl) {
        const { octokit, owner, repo } = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryClient */ .c0)(this.settings, this.log);
        const environmentUrl = this.settings.github.environmentUrl ?? (platformUrl && /^https?:\/\//.test(platformUrl) ? platformUrl : undefined);
        const logUrl = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .runUrl */ .Vp)(this.settings);
        try {
            await octokit.rest.repos.createDeploymentStatus({
                owner,
                repo,
                deployment_id: this.deploymentId,
                state,
                description: clip(description),
                ...(logUrl ? { log_url: logUrl } : {}),
                ...(environmentUrl ? { environment_url: environmentUrl } : {})
            });
        }
        catch (error) {
            throw new Error(`could not set the Deployment ${this.deploymentId} to ${state} (${(0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)})`);
        }
    }
}
/** Deployment and status descriptions: 140 characters at most. */
function clip(text) {
    return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
}


/***/ })

};

//# sourceMappingURL=887.index.js.map