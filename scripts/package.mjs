// Rebuilds dist/ from clean: one bundle (dist/index.js and its chunks) for both the action and the
// command line. The CLI's entry, dist/cli/index.js, is a shim written here that marks the process as
// the CLI and imports the shared bundle, so no dependency is vendored twice.
// ncc type-checks with src/tsconfig.json (src only): a test file mid-edit cannot break the bundle.
// ncc writes a package.json with {"type":"module"} beside the ESM bundle; all of it is committed.
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })
execFileSync(
  process.execPath,
  [
    'node_modules/@vercel/ncc/dist/ncc/cli.js',
    'build',
    'src/index.ts',
    '-o',
    'dist',
    '--source-map',
    '--no-source-map-register',
    '--license',
    'licenses.txt',
    '--quiet',
    '--target',
    'es2023'
  ],
  { stdio: 'inherit' }
)
mkdirSync('dist/cli')
writeFileSync(
  'dist/cli/index.js',
  [
    '#!/usr/bin/env node',
    '// The command line: the same bundle as the action (../index.js), told it runs as the CLI.',
    'globalThis.__deployOrchestratorCli = true',
    "await import('../index.js')",
    ''
  ].join('\n')
)
chmodSync('dist/cli/index.js', 0o755)
