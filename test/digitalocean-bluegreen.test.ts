// platform: digitalocean, blue-green: two apps, the public name moved by a DNS record (or switch-command).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { digest, useScenarios } from './digitalocean-harness.js'

const scenario = useScenarios()

const host = (url: string) => new URL(url).host

describe('platform digitalocean (blue-green)', () => {
  it('deploys to the idle app, checks it on its own default_ingress, moves the DNS record to it, and moves it back when the public checks fail', async () => {
    const s = await scenario()
    const green = s.addApp('green')
    const [blueHost, greenHost] = [host(s.server.appUrl(s.blue.id)), host(s.server.appUrl(green.id))]
    s.server.addDomain('example.com', [{ type: 'A', name: '@', data: '192.0.2.1' }])
    const inputs = {
      strategy: 'blue-green',
      'digitalocean-green-app-id': green.id,
      'digitalocean-dns-domain': 'example.com',
      'digitalocean-dns-record': 'www'
    }

    // No record and no state: blue is live, green gets the version, the record is created for it.
    const v1 = s.commit(1)
    const first = await s.run({ ...inputs, 'image-digest': digest('web:1'), operation: 'redeploy' })
    expect(first.exitCode, first.stdout).toBe(0)
    expect(s.changes()).toEqual(['PUT /v2/apps/green', 'POST /v2/domains/example.com/records'])
    expect(s.bodies('POST /v2/domains/example.com/records')).toEqual([
      { type: 'CNAME', data: `${greenHost}.`, ttl: 30, name: 'www' }
    ])
    expect(first.result!.health_checks.map((c: any) => `${c.phase} ${c.endpoint}`)).toEqual([
      `candidate ${green.url}/health`,
      `live ${green.url}/health`
    ])
    expect(s.server.app(green.id).activeDeployment?.digest).toBe(digest('web:1'))
    expect(s.server.app(s.blue.id).deployments).toHaveLength(1)
    expect(s.state().current).toMatchObject({ version: v1, color: 'green', platform: { app_id: green.id } })

    // The record says green is live: blue gets v2. Its own address answers, but once the public name
    // points at it, it fails (modelled by turning it unhealthy the moment the record moves to it).
    const requests = s.server.requests
    const push = requests.push.bind(requests)
    requests.push = (...records) => {
      for (const r of records) {
        if (r.method === 'PUT' && r.path.startsWith('/v2/domains/') && r.body.includes(blueHost))
          s.server.app(s.blue.id).activeDeployment!.healthy = false
      }
      return push(...records)
    }
    const v2 = s.commit(2)
    const second = await s.run({ ...inputs, 'image-digest': digest('web:2') })
    expect(second.exitCode).toBe(1)
    expect(second.outputs).toMatchObject({
      status: 'rolled_back',
      'rolled-back': 'true',
      'previous-version': v1,
      'new-version': v2
    })
    expect(second.stdout).toContain(`DNS: www.example.com points at ${greenHost}: green is live`)
    expect(s.changes().slice(2)).toEqual([
      'PUT /v2/apps/blue',
      'PUT /v2/domains/example.com/records/{id}',
      'PUT /v2/domains/example.com/records/{id}'
    ])
    expect(s.bodies('PUT /v2/domains/example.com/records/{id}')).toEqual([
      { type: 'CNAME', data: `${blueHost}.`, ttl: 30 },
      { type: 'CNAME', data: `${greenHost}.`, ttl: 30 }
    ])
    expect(second.result!.health_checks.map((c: any) => `${c.phase} ${c.endpoint} ${c.passed}`)).toEqual([
      `candidate ${s.blue.url}/health true`,
      `live ${s.blue.url}/health false`,
      `live ${s.blue.url}/health false`,
      `after rollback ${green.url}/health true`
    ])
    expect(s.server.domain('example.com').records.find((r) => r.name === 'www')).toMatchObject({
      type: 'CNAME',
      data: greenHost,
      ttl: 30
    })
    // The old colour ran all along: nothing was redeployed to it.
    expect(s.server.app(green.id).deployments).toHaveLength(2)
    expect(s.state().current).toMatchObject({ version: v1, color: 'green' })
    expect(s.state().known_bad[0]).toMatchObject({ version: v2 })
  })

  it('moves traffic with switch-command when one is set (a CDN or load balancer), the colour in DEPLOY_COLOR', async () => {
    const s = await scenario()
    const green = s.addApp('green')
    const file = join(s.repo.dir, '..', `${s.repo.dir.split('/').pop()}-switch.log`)
    s.commit(1)
    const run = await s.run({
      strategy: 'blue-green',
      'digitalocean-green-app-id': green.id,
      'switch-command': `echo "switch $DEPLOY_COLOR" >> "${file}"`,
      operation: 'redeploy'
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe('switch green\n')
    expect(s.changes()).toEqual(['POST /v2/apps/green/deployments'])
    expect(s.state().current.color).toBe('green')
  })

  it('refuses blue-green without a DNS record or switch-command before any change', async () => {
    const s = await scenario()
    const green = s.addApp('green')
    s.commit(1)
    const run = await s.run({ strategy: 'blue-green', 'digitalocean-green-app-id': green.id })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(
      /::error::.*`digitalocean-dns-domain`: blue-green moves the public name between the two apps/
    )
    expect(s.changes()).toEqual([])
  })
})
