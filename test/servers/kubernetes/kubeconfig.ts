// kubeconfig files for the test server: a token, a client certificate, or an exec credential
// plugin (a small node script written to a temp folder that prints an ExecCredential).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'

export interface KubeconfigOptions {
  /** The context's namespace (default: none, which clients read as `default`). */
  namespace?: string
  /** The context's name (default `test`). */
  context?: string
  /** How the user authenticates (default `token`). */
  user?: 'token' | 'clientCert' | 'exec'
  /** Another token than the server's (for `token` and `exec`). */
  token?: string
}

export interface KubeconfigMaterial {
  url: string
  caData: string
  token: string
  clientCert: string
  clientKey: string
  /** A folder the exec plugin scripts are written to. */
  dir: string
}

const b64 = (s: string) => Buffer.from(s).toString('base64')
let execSeq = 0

export function makeKubeconfig(m: KubeconfigMaterial, o: KubeconfigOptions = {}): string {
  const context = o.context ?? 'test'
  const cluster = `${context}-cluster`
  const userName = `${context}-user`
  const token = o.token ?? m.token
  let user: Record<string, unknown>
  switch (o.user ?? 'token') {
    case 'token':
      user = { token }
      break
    case 'clientCert':
      user = { 'client-certificate-data': b64(m.clientCert), 'client-key-data': b64(m.clientKey) }
      break
    case 'exec': {
      const script = join(m.dir, `exec-credential-${process.pid}-${execSeq++}.mjs`)
      const credential = {
        apiVersion: 'client.authentication.k8s.io/v1',
        kind: 'ExecCredential',
        status: { token, expirationTimestamp: new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z') }
      }
      writeFileSync(script, `process.stdout.write(${JSON.stringify(JSON.stringify(credential))})\n`, { mode: 0o700 })
      user = {
        exec: {
          apiVersion: 'client.authentication.k8s.io/v1',
          command: process.execPath,
          args: [script],
          interactiveMode: 'Never',
          provideClusterInfo: false
        }
      }
      break
    }
  }
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: cluster, cluster: { server: m.url, 'certificate-authority-data': b64(m.caData) } }],
    users: [{ name: userName, user }],
    contexts: [
      { name: context, context: { cluster, user: userName, ...(o.namespace ? { namespace: o.namespace } : {}) } }
    ],
    'current-context': context,
    preferences: {}
  })
}
