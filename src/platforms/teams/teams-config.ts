import { PUBLIC, withOverrides, type CloudEnvironment } from '@microsoft/teams.api';

export interface TeamsConfig {
  /** TEAMS_APP_ID: the Azure Bot's Microsoft App ID; also the audience every inbound token must carry. */
  appId?: string;
  /** TEAMS_APP_PASSWORD: the app registration's client secret, used to fetch outbound tokens. */
  appPassword?: string;
  /** TEAMS_TENANT_ID: the tenant of a single-tenant bot registration. */
  tenantId?: string;
  /** TEAMS_ALLOW_UNAUTHENTICATED: local trials only; refused in production and with credentials. */
  allowUnauthenticated?: boolean;
  /** TEAMS_SERVICE_URL: connector URL for proactive sends (tests, sovereign clouds). */
  serviceUrl?: string;
  /** Where Bot Framework signing keys are published; must end in /openidconfiguration (keys are read from …/keys). */
  openIdMetadataUrl?: string;
  /** Expected `iss` of inbound tokens. */
  tokenIssuer?: string;
  /** Tests only: a JWT-shaped outbound token instead of fetching one with the app password. */
  token?: (scope: string | string[], tenantId?: string) => string | Promise<string>;
  /** Key for signing card buttons; defaults to one derived from the app password (or a per-process key). */
  cardSecret?: string;
  /** TEAMS_FILE_HOSTS: extra host names (and their subdomains) Teams file attachments may come from. */
  fileHosts?: string[];
  /** NODE_ENV=production. */
  production?: boolean;
}

export class TeamsConfigError extends Error {
  override readonly name = 'TeamsConfigError';
}

export const DEFAULT_SERVICE_URL = 'https://smba.trafficmanager.net/teams';

/** Fail fast with every problem listed, each saying how to fix it. */
export function checkTeamsConfig(config: TeamsConfig): void {
  const problems: string[] = [];
  const credentials = Boolean(config.appId);
  if (config.allowUnauthenticated && config.production) {
    problems.push('TEAMS_ALLOW_UNAUTHENTICATED is refused when NODE_ENV=production: every Teams request must carry a valid Bot Framework token. Remove it and set TEAMS_APP_ID and TEAMS_APP_PASSWORD.');
  }
  if (config.allowUnauthenticated && credentials) {
    problems.push('TEAMS_ALLOW_UNAUTHENTICATED cannot be combined with TEAMS_APP_ID: unsigned requests could make the bot send its token to any server. Use one or the other.');
  }
  if (!credentials && !config.allowUnauthenticated) {
    problems.push('Teams needs TEAMS_APP_ID and TEAMS_APP_PASSWORD (or, for local trials only, TEAMS_ALLOW_UNAUTHENTICATED=true).');
  }
  if (credentials && !config.appPassword && !config.token) problems.push('TEAMS_APP_PASSWORD is required with TEAMS_APP_ID.');
  if (!credentials && config.appPassword) problems.push('TEAMS_APP_ID is required with TEAMS_APP_PASSWORD.');
  if (config.openIdMetadataUrl && !config.openIdMetadataUrl.endsWith('/openidconfiguration')) {
    problems.push(`The OpenID metadata URL must end in /openidconfiguration (got ${config.openIdMetadataUrl}).`);
  }
  for (const url of [config.serviceUrl, config.openIdMetadataUrl]) {
    if (url && !/^https?:\/\/[^\s]+$/.test(url)) problems.push(`Not a URL: ${url}. Example: ${DEFAULT_SERVICE_URL}`);
  }
  if (problems.length) throw new TeamsConfigError(`Teams configuration is invalid:\n${problems.map((p) => `- ${p}`).join('\n')}`);
}

/** The public cloud, with the token-validation endpoints overridable for tests and sovereign clouds. */
export function toCloud(config: TeamsConfig): CloudEnvironment {
  return withOverrides(PUBLIC, {
    ...(config.openIdMetadataUrl ? { openIdMetadataUrl: config.openIdMetadataUrl } : {}),
    ...(config.tokenIssuer ? { tokenIssuer: config.tokenIssuer } : {}),
  });
}
