#!/usr/bin/env node
// The command line: the same bundle as the action (../index.js), told it runs as the CLI.
globalThis.__deployOrchestratorCli = true
await import('../index.js')
