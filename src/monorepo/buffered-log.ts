import type { Log, LogEntry } from '../report/log.js'

type Line = { kind: 'info' | 'warn' | 'error' | 'debug' | 'output'; text: string }
type Event = Line | { kind: 'group'; title: string; events: Event[] }

const MAX_ENTRIES = 500

/**
 * One service's log while several services run side by side: its groups and lines are kept, then
 * replayed into the run's log in the services' order, so that no group of one service interleaves
 * with another's. Secrets and redaction are the run's log's. Its `entries` are this service's own
 * (its part of the result). Once replayed, it writes straight through.
 */
export class BufferedLog implements Log {
  readonly entries: LogEntry[] = []
  private readonly events: Event[] = []
  private current: Event[] = this.events
  private replayed = false

  constructor(private readonly parent: Log) {}

  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    if (this.replayed) return this.parent.group(title, body)
    const group: Event = { kind: 'group', title, events: [] }
    this.current.push(group)
    const outer = this.current
    this.current = group.events
    try {
      return await body()
    } finally {
      this.current = outer
    }
  }

  info(message: string): void {
    this.record('info', message)
    this.emit({ kind: 'info', text: message })
  }
  warn(message: string): void {
    this.record('warn', message)
    this.emit({ kind: 'warn', text: message })
  }
  error(message: string): void {
    this.record('error', message)
    this.emit({ kind: 'error', text: message })
  }
  debug(message: string): void {
    this.emit({ kind: 'debug', text: message })
  }
  output(line: string): void {
    this.emit({ kind: 'output', text: line })
  }
  secret(value: string): void {
    this.parent.secret(value)
  }
  redact(text: string): string {
    return this.parent.redact(text)
  }

  /** Writes what was kept into the run's log; from now on every line goes straight there. */
  async replay(): Promise<void> {
    this.replayed = true
    await replayInto(this.parent, this.events)
  }

  private emit(line: Line): void {
    if (this.replayed) this.parent[line.kind](line.text)
    else this.current.push(line)
  }

  private record(level: LogEntry['level'], message: string): void {
    if (this.entries.length < MAX_ENTRIES)
      this.entries.push({ level, message: this.redact(message), timestamp: new Date().toISOString() })
  }
}

async function replayInto(log: Log, events: Event[]): Promise<void> {
  for (const event of events) {
    if (event.kind === 'group') await log.group(event.title, () => replayInto(log, event.events))
    else log[event.kind](event.text)
  }
}
