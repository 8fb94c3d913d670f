// Types of stack.mjs for the TypeScript that uses it (bench/traffic.ts, scripts/screenshots/).
import type { DeploymentState } from '../../src/state/schema.js'

export interface DemoStack {
  workspace: string
  runDir: string
  repo: string
  /** DEMO_RUN_DIR and the three ports: what the deploy scripts read. */
  env: Record<string, string>
  /** The router's URL: `/` goes to the live colour, `/blue/…` and `/green/…` to that colour. */
  base: string
  git(...args: string[]): string
  commit(message: string, release?: { name?: string; crashAfterRequests?: number | null; status?: number }): string
  live(): string
  /** The file store's state of an environment. */
  state(environment: string): DeploymentState
  inputs(strategy?: 'blue-green' | 'rolling'): Record<string, string>
  stop(): void
}

export function startStack(options?: { prefix?: string }): Promise<DemoStack>
