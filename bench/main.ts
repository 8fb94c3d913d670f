// The benchmark driver: parses the options, runs the selected benchmarks one after the other (never
// in parallel: they time processes on a small machine), prints the table and writes the JSON.
import { mkdirSync, writeFileSync } from 'node:fs'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { apiBudget } from './api-budget.js'
import { coldStart } from './cold-start.js'
import { endToEnd } from './end-to-end.js'
import { kubernetes } from './kubernetes.js'
import { type BenchOptions, type Figure, ROOT, machine, round, verdict } from './lib.js'
import { overhead } from './overhead.js'
import { reaction } from './reaction.js'
import { rules } from './rules.js'
import { traffic } from './traffic.js'
import { services } from './services.js'

type Bench = (options: BenchOptions) => Promise<{ figures: Figure[]; details: unknown }>

const BENCHES: Record<string, Bench> = {
  'cold-start': coldStart,
  overhead,
  reaction,
  rules,
  'api-budget': apiBudget,
  'end-to-end': endToEnd,
  traffic,
  services,
  kubernetes
}

/** The Kubernetes client in the bundle needs Node ≥ 22.19: on an older Node that benchmark is left out unless named. */
const KUBERNETES_NODE = (() => {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
  return major > 22 || (major === 22 && minor >= 19)
})()

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      runs: { type: 'string' },
      dist: { type: 'string' },
      out: { type: 'string' }
    }
  })
  const selected = values.only
    ? values.only.split(',').map((s) => s.trim())
    : Object.keys(BENCHES).filter((name) => name !== 'kubernetes' || KUBERNETES_NODE)
  for (const name of selected)
    if (!BENCHES[name]) throw new Error(`unknown benchmark ${name}; one of ${Object.keys(BENCHES).join(', ')}`)
  const dist = resolve(values.dist ?? join(ROOT, 'dist'))
  if (!existsSync(join(dist, 'index.js'))) throw new Error(`${dist}/index.js is missing: run npm run package first`)
  const options: BenchOptions = {
    dist,
    runs: Number(values.runs ?? (values.quick ? 5 : 15)),
    quick: values.quick,
    log: (line) => process.stderr.write(`${line}\n`)
  }
  const started = performance.now()
  const before = machine()
  const figures: Figure[] = []
  const details: Record<string, unknown> = {}
  for (const name of selected) {
    options.log(`▶ ${name}`)
    const t = performance.now()
    const outcome = await BENCHES[name]!(options)
    figures.push(...outcome.figures)
    details[name] = outcome.details
    options.log(`  done in ${round((performance.now() - t) / 1000)} s`)
  }
  const after = machine()
  printTable(figures)
  const report = {
    taken_at: new Date().toISOString(),
    duration_s: round((performance.now() - started) / 1000),
    options: { runs: options.runs, quick: options.quick, dist: options.dist, only: selected },
    machine: { ...before, loadavg_before: before.loadavg, loadavg_after: after.loadavg, loadavg: undefined },
    figures: figures.map((f) => ({ ...f, verdict: verdict(f) || undefined })),
    details
  }
  const out = resolve(values.out ?? join(ROOT, 'bench/results/latest.json'))
  mkdirSync(join(out, '..'), { recursive: true })
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
  process.stdout.write(`\nWritten to ${out}\n`)
  return 0
}

function printTable(figures: Figure[]): void {
  const rows = figures.map((f) => [
    f.bench,
    f.name,
    `${f.value} ${f.unit}`,
    f.target === undefined ? '' : `< ${f.target} ${f.unit}`,
    verdict(f),
    f.note ?? ''
  ])
  const header = ['benchmark', 'figure', 'value', 'target', 'verdict', 'note']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  process.stdout.write(`${[line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`)
}
