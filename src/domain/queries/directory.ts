import type { Organisation, Person, StoreData } from '../../../storage/schema';

/** Lower-case, single-spaced, for comparing names typed by people. */
export function norm(text: string): string {
  return text.trim().toLowerCase().replace(/[\s.]+/g, ' ').replace(/^the /, '');
}

export function findOrganisation(data: Readonly<StoreData>, text: string | undefined): Organisation | undefined {
  if (!text) return undefined;
  const key = norm(text);
  return data.organisations.find((o) => [o.id, o.name, ...o.aliases].some((n) => norm(n) === key));
}

/** People whose id, name, initials or an alias is exactly `text` (case-insensitive). */
export function findPeople(data: Readonly<StoreData>, text: string): Person[] {
  const key = norm(text);
  return data.people.filter((p) => personNames(p).some((n) => norm(n) === key));
}

export function personNames(person: Person): string[] {
  return [person.id, person.name, ...(person.initials ? [person.initials] : []), ...person.aliases];
}

/** The organisation's names: id, name and aliases (or the raw text when it is not in the directory). */
export function organisationNames(data: Readonly<StoreData>, text: string | undefined): string[] {
  if (!text) return [];
  const org = findOrganisation(data, text);
  return org ? [org.id, org.name, ...org.aliases] : [text];
}

/** "Gemma Smith (SECAS)". */
export function describePerson(data: Readonly<StoreData>, person: Person): string {
  const org = findOrganisation(data, person.organisation)?.name ?? person.organisation;
  return org ? `${person.name} (${org})` : person.name;
}
