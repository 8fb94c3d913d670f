export const id = 500;
export const ids = [500];
export const modules = {

/***/ 1500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDigitalOceanPlatform: () => (/* binding */ createDigitalOceanPlatform)
/* harmony export */ });
/* harmony import */ var _settings_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6990);

/** Placeholder until the App Platform client lands; refuses before anything runs. */
function createDigitalOceanPlatform(_settings, _log) {
    throw new _settings_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SettingsError */ .G(['`platform`: digitalocean is not available in this build yet; use `platform: command`']);
}


/***/ })

};

//# sourceMappingURL=500.index.js.map