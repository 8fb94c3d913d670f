export const id = 493;
export const ids = [493];
export const modules = {

/***/ 23493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   matrixOutputs: () => (/* binding */ matrixOutputs)
/* harmony export */ });
/**
 * The outputs a workflow fans out from: `matrix` (every service with something to do, in the
 * config file's order), `matrix-1` to `matrix-3` (one wave each), and `plans` (service to its plan,
 * every service planned, which a deploy run of that service executes exactly).
 */
function matrixOutputs(planned) {
    const include = planned
        .filter(({ plan }) => plan.operation !== 'none')
        .map(({ service, plan }) => ({
        service: service.name,
        operation: plan.operation,
        'requires-approval': plan.requires_approval ? 'true' : 'false',
        wave: service.wave
    }));
    const matrix = (entries) => JSON.stringify({ include: entries });
    return {
        matrix: matrix(include),
        'matrix-1': matrix(include.filter((entry) => entry.wave === 1)),
        'matrix-2': matrix(include.filter((entry) => entry.wave === 2)),
        'matrix-3': matrix(include.filter((entry) => entry.wave === 3)),
        plans: JSON.stringify(Object.fromEntries(planned.map(({ service, plan }) => [service.name, plan])))
    };
}


/***/ })

};

//# sourceMappingURL=493.index.js.map