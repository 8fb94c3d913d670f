// platform: digitalocean: deadlines, rate limits, transient failures, ambiguous failures, error messages.
import { describe, expect, it } from 'vitest'
import { digest, useScenarios } from './digitalocean-harness.js'

const scenario = useScenarios()

const REQUEST_ID = /\(request [0-9a-f-]{36}\)/

describe('platform digitalocean: robustness', () => {
  it('waits for retry-after on 429, with no retries of its own from dots', async () => {
    const s = await scenario()
    s.server.inject({ kind: 'rateLimit429', method: 'PUT', path: '/v2/apps/{id}', retryAfter: 1 })
    s.commit(1)
    const run = await s.run({ 'image-digest': digest('web:1'), operation: 'redeploy' })
    expect(run.exitCode, run.stdout).toBe(0)
    const puts = s.server.requests.filter((r) => r.method === 'PUT')
    expect(puts.map((r) => r.status)).toEqual([429, 200])
    expect(puts[1]!.at - puts[0]!.at).toBeGreaterThanOrEqual(1000)
    expect(run.stdout).toMatch(
      /::warning::DigitalOcean rate limit on PUT \/v2\/apps\/\{id\} for app [0-9a-f-]+: waiting 1 s as retry-after asks \(4\d{3} of 5000 requests left this hour/
    )
    expect(s.server.requests.every((r) => r.headers['retry-attempt'] === undefined)).toBe(true)
    expect(s.server.app(s.blue.id).deployments).toHaveLength(2)
  })

  it('retries 5xx and dropped connections with backoff, and never starts a second deployment after an ambiguous failure', async () => {
    const s = await scenario()
    s.server.inject({ kind: 'status500', method: 'GET', path: '/v2/apps/{id}' })
    s.server.inject({ kind: 'drop', method: 'GET', path: '/v2/apps/{id}' })
    // The spec update is applied and its deployment started, but the answer is lost.
    s.server.inject({ kind: 'applyThenDrop', method: 'PUT', path: '/v2/apps/{id}' })
    s.commit(1)
    const run = await s.run({ 'image-digest': digest('web:1'), operation: 'redeploy' })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toMatch(
      /::warning::DigitalOcean GET \/v2\/apps\/\{id\} for app [0-9a-f-]+: HTTP 500 server_error: Server was unable to give you a response\.; retrying in \d\.\d s \(attempt 2 of 4\)/
    )
    expect(run.stdout).toMatch(
      /::warning::DigitalOcean GET \/v2\/apps\/\{id\} for app [0-9a-f-]+: connection dropped; retrying in \d\.\d s \(attempt 3 of 4\)/
    )
    expect(run.stdout).toMatch(
      /::warning::DigitalOcean PUT \/v2\/apps\/\{id\} for app [0-9a-f-]+: connection dropped; retrying/
    )
    expect(run.stdout).toContain('the call had been applied; not sending it again')
    expect(s.server.requests.filter((r) => r.method === 'PUT')).toHaveLength(1)
    const app = s.server.app(s.blue.id)
    expect(app.deployments).toHaveLength(2)
    expect(app.activeDeployment?.digest).toBe(digest('web:1'))
    expect(s.state().current.platform.deployment_id).toBe(app.activeDeploymentId)

    // A creating POST whose answer is lost: the same, one deployment.
    s.server.inject({ kind: 'applyThenDrop', method: 'POST', path: '/v2/apps/{app_id}/deployments' })
    s.commit(2)
    const again = await s.run({ operation: 'redeploy' })
    expect(again.exitCode, again.stdout).toBe(0)
    expect(s.server.requests.filter((r) => r.operationId === 'apps_create_deployment')).toHaveLength(1)
    expect(s.server.app(s.blue.id).deployments).toHaveLength(3)
  })

  it('names the app, the call, DigitalOcean message and request id in every error; gives up after four attempts', async () => {
    const s = await scenario()
    s.commit(1)
    const missing = await s.run({ 'digitalocean-app-id': '0b8f9a1c-0000-4000-8000-000000000000' })
    expect(missing.exitCode).toBe(1)
    const notFound =
      /::error::DigitalOcean GET \/v2\/apps\/\{id\} for app 0b8f9a1c-0000-4000-8000-000000000000 failed: HTTP 404 not_found: The resource you were accessing could not be found\. \(app 0b8f9a1c-0000-4000-8000-000000000000\) (\(request [0-9a-f-]{36}\))/
    expect(missing.stdout).toMatch(notFound)
    const requestId = notFound.exec(missing.stdout)![1]!
    expect(s.server.requests.map((r) => `(request ${r.requestId})`)).toContain(requestId)
    expect(missing.stdout).toMatch(REQUEST_ID)

    s.server.inject({ kind: 'status503', method: 'GET', path: '/v2/apps/{id}', times: Infinity })
    const down = await s.run()
    expect(down.exitCode).toBe(1)
    expect(down.stdout).toMatch(
      /::error::DigitalOcean GET \/v2\/apps\/\{id\} for app [0-9a-f-]+ failed: HTTP 503 service_unavailable: The service is temporarily unavailable\.; gave up after 4 attempts \(request [0-9a-f-]{36}\)/
    )
    expect(s.server.requests.filter((r) => r.fault === 'status503')).toHaveLength(4)
    expect(s.changes()).toEqual([])
  })
})
