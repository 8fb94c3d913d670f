/**
 * What one state is about, for messages: `production`, or `api (production)` for a service. Its own
 * module, free of imports, so that the entry's error path can use it without loading the schema.
 */
export function targetName(environment: string, service?: string): string {
  return service ? `${service} (${environment})` : environment
}
