import { existsSync, readFileSync } from 'node:fs'
import type { KubeConfig } from '@kubernetes/client-node'
import type { Log } from '../../report/log.js'
import type { KubernetesSettings } from '../../settings/settings.js'
import { PlatformError } from '../platform.js'

/** Where the in-cluster service account's token lives (self-hosted runners in the cluster). */
const SERVICE_ACCOUNT_TOKEN = '/var/run/secrets/kubernetes.io/serviceaccount/token'

/** No kubeconfig anywhere: a plan can still be made (the service's status is then unknown). */
export class NoKubeconfigError extends PlatformError {}

export interface LoadedConfig {
  config: KubeConfig
  namespace: string
  /** How the log names where the credentials came from: `the kubeconfig input, context ci`. */
  source: string
  server: string
}

/**
 * The kubeconfig, in the order the README gives: the `kubeconfig` input, the files in `KUBECONFIG`
 * (when it is set, only those), `~/.kube/config`, the in-cluster service account. Never the client's silent fallback to
 * `http://localhost:8080` without credentials: with none of these, the run stops and says what to set.
 * Every credential in it is declared a secret before anything can print it.
 */
export function loadKubeconfig(
  client: typeof import('@kubernetes/client-node'),
  settings: KubernetesSettings,
  log: Log
): LoadedConfig {
  const config = new client.KubeConfig()
  // Named before anything is read, so that a parse error says which kubeconfig it is about.
  let source = 'the `kubeconfig` input'
  try {
    if (settings.kubeconfig) {
      log.secret(settings.kubeconfig)
      config.loadFromString(settings.kubeconfig)
    } else if (settings.kubeconfigPaths.length > 0) {
      // As kubectl: a set KUBECONFIG is the whole answer, never ~/.kube/config (another cluster,
      // perhaps). Files of it that do not exist are skipped; with none at all, nothing is read.
      const files = settings.kubeconfigPaths.filter((path) => existsSync(path))
      const missing = settings.kubeconfigPaths.filter((path) => !files.includes(path))
      if (files.length === 0)
        throw new NoKubeconfigError(
          `no kubeconfig: KUBECONFIG names ${missing.join(', ')}, and ${missing.length === 1 ? 'that file does not exist' : 'none of these files exists'}; write the kubeconfig there first, or fix KUBECONFIG (unset, the \`kubeconfig\` input or ~/.kube/config is read)`,
          true
        )
      if (missing.length > 0) log.warn(`KUBECONFIG names ${missing.join(', ')}, which does not exist: skipped`)
      source = `KUBECONFIG (${files.join(', ')})`
      config.loadFromFile(files[0]!)
      for (const file of files.slice(1)) {
        const more = new client.KubeConfig()
        more.loadFromFile(file)
        // As kubectl: the first file that names a current context keeps it.
        config.mergeConfig(more, Boolean(config.currentContext))
      }
    } else if (settings.homeKubeconfig && existsSync(settings.homeKubeconfig)) {
      source = settings.homeKubeconfig
      config.loadFromFile(settings.homeKubeconfig)
    } else if (settings.inCluster && existsSync(SERVICE_ACCOUNT_TOKEN)) {
      source = 'the in-cluster service account'
      config.loadFromCluster()
    } else {
      throw new NoKubeconfigError(
        'no kubeconfig: pass its content as the `kubeconfig` input (from a secret), or set KUBECONFIG, or put it in ~/.kube/config, or run on a runner inside the cluster (its service account)',
        true
      )
    }
  } catch (error) {
    if (error instanceof PlatformError) throw error
    // The client's parse errors can quote the file: the secrets are masked already, or never read.
    throw new PlatformError(`the kubeconfig from ${source} cannot be read: ${(error as Error).message}`, true)
  }
  maskCredentials(config, log)

  if (settings.context) {
    const names = config.getContexts().map((c) => c.name)
    if (!names.includes(settings.context))
      throw new PlatformError(
        `\`kubernetes-context\`: the kubeconfig has no context "${settings.context}" (it has ${names.length > 0 ? names.join(', ') : 'none'})`,
        true
      )
    config.setCurrentContext(settings.context)
  }
  const contextName = config.getCurrentContext()
  const context = contextName ? config.getContextObject(contextName) : null
  const cluster = config.getCurrentCluster()
  if (!context || !cluster)
    throw new PlatformError(
      `the kubeconfig from ${source} has no ${context ? 'cluster for its' : 'current'} context${contextName ? ` (${contextName})` : ''}: set \`kubernetes-context\``,
      true
    )
  return {
    config,
    namespace: settings.namespace ?? context.namespace ?? 'default',
    source: `${source}, context ${contextName}`,
    server: cluster.server
  }
}

/** Tokens, passwords, client certificates and keys, CA data, auth-provider tokens: masked. */
function maskCredentials(config: KubeConfig, log: Log): void {
  for (const user of config.getUsers()) {
    for (const value of [user.token, user.password, user.keyData, user.certData]) if (value) log.secret(value)
    for (const file of [user.keyFile]) {
      if (file && existsSync(file)) log.secret(readFileSync(file, 'utf8').trim())
    }
    const providerConfig = (user.authProvider as { config?: Record<string, unknown> } | undefined)?.config ?? {}
    for (const key of ['access-token', 'id-token', 'refresh-token', 'client-secret']) {
      const value = providerConfig[key]
      if (typeof value === 'string') log.secret(value)
    }
  }
  for (const cluster of config.getClusters()) if (cluster.caData) log.secret(cluster.caData)
}

/**
 * Masks what an exec credential plugin (EKS, GKE, AKS) printed, and any token a request carries:
 * the client runs the plugin itself, so its output is caught where the client hands it over.
 */
export async function maskPluginOutput(config: KubeConfig, log: Log): Promise<void> {
  const options: { headers?: Record<string, unknown>; cert?: unknown; key?: unknown } = {}
  await config.applyToHTTPSOptions(options as never)
  maskAuthorization(options.headers?.['Authorization'], log)
  for (const value of [options.cert, options.key]) {
    if (typeof value === 'string' || Buffer.isBuffer(value)) log.secret(value.toString().trim())
  }
}

export function maskAuthorization(header: unknown, log: Log): void {
  if (typeof header !== 'string') return
  const token = header.replace(/^(Bearer|Basic)\s+/i, '')
  if (token) log.secret(token)
}
