export const id = 100;
export const ids = [100,94];
export const modules = {

/***/ 94:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   configFileValue: () => (/* binding */ configFileValue),
/* harmony export */   loadConfigFile: () => (/* binding */ loadConfigFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6990);



/**
 * Reads the config file. A missing file at the default path is fine; a missing file the user named,
 * bad YAML, an unknown key or a secret in the file stops the run with the key and the fix.
 */
async function loadConfigFile(path, options) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.cwd, path);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(full, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT' && !options.explicit)
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .G([
            `\`config-file\`: cannot read ${path} (${error.code ?? error.message}); fix the path or remove the input`
        ]);
    }
    const { parseConfigFile } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(374)]).then(__webpack_require__.bind(__webpack_require__, 1374));
    return parseConfigFile(text, path);
}
function configFileValue(file, name, environment) {
    const fromEnvironment = environment ? file.environments[environment]?.[name] : undefined;
    const value = fromEnvironment ?? file.values[name];
    return value === undefined || value.trim() === '' ? undefined : value;
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


/***/ }),

/***/ 310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ createClassifier),
/* harmony export */   hu: () => (/* binding */ parsePathRule),
/* harmony export */   oR: () => (/* binding */ defaultPathRules)
/* harmony export */ });
/* unused harmony exports IMPACTS, DEFAULT_PATH_RULES */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);

/** What a changed file asks for; the order is strength (the strongest wins). */
const IMPACTS = ['ignore', 'redeploy', 'restart', 'rebuild'];
const DEFAULT_PATH_RULES = [
    '.claude/** => rebuild',
    'Dockerfile => rebuild',
    '**/Dockerfile => rebuild',
    'Containerfile => rebuild',
    'requirements*.txt => rebuild',
    'pyproject.toml => rebuild',
    'poetry.lock => rebuild',
    'package.json => rebuild',
    'package-lock.json => rebuild',
    '.env => restart',
    '.env.* => restart',
    '**/*.md => ignore',
    'docs/** => ignore',
    'LICENSE => ignore',
    // The file store's own folder: committing the state must not trigger a deploy.
    '.deploy-state/** => ignore'
];
/** Parses `GLOB => IMPACT`; returns the reason a line is malformed, so the caller can name the input. */
function parsePathRule(line, origin) {
    const match = /^(.+?)\s*=>\s*([A-Za-z]+)\s*$/.exec(line.trim());
    if (!match)
        return `"${line.trim()}" is not of the form GLOB => IMPACT`;
    const glob = match[1].trim();
    const impact = match[2].toLowerCase();
    if (!IMPACTS.includes(impact)) {
        return `"${line.trim()}" has impact "${match[2]}"; use one of ${IMPACTS.join(', ')}`;
    }
    try {
        picomatch__WEBPACK_IMPORTED_MODULE_0___default().makeRe(glob, { dot: true, strictBrackets: true });
    }
    catch (error) {
        return `"${line.trim()}" has a glob that does not compile (${error.message})`;
    }
    return { glob, impact: impact, origin };
}
function defaultPathRules() {
    return DEFAULT_PATH_RULES.map((line) => parsePathRule(line, 'default'));
}
/**
 * The lookaheads picomatch puts before path segments to refuse `.` and `..` segments (with `dot:
 * true` as well). Both can only fail where a `.` is followed by `/` or ends the path.
 */
const DOT_SEGMENT_GUARDS = [String.raw `(?!(?:^|\/)\.{1,2}(?:\/|$))`, String.raw `(?!\.{1,2}(?:\/|$))`];
/** A path where the guards above can fail somewhere: it is tested with the complete expressions. */
const MAY_HAVE_DOT_SEGMENT = /\.(?:\/|$)/;
/**
 * `^(?:(?:r0)()|(?:r1)()|...)`: JavaScript tries alternatives left to right and each `ri` is anchored at
 * both ends, so the alternative that matches is the first rule whose expression matches the path,
 * and its empty group `()` says which. Undefined when the expressions cannot be joined safely
 * (flags, backreferences or named groups, whose numbers or names would clash).
 */
function alternation(sources, flags) {
    if (flags.some((f) => f !== '') || sources.some((s) => /\\[1-9k]|\(\?<[^=!]/.test(s)))
        return undefined;
    const markers = [];
    let groups = 0;
    const parts = sources.map((source) => {
        // The capturing groups of `source`: an empty alternative makes it match '' with all of them.
        groups += new RegExp(`${source}|`).exec('').length;
        markers.push(groups);
        return `(?:${source})()`;
    });
    try {
        return { regex: new RegExp(`^(?:${parts.join('|')})`), markers };
    }
    catch {
        return undefined;
    }
}
/**
 * Classifies paths by the first matching rule (everything else: redeploy), exactly as picomatch's
 * matcher (`picomatch(glob, { dot: true })`) would: a path equal to the glob matches; so does one its
 * expression matches; '' matches nothing. Rules are compiled once into one expression, so a path is
 * one regular-expression match, not one per rule (each call costs about as much as a match). Paths
 * with no `.` before a `/` or at the end (nearly all) use a copy without the dot-segment lookaheads,
 * which cannot fail on them and which picomatch repeats at every character of a `**`.
 */
function createClassifier(rules) {
    const compiled = rules.map((rule) => {
        // Globs match whole repository paths: `Dockerfile` is the root one, `**/Dockerfile` any other.
        const regex = picomatch__WEBPACK_IMPORTED_MODULE_0___default().makeRe(rule.glob, { dot: true });
        // Only globs without parentheses or escapes: there, these texts can only be picomatch's own.
        const plain = /[(\\]/.test(rule.glob)
            ? regex.source
            : DOT_SEGMENT_GUARDS.reduce((source, guard) => source.split(guard).join(''), regex.source);
        return { rule, label: `${rule.glob} => ${rule.impact}`, regex, plain: new RegExp(plain, regex.flags) };
    });
    const flags = compiled.map((entry) => entry.regex.flags);
    const complete = alternation(compiled.map((entry) => entry.regex.source), flags);
    const plain = alternation(compiled.map((entry) => entry.plain.source), flags);
    // A path equal to a glob matches it whatever the expression says (picomatch's matcher does so).
    const equalTo = new Map();
    compiled.forEach((entry, index) => {
        if (!equalTo.has(entry.rule.glob))
            equalTo.set(entry.rule.glob, index);
    });
    const firstMatch = (path) => {
        const dotted = MAY_HAVE_DOT_SEGMENT.test(path);
        const joined = dotted ? complete : plain;
        const equal = equalTo.get(path) ?? compiled.length;
        if (!joined) {
            for (let i = 0; i < equal; i++)
                if ((dotted ? compiled[i].regex : compiled[i].plain).test(path))
                    return i;
            return equal;
        }
        const match = joined.regex.exec(path);
        if (match) {
            for (let i = 0; i < equal; i++)
                if (match[joined.markers[i]] !== undefined)
                    return i;
        }
        return equal;
    };
    return (path) => {
        const index = path === '' ? compiled.length : firstMatch(path);
        const entry = compiled[index];
        return entry ? { path, impact: entry.rule.impact, rule: entry.label } : { path, impact: 'redeploy' };
    };
}


/***/ }),

/***/ 7100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OPERATIONS: () => (/* binding */ OPERATIONS),
/* harmony export */   SECRET_INPUTS: () => (/* binding */ SECRET_INPUTS),
/* harmony export */   SettingsError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_2__.G),
/* harmony export */   parseConfigRepo: () => (/* binding */ parseConfigRepo),
/* harmony export */   parseSettings: () => (/* binding */ parseSettings),
/* harmony export */   redactUrl: () => (/* binding */ redactUrl)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9567);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2857);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7428);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(310);
/* harmony import */ var _config_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6990);
/* harmony import */ var _verify_metric_checks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3711);





// The pure line parser only: the Prometheus client loads with `metrics-url` (services.ts).


/** What a plan runs. */
const OPERATIONS = ['none', 'start', 'redeploy', 'rebuild', 'restart', 'rollback'];
/**
 * The only reader of inputs and environment. Collects every problem before failing, so a user
 * fixes their workflow once, not once per input.
 */
function parseSettings(context) {
    const problems = [];
    const { env } = context;
    const environmentName = rawValue(context, 'environment') ?? 'production';
    const raw = (name) => rawValue(context, name, environmentName);
    const problem = (name, message) => {
        problems.push(`\`${name}\`: ${message}`);
    };
    const choice = (name, values, fallback) => {
        let value = raw(name);
        if (value === undefined)
            return fallback;
        if (name === 'strategy' && value === 'blue_green')
            value = 'blue-green';
        if (!values.includes(value)) {
            problem(name, `"${value}" is not one of ${values.join(', ')}`);
            return fallback;
        }
        return value;
    };
    const integer = (name, min, max) => {
        const fallback = Number((0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputDefinition */ .O$)(name).default);
        const value = raw(name);
        if (value === undefined)
            return fallback;
        const parsed = zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .ai().int().min(min).max(max).safeParse(value.trim());
        if (!parsed.success || value.trim() === '') {
            problem(name, `must be a whole number from ${min} to ${max}, got "${value}"`);
            return fallback;
        }
        return parsed.data;
    };
    const boolean = (name, fallback) => {
        const value = raw(name);
        if (value === undefined)
            return fallback;
        const normalized = value.trim().toLowerCase();
        if (['true', 'yes', '1', 'on'].includes(normalized))
            return true;
        if (['false', 'no', '0', 'off'].includes(normalized))
            return false;
        problem(name, `must be true or false, got "${value}"`);
        return fallback;
    };
    const lines = (name) => (raw(name) ?? '')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
    const url = (name, value) => {
        if (value === undefined)
            return undefined;
        const parsed = zod__WEBPACK_IMPORTED_MODULE_4__/* .url */ .OZ5({ protocol: /^https?$/ }).safeParse(value);
        if (!parsed.success) {
            problem(name, `"${redactUrl(value)}" is not an http(s) URL`);
            return undefined;
        }
        return value;
    };
    const commaList = (name) => (raw(name) ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
    const inActions = env.GITHUB_ACTIONS === 'true';
    const mode = choice('mode', _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN, 'deploy');
    const operation = choice('operation', _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .OPERATION_OVERRIDES */ .Gq, 'auto');
    const strategy = choice('strategy', _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .STRATEGIES */ .YL, 'rolling');
    const platform = choice('platform', _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .PLATFORMS */ .P4, 'command');
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(environmentName)) {
        problem('environment', `"${environmentName}" must be 1-64 letters, digits, ".", "_" or "-"`);
    }
    // Path rules: the user's first, then the defaults; first match wins.
    const pathRules = [];
    for (const line of lines('path-rules')) {
        const rule = (0,_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePathRule */ .hu)(line, 'user');
        if (typeof rule === 'string')
            problem('path-rules', `${rule} (one rule per line, e.g. "infra/** => rebuild")`);
        else
            pathRules.push(rule);
    }
    pathRules.push(...(0,_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultPathRules */ .oR)());
    const configRepos = [];
    for (const line of lines('config-repos')) {
        const repo = parseConfigRepo(line);
        if (typeof repo === 'string')
            problem('config-repos', repo);
        else if (configRepos.some((other) => other.envName === repo.envName)) {
            problem('config-repos', `two repositories are named "${repo.name}"; names must be unique`);
        }
        else
            configRepos.push(repo);
    }
    const expectedStatus = [];
    for (const item of (raw('health-expected-status') ?? '200').split(',')) {
        const code = Number(item.trim());
        if (!Number.isInteger(code) || code < 100 || code > 599) {
            problem('health-expected-status', `"${item.trim()}" is not an HTTP status code (100-599)`);
        }
        else
            expectedStatus.push(code);
    }
    let bodyMatch;
    const bodyPattern = raw('health-body-match');
    if (bodyPattern !== undefined) {
        try {
            bodyMatch = new RegExp(bodyPattern);
        }
        catch (error) {
            problem('health-body-match', `is not a valid regular expression: ${error.message}`);
        }
    }
    const healthUrls = [];
    for (const line of lines('health-urls')) {
        // `{color}` is filled in at check time; validate the URL with a colour in place.
        if (url('health-urls', line.replaceAll('{color}', 'blue')) !== undefined)
            healthUrls.push(line);
    }
    const healthPath = raw('health-path');
    if (healthPath !== undefined && !healthPath.startsWith('/')) {
        problem('health-path', `"${healthPath}" must start with "/"`);
    }
    const metricsTokenEnv = raw('metrics-token-env') ?? 'METRICS_TOKEN';
    const metricsToken = nonEmpty(env[metricsTokenEnv]);
    if (raw('metrics-token-env') !== undefined && metricsToken === undefined) {
        problem('metrics-token-env', `the environment variable ${metricsTokenEnv} holds no token; pass it from a secret through env:, or leave metrics-token-env out`);
    }
    const metricChecks = (0,_verify_metric_checks_js__WEBPACK_IMPORTED_MODULE_6__/* .parseMetricChecks */ .fP)(lines('metrics-checks'));
    for (const message of metricChecks.problems)
        problem('metrics-checks', message);
    const metricsUrl = raw('metrics-url');
    if (metricsUrl !== undefined && metricChecks.checks.length === 0 && metricChecks.problems.length === 0) {
        problem('metrics-checks', "`metrics-url` is set but no check is; add one a line, e.g. errors: sum(rate(http_requests_total{code=~'5..'}[1m])) < 1");
    }
    if (metricsUrl === undefined && lines('metrics-checks').length > 0) {
        problem('metrics-url', '`metrics-checks` need the Prometheus API they query (e.g. http://prometheus:9090)');
    }
    const canarySteps = [];
    for (const item of (raw('canary-steps') ?? '10,50,100').split(',')) {
        const weight = Number(item.trim());
        const previous = canarySteps.at(-1) ?? 0;
        if (!Number.isInteger(weight) || weight < 1 || weight > 100 || weight <= previous) {
            problem('canary-steps', `"${item.trim()}" must be a whole percentage from 1 to 100, rising`);
        }
        else
            canarySteps.push(weight);
    }
    if (canarySteps.length > 0 && canarySteps.at(-1) !== 100) {
        problem('canary-steps', 'the last step must be 100, so the new version ends up with all traffic');
    }
    const approvalRequiredFor = [];
    for (const item of commaList('approval-required-for').length > 0
        ? commaList('approval-required-for')
        : ['rebuild', 'restart']) {
        if (!['start', 'redeploy', 'rebuild', 'restart', 'rollback'].includes(item)) {
            problem('approval-required-for', `"${item}" is not one of start, redeploy, rebuild, restart, rollback`);
        }
        else
            approvalRequiredFor.push(item);
    }
    const validationRunId = raw('validation-run-id');
    if (validationRunId !== undefined && !/^\d+$/.test(validationRunId)) {
        problem('validation-run-id', `"${validationRunId}" must be a workflow run id (digits)`);
    }
    const validationWorkflow = raw('validation-workflow');
    // One a line when there are several lines (a check name may hold a comma), else a comma list.
    const checksText = (raw('required-checks') ?? '').trim();
    const requiredChecks = [
        ...new Set(checksText
            .split(checksText.includes('\n') ? /\r?\n/ : ',')
            .map((name) => name.trim())
            .filter((name) => name !== '' && !name.startsWith('#')))
    ];
    const requiredChecksFor = [];
    for (const item of commaList('required-checks-for').length > 0 ? commaList('required-checks-for') : ['deploy']) {
        if (item !== 'deploy' && item !== 'rollback')
            problem('required-checks-for', `"${item}" is not one of deploy, rollback`);
        else if (!requiredChecksFor.includes(item))
            requiredChecksFor.push(item);
    }
    const storeDefault = inActions ? 'release' : 'file';
    const state = {
        store: choice('state-store', _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .STATE_STORES */ .rv, storeDefault),
        file: raw('state-file') ?? `.deploy-state/${environmentName}.json`,
        releaseTag: raw('state-release-tag') ?? 'deploy-orchestrator-state',
        keepVersions: integer('keep-versions', 1, 100)
    };
    const databaseUrlEnv = raw('database-url-env') ?? 'DATABASE_URL';
    const databaseUrl = nonEmpty(env[databaseUrlEnv]);
    const agentbenchTokenEnv = raw('agentbench-token-env') ?? 'AGENTBENCH_TOKEN';
    const migrations = raw('migrations');
    if (migrations !== undefined && databaseUrl === undefined) {
        problem('migrations', `migrations are set but the environment variable ${databaseUrlEnv} (input \`database-url-env\`) holds no connection string; pass it from a secret through env:`);
    }
    const settings = {
        mode,
        operation,
        strategy,
        platform,
        environment: environmentName,
        configFile: context.configFile?.path,
        planJson: raw('plan'),
        version: raw('version'),
        image: raw('image'),
        imageDigest: raw('image-digest'),
        pathRules,
        configRepos,
        configReposToken: raw('config-repos-token'),
        state,
        health: {
            urls: healthUrls,
            path: healthPath,
            expectedStatus,
            bodyMatch,
            timeoutMs: integer('health-timeout-seconds', 1, 600) * 1000,
            retries: integer('health-retries', 1, 100),
            intervalMs: integer('health-interval-seconds', 0, 3600) * 1000,
            bakeSeconds: integer('bake-seconds', 0, 86_400)
        },
        metrics: {
            url: url('metrics-url', metricsUrl),
            tokenEnv: metricsTokenEnv,
            token: metricsToken,
            checks: metricChecks.checks,
            empty: choice('metrics-empty', _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_EMPTY */ .qu, 'fail')
        },
        rollback: {
            auto: boolean('auto-rollback', true),
            maxSeconds: integer('max-rollback-seconds', 1, 3600),
            to: raw('rollback-to')
        },
        canarySteps,
        commands: {
            deploy: raw('deploy-command'),
            build: raw('build-command'),
            restart: raw('restart-command'),
            start: raw('start-command'),
            status: raw('status-command'),
            rollback: raw('rollback-command'),
            switch: raw('switch-command'),
            verify: raw('verify-command'),
            timeoutSeconds: integer('command-timeout-seconds', 1, 86_400)
        },
        github: {
            token: raw('github-token') ?? nonEmpty(inActions ? undefined : env.GITHUB_TOKEN),
            apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
            serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
            repository: nonEmpty(env.GITHUB_REPOSITORY),
            runId: nonEmpty(env.GITHUB_RUN_ID),
            runAttempt: nonEmpty(env.GITHUB_RUN_ATTEMPT),
            sha: nonEmpty(env.GITHUB_SHA),
            approvalEnvironment: raw('approval-environment'),
            approvalRequiredFor,
            validationRunId,
            validationWorkflow,
            requireValidation: boolean('require-validation', validationRunId !== undefined || validationWorkflow !== undefined),
            requiredChecks,
            requiredChecksWaitSeconds: integer('required-checks-wait-seconds', 0, 21_600),
            requiredChecksFor,
            deployments: boolean('github-deployments', inActions),
            environmentUrl: url('environment-url', raw('environment-url'))
        },
        digitalocean: {
            token: raw('digitalocean-token') ?? nonEmpty(env.DIGITALOCEAN_ACCESS_TOKEN),
            appId: raw('digitalocean-app-id'),
            greenAppId: raw('digitalocean-green-app-id'),
            components: commaList('digitalocean-components'),
            apiUrl: url('digitalocean-api-url', raw('digitalocean-api-url')) ?? 'https://api.digitalocean.com',
            dnsDomain: raw('digitalocean-dns-domain'),
            dnsRecord: raw('digitalocean-dns-record'),
            deployTimeoutSeconds: integer('deploy-timeout-seconds', 10, 86_400)
        },
        database: { migrations, urlEnv: databaseUrlEnv, url: databaseUrl },
        hardening: {
            agentbenchUrl: url('agentbench-url', raw('agentbench-url')),
            tokenEnv: agentbenchTokenEnv,
            token: nonEmpty(env[agentbenchTokenEnv]),
            emitDpo: boolean('emit-dpo-on-failure', true),
            pairsFile: raw('dpo-pairs-file'),
            notifyWebhookUrl: url('notify-webhook-url', raw('notify-webhook-url')),
            notifyOnSuccess: boolean('notify-on-success', false),
            pageWebhookUrl: url('page-webhook-url', raw('page-webhook-url'))
        },
        runtime: {
            inActions,
            workspace: env.GITHUB_WORKSPACE ?? context.cwd,
            approve: context.approve ?? false,
            interactive: context.interactive ?? false
        },
        secrets: []
    };
    settings.secrets = collectSecrets(settings);
    problems.push(...crossCheck(settings));
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .G(problems);
    return settings;
}
/** Rules that span inputs: what a mode, strategy or platform needs. */
function crossCheck(settings) {
    const problems = [];
    const { commands } = settings;
    if (settings.platform === 'command' && ['deploy', 'rollback'].includes(settings.mode)) {
        if (!commands.deploy && !(settings.mode === 'rollback' && commands.rollback)) {
            problems.push('`deploy-command`: the command platform needs a deploy command (e.g. "just deploy" or "./deploy.sh")');
        }
        if (settings.strategy !== 'rolling' && !commands.switch) {
            problems.push(`\`switch-command\`: strategy ${settings.strategy} needs a command that moves traffic (it gets DEPLOY_COLOR and DEPLOY_WEIGHT)`);
        }
    }
    if (settings.strategy === 'blue-green' && settings.health.urls.length > 0 && settings.platform === 'command') {
        if (!settings.health.urls.some((u) => u.includes('{color}'))) {
            problems.push('`health-urls`: blue-green checks the idle colour before traffic moves; put `{color}` in at least one URL (e.g. http://127.0.0.1:8080/{color}/health)');
        }
    }
    if (settings.platform === 'digitalocean' && settings.mode !== 'plan') {
        if (!settings.digitalocean.appId)
            problems.push('`digitalocean-app-id`: the digitalocean platform needs the app id');
        if (!settings.digitalocean.token)
            problems.push('`digitalocean-token`: no token; pass a secret as `digitalocean-token` or set DIGITALOCEAN_ACCESS_TOKEN');
        if (settings.strategy === 'blue-green' && !settings.digitalocean.greenAppId) {
            problems.push('`digitalocean-green-app-id`: blue-green on DigitalOcean needs a second (green) app');
        }
    }
    if (settings.state.store === 'release' && !settings.github.token) {
        problems.push('`github-token`: the release state store needs a token with contents: write (or use `state-store: file`)');
    }
    if (settings.state.store === 'release' && !settings.github.repository) {
        problems.push('`state-store`: the release store needs GITHUB_REPOSITORY (owner/repo); outside Actions use `state-store: file`');
    }
    const { health } = settings;
    if (health.bakeSeconds > 0 && health.intervalMs === 0) {
        problems.push('`health-interval-seconds`: a bake checks every `health-interval-seconds`; set it to 1 or more with `bake-seconds`');
    }
    if (settings.mode === 'plan' && settings.planJson) {
        problems.push('`plan`: a plan is executed by `mode: deploy`; `mode: plan` makes a new one');
    }
    return problems;
}
function collectSecrets(settings) {
    const secrets = [
        settings.github.token,
        settings.configReposToken,
        settings.digitalocean.token,
        settings.hardening.token,
        settings.metrics.token,
        settings.hardening.notifyWebhookUrl,
        settings.hardening.pageWebhookUrl
    ];
    // Derived values: the password inside a connection string or URL is a secret of its own.
    for (const value of [settings.database.url, settings.metrics.url, ...settings.configRepos.map((r) => r.url)]) {
        if (!value)
            continue;
        const password = urlPassword(value);
        if (password)
            secrets.push(password, encodeURIComponent(password));
        if (value === settings.database.url)
            secrets.push(value);
    }
    if (settings.metrics.url)
        secrets.push(...basicAuthSecrets(settings.metrics.url));
    if (settings.hardening.notifyWebhookUrl)
        secrets.push(...urlPathSecrets(settings.hardening.notifyWebhookUrl));
    if (settings.hardening.pageWebhookUrl)
        secrets.push(...urlPathSecrets(settings.hardening.pageWebhookUrl));
    return [...new Set(secrets.filter((s) => typeof s === 'string' && s.length >= 4))];
}
function urlPassword(value) {
    try {
        const parsed = new URL(value);
        const password = decodeURIComponent(parsed.password);
        if (password)
            return password;
        const user = decodeURIComponent(parsed.username);
        // https://TOKEN@host is a common way to put a token in a git URL.
        return user && parsed.protocol.startsWith('http') ? user : undefined;
    }
    catch {
        return undefined;
    }
}
/** The Authorization header made from a URL's user and password (the Prometheus client sends it). */
function basicAuthSecrets(value) {
    try {
        const parsed = new URL(value);
        if (!parsed.password && !parsed.username)
            return [];
        const pair = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;
        return [Buffer.from(pair).toString('base64')];
    }
    catch {
        return [];
    }
}
/** Webhook URLs carry their secret in the path (Slack: /services/T/B/SECRET). */
function urlPathSecrets(value) {
    try {
        const parsed = new URL(value);
        return [parsed.pathname + parsed.search].filter((s) => s.length > 8);
    }
    catch {
        return [];
    }
}
function redactUrl(value) {
    try {
        const parsed = new URL(value);
        if (parsed.password)
            parsed.password = '***';
        if (parsed.username && parsed.protocol.startsWith('http'))
            parsed.username = '***';
        return parsed.toString();
    }
    catch {
        return value.length > 80 ? `${value.slice(0, 77)}...` : value;
    }
}
/** `NAME=URL[@REF]`; an `@` after the last `/` or `:` starts the ref (so `git@host:o/r.git` works). */
function parseConfigRepo(line) {
    const eq = line.indexOf('=');
    if (eq <= 0)
        return `"${line}" is not of the form NAME=URL[@REF] (e.g. master=https://github.com/acme/config.git@main)`;
    const name = line.slice(0, eq).trim();
    let target = line.slice(eq + 1).trim();
    if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(name)) {
        return `"${name}" must start with a letter and hold only letters, digits, "_" or "-"`;
    }
    if (target === '')
        return `"${line}" names no repository after "="`;
    let ref;
    const at = target.lastIndexOf('@');
    if (at > Math.max(target.lastIndexOf('/'), target.lastIndexOf(':'))) {
        ref = target.slice(at + 1);
        target = target.slice(0, at);
        if (!/^[A-Za-z0-9._/-]+$/.test(ref) || ref.includes('..'))
            return `"${line}" has an invalid ref "${ref}"`;
    }
    const envName = `DEPLOY_CONFIG_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_COMMIT`;
    const kind = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/.test(target) ? 'github' : 'git';
    if (target.startsWith('-'))
        return `"${line}": a repository may not start with "-"`;
    return { name, kind, url: target, ref, envName };
}
function nonEmpty(value) {
    return value === undefined || value.trim() === '' ? undefined : value;
}
/** An explicit input wins over the config file's environment section, which wins over its top level. */
function rawValue(context, name, environment) {
    const explicit = nonEmpty(context.inputs(name));
    if (explicit !== undefined)
        return explicit;
    if (!context.configFile || (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputDefinition */ .O$)(name).secret)
        return undefined;
    return (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__.configFileValue)(context.configFile, name, environment);
}
const SECRET_INPUTS = _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .mc.filter((input) => input.secret).map((input) => input.name);


/***/ }),

/***/ 3711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fP: () => (/* binding */ parseMetricChecks),
/* harmony export */   gv: () => (/* binding */ fillQuery),
/* harmony export */   mg: () => (/* binding */ judgeMetric)
/* harmony export */ });
/* unused harmony exports METRIC_OPERATORS, PLACEHOLDERS, parseMetricCheck, promqlString, parsePrometheusNumber, describeLabels */
/**
 * Metric checks as the user writes them (`NAME: QUERY OP NUMBER`), the placeholders of their
 * queries, and the verdict on what a query returned. Pure: the Prometheus client is in
 * `prometheus.ts`, loaded only when `metrics-url` is set.
 */
const METRIC_OPERATORS = ['<', '<=', '>', '>=', '==', '!='];
const PLACEHOLDERS = (/* unused pure expression or super */ null && (['version', 'previous_version', 'color', 'environment']));
const NAME = /^([A-Za-z0-9][A-Za-z0-9_.-]*):\s+(.*)$/s;
// The operator and the number are the last tokens; the query before them may hold any of `<>=!:{}`.
// A lazy query makes the operator the last one on the line (`a > 1 < 2` compares `a > 1` with 2).
const TAIL = /^(.*?)\s*(<=|>=|==|!=|<|>)\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*$/s;
const EXAMPLE = 'error-rate: sum(rate(http_requests_total{code=~"5..",version="{version}"}[1m])) < 0.5';
/** Parses one line; returns the reason it is malformed (the caller names the input and the line). */
function parseMetricCheck(line) {
    const text = line.trim();
    const named = NAME.exec(text);
    if (!named) {
        const cramped = /^[A-Za-z0-9][A-Za-z0-9_.-]*:\S/.test(text) ? ' (a space after the colon ends the name)' : '';
        return `"${text}" starts with no name${cramped}: write NAME: QUERY OP NUMBER, e.g. ${EXAMPLE}`;
    }
    const name = named[1];
    const tail = TAIL.exec(named[2]);
    if (!tail) {
        return `"${text}" does not end with an operator and a number: write NAME: QUERY OP NUMBER with OP one of ${METRIC_OPERATORS.join(' ')}, e.g. ${EXAMPLE}`;
    }
    const query = tail[1];
    const operator = tail[2];
    if (query.trim() === '')
        return `"${text}" has no query between the name and the operator`;
    // `=>`, `=<` or `>>` leave an operator character at the end of the query: a typo, not PromQL.
    const stray = /[<>=!]$/.exec(query.trimEnd());
    if (stray) {
        return `"${text}" has "${stray[0]}${operator}" before its number; the operator is one of ${METRIC_OPERATORS.join(' ')}`;
    }
    return { name, query: query.trim(), operator, threshold: Number(tail[3]) };
}
/** Every line of `metrics-checks`; problems name the line. */
function parseMetricChecks(lines) {
    const checks = [];
    const problems = [];
    lines.forEach((line, index) => {
        const check = parseMetricCheck(line);
        if (typeof check === 'string')
            problems.push(`line ${index + 1}: ${check}`);
        else if (checks.some((other) => other.name === check.name))
            problems.push(`line ${index + 1}: the name "${check.name}" is used twice; names must be unique`);
        else
            checks.push(check);
    });
    return { checks, problems };
}
/**
 * The text of a PromQL double-quoted string holding `value` (Go's escapes, which PromQL's lexer
 * reads): a version such as `v1"} or vector(1) #` stays a label value, not more query.
 */
function promqlString(value) {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
    return value.replace(/[\\"\u0000-\u001f\u007f]/g, (char) => {
        switch (char) {
            case '\\':
                return '\\\\';
            case '"':
                return '\\"';
            case '\n':
                return '\\n';
            case '\r':
                return '\\r';
            case '\t':
                return '\\t';
            default:
                return `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
        }
    });
}
/** Replaces `{version}`, `{previous_version}`, `{color}` and `{environment}`; other braces stay PromQL. */
function fillQuery(query, variables) {
    return query.replace(/\{(version|previous_version|color|environment)\}/g, (_, name) => promqlString(variables[name]));
}
/** Judges what a query returned: one sample that satisfies the check passes. */
function judgeMetric(check, samples, empty) {
    if (samples.length === 0) {
        return empty === 'pass'
            ? { passed: true, detail: 'empty result, accepted (metrics-empty: pass)' }
            : { passed: false, detail: 'empty result: no sample (yet?)' };
    }
    if (samples.length > 1) {
        const shown = samples.slice(0, 5).map((s) => `${describeLabels(s.labels)} ${s.value}`);
        return {
            passed: false,
            detail: `${samples.length} samples, a check needs one (aggregate them, e.g. with sum()): ${shown.join('; ')}${samples.length > 5 ? '; …' : ''}`
        };
    }
    const value = samples[0].value;
    const number = parsePrometheusNumber(value);
    const expectation = `${check.operator} ${check.threshold}`;
    if (Number.isNaN(number)) {
        return {
            passed: false,
            value,
            detail: `value ${value}, expected ${expectation} (NaN: 0/0, no traffic in the window?)`
        };
    }
    const passed = compare(number, check.operator, check.threshold);
    return { passed, value, detail: passed ? `${value} ${expectation}` : `value ${value}, expected ${expectation}` };
}
function compare(value, operator, threshold) {
    switch (operator) {
        case '<':
            return value < threshold;
        case '<=':
            return value <= threshold;
        case '>':
            return value > threshold;
        case '>=':
            return value >= threshold;
        case '==':
            return value === threshold;
        case '!=':
            return value !== threshold;
    }
}
/** Prometheus writes values as strings, infinities as `+Inf` and `-Inf`. */
function parsePrometheusNumber(value) {
    if (value === '+Inf' || value === 'Inf')
        return Infinity;
    if (value === '-Inf')
        return -Infinity;
    return value.trim() === '' ? NaN : Number(value);
}
/** `http_requests_total{code="500", version="v2"}`, as Prometheus shows a series. */
function describeLabels(labels) {
    const { __name__: name, ...rest } = labels;
    const pairs = Object.entries(rest)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, value]) => `${key}="${promqlString(value)}"`);
    return `${name ?? ''}{${pairs.join(', ')}}`;
}


/***/ })

};

//# sourceMappingURL=100.index.js.map