import { addressKey } from '../../../core/address';
import type { StoreData } from '../../../../storage/schema';
import type { TtlCache } from '../../ttl-cache';

/** Messages naming more references than this are lists, not questions: no cards. */
export const MAX_REFS_PER_MESSAGE = 3;

/** The settings key of a channel, as `settings unfurl on` stores it (addressKey of the caller's address). */
export function channelKey(teamId: string | undefined, channelId: string): string {
  return addressKey({ platform: 'slack', ...(teamId ? { teamId } : {}), channelId });
}

export function unfurlEnabled(data: Readonly<StoreData>, key: string): boolean {
  return data.channelSettings[key]?.unfurl === true;
}

/** The references to show cards for: none past the limit, and none shown in this channel in the last 30 minutes. */
export function refsToUnfurl(refs: readonly string[], key: string, recent: TtlCache): string[] {
  if (!refs.length || refs.length > MAX_REFS_PER_MESSAGE) return [];
  return refs.filter((ref) => recent.firstSeen(`${key}|${ref}`));
}
