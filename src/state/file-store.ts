import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, readdir, rename, rm, stat } from 'node:fs/promises'
import { dirname, join, basename } from 'node:path'
import { failpoint } from '../util/failpoint.js'
import { processAlive } from '../util/process.js'
import { type DeploymentState, StateConflictError, StateError, parseState, serializeState } from './schema.js'
import type { StateStore } from './store.js'

/** A lock older than this is from a run that died; a live writer holds it for milliseconds. */
const STALE_LOCK_MS = 30_000
const LOCK_WAIT_MS = 10_000

/**
 * State in a local JSON file. Writes go to a temporary file that is flushed to disk and renamed over
 * the old one, so a crash at any moment leaves either the old or the new document, never half of
 * one. A lock file (created exclusively) serialises the compare-and-swap between processes.
 */
export class FileStateStore implements StateStore {
  readonly location: string

  constructor(private readonly path: string) {
    this.location = `file ${path}`
  }

  async read(): Promise<DeploymentState | null> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw new StateError(`cannot read the state file ${this.path}: ${(error as Error).message}`)
    }
    return parseState(text, this.location)
  }

  async write(next: DeploymentState): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true })
    const release = await this.lock()
    try {
      await this.removeOrphans()
      const stored = await this.read()
      const storedSequence = stored?.sequence ?? 0
      if (storedSequence !== next.sequence - 1) throw new StateConflictError(next.sequence - 1, stored?.sequence)
      await this.replace(serializeState(next))
    } finally {
      await release()
    }
  }

  /** Temporary files of a writer that died mid-write; under the lock no live writer has one. */
  private async removeOrphans(): Promise<void> {
    const prefix = `.${basename(this.path)}.`
    const entries = await readdir(dirname(this.path)).catch(() => [] as string[])
    await Promise.all(
      entries
        .filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'))
        .map((name) => rm(join(dirname(this.path), name), { force: true }))
    )
  }

  private async replace(text: string): Promise<void> {
    const temp = join(
      dirname(this.path),
      `.${basename(this.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
    )
    const handle = await open(temp, 'wx', 0o644)
    try {
      await handle.writeFile(text, 'utf8')
      failpoint('state-file-before-fsync')
      await handle.sync()
    } finally {
      await handle.close()
    }
    try {
      failpoint('state-file-before-rename')
      await rename(temp, this.path)
    } catch (error) {
      await rm(temp, { force: true })
      throw error
    }
    // The rename itself is durable only once the directory is flushed.
    const directory = await open(dirname(this.path), 'r')
    try {
      await directory.sync()
    } finally {
      await directory.close()
    }
  }

  private async lock(): Promise<() => Promise<void>> {
    const lockPath = `${this.path}.lock`
    const deadline = Date.now() + LOCK_WAIT_MS
    for (;;) {
      try {
        const handle = await open(lockPath, 'wx')
        await handle.writeFile(`${process.pid}\n`)
        await handle.close()
        return () => rm(lockPath, { force: true })
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
      if (await isStale(lockPath)) {
        await rm(lockPath, { force: true })
        continue
      }
      if (Date.now() > deadline) {
        throw new StateError(
          `the state file ${this.path} is locked by another run (${lockPath}); if no run is active, delete the lock file`
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 30))
    }
  }
}

async function isStale(lockPath: string): Promise<boolean> {
  try {
    const [info, text] = await Promise.all([stat(lockPath), readFile(lockPath, 'utf8')])
    const pid = Number(text.trim())
    if (Number.isInteger(pid) && pid > 0 && !processAlive(pid)) return true
    return Date.now() - info.mtimeMs > STALE_LOCK_MS
  } catch {
    return false // gone already, or being written: try again
  }
}
