export const id = 53;
export const ids = [53];
export const modules = {

/***/ 75053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDatabaseServices: () => (/* binding */ createDatabaseServices)
/* harmony export */ });
/** The database pieces a run needs; the PostgreSQL client is loaded only when a URL is set. */
async function createDatabaseServices(settings) {
    const { url, migrations } = settings.database;
    if (!url)
        return { extraProbes: [], observers: [] };
    const { databaseProbe } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(241)]).then(__webpack_require__.bind(__webpack_require__, 90241));
    const extraProbes = [databaseProbe(url)];
    if (!migrations)
        return { extraProbes, observers: [] };
    const { PostgresMigrator } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(789)]).then(__webpack_require__.bind(__webpack_require__, 87789));
    const migrator = new PostgresMigrator({ url, pattern: migrations, workspace: settings.runtime.workspace });
    return { migrator, extraProbes, observers: [migrator] };
}


/***/ })

};

//# sourceMappingURL=53.index.js.map