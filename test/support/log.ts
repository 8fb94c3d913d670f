import { BaseLog } from '../../src/report/log.js'

/** A log that keeps its lines (`kind: text`, redacted as a real log prints them) for assertions. */
export class MemoryLog extends BaseLog {
  readonly lines: string[] = []
  async group<T>(_title: string, body: () => Promise<T>): Promise<T> {
    return body()
  }
  protected write(kind: string, text: string): void {
    this.lines.push(`${kind}: ${text}`)
  }
  text(): string {
    return this.lines.join('\n')
  }
}
