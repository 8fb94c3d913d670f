import { describe, expect, it } from 'vitest'
import { createClassifier, defaultPathRules, parsePathRule, type PathRule } from '../src/settings/rules.js'

describe('path rules', () => {
  const classify = createClassifier(defaultPathRules())

  it.each([
    ['.claude/settings.json', 'rebuild'],
    ['Dockerfile', 'rebuild'],
    ['services/api/Dockerfile', 'rebuild'],
    ['Containerfile', 'rebuild'],
    ['requirements.txt', 'rebuild'],
    ['requirements-dev.txt', 'rebuild'],
    ['pyproject.toml', 'rebuild'],
    ['poetry.lock', 'rebuild'],
    ['package.json', 'rebuild'],
    ['package-lock.json', 'rebuild'],
    ['.env', 'restart'],
    ['.env.production', 'restart'],
    ['README.md', 'ignore'],
    ['docs/guide/intro.txt', 'ignore'],
    ['src/notes/CHANGES.md', 'ignore'],
    ['LICENSE', 'ignore'],
    ['claude_hitl_template/agent.py', 'redeploy'],
    ['data/config/agents.yaml', 'redeploy'],
    ['web/package.json', 'redeploy']
  ])('%s => %s', (path, impact) => {
    expect(classify(path).impact).toBe(impact)
  })

  it('puts user rules first: the first match wins', () => {
    const user = parsePathRule('docs/api/** => redeploy', 'user') as PathRule
    const classifyWithUser = createClassifier([user, ...defaultPathRules()])
    expect(classifyWithUser('docs/api/openapi.yaml')).toEqual({
      path: 'docs/api/openapi.yaml',
      impact: 'redeploy',
      rule: 'docs/api/** => redeploy'
    })
    expect(classifyWithUser('docs/other.txt').impact).toBe('ignore')
  })

  it.each([
    ['src/**', 'is not of the form GLOB => IMPACT'],
    ['src/** => deploy', 'has impact "deploy"'],
    ['=> rebuild', 'is not of the form'],
    ['src/[abc => rebuild', 'does not compile']
  ])('rejects %s with the reason', (line, reason) => {
    const parsed = parsePathRule(line, 'user')
    expect(typeof parsed).toBe('string')
    expect(parsed).toContain(reason)
  })

  it('accepts impacts in any case and spacing', () => {
    expect(parsePathRule('  infra/**   =>   REBUILD ', 'user')).toEqual({
      glob: 'infra/**',
      impact: 'rebuild',
      origin: 'user'
    })
  })
})
