// 4. Rule classification: 100,000 changed paths against 50 rules (35 of a user's, the 15 defaults),
// with the same code the analysis runs (src/settings/rules.ts, src/plan/plan.ts), in this process.
import { planDeployment } from '../src/plan/plan.js'
import { type PathRule, createClassifier, defaultPathRules, parsePathRule } from '../src/settings/rules.js'
import { type BenchOptions, type Figure, median, round, summarize } from './lib.js'

const USER_RULES = [
  'infra/** => rebuild',
  'docker/** => rebuild',
  '**/Dockerfile.* => rebuild',
  'build/*.gradle => rebuild',
  '**/go.mod => rebuild',
  '**/go.sum => rebuild',
  'Cargo.lock => rebuild',
  '**/Cargo.toml => rebuild',
  'services/*/requirements*.txt => rebuild',
  'services/*/package.json => rebuild',
  'charts/**/values*.yaml => restart',
  'config/*.env => restart',
  'config/secrets/** => restart',
  '**/.env.local => restart',
  'deploy/**/*.{yml,yaml} => restart',
  'docs/**/*.{png,svg} => ignore',
  '**/__snapshots__/** => ignore',
  '**/*.test.{ts,js} => ignore',
  '**/*.spec.{ts,js} => ignore',
  '**/test/** => ignore',
  '**/tests/** => ignore',
  '.github/** => ignore',
  '.vscode/** => ignore',
  '**/*.txt => ignore',
  'CHANGELOG* => ignore',
  'scripts/dev/** => ignore',
  'data/fixtures/** => ignore',
  'notebooks/**/*.ipynb => ignore',
  'services/*/migrations/*.sql => redeploy',
  'services/**/src/** => redeploy',
  'web/src/**/*.{ts,tsx,css} => redeploy',
  'web/public/** => redeploy',
  'lib/[a-m]*/** => redeploy',
  'api/v[0-9]/** => redeploy',
  '**/*.proto => rebuild'
]

const DIRS = [
  'services/api/src',
  'services/worker/src/jobs',
  'web/src/components',
  'web/public/img',
  'docs/guide',
  'infra/terraform/modules',
  'lib/core',
  'lib/zeta',
  'api/v2/handlers',
  'deploy/k8s/base',
  'config',
  'tests/unit',
  'services/api/migrations',
  'charts/app',
  '.github/workflows',
  'notebooks/analysis'
]
const NAMES = ['index', 'main', 'util', 'handler', 'Dockerfile', 'values', 'README', 'schema', 'client', 'server']
const EXTENSIONS = ['.ts', '.tsx', '.py', '.md', '.yaml', '.sql', '.proto', '.test.ts', '.png', '', '.txt', '.go']

/** A deterministic pseudo-random generator (mulberry32), so every run classifies the same paths. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function changedPaths(count: number, seed = 8): string[] {
  const next = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  const paths: string[] = []
  for (let i = 0; i < count; i++) {
    const depth = Math.floor(next() * 3)
    const sub = Array.from({ length: depth }, () => `d${Math.floor(next() * 40)}`).join('/')
    paths.push(`${pick(DIRS)}${sub ? `/${sub}` : ''}/${pick(NAMES)}${i % 97}${pick(EXTENSIONS)}`)
  }
  return paths
}

export async function rules(options: BenchOptions): Promise<{ figures: Figure[]; details: unknown }> {
  const user = USER_RULES.map((line) => parsePathRule(line, 'user'))
  const bad = user.find((rule) => typeof rule === 'string')
  if (bad) throw new Error(`rules: ${bad}`)
  const all = [...(user as PathRule[]), ...defaultPathRules()]
  if (all.length !== 50) throw new Error(`rules: ${all.length} rules, not 50`)
  const paths = changedPaths(100_000)
  const classifyTimes: number[] = []
  const planTimes: number[] = []
  let counts: Record<string, number> = {}
  let cold = { classify: 0, plan: 0 }
  for (let i = 0; i <= Math.max(5, options.runs); i++) {
    const started = performance.now()
    const classify = createClassifier(all)
    const files = paths.map(classify)
    // The tally the analysis logs, as it computes it.
    counts = {}
    for (const file of files) counts[file.impact] = (counts[file.impact] ?? 0) + 1
    const classified = performance.now()
    planDeployment(
      {
        environment: 'production',
        version: 'b'.repeat(40),
        current: {
          version: 'a'.repeat(40),
          config_commits: {},
          deployed_at: '',
          deployment_id: 'x',
          operation: 'redeploy'
        },
        stateSequence: 1,
        lastAttempt: null,
        files,
        configRepos: [],
        service: { up: true, detail: 'up' }
      },
      {
        override: 'auto',
        approvalRequiredFor: ['rebuild', 'restart'],
        canBuild: true,
        platform: 'command',
        strategy: 'rolling'
      },
      new Date().toISOString()
    )
    const planned = performance.now()
    if (i === 0) {
      // A run of the action classifies once, in a fresh process: the first round is that case.
      cold = { classify: classified - started, plan: planned - classified }
      continue
    }
    classifyTimes.push(classified - started)
    planTimes.push(planned - classified)
  }
  return {
    figures: [
      {
        bench: 'rules',
        name: '100,000 paths × 50 rules (first, cold)',
        value: round(cold.classify),
        unit: 'ms',
        target: 200,
        note: `then ${round(cold.plan)} ms to plan from them`
      },
      {
        bench: 'rules',
        name: '100,000 paths × 50 rules (warm median)',
        value: round(median(classifyTimes)),
        unit: 'ms',
        target: 200,
        note: `then ${round(median(planTimes))} ms to plan from them`
      }
    ],
    details: {
      coldMs: { classify: round(cold.classify), plan: round(cold.plan) },
      classifyMs: summarize(classifyTimes),
      planMs: summarize(planTimes),
      impacts: counts,
      rules: all.length,
      paths: paths.length
    }
  }
}
