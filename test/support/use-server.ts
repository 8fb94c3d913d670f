import { afterAll, beforeAll } from 'vitest'

/**
 * One server for the test file (or for the `describe` it is called in): started before its tests,
 * stopped after them. Returns a getter, for tests and hooks (the server does not exist before).
 */
export function useServer<T>(start: () => Promise<T>, stop: (server: T) => unknown): () => T {
  let server: T | undefined
  beforeAll(async () => {
    server = await start()
  })
  afterAll(async () => {
    if (server !== undefined) await stop(server)
  })
  return () => {
    if (server === undefined) throw new Error('the test server runs only inside tests and hooks')
    return server
  }
}
