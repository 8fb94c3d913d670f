import { type RunObserver, type RunResult, runUrl } from '../pipeline.js'
import type { Log } from '../report/log.js'
import type { Settings } from '../settings/settings.js'
import { targetName } from '../state/target.js'
import { FAILED_STATUSES, describeCheck, describeRollback, failureFacts, shortVersion } from '../hardening/failure.js'
import { type DeliveryPolicy, postJson } from './deliver.js'
import { redactDeep } from './redact.js'

/**
 * 10 s for everything, notification and page sent side by side: a chat webhook answers in well under
 * a second, so that leaves room for three or four attempts, and a hanging one costs 10 s at most.
 */
export const WEBHOOK_DELIVERY: DeliveryPolicy = {
  budgetMs: 10_000,
  requestTimeoutMs: 4_000,
  baseDelayMs: 500,
  maxDelayMs: 2_000
}

/** Slack's incoming-webhook format: `text` (the notification's own line) and Block Kit `blocks`. */
export interface SlackMessage {
  text: string
  blocks: SlackBlock[]
}
type SlackText = { type: 'plain_text' | 'mrkdwn'; text: string; emoji?: boolean }
export type SlackBlock =
  | { type: 'header'; text: SlackText }
  | { type: 'section'; text?: SlackText; fields?: SlackText[] }
  | { type: 'context'; elements: SlackText[] }
  | { type: 'divider' }

const ICON: Record<string, string> = { success: '✅', failed: '❌', rolled_back: '↩️', rollback_failed: '🚨' }
const TITLE: Record<string, string> = {
  success: 'Deployed',
  failed: 'Deploy failed',
  rolled_back: 'Deploy failed and was rolled back',
  rollback_failed: 'Deploy failed and the rollback failed'
}

export interface MessageContext {
  runUrl?: string
  /** The page: the previous version is unhealthy too, a person must act now. */
  page?: boolean
}

/** The message for a run's final status, naming the environment, versions, reason and run link. */
export function buildSlackMessage(run: RunResult, context: MessageContext = {}): SlackMessage {
  const facts = failureFacts(run)
  const failed = run.status !== 'success'
  const target = targetName(run.environment, run.serviceName)
  const title = `${context.page ? '🚨 PAGE: ' : `${ICON[run.status] ?? ''} `}${TITLE[run.status] ?? run.status}: ${target}`
  const versions = `${shortVersion(run.previousVersion)} → ${shortVersion(run.newVersion)}`
  const blocks: SlackBlock[] = [{ type: 'header', text: { type: 'plain_text', text: cut(title, 150), emoji: true } }]
  if (context.page) {
    blocks.push({
      type: 'section',
      text: mrkdwn(
        `*Manual intervention needed:* ${escape(uncapitalize(describeRollback(facts) ?? 'the deploy failed after traffic moved and there is nothing healthy to return to'))}.`
      )
    })
  }
  const fields = [
    mrkdwn(`*Environment*\n${escape(run.environment)}`),
    ...(run.serviceName ? [mrkdwn(`*Service*\n${escape(run.serviceName)}`)] : []),
    mrkdwn(`*Status*\n${escape(run.status.replace('_', ' '))}`),
    mrkdwn(`*Version*\n\`${escape(versions)}\``),
    mrkdwn(
      `*Operation*\n${escape([facts.operation, facts.strategy, facts.platform && `on ${facts.platform}`].filter(Boolean).join(' '))}`
    ),
    mrkdwn(`*Duration*\n${run.durationSeconds} s`),
    mrkdwn(`*Deployment*\n\`${escape(run.deploymentId)}\``)
  ]
  blocks.push({ type: 'section', fields })
  if (failed) {
    const lines = [`*Reason:* ${escape(facts.reason)}`]
    if (facts.check) lines.push(`*Failing check:* ${escape(describeCheck(facts.check))}`)
    const rollback = describeRollback(facts)
    if (rollback && !context.page) lines.push(`*Rollback:* ${escape(rollback)}`)
    blocks.push({ type: 'section', text: mrkdwn(cut(lines.join('\n'), 2900)) })
  }
  if (context.runUrl) blocks.push({ type: 'context', elements: [mrkdwn(`<${context.runUrl}|View the run>`)] })
  const text = `${title} (${versions})${failed ? `: ${facts.reason}` : ''}${context.runUrl ? ` ${context.runUrl}` : ''}`
  return { text: cut(escape(text), 2900), blocks }
}

/**
 * Notifications: one message per run to `notify-webhook-url` for a failed, rolled-back or
 * rollback-failed run (a success too with `notify-on-success`), and a page to `page-webhook-url`
 * when the rollback failed too. Sent after the rollback, within a bound; a failure is a warning.
 */
export class WebhookNotifier implements RunObserver {
  readonly name = 'notifications'

  constructor(
    private readonly settings: Settings,
    private readonly log: Log,
    private readonly options: { policy?: DeliveryPolicy } = {}
  ) {}

  async finished(run: RunResult): Promise<void> {
    const { notifyWebhookUrl, notifyOnSuccess, pageWebhookUrl } = this.settings.hardening
    const notify =
      notifyWebhookUrl && (FAILED_STATUSES.has(run.status) || (run.status === 'success' && notifyOnSuccess))
    const page = pageWebhookUrl && run.status === 'rollback_failed'
    if (!notify && !page) return
    const log = this.log
    await log.group('Notifications', async () => {
      const link = runUrl(this.settings)
      const send = async (what: string, url: string, message: SlackMessage): Promise<void> => {
        const body = log.redact(JSON.stringify(redactDeep(message, (text) => log.redact(text))))
        const result = await postJson(url, body, {
          policy: this.options.policy ?? WEBHOOK_DELIVERY,
          onRetry: (attempt, why, delay) =>
            log.info(`${what}, attempt ${attempt}: ${why}; retrying in ${(delay / 1000).toFixed(1)} s`)
        })
        if (result.ok) {
          log.info(`${capitalize(what)} sent${result.attempts > 1 ? ` after ${result.attempts} attempts` : ''}`)
          run.notes.push(`${capitalize(what)} sent.`)
        } else {
          log.warn(
            `The ${what} was not sent: ${result.error}${result.permanent ? ' (not retried: the webhook refused it)' : ''}. The deploy itself is not affected`
          )
          run.notes.push(`The ${what} could not be sent.`)
        }
      }
      await Promise.all([
        notify ? send('notification', notifyWebhookUrl, buildSlackMessage(run, { runUrl: link })) : undefined,
        page ? send('page', pageWebhookUrl, buildSlackMessage(run, { runUrl: link, page: true })) : undefined
      ])
    })
  }
}

function mrkdwn(text: string): SlackText {
  return { type: 'mrkdwn', text: cut(text, 2000) }
}

/** Slack reads `&`, `<` and `>` as markup: escaped, text from commands cannot make links or mentions. */
export function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

function uncapitalize(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
