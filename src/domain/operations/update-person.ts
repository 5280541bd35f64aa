import { UserError } from '../../core/errors';
import { REMINDER_CHANNELS, type Person, type StoreData } from '../../../storage/schema';
import { canonicalOrganisation, requireRoles } from './add-person';
import { requireEmail, requireFreeEmail, requireFreeName, requireInitials, requirePartyCategory, requirePerson, splitList } from './directory-fields';
import type { OperationMeta } from './meta';

export const PERSON_FIELDS = ['name', 'org', 'category', 'email', 'initials', 'aliases', 'role', 'reminders'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

/** Words that clear an optional field: `person update GS email none`. */
const CLEAR = ['none', '-', ''];

/** Change some fields of a person; every value is checked before anything changes. */
export function updatePerson(draft: StoreData, name: string, changes: Partial<Record<PersonField, string>>, _meta: OperationMeta): Person {
  const person = requirePerson(draft, name);
  // Every value is checked first, so a bad one leaves the person untouched.
  const patch = (Object.entries(changes) as [PersonField, string][]).map(([field, raw]) => patchFor(draft, person, field, raw));
  for (const [key, value] of patch) {
    if (value === undefined) delete person[key];
    else (person as Record<string, unknown>)[key] = value;
  }
  return person;
}

function patchFor(draft: StoreData, person: Person, field: PersonField, raw: string): [keyof Person, unknown] {
  const value = raw.trim();
  const clear = CLEAR.includes(value.toLowerCase());
  switch (field) {
    case 'name':
      if (clear) throw new UserError('A person needs a name.', `For example: person update "${person.name}" name "Jane Doe"`);
      return ['name', requireFreeName(draft, value, person.id)];
    case 'org':
      return ['organisation', clear ? undefined : canonicalOrganisation(draft, value)];
    case 'category':
      return ['category', clear ? undefined : requirePartyCategory(value)];
    case 'email':
      return ['email', clear ? undefined : requireFreeEmail(draft, requireEmail(value), person.id)];
    case 'initials':
      return ['initials', clear ? undefined : requireInitials(value)];
    case 'aliases':
      return ['aliases', clear ? [] : splitList(value).map((a) => requireFreeName(draft, a, person.id))];
    case 'role':
      return ['roles', clear ? [] : requireRoles([value])];
    case 'reminders':
      return ['reminders', reminderChannel(value)];
  }
}

/** "none" here is a choice (no reminders), not a clear; "default" goes back to chat-else-email. */
export function reminderChannel(value: string): Person['reminders'] {
  const word = value.toLowerCase();
  if (word === 'default') return undefined;
  const found = REMINDER_CHANNELS.find((c) => c === word);
  if (!found) {
    throw new UserError(`"${value.slice(0, 30)}" is not a way to get reminders.`, 'Use email, chat, both or none (or default: chat when linked, else email), e.g. reminders email');
  }
  return found;
}
