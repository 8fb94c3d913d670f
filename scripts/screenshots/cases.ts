// The runs whose job summaries `npm run screenshots` photographs. Each is a small real scenario on
// the demo's stack (examples/local/: a router, blue and green on loopback, shell commands), run
// through the action's bundle as the runner runs it, so the pictures show what users get.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
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
  }
  // TODO(lead): a fifth case, "many services", once the monorepo branch has landed: one more entry
  // here (name 'many-services'), e.g. onStack with that branch's services input and a change that
  // touches two of them, expecting 'success'; then add its PNG to the README's list.
]
