import type { Organisation, Person, StoreData } from '../../storage/schema';
import { norm, personNames } from '../domain/queries/directory';
import { peopleByMeetingInitials } from '../domain/queries/resolve-owner';

export type OwnerResolution = { people: Person[]; reason?: undefined } | { people?: undefined; reason: string };

/**
 * Resolves action owners as written ("Jordan Crase", "GS", "DCC") to the people to remind, with an
 * index built once per plan: the same rules as the domain's resolveOwner, fast enough for 10,000 actions.
 */
export function createOwnerDirectory(data: Readonly<StoreData>): (owner: string, actionRef?: string) => OwnerResolution {
  const people = new Map<string, Person[]>();
  for (const person of data.people) {
    for (const name of new Set(personNames(person).map(norm))) people.set(name, [...(people.get(name) ?? []), person]);
  }
  const organisations = new Map<string, Organisation>();
  for (const org of data.organisations) for (const name of [org.id, org.name, ...org.aliases]) organisations.set(norm(name), org);
  const byId = new Map(data.people.map((p) => [p.id, p]));
  const cache = new Map<string, OwnerResolution>();

  function resolve(owner: string, actionRef?: string): OwnerResolution {
    const key = norm(owner);
    const matches = people.get(key);
    if (matches?.length === 1) return { people: matches };
    const atMeeting = peopleByMeetingInitials(data, owner, actionRef);
    if (atMeeting.length === 1) return { people: atMeeting };
    if (matches && matches.length > 1) {
      return { reason: `"${owner}" matches ${matches.length} people (${matches.map((p) => p.name).join(', ')}); give one of them an alias` };
    }
    const org = organisations.get(key);
    if (!org) return { reason: `"${owner}" is not in the directory (no person or organisation by that name, initials or alias)` };
    const contacts = org.contacts.map((c) => byId.get(c) ?? people.get(norm(c))?.[0]).filter((p): p is Person => p !== undefined);
    if (!contacts.length) return { reason: `${org.name} has no contacts in the directory` };
    return { people: [...new Set(contacts)] };
  }

  const usesInitials = data.people.some((p) => p.meetingInitials?.length);
  return (owner, actionRef) => {
    // Initials can mean someone else at another meeting: cache per meeting when minutes recorded any.
    const key = usesInitials && actionRef ? `${owner}\u0000${actionRef.replace(/\/\d+$/, '')}` : owner;
    let found = cache.get(key);
    if (!found) cache.set(key, (found = resolve(owner, actionRef)));
    return found;
  };
}
