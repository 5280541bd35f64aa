import { defineCommand } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import { PERSON_FIELDS, updatePerson } from '../src/domain/operations';
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
  parse: (args) => nameAndFields(args, PERSON_FIELDS, USAGE, EXAMPLE),
  async run({ name, changes }, ctx): Promise<Reply> {
    const target = requirePersonByName(ctx.store.read(), name);
    const person = await ctx.transact((draft) => updatePerson(draft, target.id, changes, metaFor(ctx, 'person update')));
    return { kind: 'success', title: `Updated ${person.name}: ${Object.keys(changes).join(', ')}`, fields: personFields(ctx.store.read(), person) };
  },
});
