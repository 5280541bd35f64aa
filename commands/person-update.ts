import { defineCommand } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import { PERSON_FIELDS, updatePerson, type PersonField } from '../src/domain/operations';
import { requirePersonByName } from './support/directory-find';
import { nameAndFields, personFields } from './support/directory-words';
import { metaFor } from './support/write-meta';

const USAGE = `person update NAME FIELD VALUE… (fields: ${PERSON_FIELDS.join(', ')}; VALUE none clears)`;
const EXAMPLE = 'person update "Gemma Slaney" email gemma.slaney@example.com initials GS';

export const personUpdateCommand = defineCommand({
  name: 'person update',
  group: 'Admin',
  summary: 'Change a person’s name, organisation, category, email, initials, aliases, role or how they get reminders.',
  usage: USAGE,
  examples: [EXAMPLE, 'person update "Jane Doe" org DCC', 'person update GS aliases "G Slaney" role none', 'person update GS reminders email'],
  access: 'change',
  parse: (args) => withReminders(args, (words) => nameAndFields(words, PERSON_FIELDS, USAGE, EXAMPLE)),
  async run({ name, changes }, ctx): Promise<Reply> {
    const target = requirePersonByName(ctx.store.read(), name);
    const person = await ctx.transact((draft) => updatePerson(draft, target.id, changes, metaFor(ctx, 'person update')));
    return { kind: 'success', title: `Updated ${person.name}: ${Object.keys(changes).join(', ')}`, fields: personFields(ctx.store.read(), person) };
  },
});

/**
 * `reminders email` is read before the other fields: its value "email" is also a field's name.
 * The rest of the words are parsed as usual; `person update NAME reminders email` alone is fine.
 */
function withReminders(args: readonly string[], parse: (words: readonly string[]) => { name: string; changes: Partial<Record<PersonField, string>> }) {
  const at = args.findIndex((w, i) => i > 0 && w.toLowerCase() === 'reminders' && i + 1 < args.length);
  if (at === -1) return parse(args);
  const words = [...args];
  const [, value] = words.splice(at, 2) as [string, string];
  const rest = words.length > at ? parse(words) : { name: words.join(' ').trim(), changes: {} };
  return { name: rest.name, changes: { ...rest.changes, reminders: value } };
}
