/**
 * What the adapter needs from Slack, checked against manifest/slack.json by a test: every Web API method
 * it calls (with the bot scope, if any), every event it listens to, and the other scopes it relies on.
 */
export const WEB_API_SCOPES: Readonly<Record<string, string | null>> = {
  'auth.test': null,
  'chat.postMessage': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'chat.update': 'chat:write',
  'chat.unfurl': 'links:write',
  'conversations.open': 'im:write',
  /** A new leader checks whether a message the killed one had claimed went out (also groups:/im:history, below). */
  'conversations.history': 'channels:history',
  'views.open': null,
  'views.publish': null,
  /** The user's verified email, matched to the directory so people are linked without `link`. */
  'users.info': 'users:read',
  /** Called with the app-level token (connections:write), not the bot token. */
  'apps.connections.open': null,
};

/** Events API subscriptions (as the manifest names them) and the scope each needs. */
export const EVENT_SCOPES: Readonly<Record<string, string | null>> = {
  app_home_opened: null,
  app_mention: 'app_mentions:read',
  'message.im': 'im:history',
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
  link_shared: 'links:read',
};

export const OTHER_SCOPES: Readonly<Record<string, string>> = {
  commands: 'the /sec slash command',
  'files:read': 'download files shared with the bot for import',
  'users:read.email': 'read the email in users.info, to link people to their directory entry by email',
};

export function requiredBotScopes(): string[] {
  const scopes = [...Object.values(WEB_API_SCOPES), ...Object.values(EVENT_SCOPES), ...Object.keys(OTHER_SCOPES)];
  return [...new Set(scopes.filter((s): s is string => s !== null))].sort();
}
