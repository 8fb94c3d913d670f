/**
 * The object store behind release-asset downloads: short-lived signed URLs on a second listener
 * (a different origin, as objects.githubusercontent.com is for api.github.com, so fetch drops the
 * Authorization header on the redirect exactly as it does against GitHub).
 */
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RecordedRequest } from './http.js'
import type { RepoModel } from './model.js'

interface Grant {
  repo: RepoModel
  assetId: number
  expires: number
}

export class Storage {
  origin = ''
  private readonly grants = new Map<string, Grant>()

  constructor(readonly ttlMs: number) {}

  /** A signed URL for one asset's bytes. */
  sign(repo: RepoModel, assetId: number): string {
    const key = randomBytes(16).toString('hex')
    const expires = Date.now() + this.ttlMs
    this.grants.set(key, { repo, assetId, expires })
    const exp = Math.floor(expires / 1000)
    const sig = randomBytes(24).toString('base64url')
    return `${this.origin}/signed/${key}?sp=r&se=${exp}&rscd=attachment&rsct=application%2Foctet-stream&sig=${sig}`
  }

  handle(req: IncomingMessage, res: ServerResponse, record: RecordedRequest, violations: string[]): void {
    const url = new URL(req.url ?? '/', 'http://storage.invalid')
    const xml = (status: number, code: string, message: string, extra = ''): void => {
      const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message>${extra}</Error>`
      record.status = status
      res.writeHead(status, { 'content-type': 'application/xml', 'content-length': String(Buffer.byteLength(body)) })
      res.end(body)
    }
    const auth = req.headers.authorization
    if (auth !== undefined) {
      violations.push(
        `request ${req.method} ${url.pathname} to the asset store carried an Authorization header (the token left GitHub)`
      )
      // The store echoes the offending header, token included, like S3/Azure do.
      return xml(
        400,
        'InvalidArgument',
        'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified',
        `<ArgumentName>Authorization</ArgumentName><ArgumentValue>${escapeXml(auth)}</ArgumentValue>`
      )
    }
    const m = /^\/signed\/([0-9a-f]{32})$/.exec(url.pathname)
    const grant = m ? this.grants.get(m[1]!) : undefined
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return xml(405, 'UnsupportedHttpVerb', 'The resource does not support the specified HTTP verb.')
    if (!grant) return xml(404, 'BlobNotFound', 'The specified blob does not exist.')
    if (grant.expires < Date.now()) return xml(403, 'AuthenticationFailed', 'Signed expiry time has expired.')
    const asset = grant.repo.asset(grant.assetId)
    if (!asset || asset.state !== 'uploaded') return xml(404, 'BlobNotFound', 'The specified blob does not exist.')
    if (req.method === 'GET') asset.downloadCount++
    record.status = 200
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(asset.data.length),
      'content-disposition': `attachment; filename=${encodeURIComponent(asset.name)}`,
      etag: `"0x${asset.id.toString(16).toUpperCase()}"`
    })
    res.end(req.method === 'HEAD' ? undefined : asset.data)
  }
}

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)
}
