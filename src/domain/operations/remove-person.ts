import { UserError } from '../../core/errors';
import type { Action, Person, StoreData } from '../../../storage/schema';
import { norm, personNames } from '../queries/directory';
import { ownerMatcher } from '../queries/resolve-owner';
import { requirePerson } from './directory-fields';
import type { OperationMeta } from './meta';

/** Remove a person (and them from organisations' contacts); refused while open actions name them. */
export function removePerson(draft: StoreData, name: string, _meta: OperationMeta): Person {
  const person = requirePerson(draft, name);
  refuseWhileOwning(draft, person.name, openActionsNaming(draft, personNames(person)));
  draft.people.splice(draft.people.findIndex((p) => p.id === person.id), 1);
  for (const org of draft.organisations) {
    const at = org.contacts.indexOf(person.id);
    if (at !== -1) org.contacts.splice(at, 1);
  }
  return person;
}

/** Open actions whose owner, as written, is one of `names` (or names one of them among others). */
export function openActionsNaming(draft: Readonly<StoreData>, names: readonly string[]): Action[] {
  const matches = ownerMatcher(new Set(names.map(norm)));
  return draft.actions.filter((a) => a.status === 'Open' && matches(a.owner));
}

export function refuseWhileOwning(draft: Readonly<StoreData>, name: string, actions: readonly Action[]): void {
  if (!actions.length) return;
  const list = actions.slice(0, 10).map((a) => a.ref).join(', ');
  const more = actions.length > 10 ? ` and ${actions.length - 10} more` : '';
  throw new UserError(
    `${name} still owns ${actions.length} open action${actions.length === 1 ? '' : 's'}: ${list}${more}.`,
    `Close them or give them another owner first, e.g. action close ${actions[0]!.ref}`,
  );
}
