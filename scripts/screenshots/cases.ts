// The runs whose job summaries `npm run screenshots` photographs. Each is a small real scenario on
// the demo's stack (examples/local/: a router, blue and green on loopback, shell commands), run
// through the action's bundle as the runner runs it, so the pictures show what users get.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { type DemoStack, startStack } from '../../examples/local/stack.mjs'
import { runAction } from '../../test/support/action.js'
import { TestRepo } from '../../test/support/git.js'

export interface ScreenshotCase {
  /** The PNG's name in docs/screenshots/. */
  name: string
  /** What the picture shows (the README and the log say it). */
  title: string
  /** The job whose summary it is (GitHub titles the box "<job> summary"). */
  job: string
  /** Runs the scenario and returns the job summary the action wrote. */
  summary(): Promise<string>
}

const ENVIRONMENT = 'production'

/** A stack with release 1 deployed blue-green (its summary is not photographed), the case's run, then cleanup. */
async function onStack(
  extra: Record<string, string>,
  change: (stack: DemoStack) => void,
  last: Record<string, string>,
  expected: string
): Promise<string> {
  const stack = await startStack({ prefix: 'screenshots-' })
  try {
    const inputs = { environment: ENVIRONMENT, 'state-store': 'file', ...stack.inputs('blue-green'), ...extra }
    const first = await runAction({ cwd: stack.repo, inputs, env: stack.env })
    if (first.outputs.status !== 'success') throw new Error(`the first deploy failed:\n${first.stdout.slice(-2000)}`)
    change(stack)
    const run = await runAction({ cwd: stack.repo, inputs: { ...inputs, ...last }, env: stack.env })
    if (run.outputs.status !== expected)
      throw new Error(`expected status ${expected}, got ${run.outputs.status}:\n${run.stdout.slice(-3000)}`)
    return run.summary
  } finally {
    stack.stop()
  }
}

/** Writes files into the demo's repository and commits them. */
function commitFiles(stack: DemoStack, files: Record<string, string>, message: string): void {
  for (const [path, content] of Object.entries(files)) writeFileSync(join(stack.repo, path), content)
  stack.git('add', '-A')
  stack.git('commit', '-qm', message)
}

const crashing = (stack: DemoStack) =>
  stack.commit('Cache responses in memory (leaks: the service dies after its first request)', {
    crashAfterRequests: 1
  })

export const CASES: ScreenshotCase[] = [
  {
    name: 'deploy',
    title: 'A blue-green deploy of a code change',
    job: 'deploy',
    summary: () =>
      onStack(
        {},
        (stack) =>
          commitFiles(
            stack,
            { 'service.mjs': `${readFileSync(join(stack.repo, 'service.mjs'), 'utf8')}// Release 2\n` },
            'Release 2 of the service'
          ),
        {},
        'success'
      )
  },
  {
    name: 'plan-approval',
    title: 'A plan that needs approval: a config repository moved and the Dockerfile changed',
    job: 'plan',
    summary: () => {
      const config = new TestRepo('screenshots-config-')
      config.commit({ 'prompts/system.md': 'You are a deploy assistant.\n' }, 'Initial prompts')
      return onStack(
        { 'config-repos': `prompts=${config.dir}` },
        (stack) => {
          config.commit({ 'prompts/system.md': 'You are a careful deploy assistant.\n' }, 'Make the assistant careful')
          config.commit({ 'prompts/review.md': 'Review `git diff` before answering.\n' }, 'Add the review prompt')
          commitFiles(stack, { Dockerfile: 'FROM node:24-slim\nCOPY . /app\n' }, 'Build on node:24-slim')
        },
        // The first deploy had no build command (a rebuild needs approval); this plan has one.
        { mode: 'plan', 'build-command': 'bash deploy/build.sh' },
        'planned'
      )
    }
  },
  {
    name: 'rollback',
    title: 'A release that fails its live check, rolled back by itself',
    job: 'deploy',
    summary: () => onStack({}, crashing, {}, 'rolled_back')
  },
  {
    name: 'rollback-failed',
    title: 'A rollback that fails: a person must act',
    job: 'deploy',
    summary: () =>
      onStack(
        {},
        crashing,
        {
          // The load balancer's API is down when the rollback needs it.
          'switch-command':
            'if [ "$DEPLOY_OPERATION" = rollback ]; then echo "load balancer API: 503 Service Unavailable" >&2; exit 1; fi\nbash deploy/switch.sh'
        },
        'rollback_failed'
      )
  },
  {
    name: 'many-services',
    title: 'A plan of every service of a monorepo: a shared library and one service changed',
    job: 'plan',
    summary: () => manyServices()
  }
]

/**
 * The monorepo example (examples/monorepo/: api and worker watch libs/common, web is on its own),
 * every service deployed once, then a change to the shared library and one to the web front, and
 * the plan of every service that a pull request's check would show.
 */
async function manyServices(): Promise<string> {
  const repo = new TestRepo('screenshots-monorepo-')
  const root = mkdtempSync(join(tmpdir(), 'screenshots-monorepo-running-'))
  try {
    cpSync(resolve(import.meta.dirname, '../../examples/monorepo'), repo.dir, { recursive: true })
    writeFileSync(join(repo.dir, '.gitignore'), '.deploy-state/\n')
    repo.commit({}, 'Three services: api, worker and web')
    const run = (inputs: Record<string, string>) =>
      runAction({
        cwd: repo.dir,
        inputs: { environment: ENVIRONMENT, 'state-store': 'file', 'approval-required-for': 'restart', ...inputs },
        env: { DEPLOY_ROOT: root }
      })
    for (const service of ['api', 'worker', 'web']) {
      const first = await run({ service })
      if (first.outputs.status !== 'success')
        throw new Error(`deploying ${service} failed:\n${first.stdout.slice(-2000)}`)
    }
    repo.commit({ 'libs/common/retry.js': 'export const attempts = 5\n' }, 'Retry five times in the shared client')
    repo.commit({ 'web/index.html': '<h1>Orders</h1>\n' }, 'Title the orders page')
    repo.commit(
      { 'api/migrations/002_orders_index.sql': 'CREATE INDEX orders_created ON orders (created_at);\n' },
      'Index orders by date'
    )
    const plan = await run({ mode: 'plan', service: 'all' })
    if (plan.outputs.status !== 'planned') throw new Error(`the plan failed:\n${plan.stdout.slice(-3000)}`)
    return plan.summary
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
