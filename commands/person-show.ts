import { ArgReader } from '../src/core/args';
import { defineCommand } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import { requirePersonByName } from './support/directory-find';
import { personFields, requireName } from './support/directory-words';

export const personShowCommand = defineCommand({
  name: 'person',
  group: 'Admin',
  summary: 'One person in the directory: organisation, category, email, initials, chat accounts and how they were linked.',
  usage: 'person NAME',
  examples: ['person "Gemma Slaney"', 'person GS'],
  access: 'read',
  parse: (args) => ({ name: requireName(new ArgReader(args, 'person NAME'), 'person', 'person "Gemma Slaney"') }),
  run({ name }, ctx): Reply {
    const data = ctx.store.read();
    const person = requirePersonByName(data, name);
    return {
      kind: 'info',
      title: person.name,
      fields: personFields(data, person),
      buttons: [{ label: 'History', actionId: 'person.history', command: `history person "${person.name}"` }],
    };
  },
});
