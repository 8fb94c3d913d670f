import type { Plan } from '../../plan/plan.js'
import type { Log } from '../../report/log.js'
import type { Settings, Strategy } from '../../settings/settings.js'
import type { DeploymentState, VersionRecord } from '../../state/schema.js'
import { short } from '../../state/transitions.js'
import { CommandPlatform } from '../command.js'
import {
  type BuildOutput,
  type Color,
  type DeployOutput,
  type Platform,
  type PlatformContext,
  type RollbackHandle,
  type ServiceStatus,
  PlatformError
} from '../platform.js'
import { DigitalOceanApi } from './api.js'
import {
  type AppJson,
  type DeploymentJson,
  type JsonObject,
  failingStep,
  runningImages,
  withImageDigest
} from './app-spec.js'
import { followDeployment, showLogs } from './follow.js'

export function createDigitalOceanPlatform(settings: Settings, log: Log): Platform {
  return new DigitalOceanPlatform(settings, log)
}

interface DomainRecord {
  id: number
  type: string
  name: string
  data: string
  ttl?: number
}

/** What a creating call answers: `{deployment}`, or `{app}` with the deployment a spec update started. */
interface Created {
  deployment?: DeploymentJson
  app?: AppJson
}

/** How deployments end that did not become ACTIVE, in the words of the error. */
const ENDINGS: Record<string, string> = {
  ERROR: 'failed',
  CANCELED: 'was canceled',
  SUPERSEDED: 'was superseded by a newer deployment'
}

/**
 * DigitalOcean App Platform through the official SDK (`@digitalocean/dots`, loaded on the first API
 * call). Rolling deploys update one app; blue-green uses two apps and moves a DNS record (or runs
 * `switch-command`). App Platform has no traffic split, so canary is refused before anything runs.
 */
export class DigitalOceanPlatform implements Platform {
  readonly name = 'digitalocean'
  readonly strategies: readonly Strategy[] = ['rolling', 'blue-green']
  private client?: DigitalOceanApi
  /** Deployments made by this run, per app: a restart after one would only repeat it. */
  private readonly deployed = new Map<string, string>()
  private readonly ingress = new Map<string, { live?: string; ingress?: string }>()
  private readonly names = new Map<string, string>()

  constructor(
    private readonly settings: Settings,
    private readonly log: Log
  ) {
    if (settings.digitalocean.token) log.secret(settings.digitalocean.token)
    // Every run with an app to look at calls the API (the status read of a plan, at least).
    if (settings.digitalocean.token && settings.digitalocean.appId) this.api.preload()
  }

  private get do() {
    return this.settings.digitalocean
  }

  private get api(): DigitalOceanApi {
    if (!this.do.token)
      throw new PlatformError(
        'no DigitalOcean token: pass a secret as `digitalocean-token` or set DIGITALOCEAN_ACCESS_TOKEN',
        true
      )
    this.client ??= new DigitalOceanApi(this.do.token, this.do.apiUrl, this.log)
    return this.client
  }

  check(plan: Pick<Plan, 'operation' | 'strategy'>, mode: Settings['mode']): string[] {
    const problems: string[] = []
    const { dnsDomain, dnsRecord } = this.do
    if (Boolean(dnsDomain) !== Boolean(dnsRecord)) {
      problems.push(
        '`digitalocean-dns-domain` and `digitalocean-dns-record` go together: the domain (example.com) and the record name (www) that points at the live colour'
      )
    }
    if (this.settings.imageDigest && !/^sha256:[0-9a-f]{64}$/.test(this.settings.imageDigest)) {
      problems.push(
        `\`image-digest\`: "${this.settings.imageDigest}" is not a digest of the form sha256:<64 hex digits>; App Platform deploys images by digest`
      )
    }
    if (mode === 'status' || plan.operation === 'none') return problems
    if (this.settings.strategy === 'canary') {
      problems.push(
        '`strategy`: canary needs a traffic split, and DigitalOcean App Platform has none (an app spec carries no traffic weight). ' +
          'Use `strategy: blue-green` (two apps and a DNS switch) or `rolling` here; for a canary, use `platform: command` with a `switch-command` that gives DEPLOY_WEIGHT percent of traffic to the new version on your load balancer or CDN'
      )
    }
    if (this.settings.strategy === 'blue-green') {
      if (!this.settings.commands.switch && !(dnsDomain && dnsRecord)) {
        problems.push(
          '`digitalocean-dns-domain`: blue-green moves the public name between the two apps; name the DigitalOcean domain and `digitalocean-dns-record`, or set `switch-command` for a CDN or load balancer'
        )
      }
      if (this.do.appId && this.do.appId === this.do.greenAppId) {
        problems.push('`digitalocean-green-app-id`: the green app must be another app than `digitalocean-app-id`')
      }
    }
    return problems
  }

  async status(signal: AbortSignal): Promise<ServiceStatus | null> {
    if (!this.do.token || !this.do.appId) return null
    // Blue-green: the colour DNS names live, else both apps (the state, which knows, is not at hand here).
    const colors: Array<Color | undefined> =
      this.blueGreen && this.do.greenAppId
        ? this.dnsConfigured
          ? [await this.dnsColor(signal)]
          : ['blue', 'green']
        : [undefined]
    const parts: string[] = []
    let up = false
    for (const color of colors) {
      const appId = this.appFor(color)
      const app = await this.readApp(appId, signal)
      const active = app.active_deployment
      if (active?.phase === 'ACTIVE') up = true
      parts.push(
        `${this.label(appId)}: ${active ? `deployment ${active.id} ${active.phase}` : 'no active deployment'}${app.in_progress_deployment ? `, ${app.in_progress_deployment.id} in progress` : ''}`
      )
    }
    return { up, detail: parts.join('; ') }
  }

  async build(_context: PlatformContext): Promise<BuildOutput> {
    this.log.info('App Platform builds inside the deployment: the rebuild is a deployment with force_build')
    return {}
  }

  async deploy(context: PlatformContext): Promise<DeployOutput> {
    // Until a deployment exists nothing can have moved; once it does, losing track of it is ambiguous.
    const { app, created } = await asPlatformError(true, () => this.startDeployment(context))
    const done = await asPlatformError(false, () =>
      this.waitActive(app.id, this.label(app.id), created, context.signal, 'deployment')
    )
    return { platform: { app_id: app.id, deployment_id: done.id }, url: app.live_url }
  }

  private async startDeployment(context: PlatformContext): Promise<{ app: AppJson; created: DeploymentJson }> {
    const appId = this.appFor(context.color)
    const app = await this.readApp(appId, context.signal)
    const label = this.label(appId)
    if (app.pinned_deployment) {
      throw new PlatformError(
        `${this.ref(appId)} is pinned to deployment ${app.pinned_deployment.id} by an earlier rollback; App Platform starts no deployment until that rollback is committed or reverted`,
        true
      )
    }
    const busy = app.in_progress_deployment ?? app.pending_deployment
    if (busy)
      this.log.warn(
        `${label}: deployment ${busy.id} (${busy.cause ?? 'unknown cause'}) has not finished; the new one supersedes it`
      )

    let spec: JsonObject | undefined
    const digest = context.operation === 'start' ? undefined : context.imageDigest
    if (context.operation === 'rollback' && !digest) {
      // Blue-green: the version to return to no longer runs in the idle app, and without a digest
      // there is no way to name its image again.
      throw new PlatformError(
        `${this.ref(appId)}: ${short(context.version)} was deployed without an image digest, so it cannot be deployed again; deploy it by digest instead`,
        true
      )
    }
    if (digest) {
      let update: ReturnType<typeof withImageDigest>
      try {
        update = withImageDigest(app.spec, this.do.components, digest)
      } catch (error) {
        throw new PlatformError(`${this.ref(appId)}: ${(error as Error).message}`, true)
      }
      if (update.changed.length > 0) {
        spec = update.spec
        this.log.info(`${label}: image of ${update.changed.join(', ')} → ${digest}`)
        if (!this.settings.imageDigest && context.operation !== 'rollback') {
          this.log.warn(
            `${label}: its spec does not run ${digest}, the digest recorded for the current version; deploying that digest`
          )
        }
      } else this.log.info(`${label}: the spec already runs ${digest}; deploying it again`)
    }

    let created: DeploymentJson
    if (spec) {
      created = await this.create(
        app,
        'PUT',
        '/v2/apps/{id}',
        (c) => c.v2.apps.byApp_Id(appId),
        { spec, update_all_source_versions: false },
        context.signal
      )
    } else if (context.operation === 'restart') {
      this.log.info(`${label}: rolling restart`)
      created = await this.create(
        app,
        'POST',
        '/v2/apps/{app_id}/restart',
        (c) => c.v2.apps.byApp_Id(appId).restart,
        {},
        context.signal
      )
    } else {
      const forceBuild = context.operation === 'rebuild'
      this.log.info(`${label}: new deployment${forceBuild ? ' with force_build' : ' of the current spec'}`)
      created = await this.create(
        app,
        'POST',
        '/v2/apps/{app_id}/deployments',
        (c) => c.v2.apps.byApp_Id(appId).deployments,
        { force_build: forceBuild },
        context.signal
      )
    }
    this.deployed.set(appId, created.id)
    return { app, created }
  }

  async start(context: PlatformContext): Promise<DeployOutput> {
    const color = this.blueGreen ? await this.liveColor(null) : undefined
    return this.deploy({ ...context, operation: 'start', color })
  }

  async restart(context: PlatformContext): Promise<void> {
    const appId = this.appFor(context.color)
    if (this.deployed.has(appId)) {
      this.log.info(
        `${this.label(appId)}: deployment ${this.deployed.get(appId)} replaced every instance already; no separate restart`
      )
      return
    }
    const created = await asPlatformError(true, async () => {
      const app = await this.readApp(appId, context.signal)
      return this.create(
        app,
        'POST',
        '/v2/apps/{app_id}/restart',
        (c) => c.v2.apps.byApp_Id(appId).restart,
        {},
        context.signal
      )
    })
    this.deployed.set(appId, created.id)
    await asPlatformError(false, () => this.waitActive(appId, this.label(appId), created, context.signal, 'restart'))
  }

  async switchTraffic(context: PlatformContext): Promise<void> {
    if (!context.color)
      throw new PlatformError(
        'App Platform cannot give a share of traffic to a version (no traffic split): canary is not available',
        false
      )
    if (this.settings.commands.switch) {
      // A CDN origin or an external load balancer: the user's command, run as the command platform runs it.
      return new CommandPlatform(this.settings, this.log).switchTraffic(context)
    }
    const appId = this.appFor(context.color)
    const host = await this.ingressHost(appId, context.signal)
    const { domain, fqdn, name } = this.dnsName()
    const record = await this.findRecord(context.signal)
    const subject = `domain ${domain}`
    const body = { type: 'CNAME', data: `${host}.`, ttl: DNS_TTL }
    if (!record) {
      await this.api.call({
        method: 'POST',
        path: '/v2/domains/{domain_name}/records',
        subject,
        builder: (c) => c.v2.domains.byDomain_name(domain).records,
        body: { ...body, name },
        signal: context.signal,
        // One record per name: a create whose answer was lost is not sent again once it shows.
        recover: async () => {
          const created = await this.findRecord(context.signal)
          return created && stripDot(created.data).toLowerCase() === host ? { domain_record: created } : undefined
        }
      })
      this.log.info(`DNS: created ${fqdn} CNAME ${host} (${context.color}), TTL ${DNS_TTL} s`)
      return
    }
    if (record.type !== 'CNAME') {
      throw new PlatformError(
        `DNS: ${fqdn} is a${record.type === 'A' ? 'n' : ''} ${record.type} record; blue-green points a CNAME at the app's default_ingress host (use a subdomain such as www, or \`switch-command\`)`,
        false
      )
    }
    if (stripDot(record.data).toLowerCase() === host && record.ttl === DNS_TTL) {
      this.log.info(`DNS: ${fqdn} already points at ${host} (${context.color})`)
      return
    }
    await this.api.call({
      method: 'PUT',
      path: '/v2/domains/{domain_name}/records/{domain_record_id}',
      subject,
      builder: (c) => c.v2.domains.byDomain_name(domain).records.byDomain_record_id(record.id),
      body,
      signal: context.signal
    })
    const cached =
      record.ttl !== undefined && record.ttl > DNS_TTL
        ? `; resolvers may keep the old answer for up to ${record.ttl} s (its TTL until now)`
        : ''
    this.log.info(
      `DNS: ${fqdn} now points at ${host} (${context.color}) instead of ${stripDot(record.data)}, TTL ${DNS_TTL} s${cached}`
    )
  }

  async rollback(context: PlatformContext, target: VersionRecord): Promise<RollbackHandle> {
    const appId = this.appFor(undefined)
    const app = await this.readApp(appId, context.signal)
    const label = this.label(appId)
    const recordedApp = target.platform?.['app_id']
    if (recordedApp && recordedApp !== appId) {
      throw new PlatformError(
        `${short(target.version)} was deployed to app ${recordedApp}, but this run deploys app ${appId}: roll back there, or deploy ${short(target.version)} again`,
        false
      )
    }
    const deploymentId = target.platform?.['deployment_id'] ?? (await this.deploymentOf(appId, target, context.signal))
    const subject = `app ${appId}`
    const check = await this.api.call<{
      valid?: boolean
      error?: { code?: string; message?: string }
      warnings?: Array<{ code?: string; message?: string; components?: string[] }>
    }>({
      method: 'POST',
      path: '/v2/apps/{app_id}/rollback/validate',
      subject,
      builder: (c) => c.v2.apps.byApp_Id(appId).rollback.validate,
      body: { deployment_id: deploymentId, skip_pin: false },
      signal: context.signal
    })
    for (const warning of check.warnings ?? []) {
      this.log.warn(
        `${label}: rollback to deployment ${deploymentId}: ${warning.code}: ${warning.message}${warning.components?.length ? ` (${warning.components.join(', ')})` : ''}`
      )
    }
    if (!check.valid) {
      throw new PlatformError(
        `DigitalOcean refuses to roll ${this.ref(appId)} back to deployment ${deploymentId} (${short(target.version)}): ${check.error?.code ?? 'invalid'}: ${check.error?.message ?? 'no reason given'}`,
        false
      )
    }
    this.log.info(
      `${label}: rolling back to deployment ${deploymentId} (${short(target.version)}); the app stays pinned until the checks decide`
    )
    const created = await this.create(
      app,
      'POST',
      '/v2/apps/{app_id}/rollback',
      (c) => c.v2.apps.byApp_Id(appId).rollback,
      { deployment_id: deploymentId, skip_pin: false },
      context.signal
    )
    let done: DeploymentJson
    try {
      done = await this.waitActive(appId, label, created, context.signal, 'rollback')
    } catch (error) {
      // The rollback never went live: unpin the app so it takes deployments again.
      await this.revert(appId, label, context.signal).catch((revertError: Error) =>
        this.log.error(`${label}: ${revertError.message}`)
      )
      throw error
    }
    let settled = false
    return {
      platform: { app_id: appId, deployment_id: done.id },
      url: app.live_url,
      settle: async (healthy: boolean) => {
        if (settled) return
        settled = true
        if (healthy) {
          await this.api.call({
            method: 'POST',
            path: '/v2/apps/{app_id}/rollback/commit',
            subject,
            builder: (c) => c.v2.apps.byApp_Id(appId).rollback.commit,
            // A commit whose answer was lost: an app no longer pinned, running the rollback, took it
            // (sent again, it would be refused: there is no rollback left to commit).
            recover: async () => {
              const now = await this.readApp(appId)
              return !now.pinned_deployment && now.active_deployment?.id === done.id ? {} : undefined
            }
          })
          this.log.info(`${label}: rollback to deployment ${deploymentId} committed; the app takes deployments again`)
        } else {
          await this.revert(appId, label, context.signal)
        }
      }
    }
  }

  async running(context: PlatformContext): Promise<string | null> {
    if (!context.imageDigest) return null // no digest to compare: the health checks decide
    const appId = this.appFor(context.color)
    const app = await this.readApp(appId, context.signal)
    const active = app.active_deployment
    if (!active) return ''
    const images = runningImages(active.spec ?? app.spec, this.do.components)
    const other = images.find((image) => image.digest !== context.imageDigest)
    if (!other) return images.length > 0 ? context.imageDigest : ''
    return other.digest ?? `${other.name} with tag ${other.tag ?? '(none)'} and no digest`
  }

  async liveColor(state: DeploymentState | null): Promise<Color> {
    const recorded = state?.current?.color
    if (!this.dnsConfigured) return recorded ?? 'blue'
    const color = await this.dnsColor()
    if (color && recorded && color !== recorded)
      this.log.warn(`DNS points at ${color} but the state says ${recorded} is live: following DNS`)
    return color ?? recorded ?? 'blue'
  }

  async healthUrls(context: { color?: Color; stage: 'candidate' | 'live' }): Promise<string[]> {
    const path = this.settings.health.path
    if (!path || !this.do.token || !this.do.appId) return []
    const appId = this.appFor(context.color)
    let urls = this.ingress.get(appId)
    if (!urls) {
      await this.readApp(appId)
      urls = this.ingress.get(appId)
    }
    // The idle colour is checked on its own address: the public name still points at the live one.
    const base =
      context.stage === 'candidate' && this.blueGreen ? (urls?.ingress ?? urls?.live) : (urls?.live ?? urls?.ingress)
    if (!base)
      throw new PlatformError(
        `${this.ref(appId)} has no live_url yet: it has never been deployed`,
        context.stage === 'candidate'
      )
    return [`${base.replace(/\/+$/, '')}${path}`]
  }

  async close(): Promise<void> {
    if (this.client) this.log.debug(`DigitalOcean API: ${this.client.calls} calls; ${this.client.quotaText()}`)
  }

  // ---- apps and deployments ----------------------------------------------------------------------

  private get blueGreen(): boolean {
    return this.settings.strategy === 'blue-green'
  }

  /** Blue is `digitalocean-app-id`, green `digitalocean-green-app-id`; outside blue-green, the one app. */
  private appFor(color: Color | undefined): string {
    const id = this.blueGreen && color === 'green' ? this.do.greenAppId : this.do.appId
    if (!id)
      throw new PlatformError(
        `\`${color === 'green' ? 'digitalocean-green-app-id' : 'digitalocean-app-id'}\` is not set`,
        true
      )
    return id
  }

  /** How log lines name an app: `green app shop-green`. */
  private label(appId: string): string {
    const color = !this.blueGreen ? '' : appId === this.do.greenAppId ? 'green ' : 'blue '
    return `${color}app ${this.names.get(appId) ?? appId}`
  }

  /** How errors name an app: with its id. */
  private ref(appId: string): string {
    const label = this.label(appId)
    return label.endsWith(appId) ? label : `${label} (${appId})`
  }

  private async readApp(appId: string, signal?: AbortSignal): Promise<AppJson> {
    const { app } = await this.api.call<{ app: AppJson }>({
      method: 'GET',
      path: '/v2/apps/{id}',
      subject: `app ${appId}`,
      builder: (c) => c.v2.apps.byApp_Id(appId),
      signal
    })
    this.ingress.set(appId, { live: app.live_url, ingress: app.default_ingress })
    if (typeof app.spec?.['name'] === 'string') this.names.set(appId, app.spec['name'])
    return app
  }

  /**
   * A call that starts a deployment. After an ambiguous failure, the deployment it may have started
   * is looked up before the call is sent again: one intent, one deployment.
   */
  private async create(
    app: AppJson,
    method: 'POST' | 'PUT',
    path: string,
    builder: Parameters<DigitalOceanApi['call']>[0]['builder'],
    body: object | undefined,
    signal: AbortSignal
  ): Promise<DeploymentJson> {
    const before = [app.active_deployment, app.in_progress_deployment, app.pending_deployment, app.pinned_deployment]
    const known = new Set(before.flatMap((d) => (d ? [d.id] : [])))
    // Newer than every deployment the app pointed at: App Platform's own clock, no skew. Without
    // one (a first deploy), ours, less the skew its clock may have.
    const times = before.flatMap((d) => (d?.created_at ? [Date.parse(d.created_at)] : [])).filter((t) => t > 0)
    const since = times.length > 0 ? Math.max(...times) : Date.now() - CLOCK_SKEW_MS
    const answer = await this.api.call<Created>({
      method,
      path,
      subject: `app ${app.id}`,
      builder,
      body,
      signal,
      recover: async () => {
        const found = await this.createdSince(app.id, known, since, signal)
        return found ? { deployment: found } : undefined
      }
    })
    const created =
      answer?.deployment ??
      answer?.app?.pending_deployment ??
      answer?.app?.in_progress_deployment ??
      (await this.createdSince(app.id, known, since, signal))
    if (!created)
      throw new PlatformError(
        `DigitalOcean ${method} ${path} for app ${app.id} answered without the deployment it started`,
        true
      )
    return created
  }

  /**
   * The deployment created at `since` or later that was not there before: the app's pending or
   * in-progress one, else the newest listed. One the app superseded before the call is older than
   * the deployment the app pointed at then, so it is never taken for the one just created.
   */
  private async createdSince(
    appId: string,
    known: Set<string>,
    since: number,
    signal: AbortSignal
  ): Promise<DeploymentJson | undefined> {
    const isNew = (d: DeploymentJson | undefined): d is DeploymentJson =>
      d !== undefined && !known.has(d.id) && (!d.created_at || Date.parse(d.created_at) >= since)
    const app = await this.readApp(appId, signal)
    const current = [
      app.pending_deployment,
      app.in_progress_deployment,
      app.pinned_deployment,
      app.active_deployment
    ].find(isNew)
    if (current) return current
    const list = await this.api.call<{ deployments?: DeploymentJson[] }>({
      method: 'GET',
      path: '/v2/apps/{app_id}/deployments',
      subject: `app ${appId}`,
      builder: (c) => c.v2.apps.byApp_Id(appId).deployments,
      query: { per_page: 5 },
      signal
    })
    return (list.deployments ?? []).find(isNew)
  }

  /** Waits for ACTIVE; anything else is an error that says what happened and that the old deployment still serves. */
  private async waitActive(
    appId: string,
    label: string,
    created: DeploymentJson,
    signal: AbortSignal,
    what: 'deployment' | 'restart' | 'rollback'
  ): Promise<DeploymentJson> {
    const timeout = this.do.deployTimeoutSeconds
    const { deployment, ended } = await followDeployment(created, {
      api: this.api,
      log: this.log,
      appId,
      label,
      deadlineMs: Date.now() + timeout * 1000,
      signal
    })
    if (ended === 'terminal' && deployment.phase === 'ACTIVE') return deployment
    const beforeTraffic = what !== 'rollback'
    const serving =
      what === 'rollback' ? 'the version it rolled back from still serves' : 'the previous deployment still serves'
    if (ended !== 'terminal') {
      const why =
        ended === 'deadline'
          ? `did not become active within deploy-timeout-seconds (${timeout} s)`
          : 'was stopped at the deadline of the run (max-rollback-seconds for a rollback)'
      const state = await this.cancel(appId, deployment).catch((error: Error) => {
        throw new PlatformError(
          `${this.ref(appId)}: ${what} ${deployment.id} ${why}, and canceling it failed: ${error.message}`,
          false
        )
      })
      if (state.phase === 'ACTIVE') return state
      throw new PlatformError(
        `${this.ref(appId)}: ${what} ${deployment.id} ${why}; ${state.phase === 'CANCELED' ? `canceled it in phase ${deployment.phase}` : `it ended ${state.phase}`}; ${serving}`,
        beforeTraffic
      )
    }
    if (deployment.phase === 'ERROR') await showLogs(this.api, this.log, appId, label, deployment.id)
    const step = failingStep(deployment)
    const reason = step ? ` in step ${step.step}${step.reason ? `: ${step.reason}` : ''}` : ''
    throw new PlatformError(
      `${this.ref(appId)}: ${what} ${deployment.id} ${ENDINGS[deployment.phase ?? ''] ?? `ended ${deployment.phase}`}${reason}; ${serving}`,
      beforeTraffic
    )
  }

  /** Cancels an unfinished deployment; answers what it is afterwards (it may have finished meanwhile). */
  private async cancel(appId: string, deployment: DeploymentJson): Promise<DeploymentJson> {
    const subject = `app ${appId}`
    try {
      const answer = await this.api.call<{ deployment: DeploymentJson }>({
        method: 'POST',
        path: '/v2/apps/{app_id}/deployments/{deployment_id}/cancel',
        subject,
        builder: (c) => c.v2.apps.byApp_Id(appId).deployments.byDeployment_id(deployment.id).cancel
      })
      this.log.warn(`${this.label(appId)}: canceled deployment ${deployment.id} (it was ${deployment.phase})`)
      return answer.deployment
    } catch (error) {
      const now = await this.api.call<{ deployment: DeploymentJson }>({
        method: 'GET',
        path: '/v2/apps/{app_id}/deployments/{deployment_id}',
        subject,
        builder: (c) => c.v2.apps.byApp_Id(appId).deployments.byDeployment_id(deployment.id)
      })
      if (now.deployment.phase && now.deployment.phase !== deployment.phase) return now.deployment
      throw error
    }
  }

  /** Reverts a pinned rollback: the app returns to what ran before it, and takes deployments again. */
  private async revert(appId: string, label: string, signal: AbortSignal): Promise<void> {
    const app = await this.readApp(appId)
    if (!app.pinned_deployment) return
    const created = await this.create(
      app,
      'POST',
      '/v2/apps/{app_id}/rollback/revert',
      (c) => c.v2.apps.byApp_Id(appId).rollback.revert,
      undefined,
      AbortSignal.timeout(60_000)
    )
    this.log.warn(`${label}: rollback reverted (deployment ${created.id}); the app is unpinned`)
    if (signal.aborted) {
      this.log.warn(
        `${label}: the rollback deadline has passed; revert deployment ${created.id} goes on without being followed`
      )
      return
    }
    const { deployment } = await followDeployment(created, {
      api: this.api,
      log: this.log,
      appId,
      label,
      deadlineMs: Date.now() + this.do.deployTimeoutSeconds * 1000,
      signal
    })
    if (deployment.phase !== 'ACTIVE')
      this.log.warn(`${label}: revert deployment ${deployment.id} is ${deployment.phase}`)
  }

  /** A version recorded without a deployment id: the newest good deployment that ran its digest. */
  private async deploymentOf(appId: string, target: VersionRecord, signal: AbortSignal): Promise<string> {
    const digest = target.image_digest
    if (digest) {
      const list = await this.api.call<{ deployments?: DeploymentJson[] }>({
        method: 'GET',
        path: '/v2/apps/{app_id}/deployments',
        subject: `app ${appId}`,
        builder: (c) => c.v2.apps.byApp_Id(appId).deployments,
        query: { per_page: 50 },
        signal
      })
      const match = (list.deployments ?? []).find(
        (d) =>
          (d.phase === 'ACTIVE' || d.phase === 'SUPERSEDED') &&
          d.spec &&
          runningImages(d.spec, this.do.components).every((i) => i.digest === digest)
      )
      if (match) return match.id
    }
    throw new PlatformError(
      `no DigitalOcean deployment of ${short(target.version)} is recorded${digest ? ` or found with ${digest}` : ' (it was deployed without an image digest)'}; deploy it again instead`,
      false
    )
  }

  // ---- DNS -----------------------------------------------------------------------------------------

  private get dnsConfigured(): boolean {
    return Boolean(this.do.dnsDomain && this.do.dnsRecord)
  }

  private dnsName(): { domain: string; fqdn: string; name: string } {
    const domain = stripDot(this.do.dnsDomain ?? '').toLowerCase()
    const record = stripDot(this.do.dnsRecord ?? '').toLowerCase()
    if (record === '@' || record === domain) return { domain, fqdn: domain, name: '@' }
    const name = record.endsWith(`.${domain}`) ? record.slice(0, -(domain.length + 1)) : record
    return { domain, fqdn: `${name}.${domain}`, name }
  }

  private async findRecord(signal?: AbortSignal): Promise<DomainRecord | undefined> {
    const { domain, fqdn } = this.dnsName()
    const answer = await this.api.call<{ domain_records?: DomainRecord[] }>({
      method: 'GET',
      path: '/v2/domains/{domain_name}/records',
      subject: `domain ${domain}`,
      builder: (c) => c.v2.domains.byDomain_name(domain).records,
      query: { name: fqdn },
      signal
    })
    const records = answer.domain_records ?? []
    return records.find((r) => r.type === 'CNAME') ?? records[0]
  }

  /** The colour whose default_ingress host the record points at; undefined without a record or a match. */
  private async dnsColor(signal?: AbortSignal): Promise<Color | undefined> {
    const { fqdn } = this.dnsName()
    const record = await this.findRecord(signal)
    if (!record) {
      this.log.info(`DNS: no record ${fqdn} yet`)
      return undefined
    }
    const data = stripDot(record.data).toLowerCase()
    for (const color of ['blue', 'green'] as const) {
      if ((await this.ingressHost(this.appFor(color), signal)) === data) {
        this.log.info(`DNS: ${fqdn} points at ${data}: ${color} is live`)
        return color
      }
    }
    this.log.warn(`DNS: ${fqdn} points at ${data}, which is neither app's default_ingress`)
    return undefined
  }

  private async ingressHost(appId: string, signal?: AbortSignal): Promise<string> {
    const app = await this.readApp(appId, signal)
    const url = app.default_ingress ?? app.live_url
    if (!url) throw new PlatformError(`app ${appId} has no default_ingress yet: it has never been deployed`, true)
    return new URL(url).host.toLowerCase()
  }
}

const DNS_TTL = 30
/** How far DigitalOcean's clock may be behind ours when a first deployment is recognised by its time. */
const CLOCK_SKEW_MS = 60_000

/** API failures as the engine reads them: whether the new version can have taken traffic. */
async function asPlatformError<T>(beforeTraffic: boolean, body: () => Promise<T>): Promise<T> {
  try {
    return await body()
  } catch (error) {
    if (error instanceof PlatformError) throw error
    throw new PlatformError((error as Error).message, beforeTraffic)
  }
}

function stripDot(value: string): string {
  return value.replace(/\.$/, '')
}
