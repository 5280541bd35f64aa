import type { Person, StoreData } from '../../../storage/schema';
import type { OperationMeta } from './meta';

/** The directory person whose email is `email` (case-insensitive), if exactly one. */
export function personForEmail(data: Readonly<StoreData>, email: string): Person | undefined {
  const key = email.trim().toLowerCase();
  if (!key) return undefined;
  const found = data.people.filter((p) => p.email?.toLowerCase() === key);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Link a chat account whose verified email matches a directory entry: a confirmed link (owner rights),
 * because the platform vouches for the email. Never moves an account another person already has, and
 * never replaces a different account the person already has on that platform. Returns undefined then.
 */
export function linkByEmail(draft: StoreData, email: string, platform: string, id: string, _meta: OperationMeta): Person | undefined {
  const person = personForEmail(draft, email);
  if (!person) return undefined;
  if (draft.people.some((p) => p.platformIds[platform] === id)) return undefined;
  if (person.platformIds[platform] && person.platformIds[platform] !== id) return undefined;
  person.platformIds[platform] = id;
  person.linkedBy = { ...(person.linkedBy ?? {}), [platform]: 'email' };
  if (person.selfLinked?.includes(platform)) person.selfLinked = person.selfLinked.filter((p) => p !== platform);
  return person;
}
