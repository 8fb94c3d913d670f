import picomatch from 'picomatch'
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

  it("classifies exactly as picomatch's matcher on generated paths (first matching rule wins)", () => {
    const globs = [
      'infra/**',
      '**/Dockerfile.*',
      'build/*.gradle',
      '**/go.mod',
      'services/*/requirements*.txt',
      'charts/**/values*.yaml',
      'config/*.env',
      '**/.env.local',
      'deploy/**/*.{yml,yaml}',
      'docs/**/*.{png,svg}',
      '**/__snapshots__/**',
      '**/*.test.{ts,js}',
      '**/test/**',
      '.github/**',
      '**/*.txt',
      'CHANGELOG*',
      'services/**/src/**',
      'lib/[a-m]*/**',
      'api/v[0-9]/**',
      'a/?/b',
      '**/.*',
      '**/*.',
      '*/**/x',
      '**/x/**',
      'src/!(vendor)/**',
      'pkg/@(a|b)/*.js',
      'lit/\\*.md',
      'w/[(]x',
      '{a,b}/{c,d}/**'
    ]
    const rules = [
      ...globs.map(
        (glob, i) =>
          parsePathRule(`${glob} => ${['ignore', 'redeploy', 'restart', 'rebuild'][i % 4]}`, 'user') as PathRule
      ),
      ...defaultPathRules()
    ]
    expect(rules.every((rule) => typeof rule === 'object')).toBe(true)
    const matchers = rules.map((rule) => picomatch(rule.glob, { dot: true }))
    const expected = (path: string) => {
      const index = matchers.findIndex((isMatch) => isMatch(path))
      const rule = rules[index]
      return rule ? { path, impact: rule.impact, rule: `${rule.glob} => ${rule.impact}` } : { path, impact: 'redeploy' }
    }
    const segments = [
      'infra',
      'docs',
      'deploy',
      'services',
      'api',
      'src',
      'lib',
      'libx',
      'mlib',
      'charts',
      'config',
      'test',
      'a',
      'b',
      'c',
      'd',
      'x',
      'w',
      '(x',
      '.',
      '..',
      '...',
      '.github',
      '.env',
      '.env.local',
      '.env.prod',
      '__snapshots__',
      'go.mod',
      'Dockerfile',
      'Dockerfile.dev',
      'values-prod.yaml',
      'app.yml',
      'README.md',
      'notes.txt',
      'x.test.ts',
      'vendor',
      'pkg',
      'file.',
      'v2',
      'vx',
      '*.md',
      'CHANGELOG.md',
      'requirements-dev.txt',
      'build.gradle',
      'logo.png',
      'lit',
      ''
    ]
    let seed = 12345
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return seed / 4294967296
    }
    const paths = ['', ...rules.map((rule) => rule.glob)]
    for (let i = 0; i < 20_000; i++) {
      const depth = 1 + Math.floor(next() * 5)
      let path = Array.from({ length: depth }, () => segments[Math.floor(next() * segments.length)]).join('/')
      if (next() < 0.05) path = `/${path}`
      if (next() < 0.05) path = `${path}/`
      paths.push(path)
    }
    // Every glob matches some paths and not others, some paths have dot segments, and many rules are
    // the first match of some path, or the comparison proves little.
    for (const isMatch of matchers) {
      expect(paths.some((path) => isMatch(path))).toBe(true)
      expect(paths.some((path) => !isMatch(path))).toBe(true)
    }
    expect(new Set(paths.map((path) => expected(path).rule)).size).toBeGreaterThan(25)
    expect(paths.some((path) => /(^|\/)\.{1,2}(\/|$)/.test(path))).toBe(true)
    const classify = createClassifier(rules)
    const reversed = [...rules].reverse()
    const classifyReversed = createClassifier(reversed)
    const reversedMatchers = reversed.map((rule) => picomatch(rule.glob, { dot: true }))
    for (const path of paths) {
      expect(classify(path)).toEqual(expected(path))
      const index = reversedMatchers.findIndex((isMatch) => isMatch(path))
      expect(classifyReversed(path).rule).toBe(
        index < 0 ? undefined : `${reversed[index]!.glob} => ${reversed[index]!.impact}`
      )
    }
  })
})
