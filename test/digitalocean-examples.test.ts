// examples/digitalocean/: the config file is valid for both of its environments, and the caller
// workflow passes only what the reusable workflow declares.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { parseConfigFile } from '../src/settings/config-file.js'
import { parseSettings } from '../src/settings/settings.js'
import { DigitalOceanPlatform } from '../src/platforms/digitalocean/platform.js'
import type { Log } from '../src/report/log.js'

const ROOT = join(import.meta.dirname, '..')
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const silent = { secret() {}, info() {}, warn() {}, debug() {} } as unknown as Log

describe('examples/digitalocean', () => {
  it('the config file sets blue-green with a DNS switch in production and rolling in staging, and the platform accepts both', () => {
    const configFile = parseConfigFile(read('examples/digitalocean/deploy-orchestrator.yml'), 'deploy-orchestrator.yml')
    for (const [environment, strategy] of [
      ['production', 'blue-green'],
      ['staging', 'rolling']
    ] as const) {
      const settings = parseSettings({
        inputs: (name) => (name === 'environment' ? environment : undefined),
        env: { DIGITALOCEAN_ACCESS_TOKEN: 'dop_v1_example' },
        configFile,
        cwd: ROOT
      })
      expect(settings).toMatchObject({ platform: 'digitalocean', strategy })
      expect(Boolean(settings.digitalocean.dnsDomain)).toBe(strategy === 'blue-green')
      const platform = new DigitalOceanPlatform(settings, silent)
      for (const operation of ['redeploy', 'rebuild', 'restart'] as const)
        expect(platform.check({ operation, strategy }, 'deploy')).toEqual([])
    }
  })

  it('the caller workflow builds, pushes and deploys by digest through the reusable workflow, with inputs and secrets it declares', () => {
    const caller = parse(read('examples/digitalocean/deploy.yml'))
    const reusable = parse(read('.github/workflows/deploy.yml'))
    const call = reusable.on.workflow_call
    const deploy = caller.jobs.deploy
    expect(deploy.uses).toMatch(/^org\/deploy-orchestrator\/\.github\/workflows\/deploy\.yml@/)
    expect(Object.keys(deploy.with).filter((name) => !(name in call.inputs))).toEqual([])
    expect(Object.keys(deploy.secrets).filter((name) => !(name in call.secrets))).toEqual([])
    expect(deploy.with['image-digest']).toBe('${{ needs.image.outputs.digest }}')
    expect(caller.jobs.image.outputs.digest).toBe('${{ steps.push.outputs.digest }}')
  })
})
