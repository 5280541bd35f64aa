import { norm, personNames } from '../domain/queries/directory';
import type { Person, StoreData } from '../../storage/schema';

/**
 * The directory indexed once per import, by every name a person answers to, by email and by id. The
 * domain operations each scan the whole directory (fine for one chat command, quadratic for a 20,000-row
 * file), so an import runs them on a view holding only the people who could clash with the row: the
 * same checks, the same answers, in time linear in the file.
 */
export interface PeopleIndex {
  /** People who answer to this name exactly (id, name, initials or alias), as `findPeople` matches. */
  named(name: string): Person[];
  /** The draft with `people` cut down to those the given names, emails and id could clash with. */
  view(draft: StoreData, names: readonly string[], emails: readonly string[], idBase?: string): StoreData;
  /** After a person is added or changed: index its names, email and id. */
  add(person: Person): void;
}

export function createPeopleIndex(people: readonly Person[]): PeopleIndex {
  const byName = new Map<string, Person[]>();
  const byEmail = new Map<string, Person[]>();
  const byIdPrefix = new Map<string, Person[]>();
  const put = (map: Map<string, Person[]>, key: string, person: Person) => {
    const list = map.get(key);
    if (!list) map.set(key, [person]);
    else if (!list.includes(person)) list.push(person);
  };
  const add = (person: Person) => {
    for (const name of personNames(person)) put(byName, norm(name), person);
    if (person.email) put(byEmail, person.email.toLowerCase(), person);
    // "jane-doe-2-3" under "jane-doe-2-3", "jane-doe-2" and "jane-doe": whichever base a new id starts from.
    for (let id = person.id, more = true; more; id = id.replace(/-\d+$/, '')) {
      put(byIdPrefix, id, person);
      more = /-\d+$/.test(id);
    }
  };
  for (const person of people) add(person);
  return {
    named: (name) => (byName.get(norm(name)) ?? []).filter((p) => personNames(p).some((n) => norm(n) === norm(name))),
    view(draft, names, emails, idBase) {
      const near = new Set<Person>();
      for (const name of names) for (const p of byName.get(norm(name)) ?? []) near.add(p);
      for (const email of emails) for (const p of byEmail.get(email.trim().toLowerCase()) ?? []) near.add(p);
      if (idBase) for (const p of byIdPrefix.get(idBase) ?? []) near.add(p);
      return new Proxy(draft, { get: (target, key) => (key === 'people' ? [...near] : Reflect.get(target, key)) });
    },
    add,
  };
}

/** The id `newId` starts from for a name ("Jane Doe" → "jane-doe"). */
export const idBaseOf = (name: string): string => norm(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entry';
