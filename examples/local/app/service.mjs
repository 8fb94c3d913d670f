// The demo's service: answers /health with its version. A release whose release.json sets
// "crashAfterRequests" exits after serving that many requests, as a leaky release would; one that
// sets "status" answers every request with it (500: a release that is up but broken).
import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'

const port = Number(process.env.PORT)
const version = process.env.VERSION ?? 'unknown'
const release = JSON.parse(readFileSync(new URL('./release.json', import.meta.url), 'utf8'))
let served = 0

createServer((request, response) => {
  served += 1
  const status = release.status ?? 200
  response.writeHead(status, { 'content-type': 'application/json' })
  response.end(JSON.stringify({ status: status === 200 ? 'ok' : 'error', version, served }))
  if (release.crashAfterRequests && served >= release.crashAfterRequests) {
    console.error(`version ${version} crashed after ${served} request(s)`)
    setTimeout(() => process.exit(1), 10)
  }
}).listen(port, '127.0.0.1')
