import { ArgReader } from '../src/core/args';
import { defineCommand } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import { paginate, parsePage } from '../src/domain/queries';
import { orgLine } from './support/directory-words';

export const orgsCommand = defineCommand({
  name: 'orgs',
  aliases: ['organisations'],
  group: 'Admin',
  summary: 'Organisations in the directory, with their party category and the contacts who get their actions’ reminders.',
  usage: 'orgs [page N]',
  examples: ['orgs'],
  access: 'read',
  parse(args) {
    const reader = new ArgReader(args, 'orgs [page N]');
    const page = parsePage(reader.option('page'), 'orgs');
    reader.done();
    return { page };
  },
  run({ page }, ctx): Reply {
    const data = ctx.store.read();
    const orgs = [...data.organisations].sort((a, b) => a.name.localeCompare(b.name));
    if (!orgs.length) return { kind: 'info', title: 'No organisations in the directory yet', context: ['The change team adds them with: org add "DCC" category DCC contacts "Mari Toda"'] };
    const shown = paginate(orgs, page, 'orgs');
    return { kind: 'info', title: `Organisations (${orgs.length})`, sections: [{ items: shown.items.map((o) => orgLine(data, o)) }], context: shown.note ? [shown.note] : [] };
  },
});
