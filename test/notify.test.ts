import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { WEBHOOK_DELIVERY, WebhookNotifier, buildSlackMessage } from '../src/notify/webhooks.js'
import type { Settings } from '../src/settings/settings.js'
import { type ActionRun, runAction } from './support/action.js'
import { TestRepo } from './support/git.js'
import { MemoryLog } from './support/log.js'
import {
  LiveVersionHealth,
  Recorder,
  failedBeforeTrafficRun,
  rollbackFailedRun,
  rolledBackRun
} from './support/recorder.js'
import { useServer } from './support/use-server.js'

const RUN_URL = 'https://github.com/acme/shop/actions/runs/42/attempts/1'

describe('the Slack-format message', () => {
  test('a rolled-back deploy: text plus blocks naming the environment, versions, reason and run link', () => {
    expect(buildSlackMessage(rolledBackRun(), { runUrl: RUN_URL })).toEqual({
      text: `↩️ Deploy failed and was rolled back: production (1111111 → 2222222): health check (live): health check failed: http://app.internal/health: HTTP 500, expected 200 (after 3 attempts) ${RUN_URL}`,
      blocks: [
        {
          type: 'header',
          text: { type: 'plain_text', text: '↩️ Deploy failed and was rolled back: production', emoji: true }
        },
        {
          type: 'section',
          fields: [
            { type: 'mrkdwn', text: '*Environment*\nproduction' },
            { type: 'mrkdwn', text: '*Status*\nrolled back' },
            { type: 'mrkdwn', text: '*Version*\n`1111111 → 2222222`' },
            { type: 'mrkdwn', text: '*Operation*\nredeploy rolling on command' },
            { type: 'mrkdwn', text: '*Duration*\n12.5 s' },
            { type: 'mrkdwn', text: '*Deployment*\n`7d1c2f9e-1111-4222-8333-944455556666`' }
          ]
        },
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: [
              '*Reason:* health check (live): health check failed: http://app.internal/health: HTTP 500, expected 200 (after 3 attempts)',
              '*Failing check:* http://app.internal/health (live, attempt 3, 9 ms): HTTP 500, expected 200',
              '*Rollback:* Rolled back to 1111111 in 2 s; it is healthy'
            ].join('\n')
          }
        },
        { type: 'context', elements: [{ type: 'mrkdwn', text: `<${RUN_URL}|View the run>` }] }
      ]
    })
  })

  test('the page says a person must act, with the same facts', () => {
    const page = buildSlackMessage(rollbackFailedRun(), { runUrl: RUN_URL, page: true })
    expect(page.text).toMatch(/^🚨 PAGE: Deploy failed and the rollback failed: production \(1111111 → 2222222\): /)
    expect(page.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: '🚨 PAGE: Deploy failed and the rollback failed: production', emoji: true }
    })
    expect(page.blocks[1]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: '*Manual intervention needed:* the rollback to 1111111 failed after 6.5 s: http://app.internal/health (after rollback, attempt 3, 2 ms): connection refused (nothing listening); the previous version is unhealthy too.'
      }
    })
    expect(JSON.stringify(page)).toContain('`1111111 → 2222222`')
    expect(JSON.stringify(page)).toContain(`<${RUN_URL}|View the run>`)
  })

  test('text from commands cannot make links or mentions, and long reasons are cut to what Slack takes', () => {
    const run = failedBeforeTrafficRun()
    run.outcome!.reason = `deploy: exited 1: <!channel> & <https://evil.example|click> ${'x'.repeat(5000)}`
    const message = buildSlackMessage(run)
    const reason = message.blocks.find(
      (b) => b.type === 'section' && 'text' in b && b.text?.text.startsWith('*Reason:*')
    )
    expect(JSON.stringify(message)).not.toContain('<!channel>')
    expect(JSON.stringify(message)).toContain('&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;')
    expect(reason && 'text' in reason && reason.text!.text.length).toBeLessThanOrEqual(3000)
    expect(message.text.length).toBeLessThanOrEqual(3000)
    // No run link outside Actions: no context block.
    expect(message.blocks.some((b) => b.type === 'context')).toBe(false)
  })

  test('a success is short', () => {
    const run = { ...rolledBackRun(), status: 'success' as const, outcome: undefined }
    const message = buildSlackMessage(run, { runUrl: RUN_URL })
    expect(message.text).toBe(`✅ Deployed: production (1111111 → 2222222) ${RUN_URL}`)
    expect(message.blocks.map((b) => b.type)).toEqual(['header', 'section', 'context'])
  })
})

describe('sending notifications', () => {
  let chat: Recorder
  let pager: Recorder
  beforeAll(async () => {
    chat = await Recorder.start()
    pager = await Recorder.start()
  })
  afterEach(() => {
    chat.requests.length = 0
    pager.requests.length = 0
    chat.respond([{ status: 200, text: 'ok' }])
    pager.respond([{ status: 200, text: 'ok' }])
  })
  afterAll(async () => {
    await chat.close()
    await pager.close()
  })

  function notifier(overrides: Partial<Settings['hardening']> = {}, policy = WEBHOOK_DELIVERY) {
    const hardening = {
      notifyWebhookUrl: `${chat.url}/services/T000/B000/chat-secret-path`,
      pageWebhookUrl: `${pager.url}/hooks/page-secret-path`,
      notifyOnSuccess: false,
      emitDpo: true,
      tokenEnv: 'AGENTBENCH_TOKEN',
      ...overrides
    }
    const settings = {
      hardening,
      github: { serverUrl: 'https://github.com', repository: 'acme/shop', runId: '42', runAttempt: '1' }
    } as unknown as Settings
    const log = new MemoryLog()
    for (const secret of [
      '/services/T000/B000/chat-secret-path',
      '/hooks/page-secret-path',
      hardening.notifyWebhookUrl,
      hardening.pageWebhookUrl
    ]) {
      if (secret) log.secret(secret)
    }
    return { log, notifier: new WebhookNotifier(settings, log, { policy }) }
  }

  test('a rolled-back run: one message to the notification webhook, no page', async () => {
    const { notifier: send, log } = notifier()
    const run = rolledBackRun()
    await send.finished(run)
    expect(chat.requests).toHaveLength(1)
    expect(pager.requests).toHaveLength(0)
    const [request] = chat.requests
    expect(request!.method).toBe('POST')
    expect(request!.path).toBe('/services/T000/B000/chat-secret-path')
    expect(request!.headers['content-type']).toBe('application/json')
    expect(request!.json).toEqual(buildSlackMessage(rolledBackRun(), { runUrl: RUN_URL }))
    expect(run.notes).toEqual(['Notification sent.'])
    expect(log.text()).not.toContain('chat-secret-path')
  })

  test('a failed rollback: the notification and the page, side by side', async () => {
    // Each answer is held 1.5 s: sent one after the other, the second would arrive after the first's answer.
    chat.respond([{ status: 200, text: 'ok', delayMs: 1500 }])
    pager.respond([{ status: 200, text: 'ok', delayMs: 1500 }])
    const { notifier: send } = notifier()
    const run = rollbackFailedRun()
    await send.finished(run)
    expect(chat.requests).toHaveLength(1)
    expect(pager.requests).toHaveLength(1)
    expect(Math.abs(chat.requests[0]!.at - pager.requests[0]!.at)).toBeLessThan(1500)
    expect(pager.requests[0]!.json).toEqual(buildSlackMessage(rollbackFailedRun(), { runUrl: RUN_URL, page: true }))
    expect(run.notes.sort()).toEqual(['Notification sent.', 'Page sent.'])
  })

  test('a success is sent only with notify-on-success', async () => {
    const success = { ...rolledBackRun(), status: 'success' as const }
    await notifier().notifier.finished(success)
    expect(chat.requests).toHaveLength(0)
    await notifier({ notifyOnSuccess: true }).notifier.finished(success)
    expect(chat.requests).toHaveLength(1)
    expect(chat.requests[0]!.json.text).toMatch(/^✅ Deployed: production/)
    expect(pager.requests).toHaveLength(0)
  })

  test('retries a 500 and a dropped connection within the bound; a 404 is not retried', async () => {
    chat.respond([{ status: 500, text: 'oops' }, 'drop', { status: 200, text: 'ok' }])
    const { notifier: send, log } = notifier()
    await send.finished(rolledBackRun())
    expect(chat.requests).toHaveLength(3)
    expect(log.text()).toMatch(/Notification sent after 3 attempts/)

    chat.requests.length = 0
    chat.respond([{ status: 404, text: 'no_service' }])
    const refused = notifier()
    const run = rolledBackRun()
    await refused.notifier.finished(run)
    expect(chat.requests).toHaveLength(1)
    expect(refused.log.text()).toMatch(
      /warn: The notification was not sent: HTTP 404: no_service \(not retried: the webhook refused it\)/
    )
    expect(run.notes).toEqual(['The notification could not be sent.'])
  })

  test('a hanging webhook costs its bound and no more', async () => {
    chat.respond(['hang'])
    pager.respond(['hang'])
    const policy = { budgetMs: 1_200, requestTimeoutMs: 500, baseDelayMs: 50, maxDelayMs: 100 }
    const { notifier: send, log } = notifier({}, policy)
    const started = performance.now()
    await send.finished(rollbackFailedRun())
    const took = performance.now() - started
    expect(took).toBeGreaterThan(1_000)
    expect(took).toBeLessThan(1_700)
    expect(log.text()).toMatch(/The notification was not sent: no answer within/)
    expect(log.text()).toMatch(/The page was not sent: no answer within/)
  })

  test('secrets never reach the payload', async () => {
    const { notifier: send, log } = notifier()
    log.secret('db-pass-1234')
    log.secret('s3cr"et-token')
    const run = rolledBackRun()
    run.outcome!.reason = `deploy: exited 1: postgresql://app:db-pass-1234@db/app token=s3cr"et-token hook=${chat.url}/services/T000/B000/chat-secret-path`
    run.outcome!.failedStep = 'deploy'
    await send.finished(run)
    const body = chat.requests[0]!.body
    for (const secret of ['db-pass-1234', 's3cr', 'chat-secret-path']) expect(body).not.toContain(secret)
    expect(chat.requests[0]!.json.blocks[2].text.text).toBe(
      `*Reason:* deploy: exited 1: postgresql://app:***@db/app token=*** hook=***\n*Rollback:* Rolled back to 1111111 in 2 s; it is healthy`
    )
  })
})

/** Whole deploys through the bundle, with the webhooks as real HTTP servers on loopback. */
describe('notifications from a deploy (the bundle)', () => {
  const health = useServer(
    () => LiveVersionHealth.start(),
    (h) => h.close()
  )
  let chat: Recorder
  let pager: Recorder

  beforeAll(async () => {
    chat = await Recorder.start([{ status: 200, text: 'ok' }])
    pager = await Recorder.start([{ status: 200, text: 'ok' }])
  })
  afterAll(async () => {
    await chat?.close()
    await pager?.close()
  })

  const chatPath = '/services/T0AB/B0CD/xoxSecretPart123'
  const pagePath = '/integration/pager-secret-987/enqueue'

  async function deploy(repo: TestRepo, inputs: Record<string, string> = {}): Promise<ActionRun> {
    health().follow(repo.dir)
    chat.requests.length = 0
    pager.requests.length = 0
    return runAction({
      cwd: repo.dir,
      inputs: {
        'deploy-command': 'echo "$DEPLOY_VERSION" > .live-version',
        'health-urls': `${health().url}/health`,
        'health-retries': '2',
        'health-interval-seconds': '0',
        // Generous: a loaded CI machine (the suite runs twice, two files at once) must not fail a check.
        'health-timeout-seconds': '10',
        'notify-webhook-url': `${chat.url}${chatPath}`,
        'page-webhook-url': `${pager.url}${pagePath}`,
        ...inputs
      },
      env: {
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_RUN_ID: '4242',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_SERVER_URL: 'https://github.com'
      }
    })
  }

  function expectMasked(run: ActionRun): void {
    const stdout = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
    for (const text of [stdout, run.stderr, run.summary, JSON.stringify(run.result), JSON.stringify(run.outputs)]) {
      expect(text).not.toContain('xoxSecretPart123')
      expect(text).not.toContain('pager-secret-987')
    }
  }

  test('success: no message unless notify-on-success; then exactly one', async () => {
    const repo = new TestRepo('notify-')
    repo.commit({ '.gitignore': '.live-version\n.deploy-state/\n', 'app.txt': 'v1' })
    const quiet = await deploy(repo)
    expect(quiet.result?.status).toBe('success')
    expect(chat.requests).toHaveLength(0)
    repo.commit({ 'app.txt': 'v2' })
    const loud = await deploy(repo, { 'notify-on-success': 'true' })
    expect(loud.result?.status).toBe('success')
    expect(chat.requests).toHaveLength(1)
    expect(pager.requests).toHaveLength(0)
    expect(chat.requests[0]!.path).toBe(chatPath)
    expect(chat.requests[0]!.json.text).toMatch(
      /^✅ Deployed: production \([0-9a-f]{7} → [0-9a-f]{7}\) https:\/\/github.com\/acme\/shop\/actions\/runs\/4242\/attempts\/2$/
    )
    expect(loud.summary).toContain('Notification sent.')
    expectMasked(loud)
  })

  test('the rollback failed too: one notification and one page, after the rollback, naming the facts', async () => {
    const repo = new TestRepo('notify-')
    const v1 = repo.commit({ '.gitignore': '.live-version\n.deploy-state/\n', 'app.txt': 'v1' })
    expect((await deploy(repo)).result?.status).toBe('success')
    const v2 = repo.commit({ 'app.txt': 'v2' })
    health().bad.add(v1)
    health().bad.add(v2)
    const run = await deploy(repo)
    expect(run.result?.status).toBe('rollback_failed')
    expect(chat.requests).toHaveLength(1)
    expect(pager.requests).toHaveLength(1)
    const end = Math.max(
      ...run.result!.steps.map(
        (s: { started_at: string; duration_ms: number }) => Date.parse(s.started_at) + s.duration_ms
      )
    )
    expect(chat.requests[0]!.at).toBeGreaterThanOrEqual(end)
    const page = pager.requests[0]!.json
    const text = JSON.stringify(page)
    expect(page.text).toMatch(
      new RegExp(
        `^🚨 PAGE: Deploy failed and the rollback failed: production \\(${v1.slice(0, 7)} → ${v2.slice(0, 7)}\\): `
      )
    )
    expect(text).toContain('*Manual intervention needed:* the rollback to')
    expect(text).toContain('*Environment*\\nproduction')
    expect(text).toContain(`\`${v1.slice(0, 7)} → ${v2.slice(0, 7)}\``)
    expect(text).toContain(`${health().url}/health`)
    expect(text).toContain('<https://github.com/acme/shop/actions/runs/4242/attempts/2|View the run>')
    expect(chat.requests[0]!.json.blocks[0].text.text).toBe('🚨 Deploy failed and the rollback failed: production')
    expect(run.summary).toContain('Page sent.')
    expectMasked(run)
  })

  test('a failing webhook is a warning, never a failed deploy', async () => {
    chat.respond([{ status: 500, text: 'down' }])
    try {
      const repo = new TestRepo('notify-')
      repo.commit({ '.gitignore': '.live-version\n.deploy-state/\n', 'app.txt': 'v1' })
      const started = Date.now()
      const run = await deploy(repo, { 'notify-on-success': 'true' })
      expect(run.exitCode, run.stdout).toBe(0)
      expect(run.result?.status).toBe('success')
      expect(chat.requests.length).toBeGreaterThanOrEqual(2)
      expect(Date.now() - started).toBeLessThan(WEBHOOK_DELIVERY.budgetMs + 6_000)
      expect(run.stdout).toMatch(
        /::warning::The notification was not sent: HTTP 500: down \(gave up after \d+ attempts in \d+\.\d s\)/
      )
      expectMasked(run)
    } finally {
      chat.respond([{ status: 200, text: 'ok' }])
    }
  }, 60_000)
})
