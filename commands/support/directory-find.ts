import { UserError } from '../../src/core/errors';
import { closest } from '../../src/core/suggest';
import { findOrganisation, matchPeople, orList } from '../../src/domain/queries';
import type { Organisation, Person, StoreData } from '../../storage/schema';

/** The one person a user means ("gemma", "GS", "Gemma Slaney"), or a UserError with near names. */
export function requirePersonByName(data: Readonly<StoreData>, name: string): Person {
  const found = matchPeople(data, name);
  if (found.length === 1) return found[0]!;
  if (found.length > 1) throw new UserError(`"${name.slice(0, 40)}" matches ${found.length} people: ${found.slice(0, 5).map((p) => p.name).join(', ')}.`, `Use the full name, e.g. person "${found[0]!.name}"`);
  const near = closest(name, data.people.map((p) => p.name), 3, 3);
  throw new UserError(`No one called "${name.slice(0, 40)}" in the directory.${near.length ? ` Did you mean ${orList(near.map((n) => `"${n}"`))}?` : ''}`, 'See everyone with: people');
}

export function requireOrgByName(data: Readonly<StoreData>, name: string): Organisation {
  const org = findOrganisation(data, name);
  if (org) return org;
  const near = closest(name, data.organisations.map((o) => o.name), 3, 3);
  throw new UserError(`No organisation called "${name.slice(0, 40)}" in the directory.${near.length ? ` Did you mean ${orList(near.map((n) => `"${n}"`))}?` : ''}`, 'See them with: orgs');
}
