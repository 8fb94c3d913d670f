// Shared by the test/digitalocean*.test.ts files: the DigitalOcean test server, an app repository and
// the action bundle run against them with `platform: digitalocean`.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, expect } from 'vitest'
import { type ActionRun, runAction } from './support/action.js'
import { TestRepo } from './support/git.js'
import {
  type AppModel,
  type DigitalOceanServer,
  type StartOptions,
  startDigitalOceanServer
} from './servers/digitalocean/index.js'

export const digest = (seed: string): string => `sha256:${createHash('sha256').update(seed).digest('hex')}`

export class DigitalOceanScenario {
  readonly repo = new TestRepo('do-app-')
  /** Apps added after blue (green in blue-green). */
  readonly extraApps: AppModel[] = []

  private constructor(
    readonly server: DigitalOceanServer,
    readonly blue: AppModel
  ) {}

  static async start(
    options: StartOptions = {},
    app: { spec?: Record<string, unknown> } = {}
  ): Promise<DigitalOceanScenario> {
    const server = await startDigitalOceanServer({ phaseMs: 10, ...options })
    return new DigitalOceanScenario(server, server.addApp({ name: 'blue', ...app }))
  }

  /** Quick health checks, a file state, no approval for what these tests run. */
  inputs(extra: Record<string, string> = {}): Record<string, string> {
    return {
      platform: 'digitalocean',
      'digitalocean-api-url': this.server.url,
      'digitalocean-token': this.server.token,
      'digitalocean-app-id': this.blue.id,
      'state-store': 'file',
      'health-path': '/health',
      'health-retries': '2',
      'health-interval-seconds': '0',
      'health-timeout-seconds': '2',
      'approval-required-for': 'start',
      ...extra
    }
  }

  async run(extra: Record<string, string> = {}, env: Record<string, string | undefined> = {}): Promise<ActionRun> {
    return runAction({ cwd: this.repo.dir, inputs: this.inputs(extra), env })
  }

  commit(n: number): string {
    return this.repo.commit({ 'app.py': String(n) }, `version ${n}`)
  }

  state(): any {
    const path = join(this.repo.dir, '.deploy-state', 'production.json')
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null
  }

  /** The API calls that change something, as `METHOD path` with the app ids replaced by their names. */
  changes(): string[] {
    return this.server.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${this.named(r.path)}`)
  }

  named(path: string): string {
    let out = path
    for (const app of [this.blue, ...this.extraApps]) out = out.replaceAll(app.id, app.name)
    return out
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '{id}')
      .replace(/\/records\/\d+$/, '/records/{id}')
  }

  addApp(name: string): AppModel {
    const app = this.server.addApp({ name })
    this.extraApps.push(app)
    return app
  }

  /** Bodies of the recorded requests matching `METHOD path` (path with app names, ids as {id}). */
  bodies(what: string): any[] {
    return this.server.requests
      .filter((r) => `${r.method} ${this.named(r.path)}` === what)
      .map((r) => (r.body ? JSON.parse(r.body) : undefined))
  }

  async close(): Promise<string[]> {
    const violations = [...this.server.violations]
    await this.server.close()
    return violations
  }
}

/**
 * For a file of tests: the returned function starts a scenario, with a server of its own (a test
 * needs its own apps, domains, rate-limit window and clock; a server starts in milliseconds). After
 * each test, the scenarios it started are closed, and a test fails when its server recorded a
 * violation of the API description.
 */
export function useScenarios(): typeof DigitalOceanScenario.start {
  const started: DigitalOceanScenario[] = []
  afterEach(async () => {
    const violations = await Promise.all(started.splice(0).map((s) => s.close()))
    expect(violations.flat()).toEqual([])
  })
  return async (...args) => {
    const s = await DigitalOceanScenario.start(...args)
    started.push(s)
    return s
  }
}
