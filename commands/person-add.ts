import { ArgReader } from '../src/core/args';
import { defineCommand } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import { addPerson, type PersonInput } from '../src/domain/operations';
import { personFields, requireName } from './support/directory-words';
import { metaFor } from './support/write-meta';

const USAGE = 'person add "Name" [org "Organisation"] [category "Large Supplier"] [email ADDRESS] [initials GS] [aliases A,B] [role change-team]';
const EXAMPLE = 'person add "Jane Doe" org "British Gas" category "Large Supplier" email jane.doe@example.com initials JD';

export const personAddCommand = defineCommand({
  name: 'person add',
  group: 'Admin',
  summary: 'Add a person to the directory, so actions they own reach them and their Slack or Teams email links them.',
  usage: USAGE,
  examples: [EXAMPLE, 'person add "Rhys Evans" org DCC initials RE', 'person add "Kate Frazer" org SECAS role change-team'],
  access: 'change',
  parse(args): PersonInput {
    const r = new ArgReader(args, USAGE);
    const aliases = r.list('aliases', 'alias');
    const input = {
      organisation: r.option('org') ?? r.option('organisation'),
      category: r.option('category'),
      email: r.option('email'),
      initials: r.option('initials'),
      role: r.option('role'),
    };
    const name = requireName(r, 'person', EXAMPLE);
    return {
      name,
      ...(input.organisation ? { organisation: input.organisation } : {}),
      ...(input.category ? { category: input.category } : {}),
      ...(input.email !== undefined ? { email: input.email } : {}),
      ...(input.initials ? { initials: input.initials } : {}),
      ...(aliases ? { aliases } : {}),
      ...(input.role ? { roles: [input.role] } : {}),
    };
  },
  async run(input, ctx): Promise<Reply> {
    const person = await ctx.transact((draft) => addPerson(draft, input, metaFor(ctx, 'person add')));
    const data = ctx.store.read();
    return {
      kind: 'success',
      title: `Added ${person.name} to the directory`,
      fields: personFields(data, person),
      context: [person.email ? 'When they first use secbot in Slack or Teams with this email, their account is linked automatically.' : `Add an email so their Slack or Teams account links itself: person update "${person.name}" email name@example.com`],
    };
  },
});
