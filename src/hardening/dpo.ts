import { appendFile, mkdir } from 'node:fs/promises'
import { dirname, isAbsolute, join } from 'node:path'
import type { RunObserver, RunResult } from '../pipeline.js'
import type { Log } from '../report/log.js'
import type { Settings } from '../settings/settings.js'
import { type DeliveryPolicy, postJson } from '../notify/deliver.js'
import { redactDeep } from '../notify/redact.js'
import {
  FAILED_STATUSES,
  type FailureFacts,
  describeCheck,
  describeMigrations,
  describeRollback,
  describeSteps,
  failureFacts,
  shortVersion
} from './failure.js'

export const AGENT_NAME = 'DeploymentOrchestrator'

/** Severity, highest first: the rollback failed; rolled back (users saw it); failed before traffic. */
export type PairPriority = 'critical' | 'high' | 'medium'

/** What `POST {agentbench-url}/api/dpo-pairs` receives, and each line of `dpo-pairs-file`. */
export interface PreferencePair {
  agent_name: typeof AGENT_NAME
  failure_scenario: string
  preferred_output: string
  dispreferred_output: string
  priority: PairPriority
  metadata: {
    deployment_id: string
    timestamp: string
    environment: string
    version: string
    reason: string
  }
}

/** 20 s for everything: the pair is worth a retry, never a long wait at the end of a failed deploy. */
export const DPO_DELIVERY: DeliveryPolicy = {
  budgetMs: 20_000,
  requestTimeoutMs: 8_000,
  baseDelayMs: 500,
  maxDelayMs: 4_000
}

export function pairPriority(facts: Pick<FailureFacts, 'status' | 'trafficMoved'>): PairPriority {
  if (facts.status === 'rollback_failed') return 'critical'
  if (facts.status === 'rolled_back' || facts.trafficMoved) return 'high'
  return 'medium'
}

/**
 * One pair per failed run. `dispreferred_output` is what this run did, step by step, with the
 * failing check and what it saw; `preferred_output` what it should have done instead, given what
 * failed; `failure_scenario` the situation and the failure. Pure: the caller redacts and sends.
 */
export function buildPreferencePair(run: RunResult, now: Date = new Date()): PreferencePair {
  const facts = failureFacts(run)
  return {
    agent_name: AGENT_NAME,
    failure_scenario: scenario(facts),
    preferred_output: preferred(facts),
    dispreferred_output: dispreferred(facts),
    priority: pairPriority(facts),
    metadata: {
      deployment_id: run.deploymentId,
      timestamp: now.toISOString(),
      environment: run.environment,
      ...(run.serviceName ? { service: run.serviceName } : {}),
      version: run.newVersion ?? '',
      reason: facts.reason
    }
  }
}

function scenario(facts: FailureFacts): string {
  const where = [facts.strategy, facts.platform && `on ${facts.platform}`].filter(Boolean).join(' ')
  const parts = [
    `${capitalize(facts.operation)} of ${shortVersion(facts.version)} to ${facts.environment}${where ? ` (${where})` : ''}, replacing ${facts.previousVersion ? shortVersion(facts.previousVersion) : 'nothing (first deploy)'}.`,
    `Step "${facts.failedStep ?? 'unknown'}" failed ${facts.trafficMoved ? 'after traffic moved to the new version' : 'before traffic moved'}: ${facts.stepReason}.`
  ]
  if (facts.check) parts.push(`Failing check: ${describeCheck(facts.check)}.`)
  const migrations = describeMigrations(facts.migrations)
  if (migrations) parts.push(`Migrations this deploy ran: ${migrations}.`)
  const rollback = describeRollback(facts)
  if (rollback) parts.push(`${rollback}.`)
  return parts.join(' ')
}

function dispreferred(facts: FailureFacts): string {
  const parts = [`Ran: ${describeSteps(facts.steps)}.`]
  if (facts.check)
    parts.push(
      `The ${facts.check.phase} check ${facts.check.endpoint} saw: ${facts.check.detail ?? `HTTP ${facts.check.status_code}`}.`
    )
  parts.push(`Final status: ${facts.status}.`)
  if (facts.status === 'rolled_back')
    parts.push(
      `Users were served ${shortVersion(facts.version)} until the rollback to ${shortVersion(facts.previousVersion)}.`
    )
  else if (facts.status === 'rollback_failed')
    parts.push(
      `${describeRollback(facts) ?? 'There was nothing to roll back to'}: ${facts.environment} needs a person.`
    )
  else if (facts.trafficMoved)
    parts.push(`${shortVersion(facts.version)} may still be serving (no automatic rollback).`)
  else parts.push(`${facts.previousVersion ? shortVersion(facts.previousVersion) : 'The old version'} kept serving.`)
  return parts.join(' ')
}

function preferred(facts: FailureFacts): string {
  const version = shortVersion(facts.version)
  const previous = facts.previousVersion ? shortVersion(facts.previousVersion) : 'the current version'
  const step = facts.failedStep ?? ''
  if (facts.status === 'rollback_failed') {
    if (!facts.previousVersion || facts.rollback?.triggered === false) {
      return `Send a first version of ${facts.environment} through a check before it takes traffic (blue-green's idle colour or a canary step), so a failing ${version} never serves with nothing to roll back to; when it does, page a person at once with the failing check.`
    }
    return `Return ${facts.environment} to a healthy ${previous} within max-rollback-seconds, checked like a deploy; when ${previous} is unhealthy too (${facts.rollbackCheck ? describeCheck(facts.rollbackCheck) : 'its checks fail'}), page a person at once with both failures instead of leaving ${facts.environment} down unannounced.`
  }
  if (/changed since it was applied/.test(facts.reason)) {
    return `Refuse ${version} before any step: an applied migration was edited (${facts.stepReason}). Keep ${previous} serving and ship the schema change as a new migration.`
  }
  if (/migration/.test(step)) {
    const failed = facts.migrations.find((m) => !m.success)
    return `Catch ${failed ? failed.filename : 'the failing migration'} before the deploy: apply the migrations to a copy of the schema in the validation run (${facts.stepReason}). Deploy ${version} only once every migration applies cleanly; until then ${previous} serves without a failed deploy.`
  }
  if (/^health check/.test(step) && facts.check) {
    const saw = facts.check.detail ?? `HTTP ${facts.check.status_code}`
    if (!facts.trafficMoved) {
      return `Stop ${version} before traffic moves, as happened, and deploy it again only once ${facts.check.endpoint} passes (it saw: ${saw}); ${previous} keeps serving meanwhile.`
    }
    if (facts.strategy === 'rolling' || facts.strategy === undefined) {
      return `Check ${version} before it takes traffic (blue-green's idle colour or a canary step): ${facts.check.endpoint} answering "${saw}" then stops the deploy while ${previous} still serves everyone. Move traffic only once every check passes.`
    }
    return `Find what differs under live traffic before moving it (${facts.check.endpoint} passed as a candidate but saw "${saw}" live): check the live path and its dependencies on the candidate too, so ${version} never serves while failing.`
  }
  if (!facts.trafficMoved) {
    return `Start a deploy only from a version that builds and deploys (build and test ${version} in the validation run): the "${step || 'deploy'}" step failed (${facts.stepReason}); ${previous} keeps serving.`
  }
  return `Deploy ${version} with every step succeeding and every check passing, or stop before traffic moves and keep ${previous} serving; roll back by itself when a check fails after traffic moved.`
}

/**
 * The hardening loop: after a failed, rolled-back or rollback-failed deploy (after the rollback, so
 * it never delays recovery), one preference pair goes to the agent-evaluation service and to
 * `dpo-pairs-file`. Its own failure is a warning.
 */
export class PreferencePairEmitter implements RunObserver {
  readonly name = 'hardening loop'

  constructor(
    private readonly settings: Settings,
    private readonly log: Log,
    private readonly options: { policy?: DeliveryPolicy; now?: () => Date } = {}
  ) {}

  async finished(run: RunResult): Promise<void> {
    const { emitDpo, agentbenchUrl, pairsFile, token, tokenEnv } = this.settings.hardening
    if (!emitDpo || !FAILED_STATUSES.has(run.status) || !run.outcome || (!agentbenchUrl && !pairsFile)) return
    const log = this.log
    await log.group('Hardening: preference pair', async () => {
      const pair = redactDeep(buildPreferencePair(run, this.options.now?.() ?? new Date()), (text) => log.redact(text))
      const body = log.redact(JSON.stringify(pair))
      let delivered = false
      if (pairsFile) {
        const path = isAbsolute(pairsFile) ? pairsFile : join(this.settings.runtime.workspace, pairsFile)
        try {
          await mkdir(dirname(path), { recursive: true })
          await appendFile(path, `${body}\n`)
          delivered = true
          log.info(`Preference pair (${pair.priority}) appended to ${pairsFile}`)
        } catch (error) {
          log.warn(`dpo-pairs-file: cannot append to ${pairsFile}: ${(error as Error).message}`)
        }
      }
      if (agentbenchUrl) {
        if (!token) log.warn(`agentbench-url is set but ${tokenEnv} holds no token: sending the pair without one`)
        const endpoint = `${agentbenchUrl.replace(/\/+$/, '')}/api/dpo-pairs`
        const result = await postJson(endpoint, body, {
          policy: this.options.policy ?? DPO_DELIVERY,
          headers: token ? { authorization: `Bearer ${token}` } : {},
          onRetry: (attempt, why, delay) =>
            log.info(`Agent-evaluation service, attempt ${attempt}: ${why}; retrying in ${(delay / 1000).toFixed(1)} s`)
        })
        if (result.ok) {
          delivered = true
          const id = submissionId(result.body)
          if (id !== undefined) run.hardening.agentbench_submission_id = log.redact(id)
          log.info(
            `Preference pair (${pair.priority}) sent to the agent-evaluation service${id !== undefined ? `: submission ${id}` : ' (its answer named no submission_id)'}${result.attempts > 1 ? ` after ${result.attempts} attempts` : ''}`
          )
        } else {
          log.warn(
            `The preference pair was not sent to the agent-evaluation service: ${result.error}${result.permanent ? ' (not retried: the service refused it)' : ''}. The deploy itself is not affected`
          )
        }
      }
      if (delivered) run.hardening.dpo_pairs_generated += 1
    })
  }
}

function submissionId(body: string | undefined): string | undefined {
  try {
    const parsed = JSON.parse(body ?? '') as { submission_id?: unknown }
    const id = parsed?.submission_id
    return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined
  } catch {
    return undefined
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
