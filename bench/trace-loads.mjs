// Preloaded with `node --import` by the cold-start benchmark (never in a timed run): appends the URL
// of every ES module the process loads to the file named by BENCH_TRACE_LOADS, which shows which
// chunks of the bundle a run pays for.
import { register } from 'node:module'

const hook = `
import { appendFileSync } from 'node:fs'
export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && process.env.BENCH_TRACE_LOADS) appendFileSync(process.env.BENCH_TRACE_LOADS, url + '\\n')
  return nextLoad(url, context)
}`
register(`data:text/javascript,${encodeURIComponent(hook)}`)
