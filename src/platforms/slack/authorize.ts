import type { Authorize, AuthorizeResult, webApi } from '@slack/bolt';

export interface CachedAuthorize {
  authorize: Authorize<boolean>;
  /** auth.test once; a failure is not cached, so the next event tries again. */
  verify(): Promise<AuthorizeResult>;
}

/**
 * Bolt's built-in single-token authorization calls auth.test in its constructor and caches a failure
 * for ever (and leaves it unhandled). This one asks when first needed and caches only success.
 */
export function createAuthorize(client: webApi.WebClient, botToken: string): CachedAuthorize {
  let cached: Promise<AuthorizeResult> | undefined;
  const verify = () => {
    cached ??= client.auth.test().then(
      (r): AuthorizeResult => ({ botToken, ...(r.bot_id ? { botId: r.bot_id } : {}), ...(r.user_id ? { botUserId: r.user_id } : {}), ...(r.team_id ? { teamId: r.team_id } : {}) }),
      (error: unknown) => {
        cached = undefined;
        throw error;
      },
    );
    return cached;
  };
  return { authorize: () => verify(), verify };
}
