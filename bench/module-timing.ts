// What each bundled package costs a start-up to evaluate: a copy of the bundle whose module loader
// (`__nccwpck_require__`) times every module it runs for the first time (lazy compilation of its
// functions included), attributed to packages through the source maps. Diagnostic only: the copy
// is never timed as a whole, and dist/ is never touched.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { packageAt } from './profile.js'

const LOADER = '/******/ function __nccwpck_require__(moduleId) {'

const WRAPPER = `/******/ const __bench = globalThis.__benchModules ??= { self: {}, stack: [] };
/******/ if (!globalThis.__benchExitHook) { globalThis.__benchExitHook = true; process.on('exit', () => { if (process.env.BENCH_MODULE_TIMES) __nccwpck_require__.benchWrite(process.env.BENCH_MODULE_TIMES, JSON.stringify(__bench.self)) }) }
/******/ function __nccwpck_require__(moduleId) {
/******/ 	if (__webpack_module_cache__[moduleId] !== undefined) return __bench_inner_require__(moduleId);
/******/ 	const started = performance.now();
/******/ 	__bench.stack.push(0);
/******/ 	try { return __bench_inner_require__(moduleId); }
/******/ 	finally {
/******/ 		const spent = performance.now() - started;
/******/ 		const children = __bench.stack.pop();
/******/ 		__bench.self[moduleId] = (__bench.self[moduleId] ?? 0) + spent - children;
/******/ 		if (__bench.stack.length > 0) __bench.stack[__bench.stack.length - 1] += spent;
/******/ 	}
/******/ }
/******/ function __bench_inner_require__(moduleId) {`

/** Copies the bundle folder with the timing loader in its entry; returns the copy's folder. */
export function instrumentedCopy(dist: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'bench-modules-')), 'dist')
  cpSync(dist, copy, { recursive: true })
  const entry = join(copy, 'index.js')
  const text = readFileSync(entry, 'utf8')
  if (!text.includes(LOADER))
    throw new Error(`${entry}: the ncc module loader was not found; the bundle format changed`)
  // The same number of lines before the loader as in the original, so the source map still fits above it.
  const patched = text
    .replace(LOADER, WRAPPER.replaceAll('\n', ' '))
    .replace(
      '/******/ __nccwpck_require__.m = __webpack_modules__;',
      `/******/ __nccwpck_require__.m = __webpack_modules__; __nccwpck_require__.benchWrite = (file, text) => __WEBPACK_EXTERNAL_createRequire(import.meta.url)('fs').writeFileSync(file, text);`
    )
  writeFileSync(entry, patched)
  return copy
}

/** Module id → package, from the `/***\/ 1234:` markers of every bundle file and their source maps. */
export function modulePackages(dist: string): Map<string, string> {
  const owners = new Map<string, string>()
  for (const file of readdirSync(dist).filter((f) => f.endsWith('.js'))) {
    const path = join(dist, file)
    if (!existsSync(`${path}.map`)) continue
    const lines = readFileSync(path, 'utf8').split('\n')
    let current: string | undefined
    let counts = new Map<string, number>()
    const settle = () => {
      if (current === undefined) return
      // Scope-hoisted modules concatenate several files: named after the package with most lines.
      const ranked = [...counts].sort((a, b) => b[1] - a[1])
      if (ranked.length > 0)
        owners.set(current, ranked.length > 1 ? `${ranked[0]![0]} (+${ranked.length - 1})` : ranked[0]![0])
    }
    lines.forEach((line, index) => {
      const marker = /^\/\*\*\*\/ "?(\d+)"?:\s*$/.exec(line)
      if (marker) {
        settle()
        current = marker[1]
        counts = new Map()
        return
      }
      if (current === undefined || line.startsWith('/******/')) return
      const builtin = /__WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\("(?:node:)?([^"]+)"\)/.exec(line)
      if (builtin) counts.set(`node:${builtin[1]} (built-in)`, 1_000_000)
      const owner = packageAt(pathToFileURL(path).href, index, line.search(/\S|$/))
      if (owner && owner !== 'bundle runtime') counts.set(owner, (counts.get(owner) ?? 0) + 1)
    })
    settle()
  }
  return owners
}

/** Milliseconds per package from the times the instrumented copy wrote (self time, summed). */
export function byPackage(times: Record<string, number>, owners: Map<string, string>): Record<string, number> {
  const total: Record<string, number> = {}
  for (const [id, ms] of Object.entries(times)) {
    const owner = owners.get(id) ?? `module ${id}`
    total[owner] = (total[owner] ?? 0) + ms
  }
  return Object.fromEntries(
    Object.entries(total)
      .filter(([, ms]) => ms >= 0.3)
      .sort((a, b) => b[1] - a[1])
      .map(([owner, ms]) => [owner, Math.round(ms * 10) / 10])
  )
}
