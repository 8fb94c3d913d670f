export const id = 241;
export const ids = [241];
export const modules = {

/***/ 90241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   databaseProbe: () => (/* binding */ databaseProbe)
/* harmony export */ });
/* unused harmony export describeDatabase */
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83849);

/**
 * The database check that joins the health checks when a connection string is set: connect and
 * `SELECT 1`, bounded by the attempt's signal (the health timeout, a rollback's deadline). Retries
 * and records are the health checks' own.
 */
function databaseProbe(url) {
    return {
        endpoint: describeDatabase(url),
        async attempt(signal) {
            const client = new pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Client */ .Ay.Client({ connectionString: url, application_name: 'deploy-orchestrator health check' });
            client.on('error', () => undefined); // a connection dropped mid-check fails the query instead
            let onAbort;
            const aborted = new Promise((_, reject) => {
                onAbort = () => reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
                if (signal.aborted)
                    onAbort();
                else
                    signal.addEventListener('abort', onAbort, { once: true });
            });
            aborted.catch(() => undefined);
            try {
                await Promise.race([
                    (async () => {
                        await client.connect();
                        await client.query('SELECT 1');
                    })(),
                    aborted
                ]);
                return { statusCode: 0, passed: true, detail: 'SELECT 1 answered' };
            }
            finally {
                if (onAbort)
                    signal.removeEventListener('abort', onAbort);
                close(client);
            }
        }
    };
}
/** `postgresql://host:port/database`: where the check goes, with no user name or password. */
function describeDatabase(url) {
    try {
        const parsed = new URL(url);
        if (!/^postgres(ql)?:$/.test(parsed.protocol))
            return 'postgresql (connection string)';
        const host = parsed.hostname || parsed.searchParams.get('host') || 'localhost';
        const shownHost = host.startsWith('/') ? `[socket ${host}]` : host;
        const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
        return `postgresql://${shownHost}:${parsed.port || '5432'}/${database}`;
    }
    catch {
        return 'postgresql (connection string)';
    }
}
/** Ends the connection without waiting: a server that never answers must not hold the check. */
function close(client) {
    client.end().catch(() => undefined);
    const stream = client.connection?.stream;
    stream?.destroy?.();
}


/***/ })

};

//# sourceMappingURL=241.index.js.map