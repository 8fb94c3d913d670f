import { test } from 'vitest'
import { Contract } from './spec.js'
test('x', () => {
  let t = Date.now()
  const c = new Contract()
  console.log('load', Date.now() - t); t = Date.now()
  const m = c.match('PUT', '/v2/apps/abc') as any
  console.log(m.route.operationId, m.params)
  console.log((c.match('GET', '/v2/apps/regions') as any).route.operationId, c.match('PATCH', '/v2/apps/abc'), c.match('GET', '/nope'))
  const r = c.parseRequest(m, new URLSearchParams('x=1'), JSON.stringify({spec: {name: 'Bad', foo: 1, envs: [{key: 'A'}], services: [{name: 'web', bar: 2, image: {registry_type: 'DOCR', repository: 'r', digest: 'sha256:1'}}]}}), 'application/json')
  console.log('parse', Date.now() - t, r.errors)
  t = Date.now()
  const l = c.match('GET', '/v2/apps/a/deployments') as any
  console.log(c.parseRequest(l, new URLSearchParams('per_page=500&page=0&deployment_types=MANUAL&deployment_types=NOPE'), '', undefined).errors)
  const g = c.match('GET', '/v2/apps/a') as any
  console.log(c.checkResponse(g.route, 200, {app: {id: 'a', spec: {name: 'ok'}, pending_deployment: {id: 'x', phase: 'NOPE', zzz: 1, timing: {a: 1}}}}, {'ratelimit-limit': '5', 'ratelimit-remaining': 'x'}))
  console.log('resp', Date.now() - t)
  const rec = c.match('PATCH', '/v2/domains/example.com/records/12') as any
  console.log(rec.params, c.parseRequest(rec, new URLSearchParams(''), '{"ttl":60}', 'application/json').errors)
  const rec2 = c.match('PATCH', '/v2/domains/example.com/records/ab') as any
  console.log(c.parseRequest(rec2, new URLSearchParams(''), '{"ttl":60,"type":"A"}', 'application/json').errors)
})
