import { UserError } from '../../core/errors';
import { closest } from '../../core/suggest';
import type { StoreData } from '../../../storage/schema';
import { findOrganisation, findPeople } from '../queries/directory';
import { resolveOwner } from '../queries/resolve-owner';

/**
 * The owner an action edit may record: someone the reminders can reach. A stand-in for the directory check
 * `requireKnownOwner` (src/domain/queries/require-known-owner.ts, issue 21 "Names"); when that lands,
 * this body becomes one call to it.
 */
export function knownOwner(data: Readonly<StoreData>, owner: string, actionRef: string): string {
  const typed = owner.trim();
  const resolved = resolveOwner(data, typed, actionRef);
  if (resolved.people.length || resolved.organisation) return resolvedName(data, typed);
  const names = [...data.people.flatMap((p) => [p.name, ...p.aliases]), ...data.organisations.map((o) => o.name)];
  const near = closest(typed, names, 3);
  const guess = near.length ? ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
  throw new UserError(
    `"${typed.slice(0, 60)}" is not in the directory, so nobody would be reminded of ${actionRef}.${guess}`,
    `Give a person or organisation from \`people\` or \`orgs\`, or add them first: person add "${typed.slice(0, 40)}" org ORGANISATION`,
  );
}

/** A person's or organisation's name as the directory spells it ("gemma slaney" → "Gemma Slaney"); initials stay as typed. */
function resolvedName(data: Readonly<StoreData>, typed: string): string {
  const people = findPeople(data, typed);
  if (people.length === 1 && people[0]!.name.toLowerCase() === typed.toLowerCase()) return people[0]!.name;
  const org = findOrganisation(data, typed);
  return org && org.name.toLowerCase() === typed.toLowerCase() ? org.name : typed;
}
