import { describe, expect, it } from 'vitest'
import type { ConfigRepoFacts } from '../src/analyze/config-repos.js'
import { type Facts, type PlanPolicy, planDeployment } from '../src/plan/plan.js'
import type { Impact } from '../src/settings/rules.js'
import type { VersionRecord } from '../src/state/schema.js'

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const C1 = '1'.repeat(40)
const C2 = '2'.repeat(40)
const NOW = '2026-11-22T00:00:00.000Z'

const current: VersionRecord = {
  version: A,
  config_commits: { master: C1 },
  deployed_at: NOW,
  deployment_id: 'd0',
  operation: 'redeploy'
}
const policy: PlanPolicy = {
  override: 'auto',
  approvalRequiredFor: ['rebuild', 'restart'],
  canBuild: true,
  platform: 'command',
  strategy: 'rolling'
}
const files = (entries: Record<string, Impact>) => Object.entries(entries).map(([path, impact]) => ({ path, impact }))
const repo = (moved: boolean): ConfigRepoFacts => ({
  name: 'master',
  source: 'https://example.com/master.git',
  envName: 'DEPLOY_CONFIG_MASTER_COMMIT',
  deployed: C1,
  head: moved ? C2 : C1,
  moved,
  commits: moved ? [{ sha: C2, subject: 'Add /analyze-logs command' }] : [],
  totalCommits: moved ? 1 : 0
})
const facts = (overrides: Partial<Facts> = {}): Facts => ({
  environment: 'production',
  version: B,
  current,
  stateSequence: 7,
  lastAttempt: null,
  files: [],
  configRepos: [repo(false)],
  service: { up: true, detail: 'running' },
  ...overrides
})
const plan = (f: Partial<Facts>, p: Partial<PlanPolicy> = {}) => planDeployment(facts(f), { ...policy, ...p }, NOW)

describe('planDeployment: the scenarios of the original agent', () => {
  it('first deploy with a build command: rebuild, needing approval, recording the config heads', () => {
    const result = plan({
      current: null,
      files: null,
      stateSequence: 0,
      configRepos: [{ ...repo(false), deployed: undefined, moved: true }]
    })
    expect(result.operation).toBe('rebuild')
    expect(result.requires_approval).toBe(true)
    expect(result.records_config).toBe(true)
    expect(result.config_commits).toEqual({ master: C1 })
    expect(result.reasons[0]).toMatch(/First deploy of production/)
  })

  it('first deploy without a build command: redeploy, no approval', () => {
    const result = plan({ current: null, files: null }, { canBuild: false })
    expect(result.operation).toBe('redeploy')
    expect(result.requires_approval).toBe(false)
  })

  it('scenario 1, config repo moved: rebuild with the commit subjects in the reason, new heads recorded', () => {
    const result = plan({ configRepos: [repo(true)] })
    expect(result.operation).toBe('rebuild')
    expect(result.requires_approval).toBe(true)
    expect(result.reasons.join('\n')).toContain('Add /analyze-logs command')
    expect(result.config_commits).toEqual({ master: C2 })
    expect(result.config_changes[0]).toMatchObject({ name: 'master', from: C1, to: C2, total: 1 })
  })

  it('scenario 2, a rebuild-rule file changed: rebuild naming the file', () => {
    const result = plan({ files: files({ '.claude/commands/deploy.md': 'rebuild', 'agent.py': 'redeploy' }) })
    expect(result.operation).toBe('rebuild')
    expect(result.reasons.join('\n')).toContain('.claude/commands/deploy.md')
  })

  it('scenario 3, code changed: redeploy without approval, recorded config kept', () => {
    const result = plan({ files: files({ 'claude_hitl_template/agent.py': 'redeploy' }) })
    expect(result.operation).toBe('redeploy')
    expect(result.requires_approval).toBe(false)
    expect(result.config_commits).toEqual({ master: C1 })
    expect(result.reasons.join('\n')).toContain('claude_hitl_template/agent.py')
  })

  it('a redeploy does not bake in a moved config repo: only a build records new heads', () => {
    const result = plan({ configRepos: [repo(true)] }, { override: 'redeploy' })
    expect(result.operation).toBe('redeploy')
    expect(result.config_commits).toEqual({ master: C1 })
    expect(result.records_config).toBe(false)
  })

  it('scenario 4, environment file changed: restart with approval', () => {
    const result = plan({ files: files({ '.env': 'restart', 'app.py': 'redeploy' }) })
    expect(result.operation).toBe('restart')
    expect(result.requires_approval).toBe(true)
    expect(result.steps).toContain('restart')
  })

  it('scenario 5, nothing changed and the service is up: none', () => {
    const result = plan({ version: A })
    expect(result.operation).toBe('none')
    expect(result.reasons.at(-1)).toMatch(/Nothing changed .* service is up/)
  })

  it('only ignored files changed: none, saying which', () => {
    const result = plan({ files: files({ 'README.md': 'ignore' }) })
    expect(result.operation).toBe('none')
    expect(result.reasons.join('\n')).toContain('README.md')
  })

  it('scenario 6, nothing changed and the service is down: start, no approval', () => {
    const result = plan({ version: A, service: { up: false, detail: 'ray is not running' } })
    expect(result.operation).toBe('start')
    expect(result.requires_approval).toBe(false)
    expect(result.reasons.join('\n')).toContain('ray is not running')
  })

  it('the strongest wins: code changed while the service is down is a redeploy', () => {
    expect(plan({ files: files({ 'app.py': 'redeploy' }), service: { up: false, detail: 'down' } }).operation).toBe(
      'redeploy'
    )
    expect(plan({ files: files({ '.env': 'restart', Dockerfile: 'rebuild' }) }).operation).toBe('rebuild')
  })

  it('a run that never finished makes the next one deploy again', () => {
    const result = plan({
      version: A,
      lastAttempt: { deployment_id: 'd9', operation: 'redeploy', version: B, status: 'in_progress', started_at: NOW }
    })
    expect(result.operation).toBe('redeploy')
    expect(result.reasons.join('\n')).toMatch(/never finished/)
  })

  it('an override decides what runs, and approval follows what runs', () => {
    const forcedRedeploy = plan({ configRepos: [repo(true)] }, { override: 'redeploy' })
    expect(forcedRedeploy.requires_approval).toBe(false)
    expect(forcedRedeploy.reasons[0]).toMatch(/forced to redeploy .* would rebuild/)
    const forcedRestart = plan({ version: A }, { override: 'restart' })
    expect(forcedRestart.operation).toBe('restart')
    expect(forcedRestart.requires_approval).toBe(true)
    expect(forcedRestart.decided_by).toBe('override')
  })

  it('the approval policy is the owner’s: redeploys can be made to need approval too', () => {
    expect(
      plan({ files: files({ 'app.py': 'redeploy' }) }, { approvalRequiredFor: ['redeploy'] }).requires_approval
    ).toBe(true)
  })

  it('keeps the state sequence it was made from, so a later deploy can tell whether the state moved', () => {
    expect(plan({}).state_sequence).toBe(7)
  })
})
