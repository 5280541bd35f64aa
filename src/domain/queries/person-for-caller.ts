import type { Person, StoreData } from '../../../storage/schema';
import { findPeople, norm } from './directory';

/** The directory person linked to a chat identity (people[].platformIds), if any. */
export function personForCaller(data: Readonly<StoreData>, platform: string, id: string): Person | undefined {
  return data.people.find((p) => p.platformIds[platform] === id);
}

/** The directory person a caller is: the one they act as (CLI `--as`), else the one linked to their account. */
export function callerPerson(data: Readonly<StoreData>, caller: { platform: string; id: string; person?: string }): Person | undefined {
  if (caller.person !== undefined) return data.people.find((p) => p.id === caller.person);
  return personForCaller(data, caller.platform, caller.id);
}

/**
 * People a user could mean by `text`: exact id, name, initials or alias first; otherwise people whose
 * name contains every word typed ("jordan" → Jordan Crase).
 */
export function matchPeople(data: Readonly<StoreData>, text: string): Person[] {
  const exact = findPeople(data, text);
  if (exact.length) return exact;
  const words = norm(text).split(' ').filter(Boolean);
  if (!words.length) return [];
  return data.people.filter((p) => {
    const names = [p.name, ...p.aliases].map((n) => ` ${norm(n)} `);
    return words.every((w) => names.some((n) => n.includes(` ${w}`)));
  });
}
