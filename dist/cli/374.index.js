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


/***/ })

};

//# sourceMappingURL=374.index.js.map