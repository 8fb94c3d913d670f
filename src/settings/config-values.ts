import { readFile } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import { SettingsError } from './errors.js'

/** The config file, flattened to input strings: top-level values and per-environment overrides. */
export interface ConfigFileValues {
  path: string
  values: Record<string, string>
  environments: Record<string, Record<string, string>>
  /** `services:`, in the file's order; absent when the repository is one service. */
  services?: Record<string, ConfigServiceValues>
}

/** One entry of `services:`: where the service lives, its wave, and its own settings. */
export interface ConfigServiceValues {
  /** Repository-relative folder, without `./` or a trailing `/` (`''` is the whole repository). */
  path: string
  /** Repository-relative globs outside `path` that concern the service too. */
  watch: string[]
  wave: 1 | 2 | 3
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

/**
 * A setting from the file, strongest first: `services.<name>.environments.<env>`, `services.<name>`,
 * `environments.<env>`, the top level (an explicit input beats them all; the caller checks that).
 */
export function configFileValue(
  file: ConfigFileValues,
  name: string,
  environment?: string,
  service?: string
): string | undefined {
  const own = service ? file.services?.[service] : undefined
  const value =
    (environment ? own?.environments[environment]?.[name] : undefined) ??
    own?.values[name] ??
    (environment ? file.environments[environment]?.[name] : undefined) ??
    file.values[name]
  return value === undefined || value.trim() === '' ? undefined : value
}
