// The cluster's PKI, made at start with the `openssl` command (Node's crypto cannot sign X.509):
// a CA, the API server's certificate for 127.0.0.1, and a client certificate whose subject names
// the user (CN) and its group (O), as kube-apiserver reads them.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export interface Pki {
  caCert: string
  serverCert: string
  serverKey: string
  clientCert: string
  clientKey: string
}

async function openssl(dir: string, args: string[]): Promise<void> {
  try {
    await run('openssl', args, { cwd: dir })
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string }
    if (err.code === 'ENOENT')
      throw new Error('kubernetes test server: the `openssl` command is missing (apt-get install openssl)')
    throw new Error(`kubernetes test server: openssl ${args[0]} failed: ${err.stderr ?? err.message}`)
  }
}

/** EC P-256 keys: quick to make, and accepted by Node's TLS on both sides. */
export async function makePki(clientUser: string, clientGroup: string): Promise<Pki> {
  const dir = await mkdtemp(join(tmpdir(), 'k8s-pki-'))
  try {
    const key = (name: string) => openssl(dir, ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', name])
    await Promise.all([key('ca.key'), key('server.key'), key('client.key')])
    await openssl(dir, [
      'req',
      '-x509',
      '-new',
      '-key',
      'ca.key',
      '-sha256',
      '-days',
      '2',
      '-subj',
      '/CN=kubernetes-test-ca',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
      '-out',
      'ca.crt'
    ])
    await writeFile(
      join(dir, 'server.ext'),
      'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes.default.svc\n'
    )
    await writeFile(
      join(dir, 'client.ext'),
      'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=clientAuth\n'
    )
    const sign = async (name: string, subj: string) => {
      await openssl(dir, ['req', '-new', '-key', `${name}.key`, '-subj', subj, '-out', `${name}.csr`])
      await openssl(dir, [
        'x509',
        '-req',
        '-in',
        `${name}.csr`,
        '-CA',
        'ca.crt',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-days',
        '2',
        '-sha256',
        '-extfile',
        `${name}.ext`,
        '-out',
        `${name}.crt`
      ])
    }
    // Serially: both read and write the CA's serial file.
    await sign('server', '/CN=kube-apiserver')
    await sign('client', `/O=${clientGroup}/CN=${clientUser}`)
    const read = (f: string) => readFile(join(dir, f), 'utf8')
    return {
      caCert: await read('ca.crt'),
      serverCert: await read('server.crt'),
      serverKey: await read('server.key'),
      clientCert: await read('client.crt'),
      clientKey: await read('client.key')
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
