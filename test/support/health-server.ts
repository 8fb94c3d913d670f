import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync, statSync } from 'node:fs'

export interface Behaviour {
  status?: number
  delayMs?: number
  body?: string
  /** Answers 503 while this file exists: a command "moves traffic" to a broken version by creating it. */
  failWhileExists?: string
  /** Answers 503 once this file is `ms` old: a release that breaks some time after its switch made the file. */
  failAfter?: { file: string; ms: number }
}

/**
 * A real HTTP server on 127.0.0.1 whose answers a test sets per path: healthy, failing, slow, or
 * (after `stop`) not there at all. Counts the requests per path.
 */
export class HealthServer {
  readonly hits = new Map<string, number>()
  private behaviours = new Map<string, Behaviour>()
  private server!: Server
  port = 0

  static async start(): Promise<HealthServer> {
    const instance = new HealthServer()
    await instance.listen(0)
    return instance
  }

  set(path: string, behaviour: Behaviour): void {
    this.behaviours.set(path, behaviour)
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`
  }

  private listen(port: number): Promise<void> {
    this.server = createServer((request, response) => {
      const path = (request.url ?? '/').split('?')[0]!
      this.hits.set(path, (this.hits.get(path) ?? 0) + 1)
      const behaviour = this.behaviours.get(path) ?? { status: 200 }
      const answer = () => {
        if (response.destroyed) return
        const broken =
          (behaviour.failWhileExists !== undefined && existsSync(behaviour.failWhileExists)) ||
          (behaviour.failAfter !== undefined && ageMs(behaviour.failAfter.file) >= behaviour.failAfter.ms)
        response.writeHead(broken ? 503 : (behaviour.status ?? 200), { 'content-type': 'text/plain' })
        response.end(behaviour.body ?? 'ok')
      }
      if (behaviour.delayMs) setTimeout(answer, behaviour.delayMs).unref()
      else answer()
    })
    return new Promise((resolve) => {
      this.server.listen(port, '127.0.0.1', () => {
        this.port = (this.server.address() as AddressInfo).port
        resolve()
      })
    })
  }

  /** Closes the port: every request now gets connection refused. */
  stop(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }
}

/** How long ago the file was written; -1 when there is none. */
function ageMs(file: string): number {
  const stat = statSync(file, { throwIfNoEntry: false })
  return stat ? Date.now() - stat.mtimeMs : -1
}
