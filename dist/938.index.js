export const id = 938;
export const ids = [938];
export const modules = {

/***/ 7938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createReleaseStore: () => (/* binding */ createReleaseStore)
/* harmony export */ });
/* harmony import */ var _settings_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6990);

/** Placeholder until the release-asset store lands. */
function createReleaseStore(_settings) {
    throw new _settings_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SettingsError */ .G(['`state-store`: release is not available in this build yet; use `state-store: file`']);
}


/***/ })

};

//# sourceMappingURL=938.index.js.map