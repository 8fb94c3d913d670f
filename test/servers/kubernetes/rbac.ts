// Who may do what: the bearer token (or client certificate) names a user, and a user's rules are
// a Role's (`apiGroups`, `resources`, `verbs`, optional `resourceNames`). No rules: everything.

export interface PolicyRule {
  apiGroups: string[]
  resources: string[]
  verbs: string[]
  resourceNames?: string[]
}

export interface Identity {
  user: string
  groups: string[]
  /** undefined: allowed everything (cluster-admin). */
  rules?: PolicyRule[]
}

export interface Attributes {
  verb: string
  group: string
  resource: string
  subresource?: string
  namespace?: string
  name?: string
}

const has = (list: string[] | undefined, v: string) => !!list && (list.includes('*') || list.includes(v))

export function allowed(id: Identity, a: Attributes): boolean {
  if (!id.rules) return true
  const res = a.subresource ? `${a.resource}/${a.subresource}` : a.resource
  return id.rules.some(
    (r) =>
      has(r.apiGroups, a.group) &&
      (has(r.resources, res) || (a.subresource !== undefined && r.resources.includes(`*/${a.subresource}`))) &&
      has(r.verbs, a.verb) &&
      (!r.resourceNames || r.resourceNames.length === 0 || (a.name !== undefined && r.resourceNames.includes(a.name)))
  )
}

/** `deployments.apps "web" is forbidden: User "x" cannot patch resource "deployments" in API group "apps" in the namespace "prod"` */
export function forbiddenMessage(id: Identity, a: Attributes): string {
  const qualified = a.group ? `${a.resource}.${a.group}` : a.resource
  const what = a.name ? `${qualified} "${a.name}"` : qualified
  const res = a.subresource ? `${a.resource}/${a.subresource}` : a.resource
  const where = a.namespace ? ` in the namespace "${a.namespace}"` : ' at the cluster scope'
  return `${what} is forbidden: User "${id.user}" cannot ${a.verb} resource "${res}" in API group "${a.group}"${where}`
}
