import { createInterface } from 'node:readline/promises'
import type { Plan } from '../plan/plan.js'
import type { Settings } from '../settings/settings.js'
import { targetName } from '../state/target.js'

/** Who let a plan run, and how: recorded in the state, the summary and the Deployment. */
export interface Approval {
  by: string
  how: 'not-required' | 'terminal' | 'flag' | 'environment'
  comment?: string
}

/** A gate said no: nothing ran, nothing was written. The message says what to set up. */
export class GateError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'GateError'
  }
}

/** Asks for, or checks, the approval of a plan that needs one. Throws GateError when refused. */
export interface ApprovalGate {
  approve(plan: Plan, describe: () => string): Promise<Approval>
}

/**
 * On the command line the person at the terminal approves, as the original agent asked before a
 * rebuild; `--approve` answers yes for scripts and is recorded as such.
 */
export class TerminalApprovalGate implements ApprovalGate {
  constructor(
    private readonly settings: Settings,
    private readonly input: NodeJS.ReadableStream = process.stdin,
    private readonly output: NodeJS.WritableStream = process.stderr
  ) {}

  async approve(plan: Plan, describe: () => string): Promise<Approval> {
    const user = process.env.USER ?? process.env.USERNAME ?? 'unknown user'
    if (this.settings.runtime.approve) return { by: `${user} (--approve)`, how: 'flag' }
    if (!this.settings.runtime.interactive) {
      throw new GateError(
        `this ${plan.operation} needs approval and no one is at a terminal to give it; run interactively, or pass --approve to approve in advance`
      )
    }
    this.output.write(`\n${describe()}\n`)
    const prompt = createInterface({ input: this.input, output: this.output })
    try {
      const answer = (
        await prompt.question(`Proceed with ${plan.operation} of ${targetName(plan.environment, plan.service)}? [y/N] `)
      )
        .trim()
        .toLowerCase()
      if (answer === 'y' || answer === 'yes') return { by: user, how: 'terminal' }
    } finally {
      prompt.close()
    }
    throw new GateError(
      `${plan.operation} of ${targetName(plan.environment, plan.service)} was not approved at the terminal; nothing ran`
    )
  }
}
