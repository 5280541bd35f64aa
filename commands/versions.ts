import { ArgReader } from '../src/core/args';
import { defineCommand } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import { formatDate } from '../src/domain/dates';
import { paginate, parsePage, versionContents, versionsNewestFirst } from '../src/domain/queries';
import type { SecVersion } from '../storage/schema';

const USAGE = 'versions [page N]';

export const versionsCommand = defineCommand({
  name: 'versions',
  group: 'Proposals',
  summary: 'SEC versions newest first: when each took effect, whether the Secretary of State designated it, and what it contains.',
  usage: USAGE,
  examples: ['versions'],
  access: 'read',
  parse(args) {
    const reader = new ArgReader(args, USAGE);
    const page = parsePage(reader.option('page'), 'versions');
    reader.done();
    return { page };
  },
  run({ page }, ctx): Reply {
    const versions = versionsNewestFirst(ctx.store.read());
    if (!versions.length) {
      return { kind: 'info', title: 'No SEC versions recorded yet', context: ['Import a SECAS release or SEC version page to record them: send it to secbot in Slack or Teams, or on the store\'s machine `npx secbot import FILE`.'] };
    }
    const shown = paginate(versions, page, 'versions');
    return { kind: 'info', title: `SEC versions (${versions.length})`, sections: [{ items: shown.items.map(versionLine) }], context: shown.note ? [shown.note] : [] };
  },
});

/** "SEC v45.0 — effective 4 Nov 2024 · designated by the Secretary of State · contains MP200, MP201". */
function versionLine(v: SecVersion): string {
  const contents = versionContents(v);
  return [`SEC v${v.version} — effective ${formatDate(v.on)}`, ...(v.designated ? ['designated by the Secretary of State'] : []), contents ? `contains ${contents}` : 'contents not stated'].join(' · ');
}
