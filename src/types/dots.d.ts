// @digitalocean/dots ships TypeScript sources but no declarations; type-checking its 12 MB of
// sources is slow, so tsconfig maps the package here. This declares only what the digitalocean
// platform uses: the client's request builders (URL templates), the API-key authentication and the
// error factory. Bodies travel as raw JSON bytes (see src/platforms/digitalocean/api.ts), so none of
// the generated models is declared.
import type {
  AuthenticationProvider,
  ParseNode,
  Parsable,
  RequestAdapter,
  RequestInformation
} from '@microsoft/kiota-abstractions'

interface RequestConfiguration {
  queryParameters?: Record<string, string | number | boolean | string[] | undefined>
}

/** Any generated request builder: each exposes the `to*RequestInformation` methods of its operations. */
export interface RequestBuilder {
  toGetRequestInformation(configuration?: RequestConfiguration): RequestInformation
  toPostRequestInformation(bodyOrConfiguration?: object): RequestInformation
  toPutRequestInformation(body: object): RequestInformation
  toPatchRequestInformation(body: object): RequestInformation
}

export interface DeploymentItemBuilder extends RequestBuilder {
  cancel: RequestBuilder
  logs: RequestBuilder
}

export interface AppItemBuilder extends RequestBuilder {
  deployments: RequestBuilder & { byDeployment_id(id: string): DeploymentItemBuilder }
  restart: RequestBuilder
  rollback: RequestBuilder & { validate: RequestBuilder; commit: RequestBuilder; revert: RequestBuilder }
}

export interface DomainItemBuilder extends RequestBuilder {
  records: RequestBuilder & { byDomain_record_id(id: number): RequestBuilder }
}

export interface DigitalOceanClient {
  v2: {
    apps: RequestBuilder & { byApp_Id(id: string): AppItemBuilder }
    domains: RequestBuilder & { byDomain_name(name: string): DomainItemBuilder }
  }
}

export function createDigitalOceanClient(requestAdapter: RequestAdapter): DigitalOceanClient

export class DigitalOceanApiKeyAuthenticationProvider implements AuthenticationProvider {
  constructor(apiKey: string)
  authenticateRequest(
    request: RequestInformation,
    additionalAuthenticationContext?: Record<string, unknown>
  ): Promise<void>
}

/** The factory dots registers for every error status: `{id, messageEscaped, requestId}`. */
export function createErrorEscapedFromDiscriminatorValue(
  parseNode: ParseNode | undefined
): (instance?: Parsable) => Record<string, (node: ParseNode) => void>
