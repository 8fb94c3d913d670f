/** A problem with what the user asked for: named input, what is wrong, how to fix it. Exit code 1. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? `Invalid input: ${problems[0]}`
        : `Invalid inputs:\n${problems.map((p) => `  - ${p}`).join('\n')}`
    )
    this.name = 'SettingsError'
  }
}
