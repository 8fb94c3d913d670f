// platform: digitalocean: a deployment that misses deploy-timeout-seconds (at least 10 s, so a file of its own).
import { describe, expect, it } from 'vitest'
import { digest, useScenarios } from './digitalocean-harness.js'

const scenario = useScenarios()

describe('platform digitalocean: deadline', () => {
  it('cancels a deployment that misses deploy-timeout-seconds, polling slower while nothing moves: failed, the old deployment serves', async () => {
    const s = await scenario()
    const before = s.blue.activeDeploymentId
    s.server.nextDeployment(s.blue.id, { scenario: 'slow' })
    s.commit(1)
    const run = await s.run({ 'image-digest': digest('web:1'), operation: 'redeploy', 'deploy-timeout-seconds': '10' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ status: 'failed', 'rolled-back': 'false' })
    expect(run.stdout).toMatch(
      /::error::.*deployment [0-9a-f-]+ did not become active within deploy-timeout-seconds \(10 s\); canceled it in phase DEPLOYING; the previous deployment still serves/
    )
    expect(s.changes()).toEqual(['PUT /v2/apps/blue', 'POST /v2/apps/blue/deployments/{id}/cancel'])
    const app = s.server.app(s.blue.id)
    expect(app.latestDeployment?.phase).toBe('CANCELED')
    expect(app.activeDeploymentId).toBe(before)
    // Adaptive polling: quick at first, then further apart while the deployment sits in DEPLOYING
    // (to 2 s there: its end is what the run waits for; to 5 s in the phases before).
    const polls = s.server.requests.filter((r) => r.operationId === 'apps_get_deployment').map((r) => r.at)
    expect(polls.length).toBeGreaterThanOrEqual(3)
    expect(polls.length).toBeLessThanOrEqual(8)
    const gaps = polls.slice(1).map((at, i) => at - polls[i]!)
    expect(Math.max(...gaps)).toBeGreaterThanOrEqual(1900)
    expect(gaps[0]!).toBeLessThan(Math.max(...gaps))
  })
})
