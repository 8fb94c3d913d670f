export const id = 374;
export const ids = [374];
export const modules = {

/***/ 61374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseConfigFile: () => (/* binding */ parseConfigFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97428);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46990);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20310);




// Reading the file and looking values up live in config-values.ts, which loads this module (and
// `yaml`) only when there is a file to parse.
const BY_NAME = new Map(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUTS */ .mc.map((input) => [input.name, input]));
/** Keys that would make no sense in a file: the file's own location, a one-off plan, what a run is about. */
const NOT_IN_FILE = new Set(['config-file', 'plan', 'environment', 'service']);
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
    const services = document.services === undefined ? undefined : parseServices(document.services, path, problems);
    if (services) {
        // Each service keeps its own state; one file for all of them would mix their histories.
        const shared = [
            ...(values['state-file'] !== undefined ? ['state-file'] : []),
            ...Object.entries(environments)
                .filter(([, section]) => section['state-file'] !== undefined)
                .map(([name]) => `environments.${name}.state-file`)
        ];
        for (const key of shared)
            problems.push(`\`config-file\`: ${path}: ${key} would be shared by every service; remove it (each service keeps .deploy-state/<environment>.<service>.json) or set it inside a service`);
    }
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .G(problems);
    return { path, values, environments, ...(services ? { services } : {}) };
}
/** A service name: part of state, lock and concurrency group names. */
const SERVICE_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
/** `services:`: service name to `path`, `watch`, `wave`, `environments` and any setting of the file. */
function parseServices(section, path, problems) {
    const where = `\`config-file\`: ${path}: services`;
    if (!isRecord(section) || Object.keys(section).length === 0) {
        problems.push(`${where} must map service names to their settings (e.g. services: { api: { path: api } })`);
        return undefined;
    }
    const services = {};
    for (const [name, entry] of Object.entries(section)) {
        const at = `${where}.${name}`;
        if (!SERVICE_NAME.test(name) || name === 'all') {
            problems.push(name === 'all'
                ? `${at}: "all" is reserved (\`service: all\` means every service); rename the service`
                : `${at}: "${name}" is not a service name: lower-case letters, digits and "-", starting with a letter or digit (at most 63)`);
            continue;
        }
        if (!isRecord(entry)) {
            problems.push(`${at} must be a mapping with at least \`path\` (the service's folder)`);
            continue;
        }
        const folder = servicePath(entry.path);
        if (folder === undefined)
            problems.push(entry.path === undefined
                ? `${at}.path is required: the service's folder, relative to the repository root (e.g. path: ${name})`
                : `${at}.path must be a folder relative to the repository root, without ".." (e.g. path: ${name})`);
        const watch = [];
        const globs = entry.watch === undefined ? [] : typeof entry.watch === 'string' ? [entry.watch] : entry.watch;
        if (!Array.isArray(globs) || !globs.every((g) => typeof g === 'string' && g.trim() !== '')) {
            problems.push(`${at}.watch must be a glob or a list of globs relative to the repository root (e.g. libs/common/**)`);
        }
        else {
            for (const glob of globs) {
                const trimmed = glob.trim().replace(/^\.\//, '');
                const problem = trimmed.startsWith('/')
                    ? 'starts with "/"; write it relative to the repository root'
                    : (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .globProblem */ .AI)(trimmed);
                if (problem)
                    problems.push(`${at}.watch: "${glob}" ${problem}`);
                else
                    watch.push(trimmed);
            }
        }
        const wave = entry.wave === undefined
            ? 1
            : typeof entry.wave === 'number' || typeof entry.wave === 'string'
                ? Number(entry.wave)
                : Number.NaN;
        if (![1, 2, 3].includes(wave))
            problems.push(`${at}.wave must be 1, 2 or 3 (the order services deploy in; default 1)`);
        const settings = {};
        for (const [key, value] of Object.entries(entry)) {
            // Every service of one run is planned (or reported) alike.
            if (key === 'mode')
                problems.push(`${at}.mode cannot be set per service; set it as an input`);
            else if (!['path', 'watch', 'wave', 'environments'].includes(key))
                settings[key] = value;
        }
        const values = flatten(settings, path, `services.${name}.`, problems, false);
        const environments = {};
        if (entry.environments !== undefined) {
            if (!isRecord(entry.environments))
                problems.push(`${at}.environments must map environment names to settings`);
            else
                for (const [environment, overrides] of Object.entries(entry.environments)) {
                    if (!isRecord(overrides))
                        problems.push(`${at}.environments.${environment} must be a mapping`);
                    else if ('mode' in overrides)
                        problems.push(`${at}.environments.${environment}.mode cannot be set per service; set it as an input`);
                    else
                        environments[environment] = flatten(overrides, path, `services.${name}.environments.${environment}.`, problems, false);
                }
        }
        services[name] = { path: folder ?? '', watch, wave: wave, values, environments };
    }
    return services;
}
/** `api`, `./api/`, `services/api` → `api`, `services/api`; `.` → '' (the whole repository). */
function servicePath(value) {
    if (typeof value !== 'string' || value.trim() === '')
        return undefined;
    const normalized = value
        .trim()
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '');
    if (normalized === '.' || normalized === '')
        return '';
    if (normalized.startsWith('/') ||
        normalized.includes('\\') ||
        normalized.split('/').some((s) => s === '..' || s === '.' || s === ''))
        return undefined;
    return normalized;
}
/** A service's own keys beside the settings. */
const SERVICE_KEYS = ['path', 'watch', 'wave', 'environments'];
/** The candidate within two edits of `key` (a letter missing, added, changed or two swapped), if one is. */
function closest(key, candidates) {
    let best;
    for (const name of candidates) {
        const distance = editDistance(key, name);
        if (distance <= 2 && distance < (best?.distance ?? Infinity))
            best = { name, distance };
    }
    return best?.name;
}
/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a, b) {
    if (Math.abs(a.length - b.length) > 2)
        return 3;
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => i || j));
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.length][b.length];
}
function flatten(section, path, prefix, problems, topLevel) {
    const result = {};
    for (const [key, value] of Object.entries(section)) {
        if (topLevel && (key === 'environments' || key === 'services' || key === '$schema'))
            continue;
        const input = BY_NAME.get(key);
        const where = `\`config-file\`: ${path}: ${prefix}${key}`;
        if (!input) {
            // A typo is the usual cause: name the key it is closest to.
            const sections = topLevel ? ['environments', 'services'] : prefix.match(/^services\.[^.]+\.$/) ? SERVICE_KEYS : [];
            const near = closest(key, [...sections, ...BY_NAME.keys()]);
            problems.push(`${where} is not a known setting${near ? `; did you mean ${near}?` : ''} (see the README's input table)`);
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


/***/ })

};

//# sourceMappingURL=374.index.js.map