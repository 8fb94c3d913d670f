// `npm run screenshots [-- --only deploy,rollback]`: runs the cases of cases.ts and writes each job
// summary as docs/screenshots/<name>.png, rendered as GitHub renders it (render.ts). Needs Debian's
// `chromium` (and `fonts-noto-color-emoji` for the status icons); not part of CI.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { CASES } from './cases.js'
import { Chromium, summaryPage } from './render.js'

const OUT = resolve(import.meta.dirname, '../../docs/screenshots')
/** GitHub's run page gives a job summary about this width on a laptop screen. */
const WIDTH = 1000

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { only: { type: 'string' }, markdown: { type: 'boolean', default: false } }
  })
  const only = values.only?.split(',').map((s) => s.trim())
  const chosen = only ? CASES.filter((c) => only.includes(c.name)) : CASES
  if (only && chosen.length !== only.length)
    throw new Error(`unknown case in --only; the cases: ${CASES.map((c) => c.name).join(', ')}`)
  mkdirSync(OUT, { recursive: true })
  const chromium = new Chromium()
  try {
    process.stderr.write(`Rendering with ${await chromium.ready()}\n`)
    for (const c of chosen) {
      process.stderr.write(`▶ ${c.name}: ${c.title}\n`)
      const summary = await c.summary()
      // --markdown keeps the Markdown beside the picture, to read what was rendered.
      if (values.markdown) writeFileSync(join(OUT, `${c.name}.md`), summary)
      const png = join(OUT, `${c.name}.png`)
      await chromium.screenshot(summaryPage(summary, c.job), png, WIDTH)
      process.stderr.write(`  ${png}\n`)
    }
  } finally {
    await chromium.close()
  }
  return 0
}
