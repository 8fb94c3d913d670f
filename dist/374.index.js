export const id = 374;
export const ids = [374];
export const modules = {

/***/ 1374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseConfigFile: () => (/* binding */ parseConfigFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7428);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6990);



// Reading the file and looking values up live in config-values.ts, which loads this module (and
// `yaml`) only when there is a file to parse.
const BY_NAME = new Map(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc.map((input) => [input.name, input]));
/** Keys that would make no sense in a file: the file's own location and a one-off plan. */
const NOT_IN_FILE = new Set(['config-file', 'plan', 'environment']);
function parseConfigFile(text, path) {
    let document;
    try {
        document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { prettyErrors: true, uniqueKeys: true });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .G([`\`config-file\`: ${path} is not valid YAML: ${error.message.split('\n')[0]}`]);
    }
    if (document === null || document === undefined)
        return { path, values: {}, environments: {} };
    if (!isRecord(document))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .G([`\`config-file\`: ${path} must be a mapping of input names to values`]);
    const problems = [];
    const values = flatten(document, path, '', problems, true);
    const environments = {};
    const envSection = document.environments;
    if (envSection !== undefined) {
        if (!isRecord(envSection))
            problems.push(`\`config-file\`: ${path}: "environments" must map environment names to settings`);
        else {
            for (const [name, section] of Object.entries(envSection)) {
                if (!isRecord(section))
                    problems.push(`\`config-file\`: ${path}: environments.${name} must be a mapping`);
                else
                    environments[name] = flatten(section, path, `environments.${name}.`, problems, false);
            }
        }
    }
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .G(problems);
    return { path, values, environments };
}
function flatten(section, path, prefix, problems, topLevel) {
    const result = {};
    for (const [key, value] of Object.entries(section)) {
        if (topLevel && (key === 'environments' || key === '$schema'))
            continue;
        const input = BY_NAME.get(key);
        const where = `\`config-file\`: ${path}: ${prefix}${key}`;
        if (!input) {
            problems.push(`${where} is not a known setting (see the README's input table)`);
            continue;
        }
        if (input.secret) {
            problems.push(`${where} is a secret and may not live in a file; pass it as an input from \${{ secrets.* }}`);
            continue;
        }
        if (NOT_IN_FILE.has(key)) {
            problems.push(`${where} cannot be set in the config file; set it as an input`);
            continue;
        }
        const text = toText(value, input);
        if (text === undefined)
            problems.push(`${where} must be ${expected(input)}`);
        else
            result[key] = text;
    }
    return result;
}
function toText(value, input) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' && (input.kind === 'integer' || input.kind === 'string'))
        return String(value);
    if (typeof value === 'boolean' && input.kind === 'boolean')
        return String(value);
    const listable = input.kind === 'multiline' || input.kind === 'string';
    if (listable && Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
        // Lists read naturally in YAML: multiline inputs take one item a line, others a comma list.
        return value.join(input.kind === 'multiline' ? '\n' : ',');
    }
    if (input.name === 'config-repos' && isRecord(value) && Object.values(value).every((v) => typeof v === 'string')) {
        return Object.entries(value)
            .map(([name, url]) => `${name}=${url}`)
            .join('\n');
    }
    return undefined;
}
function expected(input) {
    switch (input.kind) {
        case 'boolean':
            return 'true or false';
        case 'integer':
            return 'a whole number';
        case 'multiline':
            return 'a string or a list of strings';
        default:
            return input.values ? `one of ${input.values.join(', ')}` : 'a string';
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 7428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   Gq: () => (/* binding */ OPERATION_OVERRIDES),
/* harmony export */   O$: () => (/* binding */ inputDefinition),
/* harmony export */   P4: () => (/* binding */ PLATFORMS),
/* harmony export */   YL: () => (/* binding */ STRATEGIES),
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   qu: () => (/* binding */ METRICS_EMPTY),
/* harmony export */   rv: () => (/* binding */ STATE_STORES)
/* harmony export */ });
/* unused harmony export OUTPUTS */
const MODES = ['plan', 'deploy', 'rollback', 'status'];
const OPERATION_OVERRIDES = ['auto', 'redeploy', 'rebuild', 'restart'];
const STRATEGIES = ['rolling', 'blue-green', 'canary'];
const PLATFORMS = ['command', 'digitalocean'];
const STATE_STORES = ['file', 'release'];
const METRICS_EMPTY = ['fail', 'pass'];
const INPUTS = [
    // core
    {
        name: 'mode',
        kind: 'enum',
        values: MODES,
        default: 'deploy',
        group: 'core',
        description: '`plan` decides and changes nothing; `deploy` analyzes, plans (or takes `plan`), gates, executes, verifies, rolls back on failure and records; `rollback` returns to the previous good version (or `rollback-to`); `status` reports state and health and changes nothing.'
    },
    {
        name: 'operation',
        kind: 'enum',
        values: OPERATION_OVERRIDES,
        default: 'auto',
        group: 'core',
        description: 'Manual override of the decision. Approval follows what runs: a forced `rebuild` or `restart` needs approval, a forced `redeploy` does not.'
    },
    {
        name: 'strategy',
        kind: 'enum',
        values: STRATEGIES,
        default: 'rolling',
        group: 'core',
        description: '`rolling`, `blue-green` (`blue_green` accepted) or `canary` (platforms that can route traffic only).'
    },
    {
        name: 'platform',
        kind: 'enum',
        values: PLATFORMS,
        default: 'command',
        group: 'core',
        description: 'Where the deploy runs: `command` (your shell commands) or `digitalocean` (App Platform).'
    },
    {
        name: 'environment',
        kind: 'string',
        default: 'production',
        group: 'core',
        description: 'The environment; every piece of state, every lock and every report is per environment.'
    },
    {
        name: 'config-file',
        kind: 'string',
        default: '.github/deploy-orchestrator.yml',
        group: 'core',
        description: 'YAML file that can set every input except secrets, plus per-environment overrides. Optional; an explicit input wins.'
    },
    {
        name: 'plan',
        kind: 'string',
        group: 'core',
        description: 'Plan JSON from an earlier `mode: plan` run. `deploy` then executes exactly that plan and refuses if the state has moved since.'
    },
    {
        name: 'version',
        kind: 'string',
        group: 'core',
        description: 'The version being deployed. Default: `GITHUB_SHA`, else `git rev-parse HEAD`.'
    },
    {
        name: 'image',
        kind: 'string',
        group: 'core',
        description: 'Container image reference, recorded in state and passed to commands as `DEPLOY_IMAGE`.'
    },
    {
        name: 'image-digest',
        kind: 'string',
        group: 'core',
        description: 'Image digest (`sha256:…`) the deploy must end up running; checked by the verify step.'
    },
    // analysis
    {
        name: 'path-rules',
        kind: 'multiline',
        group: 'analysis',
        description: 'Extra rules, one per line, `GLOB => IMPACT` (IMPACT: `rebuild`, `redeploy`, `restart`, `ignore`). First match wins; yours come before the defaults.'
    },
    {
        name: 'config-repos',
        kind: 'multiline',
        group: 'analysis',
        description: 'Configuration repositories baked into the image, one per line: `NAME=URL[@REF]` (any git URL or path) or `NAME=owner/repo[@REF]` (GitHub API).'
    },
    {
        name: 'config-repos-token',
        kind: 'secret',
        secret: true,
        group: 'analysis',
        description: 'Token for private `owner/repo` config repos (the workflow token reaches only its own repository).'
    },
    // state
    {
        name: 'state-store',
        kind: 'enum',
        values: STATE_STORES,
        group: 'state',
        default: '`release` in GitHub Actions, else `file`',
        description: '`file` keeps state in `state-file`; `release` keeps it as versioned assets of a draft GitHub release.'
    },
    {
        name: 'state-file',
        kind: 'string',
        default: '.deploy-state/<environment>.json',
        group: 'state',
        description: 'State file for the `file` store.'
    },
    {
        name: 'state-release-tag',
        kind: 'string',
        default: 'deploy-orchestrator-state',
        group: 'state',
        description: 'Tag name of the draft release that holds the state for the `release` store.'
    },
    {
        name: 'keep-versions',
        kind: 'integer',
        default: '3',
        group: 'state',
        description: 'How many good versions the state remembers as rollback targets.'
    },
    // health
    {
        name: 'health-urls',
        kind: 'multiline',
        group: 'health',
        description: 'URLs checked after a deploy, one per line, all in parallel. May contain `{color}` for blue-green.'
    },
    {
        name: 'health-path',
        kind: 'string',
        group: 'health',
        description: "Path checked on the platform's own URL when `health-urls` is empty (DigitalOcean: the app's `live_url`)."
    },
    {
        name: 'health-expected-status',
        kind: 'string',
        default: '200',
        group: 'health',
        description: 'Expected HTTP status, or a comma list (`200,204`).'
    },
    {
        name: 'health-body-match',
        kind: 'string',
        group: 'health',
        description: 'Regular expression the response body must match.'
    },
    {
        name: 'health-timeout-seconds',
        kind: 'integer',
        default: '30',
        group: 'health',
        description: 'Timeout of one check attempt.'
    },
    {
        name: 'health-retries',
        kind: 'integer',
        default: '5',
        group: 'health',
        description: 'Attempts per URL before the check fails.'
    },
    {
        name: 'health-interval-seconds',
        kind: 'integer',
        default: '10',
        group: 'health',
        description: 'Pause between attempts.'
    },
    {
        name: 'bake-seconds',
        kind: 'integer',
        default: '0',
        group: 'health',
        description: 'After the live checks pass, keep checking (HTTP, database, metrics) every `health-interval-seconds` for this long; a check that fails `health-retries` times in a row fails the deploy, which rolls back.'
    },
    // metrics
    {
        name: 'metrics-url',
        kind: 'string',
        group: 'metrics',
        description: 'Prometheus-compatible HTTP API (e.g. `http://prometheus:9090`) that `metrics-checks` query once the new version takes traffic.'
    },
    {
        name: 'metrics-token-env',
        kind: 'string',
        default: 'METRICS_TOKEN',
        group: 'metrics',
        description: 'Name of the environment variable holding a Bearer token for `metrics-url` (optional).'
    },
    {
        name: 'metrics-checks',
        kind: 'multiline',
        group: 'metrics',
        description: 'One check a line, `NAME: QUERY OP NUMBER` (OP: `<`, `<=`, `>`, `>=`, `==`, `!=`): the instant query must return one sample that satisfies it. `{version}`, `{previous_version}`, `{color}` and `{environment}` are filled in, escaped for a double-quoted PromQL string.'
    },
    {
        name: 'metrics-empty',
        kind: 'enum',
        values: METRICS_EMPTY,
        default: 'fail',
        group: 'metrics',
        description: 'A query that returns no sample: `fail` (after `health-retries` attempts, as a new version has no samples until it is scraped) or `pass` (at once).'
    },
    // rollback
    {
        name: 'auto-rollback',
        kind: 'boolean',
        default: 'true',
        group: 'rollback',
        description: 'Return to the last good version by itself when the new one fails after traffic moved.'
    },
    {
        name: 'max-rollback-seconds',
        kind: 'integer',
        default: '60',
        group: 'rollback',
        description: 'Deadline of a whole rollback including its verification.'
    },
    {
        name: 'rollback-to',
        kind: 'string',
        group: 'rollback',
        description: 'Version to return to with `mode: rollback` (default: the previous good version). Never a version known bad.'
    },
    {
        name: 'canary-steps',
        kind: 'string',
        default: '10,50,100',
        group: 'rollback',
        description: 'Traffic percentages of a canary, checked after each step.'
    },
    // command platform
    {
        name: 'deploy-command',
        kind: 'multiline',
        group: 'command',
        description: 'Shell command that deploys `DEPLOY_VERSION` (to `DEPLOY_COLOR` with blue-green).'
    },
    {
        name: 'build-command',
        kind: 'multiline',
        group: 'command',
        description: 'Shell command that builds the image (rebuilds). May print `image=…` and `image-digest=…` lines.'
    },
    {
        name: 'restart-command',
        kind: 'multiline',
        group: 'command',
        description: 'Shell command that restarts the service (restart and rebuild plans).'
    },
    {
        name: 'start-command',
        kind: 'multiline',
        group: 'command',
        description: 'Shell command that starts a service that is down (default: `deploy-command`).'
    },
    {
        name: 'status-command',
        kind: 'multiline',
        group: 'command',
        description: 'Shell command that exits non-zero when the service is down.'
    },
    {
        name: 'rollback-command',
        kind: 'multiline',
        group: 'command',
        description: 'Shell command that returns to `DEPLOY_VERSION` (default: `deploy-command` with the previous version).'
    },
    {
        name: 'switch-command',
        kind: 'multiline',
        group: 'command',
        description: 'Shell command that moves traffic to `DEPLOY_COLOR` (blue-green) or gives `DEPLOY_WEIGHT` percent to the new version (canary).'
    },
    {
        name: 'verify-command',
        kind: 'multiline',
        group: 'command',
        description: 'Shell command that prints the version or image digest actually running; a mismatch fails the deploy.'
    },
    {
        name: 'command-timeout-seconds',
        kind: 'integer',
        default: '900',
        group: 'command',
        description: 'Deadline of one command; a command past it is stopped (its whole process group).'
    },
    // github
    {
        name: 'github-token',
        kind: 'secret',
        secret: true,
        actionDefault: '${{ github.token }}',
        group: 'github',
        description: 'Token for state (`contents: write`), approvals and environments (`actions: read`), Deployments (`deployments: write`) and required checks (`checks: read`, `statuses: read`).'
    },
    {
        name: 'approval-environment',
        kind: 'string',
        group: 'github',
        description: 'GitHub environment whose required reviewers approve plans that need approval.'
    },
    {
        name: 'approval-required-for',
        kind: 'string',
        default: 'rebuild,restart',
        group: 'github',
        description: 'Policy: the operations that need approval (comma list of `rebuild`, `restart`, `redeploy`, `start`, `rollback`). Shown in every summary.'
    },
    {
        name: 'validation-run-id',
        kind: 'string',
        group: 'github',
        description: 'Workflow run that must have concluded `success` on the commit being deployed.'
    },
    {
        name: 'validation-workflow',
        kind: 'string',
        group: 'github',
        description: 'Workflow file whose newest run for the commit must have concluded `success`.'
    },
    {
        name: 'require-validation',
        kind: 'boolean',
        default: '`true` when a validation input is given',
        group: 'github',
        description: 'A missing or failed validation is a hard stop.'
    },
    {
        name: 'required-checks',
        kind: 'multiline',
        group: 'github',
        description: 'Check runs or commit statuses (names, comma- or newline-separated) that must have concluded `success` on the commit being deployed; the latest run of each counts. Missing, failed or pending stops the run before any change. Needs `checks: read` and `statuses: read`.'
    },
    {
        name: 'required-checks-wait-seconds',
        kind: 'integer',
        default: '0',
        group: 'github',
        description: 'How long to wait for required checks that are pending or not reported yet (polled with backoff).'
    },
    {
        name: 'required-checks-for',
        kind: 'string',
        default: 'deploy',
        group: 'github',
        description: 'What the required checks gate (comma list of `deploy`, `rollback`): rollbacks only when listed.'
    },
    {
        name: 'github-deployments',
        kind: 'boolean',
        default: '`true` in GitHub Actions',
        group: 'github',
        description: 'Create a GitHub Deployment with statuses for every run that changes something.'
    },
    {
        name: 'environment-url',
        kind: 'string',
        group: 'github',
        description: "URL shown on the Deployment (default: the platform's URL)."
    },
    // digitalocean
    {
        name: 'digitalocean-token',
        kind: 'secret',
        secret: true,
        group: 'digitalocean',
        description: 'DigitalOcean API token (default: the environment variable `DIGITALOCEAN_ACCESS_TOKEN`).'
    },
    {
        name: 'digitalocean-app-id',
        kind: 'string',
        group: 'digitalocean',
        description: 'The App Platform app (the blue app in blue-green).'
    },
    {
        name: 'digitalocean-green-app-id',
        kind: 'string',
        group: 'digitalocean',
        description: 'The green app for blue-green.'
    },
    {
        name: 'digitalocean-components',
        kind: 'string',
        group: 'digitalocean',
        description: 'Comma list of components whose image is updated (default: every image component).'
    },
    {
        name: 'digitalocean-api-url',
        kind: 'string',
        default: 'https://api.digitalocean.com',
        group: 'digitalocean',
        description: 'API base URL.'
    },
    {
        name: 'digitalocean-dns-domain',
        kind: 'string',
        group: 'digitalocean',
        description: 'Blue-green: the DigitalOcean domain holding the public record.'
    },
    {
        name: 'digitalocean-dns-record',
        kind: 'string',
        group: 'digitalocean',
        description: 'Blue-green: the record name that points at the live colour.'
    },
    {
        name: 'deploy-timeout-seconds',
        kind: 'integer',
        default: '900',
        group: 'digitalocean',
        description: 'Deadline for a platform deployment to become active; past it the deployment is cancelled.'
    },
    // database
    {
        name: 'migrations',
        kind: 'string',
        group: 'database',
        description: 'Glob of `.sql` migration files applied in name order before traffic moves.'
    },
    {
        name: 'database-url-env',
        kind: 'string',
        default: 'DATABASE_URL',
        group: 'database',
        description: 'Name of the environment variable holding the PostgreSQL connection string.'
    },
    // hardening + notifications
    {
        name: 'agentbench-url',
        kind: 'string',
        group: 'hardening',
        description: 'Agent-evaluation service that receives a preference pair for every failure.'
    },
    {
        name: 'agentbench-token-env',
        kind: 'string',
        default: 'AGENTBENCH_TOKEN',
        group: 'hardening',
        description: 'Name of the environment variable holding its Bearer token.'
    },
    {
        name: 'emit-dpo-on-failure',
        kind: 'boolean',
        default: 'true',
        group: 'hardening',
        description: 'Send the preference pair on failed, rolled-back and rollback-failed deploys.'
    },
    {
        name: 'dpo-pairs-file',
        kind: 'string',
        group: 'hardening',
        description: 'JSON Lines file that receives every pair too.'
    },
    {
        name: 'notify-webhook-url',
        kind: 'secret',
        secret: true,
        group: 'hardening',
        description: 'Slack-format incoming webhook for failed, rolled-back and rollback-failed runs.'
    },
    {
        name: 'notify-on-success',
        kind: 'boolean',
        default: 'false',
        group: 'hardening',
        description: 'Notify successful runs too.'
    },
    {
        name: 'page-webhook-url',
        kind: 'secret',
        secret: true,
        group: 'hardening',
        description: 'Webhook paged when even the rollback fails and a person must act.'
    }
];
const OUTPUTS = [
    { name: 'operation', description: '`none`, `start`, `redeploy`, `rebuild`, `restart` or `rollback`.' },
    { name: 'requires-approval', description: '`true` when the plan needs an approval before it runs.' },
    { name: 'plan', description: 'The plan as JSON (feed it to a later `mode: deploy` as `plan`).' },
    {
        name: 'status',
        description: '`planned`, `skipped`, `success`, `failed`, `rolled_back` or `rollback_failed`. The step fails on the last three.'
    },
    { name: 'deployment-id', description: 'A UUID per run.' },
    { name: 'previous-version', description: 'The version that was current before this run.' },
    { name: 'new-version', description: 'The version this run deployed (or planned).' },
    { name: 'rolled-back', description: '`true` when an automatic or requested rollback ran.' },
    { name: 'duration-seconds', description: 'Wall time of the run.' },
    { name: 'config-commits', description: 'JSON object: config repo name to the commit being deployed.' },
    { name: 'result', description: 'The full result as JSON (also written as `result.json` beside the job summary).' }
];
function inputDefinition(name) {
    const found = INPUTS.find((input) => input.name === name);
    if (!found)
        throw new Error(`internal: unknown input ${name}`);
    return found;
}


/***/ })

};

//# sourceMappingURL=374.index.js.map