import { z } from 'zod'
import { PLATFORMS, STRATEGIES } from '../settings/inputs.js'
import { SettingsError } from '../settings/errors.js'
import { OPERATIONS } from '../settings/settings.js'
import { PLAN_SCHEMA_VERSION, type Plan } from './plan.js'

const files = z.array(z.string())
const planSchema = z.looseObject({
  schema_version: z.literal(PLAN_SCHEMA_VERSION),
  environment: z.string().min(1),
  service: z.string().min(1).optional(),
  platform: z.enum(PLATFORMS),
  strategy: z.enum(STRATEGIES),
  operation: z.enum(OPERATIONS),
  decided_by: z.enum(['analysis', 'override']),
  requires_approval: z.boolean(),
  approval_policy: z.array(z.enum(OPERATIONS)),
  reasons: z.array(z.string()),
  version: z.string().min(1),
  previous_version: z.string().nullable(),
  state_sequence: z.number().int().min(0),
  config_commits: z.record(z.string(), z.string().regex(/^[0-9a-f]{40,64}$/)),
  records_config: z.boolean(),
  changes: z.object({ rebuild: files, restart: files, redeploy: files, ignore: files }),
  config_changes: z.array(
    z.object({
      name: z.string(),
      source: z.string(),
      from: z.string().optional(),
      to: z.string(),
      commits: z.array(z.object({ sha: z.string(), subject: z.string() })),
      total: z.number().int(),
      note: z.string().optional()
    })
  ),
  service_up: z.boolean().nullable(),
  steps: z.array(z.string()),
  created_at: z.string()
})

/** The `plan` input: the JSON a `mode: plan` run put in its `plan` output, checked field by field. */
export function parsePlanInput(text: string): Plan {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new SettingsError([
      `\`plan\`: not valid JSON (${(error as Error).message}); pass the \`plan\` output of a \`mode: plan\` run unchanged`
    ])
  }
  const parsed = planSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new SettingsError([
      `\`plan\`: ${issue?.path.join('.') || 'plan'}: ${issue?.message}; pass the \`plan\` output of a \`mode: plan\` run unchanged`
    ])
  }
  if (parsed.data.operation === 'rollback')
    throw new SettingsError(['`plan`: a rollback is run with `mode: rollback`, not as a plan'])
  return parsed.data as Plan
}
