// The demo's public entry point: forwards / to the live colour (read from run/live at every request)
// and /blue/... or /green/... to that colour directly, so the idle one can be checked before it
// takes traffic.
import { createServer, request } from 'node:http'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const runDir = process.env.DEMO_RUN_DIR
const ports = { blue: Number(process.env.DEMO_BLUE_PORT), green: Number(process.env.DEMO_GREEN_PORT) }

createServer((incoming, outgoing) => {
  const match = /^\/(blue|green)(\/.*)?$/.exec(incoming.url ?? '/')
  let color
  try {
    color = match ? match[1] : readFileSync(join(runDir, 'live'), 'utf8').trim()
  } catch {
    color = 'blue'
  }
  const path = match ? (match[2] ?? '/') : incoming.url
  const upstream = request(
    { host: '127.0.0.1', port: ports[color], path, method: incoming.method, headers: incoming.headers },
    (response) => {
      outgoing.writeHead(response.statusCode ?? 502, response.headers)
      response.pipe(outgoing)
    }
  )
  upstream.on('error', () => {
    outgoing.writeHead(502, { 'content-type': 'text/plain' })
    outgoing.end(`${color} is not answering\n`)
  })
  incoming.pipe(upstream)
}).listen(Number(process.env.DEMO_ROUTER_PORT), '127.0.0.1', () => process.send?.('ready'))
