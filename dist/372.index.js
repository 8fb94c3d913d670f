export const id = 372;
export const ids = [372];
export const modules = {

/***/ 12539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ analyze),
  N: () => (/* binding */ inspectConfigRepo)
});

// EXTERNAL MODULE: ./src/settings/errors.ts
var errors = __webpack_require__(46990);
// EXTERNAL MODULE: ./src/state/transitions.ts
var transitions = __webpack_require__(82649);
// EXTERNAL MODULE: ./src/analyze/code-changes.ts
var code_changes = __webpack_require__(58175);
// EXTERNAL MODULE: ./src/analyze/config-repos.ts
var config_repos = __webpack_require__(73260);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/settings/rules.ts
var settings_rules = __webpack_require__(20310);
;// CONCATENATED MODULE: ./src/analyze/service-changes.ts


/**
 * Which changed files are a service's business, and what each asks for. The services of one run
 * share the diff: its paths are sorted once, and each service finds its folder's files by a binary
 * search, so 50 services over 20,000 files cost about one pass over the files, not 50.
 */
/** Compiled classifiers by their rules: services with the same rules share one. */
const classifiers = new Map();
const sortedDiffs = new WeakMap();
const watchMatchers = new Map();
/** Every file of a repository that is one service, classified by `rules` against its path. */
function classifyFiles(files, rules) {
    return files.map(classifierFor(rules));
}
/**
 * The files of `files` that concern `service`, classified by `rules`: a file under the service's
 * `path` against its path inside that folder (so `Dockerfile` is the service's own Dockerfile), a
 * file matching one of its `watch` globs against its repository path. Every other file is not the
 * service's business. The returned paths are repository paths.
 */
function serviceChanges(files, service, rules) {
    const classify = classifierFor(rules);
    if (service.path === '')
        return files.map(classify);
    const paths = sortedPaths(files);
    const result = [];
    const folder = `${service.path}/`;
    const [from, to] = paths.range(folder);
    for (let i = from; i < to; i++) {
        const path = paths.sorted[i];
        result.push({ ...classify(path.slice(folder.length)), path });
    }
    const watched = new Set();
    for (const glob of service.watch) {
        const matcher = watchMatcher(glob);
        const [start, end] = matcher.base === undefined ? [0, paths.sorted.length] : paths.range(matcher.base);
        for (let i = start; i < end; i++) {
            const path = paths.sorted[i];
            if (path.startsWith(folder) || watched.has(path) || !matcher.matches(path))
                continue;
            watched.add(path);
            result.push(classify(path));
        }
    }
    return result;
}
function classifierFor(rules) {
    const key = rules.map((rule) => `${rule.glob}\0${rule.impact}`).join('\n');
    let classify = classifiers.get(key);
    if (!classify)
        classifiers.set(key, (classify = (0,settings_rules/* createClassifier */.CC)(rules)));
    return classify;
}
function sortedPaths(files) {
    let paths = sortedDiffs.get(files);
    if (!paths)
        sortedDiffs.set(files, (paths = new SortedPaths(files)));
    return paths;
}
/** Paths in code-unit order: every path that starts with a prefix sits in one run of it. */
class SortedPaths {
    sorted;
    constructor(paths) {
        this.sorted = [...paths].sort();
    }
    /** `[from, to)`: the indices of the paths that start with `prefix`. */
    range(prefix) {
        let low = 0;
        let high = this.sorted.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            if (this.sorted[middle] < prefix)
                low = middle + 1;
            else
                high = middle;
        }
        let end = low;
        while (end < this.sorted.length && this.sorted[end].startsWith(prefix))
            end++;
        return [low, end];
    }
}
/**
 * A `watch` entry: a glob as the path rules read it (`picomatch`, dots included), or a plain folder
 * or file name (`libs/common` is that folder and everything under it).
 */
function watchMatcher(glob) {
    let matcher = watchMatchers.get(glob);
    if (matcher)
        return matcher;
    const scan = picomatch_default().scan(glob);
    if (!scan.isGlob) {
        const folder = `${glob.replace(/\/+$/, '')}/`;
        matcher = { base: glob.replace(/\/+$/, ''), matches: (path) => path === glob || path.startsWith(folder) };
    }
    else {
        const isMatch = picomatch_default()(glob, { dot: true });
        // `libs/common/**` matches `libs/common` itself too, so the base is a prefix, not a folder.
        matcher = { base: scan.base === '' ? undefined : scan.base, matches: (path) => isMatch(path) };
    }
    watchMatchers.set(glob, matcher);
    return matcher;
}

;// CONCATENATED MODULE: ./src/analyze/analyze.ts





const STATUS_TIMEOUT_MS = 60_000;
/** Gathers every fact the plan needs, in parallel where the sources are independent. */
async function analyze(settings, state, services) {
    const { log } = services;
    const changes = services.changes ?? new code_changes/* RepositoryChanges */.uF(settings.runtime.workspace);
    const version = await changes.version(settings.version ?? settings.github.sha);
    const current = state?.current ?? null;
    log.info(`Version to deploy: ${version}${current ? `; deployed now: ${current.version}` : '; nothing deployed yet'}`);
    const target = settings.service;
    const [code, , configRepos, service] = await Promise.all([
        changes.changedFiles(current?.version, version),
        target?.path ? checkServicePath(changes, version, target, settings.configFile) : undefined,
        Promise.all(settings.configRepos.map((spec) => inspectConfigRepo(spec, current?.config_commits[spec.name], services))),
        services.platform.status(AbortSignal.timeout(STATUS_TIMEOUT_MS))
    ]);
    const files = code.files
        ? target
            ? serviceChanges(code.files, target, settings.pathRules)
            : classifyFiles(code.files, settings.pathRules)
        : null;
    if (files && target && code.files) {
        const where = [`${target.path || '.'}/`, ...target.watch].join(', ');
        log.info(`${files.length} of the ${code.files.length} changed files concern ${target.name} (${where})`);
    }
    if (files) {
        // A loop, not a reduce that copies the tally for each of (up to 100,000) files.
        const counts = {};
        for (const file of files)
            counts[file.impact] = (counts[file.impact] ?? 0) + 1;
        log.info(`${files.length} changed file${files.length === 1 ? '' : 's'} since ${(0,transitions/* short */.h0)(current.version)}${files.length
            ? `: ${Object.entries(counts)
                .map(([k, v]) => `${v} ${k}`)
                .join(', ')}`
            : ''}`);
        // A service lists fewer: `service: all` prints the lines of every service of the repository.
        for (const file of files.slice(0, target ? 10 : 50))
            log.debug(`${file.path} => ${file.impact}${file.rule ? ` (${file.rule})` : ' (default)'}`);
    }
    if (code.note)
        log.warn(code.note);
    for (const repo of configRepos) {
        log.info(`Config repo ${repo.name}: ${repo.moved ? `moved to ${(0,transitions/* short */.h0)(repo.head)}${repo.deployed ? ` from ${(0,transitions/* short */.h0)(repo.deployed)}` : ''} (${repo.totalCommits} new commit${repo.totalCommits === 1 ? '' : 's'})` : `unchanged at ${(0,transitions/* short */.h0)(repo.head)}`}${repo.note ? `; ${repo.note}` : ''}`);
        for (const commit of repo.commits.slice(-10))
            log.info(`  • ${(0,transitions/* short */.h0)(commit.sha)} ${commit.subject}`);
    }
    log.info(service === null
        ? 'Service status: unknown (no status check configured)'
        : `Service status: ${service.up ? 'up' : 'down'} (${service.detail})`);
    const bad = state?.known_bad.find((entry) => entry.version === version);
    return {
        environment: settings.environment,
        ...(target ? { serviceName: target.name } : {}),
        version,
        current,
        stateSequence: state?.sequence ?? 0,
        lastAttempt: state?.last_attempt ?? null,
        knownBad: bad ? { reason: bad.reason } : undefined,
        files,
        filesNote: code.note,
        configRepos,
        service
    };
}
/**
 * A service's `path` must be a folder of the commit deployed: a typo there would otherwise match
 * no changed file, ever, and the service would never be planned again after its first deploy.
 */
async function checkServicePath(changes, version, service, configFile = '.github/deploy-orchestrator.yml') {
    const folders = await changes.folders(version);
    if (!folders || folders.has(service.path))
        return; // not a commit here (a release name): nothing to look in
    throw new errors/* SettingsError */.G([
        `\`config-file\`: ${configFile}: services.${service.name}.path: "${service.path}" is not a folder of the repository at ${(0,transitions/* short */.h0)(version)}, so no change would ever concern ${service.name}; name the service's folder, relative to the repository root`
    ]);
}
async function inspectConfigRepo(spec, deployed, services) {
    const source = services.configSources.find((candidate) => candidate.supports(spec));
    if (!source) {
        throw new config_repos/* ConfigRepoError */.dp(spec, 'names a GitHub repository (owner/repo) but no GitHub API client is configured', 'set `github-token`, or write it as a git URL (https://github.com/owner/repo.git)');
    }
    return source.inspect(spec, deployed);
}


/***/ }),

/***/ 58175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uF: () => (/* binding */ RepositoryChanges)
/* harmony export */ });
/* unused harmony exports ShallowCloneError, resolveVersion, changedFiles */
/* harmony import */ var _util_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13968);

class ShallowCloneError extends Error {
    constructor(commit) {
        super(`the last deployed commit ${commit.slice(0, 12)} is not in this shallow clone and deepening it failed; check out with full history (actions/checkout with \`fetch-depth: 0\`)`);
        this.name = 'ShallowCloneError';
    }
}
/** The commit being deployed: the `version` input resolved in the work tree when it names a commit. */
async function resolveVersion(cwd, requested) {
    const candidate = requested ?? 'HEAD';
    const resolved = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`], {
        cwd,
        allowFailure: true
    }).catch(() => undefined);
    if (resolved && resolved.exitCode === 0)
        return resolved.stdout.trim();
    if (requested)
        return requested; // a release name or tag outside git: deployed as given
    throw new _util_git_js__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS(`cannot tell which version to deploy: ${cwd} is not a git checkout and no \`version\` input is set; check out the repository first or pass \`version\``, '');
}
/**
 * Files changed between the last deployed commit and the one being deployed. A shallow clone is
 * deepened once; history rewritten since the last deploy counts every tracked file as changed, so
 * the plan errs on the side of doing more.
 */
async function changedFiles(cwd, deployed, version) {
    if (!deployed)
        return { files: null };
    if (deployed === version)
        return { files: [] };
    const isCommit = (rev) => (0,_util_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['cat-file', '-e', `${rev}^{commit}`], { cwd, allowFailure: true }).then((r) => r.exitCode === 0);
    if (!(await isCommit(version))) {
        return { files: null, note: `version ${version} is not a commit of this repository; files cannot be compared` };
    }
    if (!(await isCommit(deployed))) {
        const shallow = (await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['rev-parse', '--is-shallow-repository'], { cwd })).stdout.trim() === 'true';
        if (shallow) {
            await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['fetch', '--no-tags', '--quiet', '--unshallow'], { cwd, timeoutMs: 120_000, allowFailure: true });
            if (!(await isCommit(deployed)))
                throw new ShallowCloneError(deployed);
        }
        else {
            const all = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['ls-tree', '-r', '-z', '--name-only', version], { cwd });
            return {
                files: all.stdout.split('\0').filter(Boolean),
                note: `the last deployed commit ${deployed.slice(0, 12)} is no longer in the history (force-push?): every file counts as changed`
            };
        }
    }
    const diff = await (0,_util_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['diff', '--name-only', '-z', '--no-renames', deployed, version, '--'], { cwd });
    return { files: diff.stdout.split('\0').filter(Boolean) };
}
/**
 * The repository's facts as the analysis asks for them: the version to deploy and the files changed
 * since a deployed commit. Each question is asked of git once per instance, so the services of one
 * repository planned in one run share one `git diff` per deployed commit (one when they were all
 * deployed from the same commit).
 */
class RepositoryChanges {
    workspace;
    versions = new Map();
    diffs = new Map();
    trees = new Map();
    constructor(workspace) {
        this.workspace = workspace;
    }
    version(requested) {
        const key = requested ?? '';
        let found = this.versions.get(key);
        if (!found)
            this.versions.set(key, (found = resolveVersion(this.workspace, requested)));
        return found;
    }
    /** Every folder of the commit `version` (one `git ls-tree`); undefined when it is not a commit here. */
    folders(version) {
        let found = this.trees.get(version);
        if (!found) {
            found = (0,_util_git_js__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(['ls-tree', '-r', '-d', '-z', '--name-only', version, '--'], {
                cwd: this.workspace,
                allowFailure: true
            })
                .then((r) => (r.exitCode === 0 ? new Set(r.stdout.split('\0').filter(Boolean)) : undefined))
                .catch(() => undefined);
            this.trees.set(version, found);
        }
        return found;
    }
    changedFiles(deployed, version) {
        const key = `${deployed ?? ''}\0${version}`;
        let found = this.diffs.get(key);
        if (!found)
            this.diffs.set(key, (found = changedFiles(this.workspace, deployed, version)));
        return found;
    }
}


/***/ }),

/***/ 44372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CLAIM_TTL_MS: () => (/* binding */ CLAIM_TTL_MS),
  activeClaim: () => (/* binding */ activeClaim),
  describePlan: () => (/* binding */ describePlan),
  runPipeline: () => (/* binding */ runPipeline),
  runUrl: () => (/* binding */ runUrl)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/util/process.ts
var util_process = __webpack_require__(22017);
// EXTERNAL MODULE: ./src/analyze/analyze.ts + 1 modules
var analyze = __webpack_require__(12539);
// EXTERNAL MODULE: ./src/state/transitions.ts
var transitions = __webpack_require__(82649);
// EXTERNAL MODULE: ./src/verify/health.ts
var verify_health = __webpack_require__(20787);
// EXTERNAL MODULE: ./src/platforms/platform.ts
var platforms_platform = __webpack_require__(59597);
// EXTERNAL MODULE: ./src/util/failpoint.ts
var failpoint = __webpack_require__(34726);
;// CONCATENATED MODULE: ./src/execute/execute.ts




/** How long a failure's diagnosis may hold up the rollback. */
const DIAGNOSIS_TIMEOUT_MS = 20_000;
class StepFailure extends Error {
    step;
    beforeTraffic;
    constructor(step, message, beforeTraffic) {
        super(message);
        this.step = step;
        this.beforeTraffic = beforeTraffic;
    }
}
/**
 * Runs a plan with its strategy: build, migrations, deploy, traffic, checks; and when the new version
 * fails after traffic moved, the automatic rollback, itself checked. Never throws for a deploy that
 * fails: the outcome says what happened, so the state and the reports can record it.
 */
async function executePlan(plan, context) {
    const run = new Execution(plan, context);
    return run.execute();
}
class Execution {
    plan;
    context;
    steps = [];
    health = [];
    migrations = [];
    trafficMoved = false;
    image;
    imageDigest;
    url;
    platformData = {};
    notes = [];
    previous;
    abort = new AbortController();
    constructor(plan, context) {
        this.plan = plan;
        this.context = context;
        this.previous = context.state?.current ?? null;
        const { settings } = context;
        // A redeploy keeps the image that runs unless a new one is named; a build may name its own.
        this.image = settings.image ?? (plan.operation === 'rebuild' ? undefined : this.previous?.image);
        this.imageDigest =
            settings.imageDigest ?? (plan.operation === 'rebuild' || settings.image ? undefined : this.previous?.image_digest);
    }
    async execute() {
        const { settings, log } = this.context;
        let color;
        try {
            if (this.plan.operation === 'rollback')
                return await this.requestedRollback();
            await this.checkMigrations();
            await this.checkJudges();
            if (this.plan.operation === 'start') {
                await this.step('start', async () => {
                    const out = await this.context.platform.start(this.platformContext());
                    this.absorb(out);
                }, false);
                this.trafficMoved = true;
                await this.verifyLive(undefined);
                await this.bake(undefined);
                return this.success(undefined);
            }
            if (this.plan.operation === 'rebuild') {
                await this.step('build', async () => {
                    const built = await this.context.platform.build(this.platformContext());
                    if (built.image)
                        this.image = built.image;
                    if (built.imageDigest)
                        this.imageDigest = built.imageDigest;
                    if (built.image || built.imageDigest)
                        log.info(`Built ${built.image ?? ''}${built.imageDigest ? ` (${built.imageDigest})` : ''}`);
                }, true);
            }
            switch (settings.strategy) {
                case 'rolling':
                    await this.migrate();
                    // A rolling deploy changes what serves as it goes: a deploy that fails half-way is after
                    // traffic, unless the platform says the new version never went live (PlatformError).
                    this.trafficMoved = true;
                    await this.step('deploy', async () => this.absorb(await this.context.platform.deploy(this.platformContext())), false);
                    (0,failpoint/* failpoint */.Z)('execute-after-deploy');
                    if (this.restarts())
                        await this.step('restart', () => this.context.platform.restart(this.platformContext()), false);
                    await this.verifyLive(undefined);
                    break;
                case 'blue-green': {
                    const live = await this.context.platform.liveColor(this.context.state);
                    color = (0,platforms_platform/* otherColor */.I)(live);
                    log.info(`Blue-green: ${live} is live, deploying ${(0,transitions/* short */.h0)(this.plan.version)} to ${color}`);
                    await this.step(`deploy to ${color}`, async () => this.absorb(await this.context.platform.deploy(this.platformContext({ color }))), true);
                    if (this.restarts())
                        await this.step(`restart ${color}`, () => this.context.platform.restart(this.platformContext({ color })), true);
                    await this.verifyRunning(color, true);
                    await this.checkHealth('candidate', color, true);
                    await this.migrate();
                    this.trafficMoved = true;
                    await this.step(`switch traffic to ${color}`, () => this.context.platform.switchTraffic(this.platformContext({ color })), false);
                    await this.checkHealth('live', color, false);
                    break;
                }
                case 'canary': {
                    await this.step('deploy canary', async () => this.absorb(await this.context.platform.deploy(this.platformContext({ weight: 0 }))), true);
                    if (this.restarts())
                        await this.step('restart canary', () => this.context.platform.restart(this.platformContext({ weight: 0 })), true);
                    await this.verifyRunning(undefined, true);
                    await this.migrate();
                    for (const weight of settings.canarySteps) {
                        this.trafficMoved = true;
                        await this.step(`shift ${weight}% of traffic`, () => this.context.platform.switchTraffic(this.platformContext({ weight })), false);
                        await this.checkHealth(`canary ${weight}%`, undefined, false);
                    }
                    const { platform } = this.context;
                    if (platform.promote) {
                        await this.step('promote canary', async () => this.absorb(await platform.promote(this.platformContext())), false);
                        await this.checkHealth('promoted', undefined, false);
                    }
                    break;
                }
            }
            await this.bake(color);
            return this.success(color);
        }
        catch (error) {
            return this.failure(error, color);
        }
        finally {
            this.abort.abort();
        }
    }
    /** Rebuilds and restarts restart the service after the deploy (the original agent's sequence). */
    restarts() {
        return this.plan.operation === 'restart' || this.plan.operation === 'rebuild';
    }
    async verifyLive(color) {
        await this.verifyRunning(color, false);
        await this.checkHealth('live', color, false);
    }
    /** The platform's own word on what runs must match what was deployed (digest, else version). */
    async verifyRunning(color, beforeTraffic) {
        const expected = this.imageDigest ?? this.plan.version;
        const started = performance.now();
        const running = await this.context.platform.running(this.platformContext({ color })).catch((error) => {
            throw new StepFailure('verify running version', error.message, beforeTraffic);
        });
        if (running === null)
            return; // the platform cannot tell; the health checks still run
        this.steps.push({
            name: 'verify running version',
            started_at: new Date(Date.now() - (performance.now() - started)).toISOString(),
            duration_ms: Math.round(performance.now() - started),
            status: matchesVersion(running, expected, this.plan.version) ? 'success' : 'failed'
        });
        if (!matchesVersion(running, expected, this.plan.version)) {
            throw new StepFailure('verify running version', `the platform runs ${running || '(nothing reported)'} but ${expected} was deployed${this.imageDigest ? ' (a tag like latest may point at another image; deploy by digest)' : ''}`, beforeTraffic);
        }
        this.context.log.info(`Running version verified: ${running}`);
    }
    /**
     * `bake-seconds` after the live checks passed: every check again, every interval, for that long;
     * one that fails `health-retries` times in a row fails the deploy (after traffic: it rolls back).
     */
    async bake(color) {
        const { bakeSeconds } = this.context.settings.health;
        if (bakeSeconds > 0)
            await this.checkHealth('bake', color, false, undefined, bakeSeconds * 1000);
    }
    async checkHealth(stage, color, beforeTraffic, signal, bakeMs = 0) {
        // Metrics judge a deploy after traffic moved, not a candidate, nor any rollback (they lag).
        const judged = stage !== 'candidate' && stage !== 'after rollback' && this.plan.operation !== 'rollback';
        const probes = await this.probes(stage === 'candidate' ? 'candidate' : 'live', color, judged);
        if (probes.length === 0) {
            if (stage !== 'candidate' && bakeMs === 0)
                this.context.log.warn('No health checks configured (health-urls or health-path): nothing but the commands verifies this deploy');
            return;
        }
        const { settings, log } = this.context;
        const name = `health check (${stage})`;
        const started = performance.now();
        const startedAt = new Date().toISOString();
        const { retries, intervalMs, timeoutMs } = settings.health;
        const endpoints = probes.map((p) => p.endpoint).join(', ');
        log.info(bakeMs > 0
            ? `Baking ${bakeMs / 1000} s: checking ${endpoints} every ${intervalMs / 1000} s; ${retries} failure${retries === 1 ? '' : 's'} in a row fail the deploy`
            : `Checking ${endpoints} (${retries} attempts, ${intervalMs / 1000} s apart, ${timeoutMs / 1000} s timeout)`);
        const failing = new Set();
        const outcome = await (0,verify_health/* runHealthChecks */.b7)(probes, settings.health, {
            phase: stage,
            signal: signal ?? this.abort.signal,
            bakeMs,
            onRecord: (r) => {
                // A bake logs what changes (a check failing, then recovering), not every pass.
                if (bakeMs > 0 && r.passed && !failing.delete(r.endpoint))
                    return;
                if (!r.passed)
                    failing.add(r.endpoint);
                log.info(`  ${r.passed ? '✓' : '✗'} ${r.endpoint} attempt ${r.attempt}: ${r.status_code || '-'} in ${r.response_time_ms} ms${r.detail ? ` (${r.detail})` : ''}`);
            }
        });
        this.health.push(...outcome.records);
        const baked = bakeMs > 0 ? `${outcome.records.length} checks over ${bakeMs / 1000} s` : undefined;
        this.steps.push({
            name,
            started_at: startedAt,
            duration_ms: Math.round(performance.now() - started),
            status: outcome.passed ? 'success' : 'failed',
            detail: outcome.failure ?? baked
        });
        if (baked && outcome.passed)
            log.info(`Bake passed: ${baked}`);
        if (!outcome.passed)
            throw new StepFailure(name, outcome.failure ?? 'failed', beforeTraffic);
    }
    async probes(stage, color, judged) {
        const { settings, platform } = this.context;
        let urls = settings.health.urls;
        if (stage === 'candidate')
            urls = urls.filter((u) => u.includes('{color}'));
        urls = urls.map((u) => u.replaceAll('{color}', color ?? 'blue'));
        if (settings.health.urls.length === 0)
            urls = await platform.healthUrls({ color, stage });
        const probes = urls.map((url) => (0,verify_health/* httpProbe */.HB)(url, settings.health));
        if (stage === 'live')
            probes.push(...(this.context.extraProbes ?? []));
        if (judged && this.context.afterTrafficProbes) {
            probes.push(...this.context.afterTrafficProbes({
                environment: settings.environment,
                version: this.plan.version,
                previousVersion: this.previous?.version,
                color
            }));
        }
        return probes;
    }
    /**
     * Before anything runs: each check that judges the new version after traffic moves (a metric
     * query) is asked once, so that one that can never pass (a query Prometheus rejects, credentials
     * it refuses) stops the deploy here rather than after the switch, as a rollback. What the answer
     * says is not judged: the new version has no samples yet.
     */
    async checkJudges() {
        const factory = this.context.afterTrafficProbes;
        if (!factory)
            return;
        const probes = factory({
            environment: this.context.settings.environment,
            version: this.plan.version,
            previousVersion: this.previous?.version
        });
        if (probes.length === 0)
            return;
        await this.step('check metric queries', async () => {
            const timeoutMs = this.context.settings.health.timeoutMs;
            const problems = [];
            await Promise.all(probes.map(async (probe) => {
                await probe.ready?.();
                const answer = await probe
                    .attempt(AbortSignal.any([AbortSignal.timeout(timeoutMs), this.abort.signal]))
                    .catch((error) => ({ statusCode: 0, passed: false, final: false, detail: error.message }));
                if (!answer.passed && answer.final)
                    problems.push(`${probe.endpoint}: ${answer.detail ?? 'refused'}`);
                else if (!answer.passed && answer.statusCode === 0)
                    this.context.log.warn(`${probe.endpoint}: ${answer.detail ?? 'no answer'} now; the checks after traffic moves try again`);
            }));
            if (problems.length > 0)
                throw new Error(`${problems.join('; ')} (before any change)`);
        }, true);
    }
    /** Before anything runs: an applied migration whose file changed (or no database) stops the deploy here. */
    async checkMigrations() {
        const migrator = this.context.migrator;
        if (!migrator?.prepare || this.plan.operation === 'start')
            return;
        await this.step('check migrations', () => migrator.prepare({ log: this.context.log }), true);
    }
    async migrate() {
        const migrator = this.context.migrator;
        if (!migrator)
            return;
        await this.step('migrations', async () => {
            // Recorded as they land, so a failure half-way still knows what to undo.
            await migrator.apply({
                deploymentId: this.context.deploymentId,
                log: this.context.log,
                onApplied: (r) => this.migrations.push(r)
            });
        }, true);
    }
    /** The new version failed. Before traffic: nothing to undo. After: roll back, and check that. */
    async failure(error, color) {
        const { log, settings } = this.context;
        const failedStep = error instanceof StepFailure ? error.step : 'deploy';
        const reason = error instanceof Error ? error.message : String(error);
        const beforeTraffic = error instanceof StepFailure
            ? error.beforeTraffic
            : error instanceof platforms_platform/* PlatformError */.W
                ? error.beforeTraffic
                : !this.trafficMoved;
        log.error(`${failedStep} failed: ${reason}`);
        // What the platform saw is read before a rollback replaces what failed. Moving traffic back
        // (a blue-green switch, a canary's weights) goes first, so traffic is not held on the failing
        // version while the diagnosis reads pods, events and logs: a switch back leaves the failed
        // colour running, and a canary's abort reads them itself before it scales anything down.
        const switchesBack = settings.strategy !== 'rolling' &&
            !beforeTraffic &&
            this.trafficMoved &&
            settings.rollback.auto &&
            this.previous !== null;
        const diagnosis = switchesBack ? undefined : await this.diagnose();
        const base = {
            reason: `${failedStep}: ${reason}`,
            failedStep,
            steps: this.steps,
            health: this.health,
            migrations: this.migrations,
            image: this.image,
            imageDigest: this.imageDigest,
            url: this.url,
            notes: this.notes,
            diagnosis
        };
        if (beforeTraffic || !this.trafficMoved) {
            log.info(this.plan.operation === 'start'
                ? `${(0,transitions/* short */.h0)(this.plan.version)} did not start: the service is still down, and there is nothing to roll back`
                : `Traffic never reached ${(0,transitions/* short */.h0)(this.plan.version)}: ${this.previous ? (0,transitions/* short */.h0)(this.previous.version) : 'the old version'} still serves, nothing to roll back`);
            await this.undoMigrations();
            return { ...base, status: 'failed', trafficMoved: false, rollback: { triggered: false } };
        }
        if (!settings.rollback.auto) {
            log.warn(`auto-rollback is off: ${(0,transitions/* short */.h0)(this.plan.version)} may be serving; run with mode: rollback to return to ${this.previous ? (0,transitions/* short */.h0)(this.previous.version) : 'an earlier version'}`);
            return {
                ...base,
                status: 'failed',
                trafficMoved: true,
                rollback: { triggered: false, reason: 'auto-rollback is off' }
            };
        }
        if (!this.previous) {
            log.error('There is no earlier good version to roll back to (first deploy): a person must act');
            return {
                ...base,
                status: 'rollback_failed',
                trafficMoved: true,
                rollback: { triggered: false, reason: 'no earlier good version recorded' }
            };
        }
        const outcome = await this.autoRollback(base, color);
        return switchesBack ? { ...outcome, diagnosis: await this.diagnose() } : outcome;
    }
    async autoRollback(base, color) {
        const { log, settings, platform } = this.context;
        const target = this.previous;
        const started = performance.now();
        const deadline = AbortSignal.timeout(settings.rollback.maxSeconds * 1000);
        const rollbackBase = { triggered: true, reason: base.reason, previous_version: target.version };
        return log.group(`Rollback to ${(0,transitions/* short */.h0)(target.version)}`, async () => {
            log.info(`Rolling back to ${(0,transitions/* short */.h0)(target.version)} (deadline ${settings.rollback.maxSeconds} s): ${base.reason}`);
            let healthy = false;
            let why = '';
            let settle;
            const context = {
                ...this.platformContext(),
                operation: 'rollback',
                version: target.version,
                previousVersion: this.plan.version,
                image: target.image,
                imageDigest: target.image_digest,
                configCommits: target.config_commits,
                signal: AbortSignal.any([deadline])
            };
            try {
                if (settings.strategy === 'blue-green') {
                    const back = color ? (0,platforms_platform/* otherColor */.I)(color) : (target.color ?? 'blue');
                    await this.step(`switch traffic back to ${back}`, () => platform.switchTraffic({ ...context, color: back }), false);
                    await this.undoMigrations();
                    await this.checkHealth('after rollback', back, false, deadline);
                }
                else if (settings.strategy === 'canary') {
                    await this.step('shift all traffic back', () => platform.switchTraffic({ ...context, weight: 0 }), false);
                    await this.undoMigrations();
                    await this.checkHealth('after rollback', undefined, false, deadline);
                }
                else {
                    const handle = await this.step('roll back', () => platform.rollback(context, target), false);
                    settle = handle.settle?.bind(handle);
                    await this.undoMigrations();
                    await this.checkHealth('after rollback', target.color, false, deadline);
                }
                healthy = true;
            }
            catch (error) {
                why = deadline.aborted
                    ? `the rollback did not finish within max-rollback-seconds (${settings.rollback.maxSeconds} s)`
                    : error.message;
            }
            if (settle) {
                await settle(healthy).catch((error) => {
                    healthy = false;
                    why ||= error.message;
                });
            }
            const duration = seconds(started);
            if (healthy) {
                log.info(`Rolled back to ${(0,transitions/* short */.h0)(target.version)} in ${duration} s; it is healthy`);
                return {
                    ...base,
                    status: 'rolled_back',
                    trafficMoved: true,
                    rollback: { ...rollbackBase, duration_seconds: duration, succeeded: true }
                };
            }
            log.error(`Rollback to ${(0,transitions/* short */.h0)(target.version)} failed: ${why}. The previous version is unhealthy too: a person must act now`);
            return {
                ...base,
                status: 'rollback_failed',
                reason: `${base.reason}; rollback failed: ${why}`,
                trafficMoved: true,
                rollback: { ...rollbackBase, duration_seconds: duration, succeeded: false }
            };
        });
    }
    /** What the platform sees of the failure, read before a rollback replaces what failed; never fails the run. */
    async diagnose() {
        const { platform, log } = this.context;
        if (!platform.diagnose)
            return undefined;
        try {
            return (await platform.diagnose(AbortSignal.timeout(DIAGNOSIS_TIMEOUT_MS))) ?? undefined;
        }
        catch (error) {
            log.warn(`Reading why it failed from ${platform.name} failed: ${error.message}`);
            return undefined;
        }
    }
    /** `mode: rollback`: return to the target, checked like a deploy. */
    async requestedRollback() {
        const { settings, platform, log } = this.context;
        const target = this.rollbackTarget();
        const context = {
            ...this.platformContext(),
            operation: 'rollback',
            version: target.version,
            previousVersion: this.previous?.version,
            image: target.image,
            imageDigest: target.image_digest,
            configCommits: target.config_commits
        };
        const started = performance.now();
        const deadline = AbortSignal.timeout(settings.rollback.maxSeconds * 1000);
        let color;
        try {
            if (settings.strategy === 'blue-green') {
                const live = await platform.liveColor(this.context.state);
                color = (0,platforms_platform/* otherColor */.I)(live);
                if (target.color !== color) {
                    log.info(`${(0,transitions/* short */.h0)(target.version)} no longer runs in ${color}: deploying it there first`);
                    await this.step(`deploy ${(0,transitions/* short */.h0)(target.version)} to ${color}`, () => platform.deploy({ ...context, color }), true);
                }
                await this.checkHealth('candidate', color, true, deadline);
                this.trafficMoved = true;
                await this.step(`switch traffic to ${color}`, () => platform.switchTraffic({ ...context, color }), false);
                await this.checkHealth('live', color, false, deadline);
            }
            else {
                this.trafficMoved = true;
                const handle = await this.step('roll back', () => platform.rollback({ ...context, signal: deadline }, target), false);
                this.absorb(handle);
                let healthy = false;
                try {
                    await this.checkHealth('live', target.color, false, deadline);
                    healthy = true;
                }
                finally {
                    await handle.settle?.(healthy);
                }
            }
        }
        catch (error) {
            const reason = deadline.aborted
                ? `did not finish within max-rollback-seconds (${settings.rollback.maxSeconds} s)`
                : error.message;
            log.error(`Rollback to ${(0,transitions/* short */.h0)(target.version)} failed: ${reason}`);
            return {
                status: this.trafficMoved ? 'rollback_failed' : 'failed',
                reason: `rollback to ${(0,transitions/* short */.h0)(target.version)}: ${reason}`,
                failedStep: 'rollback',
                trafficMoved: this.trafficMoved,
                steps: this.steps,
                health: this.health,
                migrations: [],
                rollback: {
                    triggered: true,
                    reason: 'requested',
                    previous_version: target.version,
                    duration_seconds: seconds(started),
                    succeeded: false
                }
            };
        }
        const record = {
            ...target,
            color: color ?? target.color,
            deployed_at: new Date().toISOString(),
            deployment_id: this.context.deploymentId,
            operation: 'rollback',
            approved_by: this.context.approvedBy,
            platform: { ...target.platform, ...this.platformData }
        };
        return {
            status: 'success',
            trafficMoved: true,
            record,
            steps: this.steps,
            health: this.health,
            migrations: [],
            url: this.url,
            rollback: {
                triggered: true,
                reason: 'requested',
                previous_version: target.version,
                duration_seconds: seconds(started),
                succeeded: true
            }
        };
    }
    rollbackTarget() {
        const target = this.context.state?.history.find((entry) => entry.version === this.plan.version);
        if (!target)
            throw new Error(`internal: rollback target ${this.plan.version} is not in the history`);
        return target;
    }
    async undoMigrations() {
        const migrator = this.context.migrator;
        if (!migrator || this.migrations.length === 0)
            return;
        await this.step('undo migrations', () => migrator.undo(this.migrations, { log: this.context.log }), false).catch((error) => {
            this.context.log.warn(`Undoing migrations failed: ${error.message}; the schema stays ahead of the code`);
        });
    }
    success(color) {
        const record = {
            version: this.plan.version,
            config_commits: this.plan.config_commits,
            image: this.image,
            image_digest: this.imageDigest,
            color: this.context.settings.strategy === 'blue-green' ? color : this.previous?.color,
            deployed_at: new Date().toISOString(),
            deployment_id: this.context.deploymentId,
            operation: this.plan.operation,
            approved_by: this.context.approvedBy,
            platform: Object.keys(this.platformData).length > 0 ? this.platformData : undefined
        };
        return {
            status: 'success',
            trafficMoved: true,
            record,
            steps: this.steps,
            health: this.health,
            rollback: { triggered: false },
            migrations: this.migrations,
            image: this.image,
            imageDigest: this.imageDigest,
            url: this.url,
            notes: this.notes
        };
    }
    absorb(output) {
        if (output.platform)
            Object.assign(this.platformData, output.platform);
        if (output.url)
            this.url = output.url;
        for (const note of output.notes ?? [])
            if (!this.notes.includes(note))
                this.notes.push(note);
    }
    platformContext(extra = {}) {
        return {
            environment: this.context.settings.environment,
            operation: this.plan.operation,
            version: this.plan.version,
            previousVersion: this.previous?.version,
            image: this.image,
            imageDigest: this.imageDigest,
            configCommits: this.plan.config_commits,
            signal: this.abort.signal,
            deploymentId: this.context.deploymentId,
            recorded: this.previous ?? undefined,
            ...extra
        };
    }
    async step(name, body, beforeTraffic) {
        const started = performance.now();
        const startedAt = new Date().toISOString();
        try {
            const value = await body();
            this.steps.push({
                name,
                started_at: startedAt,
                duration_ms: Math.round(performance.now() - started),
                status: 'success'
            });
            this.context.log.info(`✓ ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
            return value;
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            this.steps.push({
                name,
                started_at: startedAt,
                duration_ms: Math.round(performance.now() - started),
                status: 'failed',
                detail: message
            });
            if (error instanceof StepFailure)
                throw error;
            const platformBefore = error instanceof platforms_platform/* PlatformError */.W ? error.beforeTraffic || beforeTraffic : beforeTraffic;
            throw new StepFailure(name, message, platformBefore);
        }
    }
}
/** A reported version matches the deployed one exactly, as an abbreviated commit, or as the digest. */
function matchesVersion(running, expected, version) {
    const value = running.trim();
    if (value === '')
        return false;
    if (value === expected || value === version)
        return true;
    return value.length >= 7 && /^[0-9a-f]+$/.test(value) && (version.startsWith(value) || expected.startsWith(value));
}
function seconds(started) {
    return Math.round((performance.now() - started) / 10) / 100;
}

// EXTERNAL MODULE: ./src/gate/approval.ts + 1 modules
var approval = __webpack_require__(77330);
// EXTERNAL MODULE: ./src/plan/plan.ts
var plan_plan = __webpack_require__(48720);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./src/settings/inputs.ts
var inputs = __webpack_require__(97428);
// EXTERNAL MODULE: ./src/settings/errors.ts
var errors = __webpack_require__(46990);
// EXTERNAL MODULE: ./src/settings/settings.ts + 1 modules
var settings = __webpack_require__(31073);
;// CONCATENATED MODULE: ./src/plan/plan-input.ts





const files = schemas/* array */.YOg(schemas/* string */.YjP());
const planSchema = schemas/* looseObject */._H3({
    schema_version: schemas/* literal */.euz(plan_plan/* PLAN_SCHEMA_VERSION */.jk),
    environment: schemas/* string */.YjP().min(1),
    service: schemas/* string */.YjP().min(1).optional(),
    platform: schemas/* enum */.k5n(inputs/* PLATFORMS */.P4),
    strategy: schemas/* enum */.k5n(inputs/* STRATEGIES */.YL),
    operation: schemas/* enum */.k5n(settings.OPERATIONS),
    decided_by: schemas/* enum */.k5n(['analysis', 'override']),
    requires_approval: schemas/* boolean */.zMY(),
    approval_policy: schemas/* array */.YOg(schemas/* enum */.k5n(settings.OPERATIONS)),
    reasons: schemas/* array */.YOg(schemas/* string */.YjP()),
    version: schemas/* string */.YjP().min(1),
    previous_version: schemas/* string */.YjP().nullable(),
    state_sequence: schemas/* number */.aig().int().min(0),
    config_commits: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP().regex(/^[0-9a-f]{40,64}$/)),
    records_config: schemas/* boolean */.zMY(),
    changes: schemas/* object */.Ikc({ rebuild: files, restart: files, redeploy: files, ignore: files }),
    config_changes: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        source: schemas/* string */.YjP(),
        from: schemas/* string */.YjP().optional(),
        to: schemas/* string */.YjP(),
        commits: schemas/* array */.YOg(schemas/* object */.Ikc({ sha: schemas/* string */.YjP(), subject: schemas/* string */.YjP() })),
        total: schemas/* number */.aig().int(),
        note: schemas/* string */.YjP().optional()
    })),
    service_up: schemas/* boolean */.zMY().nullable(),
    steps: schemas/* array */.YOg(schemas/* string */.YjP()),
    created_at: schemas/* string */.YjP()
});
/** The `plan` input: the JSON a `mode: plan` run put in its `plan` output, checked field by field. */
function parsePlanInput(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* SettingsError */.G([
            `\`plan\`: not valid JSON (${error.message}); pass the \`plan\` output of a \`mode: plan\` run unchanged`
        ]);
    }
    const parsed = planSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* SettingsError */.G([
            `\`plan\`: ${issue?.path.join('.') || 'plan'}: ${issue?.message}; pass the \`plan\` output of a \`mode: plan\` run unchanged`
        ]);
    }
    if (parsed.data.operation === 'rollback')
        throw new errors/* SettingsError */.G(['`plan`: a rollback is run with `mode: rollback`, not as a plan']);
    return parsed.data;
}

// EXTERNAL MODULE: ./src/state/schema.ts
var schema = __webpack_require__(76858);
// EXTERNAL MODULE: ./src/state/target.ts
var state_target = __webpack_require__(7176);
;// CONCATENATED MODULE: ./src/pipeline.ts














/**
 * The whole run: state, analysis, plan, gates, execution, record. Reporting is the caller's (the
 * action and the CLI report differently). Throws only for what stops a run before any change:
 * bad settings, a refused gate, an unreadable state, a state that moved.
 */
async function runPipeline(settings, services) {
    const { log, store, platform } = services;
    const started = performance.now();
    const target = (0,state_target/* targetName */.j)(settings.environment, settings.service?.name);
    // With several services in one log, every group says whose it is.
    const of = settings.service ? `: ${settings.service.name}` : '';
    const result = {
        mode: settings.mode,
        environment: settings.environment,
        ...(settings.service ? { serviceName: settings.service.name } : {}),
        status: 'planned',
        deploymentId: (0,external_node_crypto_.randomUUID)(),
        startedAt: new Date().toISOString(),
        durationSeconds: 0,
        hardening: { dpo_pairs_generated: 0 },
        notes: []
    };
    const finish = () => {
        result.durationSeconds = Math.round((performance.now() - started) / 100) / 10;
        return result;
    };
    const state = await log.group(`State (${store.location})`, async () => {
        const loaded = await store.read();
        if (!loaded)
            log.info(`No state for ${target} yet: this is its first deploy`);
        else {
            log.info(`Sequence ${loaded.sequence}; current ${loaded.current ? `${(0,transitions/* short */.h0)(loaded.current.version)} (${loaded.current.operation} at ${loaded.current.deployed_at})` : 'none'}; ${loaded.history.length} good, ${loaded.known_bad.length} known bad`);
            if (loaded.last_attempt?.status === 'in_progress')
                log.warn(`The last run ${loaded.last_attempt.deployment_id} (${loaded.last_attempt.operation} of ${(0,transitions/* short */.h0)(loaded.last_attempt.version)}) never finished`);
        }
        return loaded;
    });
    result.state = state;
    result.previousVersion = state?.current?.version;
    const claim = activeClaim(state, Date.now());
    if (claim && (settings.mode === 'deploy' || settings.mode === 'rollback'))
        throw new approval/* GateError */.u(`another deploy is running: ${claim}`);
    if (claim)
        log.warn(`Another deploy is running: ${claim}`);
    if (settings.mode === 'status') {
        await log.group(`Status${of}`, async () => {
            result.service = await platform.status(AbortSignal.timeout(60_000));
            log.info(result.service === null
                ? 'Service status: unknown (no status check configured)'
                : `Service: ${result.service.up ? 'up' : 'down'} (${result.service.detail})`);
            const urls = settings.health.urls.length > 0
                ? settings.health.urls.map((u) => u.replaceAll('{color}', state?.current?.color ?? 'blue'))
                : await platform.healthUrls({ color: state?.current?.color, stage: 'live' });
            const probes = [...urls.map((url) => (0,verify_health/* httpProbe */.HB)(url, settings.health)), ...(services.extraProbes ?? [])];
            const health = probes.length > 0
                ? await (0,verify_health/* runHealthChecks */.b7)(probes, { ...settings.health, retries: 1 }, { phase: 'status' })
                : { passed: true, records: [] };
            result.health = health.records;
            for (const record of health.records)
                log.info(`${record.passed ? '✓' : '✗'} ${record.endpoint}: ${record.status_code || '-'} in ${record.response_time_ms} ms${record.detail ? ` (${record.detail})` : ''}`);
            const down = result.service?.up === false || !health.passed;
            result.status = down ? 'failed' : 'success';
            result.message = down
                ? `${target} is not healthy: ${result.service?.up === false ? result.service.detail : health.failure}`
                : undefined;
        });
        return finish();
    }
    const plan = await log.group(`Plan${of}`, async () => {
        const made = await makePlan(settings, state, services);
        log.info(`Decision: ${made.operation}${made.decided_by === 'override' ? ' (forced)' : ''}; ${made.requires_approval ? `needs approval (policy: ${made.approval_policy.join(', ')})` : 'no approval needed'}`);
        for (const reason of made.reasons)
            log.info(`• ${reason}`);
        log.info(`Steps: ${made.steps.join(' → ')}`);
        return made;
    });
    result.plan = (0,plan_plan/* compactPlan */.ZU)(plan);
    result.newVersion = plan.version;
    const problems = platform.check(plan, settings.mode);
    if (problems.length > 0) {
        if (settings.mode !== 'plan')
            throw new errors/* SettingsError */.G(problems);
        // A plan run reports the plan it made, then fails with why it cannot run here: a required PR
        // check shows what merging would do, and why it would not deploy.
        result.status = 'failed';
        result.message = `the plan cannot run here: ${problems.join('; ')}`;
        log.info(`Cannot run here: ${problems.join('; ')}`);
        return finish();
    }
    if (settings.mode === 'plan') {
        result.status = 'planned';
        return finish();
    }
    if (plan.operation === 'none') {
        log.info('Nothing to deploy: status only');
        result.status = 'skipped';
        return finish();
    }
    await log.group('Gate', async () => {
        result.approval = plan.requires_approval
            ? await services.approvalGate.approve(plan, () => describePlan(plan))
            : { by: 'not required', how: 'not-required' };
        log.info(plan.requires_approval
            ? `Approved by ${result.approval.by} (${result.approval.how})${result.approval.comment ? `: "${result.approval.comment}"` : ''}`
            : `No approval needed for ${plan.operation} (policy: ${plan.approval_policy.join(', ')})`);
        if (services.validationGate) {
            const validation = await services.validationGate.check(plan);
            if (validation) {
                result.validation = validation;
                log.info(`Validation run ${validation.runId} passed on ${(0,transitions/* short */.h0)(plan.version)}`);
            }
        }
        if (services.requiredChecksGate)
            result.requiredChecks = await services.requiredChecksGate.check(plan);
    });
    // Claim the environment before the first change: a second run racing this one loses here, before
    // it touches anything, and a crash from now on stays visible in the state.
    const claimed = (0,transitions/* beginAttempt */.xF)(state, settings.environment, {
        deployment_id: result.deploymentId,
        operation: plan.operation,
        version: plan.version,
        started_at: result.startedAt,
        approved_by: result.approval?.by,
        ...(result.approval?.comment ? { approval_comment: result.approval.comment } : {}),
        ...(result.requiredChecks ? { required_checks: result.requiredChecks } : {}),
        run_url: runUrl(settings),
        host: (0,external_node_os_.hostname)(),
        pid: process.pid
    }, new Date().toISOString(), settings.service?.name);
    await writeState(services, claimed);
    (0,failpoint/* failpoint */.Z)('pipeline-after-claim');
    await notify(services, 'started', result);
    try {
        await executeAndRecord(settings, services, plan, claimed, result);
    }
    finally {
        // Whatever happened after the claim, the observers hear the end (a Deployment never stays in progress).
        finish();
        await notify(services, 'finished', result);
    }
    return finish();
}
async function executeAndRecord(settings, services, plan, claimed, result) {
    const { log, platform } = services;
    const outcome = await log.group(`Execute: ${plan.operation} ${(0,transitions/* short */.h0)(plan.version)} (${settings.strategy}, ${platform.name})`, () => executePlan(plan, {
        settings,
        log,
        platform,
        state: claimed,
        deploymentId: result.deploymentId,
        approvedBy: result.approval?.by,
        migrator: services.migrator,
        extraProbes: services.extraProbes,
        afterTrafficProbes: services.afterTrafficProbes
    }));
    result.outcome = outcome;
    result.status = outcome.status;
    result.message = outcome.reason;
    result.url = outcome.url;
    result.notes.push(...(outcome.notes ?? []));
    if (outcome.record && result.approval?.comment)
        outcome.record.approval_comment = result.approval.comment;
    if (outcome.record && result.requiredChecks)
        outcome.record.required_checks = result.requiredChecks;
    (0,failpoint/* failpoint */.Z)('pipeline-before-record');
    await log.group('Record', async () => {
        const now = new Date().toISOString();
        let next;
        if (outcome.status === 'success' && plan.operation === 'rollback') {
            next = (0,transitions/* recordRollback */.Ij)(claimed, outcome.record, claimed.current, `rolled back by request in ${result.deploymentId}`, now);
        }
        else if (outcome.status === 'success') {
            next = (0,transitions/* recordSuccess */.B3)(claimed, outcome.record, settings.state.keepVersions, now);
        }
        else {
            next = (0,transitions/* recordFailure */.C5)(claimed, {
                status: outcome.status,
                version: plan.version,
                deploymentId: result.deploymentId,
                reason: outcome.reason ?? 'unknown',
                current: plan.operation === 'rollback' ? undefined : claimed.current
            }, now);
        }
        try {
            await writeState(services, next);
        }
        catch (error) {
            // What ran is not undone for this: the platform keeps it, and the state keeps the claim,
            // which tells the next run that this attempt never finished (it deploys again).
            result.recordFailed = true;
            result.status = outcome.status === 'success' ? 'failed' : outcome.status;
            const what = outcome.status === 'success'
                ? `${plan.operation} of ${(0,transitions/* short */.h0)(plan.version)} succeeded and passed its checks (${(0,transitions/* short */.h0)(plan.version)} runs)`
                : `the run ended ${outcome.status.replace('_', ' ')}${outcome.reason ? ` (${outcome.reason})` : ''}`;
            result.message = `${what}, but the state could not be stored: ${error.message}. The state still names ${claimed.current ? (0,transitions/* short */.h0)(claimed.current.version) : 'no version'} with this run's attempt unfinished, so the next run deploys again; fix the cause and re-run`;
            log.error(result.message);
            return;
        }
        result.state = next;
        // A version that was good before stays a rollback target (recordFailure): say which it is.
        const marked = next.known_bad.some((bad) => bad.version === plan.version && bad.deployment_id === result.deploymentId);
        log.info(`State sequence ${next.sequence}: current ${next.current ? (0,transitions/* short */.h0)(next.current.version) : 'none'}${outcome.status === 'success' ? '' : `; ${(0,transitions/* short */.h0)(plan.version)} recorded as ${plan.operation === 'rollback' ? 'a failed rollback' : marked ? 'known bad' : 'a failed attempt (it ran well before: still a rollback target)'}`}`);
    });
    (0,failpoint/* failpoint */.Z)('pipeline-after-record');
}
/** How long another run's claim holds when its liveness cannot be seen (a different machine). */
const CLAIM_TTL_MS = 30 * 60 * 1000;
/**
 * Another run that claimed the environment and is still alive: this run must not deploy beside it.
 * A claim from a process of this machine that is gone is a crash (the plan deploys again); one
 * from another machine holds until it is CLAIM_TTL_MS old.
 */
function activeClaim(state, now) {
    const attempt = state?.last_attempt;
    if (attempt?.status !== 'in_progress')
        return undefined;
    const started = Date.parse(attempt.started_at);
    const sameHost = attempt.host === (0,external_node_os_.hostname)() && typeof attempt.pid === 'number';
    const alive = sameHost ? (0,util_process/* processAlive */.FN)(attempt.pid) : now - started < CLAIM_TTL_MS;
    if (!alive)
        return undefined;
    const until = sameHost
        ? 'until that process ends'
        : `until ${new Date(started + CLAIM_TTL_MS).toISOString()} if that run died`;
    return `${attempt.operation} of ${(0,transitions/* short */.h0)(attempt.version)} by run ${attempt.deployment_id}${attempt.run_url ? ` (${attempt.run_url})` : ''} has held ${(0,state_target/* targetName */.j)(state.environment, state.service)} since ${attempt.started_at}; this run stops before any change. Wait for it (the workflow's concurrency group queues runs); its claim holds ${until}`;
}
/** The state is a file people read and share: a secret in a command's error must not land there. */
function writeState(services, state) {
    return services.store.write(JSON.parse(services.log.redact(JSON.stringify(state))));
}
async function makePlan(settings, state, services) {
    const now = new Date().toISOString();
    const policy = {
        override: settings.operation,
        approvalRequiredFor: settings.github.approvalRequiredFor,
        canBuild: Boolean(settings.commands.build) || settings.platform !== 'command',
        platform: settings.platform,
        strategy: settings.strategy
    };
    if (settings.mode === 'rollback') {
        const target = (0,transitions/* rollbackTarget */.es)(state, settings.rollback.to);
        if (typeof target === 'string')
            throw new approval/* GateError */.u(`cannot roll back ${(0,state_target/* targetName */.j)(settings.environment, settings.service?.name)}: ${target}`);
        return {
            schema_version: 1,
            environment: settings.environment,
            ...(settings.service ? { service: settings.service.name } : {}),
            platform: settings.platform,
            strategy: settings.strategy,
            operation: 'rollback',
            decided_by: 'override',
            requires_approval: settings.github.approvalRequiredFor.includes('rollback'),
            approval_policy: [...settings.github.approvalRequiredFor],
            reasons: [
                `Rollback requested: from ${state?.current ? (0,transitions/* short */.h0)(state.current.version) : 'none'} to ${(0,transitions/* short */.h0)(target.version)} (deployed ${target.deployed_at})`
            ],
            version: target.version,
            previous_version: state?.current?.version ?? null,
            state_sequence: state?.sequence ?? 0,
            config_commits: target.config_commits,
            records_config: false,
            changes: { rebuild: [], restart: [], redeploy: [], ignore: [] },
            config_changes: [],
            service_up: null,
            steps: (0,plan_plan/* stepsFor */.Rb)('rollback', policy),
            created_at: now
        };
    }
    if (settings.planJson) {
        const given = parsePlanInput(settings.planJson);
        if (given.environment !== settings.environment) {
            throw new errors/* SettingsError */.G([
                `\`plan\`: the plan is for environment ${given.environment}, this run deploys ${settings.environment}`
            ]);
        }
        if (given.service !== settings.service?.name) {
            throw new errors/* SettingsError */.G([
                given.service
                    ? `\`plan\`: the plan is for the service ${given.service}, this run deploys ${settings.service ? `the service ${settings.service.name}` : 'a repository without services'}; pass \`service: ${given.service}\` (or that service's entry of \`plans\`)`
                    : `\`plan\`: the plan is for a repository without services, this run deploys the service ${settings.service.name}; plan it with \`service: ${settings.service.name}\``
            ]);
        }
        const sequence = state?.sequence ?? 0;
        if (given.state_sequence !== sequence)
            throw new schema/* StateConflictError */.K$(given.state_sequence, sequence);
        services.log.info(`Executing the plan made at ${given.created_at} (state sequence ${given.state_sequence}, unchanged since)`);
        // The approval policy in force now decides, not the one the plan was made under.
        return {
            ...given,
            requires_approval: settings.github.approvalRequiredFor.includes(given.operation),
            approval_policy: [...settings.github.approvalRequiredFor],
            strategy: settings.strategy,
            platform: settings.platform
        };
    }
    const facts = await (0,analyze/* analyze */.n)(settings, state, services);
    return (0,plan_plan/* planDeployment */.HN)(facts, policy, now);
}
/** What a person is asked to approve: the reasons with the files and config commits behind them. */
function describePlan(plan) {
    const lines = [`${plan.operation.toUpperCase()} of ${(0,state_target/* targetName */.j)(plan.environment, plan.service)} needs approval`, ''];
    for (const reason of plan.reasons)
        lines.push(`  • ${reason}`);
    for (const change of plan.config_changes) {
        lines.push('', `  ${change.name} (${change.source}): ${change.total} new commit${change.total === 1 ? '' : 's'}${change.note ? ` (${change.note})` : ''}`);
        for (const commit of change.commits.slice(-10).reverse())
            lines.push(`    ${(0,transitions/* short */.h0)(commit.sha)} ${commit.subject}`);
    }
    lines.push('', `  Version: ${plan.previous_version ? (0,transitions/* short */.h0)(plan.previous_version) : 'none'} → ${(0,transitions/* short */.h0)(plan.version)}`, `  Steps: ${plan.steps.join(' → ')}`);
    return lines.join('\n');
}
/** Observers run side by side (each bounds its own retries), so the slowest sets the wait, not the sum. */
async function notify(services, event, result) {
    await Promise.all((services.observers ?? []).map(async (observer) => {
        const hook = observer[event];
        if (!hook)
            return;
        try {
            await hook.call(observer, result);
        }
        catch (error) {
            services.log.warn(`${observer.name}: ${error.message} (the deploy itself is not affected)`);
        }
    }));
}
function runUrl(settings) {
    const { serverUrl, repository, runId, runAttempt } = settings.github;
    if (!repository || !runId)
        return undefined;
    return `${serverUrl}/${repository}/actions/runs/${runId}${runAttempt ? `/attempts/${runAttempt}` : ''}`;
}


/***/ }),

/***/ 48720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ planDeployment),
/* harmony export */   Rb: () => (/* binding */ stepsFor),
/* harmony export */   ZU: () => (/* binding */ compactPlan),
/* harmony export */   jk: () => (/* binding */ PLAN_SCHEMA_VERSION),
/* harmony export */   yX: () => (/* binding */ strongest)
/* harmony export */ });
/* harmony import */ var _state_transitions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82649);
/* harmony import */ var _state_target_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7176);


const PLAN_SCHEMA_VERSION = 1;
const STRENGTH = { none: 0, start: 1, redeploy: 2, restart: 3, rebuild: 4, rollback: 5 };
/** The strongest of some operations (`none` when there are none). */
function strongest(operations) {
    let result = 'none';
    for (const operation of operations)
        if (STRENGTH[operation] > STRENGTH[result])
            result = operation;
    return result;
}
const LISTED_FILES = 20;
/**
 * Decides what to do, following the original agent's scenarios: first deploy; config repo moved or
 * a rebuild-rule file changed => rebuild; restart-rule file => restart; other code => redeploy;
 * nothing and service up => none; nothing and service down => start. The strongest wins.
 */
function planDeployment(facts, policy, now) {
    const reasons = [];
    const candidates = ['none'];
    const changes = { rebuild: [], restart: [], redeploy: [], ignore: [] };
    for (const file of facts.files ?? [])
        changes[file.impact].push(file.path);
    const current = facts.current;
    const first = current === null;
    if (current === null) {
        const operation = policy.canBuild ? 'rebuild' : 'redeploy';
        candidates.push(operation);
        reasons.push(firstDeployReason(facts, operation));
    }
    else {
        if (facts.filesNote)
            reasons.push(capitalize(facts.filesNote));
        if (facts.files === null && current.version !== facts.version) {
            candidates.push('redeploy');
            reasons.push(`Version changed from ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h0)(current.version)} to ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h0)(facts.version)}: redeploy`);
        }
        const moved = facts.configRepos.filter((repo) => repo.moved);
        for (const repo of moved) {
            candidates.push('rebuild');
            reasons.push(`Config repo ${repo.name} moved ${repo.deployed ? `from ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h0)(repo.deployed)} ` : ''}to ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h0)(repo.head)}${describeCommits(repo)}: rebuild to bake it into the image`);
        }
        if (changes.rebuild.length > 0) {
            candidates.push('rebuild');
            reasons.push(`${count(changes.rebuild, 'file')} that the image is built from changed (${listFiles(changes.rebuild)}): rebuild`);
        }
        if (changes.restart.length > 0) {
            candidates.push('restart');
            reasons.push(`${count(changes.restart, 'file')} under a restart rule changed (${listFiles(changes.restart)}): deploy and restart`);
        }
        if (changes.redeploy.length > 0) {
            candidates.push('redeploy');
            reasons.push(`${count(changes.redeploy, 'code file')} changed (${listFiles(changes.redeploy)}): redeploy`);
        }
        if (changes.ignore.length > 0 && changes.rebuild.length + changes.restart.length + changes.redeploy.length === 0) {
            reasons.push(`Only ${count(changes.ignore, 'file')} that need no deploy changed (${listFiles(changes.ignore)})`);
        }
        if (facts.lastAttempt?.status === 'in_progress') {
            candidates.push('redeploy');
            reasons.push(`The previous run (${facts.lastAttempt.deployment_id}, ${facts.lastAttempt.operation} of ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h0)(facts.lastAttempt.version)}) never finished: what runs is unknown, so deploy again`);
        }
        if (facts.service && !facts.service.up) {
            candidates.push('start');
            reasons.push(`The service is down (${facts.service.detail}): start it`);
        }
    }
    const analyzed = candidates.reduce((a, b) => (STRENGTH[b] > STRENGTH[a] ? b : a));
    if (analyzed === 'none') {
        reasons.push(facts.service === null
            ? `Nothing changed since ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h0)(facts.current?.version ?? facts.version)} (service status unknown: no status check configured)`
            : `Nothing changed since ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h0)(facts.current?.version ?? facts.version)} and the service is up: status only`);
    }
    let operation = analyzed;
    let decidedBy = 'analysis';
    if (policy.override !== 'auto') {
        operation = policy.override;
        decidedBy = 'override';
        // A first deploy's reason says what runs: a forced redeploy builds nothing.
        if (first)
            reasons[0] = firstDeployReason(facts, operation);
        reasons.unshift(`Operation forced to ${operation} by the \`operation\` input (analysis alone would ${analyzed === 'none' ? 'do nothing' : analyzed})`);
    }
    if (facts.knownBad)
        reasons.push(`Note: ${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h0)(facts.version)} failed before (${facts.knownBad.reason})`);
    const builds = operation === 'rebuild';
    const recordsConfig = builds || first;
    const configCommits = {};
    for (const repo of facts.configRepos) {
        const commit = recordsConfig ? repo.head : facts.current?.config_commits[repo.name];
        if (commit)
            configCommits[repo.name] = commit;
    }
    return {
        schema_version: PLAN_SCHEMA_VERSION,
        environment: facts.environment,
        ...(facts.serviceName ? { service: facts.serviceName } : {}),
        platform: policy.platform,
        strategy: policy.strategy,
        operation,
        decided_by: decidedBy,
        requires_approval: policy.approvalRequiredFor.includes(operation),
        approval_policy: [...policy.approvalRequiredFor],
        reasons,
        version: facts.version,
        previous_version: facts.current?.version ?? null,
        state_sequence: facts.stateSequence,
        config_commits: configCommits,
        records_config: recordsConfig,
        changes,
        config_changes: facts.configRepos
            .filter((repo) => repo.moved)
            .map((repo) => ({
            name: repo.name,
            source: repo.source,
            from: repo.deployed,
            to: repo.head,
            commits: repo.commits,
            total: repo.totalCommits,
            note: repo.note
        })),
        service_up: facts.service?.up ?? null,
        steps: stepsFor(operation, policy),
        created_at: now
    };
}
/** What runs, in order, for a plan: shown before approval and in the summary. */
function stepsFor(operation, policy) {
    const traffic = policy.strategy === 'blue-green'
        ? ['deploy to idle colour', 'check idle colour', 'switch traffic', 'check']
        : policy.strategy === 'canary'
            ? ['deploy canary', 'shift traffic in steps, checking each']
            : ['deploy', 'check'];
    switch (operation) {
        case 'none':
            return ['status'];
        case 'start':
            return ['start', 'check'];
        case 'redeploy':
            return [...traffic];
        case 'restart':
            return [...traffic.slice(0, -1), 'restart', 'check'];
        case 'rebuild':
            return ['build', ...traffic.slice(0, -1), 'restart', 'check'];
        case 'rollback':
            return ['roll back', 'check'];
    }
}
function firstDeployReason(facts, operation) {
    const version = (0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h0)(facts.version);
    const what = {
        rebuild: `build and deploy ${version}`,
        redeploy: `deploy ${version}`,
        restart: `deploy and restart ${version}`,
        start: `start ${version}`,
        rollback: `roll back to ${version}`,
        none: 'nothing runs'
    };
    return `First deploy of ${(0,_state_target_js__WEBPACK_IMPORTED_MODULE_1__/* .targetName */ .j)(facts.environment, facts.serviceName)}: no state recorded yet, so ${what[operation]}`;
}
function describeCommits(repo) {
    if (repo.commits.length === 0)
        return repo.note ? ` (${repo.note})` : '';
    const latest = repo.commits
        .slice(-3)
        .reverse()
        .map((c) => `${(0,_state_transitions_js__WEBPACK_IMPORTED_MODULE_0__/* .short */ .h0)(c.sha)} ${c.subject}`);
    const more = repo.totalCommits > latest.length ? `, +${repo.totalCommits - latest.length} more` : '';
    return ` (${repo.totalCommits} new commit${repo.totalCommits === 1 ? '' : 's'}: ${latest.join('; ')}${more})`;
}
function listFiles(files) {
    const shown = files.slice(0, 5).join(', ');
    return files.length > 5 ? `${shown}, +${files.length - 5} more` : shown;
}
function count(items, noun) {
    return `${items.length} ${noun}${items.length === 1 ? '' : 's'}`;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** Keeps the plan JSON bounded: long file lists are cut, with the count kept. */
function compactPlan(plan) {
    const changes = Object.fromEntries(Object.entries(plan.changes).map(([impact, files]) => [
        impact,
        files.length > LISTED_FILES ? [...files.slice(0, LISTED_FILES), `… +${files.length - LISTED_FILES} more`] : files
    ]));
    return { ...plan, changes };
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

//# sourceMappingURL=372.index.js.map