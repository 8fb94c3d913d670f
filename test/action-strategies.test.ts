import { describe, expect, it } from 'vitest'
import { HealthServer } from './support/health-server.js'
import { Scenario } from './support/scenario.js'
import { useServer } from './support/use-server.js'

const health = useServer(
  () => HealthServer.start(),
  (h) => h.stop()
)

describe('strategies on the command platform', () => {
  it('blue-green: deploys to the idle colour, checks it before traffic moves, switches, and alternates', async () => {
    const s = new Scenario({
      strategy: 'blue_green',
      'switch-command': 'echo "switch color=$DEPLOY_COLOR" >> "$COMMAND_LOG"',
      'health-urls': `${health().url('/{color}/health')}\n${health().url('/public')}`
    })
    const v1 = s.app.commit({ 'app.py': '1' })
    const first = await s.action()
    expect(first.exitCode, first.stdout).toBe(0)
    expect(s.commands()).toEqual([
      expect.stringContaining(`deploy op=redeploy version=${v1} previous= color=green`),
      'switch color=green'
    ])
    expect(s.state().current.color).toBe('green')
    const phases = first.result!.health_checks.map((c: any) => `${c.phase} ${c.endpoint}`)
    expect(phases).toEqual([
      `candidate ${health().url('/green/health')}`,
      expect.stringContaining('live'),
      expect.stringContaining('live')
    ])

    s.app.commit({ 'app.py': '2' })
    const second = await s.action()
    expect(second.outputs.status).toBe('success')
    expect(s.commands().slice(2)).toEqual([expect.stringContaining('color=blue'), 'switch color=blue'])
    expect(s.state().current.color).toBe('blue')
  })

  it('blue-green: an idle colour that fails its checks never takes traffic: failed, nothing rolled back', async () => {
    health().set('/blue/ready', { status: 503 })
    const s = new Scenario({
      strategy: 'blue-green',
      'switch-command': 'echo "switch $DEPLOY_COLOR" >> "$COMMAND_LOG"',
      'health-urls': health().url('/{color}/ready'),
      'rollback-command': 'echo rollback >> "$COMMAND_LOG"'
    })
    s.app.commit({ 'app.py': '1' })
    health().set('/green/ready', { status: 200 })
    expect((await s.action()).outputs.status).toBe('success')
    const v2 = s.app.commit({ 'app.py': '2' })
    const run = await s.action()
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ status: 'failed', 'rolled-back': 'false' })
    expect(s.commands().filter((c) => c.startsWith('switch'))).toEqual(['switch green'])
    expect(s.commands()).not.toContain('rollback')
    expect(run.summary).toContain('HTTP 503')
    expect(s.state().current.color).toBe('green')
    expect(s.state().known_bad[0].version).toBe(v2)
  })

  it('canary: shifts traffic in the given steps, checking after each', async () => {
    const s = new Scenario({
      strategy: 'canary',
      'canary-steps': '5,25,100',
      'switch-command': 'echo "weight=$DEPLOY_WEIGHT" >> "$COMMAND_LOG"',
      'health-urls': health().url('/health')
    })
    s.app.commit({ 'app.py': '1' })
    const run = await s.action()
    expect(run.exitCode, run.stdout).toBe(0)
    expect(s.commands().slice(1)).toEqual(['weight=5', 'weight=25', 'weight=100'])
    expect(run.result!.health_checks.map((c: any) => c.phase)).toEqual(['canary 5%', 'canary 25%', 'canary 100%'])
  })

  it('canary: a failing step shifts all traffic back and reports rolled_back', async () => {
    const s = new Scenario({
      strategy: 'canary',
      'switch-command':
        'echo "weight=$DEPLOY_WEIGHT op=$DEPLOY_OPERATION" >> "$COMMAND_LOG"; if [ "$DEPLOY_WEIGHT" = 50 ]; then touch "$COMMAND_LOG.broken"; else rm -f "$COMMAND_LOG.broken"; fi'
    })
    health().set('/canary', { failWhileExists: `${s.logFile}.broken` })
    s.app.commit({ 'app.py': '1' })
    expect((await s.action({ 'health-urls': health().url('/canary'), 'canary-steps': '100' })).outputs.status).toBe(
      'success'
    )
    s.app.commit({ 'app.py': '2' })
    const run = await s.action({ 'health-urls': health().url('/canary') })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ status: 'rolled_back', 'rolled-back': 'true' })
    expect(s.commands().slice(-3)).toEqual(['weight=10 op=redeploy', 'weight=50 op=redeploy', 'weight=0 op=rollback'])
    expect(run.summary).toContain('HTTP 503')
  })
})
