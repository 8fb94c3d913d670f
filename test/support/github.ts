// The GitHub API stand-in as the test files use it: one server per file, a repository of its own per
// test, the local commits mirrored there, and the environment GitHub Actions gives the action.
import { randomBytes } from 'node:crypto'
import { afterEach, beforeEach, expect } from 'vitest'
import {
  type GitHubServer,
  type GitHubServerOptions,
  type RepoModel,
  startGitHubServer
} from '../servers/github/index.js'
import { useServer } from './use-server.js'

/**
 * Starts one server for the file (or the `describe` it is called in) and closes it after its tests;
 * returns a getter for it, for tests and hooks. Between tests its records are forgotten and its
 * faults cleared, and a test fails when the server recorded a violation of GitHub's description.
 * `perTest: false` leaves records and faults alone: for tests that run at once on the one server
 * (they share its records), which check `violations` themselves.
 */
export function useGitHubServer(options: GitHubServerOptions & { perTest?: boolean } = {}): () => GitHubServer {
  const { perTest = true, ...serverOptions } = options
  const server = useServer(
    () => startGitHubServer(serverOptions),
    (s) => s.close()
  )
  if (perTest) {
    beforeEach(() => server().reset())
    afterEach(() => {
      server().clearFaults()
      expect(server().violations).toEqual([])
    })
  }
  return server
}

/** Makes the server's repository hold a commit of the local repository (GITHUB_SHA exists on GitHub). */
export function mirror(repo: RepoModel, sha: string): void {
  const parent = repo.getCommit(repo.head())!
  repo.commitStore.set(sha, { ...parent, sha, parents: [parent.sha], message: 'mirrored' })
  repo.setBranch(repo.defaultBranch, sha)
}

let repos = 0

/**
 * A repository of its own on the server, `<prefix><n>` (n counts the repositories made so far), and
 * a token that may write to it, as the workflow's GITHUB_TOKEN.
 */
export function ownRepo(
  server: GitHubServer,
  prefix: string
): { n: number; name: string; token: string; repo: RepoModel } {
  const n = ++repos
  const name = `${prefix}${n}`
  const token = `ghs_${randomBytes(12).toString('hex')}`
  return { n, name, token, repo: server.addRepo(name, { tokens: { [token]: 'write' } }) }
}

/** The variables GitHub Actions gives a step of run `runId` (attempt 1 unless said) on `sha`. */
export function actionsEnv(
  server: GitHubServer,
  run: { repository: string; runId: number; attempt?: number; sha: string }
): Record<string, string> {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: server.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: run.repository,
    GITHUB_RUN_ID: String(run.runId),
    GITHUB_RUN_ATTEMPT: String(run.attempt ?? 1),
    GITHUB_SHA: run.sha
  }
}
