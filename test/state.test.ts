import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FileStateStore } from '../src/state/file-store.js'
import { type DeploymentState, type VersionRecord, StateConflictError, StateError } from '../src/state/schema.js'
import { beginAttempt, recordFailure, recordRollback, recordSuccess, rollbackTarget } from '../src/state/transitions.js'

const NOW = '2026-11-22T00:00:00.000Z'
const record = (version: string, extra: Partial<VersionRecord> = {}): VersionRecord => ({
  version,
  config_commits: {},
  deployed_at: NOW,
  deployment_id: `d-${version}`,
  operation: 'redeploy',
  ...extra
})
const attempt = (version: string) => ({
  deployment_id: `d-${version}`,
  operation: 'redeploy',
  version,
  started_at: NOW
})

function deployed(...versions: string[]): DeploymentState {
  let state: DeploymentState | null = null
  for (const version of versions) {
    const claimed = beginAttempt(state, 'production', attempt(version), NOW)
    state = recordSuccess(claimed, record(version), 3, NOW)
  }
  return state!
}

describe('state transitions', () => {
  it('a success makes the version current, newest first in a history bounded by keep-versions', () => {
    const state = deployed('v1', 'v2', 'v3', 'v4')
    expect(state.current?.version).toBe('v4')
    expect(state.history.map((h) => h.version)).toEqual(['v4', 'v3', 'v2'])
    expect(state.sequence).toBe(8)
    expect(state.last_attempt?.status).toBe('success')
  })

  it('a failure keeps the last good version current and marks the failed one known bad', () => {
    const claimed = beginAttempt(deployed('v1'), 'production', attempt('v2'), NOW)
    const failed = recordFailure(
      claimed,
      { status: 'rolled_back', version: 'v2', deploymentId: 'd-v2', reason: 'health check failed' },
      NOW
    )
    expect(failed.current?.version).toBe('v1')
    expect(failed.known_bad).toEqual([{ version: 'v2', deployment_id: 'd-v2', at: NOW, reason: 'health check failed' }])
    expect(failed.last_attempt).toMatchObject({ status: 'rolled_back', reason: 'health check failed' })
  })

  it('a known-bad version is never a rollback target, and a good one stays one after a failed restart', () => {
    const state = deployed('v1', 'v2')
    const claimed = beginAttempt(state, 'production', attempt('v2'), NOW)
    const failedRestart = recordFailure(
      claimed,
      { status: 'failed', version: 'v2', deploymentId: 'x', reason: 'restart failed' },
      NOW
    )
    expect(failedRestart.known_bad).toEqual([])
    const withBad = { ...state, known_bad: [{ version: 'v1', deployment_id: 'd', at: NOW, reason: 'broke' }] }
    expect(rollbackTarget(withBad)).toMatch(/no earlier good version/)
    expect(rollbackTarget(withBad, 'v1')).toMatch(/known bad/)
    expect(rollbackTarget(state)).toMatchObject({ version: 'v1' })
    expect(rollbackTarget(state, 'v2')).toMatch(/running already/)
    expect(rollbackTarget(null)).toMatch(/nothing to roll back to/)
  })

  it('a requested rollback makes the target current and the version left behind known bad', () => {
    const state = deployed('v1', 'v2')
    const claimed = beginAttempt(state, 'production', attempt('v1'), NOW)
    const after = recordRollback(
      claimed,
      record('v1', { operation: 'rollback' }),
      claimed.current,
      'rolled back by request',
      NOW
    )
    expect(after.current?.version).toBe('v1')
    expect(after.history.map((h) => h.version)).toEqual(['v1'])
    expect(after.known_bad[0]?.version).toBe('v2')
  })
})

describe('FileStateStore', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'state-'))

  it('reads null before the first write, then what was written', async () => {
    const store = new FileStateStore(join(dir(), 'nested', 'production.json'))
    expect(await store.read()).toBeNull()
    const state = deployed('v1')
    await store.write({ ...state, sequence: 1 })
    expect((await store.read())?.current?.version).toBe('v1')
  })

  it('refuses a write whose sequence does not follow the stored one, and stores nothing', async () => {
    const path = join(dir(), 'production.json')
    const store = new FileStateStore(path)
    await store.write({ ...deployed('v1'), sequence: 1 })
    const before = readFileSync(path, 'utf8')
    await expect(store.write({ ...deployed('v2'), sequence: 1 })).rejects.toBeInstanceOf(StateConflictError)
    await expect(store.write({ ...deployed('v2'), sequence: 3 })).rejects.toThrow(/the state moved/)
    expect(readFileSync(path, 'utf8')).toBe(before)
  })

  it('lets exactly one of many concurrent writers of the same sequence win', async () => {
    const path = join(dir(), 'production.json')
    const writers = Array.from({ length: 8 }, (_, i) =>
      new FileStateStore(path).write({ ...deployed(`v${i}`), sequence: 1 })
    )
    const results = await Promise.allSettled(writers)
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(
      results
        .filter((r) => r.status === 'rejected')
        .every((r) => (r as PromiseRejectedResult).reason instanceof StateConflictError)
    ).toBe(true)
    expect(readdirSync(join(path, '..')).filter((f) => f !== 'production.json')).toEqual([])
  })

  it.each([
    ['not JSON', '{"schema_version": 1, "sequ', /not valid JSON/],
    ['a newer schema', JSON.stringify({ schema_version: 99 }), /schema version 99, newer than this action understands/],
    ['another document', JSON.stringify({ hello: 'world' }), /not a deploy-orchestrator state/]
  ])('stops on %s and leaves the file untouched', async (_, content, message) => {
    const path = join(dir(), 'production.json')
    writeFileSync(path, content)
    const store = new FileStateStore(path)
    await expect(store.read()).rejects.toThrow(message)
    await expect(store.read()).rejects.toBeInstanceOf(StateError)
    await expect(store.write({ ...deployed('v1'), sequence: 1 })).rejects.toThrow(message)
    expect(readFileSync(path, 'utf8')).toBe(content)
  })

  it('carries unknown fields through (a newer minor writer’s data is not dropped)', async () => {
    const path = join(dir(), 'production.json')
    const state = { ...deployed('v1'), sequence: 1, extra: { kept: true } }
    writeFileSync(path, JSON.stringify(state))
    const store = new FileStateStore(path)
    const read = (await store.read())!
    await store.write({ ...read, sequence: 2 })
    expect(JSON.parse(readFileSync(path, 'utf8')).extra).toEqual({ kept: true })
  })
})
