import { git, GitError } from '../util/git.js'

export interface CodeChanges {
  /** Null on a first deploy: there is nothing to compare with. */
  files: string[] | null
  /** Why the comparison is not a plain diff (history rewritten, not a git checkout). */
  note?: string
}

export class ShallowCloneError extends Error {
  constructor(commit: string) {
    super(
      `the last deployed commit ${commit.slice(0, 12)} is not in this shallow clone and deepening it failed; check out with full history (actions/checkout with \`fetch-depth: 0\`)`
    )
    this.name = 'ShallowCloneError'
  }
}

/** The commit being deployed: the `version` input resolved in the work tree when it names a commit. */
export async function resolveVersion(cwd: string, requested: string | undefined): Promise<string> {
  const candidate = requested ?? 'HEAD'
  const resolved = await git(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`], {
    cwd,
    allowFailure: true
  }).catch(() => undefined)
  if (resolved && resolved.exitCode === 0) return resolved.stdout.trim()
  if (requested) return requested // a release name or tag outside git: deployed as given
  throw new GitError(
    `cannot tell which version to deploy: ${cwd} is not a git checkout and no \`version\` input is set; check out the repository first or pass \`version\``,
    ''
  )
}

/**
 * Files changed between the last deployed commit and the one being deployed. A shallow clone is
 * deepened once; history rewritten since the last deploy counts every tracked file as changed, so
 * the plan errs on the side of doing more.
 */
export async function changedFiles(cwd: string, deployed: string | undefined, version: string): Promise<CodeChanges> {
  if (!deployed) return { files: null }
  if (deployed === version) return { files: [] }
  const isCommit = (rev: string) =>
    git(['cat-file', '-e', `${rev}^{commit}`], { cwd, allowFailure: true }).then((r) => r.exitCode === 0)
  if (!(await isCommit(version))) {
    return { files: null, note: `version ${version} is not a commit of this repository; files cannot be compared` }
  }
  if (!(await isCommit(deployed))) {
    const shallow = (await git(['rev-parse', '--is-shallow-repository'], { cwd })).stdout.trim() === 'true'
    if (shallow) {
      await git(['fetch', '--no-tags', '--quiet', '--unshallow'], { cwd, timeoutMs: 120_000, allowFailure: true })
      if (!(await isCommit(deployed))) throw new ShallowCloneError(deployed)
    } else {
      const all = await git(['ls-tree', '-r', '-z', '--name-only', version], { cwd })
      return {
        files: all.stdout.split('\0').filter(Boolean),
        note: `the last deployed commit ${deployed.slice(0, 12)} is no longer in the history (force-push?): every file counts as changed`
      }
    }
  }
  const diff = await git(['diff', '--name-only', '-z', '--no-renames', deployed, version, '--'], { cwd })
  return { files: diff.stdout.split('\0').filter(Boolean) }
}

/**
 * The repository's facts as the analysis asks for them: the version to deploy and the files changed
 * since a deployed commit. Each question is asked of git once per instance, so the services of one
 * repository planned in one run share one `git diff` per deployed commit (one when they were all
 * deployed from the same commit).
 */
export class RepositoryChanges {
  private readonly versions = new Map<string, Promise<string>>()
  private readonly diffs = new Map<string, Promise<CodeChanges>>()
  private readonly trees = new Map<string, Promise<Set<string> | undefined>>()

  constructor(readonly workspace: string) {}

  version(requested: string | undefined): Promise<string> {
    const key = requested ?? ''
    let found = this.versions.get(key)
    if (!found) this.versions.set(key, (found = resolveVersion(this.workspace, requested)))
    return found
  }

  /** Every folder of the commit `version` (one `git ls-tree`); undefined when it is not a commit here. */
  folders(version: string): Promise<Set<string> | undefined> {
    let found = this.trees.get(version)
    if (!found) {
      found = git(['ls-tree', '-r', '-d', '-z', '--name-only', version, '--'], {
        cwd: this.workspace,
        allowFailure: true
      })
        .then((r) => (r.exitCode === 0 ? new Set(r.stdout.split('\0').filter(Boolean)) : undefined))
        .catch(() => undefined)
      this.trees.set(version, found)
    }
    return found
  }

  changedFiles(deployed: string | undefined, version: string): Promise<CodeChanges> {
    const key = `${deployed ?? ''}\0${version}`
    let found = this.diffs.get(key)
    if (!found) this.diffs.set(key, (found = changedFiles(this.workspace, deployed, version)))
    return found
  }
}
