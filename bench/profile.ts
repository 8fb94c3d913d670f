// Where a start-up's CPU time goes: a V8 CPU profile (`node --cpu-prof`) attributed to the packages
// and source folders of the bundle through its source maps (ncc writes one per chunk).
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}
interface CpuProfile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

export interface ProfileSummary {
  totalMs: number
  /** Time in the function that compiles an ES module's source (the whole bundle file at once). */
  compileMs: number
  /** Self time per package or source folder (`undici`, `src/settings`, `node:internal`). */
  self: Record<string, number>
  /** Time with a function of that package anywhere on the stack (module evaluation included). */
  inclusive: Record<string, number>
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Decodes a source map's `mappings` into, per generated line, [column, source index] pairs. */
function decodeMappings(mappings: string): Array<Array<[number, number]>> {
  const lines: Array<Array<[number, number]>> = []
  let source = 0
  let line: Array<[number, number]> = []
  let column = 0
  let i = 0
  const values: number[] = []
  while (i <= mappings.length) {
    const ch = mappings[i]
    if (ch === ';' || ch === undefined) {
      lines.push(line)
      line = []
      column = 0
      i++
      if (ch === undefined) break
      continue
    }
    if (ch === ',') {
      i++
      continue
    }
    values.length = 0
    while (i < mappings.length && mappings[i] !== ',' && mappings[i] !== ';') {
      let value = 0
      let shift = 0
      let digit: number
      do {
        digit = BASE64.indexOf(mappings[i++]!)
        value += (digit & 31) << shift
        shift += 5
      } while (digit & 32)
      values.push(value & 1 ? -(value >>> 1) : value >>> 1)
    }
    column += values[0]!
    if (values.length >= 4) {
      source += values[1]!
      line.push([column, source])
    }
  }
  return lines
}

function packageOf(source: string): string {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)
  if (modules) return modules[1]!
  const src = /(?:^|\/)src\/(.*)\/[^/]+$/.exec(source)
  if (src) return `src/${src[1]}`
  if (/(?:^|\/)src\/[^/]+$/.test(source)) return 'src'
  return 'bundle runtime'
}

class SourceMaps {
  private readonly maps = new Map<string, { lines: Array<Array<[number, number]>>; packages: string[] } | null>()

  lookup(url: string, line: number, column: number): string | undefined {
    if (!url.startsWith('file:')) return undefined
    const file = fileURLToPath(url)
    let map = this.maps.get(file)
    if (map === undefined) {
      map = null
      if (existsSync(`${file}.map`)) {
        const raw = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; mappings: string }
        map = { lines: decodeMappings(raw.mappings), packages: raw.sources.map(packageOf) }
      }
      this.maps.set(file, map)
    }
    if (!map) return undefined
    const segments = map.lines[line]
    if (!segments || segments.length === 0) return undefined
    let found: [number, number] | undefined
    for (const segment of segments) {
      if (segment[0] > column) break
      found = segment
    }
    return map.packages[(found ?? segments[0]!)[1]]
  }
}

const sharedMaps = new SourceMaps()

/** The package or source folder that generated `line`:`column` (0-based) of a bundle file. */
export function packageAt(url: string, line: number, column: number): string | undefined {
  return sharedMaps.lookup(url, line, column)
}

/** Reads the newest `.cpuprofile` in `dir` and attributes its samples. */
export function summarizeProfile(dir: string): ProfileSummary {
  const name = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .sort()
    .at(-1)
  if (!name) throw new Error(`no .cpuprofile in ${dir}`)
  const profile = JSON.parse(readFileSync(join(dir, name), 'utf8')) as CpuProfile
  const maps = sharedMaps
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const owner = new Map<number, string>()
  const ownerOf = (node: ProfileNode): string => {
    let known = owner.get(node.id)
    if (known === undefined) {
      const { url, lineNumber, columnNumber, functionName } = node.callFrame
      if (url.startsWith('node:') || (url === '' && functionName !== '')) known = 'node:internal'
      else if (url === '') known = `(${functionName || 'program'})`
      else known = maps.lookup(url, lineNumber, columnNumber) ?? url.replace(/^.*\//, '')
      owner.set(node.id, known)
    }
    return known
  }
  const self: Record<string, number> = {}
  const inclusive: Record<string, number> = {}
  let total = 0
  let compile = 0
  profile.samples.forEach((sample, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000
    total += ms
    const node = byId.get(sample)
    if (!node) return
    if (node.callFrame.functionName === 'compileSourceTextModule') compile += ms
    const own = ownerOf(node)
    self[own] = (self[own] ?? 0) + ms
    const seen = new Set<string>()
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const on = ownerOf(byId.get(id)!)
      if (seen.has(on)) continue
      seen.add(on)
      inclusive[on] = (inclusive[on] ?? 0) + ms
    }
  })
  const tidy = (record: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(record)
        .filter(([, ms]) => ms >= 0.5)
        .sort((a, b) => b[1] - a[1])
        .map(([key, ms]) => [key, Math.round(ms * 10) / 10])
    )
  return {
    totalMs: Math.round(total),
    compileMs: Math.round(compile * 10) / 10,
    self: tidy(self),
    inclusive: tidy(inclusive)
  }
}
