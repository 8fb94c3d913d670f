import { parse } from 'yaml'
import { INPUTS, type InputDefinition } from './inputs.js'
import { SettingsError } from './errors.js'
import type { ConfigFileValues } from './config-values.js'

// Reading the file and looking values up live in config-values.ts, which loads this module (and
// `yaml`) only when there is a file to parse.

const BY_NAME = new Map(INPUTS.map((input) => [input.name, input]))
/** Keys that would make no sense in a file: the file's own location and a one-off plan. */
const NOT_IN_FILE = new Set(['config-file', 'plan', 'environment'])

export function parseConfigFile(text: string, path: string): ConfigFileValues {
  let document: unknown
  try {
    document = parse(text, { prettyErrors: true, uniqueKeys: true })
  } catch (error) {
    throw new SettingsError([`\`config-file\`: ${path} is not valid YAML: ${(error as Error).message.split('\n')[0]}`])
  }
  if (document === null || document === undefined) return { path, values: {}, environments: {} }
  if (!isRecord(document))
    throw new SettingsError([`\`config-file\`: ${path} must be a mapping of input names to values`])

  const problems: string[] = []
  const values = flatten(document, path, '', problems, true)
  const environments: Record<string, Record<string, string>> = {}
  const envSection = document.environments
  if (envSection !== undefined) {
    if (!isRecord(envSection))
      problems.push(`\`config-file\`: ${path}: "environments" must map environment names to settings`)
    else {
      for (const [name, section] of Object.entries(envSection)) {
        if (!isRecord(section)) problems.push(`\`config-file\`: ${path}: environments.${name} must be a mapping`)
        else environments[name] = flatten(section, path, `environments.${name}.`, problems, false)
      }
    }
  }
  if (problems.length > 0) throw new SettingsError(problems)
  return { path, values, environments }
}

function flatten(
  section: Record<string, unknown>,
  path: string,
  prefix: string,
  problems: string[],
  topLevel: boolean
): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [key, value] of Object.entries(section)) {
    if (topLevel && (key === 'environments' || key === '$schema')) continue
    const input = BY_NAME.get(key)
    const where = `\`config-file\`: ${path}: ${prefix}${key}`
    if (!input) {
      problems.push(`${where} is not a known setting (see the README's input table)`)
      continue
    }
    if (input.secret) {
      problems.push(`${where} is a secret and may not live in a file; pass it as an input from \${{ secrets.* }}`)
      continue
    }
    if (NOT_IN_FILE.has(key)) {
      problems.push(`${where} cannot be set in the config file; set it as an input`)
      continue
    }
    const text = toText(value, input)
    if (text === undefined) problems.push(`${where} must be ${expected(input)}`)
    else result[key] = text
  }
  return result
}

function toText(value: unknown, input: InputDefinition): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && (input.kind === 'integer' || input.kind === 'string')) return String(value)
  if (typeof value === 'boolean' && input.kind === 'boolean') return String(value)
  const listable = input.kind === 'multiline' || input.kind === 'string'
  if (listable && Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    // Lists read naturally in YAML: multiline inputs take one item a line, others a comma list.
    return value.join(input.kind === 'multiline' ? '\n' : ',')
  }
  if (input.name === 'config-repos' && isRecord(value) && Object.values(value).every((v) => typeof v === 'string')) {
    return Object.entries(value)
      .map(([name, url]) => `${name}=${url as string}`)
      .join('\n')
  }
  return undefined
}

function expected(input: InputDefinition): string {
  switch (input.kind) {
    case 'boolean':
      return 'true or false'
    case 'integer':
      return 'a whole number'
    case 'multiline':
      return 'a string or a list of strings'
    default:
      return input.values ? `one of ${input.values.join(', ')}` : 'a string'
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
