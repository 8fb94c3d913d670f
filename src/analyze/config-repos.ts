import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ConfigRepoSpec } from '../settings/settings.js'
import { redactUrl } from '../settings/settings.js'
import { git, GitError, firstLine } from '../util/git.js'

export interface ConfigCommit {
  sha: string
  subject: string
}

/** What happened in one configuration repository since the deployed commit. */
export interface ConfigRepoFacts {
  name: string
  source: string
  envName: string
  deployed?: string
  head: string
  moved: boolean
  /** New commits, oldest first (at most `limit`). */
  commits: ConfigCommit[]
  totalCommits: number
  note?: string
}

/** One way to reach config repositories (git remote, GitHub API). */
export interface ConfigRepoSource {
  supports(spec: ConfigRepoSpec): boolean
  inspect(spec: ConfigRepoSpec, deployed: string | undefined): Promise<ConfigRepoFacts>
}

export const COMMIT_LIST_LIMIT = 250

export class ConfigRepoError extends Error {
  constructor(spec: ConfigRepoSpec, cause: string, fix: string) {
    super(`config repo "${spec.name}" (${redactUrl(spec.url)}): ${cause}; ${fix}`)
    this.name = 'ConfigRepoError'
  }
}

/** Any URL or path `git ls-remote` understands. Subjects come from a blob-less bare clone. */
export class GitConfigRepoSource implements ConfigRepoSource {
  constructor(
    private readonly cwd: string,
    private readonly timeoutMs = 60_000
  ) {}

  supports(spec: ConfigRepoSpec): boolean {
    return spec.kind === 'git'
  }

  async inspect(spec: ConfigRepoSpec, deployed: string | undefined): Promise<ConfigRepoFacts> {
    const head = await this.head(spec)
    const base = { name: spec.name, source: redactUrl(spec.url), envName: spec.envName, deployed, head }
    if (deployed === head) return { ...base, moved: false, commits: [], totalCommits: 0 }
    if (!deployed) return { ...base, moved: true, commits: [], totalCommits: 0, note: 'not deployed before' }
    return { ...base, moved: true, ...(await this.commitsBetween(spec, deployed, head)) }
  }

  private async head(spec: ConfigRepoSpec): Promise<string> {
    const ref = spec.ref ?? 'HEAD'
    let out: string
    try {
      out = (await git(['ls-remote', '--', spec.url, ref], { cwd: this.cwd, timeoutMs: this.timeoutMs })).stdout
    } catch (error) {
      throw new ConfigRepoError(
        spec,
        `unreachable (${(error as Error).message})`,
        'check the URL and that the runner can read it (a private repository needs credentials)'
      )
    }
    const lines = out
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t'))
    // `main` may match refs/heads/main and refs/tags/main: prefer the exact, then the branch.
    const pick =
      lines.find(([, name]) => name === ref) ??
      lines.find(([, name]) => name === `refs/heads/${ref}`) ??
      lines.find(([, name]) => name === `refs/tags/${ref}^{}`) ??
      lines.find(([, name]) => name === `refs/tags/${ref}`) ??
      lines[0]
    if (!pick?.[0] || !/^[0-9a-f]{40,64}$/.test(pick[0])) {
      throw new ConfigRepoError(spec, `has no ref "${ref}"`, 'fix the @REF part of the config-repos line')
    }
    return pick[0]
  }

  private async commitsBetween(spec: ConfigRepoSpec, deployed: string, head: string) {
    const dir = await mkdtemp(join(tmpdir(), 'deploy-orchestrator-config-'))
    try {
      await git(['init', '--bare', '--quiet', dir], { cwd: this.cwd })
      const fetched = await git(['fetch', '--quiet', '--filter=blob:none', '--no-tags', '--', spec.url, head], {
        cwd: dir,
        timeoutMs: this.timeoutMs * 2,
        allowFailure: true
      })
      if (fetched.exitCode !== 0) {
        return { commits: [], totalCommits: 0, note: 'commit subjects unavailable (fetch failed)' }
      }
      const known = await git(['cat-file', '-e', `${deployed}^{commit}`], { cwd: dir, allowFailure: true })
      if (known.exitCode !== 0) {
        return {
          commits: [],
          totalCommits: 0,
          note: `the deployed commit ${deployed.slice(0, 12)} is no longer in the history (force-push?)`
        }
      }
      const log = await git(['log', '--format=%H%x00%s', '--reverse', `${deployed}..${head}`], { cwd: dir })
      const all = log.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [sha, subject] = line.split('\0')
          return { sha: sha!, subject: subject ?? '' }
        })
      const commits = all.slice(-COMMIT_LIST_LIMIT)
      return {
        commits,
        totalCommits: all.length,
        note:
          all.length > COMMIT_LIST_LIMIT
            ? `${all.length} new commits; the newest ${COMMIT_LIST_LIMIT} are listed`
            : undefined
      }
    } catch (error) {
      if (error instanceof GitError)
        return {
          commits: [],
          totalCommits: 0,
          note: `commit subjects unavailable (${firstLine(error.stderr) || error.message})`
        }
      throw error
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
}
