// A job summary as GitHub shows it: GitHub-flavoured Markdown to HTML (marked), GitHub's stylesheet
// (github-markdown-css), the Mermaid diagram drawn by Mermaid, all loaded from node_modules through
// file:// URLs (no network), photographed by headless Chromium driven over its DevTools pipe.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import { pathToFileURL } from 'node:url'
import { Marked } from 'marked'

const ROOT = resolve(import.meta.dirname, '../..')
const asset = (path: string) => pathToFileURL(join(ROOT, 'node_modules', path)).href

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

// GitHub turns a ```mermaid block into the diagram; anything else stays a code block.
const markdown = new Marked({ gfm: true }).use({
  renderer: {
    code(token) {
      return token.lang === 'mermaid' ? `<pre class="mermaid">${escapeHtml(token.text)}</pre>\n` : false
    }
  }
})

/** The page: the summary in the box GitHub draws around a job's summary on the run page. */
export function summaryPage(summary: string, job: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="${asset('github-markdown-css/github-markdown-light.css')}">
<style>
  body { margin: 0; padding: 16px; background: #f6f8fa; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
  .box { background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
  .box > header { padding: 12px 24px; border-bottom: 1px solid #d1d9e0; font-size: 14px; font-weight: 600; color: #1f2328; }
  .markdown-body { padding: 16px 24px 8px; }
  pre.mermaid { background: none; text-align: center; }
</style>
<script src="${asset('mermaid/dist/mermaid.min.js')}"></script>
</head><body>
<div class="box"><header>${escapeHtml(job)} summary</header>
<article class="markdown-body">
${markdown.parse(summary) as string}
</article></div>
<script>
  mermaid.initialize({ startOnLoad: false, theme: 'default' });
  window.rendered = mermaid.run({ querySelector: 'pre.mermaid' }).then(() => document.documentElement.scrollHeight);
</script>
</body></html>
`
}

/** Headless Chromium (Debian's `chromium`), driven through --remote-debugging-pipe: no port, no network. */
export class Chromium {
  private nextId = 1
  private buffer = ''
  private readonly decoder = new StringDecoder('utf8')
  private readonly pending = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>()
  private readonly waiters: { method: string; sessionId?: string; resolve: () => void }[] = []
  private readonly profile = mkdtempSync(join(tmpdir(), 'screenshots-chromium-'))
  private readonly child: ChildProcess
  private failure?: Error

  constructor(binary = process.env.CHROMIUM ?? 'chromium') {
    this.child = spawn(
      binary,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        // Without these, Chromium calls home at start, which a closed network refuses.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--hide-scrollbars',
        '--allow-file-access-from-files',
        `--user-data-dir=${this.profile}`,
        '--remote-debugging-pipe',
        'about:blank'
      ],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] }
    )
    let stderr = ''
    this.child.stderr!.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)))
    this.child.on('error', (error) =>
      this.failAll(
        new Error(
          `cannot start ${binary}: ${error.message} (Debian: apt-get install -y chromium fonts-noto-color-emoji; or set CHROMIUM to its path)`
        )
      )
    )
    this.child.on('exit', (code) => this.failAll(new Error(`${binary} exited ${code}: ${stderr}`)))
    ;(this.child.stdio[3] as Writable).on('error', () => undefined) // a dead child: 'exit' says why
    ;(this.child.stdio[4] as Readable).on('data', (chunk: Buffer) => this.receive(chunk))
  }

  /** Resolves once Chromium answers: fails fast, before the cases run, when it cannot start. */
  async ready(): Promise<string> {
    const { product } = await this.send<{ product: string }>('Browser.getVersion', {})
    return product
  }

  /** Renders the HTML at `width` CSS pixels and writes the whole page as a PNG. */
  async screenshot(html: string, png: string, width: number, scale = 1): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), 'screenshot-page-'))
    try {
      const page = join(dir, 'summary.html')
      writeFileSync(page, html)
      const { targetId } = await this.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' })
      const { sessionId } = await this.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true })
      const metrics = (height: number) =>
        this.send(
          'Emulation.setDeviceMetricsOverride',
          { width, height, deviceScaleFactor: scale, mobile: false },
          sessionId
        )
      await this.send('Page.enable', {}, sessionId)
      await metrics(800)
      const loaded = this.event('Page.loadEventFired', sessionId)
      await this.send('Page.navigate', { url: pathToFileURL(page).href }, sessionId)
      await loaded
      const evaluated = await this.send<{ result: { value?: unknown }; exceptionDetails?: unknown }>(
        'Runtime.evaluate',
        { expression: 'window.rendered', awaitPromise: true, returnByValue: true },
        sessionId
      )
      if (evaluated.exceptionDetails)
        throw new Error(`the page failed to render: ${JSON.stringify(evaluated.exceptionDetails).slice(0, 500)}`)
      await metrics(Math.ceil(evaluated.result.value as number))
      const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' }, sessionId)
      writeFileSync(png, Buffer.from(data, 'base64'))
      await this.send('Target.closeTarget', { targetId })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  async close(): Promise<void> {
    if (this.child.exitCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve))
      await this.send('Browser.close', {}).catch(() => undefined)
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(timer)
    }
    rmSync(this.profile, { recursive: true, force: true })
  }

  private send<T = Record<string, never>>(
    method: string,
    params: Record<string, unknown>,
    sessionId?: string
  ): Promise<T> {
    if (this.failure) return Promise.reject(this.failure)
    const id = this.nextId++
    const message = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id)
        reject(new Error(`Chromium did not answer ${method} within 60 s`))
      }, 60_000)
      this.pending.set(id, {
        resolve: (value) => (clearTimeout(timer), resolve(value)),
        reject: (error) => (clearTimeout(timer), reject(error))
      })
      ;(this.child.stdio[3] as Writable).write(`${message}\0`)
    })
  }

  private event(method: string, sessionId?: string): Promise<void> {
    return new Promise((resolve) => this.waiters.push({ method, sessionId, resolve }))
  }

  private receive(chunk: Buffer): void {
    this.buffer += this.decoder.write(chunk)
    let end = this.buffer.indexOf('\0')
    while (end >= 0) {
      const message = JSON.parse(this.buffer.slice(0, end)) as {
        id?: number
        method?: string
        sessionId?: string
        result?: unknown
        error?: { message: string }
      }
      this.buffer = this.buffer.slice(end + 1)
      end = this.buffer.indexOf('\0')
      if (message.id !== undefined) {
        const waiting = this.pending.get(message.id)
        this.pending.delete(message.id)
        if (message.error) waiting?.reject(new Error(message.error.message))
        else waiting?.resolve(message.result as never)
      } else if (message.method) {
        const at = this.waiters.findIndex((w) => w.method === message.method && w.sessionId === message.sessionId)
        if (at >= 0) this.waiters.splice(at, 1)[0]!.resolve()
      }
    }
  }

  private failAll(error: Error): void {
    this.failure ??= error
    for (const waiting of this.pending.values()) waiting.reject(error)
    this.pending.clear()
  }
}
