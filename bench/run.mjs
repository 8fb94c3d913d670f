#!/usr/bin/env node
// `npm run bench [-- --quick] [--only cold-start,overhead,...] [--runs N] [--dist DIR]`: runs the
// benchmarks, prints a table and writes bench/results/latest.json. The benchmarks are TypeScript
// (they drive the test servers of test/servers/ in this process); bench/ts-hooks.mjs lets Node load
// them without a build step. See docs/benchmarks.md.
import { register } from 'node:module'

register('./ts-hooks.mjs', import.meta.url)
const { main } = await import('./main.ts')
process.exitCode = await main(process.argv.slice(2))
