// Proof for the DigitalOcean test server: driven with raw fetch and with @digitalocean/dots.
import {
  FetchRequestAdapter,
  KiotaClientFactory,
  MiddlewareFactory,
  RetryHandler
} from '@microsoft/kiota-http-fetchlibrary'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type DigitalOceanServer, startDigitalOceanServer } from './digitalocean/index.js'

// dots ships no .d.ts; src/types/dots.d.ts (mapped in tsconfig) is written elsewhere, so load it untyped.
const dotsSpecifier: string = '@digitalocean/dots'

let dots: any

interface Answer {
  status: number

  json: any
  headers: Headers
}

let server: DigitalOceanServer

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {}
): Promise<Answer> {
  const init: RequestInit = { method, headers: { authorization: `Bearer ${server.token}`, ...headers } }
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body)
    ;(init.headers as Record<string, string>)['content-type'] ??= 'application/json'
  }
  const res = await fetch(`${server.url}${path}`, init)
  const text = await res.text()
  return { status: res.status, json: text ? JSON.parse(text) : undefined, headers: res.headers }
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 3000): Promise<T> {
  const end = Date.now() + timeoutMs
  for (;;) {
    const v = await probe()
    if (v !== undefined) return v
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

/** Polls a deployment until its phase is one of `phases`; returns the phases seen on the way. */
async function untilPhase(
  appId: string,
  depId: string,
  phases: string[]
): Promise<{ deployment: any; seen: string[] }> {
  const seen: string[] = []
  const deployment = await waitFor(`deployment ${depId} in ${phases.join('|')}`, async () => {
    const r = await call('GET', `/v2/apps/${appId}/deployments/${depId}`)
    expect(r.status).toBe(200)
    if (seen[seen.length - 1] !== r.json.deployment.phase) seen.push(r.json.deployment.phase)
    return phases.includes(r.json.deployment.phase) ? r.json.deployment : undefined
  })
  return { deployment, seen }
}

function dotsClient(opts: { retries?: boolean } = {}) {
  const auth = new dots.DigitalOceanApiKeyAuthenticationProvider(server.token)
  const middlewares = MiddlewareFactory.getDefaultMiddlewares().filter(
    (m) => opts.retries !== false || !(m instanceof RetryHandler)
  )
  const adapter = new FetchRequestAdapter(auth, undefined, undefined, KiotaClientFactory.create(undefined, middlewares))
  adapter.baseUrl = server.url
  return { adapter, client: dots.createDigitalOceanClient(adapter) }
}

beforeAll(async () => {
  dots = await import(dotsSpecifier)
})

beforeEach(async () => {
  server = await startDigitalOceanServer({ phaseMs: 20 })
})

afterEach(async () => {
  const left = [...server.violations]
  await server.close()
  expect(left).toEqual([])
})

describe('DigitalOcean test server', () => {
  it('serves an app with its seeded ACTIVE deployment, to fetch and to dots', async () => {
    const app = server.addApp({ name: 'blue' })
    const r = await call('GET', `/v2/apps/${app.id}`)
    expect(r.status).toBe(200)
    expect(r.json.app.spec).toEqual(app.spec)
    expect(r.json.app.active_deployment.phase).toBe('ACTIVE')
    expect(r.json.app.live_url).toBe(server.appUrl(app.id))
    for (const h of ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'])
      expect(r.headers.get(h)).toMatch(/^\d+$/)

    const { client } = dotsClient()
    const viaDots = await client.v2.apps.byApp_Id(app.id).get()
    expect(viaDots.app.id).toBe(app.id)
    expect(viaDots.app.activeDeployment.phase).toBe('ACTIVE')
    expect(viaDots.app.spec.services[0].image.digest).toBe(app.activeDeployment?.digest)

    const health = await fetch(`${app.url}/health`)
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({
      deployment_id: app.activeDeploymentId,
      digest: app.activeDeployment?.digest
    })
    expect((await fetch(`${server.url}/_apps/${app.id}/health`)).status).toBe(200)
  })

  it('stores a PUT spec as sent (fields dots does not model included) and reads it back unchanged', async () => {
    const app = server.addApp({ name: 'blue' })
    const spec = {
      name: 'blue',
      region: 'ams',
      features: ['buildpack-stack=ubuntu-22'],
      envs: [{ key: 'LOG_LEVEL', value: 'debug', scope: 'RUN_TIME' }],
      alerts: [{ rule: 'DEPLOYMENT_FAILED' }],
      services: [
        {
          name: 'web',
          image: { registry_type: 'GHCR', registry: 'acme', repository: 'web', digest: 'sha256:' + 'b'.repeat(64) },
          http_port: 8080,
          internal_ports: [9090],
          health_check: { http_path: '/healthz', port: 8080 }
        }
      ]
    }
    // Raw bytes through dots: its URL template, auth and error mapping, no model serialiser.
    const { adapter, client } = dotsClient()
    const info = client.v2.apps.byApp_Id(app.id).toPutRequestInformation({})
    info.setStreamContent(new TextEncoder().encode(JSON.stringify({ spec })).buffer, 'application/json')
    const bytes = await adapter.sendPrimitive<ArrayBuffer>(info, 'ArrayBuffer', {
      XXX: dots.createErrorEscapedFromDiscriminatorValue
    })
    const answer = JSON.parse(new TextDecoder().decode(bytes))
    expect(answer.app.spec).toEqual(spec)
    expect(answer.app.pending_deployment.phase).toBe('PENDING_BUILD')
    expect(server.app(app.id).spec).toEqual(spec)

    const read = await call('GET', `/v2/apps/${app.id}`)
    expect(JSON.stringify(read.json.app.spec)).toBe(JSON.stringify(spec))

    // A field the description does not know at all is refused and recorded.
    const bad = await call('PUT', `/v2/apps/${app.id}`, { spec: { ...spec, colour: 'blue' } })
    expect(bad.status).toBe(400)
    expect(bad.json).toMatchObject({ id: 'bad_request', request_id: expect.any(String) })
    expect(server.violations).toEqual([
      expect.stringContaining('body.spec.colour is not a field of the API description')
    ])
    server.violations.length = 0
  })

  it('shows the dots model serialiser defect: tag "latest" beside a digest is refused and recorded', async () => {
    const app = server.addApp({ name: 'blue' })
    const { client } = dotsClient({ retries: false })
    const digest = 'sha256:' + 'c'.repeat(64)
    const err = await client.v2.apps
      .byApp_Id(app.id)
      .put({
        spec: { name: 'blue', services: [{ name: 'web', image: { registryType: 'DOCR', repository: 'blue', digest } }] }
      })
      .catch((e: unknown) => e)
    expect(JSON.parse(server.requests.at(-1)!.body).spec.services[0].image).toEqual({
      digest,
      registry_type: 'DOCR',
      repository: 'blue',
      tag: 'latest'
    })
    expect(err).not.toBeInstanceOf(Error) // dots throws a plain object for a JSON error body
    expect(err).toMatchObject({ responseStatusCode: 400, id: 'bad_request' })
    expect(server.violations).toEqual([expect.stringContaining('"tag" cannot be specified if "digest" is provided')])
    server.violations.length = 0
  })

  it('plays a deployment to ACTIVE: phases, steps, supersede of the old active, health of the new digest', async () => {
    const app = server.addApp({ name: 'blue' })
    const oldActive = app.activeDeploymentId!
    const { client } = dotsClient()
    const created = await client.v2.apps.byApp_Id(app.id).deployments.post({ forceBuild: true })
    expect(created.deployment.phase).toBe('PENDING_BUILD')
    const { deployment, seen } = await untilPhase(app.id, created.deployment.id, ['ACTIVE'])
    expect(seen.at(-1)).toBe('ACTIVE')
    const history = server.app(app.id).deployment(created.deployment.id)!.history
    expect(history.map((h) => h.phase)).toEqual(['PENDING_BUILD', 'BUILDING', 'PENDING_DEPLOY', 'DEPLOYING', 'ACTIVE'])
    expect(history[4]!.at - history[0]!.at).toBe(4 * 20) // phaseMs 20, timestamps are the simulated times
    expect(deployment.progress).toMatchObject({ success_steps: 2, total_steps: 2, error_steps: 0 })
    expect(deployment.progress.steps.map((s: any) => [s.name, s.status])).toEqual([
      ['build', 'SUCCESS'],
      ['deploy', 'SUCCESS']
    ])
    expect(deployment.previous_deployment_id).toBe(oldActive)
    const read = await call('GET', `/v2/apps/${app.id}`)
    expect(read.json.app.active_deployment.id).toBe(created.deployment.id)
    expect(server.app(app.id).deployment(oldActive)?.phase).toBe('SUPERSEDED')

    // No force_build: the BUILD phase is skipped. A new digest is what the app then reports.
    const digest = 'sha256:' + 'd'.repeat(64)
    const spec = structuredClone(app.spec) as any
    spec.services[0].image.digest = digest
    const put = await call('PUT', `/v2/apps/${app.id}`, { spec, update_all_source_versions: false })
    const depId = put.json.app.pending_deployment.id
    await untilPhase(app.id, depId, ['ACTIVE'])
    const plain = await call('POST', `/v2/apps/${app.id}/deployments`, { force_build: false })
    const noBuild = await untilPhase(app.id, plain.json.deployment.id, ['ACTIVE'])
    expect(
      server
        .app(app.id)
        .deployment(noBuild.deployment.id)!
        .history.map((h) => h.phase)
    ).toEqual(['PENDING_DEPLOY', 'DEPLOYING', 'ACTIVE'])
    expect(noBuild.deployment.progress.steps.map((s: any) => s.name)).toEqual(['deploy'])
    expect(await (await fetch(`${app.url}/health`)).json()).toMatchObject({
      digest,
      deployment_id: plain.json.deployment.id
    })

    const list = await client.v2.apps
      .byApp_Id(app.id)
      .deployments.get({ queryParameters: { perPage: 2, deploymentTypes: ['MANUAL'] } })
    expect(list.deployments).toHaveLength(2)
    expect(list.meta.total).toBe(4)
    expect(list.links.pages.additionalData?.next ?? list.links.pages.next).toContain('page=2')
  })

  it('ends a build in ERROR with a failing step reason and logs served without the token', async () => {
    const app = server.addApp({ name: 'blue' })
    server.nextDeployment(app.id, { scenario: 'buildError', logs: { BUILD: ['npm ERR! missing script: build'] } })
    const created = await call('POST', `/v2/apps/${app.id}/deployments`, { force_build: true })
    const { deployment } = await untilPhase(app.id, created.json.deployment.id, ['ERROR'])
    const build = deployment.progress.steps[0]
    expect(build).toMatchObject({ name: 'build', status: 'ERROR', reason: { code: 'BuildJobExitNonZero' } })
    expect(deployment.progress.error_steps).toBe(1)
    expect(server.app(app.id).activeDeploymentId).not.toBe(deployment.id)

    const logs = await call('GET', `/v2/apps/${app.id}/deployments/${deployment.id}/logs?type=BUILD`)
    expect(logs.status).toBe(200)
    expect(logs.json.historic_urls).toHaveLength(1)
    const file = await fetch(logs.json.historic_urls[0])
    expect(file.status).toBe(200)
    const text = await file.text()
    expect(text).toContain('npm ERR! missing script: build')
    expect(text).toContain('error: build failed')
    const comp = await call('GET', `/v2/apps/${app.id}/deployments/${deployment.id}/components/web/logs?type=BUILD`)
    expect(await (await fetch(comp.json.historic_urls[0])).text()).toContain('web ')

    // dots (Kiota preview.109) cannot parse a non-empty array of strings: the defect in the note.
    const { client } = dotsClient()
    const viaDots = await client.v2.apps
      .byApp_Id(app.id)
      .deployments.byDeployment_id(deployment.id)
      .logs.get({ queryParameters: { type: 'BUILD' } })
      .then(
        () => 'parsed',
        (e: Error) => e.message
      )
    expect(viaDots).toMatch(/unsupported type during deserialization/)

    // Carrying the API token to the log URL is refused and recorded.
    const leaked = await fetch(logs.json.historic_urls[0], { headers: { authorization: `Bearer ${server.token}` } })
    expect(leaked.status).toBe(400)
    expect(server.violations).toEqual([expect.stringContaining('carrying the API token')])
    server.violations.length = 0

    server.nextDeployment(app.id, {
      scenario: 'deployError',
      reason: { code: 'DeployContainerExitNonZero', message: 'exit 1' }
    })
    const second = await call('POST', `/v2/apps/${app.id}/deployments`, {})
    const failed = await untilPhase(app.id, second.json.deployment.id, ['ERROR'])
    expect(failed.deployment.progress.steps.at(-1)).toMatchObject({
      name: 'deploy',
      status: 'ERROR',
      reason: { code: 'DeployContainerExitNonZero' }
    })
  })

  it('cancels a slow deployment; canceling a finished one is refused', async () => {
    const app = server.addApp({ name: 'blue', defaults: { scenario: 'slow' } })
    const created = await call('POST', `/v2/apps/${app.id}/deployments`, { force_build: true })
    const id = created.json.deployment.id
    await untilPhase(app.id, id, ['DEPLOYING'])
    await new Promise((r) => setTimeout(r, 100))
    expect(server.app(app.id).deployment(id)?.phase).toBe('DEPLOYING')
    const { client } = dotsClient()
    const canceled = await client.v2.apps.byApp_Id(app.id).deployments.byDeployment_id(id).cancel.post()
    expect(canceled.deployment.phase).toBe('CANCELED')
    const again = await call('POST', `/v2/apps/${app.id}/deployments/${id}/cancel`)
    expect(again.status).toBe(400)
    expect(server.refusals).toEqual([expect.stringContaining('only an unfinished deployment can be canceled')])
  })

  it('restarts (a deployment caused by restart, without build) and supersedes on a push', async () => {
    const app = server.addApp({ name: 'blue' })
    const { client } = dotsClient()
    const restarted = await client.v2.apps.byApp_Id(app.id).restart.post({})
    expect(restarted.deployment.cause).toMatch(/restart/)
    const { deployment } = await untilPhase(app.id, restarted.deployment.id, ['ACTIVE'])
    expect(deployment.progress.steps.map((s: any) => s.name)).toEqual(['deploy'])

    server.nextDeployment(app.id, { scenario: 'superseded' })
    const first = await call('POST', `/v2/apps/${app.id}/deployments`, { force_build: true })
    await untilPhase(app.id, first.json.deployment.id, ['SUPERSEDED'])
    const push = server.app(app.id).latestDeployment!
    expect(push.type).toBe('DEPLOY_ON_PUSH')
    await untilPhase(app.id, push.id, ['ACTIVE'])
  })

  it('validates, rolls back (pinned), refuses deployments while pinned, commits and reverts', async () => {
    const app = server.addApp({ name: 'blue' })
    const good = app.activeDeploymentId!
    server.nextDeployment(app.id, { healthy: false })
    const spec = structuredClone(app.spec) as any
    spec.services[0].image.digest = 'sha256:' + 'e'.repeat(64)
    const put = await call('PUT', `/v2/apps/${app.id}`, { spec })
    const bad = put.json.app.pending_deployment.id
    await untilPhase(app.id, bad, ['ACTIVE'])
    expect((await fetch(`${app.url}/health`)).status).toBe(503)

    const valid = await call('POST', `/v2/apps/${app.id}/rollback/validate`, { deployment_id: good, skip_pin: false })
    expect(valid.json).toEqual({ valid: true })
    const rolled = await call('POST', `/v2/apps/${app.id}/rollback`, { deployment_id: good })
    expect(rolled.json.deployment.cause).toMatch(/rollback/)
    await untilPhase(app.id, rolled.json.deployment.id, ['ACTIVE'])
    expect((await fetch(`${app.url}/health`)).status).toBe(200)
    const read = await call('GET', `/v2/apps/${app.id}`)
    expect(read.json.app.pinned_deployment.id).toBe(rolled.json.deployment.id)
    expect(read.json.app.spec).toEqual(server.app(app.id).deployment(good)?.spec)

    const refused = await call('POST', `/v2/apps/${app.id}/deployments`, { force_build: false })
    expect(refused.status).toBe(400)
    expect(refused.json.message).toMatch(/pinned .* commit or revert/)
    const pinnedCheck = await call('POST', `/v2/apps/${app.id}/rollback/validate`, { deployment_id: good })
    expect(pinnedCheck.json).toMatchObject({ valid: false, error: { code: 'app_pinned' } })

    const { client } = dotsClient()
    await client.v2.apps.byApp_Id(app.id).rollback.commit.post()
    expect(server.app(app.id).pinnedDeploymentId).toBeUndefined()

    // Roll back again, then revert: the app returns to what ran before the rollback.
    const before = server.app(app.id).activeDeploymentId!
    const again = await client.v2.apps.byApp_Id(app.id).rollback.post({ deploymentId: bad, skipPin: false })
    await untilPhase(app.id, again.deployment.id, ['ACTIVE'])
    const reverted = await client.v2.apps.byApp_Id(app.id).rollback.revert.post()
    const back = await untilPhase(app.id, reverted.deployment.id, ['ACTIVE'])
    expect(back.deployment.spec).toEqual(server.app(app.id).deployment(before)?.spec)
    expect(server.app(app.id).pinnedDeploymentId).toBeUndefined()

    // Health by digest: any deployment of this image answers 503.
    const sick = 'sha256:' + 'f'.repeat(64)
    server.setDigestHealth(sick, false)
    const sickSpec = structuredClone(app.spec) as any
    sickSpec.services[0].image.digest = sick
    const sickPut = await call('PUT', `/v2/apps/${app.id}`, { spec: sickSpec })
    await untilPhase(app.id, sickPut.json.app.pending_deployment.id, ['ACTIVE'])
    const sickHealth = await fetch(`${app.url}/ready`)
    expect(sickHealth.status).toBe(503)
    expect(await sickHealth.json()).toMatchObject({ digest: sick, healthy: false, path: '/ready' })

    // An ERROR target is refused with incompatible_result; a tag-only image warns.
    server.nextDeployment(app.id, { scenario: 'deployError' })
    const failing = await call('POST', `/v2/apps/${app.id}/deployments`, {})
    await untilPhase(app.id, failing.json.deployment.id, ['ERROR'])
    const incompatible = await call('POST', `/v2/apps/${app.id}/rollback/validate`, {
      deployment_id: failing.json.deployment.id
    })
    expect(incompatible.json).toMatchObject({ valid: false, error: { code: 'incompatible_result' } })
    const tagged = server.addApp({
      name: 'tagged',
      spec: {
        name: 'tagged',
        services: [{ name: 'web', image: { registry_type: 'DOCKER_HUB', repository: 'library/nginx', tag: '1.27' } }]
      }
    })
    const warn = await call('POST', `/v2/apps/${tagged.id}/rollback/validate`, {
      deployment_id: tagged.activeDeploymentId
    })
    expect(warn.json).toEqual({
      valid: true,
      warnings: [{ code: 'image_source_missing_digest', components: ['web'], message: expect.any(String) }]
    })
  })

  it('updates DNS records by fully qualified name; TTL under 30 is refused and recorded', async () => {
    server.addDomain('example.com', [
      { type: 'CNAME', name: 'www', data: 'blue-abc.ondigitalocean.app.', ttl: 300 },
      { type: 'A', name: '@', data: '192.0.2.1' }
    ])
    const relative = await call('GET', '/v2/domains/example.com/records?name=www&type=CNAME')
    expect(relative.json.domain_records).toEqual([])
    const { client } = dotsClient()
    const found = await client.v2.domains
      .byDomain_name('example.com')
      .records.get({ queryParameters: { name: 'www.example.com', type: 'CNAME' } })
    expect(found.domainRecords).toHaveLength(1)
    const id = found.domainRecords[0].id
    const updated = await client.v2.domains
      .byDomain_name('example.com')
      .records.byDomain_record_id(id)
      .put({ type: 'CNAME', data: 'green-def.ondigitalocean.app.', ttl: 60 })
    expect(updated.domainRecord).toMatchObject({ data: 'green-def.ondigitalocean.app', ttl: 60, name: 'www' })
    const patched = await call('PATCH', `/v2/domains/example.com/records/${id}`, { type: 'CNAME', ttl: 30 })
    expect(patched.json.domain_record.ttl).toBe(30)

    const low = await call('PATCH', `/v2/domains/example.com/records/${id}`, { type: 'CNAME', ttl: 10 })
    expect(low.status).toBe(422)
    expect(low.json).toMatchObject({ id: 'unprocessable_entity' })
    const noType = await call('PATCH', `/v2/domains/example.com/records/${id}`, { ttl: 60 })
    expect(noType.status).toBe(400)
    expect(server.violations).toEqual([
      expect.stringContaining('TTL must be at least 30'),
      expect.stringContaining("required property 'type'")
    ])
    server.violations.length = 0
    expect(server.domain('example.com').records[0]?.ttl).toBe(30)
  })

  it('rejects and records invalid requests', async () => {
    const app = server.addApp({ name: 'blue' })
    const noName = await call('PUT', `/v2/apps/${app.id}`, { spec: { services: [] } })
    expect(noName.status).toBe(400)
    const perPage = await call('GET', `/v2/apps/${app.id}/deployments?per_page=500`)
    expect(perPage.status).toBe(400)
    const noBody = await call('POST', `/v2/apps/${app.id}/deployments`)
    expect(noBody.status).toBe(400)
    const noAuth = await fetch(`${server.url}/v2/apps/${app.id}`)
    expect(noAuth.status).toBe(401)
    expect(await noAuth.json()).toMatchObject({ id: 'Unauthorized' })
    const noType = await call('GET', `/v2/apps/${app.id}/deployments/${app.activeDeploymentId}/logs`)
    expect(noType.status).toBe(400)
    const unknown = await call('GET', '/v2/droplets')
    expect(unknown.status).toBe(404)
    expect(server.violations).toEqual([
      expect.stringContaining("body.spec must have required property 'name'"),
      expect.stringContaining('query.per_page must be <= 200'),
      expect.stringContaining('requires a JSON request body'),
      expect.stringContaining('no Authorization header'),
      expect.stringContaining('query parameter "type" is required'),
      expect.stringContaining('no such path in the API description')
    ])
    server.violations.length = 0
    expect(server.app(app.id).deployments).toHaveLength(1)

    // A response that breaks the description is a server bug, recorded the same way.
    server.app(app.id).spec['colour'] = 'blue'
    await call('GET', `/v2/apps/${app.id}`)
    expect(server.violations).toEqual([
      expect.stringContaining('response.app.spec.colour is not a field of the API description')
    ])
    server.violations.length = 0
  })

  it('injects faults: 500, 503, 429, slow, drop, and an applied call whose answer is lost', async () => {
    const app = server.addApp({ name: 'blue' })
    const path = `/v2/apps/${app.id}`
    server.inject({ kind: 'status500', method: 'GET', path })
    expect((await call('GET', path)).json).toMatchObject({ id: 'server_error', request_id: expect.any(String) })
    server.inject({ kind: 'status503', path: '/v2/apps/{id}' })
    expect((await call('GET', path)).status).toBe(503)
    server.inject({ kind: 'rateLimit429', retryAfter: 2 })
    const limited = await call('GET', path)
    expect(limited.status).toBe(429)
    expect(limited.json).toMatchObject({ id: 'too_many_requests', message: 'API Rate limit exceeded.' })
    expect(limited.headers.get('retry-after')).toBe('2')
    expect(limited.headers.get('ratelimit-remaining')).toBe('0')
    server.inject({ kind: 'slow', ms: 300 })
    const t0 = Date.now()
    expect((await call('GET', path)).status).toBe(200)
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290)
    server.inject({ kind: 'slow', ms: 300 })
    await expect(
      fetch(`${server.url}${path}`, {
        headers: { authorization: `Bearer ${server.token}` },
        signal: AbortSignal.timeout(50)
      })
    ).rejects.toThrow()
    await new Promise((r) => setTimeout(r, 300)) // the server answers into a closed socket: no error, no violation
    server.inject({ kind: 'drop', path: /\/deployments$/ })
    await expect(call('POST', `${path}/deployments`, { force_build: false })).rejects.toThrow()
    expect(server.app(app.id).deployments).toHaveLength(1)

    // Ambiguous failure: the deployment exists although the client saw the connection drop.
    server.inject({ kind: 'applyThenDrop', method: 'POST', path: '/v2/apps/{app_id}/deployments' })
    await expect(call('POST', `${path}/deployments`, { force_build: false })).rejects.toThrow()
    expect(server.app(app.id).deployments).toHaveLength(2)
    expect(server.requests.at(-1)).toMatchObject({ fault: 'applyThenDrop', dropped: true, status: 200 })

    // dots retries a 429 by itself, honouring retry-after.
    const rule = server.inject({ kind: 'rateLimit429', retryAfter: 1 })
    const { client } = dotsClient()
    const viaDots = await client.v2.apps.byApp_Id(app.id).get()
    expect(viaDots.app.id).toBe(app.id)
    expect(rule.hits).toBe(1)
    expect(server.requests.at(-1)?.headers['retry-attempt']).toBe('1')
    server.clearFaults()
  })

  it('answers 429 past the per-minute limit', async () => {
    await server.close()
    server = await startDigitalOceanServer({ rateLimit: { perMinute: 5 } })
    const app = server.addApp({ name: 'blue' })
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) statuses.push((await call('GET', `/v2/apps/${app.id}`)).status)
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429])
    const last = await call('GET', `/v2/apps/${app.id}`)
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})
