import type { webApi } from '@slack/bolt';
import type { IdentityResolver } from '../../core/ports';

/**
 * A Slack user's verified workspace email, from `users.info` (scopes `users:read` and `users:read.email`).
 * Bots, deleted users and unconfirmed emails give undefined.
 */
export function createSlackIdentityResolver(client: webApi.WebClient): IdentityResolver {
  return {
    platform: 'slack',
    async emailOf(caller) {
      const result = await client.users.info({ user: caller.id });
      const user = result.user;
      if (!user || user.deleted || user.is_bot) return undefined;
      if (user.is_email_confirmed === false) return undefined;
      return user.profile?.email || undefined;
    },
  };
}
