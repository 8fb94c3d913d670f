import { type IncomingHttpHeaders, type Server, createServer } from 'node:http'
import type { Socket } from 'node:net'

/** One request as it arrived. */
export interface Recorded {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: string
  /** The body parsed as JSON, when it is. */
  json?: any
  /** `Date.now()` when the request was complete. */
  at: number
}

/**
 * What to do with a request: answer (after `delayMs`), hang (read it, never answer), or drop the
 * connection without an answer.
 */
export type Behavior = { status?: number; json?: unknown; text?: string; headers?: Record<string, string>; delayMs?: number } | 'hang' | 'drop'

/**
 * A real HTTP server on 127.0.0.1 that records what it receives and answers as told: a queue of
 * behaviours (the last one repeats), or a function of the request. For the agent-evaluation service,
 * the webhooks and the health endpoints of the deploy tests.
 */
export class Recorder {
  readonly requests: Recorded[] = []
  private readonly sockets = new Set<Socket>()
  private behave: (request: Recorded, index: number) => Behavior
  private waiters: { count: number; resolve: () => void }[] = []

  private constructor(
    private readonly server: Server,
    readonly url: string
  ) {
    this.behave = () => ({ status: 200, json: {} })
  }

  static async start(behavior?: Behavior[] | ((request: Recorded, index: number) => Behavior)): Promise<Recorder> {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const recorder = new Recorder(server, `http://127.0.0.1:${port}`)
    if (behavior) recorder.respond(behavior)
    server.on('connection', (socket) => {
      recorder.sockets.add(socket)
      socket.on('close', () => recorder.sockets.delete(socket))
    })
    server.on('request', (req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8')
        let json: unknown
        try {
          json = body ? JSON.parse(body) : undefined
        } catch {
          json = undefined
        }
        const recorded: Recorded = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, json, at: Date.now() }
        const index = recorder.requests.push(recorded) - 1
        recorder.wake()
        const behavior = recorder.behave(recorded, index)
        if (behavior === 'hang') return
        if (behavior === 'drop') {
          req.socket.destroy()
          return
        }
        const answer = () => {
          const payload = behavior.text ?? (behavior.json === undefined ? '' : JSON.stringify(behavior.json))
          res.writeHead(behavior.status ?? 200, { 'content-type': behavior.text === undefined ? 'application/json' : 'text/plain', ...behavior.headers })
          res.end(payload)
        }
        if (behavior.delayMs) setTimeout(answer, behavior.delayMs)
        else answer()
      })
    })
    return recorder
  }

  /** Replaces how it answers from now on. */
  respond(behavior: Behavior[] | ((request: Recorded, index: number) => Behavior)): this {
    if (typeof behavior === 'function') this.behave = behavior
    else {
      const queue = [...behavior]
      this.behave = (_request, index) => queue[Math.min(index, queue.length - 1)]!
    }
    return this
  }

  /** Resolves once `count` requests arrived (or after `timeoutMs`, with what there is). */
  received(count: number, timeoutMs = 30_000): Promise<Recorded[]> {
    if (this.requests.length >= count) return Promise.resolve(this.requests)
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(this.requests), timeoutMs)
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer)
          resolve(this.requests)
        }
      })
    })
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private wake(): void {
    this.waiters = this.waiters.filter((waiter) => {
      if (this.requests.length < waiter.count) return true
      waiter.resolve()
      return false
    })
  }
}
