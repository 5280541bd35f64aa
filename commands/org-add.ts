import { ArgReader } from '../src/core/args';
import { defineCommand } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import { addOrganisation, type OrganisationInput } from '../src/domain/operations';
import { orgLine, requireName } from './support/directory-words';
import { metaFor } from './support/write-meta';

const USAGE = 'org add "Name" [category CATEGORY] [aliases A,B] [contacts "Name",…]';
const EXAMPLE = 'org add "Octopus Energy" category "Large Supplier" aliases Octopus contacts "Paul Saker"';

export const orgAddCommand = defineCommand({
  name: 'org add',
  group: 'Admin',
  summary: 'Add an organisation; its contacts get reminders for actions it owns ("DCC to provide…").',
  usage: USAGE,
  examples: [EXAMPLE, 'org add "Ovo Energy" category "Large Supplier"'],
  access: 'change',
  parse(args): OrganisationInput {
    const r = new ArgReader(args, USAGE);
    const aliases = r.list('aliases', 'alias');
    const contacts = r.list('contacts', 'contact');
    const category = r.option('category');
    const name = requireName(r, 'organisation', EXAMPLE);
    return { name, ...(category ? { category } : {}), ...(aliases ? { aliases } : {}), ...(contacts ? { contacts } : {}) };
  },
  async run(input, ctx): Promise<Reply> {
    const org = await ctx.transact((draft) => addOrganisation(draft, input, metaFor(ctx, 'org add')));
    return { kind: 'success', title: `Added ${org.name}`, text: orgLine(ctx.store.read(), org) };
  },
});
