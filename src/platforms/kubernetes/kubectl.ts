import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { chmod, rm } from 'node:fs/promises'
import { addPath } from '../../report/actions-core.js'
import type { Log } from '../../report/log.js'
import type { KubernetesSettings } from '../../settings/settings.js'
import { PlatformError } from '../platform.js'

const PLATFORMS: Partial<Record<NodeJS.Platform, string>> = { linux: 'linux', darwin: 'darwin', win32: 'windows' }
const ARCHITECTURES: Partial<Record<string, string>> = {
  x64: 'amd64',
  arm64: 'arm64',
  arm: 'arm',
  s390x: 's390x',
  ppc64: 'ppc64le'
}

/**
 * Puts `kubectl-version` on PATH for the run's commands and the job's later steps, through the
 * runner's tool cache (`@actions/tool-cache`): cached across runs, downloaded once per version from
 * `kubectl-download-url`, and used only when its SHA-256 equals the published `kubectl.sha256`.
 * A mismatch deletes the download and stops the run before any change.
 */
export async function installKubectl(settings: KubernetesSettings, log: Log): Promise<string> {
  // The tool cache reads where it lives from the runner's variables; outside Actions, ours.
  process.env.RUNNER_TOOL_CACHE ||= settings.toolCache
  process.env.RUNNER_TEMP ||= settings.tempDir
  const tc = await import('@actions/tool-cache')
  const base = settings.kubectlDownloadUrl
  const version = await resolveVersion(settings.kubectlVersion!, base)
  const os = PLATFORMS[process.platform]
  const arch = ARCHITECTURES[process.arch]
  if (!os || !arch)
    throw new PlatformError(
      `\`kubectl-version\`: no kubectl is published for ${process.platform}/${process.arch}`,
      true
    )
  const cached = tc.find('kubectl', version.slice(1), arch)
  if (cached) {
    log.info(`kubectl ${version}: from the tool cache (${cached})`)
    addPath(cached)
    return cached
  }
  const file = `kubectl${os === 'windows' ? '.exe' : ''}`
  const url = `${base}/${version}/bin/${os}/${arch}/${file}`
  const expected = await fetchText(`${url}.sha256`).then((text) => text.trim().split(/\s+/)[0]!.toLowerCase())
  if (!/^[0-9a-f]{64}$/.test(expected))
    throw new PlatformError(`\`kubectl-version\`: ${url}.sha256 holds no SHA-256 ("${expected.slice(0, 80)}")`, true)
  let downloaded: string
  try {
    downloaded = await tc.downloadTool(url)
  } catch (error) {
    throw new PlatformError(`\`kubectl-version\`: downloading ${url} failed: ${(error as Error).message}`, true)
  }
  const actual = await sha256(downloaded)
  if (actual !== expected) {
    await rm(downloaded, { force: true })
    throw new PlatformError(
      `\`kubectl-version\`: ${url} has SHA-256 ${actual}, but ${url}.sha256 says ${expected}; the download was deleted and nothing was changed (a corrupted download, or a mirror serving another file)`,
      true
    )
  }
  await chmod(downloaded, 0o755)
  const folder = await tc.cacheFile(downloaded, file, 'kubectl', version.slice(1), arch)
  await rm(downloaded, { force: true })
  log.info(`kubectl ${version}: downloaded from ${url}, SHA-256 ${actual} verified, cached in ${folder}`)
  addPath(folder)
  return folder
}

/** `1.32.0` → `v1.32.0`; `stable` → what `stable.txt` names. */
async function resolveVersion(version: string, base: string): Promise<string> {
  if (version === 'stable') {
    const named = (await fetchText(`${base}/stable.txt`)).trim()
    if (!/^v\d+\.\d+\.\d+$/.test(named))
      throw new PlatformError(
        `\`kubectl-version\`: ${base}/stable.txt names no release ("${named.slice(0, 80)}")`,
        true
      )
    return named
  }
  return version.startsWith('v') ? version : `v${version}`
}

async function fetchText(url: string): Promise<string> {
  let response: Response
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(30_000), redirect: 'follow' })
  } catch (error) {
    throw new PlatformError(`\`kubectl-version\`: ${url} cannot be read: ${(error as Error).message}`, true)
  }
  if (!response.ok) throw new PlatformError(`\`kubectl-version\`: ${url} answered HTTP ${response.status}`, true)
  return response.text()
}

function sha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')))
  })
}
