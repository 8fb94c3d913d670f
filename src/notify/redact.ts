/**
 * Redacts every string inside a value (before it is serialised: a secret holding `"` or `\` would
 * be escaped in JSON text and slip past a redaction of the text alone).
 */
export function redactDeep<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact)) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, redact)])) as T
  }
  return value
}
