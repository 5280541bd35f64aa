import { defineCommand } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import { ORG_FIELDS, updateOrganisation } from '../src/domain/operations';
import { requireOrgByName } from './support/directory-find';
import { nameAndFields, orgLine } from './support/directory-words';
import { metaFor } from './support/write-meta';

const USAGE = `org update NAME FIELD VALUE… (fields: ${ORG_FIELDS.join(', ')}; VALUE none clears)`;
const EXAMPLE = 'org update DCC contacts "Mari Toda","Tom Rothery"';

export const orgUpdateCommand = defineCommand({
  name: 'org update',
  group: 'Admin',
  summary: 'Change an organisation’s name, category, aliases or contacts.',
  usage: USAGE,
  examples: [EXAMPLE, 'org update "British Gas" category "Large Supplier"'],
  access: 'change',
  parse: (args) => nameAndFields(args, ORG_FIELDS, USAGE, EXAMPLE),
  async run({ name, changes }, ctx): Promise<Reply> {
    const target = requireOrgByName(ctx.store.read(), name);
    const org = await ctx.transact((draft) => updateOrganisation(draft, target.id, changes, metaFor(ctx, 'org update')));
    return { kind: 'success', title: `Updated ${org.name}: ${Object.keys(changes).join(', ')}`, text: orgLine(ctx.store.read(), org) };
  },
});
