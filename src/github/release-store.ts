import { createHash } from 'node:crypto'
import type { Log } from '../report/log.js'
import { SettingsError } from '../settings/errors.js'
import type { Settings } from '../settings/settings.js'
import { type DeploymentState, StateConflictError, StateError, parseState, serializeState } from '../state/schema.js'
import type { StateStore } from '../state/store.js'
import { targetName } from '../state/target.js'
import { failpoint } from '../util/failpoint.js'
import { backoffMs, retryAfterMs, sleep } from '../util/retry.js'
import {
  type GitHubClient,
  MAX_RATE_LIMIT_WAIT_SECONDS,
  RateLimitError,
  describeError,
  errorCodes,
  repositoryClient,
  statusOf
} from './client.js'

/** Versions of one environment's state kept in the release; older ones are deleted after a write. */
export const KEEP_STATE_VERSIONS = 20
/**
 * The same for one service of a repository with `services:`. A release holds at most 1000 assets,
 * and every run of every service lists them all: 5 each keeps 50 services within 3 pages.
 */
export const KEEP_SERVICE_STATE_VERSIONS = 5
const DOWNLOAD_TIMEOUT_MS = 60_000
/** The signed URL's recovery policy: four attempts, backoff from 0.5 s (or the `retry-after` asked). */
const DOWNLOAD_ATTEMPTS = 4
const DOWNLOAD_BACKOFF_MS = 500
const UPLOAD_ATTEMPTS = 2

interface ReleaseInfo {
  id: number
  draft: boolean
  uploadUrl: string
}

interface ListedAsset {
  id: number
  name: string
  state: string
  digest: string | null
}

interface AssetInfo extends ListedAsset {
  sequence: number
}

/**
 * `production.state.000042.json`, or `production.api.state.000042.json` for the service `api`: six
 * digits at least, so names sort as the numbers do.
 */
export function assetName(environment: string, sequence: number, service?: string): string {
  return `${stateKey(environment, service)}.state.${String(sequence).padStart(6, '0')}.json`
}

function stateKey(environment: string, service: string | undefined): string {
  return service ? `${environment}.${service}` : environment
}

function assetSequence(key: string, name: string): number | undefined {
  const prefix = `${key}.state.`
  if (!name.startsWith(prefix) || !name.endsWith('.json')) return undefined
  const digits = name.slice(prefix.length, -'.json'.length)
  return /^\d{6,}$/.test(digits) ? Number(digits) : undefined
}

function sha256(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

/** Another run wrote the sequence number this run meant to write: nothing of this run was stored. */
export class ReleaseStateConflictError extends StateConflictError {
  constructor(expected: number, found: number | undefined, detail: string) {
    super(expected, found)
    this.message = `the state moved since this run planned; re-plan: ${detail}. This run stored nothing; run it again to plan from the new state`
  }
}

/**
 * The state release of a repository and the list of its assets, looked up once and shared by the
 * stores of every service a run reads: 50 services cost one listing, not 50. Only a store's first
 * read uses the shared list; what it looks up after a write is listed afresh.
 */
export class ReleaseListing {
  /** undefined: not looked up yet; null: no release yet (created on the first write). */
  private found: Promise<ReleaseInfo | null> | undefined
  private assets: Promise<ListedAsset[]> | undefined

  constructor(
    private readonly client: GitHubClient,
    readonly tag: string,
    private readonly log: Log
  ) {}

  release(): Promise<ReleaseInfo | null> {
    this.found ??= this.findRelease()
    this.found.catch(() => (this.found = undefined))
    return this.found
  }

  /** After this run created the release: look again (a run racing this one may have made an older one). */
  forgetRelease(): void {
    this.found = undefined
    this.assets = undefined
  }

  /** The assets as first listed, for the first read of every store. */
  firstListing(release: ReleaseInfo): Promise<ListedAsset[]> {
    this.assets ??= this.list(release)
    this.assets.catch(() => (this.assets = undefined))
    return this.assets
  }

  async list(release: ReleaseInfo): Promise<ListedAsset[]> {
    const { octokit, owner, repo } = this.client
    try {
      return await octokit.paginate(
        octokit.rest.repos.listReleaseAssets,
        { owner, repo, release_id: release.id, per_page: 100 },
        (response) =>
          response.data.map((a) => ({ id: a.id, name: a.name, state: a.state as string, digest: a.digest ?? null }))
      )
    } catch (error) {
      throw new StateError(
        `cannot list the assets of the state release ${this.tag} of ${this.client.repository} (${describeError(error)})${permissionHint(error)}`
      )
    }
  }

  private async findRelease(): Promise<ReleaseInfo | null> {
    const { octokit, owner, repo } = this.client
    let releases: Array<{ id: number; tag_name: string; draft: boolean; upload_url: string }>
    try {
      releases = await octokit.paginate(octokit.rest.repos.listReleases, { owner, repo, per_page: 100 }, (response) =>
        response.data.map((r) => ({ id: r.id, tag_name: r.tag_name, draft: r.draft, upload_url: r.upload_url }))
      )
    } catch (error) {
      throw new StateError(
        `cannot list the releases of ${this.client.repository} to find the state release ${this.tag} (${describeError(error)})${permissionHint(error)}`
      )
    }
    const matching = releases.filter((r) => r.tag_name === this.tag)
    // Several drafts of the tag (two first runs racing): everyone takes the oldest.
    const pick = [...matching].sort((a, b) => Number(b.draft) - Number(a.draft) || a.id - b.id)[0]
    if (!pick) {
      this.log.info(
        `No draft release ${this.tag} in ${this.client.repository} yet: it is created on the first write (a token without contents: write cannot see drafts)`
      )
      return null
    }
    if (!pick.draft) {
      this.log.warn(
        `The state release ${this.tag} of ${this.client.repository} is published: where immutable releases are on, GitHub refuses any change to its assets. Turn it back into a draft (Edit release → Save as draft)`
      )
    }
    return { id: pick.id, draft: pick.draft, uploadUrl: pick.upload_url }
  }
}

/**
 * The state in a draft release of the workflow's repository, one asset per version
 * (`<environment>.state.<NNNNNN>.json`, or `<environment>.<service>.state.<NNNNNN>.json`). The
 * release stays a draft: published releases can become immutable, and a draft has no tag, so it
 * never shows as a release to users.
 *
 * Compare-and-swap: the write of sequence N+1 is an upload of a new asset name, and GitHub refuses a
 * second asset of a taken name (422 `already_exists`). Exactly one run gets each number; a run that
 * loses stores nothing. After an ambiguous failure (5xx, no answer) the asset's digest tells whether
 * this run's bytes landed: uploads are never retried blindly.
 */
export class ReleaseAssetStateStore implements StateStore {
  readonly location: string
  /** undefined: not looked up yet; null: no release yet (created on the first write). */
  private release: ReleaseInfo | null | undefined
  private assets: AssetInfo[] = []
  /** The sequence this run read (0: no state yet); a write must be exactly one more. */
  private baseline: number | undefined
  private readonly service: string | undefined
  /** `production`, or `production.api`: what the asset names start with. */
  private readonly key: string
  private readonly listing: ReleaseListing

  constructor(
    private readonly client: GitHubClient,
    private readonly environment: string,
    private readonly tag: string,
    private readonly log: Log,
    private readonly keep = KEEP_STATE_VERSIONS,
    options: { service?: string; listing?: ReleaseListing } = {}
  ) {
    this.service = options.service
    this.key = stateKey(environment, options.service)
    this.listing = options.listing ?? new ReleaseListing(client, tag, log)
    this.location = `release ${tag} of ${client.repository} (assets ${this.key}.state.NNNNNN.json)`
  }

  async read(): Promise<DeploymentState | null> {
    const release = await this.findRelease()
    if (!release) {
      this.baseline = 0
      return null
    }
    this.assets = this.own(await this.listing.firstListing(release))
    const newest = this.newest()
    if (!newest) {
      this.baseline = 0
      return null
    }
    const state = await this.load(newest)
    this.baseline = state.sequence
    return state
  }

  async write(next: DeploymentState): Promise<void> {
    if (this.baseline === undefined) await this.read()
    const baseline = this.baseline ?? 0
    if (next.environment !== this.environment || next.service !== this.service) {
      throw new StateError(
        `refusing to write a state of ${targetName(next.environment, next.service)} into the state of ${targetName(this.environment, this.service)}`
      )
    }
    if (next.sequence !== baseline + 1) throw new StateConflictError(next.sequence - 1, baseline)
    const release = this.release ?? (await this.createRelease())
    const name = assetName(this.environment, next.sequence, this.service)
    const bytes = Buffer.from(serializeState(next), 'utf8')
    const asset = await this.upload(release, name, bytes, next.sequence)
    this.baseline = next.sequence
    this.assets = [...this.assets.filter((a) => a.name !== name), asset]
    this.log.debug(`State sequence ${next.sequence} stored as ${name} (${asset.digest ?? 'no digest'})`)
    await this.prune(next.sequence)
  }

  // ---- the release ----------------------------------------------------------------------------

  private async findRelease(): Promise<ReleaseInfo | null> {
    if (this.release === undefined) this.release = await this.listing.release()
    return this.release
  }

  private async createRelease(): Promise<ReleaseInfo> {
    const { octokit, owner, repo } = this.client
    this.log.info(`Creating the draft release ${this.tag} in ${this.client.repository} to hold the deploy state`)
    try {
      // No target_commitish: GitHub takes the default branch, which GITHUB_TOKEN may always target.
      await octokit.rest.repos.createRelease({
        owner,
        repo,
        tag_name: this.tag,
        name: 'deploy-orchestrator state',
        body: 'Deploy state of deploy-orchestrator: one asset per version of each environment. Keep this release a draft; do not publish it, edit its assets or delete it.',
        draft: true
      })
    } catch (error) {
      throw new StateError(
        `cannot create the draft release ${this.tag} that holds the state in ${this.client.repository} (${describeError(error)})${permissionHint(error)}`
      )
    }
    // Converge with a run that created one at the same time: both use the oldest draft.
    this.listing.forgetRelease()
    this.release = undefined
    const release = await this.findRelease()
    if (!release)
      throw new StateError(
        `created the draft release ${this.tag} in ${this.client.repository}, but it is not listed; is the token allowed to see drafts (contents: write)?`
      )
    return release
  }

  // ---- assets ---------------------------------------------------------------------------------

  private async listAssets(release: ReleaseInfo): Promise<AssetInfo[]> {
    return this.own(await this.listing.list(release))
  }

  /** This state's assets among the release's (other environments and services have their own). */
  private own(assets: ListedAsset[]): AssetInfo[] {
    const result: AssetInfo[] = []
    for (const asset of assets) {
      const sequence = assetSequence(this.key, asset.name)
      if (sequence !== undefined) result.push({ ...asset, sequence })
    }
    return result
  }

  /** The state: the highest sequence fully uploaded. Uploads that never completed are ignored. */
  private newest(): AssetInfo | undefined {
    return this.assets.filter((a) => a.state === 'uploaded').sort((a, b) => b.sequence - a.sequence)[0]
  }

  private async load(asset: AssetInfo): Promise<DeploymentState> {
    const where = `release asset ${asset.name} (draft release ${this.tag} of ${this.client.repository})`
    let bytes: Buffer
    try {
      bytes = await this.download(asset.id)
    } catch (error) {
      throw new StateError(`cannot download the state ${where}: ${describeError(error)}; nothing was changed`)
    }
    if (asset.digest && sha256(bytes) !== asset.digest) {
      throw new StateError(
        `the state ${where} does not match its digest (${asset.digest}, downloaded ${sha256(bytes)}): it was left untouched; run again, and if it persists restore an earlier version`
      )
    }
    const state = parseState(bytes.toString('utf8'), where)
    if (state.sequence !== asset.sequence || state.environment !== this.environment || state.service !== this.service) {
      throw new StateError(
        `the state ${where} holds sequence ${state.sequence} of ${state.service ? `the service ${state.service} of ` : ''}environment ${state.environment}, not what its name says (${asset.sequence} of ${targetName(this.environment, this.service)}): it was left untouched; delete or fix the asset`
      )
    }
    return state
  }

  /**
   * The asset's bytes. GitHub answers with a redirect to a signed URL of its object store: that URL
   * is fetched without the token (it needs none, and the store echoes what it is sent).
   */
  private async download(assetId: number): Promise<Buffer> {
    const { octokit, owner, repo } = this.client
    const response = await octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      owner,
      repo,
      asset_id: assetId,
      headers: { accept: 'application/octet-stream' },
      request: { redirect: 'manual' }
    })
    const status = response.status as number
    if (status >= 300 && status < 400) {
      const location = (response.headers as Record<string, string | undefined>).location
      if (!location) throw new Error(`GitHub answered ${status} without a location`)
      return this.fetchSigned(new URL(location, this.client.apiUrl))
    }
    const data = response.data as unknown
    if (data instanceof ArrayBuffer) return Buffer.from(data)
    if (typeof data === 'string') return Buffer.from(data, 'utf8')
    // A JSON content type (a misconfigured proxy) was parsed by Octokit: no bytes to verify.
    throw new Error('GitHub answered with a document instead of the asset bytes')
  }

  /**
   * The object store's answer, retried like the API's (Octokit's retries stop at the redirect): a
   * connection failure, a timeout, 5xx, 429 or 403 (a rate limit, or a signature the store refuses
   * is answered alike) are tried again with backoff, `retry-after` honoured within the API's bound.
   */
  private async fetchSigned(url: URL): Promise<Buffer> {
    for (let attempt = 1; ; attempt++) {
      let problem: string
      let waitMs = backoffMs(attempt, DOWNLOAD_BACKOFF_MS)
      let response: Response | undefined
      try {
        response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) })
        if (response.ok) return Buffer.from(await response.arrayBuffer())
        await response.body?.cancel()
        problem = `the signed download URL answered HTTP ${response.status}`
      } catch (error) {
        problem = `the signed download URL did not answer (${describeError(error)})`
      }
      let asked: number | undefined
      if (response && !response.ok) {
        if (response.status < 500 && ![403, 429].includes(response.status)) throw new Error(problem)
        asked = retryAfterMs(response.headers.get('retry-after'))
        waitMs = asked ?? waitMs
      }
      // A wait the store asks for is honoured within the bound of GitHub's own rate limits.
      if (asked !== undefined && asked > MAX_RATE_LIMIT_WAIT_SECONDS * 1000)
        throw new Error(
          `${problem} asking to wait ${Math.ceil(asked / 1000)} s (retry-after), more than this run waits (${MAX_RATE_LIMIT_WAIT_SECONDS} s)`
        )
      if (attempt >= DOWNLOAD_ATTEMPTS)
        throw new Error(`${problem}${attempt > 1 ? `; gave up after ${attempt} attempts` : ''}`)
      this.log.warn(
        `GitHub state download: ${problem}; retrying in ${(waitMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${DOWNLOAD_ATTEMPTS})`
      )
      await sleep(waitMs)
    }
  }

  /**
   * Create-if-absent of `name`. Returns the stored asset once it is certain that these bytes are
   * stored under that name; throws ReleaseStateConflictError when another run's are.
   */
  private async upload(release: ReleaseInfo, name: string, bytes: Buffer, sequence: number): Promise<AssetInfo> {
    const { octokit } = this.client
    const digest = sha256(bytes)
    const url = `${release.uploadUrl.replace(/\{[^}]*\}$/, '')}?name=${encodeURIComponent(name)}`
    let lastProblem = ''
    for (let attempt = 1; attempt <= UPLOAD_ATTEMPTS; attempt++) {
      failpoint('release-store-before-upload')
      try {
        const response = await octokit.request({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/json' },
          data: bytes,
          // Never retried by the plugin: a retry of an upload that landed answers 422 against itself.
          request: { retries: 0 }
        })
        failpoint('release-store-after-upload')
        const stored = response.data as { id: number; name: string; state: string; digest?: string | null }
        if (stored.state === 'uploaded' && (!stored.digest || stored.digest === digest)) {
          return { id: stored.id, name: stored.name, state: stored.state, digest: stored.digest ?? digest, sequence }
        }
        lastProblem = `GitHub answered with an asset in state ${stored.state}${stored.digest ? ` and digest ${stored.digest}` : ''}`
      } catch (error) {
        const status = statusOf(error)
        const taken = status === 422 && errorCodes(error).includes('already_exists')
        if (!taken && status >= 400 && status < 500 && status !== 408 && status !== 429) {
          throw new StateError(
            `cannot store the state as ${name} in the release ${this.tag} of ${this.client.repository} (${describeError(error)})${permissionHint(error)}; the stored state is unchanged`
          )
        }
        lastProblem = describeError(error)
        if (!taken) this.log.warn(`Uploading ${name} failed (${lastProblem}): checking whether it landed`)
      }
      // Taken, or unknown: the name's asset tells what happened.
      const existing = (await this.listAssets(release)).find((a) => a.name === name)
      if (existing?.state === 'uploaded') {
        if ((existing.digest ?? sha256(await this.download(existing.id))) === digest) {
          this.log.info(`${name} holds this run's state: the upload landed`)
          return { ...existing, digest }
        }
        throw await this.conflict(release, sequence)
      }
      if (existing) {
        // An upload that never completed holds the name. At most one asset per name is ever
        // uploaded, and every writer confirms by digest, so removing it cannot lose a state.
        this.log.warn(
          `${name} is held by an incomplete upload (state ${existing.state}): deleting it and uploading again`
        )
        await this.deleteAsset(existing.id, name)
      }
    }
    throw new StateError(
      `cannot store the state as ${name} in the release ${this.tag} of ${this.client.repository} after ${UPLOAD_ATTEMPTS} attempts (${lastProblem}); the stored state is unchanged, run again`
    )
  }

  private async conflict(release: ReleaseInfo, sequence: number): Promise<ReleaseStateConflictError> {
    this.assets = await this.listAssets(release)
    const newest = this.newest()
    let detail = `another run stored sequence ${sequence} of ${targetName(this.environment, this.service)} first`
    if (newest) {
      try {
        const winner = await this.load(newest)
        const attempt = winner.last_attempt
        if (attempt)
          detail += ` (${attempt.operation} of ${attempt.version.slice(0, 12)}, ${attempt.status}${attempt.run_url ? `, ${attempt.run_url}` : ''})`
      } catch (error) {
        detail += ` (its state could not be read: ${(error as Error).message})`
      }
    }
    return new ReleaseStateConflictError(sequence - 1, newest?.sequence, detail)
  }

  /** Old versions go only once the new one is confirmed; a failure here never fails the run. */
  private async prune(written: number): Promise<void> {
    const uploaded = this.assets.filter((a) => a.state === 'uploaded').sort((a, b) => b.sequence - a.sequence)
    const stale = [
      ...uploaded.slice(this.keep),
      ...this.assets.filter((a) => a.state !== 'uploaded' && a.sequence < written)
    ]
    for (const asset of stale) {
      try {
        await this.deleteAsset(asset.id, asset.name)
        this.log.debug(`Pruned ${asset.name}`)
      } catch (error) {
        this.log.warn(
          `Could not prune the old state ${asset.name} (${describeError(error)}); it is ignored, and the next write tries again`
        )
      }
    }
    const gone = new Set(stale.map((a) => a.id))
    this.assets = this.assets.filter((a) => !gone.has(a.id))
  }

  private async deleteAsset(id: number, name: string): Promise<void> {
    const { octokit, owner, repo } = this.client
    try {
      await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: id })
    } catch (error) {
      if (statusOf(error) === 404) return
      throw new StateError(`cannot delete the asset ${name} (${describeError(error)})`)
    }
  }
}

function permissionHint(error: unknown): string {
  if (error instanceof RateLimitError) return ''
  const status = statusOf(error)
  if (status === 401) return ': the token is not valid; check `github-token`'
  if (status === 403 || status === 404)
    return ': the token needs `permissions: contents: write` on this repository (drafts are invisible without it)'
  return ''
}

/** The store for `state-store: release`: the workflow's repository through `github-token`. */
export function createReleaseStore(settings: Settings, log: Log): StateStore {
  return releaseStores(log)(settings, log)
}

/**
 * Stores for the services of one run (`state-store: release`), sharing one look-up of the release
 * and one listing of its assets per repository and tag: each store then downloads its own state.
 * `log` hears about the release; each store speaks to the log it is given.
 */
export function releaseStores(log: Log): (settings: Settings, storeLog: Log) => StateStore {
  const listings = new Map<string, ReleaseListing>()
  return (settings, storeLog) => {
    if (!settings.github.token || !settings.github.repository) {
      throw new SettingsError([
        '`state-store`: release needs `github-token` and GITHUB_REPOSITORY; outside GitHub Actions use `state-store: file`'
      ])
    }
    const client = repositoryClient(settings, log)
    const key = `${settings.github.apiUrl}\0${client.repository}\0${settings.github.token}\0${settings.state.releaseTag}`
    let listing = listings.get(key)
    if (!listing) listings.set(key, (listing = new ReleaseListing(client, settings.state.releaseTag, log)))
    const service = settings.service?.name
    return new ReleaseAssetStateStore(
      client,
      settings.environment,
      settings.state.releaseTag,
      storeLog,
      service ? KEEP_SERVICE_STATE_VERSIONS : KEEP_STATE_VERSIONS,
      { service, listing }
    )
  }
}
