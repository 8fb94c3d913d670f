import { readFile } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import { SettingsError } from './errors.js'

/** The config file, flattened to input strings: top-level values and per-environment overrides. */
export interface ConfigFileValues {
  path: string
  values: Record<string, string>
  environments: Record<string, Record<string, string>>
}

/**
 * Reads the config file. A missing file at the default path is fine; a missing file the user named,
 * bad YAML, an unknown key or a secret in the file stops the run with the key and the fix.
 */
export async function loadConfigFile(
  path: string,
  options: { cwd: string; explicit: boolean }
): Promise<ConfigFileValues | undefined> {
  const full = isAbsolute(path) ? path : join(options.cwd, path)
  let text: string
  try {
    text = await readFile(full, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !options.explicit) return undefined
    throw new SettingsError([
      `\`config-file\`: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); fix the path or remove the input`
    ])
  }
  const { parseConfigFile } = await import('./config-file.js')
  return parseConfigFile(text, path)
}

export function configFileValue(file: ConfigFileValues, name: string, environment?: string): string | undefined {
  const fromEnvironment = environment ? file.environments[environment]?.[name] : undefined
  const value = fromEnvironment ?? file.values[name]
  return value === undefined || value.trim() === '' ? undefined : value
}
