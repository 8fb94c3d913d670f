import type { Log } from '../report/log.js'
import { SettingsError } from '../settings/errors.js'
import type { Settings } from '../settings/settings.js'
import { CommandPlatform } from './command.js'
import type { Platform } from './platform.js'

/**
 * The platform a run uses. Others than the embedded default are imported only when chosen, so
 * nobody pays for an SDK they do not use (the DigitalOcean one is 58 MB, the Kubernetes client 16 MB).
 */
export async function createPlatform(settings: Settings, log: Log): Promise<Platform> {
  switch (settings.platform) {
    case 'command':
      return new CommandPlatform(settings, log)
    case 'digitalocean': {
      const { createDigitalOceanPlatform } = await import('./digitalocean/platform.js')
      return createDigitalOceanPlatform(settings, log)
    }
    case 'kubernetes': {
      // The client's HTTP library (undici 8) crashes while it loads on older Node: say so instead.
      if (!nodeAtLeast(process.versions.node, 22, 19))
        throw new SettingsError([
          `\`platform\`: the Kubernetes platform needs Node ≥ 22.19; the action runs on node24 (this is Node ${process.versions.node})`
        ])
      const { createKubernetesPlatform } = await import('./kubernetes/platform.js')
      return createKubernetesPlatform(settings, log)
    }
  }
}

export function nodeAtLeast(version: string, major: number, minor: number): boolean {
  const [a = 0, b = 0] = version.split('.').map(Number)
  return a > major || (a === major && b >= minor)
}
