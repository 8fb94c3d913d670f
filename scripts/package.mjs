// Rebuilds dist/ from clean: the action bundle (dist/index.js) and the CLI (dist/cli/index.js).
// ncc type-checks with src/tsconfig.json (src only): a test file mid-edit cannot break the bundle.
// ncc writes a package.json with {"type":"module"} beside each ESM bundle; all of it is committed.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })
const ncc = (entry, out) =>
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      entry,
      '-o',
      out,
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
ncc('src/index.ts', 'dist')
ncc('src/cli/index.ts', 'dist/cli')
