// What the API answers for the model: app and deployment JSON.
import { type AppModel, type DeploymentModel, type JsonObject, type StepModel, type StepStatus, iso } from './model.js'

export function deploymentJson(dep: DeploymentModel): JsonObject {
  const leaves = dep.steps.flatMap((s) => (s.components.length ? s.components.map(() => s.status) : [s.status]))
  const count = (st: StepStatus) => leaves.filter((x) => x === st).length
  const out: JsonObject = {
    id: dep.id,
    spec: dep.spec,
    cause: dep.cause,
    cause_details: { type: dep.type, digitalocean_user_action: { name: dep.causeAction } },
    phase: dep.phase,
    progress: {
      pending_steps: count('PENDING'),
      running_steps: count('RUNNING'),
      success_steps: count('SUCCESS'),
      error_steps: count('ERROR'),
      total_steps: leaves.length,
      steps: dep.steps.map((s) => stepJson(s))
    },
    created_at: iso(dep.createdAt),
    updated_at: iso(dep.updatedAt),
    phase_last_updated_at: iso(dep.phaseLastUpdatedAt)
  }
  if (dep.previousDeploymentId) out['previous_deployment_id'] = dep.previousDeploymentId
  for (const kind of ['services', 'static_sites', 'workers', 'jobs', 'functions']) {
    const list = dep.spec[kind]
    if (Array.isArray(list) && list.length > 0) out[kind] = list.map((c: JsonObject) => ({ name: c['name'] }))
  }
  return out
}

export function appJson(app: AppModel): JsonObject {
  const last = app.latestDeployment
  const out: JsonObject = {
    id: app.id,
    owner_uuid: '3aa2b06b-4d4c-4b5d-9a53-3f0a9c9f9d11',
    spec: app.spec,
    default_ingress: app.url,
    live_url: app.url,
    live_url_base: app.url,
    created_at: iso(app.createdAt),
    updated_at: iso(app.updatedAt),
    domains: (Array.isArray(app.spec['domains']) ? (app.spec['domains'] as JsonObject[]) : []).map((d, i) => ({
      id: `${app.id.slice(0, 8)}-domain-${i}`,
      spec: d,
      phase: 'ACTIVE'
    }))
  }
  if (last) out['last_deployment_created_at'] = iso(last.createdAt)
  if (typeof app.spec['region'] === 'string') out['region'] = { slug: app.spec['region'], label: app.spec['region'] }
  const put = (key: string, d: DeploymentModel | undefined) => {
    if (d) out[key] = deploymentJson(d)
  }
  put('active_deployment', app.activeDeployment)
  put('in_progress_deployment', app.inProgressDeployment)
  put('pending_deployment', app.pendingDeployment)
  put('pinned_deployment', app.pinnedDeployment)
  return out
}

function stepJson(s: StepModel): JsonObject {
  const times = (o: JsonObject) => {
    if (s.startedAt !== undefined) o['started_at'] = iso(s.startedAt)
    if (s.endedAt !== undefined) o['ended_at'] = iso(s.endedAt)
    return o
  }
  const out = times({ name: s.name, status: s.status })
  if (s.reason) out['reason'] = s.reason
  if (s.components.length > 0) {
    out['steps'] = s.components.map((c) => {
      const leaf = times({
        name: c,
        component_name: c,
        status: s.status,
        message_base: s.name === 'build' ? 'Building service' : 'Deploying service'
      })
      if (s.reason) leaf['reason'] = s.reason
      return leaf
    })
  }
  return out
}
