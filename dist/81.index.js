export const id = 81;
export const ids = [81];
export const modules = {

/***/ 97428:
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
const PLATFORMS = ['command', 'digitalocean', 'kubernetes'];
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
        description: 'Where the deploy runs: `command` (your shell commands), `digitalocean` (App Platform) or `kubernetes` (a Deployment on any cluster).'
    },
    {
        name: 'environment',
        kind: 'string',
        default: 'production',
        group: 'core',
        description: 'The environment; every piece of state, every lock and every report is per environment.'
    },
    {
        name: 'service',
        kind: 'string',
        group: 'core',
        description: 'With `services:` in the config file: the one service this run is about. `all`, or a comma list, plans (`mode: plan`) or reports (`mode: status`) several in one run. State, locks and reports are per environment and service.'
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
    {
        name: 'deploy-timeout-seconds',
        kind: 'integer',
        default: '900',
        group: 'core',
        description: 'Deadline for a platform deployment: DigitalOcean, to become active (past it the deployment is cancelled); Kubernetes, for a rollout to complete (past it the deploy fails and is rolled back).'
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
    // kubernetes
    {
        name: 'kubeconfig',
        kind: 'secret',
        secret: true,
        group: 'kubernetes',
        description: "The kubeconfig's content (a secret). Default: the files in `KUBECONFIG`, then `~/.kube/config`, then the in-cluster service account."
    },
    {
        name: 'kubernetes-context',
        kind: 'string',
        group: 'kubernetes',
        description: "The kubeconfig's context to use (default: its current context)."
    },
    {
        name: 'kubernetes-namespace',
        kind: 'string',
        group: 'kubernetes',
        default: "the context's namespace, else `default`",
        description: 'The namespace of the Deployment, Services and route.'
    },
    {
        name: 'kubernetes-deployment',
        kind: 'string',
        group: 'kubernetes',
        description: 'The Deployment (required on this platform). Blue-green runs `<name>-blue` and `<name>-green` made from it; canary runs `<name>-canary` beside it.'
    },
    {
        name: 'kubernetes-container',
        kind: 'string',
        group: 'kubernetes',
        default: 'the first container',
        description: 'The container whose image is set and verified (sidecars keep their own).'
    },
    {
        name: 'kubernetes-manifests',
        kind: 'multiline',
        group: 'kubernetes',
        description: "Files or globs of YAML manifests (several documents each) applied with server-side apply as the deploy step, the named container's image replaced by the one being deployed. Without it the Deployment must exist."
    },
    {
        name: 'kubernetes-service',
        kind: 'string',
        group: 'kubernetes',
        description: 'Blue-green and canary: the Service that takes the public traffic (blue-green switches its selector; canary with a route is its stable backend).'
    },
    {
        name: 'kubernetes-route',
        kind: 'string',
        group: 'kubernetes',
        description: 'Canary: the Gateway API HTTPRoute (`gateway.networking.k8s.io/v1`) whose backend weights split the traffic. Without it a canary splits by replica count (approximate).'
    },
    {
        name: 'kubectl-version',
        kind: 'string',
        group: 'kubernetes',
        description: 'Puts that `kubectl` (`1.32.0`, or `stable`) on `PATH` for your commands, its SHA-256 checked against the published checksum, cached across runs.'
    },
    {
        name: 'kubectl-download-url',
        kind: 'string',
        group: 'kubernetes',
        default: 'https://dl.k8s.io/release',
        description: 'Where `kubectl` and its `.sha256` are downloaded from (a mirror).'
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
    { name: 'result', description: 'The full result as JSON (also written as `result.json` beside the job summary).' },
    {
        name: 'matrix',
        description: 'With services, `mode: plan`: `{"include":[{"service","operation","requires-approval","wave"}, ...]}`, the services with something to do (`{"include":[]}` when none), for a job matrix.'
    },
    { name: 'matrix-1', description: 'The same as `matrix`, wave 1 only.' },
    { name: 'matrix-2', description: 'The same as `matrix`, wave 2 only.' },
    { name: 'matrix-3', description: 'The same as `matrix`, wave 3 only.' },
    {
        name: 'plans',
        description: 'With services, `mode: plan`: JSON object, service to its plan (feed one to a later `mode: deploy` of that service as `plan`).'
    }
];
function inputDefinition(name) {
    const found = INPUTS.find((input) => input.name === name);
    if (!found)
        throw new Error(`internal: unknown input ${name}`);
    return found;
}


/***/ }),

/***/ 20310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   CC: () => (/* binding */ createClassifier),
/* harmony export */   hu: () => (/* binding */ parsePathRule),
/* harmony export */   oR: () => (/* binding */ defaultPathRules)
/* harmony export */ });
/* unused harmony exports IMPACTS, DEFAULT_PATH_RULES */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14006);
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
    const problem = globProblem(glob);
    if (problem)
        return `"${line.trim()}" has a glob that ${problem}`;
    return { glob, impact: impact, origin };
}
/** Why a glob cannot be used (it does not compile), or undefined. */
function globProblem(glob) {
    try {
        picomatch__WEBPACK_IMPORTED_MODULE_0___default().makeRe(glob, { dot: true, strictBrackets: true });
        return undefined;
    }
    catch (error) {
        return `does not compile (${error.message})`;
    }
}
let defaults;
/** The default rules, parsed once (every service of a run takes them). */
function defaultPathRules() {
    defaults ??= DEFAULT_PATH_RULES.map((line) => parsePathRule(line, 'default'));
    return defaults.map((rule) => ({ ...rule }));
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


/***/ })

};

//# sourceMappingURL=81.index.js.map