import { ArgReader } from '../src/core/args';
import { defineCommand } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import { normaliseCommittee } from '../src/domain/committees';
import { norm, organisationNames, paginate, parsePage } from '../src/domain/queries';
import { personLine } from './support/directory-words';

const USAGE = 'people [org ORG] [committee C] [page N]';

export const peopleCommand = defineCommand({
  name: 'people',
  group: 'Admin',
  summary: 'The directory: people with their organisation or party category, initials and email.',
  usage: USAGE,
  examples: ['people', 'people org DCC', 'people committee CSC', 'people org SECAS'],
  access: 'read',
  parse(args) {
    const reader = new ArgReader(args, USAGE);
    const org = reader.option('org');
    const committee = reader.option('committee');
    const page = parsePage(reader.option('page'), 'people');
    reader.done();
    return { org, committee: committee === undefined ? undefined : normaliseCommittee(committee), page };
  },
  run({ org, committee, page }, ctx): Reply {
    const data = ctx.store.read();
    const orgKeys = org ? new Set(organisationNames(data, org).map(norm)) : undefined;
    const people = data.people
      .filter((p) => !orgKeys || [p.organisation, p.category].some((o) => o && orgKeys.has(norm(o))))
      .filter((p) => !committee || p.committees?.includes(committee))
      .sort((a, b) => a.name.localeCompare(b.name));
    const filters = [org ? `org ${org}` : '', committee ? `committee ${committee}` : ''].filter(Boolean).join(', ');
    if (!people.length) {
      return { kind: 'info', title: `No people${filters ? ` for ${filters}` : ' in the directory yet'}`, context: ['The change team adds people with: person add "Jane Doe" org "British Gas" email jane@example.com — or import SECAS documents or a CSV (npx secbot directory import people.csv).'] };
    }
    const shown = paginate(people, page, 'people');
    return {
      kind: 'info',
      title: `People (${people.length})${filters ? ` — ${filters}` : ''}`,
      sections: [{ items: shown.items.map((p) => personLine(data, p)) }],
      context: [...(shown.note ? [shown.note] : []), 'One person: person NAME. Organisations: orgs'],
    };
  },
});
