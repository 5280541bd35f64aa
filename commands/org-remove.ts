import { ArgReader } from '../src/core/args';
import { defineCommand } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import { removeOrganisation } from '../src/domain/operations';
import { requireOrgByName } from './support/directory-find';
import { requireName } from './support/directory-words';
import { metaFor } from './support/write-meta';

export const orgRemoveCommand = defineCommand({
  name: 'org remove',
  group: 'Admin',
  summary: 'Remove an organisation from the directory (refused while open actions name it).',
  usage: 'org remove NAME',
  examples: ['org remove "Utilita"'],
  access: 'change',
  parse: (args) => ({ name: requireName(new ArgReader(args, 'org remove NAME'), 'organisation', 'org remove "Utilita"') }),
  async run({ name }, ctx): Promise<Reply> {
    const target = requireOrgByName(ctx.store.read(), name);
    const org = await ctx.transact((draft) => removeOrganisation(draft, target.id, metaFor(ctx, 'org remove')));
    return { kind: 'success', title: `Removed ${org.name} from the directory`, context: ['People keep their organisation as written.'] };
  },
});
