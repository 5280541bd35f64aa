import { ArgReader } from '../src/core/args';
import { defineCommand } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import { norm, organisationNames } from '../src/domain/queries';
import { openActionsNaming } from '../src/domain/operations';
import { requireOrgByName } from './support/directory-find';
import { personLine, requireName } from './support/directory-words';

export const orgShowCommand = defineCommand({
  name: 'org',
  group: 'Admin',
  summary: 'One organisation: category, aliases, contacts, its people and its open actions.',
  usage: 'org NAME',
  examples: ['org DCC', 'org "British Gas"'],
  access: 'read',
  parse: (args) => ({ name: requireName(new ArgReader(args, 'org NAME'), 'organisation', 'org DCC') }),
  run({ name }, ctx): Reply {
    const data = ctx.store.read();
    const org = requireOrgByName(data, name);
    const keys = new Set(organisationNames(data, org.name).map(norm));
    const members = data.people.filter((p) => p.organisation && keys.has(norm(p.organisation)));
    const contacts = org.contacts.map((id) => data.people.find((p) => p.id === id)?.name ?? id);
    const open = openActionsNaming(data, [org.id, org.name, ...org.aliases]);
    const fields = [
      ...(org.category ? [{ label: 'Party category', value: org.category }] : []),
      ...(org.aliases.length ? [{ label: 'Also known as', value: org.aliases.join(', ') }] : []),
      { label: 'Contacts (get reminders)', value: contacts.join(', ') || 'none: its actions reach nobody directly' },
      ...(org.source ? [{ label: 'Source', value: org.source }] : []),
    ];
    return {
      kind: 'info',
      title: org.name,
      fields,
      sections: [
        { title: `People (${members.length})`, items: members.length ? members.map((p) => personLine(data, p)) : ['none'] },
        { title: `Open actions (${open.length})`, items: open.length ? open.slice(0, 20).map((a) => `${a.ref} — ${a.text.slice(0, 80)}`) : ['none'] },
      ],
    };
  },
});
