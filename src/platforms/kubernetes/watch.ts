import type { Log } from '../../report/log.js'
import { backoffMs, sleep } from '../../util/retry.js'
import { type KubernetesApi, describeCall } from './client.js'
import type { List, ObjectMeta } from './objects.js'

/** Without the `watch` verb: one list a second, never more often. */
export const POLL_INTERVAL_MS = 1000
/** The server ends a watch after this long (it is resumed); a quiet connection this long is dead. */
const WATCH_TIMEOUT_S = 300
const WATCH_IDLE_MS = 90_000

export interface ListTarget {
  /** The collection: `/apis/apps/v1/namespaces/prod/deployments`. */
  path: string
  fieldSelector?: string
  labelSelector?: string
}

/** Kinds whose watch was refused in this run: warned about once, polled from then on. */
const unwatchable = new Set<string>()

/**
 * A live view of what a list answers: list, then watch from the list's resourceVersion (with
 * bookmarks), applying every event. A watch the server ends, or that drops, resumes from the last
 * resourceVersion seen; `410 Gone` (history compacted) lists again. Credentials without the `watch`
 * verb get one list a second instead, with a warning naming the verb. `changed` runs after every
 * list and every event; a list that keeps failing ends the view with its error.
 */
export class LiveList<T extends { metadata: ObjectMeta }> {
  readonly objects = new Map<string, T>()
  /** The list has been read at least once. */
  listed = false
  error?: Error
  private readonly stop = new AbortController()
  private readonly done: Promise<void>

  constructor(
    private readonly api: KubernetesApi,
    private readonly log: Log,
    private readonly target: ListTarget,
    private readonly changed: () => void,
    signal: AbortSignal
  ) {
    signal.addEventListener('abort', () => this.stop.abort(), { once: true })
    this.done = this.run().catch((error: Error) => {
      if (this.stop.signal.aborted) return
      this.error = error
      this.changed()
    })
  }

  close(): Promise<void> {
    this.stop.abort()
    return this.done
  }

  private get kind(): string {
    return this.target.path.split('/').at(-1) ?? this.target.path
  }

  private get signal(): AbortSignal {
    return this.stop.signal
  }

  private async run(): Promise<void> {
    const query = { fieldSelector: this.target.fieldSelector, labelSelector: this.target.labelSelector }
    let failures = 0
    while (!this.signal.aborted) {
      const list = await this.api.call<List<T>>({ method: 'GET', path: this.target.path, query, signal: this.signal })
      if (this.signal.aborted) return
      this.objects.clear()
      for (const item of list?.items ?? []) this.objects.set(item.metadata.name ?? '', item)
      this.listed = true
      this.changed()
      if (unwatchable.has(this.kind)) {
        await sleep(POLL_INTERVAL_MS, this.signal)
        continue
      }
      let resourceVersion = list?.metadata?.resourceVersion
      // Watch, and resume the watch, until the server says the version is gone or refuses.
      for (;;) {
        let expired = false
        const watchStop = new AbortController()
        const end = await this.api.watch(
          this.target.path,
          { ...query, resourceVersion, allowWatchBookmarks: true, timeoutSeconds: WATCH_TIMEOUT_S },
          (event) => {
            const object = event.object as unknown as T & { code?: number; message?: string }
            if (event.type === 'ERROR') {
              // 410: the version was compacted away; anything else: start over from a list too.
              this.log.info(
                object.code === 410
                  ? `Kubernetes: resourceVersion ${resourceVersion} of ${this.kind} has expired (410 Gone); listing again`
                  : `Kubernetes: the watch of ${this.kind} answered an error (${object.message ?? object.code}); listing again`
              )
              expired = true
              watchStop.abort()
              return
            }
            resourceVersion = object.metadata?.resourceVersion ?? resourceVersion
            failures = 0
            if (event.type === 'BOOKMARK') return
            const name = object.metadata?.name ?? ''
            if (event.type === 'DELETED') this.objects.delete(name)
            else this.objects.set(name, object)
            this.changed()
          },
          { signal: AbortSignal.any([this.signal, watchStop.signal]), idleMs: WATCH_IDLE_MS }
        )
        if (this.signal.aborted) return
        if (expired) break
        if (end.ended === 'refused') {
          const { status } = end.failure
          if (status === 403) {
            unwatchable.add(this.kind)
            this.log.warn(
              `Kubernetes: the credentials may not watch ${this.kind} (no "watch" verb on ${this.kind} in the Role): following by listing once a second instead`
            )
            break
          }
          if (status === 410) break
          failures++
          const delay = backoffMs(Math.min(failures, 5), 500, 5000)
          this.log.info(
            `Kubernetes ${describeCall({ method: 'GET', path: this.target.path, query: { watch: true } })}: ${end.failure.message}; listing again in ${(delay / 1000).toFixed(1)} s`
          )
          await sleep(delay, this.signal)
          break
        }
        if (end.ended === 'dropped') {
          // Resumed at once the first time; a connection that keeps dropping is given room.
          failures++
          this.log.info(
            `Kubernetes: the watch of ${this.kind} dropped (${end.failure.message}); resuming from resourceVersion ${resourceVersion}`
          )
          if (failures > 1) await sleep(backoffMs(Math.min(failures, 5), 250, 5000), this.signal)
        } else failures = 0
      }
    }
  }
}
