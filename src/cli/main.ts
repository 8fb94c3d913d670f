import { parseArgs } from 'node:util'
import { writeFile } from 'node:fs/promises'
import { TerminalApprovalGate } from '../gate/approval.js'
import { describeFailure } from '../main.js'
import { type RunResult, runPipeline } from '../pipeline.js'
import { buildResult } from '../report/result.js'
import { TerminalLog } from '../report/terminal-log.js'
import { renderTerminalSummary } from './terminal-summary.js'
import { loadConfigFile } from '../settings/config-values.js'
import { INPUTS, MODES } from '../settings/inputs.js'
import { parseRunSettings } from '../settings/settings.js'
import { createServices } from '../services.js'

const USAGE = `Usage: deploy-orchestrator <plan|deploy|rollback|status> [--input-name value ...]

Every action input is a flag of the same name (--environment staging, --health-urls URL,
repeat a flag for more lines). With services in the config file, --service names one
(plan and status: --service all, or a comma list, prints one table of every service). Also:
  --approve          approve a plan that needs approval without asking (recorded as such)
  --result-file F    write the result JSON to F
  --verbose          show debug lines
  --help             this text`

/** The same engine as the action, for a terminal: asks before risky plans, prints a readable summary. */
export async function main(argv: string[]): Promise<number> {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {
    approve: { type: 'boolean' },
    'result-file': { type: 'string' },
    verbose: { type: 'boolean' },
    help: { type: 'boolean' }
  }
  for (const input of INPUTS) options[input.name] = { type: 'string', multiple: input.kind === 'multiline' }
  let parsed
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`)
    return 1
  }
  const { values, positionals } = parsed
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  const mode = positionals[0]
  if (positionals.length > 1 || (mode !== undefined && !(MODES as readonly string[]).includes(mode))) {
    process.stderr.write(`Unknown command "${positionals.join(' ')}": use one of ${MODES.join(', ')}\n\n${USAGE}\n`)
    return 1
  }
  const flag = (name: string): string | undefined => {
    const value = values[name]
    if (Array.isArray(value)) return value.join('\n')
    return typeof value === 'string' && value.trim() !== '' ? value : undefined
  }
  const log = new TerminalLog(process.stderr, values.verbose === true)
  let result: RunResult | undefined
  try {
    const cwd = process.cwd()
    const configPath = flag('config-file')
    const configFile = await loadConfigFile(configPath ?? '.github/deploy-orchestrator.yml', {
      cwd,
      explicit: configPath !== undefined
    })
    const chosen = parseRunSettings({
      inputs: (name) => (name === 'mode' ? (mode ?? flag('mode')) : flag(name)),
      env: { ...process.env, GITHUB_ACTIONS: undefined },
      configFile,
      cwd,
      approve: values.approve === true,
      interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY)
    })
    if (chosen.kind === 'services') {
      for (const each of chosen.settings) for (const secret of each.secrets) log.secret(secret)
      const [{ runServices }, { renderServicesTerminal }, { buildServicesResult }] = await Promise.all([
        import('../monorepo/run-services.js'),
        import('../monorepo/summary.js'),
        import('../monorepo/report.js')
      ])
      const run = await runServices(chosen.settings, log, (each) => new TerminalApprovalGate(each))
      process.stdout.write(log.redact(renderServicesTerminal(run)))
      const resultFile = flag('result-file')
      if (resultFile) await writeFile(resultFile, `${log.redact(JSON.stringify(buildServicesResult(run), null, 2))}\n`)
      return run.status === 'failed' ? 1 : 0
    }
    const settings = chosen.settings
    for (const secret of settings.secrets) log.secret(secret)
    const services = await createServices(settings, log, new TerminalApprovalGate(settings))
    try {
      result = await runPipeline(settings, services)
    } finally {
      await services.platform.close?.()
    }
    process.stdout.write(log.redact(renderTerminalSummary(result, settings)))
    const resultFile = flag('result-file')
    if (resultFile) await writeFile(resultFile, `${JSON.stringify(buildResult(result, settings, log), null, 2)}\n`)
    return ['failed', 'rolled_back', 'rollback_failed'].includes(result.status) ? 1 : 0
  } catch (error) {
    process.stderr.write(`\n✗ ${log.redact(describeFailure(error))}\n`)
    return 1
  }
}
