import { ArgReader } from '../src/core/args';
import { defineCommand } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import { removePerson } from '../src/domain/operations';
import { requirePersonByName } from './support/directory-find';
import { requireName } from './support/directory-words';
import { metaFor } from './support/write-meta';

export const personRemoveCommand = defineCommand({
  name: 'person remove',
  group: 'Admin',
  summary: 'Remove a person from the directory (refused while open actions name them).',
  usage: 'person remove NAME',
  examples: ['person remove "Jane Doe"'],
  access: 'change',
  parse: (args) => ({ name: requireName(new ArgReader(args, 'person remove NAME'), 'person', 'person remove "Jane Doe"') }),
  async run({ name }, ctx): Promise<Reply> {
    const target = requirePersonByName(ctx.store.read(), name);
    const person = await ctx.transact((draft) => removePerson(draft, target.id, metaFor(ctx, 'person remove')));
    return { kind: 'success', title: `Removed ${person.name} from the directory`, context: ['Organisations no longer list them as a contact. `history person NAME` still shows the entry.'] };
  },
});
