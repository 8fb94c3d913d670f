/**
 * The reusable workflow's path for many services (`services`): the plan job's fan-out outputs, a
 * job per wave with its matrix, lock and order, and the report job, whose script runs here against
 * a stand-in `gh` that answers what GitHub's jobs API answers. (The security rules, actionlint and
 * shellcheck cover this workflow in test/workflows.test.ts.)
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const ROOT = resolve(import.meta.dirname, '..')
const workflow = parse(readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8'))
const jobs = workflow.jobs as Record<string, any>

describe('deploy.yml with services', () => {
  it('takes services and max-parallel, and the plan job plans them and hands on the fan-out outputs', () => {
    const inputs = workflow.on.workflow_call.inputs
    expect(inputs.services).toMatchObject({ type: 'string', default: '' })
    expect(inputs['max-parallel']).toMatchObject({ type: 'number' })
    const plan = jobs.plan.steps.find((step: any) => step.id === 'plan')
    expect(plan.with.service).toBe('${{ inputs.services }}')
    for (const name of ['matrix', 'matrix-1', 'matrix-2', 'matrix-3', 'plans'])
      expect(jobs.plan.outputs[name]).toBe(`\${{ steps.plan.outputs.${name} }}`)
    // The single deploy job is for a repository of one service, or the rollback of one service.
    expect(jobs.deploy.if).toContain("inputs.services == ''")
    expect(jobs.deploy.concurrency.group).toContain("format('-{0}', inputs.services)")
    expect(jobs.status.steps.at(-1).with.service).toBe('${{ inputs.services }}')
  })

  it('runs a job per wave: a matrix of that wave’s services, not failing fast, a lock per environment and service', () => {
    for (const wave of [1, 2, 3]) {
      const job = jobs[`deploy-wave-${wave}`]
      expect(job, `deploy-wave-${wave}`).toBeDefined()
      expect(job.strategy).toEqual({
        'fail-fast': false,
        'max-parallel': '${{ inputs.max-parallel }}',
        matrix: `\${{ fromJSON(needs.plan.outputs.matrix-${wave}) }}`
      })
      expect(job.concurrency).toEqual({
        group: 'deploy-orchestrator-${{ inputs.environment }}-${{ matrix.service }}',
        'cancel-in-progress': false,
        queue: 'max'
      })
      expect(job.name).toBe('deploy ${{ matrix.service }} to ${{ inputs.environment }}')
      expect(job.permissions).toEqual(jobs.deploy.permissions)
      expect(job.environment).toEqual({ name: '${{ inputs.environment }}', deployment: false })
      // An empty wave is skipped (GitHub refuses an empty matrix); one approval gates every wave.
      expect(job.if).toContain(`needs.plan.outputs.matrix-${wave} != '{"include":[]}'`)
      expect(job.if).toContain("(needs.approve.result == 'success' || needs.plan.outputs.requires-approval != 'true')")
      // A wave starts only when the waves before it succeeded (or were skipped: nothing to do).
      const earlier = [1, 2, 3].filter((n) => n < wave).map((n) => `deploy-wave-${n}`)
      expect(job.needs).toEqual(['plan', 'approve', ...earlier])
      for (const name of earlier) {
        expect(job.if).toContain(`needs.${name}.result != 'failure'`)
        expect(job.if).toContain(`needs.${name}.result != 'cancelled'`)
      }
      const step = job.steps.find((s: any) => s.id === 'run')
      expect(step.uses).toBe('$/')
      expect(step.with).toMatchObject({
        mode: 'deploy',
        service: '${{ matrix.service }}',
        plan: "${{ matrix.requires-approval == 'true' && toJSON(fromJSON(needs.plan.outputs.plans)[matrix.service]) || '' }}"
      })
      // The leg gets what the single deploy job gets (a rollback target aside).
      const single = jobs.deploy.steps.find((s: any) => s.id === 'run').with
      expect(Object.keys(step.with).sort()).toEqual(
        Object.keys(single)
          .filter((k) => k !== 'rollback-to')
          .sort()
      )
      expect(job.steps.map((s: any) => s.name)).toEqual(
        jobs.deploy.steps.map((s: any) => (s.id === 'run' ? step.name : s.name))
      )
    }
  })

  it('reports every service in a job that always runs, needs every wave and only reads the run’s jobs', () => {
    const report = jobs.report
    expect(report.if).toMatch(/^always\(\) && inputs\.services != ''/)
    expect(report.needs).toEqual(['plan', 'approve', 'deploy-wave-1', 'deploy-wave-2', 'deploy-wave-3'])
    expect(report.permissions).toEqual({ actions: 'read' })
    expect(workflow.on.workflow_call.outputs.status.value).toMatch(/^\$\{\{ jobs\.report\.outputs\.status \|\| /)
  })
})

/** Runs the report job's script with a stand-in `gh` that prints the given jobs, as `--jq` would. */
function report(env: { PLAN_RESULT?: string; MATRIX: string; PLANS: string }, legs: object[]) {
  const dir = mkdtempSync(join(tmpdir(), 'report-'))
  const bin = join(dir, 'bin')
  spawnSync('mkdir', [bin])
  writeFileSync(join(dir, 'jobs.json'), JSON.stringify(legs.map((leg) => JSON.stringify(leg)).join('\n')))
  // The real `gh api --paginate ... --jq '.jobs[] | {...}'` prints one object a line.
  writeFileSync(join(bin, 'gh'), `#!/usr/bin/env bash\necho "$*" >> "${dir}/gh-args"\njq -r . "${dir}/jobs.json"\n`)
  chmodSync(join(bin, 'gh'), 0o755)
  const summary = join(dir, 'summary')
  const output = join(dir, 'output')
  writeFileSync(summary, '')
  writeFileSync(output, '')
  const step = jobs.report.steps.find((s: any) => s.id === 'report')
  const result = spawnSync('bash', ['-e', '-c', step.run], {
    encoding: 'utf8',
    env: {
      PATH: `${bin}:${process.env.PATH}`,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      GH_TOKEN: 'x',
      REPOSITORY: 'acme/shop',
      RUN_ID: '42',
      ENVIRONMENT: 'production',
      PLAN_RESULT: 'success',
      ...env
    }
  })
  return {
    status: result.status,
    stderr: result.stderr,
    stdout: result.stdout,
    summary: readFileSync(summary, 'utf8'),
    output: readFileSync(output, 'utf8'),
    ghArgs: (() => {
      try {
        return readFileSync(join(dir, 'gh-args'), 'utf8')
      } catch {
        return ''
      }
    })()
  }
}

describe('the report job’s script', () => {
  const sha = (c: string) => c.repeat(40)
  const plans = JSON.stringify({
    api: { operation: 'redeploy', previous_version: sha('a'), version: sha('b') },
    worker: { operation: 'rebuild', previous_version: sha('a'), version: sha('b') },
    web: { operation: 'none', previous_version: sha('a'), version: sha('b') }
  })
  const matrix = JSON.stringify({
    include: [
      { service: 'api', operation: 'redeploy', 'requires-approval': 'false', wave: 1 },
      { service: 'worker', operation: 'rebuild', 'requires-approval': 'true', wave: 2 }
    ]
  })
  const leg = (service: string, conclusion: string, caller = 'deploy / ') => ({
    name: `${caller}deploy ${service} to production`,
    status: 'completed',
    conclusion,
    url: `https://github.example/acme/shop/actions/runs/42/job/${service.length}`
  })

  it('writes one table of every service, with a link to each leg, and succeeds when every leg did', () => {
    const run = report({ MATRIX: matrix, PLANS: plans }, [
      leg('api', 'success'),
      leg('worker', 'success'),
      // Another environment's legs in the same run are not these.
      { ...leg('worker', 'failure'), name: 'deploy / deploy worker to staging' },
      { name: 'deploy / plan', status: 'completed', conclusion: 'success', url: 'x' }
    ])
    expect(run.status, run.stderr).toBe(0)
    expect(run.ghArgs).toContain('api --paginate repos/acme/shop/actions/runs/42/jobs?filter=latest&per_page=100')
    expect(run.output).toBe('status=success\n')
    expect(run.summary).toBe(
      [
        '## ✅ 2 of 2 services deployed: production',
        '',
        '| Service | Wave | Operation | Result | Version | Leg |',
        '|---|---|---|---|---|---|',
        '| api | 1 | redeploy | ✅ success | aaaaaaa → bbbbbbb | [log](https://github.example/acme/shop/actions/runs/42/job/3) |',
        '| worker | 2 | rebuild | ✅ success | aaaaaaa → bbbbbbb | [log](https://github.example/acme/shop/actions/runs/42/job/6) |',
        '| web | — | none | ➖ nothing to do | aaaaaaa → bbbbbbb |  |',
        ''
      ].join('\n')
    )
  })

  it('fails when any service failed or never ran (an earlier wave failed)', () => {
    const failed = report({ MATRIX: matrix, PLANS: plans }, [leg('api', 'failure', '')])
    expect(failed.status).toBe(1)
    expect(failed.output).toBe('status=failed\n')
    expect(failed.summary).toContain('## ❌ 2 of 2 services not deployed: production')
    expect(failed.summary).toContain('| api | 1 | redeploy | ❌ failure |')
    expect(failed.summary).toContain('| worker | 2 | rebuild | ❌ not run |')
    expect(failed.stdout).toContain('::error title=deploy::2 of 2 services were not deployed; see the summary')
  })

  it('fails when the plan did not succeed, without asking GitHub', () => {
    const run = report({ PLAN_RESULT: 'failure', MATRIX: '', PLANS: '' }, [])
    expect(run.status).toBe(1)
    expect(run.summary).toContain('## ❌ No service deployed: production')
    expect(run.ghArgs).toBe('')
  })
})
