import type { Organisation, Person, StoreData } from '../../../storage/schema';
import { findOrganisation, findPeople, norm, organisationNames, personNames } from './directory';

export interface ResolvedOwner {
  /** The owner exactly as written on the action. */
  owner: string;
  /** Set when the owner is an organisation ("DCC", "SECAS"): its contacts are the people. */
  organisation?: Organisation;
  /** People to contact about the action; empty when nobody in the directory can be reached. */
  people: Person[];
}

/** "Jordan Crase", "GS" (initials) or "DCC" (an organisation, through its contacts) → people to contact. */
export function resolveOwner(data: Readonly<StoreData>, owner: string, actionRef?: string): ResolvedOwner {
  const people = findPeople(data, owner);
  if (people.length === 1) return { owner, people };
  const atMeeting = peopleByMeetingInitials(data, owner, actionRef);
  if (atMeeting.length === 1) return { owner, people: atMeeting };
  if (people.length) return { owner, people };
  const organisation = findOrganisation(data, owner);
  if (!organisation) return { owner, people: [] };
  const contacts = organisation.contacts
    .map((id) => data.people.find((p) => p.id === id) ?? findPeople(data, id)[0])
    .filter((p): p is Person => p !== undefined);
  return { owner, organisation, people: contacts };
}

/**
 * People whose initials in the minutes of the action's meeting are `owner`: "GS" on CSC 12/03 is whoever
 * the CSC 12_2502 minutes call GS, even when another GS is in the directory.
 */
export function peopleByMeetingInitials(data: Readonly<StoreData>, owner: string, actionRef: string | undefined): Person[] {
  const match = actionRef ? /^(.+) (\d+)\/\d+$/.exec(actionRef) : null;
  const initials = owner.trim().toUpperCase();
  if (!match || !/^[A-Z]{1,5}$/.test(initials)) return [];
  const prefix = `${match[1]} ${match[2]}_`;
  return data.people.filter((p) => p.meetingInitials?.some((m) => m.initials === initials && m.meeting.startsWith(prefix)));
}

/** Everything an owner field could say that means this person: their names, initials, aliases, organisation. */
export function ownerKeysForPerson(data: Readonly<StoreData>, person: Person): Set<string> {
  return new Set([...personNames(person), ...organisationNames(data, person.organisation)].map(norm));
}

/** What `owner O` should match: O itself, and the names of the person or organisation O resolves to. */
export function ownerKeysForQuery(data: Readonly<StoreData>, query: string): Set<string> {
  const keys = new Set([norm(query)]);
  for (const person of findPeople(data, query)) for (const name of personNames(person)) keys.add(norm(name));
  const org = findOrganisation(data, query);
  if (org) for (const name of [org.id, org.name, ...org.aliases]) keys.add(norm(name));
  return keys;
}

/** True when the owner as written is one of `keys`, or contains one of them as whole words ("DCC and SECAS"). */
export function ownerMatches(owner: string, keys: ReadonlySet<string>): boolean {
  return ownerMatcher(keys)(owner);
}

/** ownerMatches with the keys prepared once, for filtering thousands of actions. */
export function ownerMatcher(keys: ReadonlySet<string>): (owner: string) => boolean {
  const padded = [...keys].filter((k) => k.length > 1).map((k) => ` ${words(k)} `);
  return (owner) => {
    const entry = normalisedOwner(owner);
    return keys.has(entry.written) || padded.some((k) => entry.padded.includes(k));
  };
}

/** Owners repeat across thousands of actions: normalise each distinct text once (bounded cache). */
const ownerCache = new Map<string, { written: string; padded: string }>();

function normalisedOwner(owner: string): { written: string; padded: string } {
  let entry = ownerCache.get(owner);
  if (!entry) {
    if (ownerCache.size > 5000) ownerCache.clear();
    const written = norm(owner);
    entry = { written, padded: ` ${words(written)} ` };
    ownerCache.set(owner, entry);
  }
  return entry;
}

function words(text: string): string {
  return text.replace(/[^a-z0-9]+/g, ' ').trim();
}
