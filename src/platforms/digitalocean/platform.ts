import type { Log } from '../../report/log.js'
import { SettingsError } from '../../settings/errors.js'
import type { Settings } from '../../settings/settings.js'
import type { Platform } from '../platform.js'

/** Placeholder until the App Platform client lands; refuses before anything runs. */
export function createDigitalOceanPlatform(_settings: Settings, _log: Log): Platform {
  throw new SettingsError(['`platform`: digitalocean is not available in this build yet; use `platform: command`'])
}
