export const id = 418;
export const ids = [418];
export const modules = {

/***/ 5418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubValidationGate: () => (/* binding */ GitHubValidationGate)
/* harmony export */ });
/* harmony import */ var _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7330);
/* harmony import */ var _state_transitions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2649);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4212);



/**
 * A deploy proceeds only after a validation workflow run passed on the very commit being deployed:
 * `validation-run-id` names the run, `validation-workflow` takes the newest run of that workflow
 * file for the commit. With `require-validation` (the default when either is given) a missing or
 * failed validation stops the run; without, it is a warning.
 */
class GitHubValidationGate {
    settings;
    log;
    constructor(settings, log) {
        this.settings = settings;
        this.log = log;
    }
    async check(plan) {
        try {
            return await this.validate(plan);
        }
        catch (error) {
            if (!(error instanceof _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u) || this.settings.github.requireValidation)
                throw error;
            this.log.warn(`${error.message} (\`require-validation\` is false: deploying anyway)`);
            return null;
        }
    }
    async validate(plan) {
        const { validationRunId, validationWorkflow, repository, token } = this.settings.github;
        const version = plan.version;
        if (!validationRunId && !validationWorkflow) {
            throw new _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u('`require-validation` is true, but neither `validation-run-id` nor `validation-workflow` names the validation to check; nothing ran');
        }
        if (!repository || !token)
            throw new _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u('the validation run cannot be checked without `github-token` and GITHUB_REPOSITORY; nothing ran');
        if (!/^[0-9a-f]{40}$/.test(version))
            throw new _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`the version ${version} is not a commit SHA, so no validation run can vouch for it; nothing ran`);
        const { octokit, owner, repo } = (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryClient */ .c0)(this.settings, this.log);
        let run;
        if (validationRunId) {
            try {
                run = (await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: Number(validationRunId) })).data;
            }
            catch (error) {
                throw new _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`the validation run ${validationRunId} (input \`validation-run-id\`) ${(0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c2)(error) === 404 ? 'does not exist in this repository' : `could not be read (${(0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)})`}; nothing ran`);
            }
        }
        else {
            const workflow = validationWorkflow.split('/').pop();
            let runs;
            try {
                runs = (await octokit.rest.actions.listWorkflowRuns({
                    owner,
                    repo,
                    workflow_id: workflow,
                    head_sha: version,
                    per_page: 20
                })).data.workflow_runs;
            }
            catch (error) {
                throw new _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`the validation workflow ${workflow} (input \`validation-workflow\`) ${(0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .statusOf */ .c2)(error) === 404 ? `does not exist in ${repository} (give the file name, e.g. ci.yml)` : `could not be read (${(0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)})`}; nothing ran`);
            }
            const newest = runs.filter((r) => r.head_sha === version).sort((a, b) => b.id - a.id)[0];
            if (!newest)
                throw new _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`the validation workflow ${workflow} has no run for ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(version)}: run it on this commit first; nothing ran`);
            run = newest;
        }
        const label = `validation run ${run.id}${run.name ? ` (${run.name})` : ''}`;
        if (run.head_sha !== version) {
            throw new _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`the ${label} validated ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(run.head_sha)}, not the commit being deployed (${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(version)}); nothing ran. ${run.html_url}`);
        }
        if (run.status !== 'completed')
            throw new _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`the ${label} has not finished (status ${run.status}); wait for it, then run again; nothing ran. ${run.html_url}`);
        if (run.conclusion !== 'success')
            throw new _gate_approval_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .u(`the ${label} concluded ${run.conclusion ?? 'without a conclusion'}, not success, on ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_1__/* .short */ .h0)(version)}; nothing ran. ${run.html_url}`);
        return { runId: String(run.id), url: run.html_url };
    }
}


/***/ })

};

//# sourceMappingURL=418.index.js.map