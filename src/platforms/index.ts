import type { Log } from '../report/log.js'
import type { Settings } from '../settings/settings.js'
import { CommandPlatform } from './command.js'
import type { Platform } from './platform.js'

/**
 * The platform a run uses. Others than the embedded default are imported only when chosen, so
 * nobody pays for an SDK they do not use (the DigitalOcean one is 58 MB).
 */
export async function createPlatform(settings: Settings, log: Log): Promise<Platform> {
  switch (settings.platform) {
    case 'command':
      return new CommandPlatform(settings, log)
    case 'digitalocean': {
      const { createDigitalOceanPlatform } = await import('./digitalocean/platform.js')
      return createDigitalOceanPlatform(settings, log)
    }
  }
}
