#!/usr/bin/env node
// `npm run screenshots`: the job summaries of a few typical runs as PNG in docs/screenshots/, rendered
// as GitHub shows them (scripts/screenshots/). The cases are TypeScript that drives the bundle and
// the test helpers; bench/ts-hooks.mjs lets Node load them without a build step.
import { register } from 'node:module'

register('../bench/ts-hooks.mjs', import.meta.url)
const { main } = await import('./screenshots/main.ts')
process.exitCode = await main(process.argv.slice(2))
