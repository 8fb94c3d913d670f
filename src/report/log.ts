/** One line of the result's `logs[]`. */
export interface LogEntry {
  level: 'info' | 'warn' | 'error'
  message: string
  timestamp: string
}

/**
 * The story of a run: a group per phase, one line per decision, command output streamed into its
 * group. Implemented for the Actions runner and for a terminal; every text passes the redactor.
 */
export interface Log {
  group<T>(title: string, body: () => Promise<T>): Promise<T>
  info(message: string): void
  warn(message: string): void
  error(message: string): void
  debug(message: string): void
  /** A line of a command's output: shown, not kept in the result. */
  output(line: string): void
  /** Declares a secret: never printed from now on, anywhere this run writes. */
  secret(value: string): void
  redact(text: string): string
  readonly entries: LogEntry[]
}

const MAX_ENTRIES = 500

/** Shared by both logs: redaction and the bounded record of decisions for `result.logs`. */
export abstract class BaseLog implements Log {
  readonly entries: LogEntry[] = []
  private secrets: string[] = []

  secret(value: string): void {
    if (value.length < 4 || this.secrets.includes(value)) return
    this.secrets.push(value)
    // Longest first, so a secret that contains another is replaced whole.
    this.secrets.sort((a, b) => b.length - a.length)
    this.declareSecret(value)
  }

  redact(text: string): string {
    let out = text
    for (const secret of this.secrets) if (out.includes(secret)) out = out.split(secret).join('***')
    return out
  }

  info(message: string): void {
    this.record('info', message)
    this.write('info', this.redact(message))
  }
  warn(message: string): void {
    this.record('warn', message)
    this.write('warn', this.redact(message))
  }
  error(message: string): void {
    this.record('error', message)
    this.write('error', this.redact(message))
  }
  debug(message: string): void {
    this.write('debug', this.redact(message))
  }
  output(line: string): void {
    this.write('output', this.redact(line))
  }

  abstract group<T>(title: string, body: () => Promise<T>): Promise<T>
  protected abstract write(kind: 'info' | 'warn' | 'error' | 'debug' | 'output', text: string): void
  protected declareSecret(_value: string): void {}

  private record(level: LogEntry['level'], message: string): void {
    if (this.entries.length < MAX_ENTRIES) {
      this.entries.push({ level, message: this.redact(message), timestamp: new Date().toISOString() })
    }
  }
}
