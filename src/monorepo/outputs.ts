import type { Plan } from '../plan/plan.js'
import type { Operation, ServiceSpec } from '../settings/settings.js'

/** One leg of the deploy matrix: a service with something to do. */
export interface MatrixEntry {
  service: string
  operation: Operation
  'requires-approval': 'true' | 'false'
  wave: 1 | 2 | 3
}

export interface PlannedService {
  service: ServiceSpec
  plan: Plan
}

/**
 * The outputs a workflow fans out from: `matrix` (every service with something to do, in the
 * config file's order), `matrix-1` to `matrix-3` (one wave each), and `plans` (service to its plan,
 * every service planned, which a deploy run of that service executes exactly).
 */
export function matrixOutputs(planned: readonly PlannedService[]): Record<string, string> {
  const include: MatrixEntry[] = planned
    .filter(({ plan }) => plan.operation !== 'none')
    .map(({ service, plan }) => ({
      service: service.name,
      operation: plan.operation,
      'requires-approval': plan.requires_approval ? 'true' : 'false',
      wave: service.wave
    }))
  const matrix = (entries: MatrixEntry[]) => JSON.stringify({ include: entries })
  return {
    matrix: matrix(include),
    'matrix-1': matrix(include.filter((entry) => entry.wave === 1)),
    'matrix-2': matrix(include.filter((entry) => entry.wave === 2)),
    'matrix-3': matrix(include.filter((entry) => entry.wave === 3)),
    plans: JSON.stringify(Object.fromEntries(planned.map(({ service, plan }) => [service.name, plan])))
  }
}
