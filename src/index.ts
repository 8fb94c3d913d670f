import { run } from './main.js'
import { skipWasmTierUp } from './util/v8-flags.js'

/**
 * One bundle serves both entries: the action (`runs.main: dist/index.js`) and the command line,
 * whose `dist/cli/index.js` is a two-line shim that marks the process before importing this file.
 * So every dependency is vendored once in `dist/`, and each entry loads only its own chunks.
 */
declare global {
  var __deployOrchestratorCli: boolean | undefined
}

skipWasmTierUp()
if (globalThis.__deployOrchestratorCli) {
  const { main } = await import('./cli/main.js')
  process.exitCode = await main(process.argv.slice(2))
} else {
  await run()
}
