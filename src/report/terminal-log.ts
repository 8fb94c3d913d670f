import { BaseLog } from './log.js'

const useColor = process.stderr.isTTY && !process.env.NO_COLOR
const paint = (code: string, text: string) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text)

/** A terminal: phases as headings, their time when they end, command output indented. */
export class TerminalLog extends BaseLog {
  constructor(
    private readonly stream: NodeJS.WritableStream = process.stderr,
    private readonly verbose = false
  ) {
    super()
  }

  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    const started = performance.now()
    this.stream.write(`\n${paint('1', `▸ ${this.redact(title)}`)}\n`)
    try {
      return await body()
    } finally {
      this.stream.write(paint('2', `  (${((performance.now() - started) / 1000).toFixed(1)} s)\n`))
    }
  }

  protected write(kind: 'info' | 'warn' | 'error' | 'debug' | 'output', text: string): void {
    if (kind === 'debug' && !this.verbose) return
    const prefix = {
      info: '  ',
      warn: paint('33', '  ! '),
      error: paint('31', '  ✗ '),
      debug: '  · ',
      output: paint('2', '  │ ')
    }[kind]
    this.stream.write(`${prefix}${text}\n`)
  }
}
