// npm run demo: a blue-green deploy of a small HTTP service on loopback, driven by shell commands,
// then a broken second release that fails its health check once it takes traffic and is rolled
// back by itself. Everything runs in a temporary folder; nothing is left running.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { startStack } from './stack.mjs'

const cli = join(import.meta.dirname, '../../dist/cli/index.js')
if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm ci && npm run package` first')
  process.exit(1)
}

const stack = await startStack()
const deploy = (title) =>
  new Promise((resolve) => {
    console.log(`\n━━━ ${title} ━━━`)
    const args = [cli, 'deploy', '--environment', 'demo']
    for (const [name, value] of Object.entries(stack.inputs('blue-green')))
      for (const line of value.split('\n')) args.push(`--${name}`, line)
    const child = spawn(process.execPath, args, {
      cwd: stack.repo,
      env: { ...process.env, ...stack.env },
      stdio: 'inherit'
    })
    child.on('close', (code) => resolve(code))
  })

let exitCode = 0
try {
  const first = await deploy('Release 1: first deploy, blue-green')
  if (first !== 0) throw new Error(`the first deploy failed (exit ${first})`)
  stack.commit('Release 2: a leak that crashes the service after its first request', { crashAfterRequests: 1 })
  const second = await deploy('Release 2: broken, expected to roll back')
  const state = stack.state('demo')
  console.log(
    `\n━━━ After both releases ━━━\nRelease 2 exit code: ${second} (1 = rolled back, as expected)\nLive colour: ${stack.live()}; state says current ${state.current.version.slice(0, 7)}, known bad ${state.known_bad.map((b) => b.version.slice(0, 7)).join(', ')}`
  )
  if (second !== 1 || state.last_attempt.status !== 'rolled_back') {
    console.error('The demo did not end as expected: the broken release should have been rolled back')
    exitCode = 1
  }
} catch (error) {
  console.error(`Demo failed: ${error.message}`)
  exitCode = 1
} finally {
  stack.stop()
}
process.exit(exitCode)
