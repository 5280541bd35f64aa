import { UserError } from '../../core/errors';
import type { Person, StoreData } from '../../../storage/schema';
import { findOrganisation } from '../queries/directory';
import { newId, requireEmail, requireFreeEmail, requireFreeName, requireInitials, requirePartyCategory, splitList } from './directory-fields';
import { compact, type OperationMeta } from './meta';
import { requireText } from './validate';

export interface PersonInput {
  name: string;
  organisation?: string;
  category?: string;
  email?: string;
  initials?: string;
  aliases?: readonly string[];
  roles?: readonly string[];
  committees?: readonly string[];
}

/** Add a person to the directory: the name, email and aliases must be free; category and role known. */
export function addPerson(draft: StoreData, input: PersonInput, meta: OperationMeta): Person {
  const name = requireFreeName(draft, requireText(input.name, 'The name', 'person add "Jane Doe" org "British Gas"'));
  const aliases = splitList(input.aliases).map((a) => requireFreeName(draft, a));
  const email = input.email ? requireFreeEmail(draft, requireEmail(input.email)) : undefined;
  const person: Person = compact({
    id: newId(name, draft.people),
    name,
    organisation: canonicalOrganisation(draft, input.organisation),
    category: input.category ? requirePartyCategory(input.category) : undefined,
    email,
    initials: input.initials ? requireInitials(input.initials) : undefined,
    aliases,
    roles: requireRoles(input.roles),
    platformIds: {},
    committees: input.committees?.length ? [...input.committees] : undefined,
    source: meta.source,
  });
  draft.people.push(person);
  return person;
}

/** "british gas" → "British Gas" when the organisation is in the directory; otherwise as written. */
export function canonicalOrganisation(draft: Readonly<StoreData>, text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  return findOrganisation(draft, trimmed)?.name ?? trimmed;
}

export function requireRoles(roles: readonly string[] | undefined): Person['roles'] {
  const given = splitList(roles).map((r) => r.toLowerCase());
  for (const role of given) {
    if (role !== 'change-team') throw new UserError(`"${role}" is not a role.`, 'The only role is change-team, e.g. role change-team');
  }
  return given.length ? ['change-team'] : [];
}
