import { SettingsError } from '../settings/errors.js'
import type { Settings } from '../settings/settings.js'
import type { StateStore } from '../state/store.js'

/** Placeholder until the release-asset store lands. */
export function createReleaseStore(_settings: Settings): StateStore {
  throw new SettingsError(['`state-store`: release is not available in this build yet; use `state-store: file`'])
}
