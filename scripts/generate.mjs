// Generates, from src/settings/inputs.ts (the one list of inputs): action.yml's inputs and outputs,
// the config file's JSON Schema, and the README's input table (between its GENERATED markers).
// `node scripts/generate.mjs --check` fails instead of writing when any of them is stale.
import { readFileSync, writeFileSync, existsSync } from 'node:fs'

const check = process.argv.includes('--check')
// The list is TypeScript and imports nothing: TypeScript's own transpiler turns it into a module.
const ts = (await import('typescript')).default
const source = readFileSync('src/settings/inputs.ts', 'utf8')
const js = ts.transpileModule(source, {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
}).outputText
const { INPUTS, OUTPUTS } = await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`)

const quote = (text) => JSON.stringify(text)
const stale = []
const write = (path, text) => {
  const old = existsSync(path) ? readFileSync(path, 'utf8') : ''
  if (old === text) return
  if (check) stale.push(path)
  else writeFileSync(path, text)
}

// action.yml: no defaults but github-token's, so the config file can fill what the workflow leaves out.
const actionYml = [
  '# Generated from src/settings/inputs.ts by `npm run generate`: edit there.',
  "name: 'deploy-orchestrator'",
  "description: 'Deploys only what changed, asks before risky steps, proves the new version healthy and rolls back by itself.'",
  "author: 'deploy-orchestrator'",
  'branding:',
  '  icon: upload-cloud',
  '  color: blue',
  'inputs:',
  ...INPUTS.flatMap((input) => [
    `  ${input.name}:`,
    `    description: ${quote(`${input.description}${input.default ? ` Default: ${input.default}.` : ''}`)}`,
    '    required: false',
    ...(input.actionDefault ? [`    default: ${quote(input.actionDefault)}`] : [])
  ]),
  'outputs:',
  ...OUTPUTS.flatMap((output) => [`  ${output.name}:`, `    description: ${quote(output.description)}`]),
  'runs:',
  "  using: 'node24'",
  "  main: 'dist/index.js'",
  ''
].join('\n')
write('action.yml', actionYml)

// JSON Schema for the config file (editors complete and check it through `$schema` or yaml-language-server).
const property = (input) => {
  const base = { description: input.description + (input.default ? ` Default: ${input.default}.` : '') }
  switch (input.kind) {
    case 'boolean':
      return { ...base, type: 'boolean' }
    case 'integer':
      return { ...base, type: 'integer', minimum: 0 }
    case 'enum':
      return {
        ...base,
        type: 'string',
        enum: input.name === 'strategy' ? [...input.values, 'blue_green'] : [...input.values]
      }
    case 'multiline':
      return {
        ...base,
        oneOf: [
          { type: 'string' },
          { type: 'array', items: { type: 'string' } },
          ...(input.name === 'config-repos' ? [{ type: 'object', additionalProperties: { type: 'string' } }] : [])
        ]
      }
    default:
      return {
        ...base,
        oneOf: [
          { type: 'string' },
          ...(input.name === 'approval-required-for' || input.name === 'digitalocean-components'
            ? [{ type: 'array', items: { type: 'string' } }]
            : [])
        ]
      }
  }
}
const fileInputs = INPUTS.filter(
  (input) => !input.secret && !['config-file', 'plan', 'environment', 'service'].includes(input.name)
)
const settingsObject = {
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(fileInputs.map((i) => [i.name, property(i)]))
}
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/org/deploy-orchestrator/blob/v1/schema/deploy-orchestrator.schema.json',
  title: 'deploy-orchestrator configuration',
  description:
    'The config file of deploy-orchestrator (.github/deploy-orchestrator.yml). Every action input except secrets; an explicit input wins.',
  ...settingsObject,
  properties: {
    $schema: { type: 'string' },
    ...settingsObject.properties,
    environments: {
      description: 'Per-environment overrides: environment name to settings.',
      type: 'object',
      additionalProperties: settingsObject
    },
    services: {
      description:
        'Many services in one repository: service name to its folder, the globs it watches, its wave and its own settings. Strongest first: an explicit input, services.<name>.environments.<env>, services.<name>, environments.<env>, the top level.',
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[a-z0-9][a-z0-9-]{0,62}$', not: { const: 'all' } },
      additionalProperties: {
        type: 'object',
        required: ['path'],
        $ref: '#/$defs/serviceSettings',
        properties: {
          path: {
            description:
              "The service's folder, relative to the repository root. Its files are classified by the path rules against their path inside it.",
            type: 'string',
            minLength: 1
          },
          watch: {
            description:
              'Repository-relative globs outside `path` that concern the service too (e.g. `libs/common/**`), classified against their repository path.',
            oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }]
          },
          wave: {
            description: 'The order services deploy in: every service of wave 1, then 2, then 3. Default: 1.',
            enum: [1, 2, 3]
          },
          environments: {
            description: "Per-environment overrides of this service's settings.",
            type: 'object',
            additionalProperties: { $ref: '#/$defs/serviceSettings', unevaluatedProperties: false }
          }
        },
        unevaluatedProperties: false
      }
    }
  },
  $defs: {
    // A service takes every setting of the file but `mode` (one run plans or reports every service alike).
    serviceSettings: {
      type: 'object',
      properties: Object.fromEntries(Object.entries(settingsObject.properties).filter(([name]) => name !== 'mode'))
    }
  }
}
write('schema/deploy-orchestrator.schema.json', `${JSON.stringify(schema, null, 2)}\n`)

// README input and output tables.
if (existsSync('README.md')) {
  const readme = readFileSync('README.md', 'utf8')
  const cell = (text) => text.replace(/\|/g, '\\|')
  const groups = {
    core: 'Core',
    analysis: 'What changed',
    state: 'State',
    health: 'Health checks',
    metrics: 'Metrics (Prometheus)',
    rollback: 'Rollback and canary',
    command: 'Command platform',
    github: 'GitHub',
    digitalocean: 'DigitalOcean',
    kubernetes: 'Kubernetes',
    database: 'Database',
    hardening: 'Hardening loop and notifications'
  }
  const table = [
    '<!-- GENERATED:inputs (npm run generate) -->',
    '| Input | Default | What it does |',
    '|---|---|---|',
    ...Object.entries(groups).flatMap(([group, title]) => [
      `| **${title}** | | |`,
      ...INPUTS.filter((i) => i.group === group).map(
        (i) =>
          `| \`${i.name}\`${i.secret ? ' (secret)' : ''} | ${i.actionDefault ? `\`${i.actionDefault}\`` : i.default ? cell(i.default.includes('`') ? i.default : `\`${i.default}\``) : ''} | ${cell(i.description)}${i.values ? ` One of ${i.values.map((v) => `\`${v}\``).join(', ')}.` : ''} |`
      )
    ]),
    '',
    '| Output | What it holds |',
    '|---|---|',
    ...OUTPUTS.map((o) => `| \`${o.name}\` | ${cell(o.description)} |`),
    '<!-- /GENERATED:inputs -->'
  ].join('\n')
  const next = readme.replace(/<!-- GENERATED:inputs[\s\S]*?<!-- \/GENERATED:inputs -->/, table)
  write('README.md', next)
}

if (stale.length > 0) {
  console.error(`Stale generated files: ${stale.join(', ')}. Run \`npm run generate\` and commit the result.`)
  process.exit(1)
}
