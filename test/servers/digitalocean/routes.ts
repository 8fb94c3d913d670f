// One handler per operationId of the description. Handlers read validated input and answer a
// JSON value; index.ts adds request_id, headers, response validation and faults.
import type { Match } from './spec.js'
import {
  type AppModel,
  type DeploymentModel,
  type DomainModel,
  type JsonObject,
  type LogType,
  type RecordModel,
  componentNames,
  imageComponents,
  recordFqdn,
  stripDot
} from './model.js'
import { appJson, deploymentJson } from './views.js'
import type { World } from './world.js'

export interface LogSelection {
  appId: string
  deploymentId: string
  component?: string
  /** undefined: every type. */
  types: LogType[]
}

export interface Ctx {
  world: World
  match: Match
  path: Record<string, unknown>
  query: Record<string, unknown>
  body: unknown
  rawBody: string
  /** http://127.0.0.1:PORT */
  baseUrl: string
  /** Registers a log selection and returns the URL that serves its text (no token accepted). */
  logUrl(sel: LogSelection): string
}

export interface Reply {
  status: number
  body?: unknown
  /** The request breaks a rule of the API: answered 4xx and recorded in `violations`. */
  violation?: boolean
  /** The request is well formed but the state refuses it: answered 4xx and recorded in `refusals`. */
  refusal?: boolean
}

type Handler = (ctx: Ctx) => Reply

const ok = (body?: unknown, status = 200): Reply => ({ status, body })
const refuse = (status: number, id: string, message: string): Reply => ({
  status,
  body: { id, message },
  refusal: true
})
const violate = (status: number, id: string, message: string): Reply => ({
  status,
  body: { id, message },
  violation: true
})
const notFound = (what: string): Reply =>
  refuse(404, 'not_found', `The resource you were accessing could not be found. (${what})`)

const str = (v: unknown) => (typeof v === 'string' ? v : '')
const obj = (v: unknown): JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : {}
const clone = <T>(v: T): T => structuredClone(v)

function findApp(ctx: Ctx, key: 'id' | 'app_id'): AppModel | Reply {
  const id = str(ctx.path[key])
  const app = ctx.world.apps.get(id)
  return app ?? notFound(`app ${id}`)
}

function findDeployment(ctx: Ctx, app: AppModel): DeploymentModel | Reply {
  const id = str(ctx.path['deployment_id'])
  return app.deployment(id) ?? notFound(`deployment ${id} of app ${app.id}`)
}

const isReply = (v: unknown): v is Reply => typeof v === 'object' && v !== null && 'status' in v

function pinned(app: AppModel): Reply | undefined {
  if (!app.pinnedDeploymentId) return undefined
  return refuse(
    400,
    'bad_request',
    `app ${app.id} is pinned to deployment ${app.pinnedDeploymentId} by a rollback: commit or revert the rollback before starting a new deployment`
  )
}

/** `tag` and `digest` of an image source are mutually exclusive (description, image.tag). */
function imageRule(spec: JsonObject): Reply | undefined {
  for (const c of imageComponents(spec)) {
    if (c.image['tag'] !== undefined && c.image['digest'] !== undefined) {
      return violate(
        400,
        'bad_request',
        `invalid app spec: component "${c.name}": image "tag" cannot be specified if "digest" is provided`
      )
    }
  }
  return undefined
}

function paginate<T>(ctx: Ctx, items: T[]): { page: T[]; links: JsonObject } {
  const page = typeof ctx.query['page'] === 'number' ? ctx.query['page'] : 1
  const perPage = typeof ctx.query['per_page'] === 'number' ? ctx.query['per_page'] : 20
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const url = (p: number) => {
    const q = new URLSearchParams()
    for (const [k, v] of Object.entries(ctx.query)) {
      if (k === 'page' || k === 'per_page') continue
      for (const x of Array.isArray(v) ? v : [v]) q.append(k, String(x))
    }
    q.set('page', String(p))
    q.set('per_page', String(perPage))
    return `${ctx.baseUrl}${ctx.match.route.template.replace(/\{(\w+)\}/g, (_, n: string) => encodeURIComponent(str(ctx.path[n])))}?${q}`
  }
  const pages: JsonObject = {}
  if (page > 1) Object.assign(pages, { first: url(1), prev: url(Math.min(page - 1, last)) })
  if (page < last) Object.assign(pages, { next: url(page + 1), last: url(last) })
  return { page: items.slice((page - 1) * perPage, page * perPage), links: Object.keys(pages).length ? { pages } : {} }
}

function logs(ctx: Ctx, app: AppModel, dep: DeploymentModel): Reply {
  const component = ctx.path['component_name'] === undefined ? undefined : str(ctx.path['component_name'])
  if (component !== undefined && !componentNames(dep.spec).includes(component)) {
    return notFound(`component ${component} in deployment ${dep.id}`)
  }
  const type = str(ctx.query['type'])
  const types: LogType[] =
    type === 'BUILD' || type === 'DEPLOY' || type === 'RUN'
      ? [type]
      : type === 'UNSPECIFIED'
        ? ['BUILD', 'DEPLOY', 'RUN']
        : []
  const sel: LogSelection = {
    appId: app.id,
    deploymentId: dep.id,
    types,
    ...(component !== undefined ? { component } : {})
  }
  const text = types.map((t) => dep.logText(t, component)).join('')
  const url = ctx.logUrl(sel)
  const body: JsonObject = { historic_urls: text ? [url] : [] }
  if (!dep.terminal) body['live_url'] = `${url}?follow=true`
  return ok(body)
}

// ---- domain records ----------------------------------------------------------------------------

const DOTTED = ['CNAME', 'MX', 'NS', 'SRV']

function recordRules(rec: Partial<RecordModel> & { type: string }, existing?: RecordModel): Reply | undefined {
  if (existing && rec.type !== existing.type) {
    return violate(422, 'unprocessable_entity', `record type cannot be changed (${existing.type} to ${rec.type})`)
  }
  if (rec.ttl !== undefined && rec.ttl < 30) {
    return violate(422, 'unprocessable_entity', `TTL must be at least 30 seconds (got ${rec.ttl})`)
  }
  if (DOTTED.includes(rec.type) && rec.data !== undefined && rec.data !== '@' && !rec.data.endsWith('.')) {
    return violate(422, 'unprocessable_entity', 'Data needs to end with a dot (.)')
  }
  return undefined
}

function findDomain(ctx: Ctx): DomainModel | Reply {
  const name = str(ctx.path['domain_name'])
  return ctx.world.domains.get(name) ?? notFound(`domain ${name}`)
}

function findRecord(ctx: Ctx, domain: DomainModel): RecordModel | Reply {
  const id = ctx.path['domain_record_id']
  return domain.records.find((r) => r.id === id) ?? notFound(`record ${String(id)} in ${domain.name}`)
}

function updateRecord(ctx: Ctx): Reply {
  const domain = findDomain(ctx)
  if (isReply(domain)) return domain
  const rec = findRecord(ctx, domain)
  if (isReply(rec)) return rec
  const patch = obj(ctx.body) as Partial<RecordModel> & { type: string }
  const bad = recordRules(patch, rec)
  if (bad) return bad
  for (const key of ['name', 'data', 'priority', 'port', 'ttl', 'weight', 'flags', 'tag'] as const) {
    if (patch[key] !== undefined)
      (rec as unknown as JsonObject)[key] = key === 'data' ? stripDot(String(patch[key])) : patch[key]
  }
  return ok({ domain_record: rec })
}

// ---- handlers ----------------------------------------------------------------------------------

export const handlers: Record<string, Handler> = {
  apps_list(ctx) {
    const apps = [...ctx.world.apps.values()]
    const { page, links } = paginate(ctx, apps)
    return ok({ apps: page.map((a) => appJson(a)), links, meta: { total: apps.length } })
  },

  apps_get(ctx) {
    const byName = ctx.query['name']
    const app =
      typeof byName === 'string'
        ? ([...ctx.world.apps.values()].find((a) => a.name === byName) ?? notFound(`app named ${byName}`))
        : findApp(ctx, 'id')
    if (isReply(app)) return app
    return ok({ app: appJson(app) })
  },

  apps_update(ctx) {
    const app = findApp(ctx, 'id')
    if (isReply(app)) return app
    const spec = obj(obj(ctx.body)['spec'])
    const bad = imageRule(spec) ?? pinned(app)
    if (bad) return bad
    app.spec = spec
    app.lastUpdateBody = ctx.rawBody
    app.updatedAt = ctx.world.now()
    ctx.world.createDeployment(app, {
      cause: 'app spec updated',
      type: 'MANUAL',
      build: true,
      spec,
      useAppDefaults: true,
      causeAction: 'UPDATE_SPEC'
    })
    return ok({ app: appJson(app) })
  },

  apps_create_deployment(ctx) {
    const app = findApp(ctx, 'app_id')
    if (isReply(app)) return app
    const bad = pinned(app)
    if (bad) return bad
    const dep = ctx.world.createDeployment(app, {
      cause: 'manual',
      type: 'MANUAL',
      build: obj(ctx.body)['force_build'] === true,
      spec: app.spec,
      useAppDefaults: true,
      causeAction: 'CREATE_DEPLOYMENT'
    })
    return ok({ deployment: deploymentJson(dep) })
  },

  apps_list_deployments(ctx) {
    const app = findApp(ctx, 'app_id')
    if (isReply(app)) return app
    const types = Array.isArray(ctx.query['deployment_types']) ? (ctx.query['deployment_types'] as string[]) : undefined
    const all = [...app.deployments].reverse().filter((d) => !types || types.includes(d.type))
    const { page, links } = paginate(ctx, all)
    return ok({ deployments: page.map((d) => deploymentJson(d)), links, meta: { total: all.length } })
  },

  apps_get_deployment(ctx) {
    const app = findApp(ctx, 'app_id')
    if (isReply(app)) return app
    const dep = findDeployment(ctx, app)
    if (isReply(dep)) return dep
    return ok({ deployment: deploymentJson(dep) })
  },

  apps_cancel_deployment(ctx) {
    const app = findApp(ctx, 'app_id')
    if (isReply(app)) return app
    const dep = findDeployment(ctx, app)
    if (isReply(dep)) return dep
    if (dep.terminal)
      return refuse(
        400,
        'bad_request',
        `deployment ${dep.id} is ${dep.phase}: only an unfinished deployment can be canceled`
      )
    ctx.world.finish(dep, 'CANCELED')
    return ok({ deployment: deploymentJson(dep) })
  },

  apps_restart(ctx) {
    const app = findApp(ctx, 'app_id')
    if (isReply(app)) return app
    const bad = pinned(app)
    if (bad) return bad
    const active = app.activeDeployment
    const spec = active?.spec ?? app.spec
    const wanted = obj(ctx.body)['components']
    const unknown = Array.isArray(wanted) ? wanted.filter((c) => !componentNames(spec).includes(String(c))) : []
    if (unknown.length > 0) return refuse(400, 'bad_request', `unknown components: ${unknown.join(', ')}`)
    const dep = ctx.world.createDeployment(app, {
      cause: 'app restart requested',
      type: 'MANUAL',
      build: false,
      spec,
      inheritHealthFrom: active,
      useAppDefaults: true,
      causeAction: 'RESTART'
    })
    return ok({ deployment: deploymentJson(dep) })
  },

  apps_validate_rollback(ctx) {
    const app = findApp(ctx, 'app_id')
    if (isReply(app)) return app
    const id = str(obj(ctx.body)['deployment_id'])
    if (!id) return violate(400, 'bad_request', 'deployment_id is required')
    const target = app.deployment(id)
    if (!target) return notFound(`deployment ${id} of app ${app.id}`)
    return ok(ctx.world.validateRollback(app, target))
  },

  apps_create_rollback(ctx) {
    const app = findApp(ctx, 'app_id')
    if (isReply(app)) return app
    const body = obj(ctx.body)
    const id = str(body['deployment_id'])
    if (!id) return violate(400, 'bad_request', 'deployment_id is required')
    const target = app.deployment(id)
    if (!target) return notFound(`deployment ${id} of app ${app.id}`)
    const check = ctx.world.validateRollback(app, target)
    if (!check.valid)
      return refuse(400, 'bad_request', `rollback is not valid: ${check.error?.code}: ${check.error?.message}`)
    const from = app.activeDeploymentId
    const dep = ctx.world.createDeployment(app, {
      cause: `manual rollback to deployment ${target.id}`,
      type: 'MANUAL_ROLLBACK',
      build: false,
      spec: target.spec,
      inheritHealthFrom: target,
      useAppDefaults: false,
      causeAction: 'ROLLBACK_APP'
    })
    app.spec = clone(target.spec)
    app.updatedAt = ctx.world.now()
    if (body['skip_pin'] !== true) {
      app.pinnedDeploymentId = dep.id
      app.rollbackFromId = from
    }
    return ok({ deployment: deploymentJson(dep) })
  },

  apps_commit_rollback(ctx) {
    const app = findApp(ctx, 'app_id')
    if (isReply(app)) return app
    if (!app.pinnedDeploymentId) return refuse(400, 'bad_request', `app ${app.id} has no rollback to commit`)
    app.pinnedDeploymentId = undefined
    app.rollbackFromId = undefined
    return ok()
  },

  apps_revert_rollback(ctx) {
    const app = findApp(ctx, 'app_id')
    if (isReply(app)) return app
    const from = app.rollbackFromId ? app.deployment(app.rollbackFromId) : undefined
    if (!app.pinnedDeploymentId || !from) return refuse(400, 'bad_request', `app ${app.id} has no rollback to revert`)
    app.pinnedDeploymentId = undefined
    app.rollbackFromId = undefined
    const dep = ctx.world.createDeployment(app, {
      cause: `revert of rollback: back to deployment ${from.id}`,
      type: 'MANUAL_ROLLBACK',
      build: false,
      spec: from.spec,
      inheritHealthFrom: from,
      useAppDefaults: false,
      causeAction: 'REVERT_APP_ROLLBACK'
    })
    app.spec = clone(from.spec)
    app.updatedAt = ctx.world.now()
    return ok({ deployment: deploymentJson(dep) })
  },

  apps_get_logs_aggregate(ctx) {
    const app = findApp(ctx, 'app_id')
    if (isReply(app)) return app
    const dep = findDeployment(ctx, app)
    return isReply(dep) ? dep : logs(ctx, app, dep)
  },

  apps_get_logs(ctx) {
    return handlers['apps_get_logs_aggregate']!(ctx)
  },

  apps_get_logs_active_deployment(ctx) {
    const app = findApp(ctx, 'app_id')
    if (isReply(app)) return app
    const dep = app.activeDeployment
    return dep ? logs(ctx, app, dep) : notFound(`active deployment of app ${app.id}`)
  },

  apps_get_logs_active_deployment_aggregate(ctx) {
    return handlers['apps_get_logs_active_deployment']!(ctx)
  },

  apps_get_health(ctx) {
    const app = findApp(ctx, 'app_id')
    if (isReply(app)) return app
    const dep = app.activeDeployment
    const healthy = dep?.healthy === true
    const components = componentNames(dep?.spec ?? app.spec).map((name) => ({
      name,
      state: healthy ? 'HEALTHY' : 'UNHEALTHY',
      replicas_desired: 1,
      replicas_ready: healthy ? 1 : 0
    }))
    return ok({ app_health: { components } })
  },

  domains_get(ctx) {
    const domain = findDomain(ctx)
    if (isReply(domain)) return domain
    return ok({ domain: { name: domain.name, ttl: domain.ttl, zone_file: null } })
  },

  domains_list_records(ctx) {
    const domain = findDomain(ctx)
    if (isReply(domain)) return domain
    // `name` is a fully qualified name (www.example.com), as the description says.
    const name = typeof ctx.query['name'] === 'string' ? stripDot(ctx.query['name']).toLowerCase() : undefined
    const type = ctx.query['type']
    const all = domain.records.filter(
      (r) =>
        (name === undefined || recordFqdn(domain.name, r).toLowerCase() === name) &&
        (type === undefined || r.type === type)
    )
    const { page, links } = paginate(ctx, all)
    return ok({ domain_records: page, links, meta: { total: all.length } })
  },

  domains_get_record(ctx) {
    const domain = findDomain(ctx)
    if (isReply(domain)) return domain
    const rec = findRecord(ctx, domain)
    return isReply(rec) ? rec : ok({ domain_record: rec })
  },

  domains_create_record(ctx) {
    const domain = findDomain(ctx)
    if (isReply(domain)) return domain
    const body = obj(ctx.body) as Partial<RecordModel> & { type: string }
    const bad = recordRules(body)
    if (bad) return bad
    const { id: _ignored, ...fields } = body
    return ok({ domain_record: ctx.world.addRecord(domain, fields) }, 201)
  },

  domains_update_record: updateRecord,
  domains_patch_record: updateRecord,

  domains_delete_record(ctx) {
    const domain = findDomain(ctx)
    if (isReply(domain)) return domain
    const rec = findRecord(ctx, domain)
    if (isReply(rec)) return rec
    domain.records.splice(domain.records.indexOf(rec), 1)
    return ok(undefined, 204)
  }
}
