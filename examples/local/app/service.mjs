// The demo's service: answers /health with its version. A release whose release.json sets
// "crashAfterRequests" exits after serving that many requests, as a leaky release would.
import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'

const port = Number(process.env.PORT)
const version = process.env.VERSION ?? 'unknown'
const release = JSON.parse(readFileSync(new URL('./release.json', import.meta.url), 'utf8'))
let served = 0

createServer((request, response) => {
  served += 1
  response.writeHead(200, { 'content-type': 'application/json' })
  response.end(JSON.stringify({ status: 'ok', version, served }))
  if (release.crashAfterRequests && served >= release.crashAfterRequests) {
    console.error(`version ${version} crashed after ${served} request(s)`)
    setTimeout(() => process.exit(1), 10)
  }
}).listen(port, '127.0.0.1')
