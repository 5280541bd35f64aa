import { z } from 'zod';

/** Where a message can be delivered. Stored as data so the notifier can post proactively. */
export const slackAddressSchema = z.object({
  platform: z.literal('slack'),
  teamId: z.string().optional(),
  /** Channel id (C…, G…) or DM channel (D…); absent when `userId` should be opened as a DM. */
  channelId: z.string().optional(),
  userId: z.string().optional(),
  threadTs: z.string().optional(),
});

export const teamsAddressSchema = z.object({
  platform: z.literal('teams'),
  conversationId: z.string(),
  serviceUrl: z.string(),
  tenantId: z.string().optional(),
  /** Set for 1:1 conversations: the user's AAD object id or Teams id. */
  userId: z.string().optional(),
  conversationType: z.enum(['personal', 'groupChat', 'channel']).optional(),
});

export const consoleAddressSchema = z.object({
  platform: z.literal('console'),
  name: z.string().default('console'),
});

/** A mailbox: a person's work email (`personId` set: their links and unsubscribe work), or a committee's list. */
export const emailAddressSchema = z.object({
  platform: z.literal('email'),
  to: z.string().email(),
  personId: z.string().optional(),
});

export const addressSchema = z.discriminatedUnion('platform', [
  slackAddressSchema,
  teamsAddressSchema,
  consoleAddressSchema,
  emailAddressSchema,
]);

export type SlackAddress = z.infer<typeof slackAddressSchema>;
export type TeamsAddress = z.infer<typeof teamsAddressSchema>;
export type EmailAddress = z.infer<typeof emailAddressSchema>;
export type Address = z.infer<typeof addressSchema>;

/** A stable key for an address: used by the delivery ledger and for settings per channel. */
export function addressKey(address: Address): string {
  switch (address.platform) {
    case 'slack':
      return `slack:${address.teamId ?? '-'}:${address.channelId ?? `user/${address.userId ?? '-'}`}`;
    case 'teams':
      return `teams:${address.conversationId}`;
    case 'console':
      return `console:${address.name}`;
    case 'email':
      return `email:${address.to.toLowerCase()}`;
  }
}
