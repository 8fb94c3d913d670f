// npm run demo: a blue-green deploy of a small HTTP service on loopback, driven by shell commands,
// then a broken second release that fails its health check once it takes traffic and is rolled
// back by itself. Everything runs in a temporary folder; nothing is left running.
import { spawn, execFileSync, fork } from 'node:child_process'
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const here = import.meta.dirname
const cli = join(here, '../../dist/cli/index.js')
if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm ci && npm run package` first')
  process.exit(1)
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

const workspace = mkdtempSync(join(tmpdir(), 'deploy-orchestrator-demo-'))
const runDir = join(workspace, '.run')
const repo = join(workspace, 'app')
mkdirSync(runDir)
cpSync(join(here, 'app'), repo, { recursive: true })
const git = (...args) =>
  execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Demo',
      GIT_AUTHOR_EMAIL: 'demo@example.com',
      GIT_COMMITTER_NAME: 'Demo',
      GIT_COMMITTER_EMAIL: 'demo@example.com'
    }
  }).trim()
git('init', '-q', '-b', 'main')
writeFileSync(join(repo, '.gitignore'), '.deploy-state/\n')
git('add', '-A')
git('commit', '-qm', 'Release 1: the demo service')

const env = {
  ...process.env,
  DEMO_RUN_DIR: runDir,
  DEMO_ROUTER_PORT: String(await freePort()),
  DEMO_BLUE_PORT: String(await freePort()),
  DEMO_GREEN_PORT: String(await freePort())
}
const router = fork(join(here, 'router.mjs'), { env, stdio: 'ignore' })
await new Promise((resolve) => router.once('message', resolve))

const base = `http://127.0.0.1:${env.DEMO_ROUTER_PORT}`
const deploy = (title) =>
  new Promise((resolve) => {
    console.log(`\n━━━ ${title} ━━━`)
    const args = [
      cli,
      'deploy',
      '--environment',
      'demo',
      '--strategy',
      'blue-green',
      '--deploy-command',
      'bash deploy/deploy.sh',
      '--switch-command',
      'bash deploy/switch.sh',
      '--status-command',
      'bash deploy/status.sh',
      '--health-urls',
      `${base}/{color}/health`,
      '--health-urls',
      `${base}/health`,
      '--health-retries',
      '3',
      '--health-interval-seconds',
      '1',
      '--health-timeout-seconds',
      '2',
      '--max-rollback-seconds',
      '20'
    ]
    const child = spawn(process.execPath, args, { cwd: repo, env, stdio: 'inherit' })
    child.on('close', (code) => resolve(code))
  })

let exitCode = 0
try {
  const first = await deploy('Release 1: first deploy, blue-green')
  if (first !== 0) throw new Error(`the first deploy failed (exit ${first})`)
  writeFileSync(join(repo, 'release.json'), '{ "name": "demo service", "crashAfterRequests": 1 }\n')
  git('commit', '-qam', 'Release 2: a leak that crashes the service after its first request')
  const second = await deploy('Release 2: broken, expected to roll back')
  const state = JSON.parse(readFileSync(join(repo, '.deploy-state/demo.json'), 'utf8'))
  const live = readFileSync(join(runDir, 'live'), 'utf8').trim()
  console.log(
    `\n━━━ After both releases ━━━\nRelease 2 exit code: ${second} (1 = rolled back, as expected)\nLive colour: ${live}; state says current ${state.current.version.slice(0, 7)}, known bad ${state.known_bad.map((b) => b.version.slice(0, 7)).join(', ')}`
  )
  if (second !== 1 || state.last_attempt.status !== 'rolled_back') {
    console.error('The demo did not end as expected: the broken release should have been rolled back')
    exitCode = 1
  }
} catch (error) {
  console.error(`Demo failed: ${error.message}`)
  exitCode = 1
} finally {
  router.kill()
  for (const color of ['blue', 'green']) {
    try {
      process.kill(Number(readFileSync(join(runDir, `${color}.pid`), 'utf8')))
    } catch {
      /* not running */
    }
  }
  rmSync(workspace, { recursive: true, force: true })
}
process.exit(exitCode)
