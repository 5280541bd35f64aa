import type { Address } from '../core/address';
import type { Person, StoreData } from '../../storage/schema';

export type Platform = Address['platform'];

export type Reach = { address: Address; reason?: undefined } | { address?: undefined; reason: string };

const PLATFORM_NAMES: Record<string, string> = { slack: 'Slack', teams: 'Teams', console: 'console' };

/**
 * Where to send a person a direct message: Slack first, then Teams, on the platforms that are on.
 * Slack opens a DM from the user id; Teams needs the personal chat the person once had with the bot
 * (recorded in `installations`), because a bot cannot start a Teams chat from an id alone.
 */
export function personAddress(data: Readonly<StoreData>, person: Person, platforms: readonly Platform[]): Reach {
  const reasons: string[] = [];
  for (const platform of platforms) {
    const id = person.platformIds[platform];
    if (!id) continue;
    if (platform === 'slack') return { address: slackDm(data, id) };
    if (platform === 'teams') {
      const chat = teamsPersonalChat(data, id);
      if (chat) return { address: chat };
      reasons.push(`${person.name} has not opened a chat with secbot in Teams yet`);
    }
  }
  if (reasons.length) return { reason: reasons.join('; ') };
  const known = Object.keys(person.platformIds).filter((p) => person.platformIds[p]);
  const off = known.filter((p) => !platforms.includes(p as Platform)).map((p) => PLATFORM_NAMES[p] ?? p);
  if (off.length) return { reason: `${person.name} is only on ${off.join(' and ')}, which is not connected` };
  if (person.email) return { reason: `${person.name} has not used secbot in Slack or Teams yet (their account links itself by email the first time)` };
  return { reason: `${person.name} has no Slack or Teams id in the directory` };
}

function slackDm(data: Readonly<StoreData>, userId: string): Address {
  const install = data.installations.find((i) => i.address.platform === 'slack' && i.address.teamId);
  const teamId = install?.address.platform === 'slack' ? install.address.teamId : undefined;
  return { platform: 'slack', userId, ...(teamId ? { teamId } : {}) };
}

function teamsPersonalChat(data: Readonly<StoreData>, userId: string): Address | undefined {
  const found = data.installations.find(
    (i) => i.address.platform === 'teams' && i.address.userId === userId && i.address.conversationType === 'personal',
  );
  return found?.address;
}
