#!/usr/bin/env node
import { skipWasmTierUp } from '../util/v8-flags.js'
import { main } from './main.js'

skipWasmTierUp()
process.exitCode = await main(process.argv.slice(2))
