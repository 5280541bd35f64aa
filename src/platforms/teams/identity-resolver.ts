import { Client } from '@microsoft/teams.api';
import type { IdentityResolver } from '../../core/ports';

/**
 * A Teams member's email (or, failing that, their user principal name) from the conversation member API
 * (GET /v3/conversations/{id}/members/{userId}) on the conversation's own service URL.
 */
export function createTeamsIdentityResolver(http: () => Client['http'], serviceUrlOverride?: string): IdentityResolver {
  return {
    platform: 'teams',
    async emailOf(caller) {
      const address = caller.address;
      if (address?.platform !== 'teams' || !address.conversationId) return undefined;
      const serviceUrl = (serviceUrlOverride ?? address.serviceUrl).replace(/\/+$/, '');
      if (!serviceUrl) return undefined;
      const member = await new Client(serviceUrl, http()).conversations.members(address.conversationId).getById(caller.id);
      const email = member.email || member.userPrincipalName;
      return email && email.includes('@') ? email : undefined;
    },
  };
}
