import { setFlagsFromString } from 'node:v8'

/**
 * undici (fetch, the health checks) parses HTTP with WebAssembly, which V8 compiles a second time,
 * optimised, in the background; a process that made one request then waits ~100 ms at exit for that
 * compile to finish. The baseline compile is fast enough for the few small answers a run parses.
 * Called by the entries before the first request (undici is loaded lazily, after it).
 */
export function skipWasmTierUp(): void {
  setFlagsFromString('--liftoff-only')
}
