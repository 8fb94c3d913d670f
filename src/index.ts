import { run } from './main.js'
import { skipWasmTierUp } from './util/v8-flags.js'

skipWasmTierUp()
await run()
