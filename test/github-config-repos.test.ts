import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { GitHubConfigRepoSource } from '../src/github/config-repos.js'
import { type Settings, parseConfigRepo } from '../src/settings/settings.js'
import type { RepoModel } from './servers/github/index.js'
import { ownRepo, useGitHubServer } from './support/github.js'
import { MemoryLog } from './support/log.js'
import { Scenario } from './support/scenario.js'

const server = useGitHubServer()

/** The workflow's repository (its GITHUB_TOKEN) and a config repository, public unless asked. */
function setup(options: { private?: boolean; configToken?: boolean } = {}) {
  const { n, token } = ownRepo(server(), 'acme/app')
  const configToken = options.configToken ? `github_pat_${randomBytes(12).toString('hex')}` : undefined
  const config = server().addRepo(`acme/config${n}`, {
    private: options.private,
    tokens: configToken ? { [configToken]: 'read' } : {}
  })
  const settings = {
    configReposToken: configToken,
    github: { token, apiUrl: server().url, serverUrl: 'https://github.example', repository: `acme/app${n}` }
  } as unknown as Settings
  const log = new MemoryLog()
  const source = new GitHubConfigRepoSource(settings, log)
  const spec = (ref = '@main') => {
    const parsed = parseConfigRepo(`master=acme/config${n}${ref}`)
    if (typeof parsed === 'string') throw new Error(parsed)
    return parsed
  }
  return { config, source, spec, token, n }
}

const subjects = (repo: RepoModel, n: number, prefix: string) => repo.commits(n, { message: prefix }).map((c) => c.sha)

describe('config repos through the GitHub API', () => {
  it('is chosen for owner/repo lines; unchanged head: one request, and a repeated look-up is a free 304', async () => {
    const { config, source, spec } = setup()
    expect(spec().kind).toBe('github')
    expect(source.supports(spec())).toBe(true)
    const head = config.head()
    const facts = await source.inspect(spec(), head)
    expect(facts).toMatchObject({
      name: 'master',
      head,
      moved: false,
      commits: [],
      totalCommits: 0,
      source: expect.stringMatching(/^https:\/\/github\.example\/acme\/config\d+$/)
    })
    expect(server().requests.map((r) => `${r.operation} ${r.status}`)).toEqual([
      'GET /repos/{owner}/{repo}/commits/{ref} 200'
    ])
    expect(server().requests[0]!.headers.accept).toBe('application/vnd.github.sha')
    await source.inspect(spec(), head)
    expect(server().requests[1]).toMatchObject({ status: 304, headers: { 'if-none-match': expect.any(String) } })
  })

  it('moved: the subjects of the new commits from the compare API, oldest first', async () => {
    const { config, source, spec } = setup()
    const deployed = config.head()
    const shas = subjects(config, 3, 'Raise the pool size')
    const facts = await source.inspect(spec(), deployed)
    expect(facts).toMatchObject({ moved: true, deployed, head: shas[2], totalCommits: 3 })
    expect(facts.commits).toEqual(shas.map((sha, i) => ({ sha, subject: `Raise the pool size ${i + 1}` })))
    expect(facts.note).toBeUndefined()
    expect(server().requests.map((r) => r.operation)).toEqual([
      'GET /repos/{owner}/{repo}/commits/{ref}',
      'GET /repos/{owner}/{repo}/compare/{basehead}'
    ])
  })

  it('more than 250 commits ahead: 250 listed, the total and the cut noted', async () => {
    const { config, source, spec } = setup()
    const deployed = config.head()
    subjects(config, 260, 'Tune')
    const facts = await source.inspect(spec(), deployed)
    expect(facts.totalCommits).toBe(260)
    expect(facts.commits).toHaveLength(250)
    expect(facts.note).toMatch(/260 new commits; the compare API lists 250 \(at most 250\)/)
  })

  it('force-pushed: the deployed commit is gone, and the note says so', async () => {
    const { config, source, spec } = setup()
    const base = config.head()
    const deployed = subjects(config, 2, 'Old')[1]!
    config.forcePush('main', base)
    const head = subjects(config, 1, 'Rewritten')[0]!
    const facts = await source.inspect(spec(), deployed)
    expect(facts).toMatchObject({ moved: true, head, commits: [], totalCommits: 0 })
    expect(facts.note).toMatch(/the deployed commit [0-9a-f]{12} is no longer in the history \(force-push\?\)/)
  })

  it('first deploy: no compare, noted as not deployed before', async () => {
    const { config, source, spec } = setup()
    expect(await source.inspect(spec(), undefined)).toMatchObject({
      moved: true,
      head: config.head(),
      note: 'not deployed before'
    })
    expect(server().requests).toHaveLength(1)
  })

  it('a private config repo with only GITHUB_TOKEN: the error says the token reaches only its own repository', async () => {
    const { source, spec, n } = setup({ private: true })
    await expect(source.inspect(spec(), undefined)).rejects.toThrow(
      new RegExp(
        `config repo "master" \\(acme/config${n}\\): not found through the GitHub API \\(HTTP 404: Not Found\\).*the workflow's GITHUB_TOKEN reaches only its own repository \\(acme/app${n}\\): for a private config repo pass a token that can read acme/config${n} .* as \`config-repos-token\``
      )
    )
  })

  it('a private config repo with config-repos-token: read through that token', async () => {
    const { config, source, spec } = setup({ private: true, configToken: true })
    expect((await source.inspect(spec(), undefined)).head).toBe(config.head())
  })

  it('a ref that does not exist: the error names the @REF part', async () => {
    const { source, spec } = setup()
    await expect(source.inspect(spec('@nope'), undefined)).rejects.toThrow(/has no ref "nope".*fix the @REF part/)
  })
})

describe('the action with a GitHub config repo', () => {
  it('reads the head of an owner/repo config repo through the API (two requests for a plan)', async () => {
    const { n, token } = ownRepo(server(), 'acme/app')
    const config = server().addRepo(`acme/config${n}`)
    subjects(config, 2, 'Switch the queue')
    const s = new Scenario({
      'state-store': 'release',
      'github-token': token,
      'config-repos': `master=acme/config${n}@main`
    })
    const head = s.app.commit({ 'app.py': 'print(1)' })
    const run = await s.action(
      { mode: 'plan' },
      {
        GITHUB_ACTIONS: 'true',
        GITHUB_API_URL: server().url,
        GITHUB_REPOSITORY: `acme/app${n}`,
        GITHUB_RUN_ID: '1',
        GITHUB_SHA: head
      }
    )
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('planned')
    expect(run.stdout).toMatch(new RegExp(`Config repo master: moved to ${config.head().slice(0, 7)}`))
    expect(server().requests.filter((r) => r.server === 'api')).toHaveLength(2)
  })
})
