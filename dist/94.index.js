export const id = 94;
export const ids = [94];
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


/***/ })

};

//# sourceMappingURL=94.index.js.map