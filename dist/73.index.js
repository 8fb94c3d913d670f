export const id = 73;
export const ids = [73,94];
export const modules = {

/***/ 94:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   configFileValue: () => (/* binding */ configFileValue),
/* harmony export */   loadConfigFile: () => (/* binding */ loadConfigFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46990);



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
    const { parseConfigFile } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(815), __webpack_require__.e(81), __webpack_require__.e(374)]).then(__webpack_require__.bind(__webpack_require__, 61374));
    return parseConfigFile(text, path);
}
/**
 * A setting from the file, strongest first: `services.<name>.environments.<env>`, `services.<name>`,
 * `environments.<env>`, the top level (an explicit input beats them all; the caller checks that).
 */
function configFileValue(file, name, environment, service) {
    const own = service ? file.services?.[service] : undefined;
    const value = (environment ? own?.environments[environment]?.[name] : undefined) ??
        own?.values[name] ??
        (environment ? file.environments[environment]?.[name] : undefined) ??
        file.values[name];
    return value === undefined || value.trim() === '' ? undefined : value;
}


/***/ }),

/***/ 31073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OPERATIONS: () => (/* binding */ OPERATIONS),
  SECRET_INPUTS: () => (/* binding */ SECRET_INPUTS),
  SettingsError: () => (/* reexport */ errors/* SettingsError */.G),
  parseConfigRepo: () => (/* binding */ parseConfigRepo),
  parseRunSettings: () => (/* binding */ parseRunSettings),
  parseSettings: () => (/* binding */ parseSettings),
  redactUrl: () => (/* binding */ redactUrl)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(43759);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var classic_schemas = __webpack_require__(92857);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/coerce.js


function string(params) {
    return core._coercedString(schemas.ZodString, params);
}
function number(params) {
    return api/* _coercedNumber */.qG(classic_schemas/* ZodNumber */.rSt, params);
}
function coerce_boolean(params) {
    return core._coercedBoolean(schemas.ZodBoolean, params);
}
function bigint(params) {
    return core._coercedBigint(schemas.ZodBigInt, params);
}
function date(params) {
    return core._coercedDate(schemas.ZodDate, params);
}

// EXTERNAL MODULE: ./src/settings/inputs.ts
var inputs = __webpack_require__(97428);
// EXTERNAL MODULE: ./src/settings/rules.ts
var rules = __webpack_require__(20310);
// EXTERNAL MODULE: ./src/settings/config-values.ts
var config_values = __webpack_require__(94);
// EXTERNAL MODULE: ./src/settings/errors.ts
var errors = __webpack_require__(46990);
// EXTERNAL MODULE: ./src/verify/metric-checks.ts
var metric_checks = __webpack_require__(53711);
;// CONCATENATED MODULE: ./src/settings/settings.ts







// The pure line parser only: the Prometheus client loads with `metrics-url` (services.ts).


/** What a plan runs. */
const OPERATIONS = ['none', 'start', 'redeploy', 'rebuild', 'restart', 'rollback'];
function parseRunSettings(context) {
    const selection = selectServices(context);
    if (!selection.many)
        return { kind: 'one', settings: parseOne(context, selection.names[0]) };
    const settings = [];
    // A problem every service shares is said once, with the services it concerns.
    const problems = new Map();
    for (const name of selection.names) {
        try {
            settings.push(parseOne(context, name));
        }
        catch (error) {
            if (!(error instanceof errors/* SettingsError */.G))
                throw error;
            for (const problem of error.problems)
                problems.set(problem, [...(problems.get(problem) ?? []), name]);
        }
    }
    if (problems.size > 0)
        throw new errors/* SettingsError */.G([...problems].map(([problem, names]) => `${problem} (${names.length === selection.names.length ? 'every service' : `service${names.length === 1 ? '' : 's'} ${names.join(', ')}`})`));
    return { kind: 'services', settings };
}
/** The settings of one run; refuses a `service` input that selects several services. */
function parseSettings(context) {
    const run = parseRunSettings(context);
    if (run.kind === 'services')
        throw new errors/* SettingsError */.G([
            `\`service\`: selects ${run.settings.length} services; this entry point runs one (name one service)`
        ]);
    return run.settings;
}
/**
 * Which services the run is about. No `services:` in the config file: none (the repository is one
 * service). With them, `service` names one, `all` or a comma list several; without `service`, plan
 * and status take every service, and a deploy or a rollback must name its one.
 */
function selectServices(context) {
    const declared = context.configFile?.services;
    const given = nonEmpty(context.inputs('service'))?.trim();
    const file = context.configFile?.path ?? '.github/deploy-orchestrator.yml';
    if (!declared) {
        if (given === undefined)
            return { names: [], many: false };
        throw new errors/* SettingsError */.G([
            `\`service\`: "${given}" names a service, but ${context.configFile ? `${file} declares` : 'there is no config file, so there are'} no \`services:\`; declare them there (see the README's "Many services"), or remove the input`
        ]);
    }
    const names = Object.keys(declared);
    const environment = rawValue(context, 'environment') ?? 'production';
    const mode = rawValue(context, 'mode', environment) ?? 'deploy';
    const several = mode === 'plan' || mode === 'status';
    if (given === undefined) {
        if (several)
            return { names, many: true };
        throw new errors/* SettingsError */.G([
            `\`service\`: ${file} declares ${names.length} service${names.length === 1 ? '' : 's'} (${names.join(', ')}); name the one to ${mode} (e.g. \`service: ${names[0]}\`)`
        ]);
    }
    const requested = given === 'all'
        ? names
        : [
            ...new Set(given
                .split(',')
                .map((name) => name.trim())
                .filter((name) => name !== ''))
        ];
    const unknown = requested.filter((name) => !Object.hasOwn(declared, name));
    const problems = unknown.map((name) => `\`service\`: "${name}" is not a service of ${file}; one of ${names.join(', ')}${several ? ', or all (or a comma list)' : ''}`);
    if (requested.length === 0)
        problems.push(`\`service\`: "${given}" names no service; one of ${names.join(', ')}`);
    const many = given === 'all' || requested.length > 1;
    if (many && !several)
        problems.push(`\`service\`: "${given}" selects several services, which \`mode: plan\` and \`mode: status\` take; a ${mode} is about one service (the reusable workflow runs one job per service)`);
    if (problems.length > 0)
        throw new errors/* SettingsError */.G(problems);
    return { names: requested, many };
}
/**
 * The only reader of inputs and environment. Collects every problem before failing, so a user
 * fixes their workflow once, not once per input.
 */
function parseOne(context, serviceName) {
    const problems = [];
    const { env } = context;
    const environmentName = rawValue(context, 'environment') ?? 'production';
    const declared = serviceName ? context.configFile?.services?.[serviceName] : undefined;
    const service = serviceName && declared
        ? { name: serviceName, path: declared.path, watch: declared.watch, wave: declared.wave }
        : undefined;
    const raw = (name) => rawValue(context, name, environmentName, serviceName);
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
        const fallback = Number((0,inputs/* inputDefinition */.O$)(name).default);
        const value = raw(name);
        if (value === undefined)
            return fallback;
        const parsed = number().int().min(min).max(max).safeParse(value.trim());
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
        const parsed = classic_schemas/* url */.OZ5({ protocol: /^https?$/ }).safeParse(value);
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
    const mode = choice('mode', inputs/* MODES */.FN, 'deploy');
    const operation = choice('operation', inputs/* OPERATION_OVERRIDES */.Gq, 'auto');
    const strategy = choice('strategy', inputs/* STRATEGIES */.YL, 'rolling');
    const platform = choice('platform', inputs/* PLATFORMS */.P4, 'command');
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(environmentName)) {
        problem('environment', `"${environmentName}" must be 1-64 letters, digits, ".", "_" or "-"`);
    }
    // Path rules: the user's first, then the defaults; first match wins.
    const pathRules = [];
    for (const line of lines('path-rules')) {
        const rule = (0,rules/* parsePathRule */.hu)(line, 'user');
        if (typeof rule === 'string')
            problem('path-rules', `${rule} (one rule per line, e.g. "infra/** => rebuild")`);
        else
            pathRules.push(rule);
    }
    pathRules.push(...(0,rules/* defaultPathRules */.oR)());
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
    const metricChecks = (0,metric_checks/* parseMetricChecks */.fP)(lines('metrics-checks'));
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
        store: choice('state-store', inputs/* STATE_STORES */.rv, storeDefault),
        file: raw('state-file') ?? `.deploy-state/${environmentName}${service ? `.${service.name}` : ''}.json`,
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
    const deployTimeoutSeconds = integer('deploy-timeout-seconds', 10, 86_400);
    const settings = {
        mode,
        ...(service ? { service } : {}),
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
            empty: choice('metrics-empty', inputs/* METRICS_EMPTY */.qu, 'fail')
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
            deployTimeoutSeconds
        },
        kubernetes: parseKubernetes(raw, lines, url, problem, env, deployTimeoutSeconds),
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
        throw new errors/* SettingsError */.G(problems);
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
    if (settings.platform === 'kubernetes')
        problems.push(...kubernetesCrossCheck(settings));
    if (settings.state.store === 'release' && !settings.github.token) {
        problems.push('`github-token`: the release state store needs a token with contents: write (or use `state-store: file`)');
    }
    if (settings.state.store === 'release' && !settings.github.repository) {
        problems.push('`state-store`: the release store needs GITHUB_REPOSITORY (owner/repo); outside Actions use `state-store: file`');
    }
    // The required checks are read through the API before any change: say so now, not after the plan.
    const { github } = settings;
    const gated = settings.mode === 'deploy' || (settings.mode === 'rollback' && github.requiredChecksFor.includes('rollback'));
    if (github.requiredChecks.length > 0 && gated) {
        if (!github.token)
            problems.push('`github-token`: `required-checks` reads the commit’s check runs and statuses through the GitHub API; pass a token with `checks: read` and `statuses: read` (in a workflow, the default token with those job permissions; on the command line, set GITHUB_TOKEN)');
        if (!github.repository)
            problems.push('`required-checks`: needs GITHUB_REPOSITORY (owner/repo) to find the checks of the commit; GitHub Actions sets it, on the command line set it yourself');
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
/** A Kubernetes object name: a DNS-1123 label (Services, and the names derived from a Deployment's). */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
function parseKubernetes(raw, lines, url, problem, env, deployTimeoutSeconds) {
    const name = (input, suffix) => {
        const value = raw(input)?.trim();
        if (value === undefined)
            return undefined;
        // Derived objects (`-preview`, `-canary`, `-green`) must still fit in 63 characters.
        if (!DNS_LABEL.test(value) || value.length + suffix.length > 63) {
            problem(input, `"${value}" is not a Kubernetes name this platform can use: lowercase letters, digits and "-", at most ${63 - suffix.length} characters (the action adds "${suffix}")`);
        }
        return value;
    };
    const kubectlVersion = raw('kubectl-version')?.trim();
    if (kubectlVersion !== undefined && !/^(v?\d+\.\d+\.\d+|stable)$/.test(kubectlVersion)) {
        problem('kubectl-version', `"${kubectlVersion}" must be a release such as 1.32.0, or stable`);
    }
    const home = nonEmpty(env.HOME) ?? nonEmpty(env.USERPROFILE);
    return {
        kubeconfig: raw('kubeconfig'),
        kubeconfigPaths: (env.KUBECONFIG ?? '')
            .split(process.platform === 'win32' ? ';' : ':')
            .map((p) => p.trim())
            .filter(Boolean),
        homeKubeconfig: home ? `${home}/.kube/config` : undefined,
        inCluster: Boolean(nonEmpty(env.KUBERNETES_SERVICE_HOST)),
        context: raw('kubernetes-context')?.trim(),
        namespace: name('kubernetes-namespace', ''),
        deployment: name('kubernetes-deployment', '-canary'),
        container: raw('kubernetes-container')?.trim(),
        manifests: lines('kubernetes-manifests'),
        service: name('kubernetes-service', '-preview'),
        route: raw('kubernetes-route')?.trim(),
        kubectlVersion,
        toolCache: nonEmpty(env.RUNNER_TOOL_CACHE) ?? (0,external_node_path_.join)(home ?? (0,external_node_os_.tmpdir)(), '.cache', 'deploy-orchestrator', 'tools'),
        tempDir: nonEmpty(env.RUNNER_TEMP) ?? (0,external_node_os_.tmpdir)(),
        kubectlDownloadUrl: (url('kubectl-download-url', raw('kubectl-download-url')) ?? 'https://dl.k8s.io/release').replace(/\/+$/, ''),
        deployTimeoutSeconds
    };
}
/** What a strategy needs on Kubernetes; plan mode needs nothing (it reads no cluster). */
function kubernetesCrossCheck(settings) {
    const problems = [];
    const k8s = settings.kubernetes;
    if (settings.mode === 'plan')
        return problems;
    if (!k8s.deployment) {
        problems.push('`kubernetes-deployment`: the kubernetes platform needs the name of the Deployment it deploys (blue-green and canary make their own Deployments from it)');
    }
    if (settings.strategy === 'blue-green' && !k8s.service) {
        problems.push('`kubernetes-service`: blue-green switches the selector of the Service that takes the public traffic; name it');
    }
    if (settings.strategy === 'canary' && !k8s.service) {
        problems.push(k8s.route
            ? `\`kubernetes-service\`: a canary with the route ${k8s.route} needs the stable Service (the route's backend for the stable version); the action creates \`<service>-canary\` beside it`
            : '`kubernetes-service`: a canary needs the Service that takes the public traffic: with `kubernetes-route` (a Gateway API HTTPRoute) the route splits traffic by weight between that Service and `<service>-canary`; without a route, canary pods join that Service and the split follows the replica count (approximate)');
    }
    return problems;
}
function collectSecrets(settings) {
    const secrets = [
        settings.github.token,
        settings.configReposToken,
        settings.digitalocean.token,
        settings.kubernetes.kubeconfig,
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
    if (settings.kubernetes.kubeconfig)
        secrets.push(...kubeconfigSecrets(settings.kubernetes.kubeconfig));
    if (settings.hardening.notifyWebhookUrl)
        secrets.push(...urlPathSecrets(settings.hardening.notifyWebhookUrl));
    if (settings.hardening.pageWebhookUrl)
        secrets.push(...urlPathSecrets(settings.hardening.pageWebhookUrl));
    return [...new Set(secrets.filter((s) => typeof s === 'string' && s.length >= 4))];
}
/**
 * A kubeconfig's credentials, found before anything parses it (a log line may quote it first): the
 * values of its token, password and key or certificate data, and the whole text as JSON escapes it.
 */
function kubeconfigSecrets(text) {
    const found = [JSON.stringify(text).slice(1, -1)];
    const keys = /^\s*-?\s*"?(token|password|client-key-data|client-certificate-data|certificate-authority-data|access-token|id-token|refresh-token|client-secret)"?\s*:\s*["']?([^"'\s#]+)/gm;
    for (const match of text.matchAll(keys))
        found.push(match[2]);
    return found;
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
/**
 * An explicit input wins over the config file, where a service's environment section wins over the
 * service, then the environment section, then the top level.
 */
function rawValue(context, name, environment, service) {
    const explicit = nonEmpty(context.inputs(name));
    if (explicit !== undefined)
        return explicit;
    if (!context.configFile || (0,inputs/* inputDefinition */.O$)(name).secret)
        return undefined;
    return (0,config_values.configFileValue)(context.configFile, name, environment, service);
}
const SECRET_INPUTS = inputs/* INPUTS */.mc.filter((input) => input.secret).map((input) => input.name);


/***/ }),

/***/ 53711:
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

//# sourceMappingURL=73.index.js.map