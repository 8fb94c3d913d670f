// The demo's stack, shared by `npm run demo`, the traffic benchmark (bench/traffic.ts) and the
// screenshots: a git repository holding the demo service, a router on one loopback port, blue and
// green on two others, all in a temporary folder that `stop()` removes with everything it started.
import { execFileSync, fork } from 'node:child_process'
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const here = import.meta.dirname

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

/** Starts the router and makes the repository with release 1 committed (nothing deployed yet). */
export async function startStack({ prefix = 'deploy-orchestrator-demo-' } = {}) {
  const workspace = mkdtempSync(join(tmpdir(), prefix))
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

  // What the deploy scripts and the router read (the action passes its environment to commands).
  const env = {
    DEMO_RUN_DIR: runDir,
    DEMO_ROUTER_PORT: String(await freePort()),
    DEMO_BLUE_PORT: String(await freePort()),
    DEMO_GREEN_PORT: String(await freePort())
  }
  const router = fork(join(here, 'router.mjs'), { env: { ...process.env, ...env }, stdio: 'ignore' })
  await new Promise((resolve, reject) => {
    router.once('message', resolve)
    router.once('exit', (code) => reject(new Error(`the demo's router exited ${code} before listening`)))
  })
  const base = `http://127.0.0.1:${env.DEMO_ROUTER_PORT}`

  return {
    workspace,
    runDir,
    repo,
    env,
    /** The router: `/` goes to the live colour, `/blue/…` and `/green/…` to that colour. */
    base,
    git,
    /** Commits a release: `release` is the service's release.json (`{ crashAfterRequests: 1 }`, `{ status: 500 }`). */
    commit(message, release = {}) {
      writeFileSync(
        join(repo, 'release.json'),
        `${JSON.stringify({ name: 'demo service', crashAfterRequests: null, ...release })}\n`
      )
      git('commit', '-q', '--allow-empty', '-am', message)
      return git('rev-parse', 'HEAD')
    },
    /** The colour the router sends `/` to. */
    live() {
      try {
        return readFileSync(join(runDir, 'live'), 'utf8').trim()
      } catch {
        return 'blue'
      }
    },
    state(environment) {
      return JSON.parse(readFileSync(join(repo, '.deploy-state', `${environment}.json`), 'utf8'))
    },
    /** The action's inputs for the demo's scripts (as INPUT_* variables, or `--name value` flags). */
    inputs(strategy = 'blue-green') {
      return {
        strategy,
        'deploy-command': 'bash deploy/deploy.sh',
        ...(strategy === 'rolling' ? {} : { 'switch-command': 'bash deploy/switch.sh' }),
        'status-command': 'bash deploy/status.sh',
        // Blue-green checks the idle colour directly before the switch, then the public entry.
        'health-urls': strategy === 'rolling' ? `${base}/health` : `${base}/{color}/health\n${base}/health`,
        'health-retries': '3',
        'health-interval-seconds': '1',
        'health-timeout-seconds': '2',
        'max-rollback-seconds': '20'
      }
    },
    stop() {
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
  }
}
