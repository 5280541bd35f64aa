import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../src/core/caller';
import { renderText } from '../../src/core/render-text';
import { createAttachmentHandler } from '../../src/import/attachment-handler';
import { createPendingImports, sharedPendingImports } from '../../src/import/pending-imports';
import { createTestBot, operator, stranger, type TestBot } from '../support/test-bot';
import { fixture } from './support/fixtures';
import { calendar } from './support/import-env';
import { passwordProtectedPdf } from './support/make-pdf';

const member: Caller = { platform: 'slack', id: 'U_MEMBER', name: 'member' };
let bot: TestBot;
let handler: ReturnType<typeof createAttachmentHandler>;
beforeEach(() => {
  bot = createTestBot({ changeTeam: ['slack:U_MEMBER'] });
  handler = createAttachmentHandler({ store: bot.store, clock: bot.clock, calendar });
});

const attach = async (name: string, caller: Caller = stranger) => handler({ name, bytes: new Uint8Array(await readFile(fixture(name))) }, caller);
const button = (reply: Awaited<ReturnType<typeof attach>>, label: string) => reply.buttons!.find((b) => b.label === label)!;

describe('import from chat: preview with Apply / Discard', () => {
  it('an attached file gets a preview with Apply and Discard buttons, and nothing is written yet', async () => {
    const reply = await attach('paper-tabasc.txt');
    expect(reply.title).toBe('Import preview for paper-tabasc.txt: 9 change(s), nothing written yet');
    expect(reply.buttons!.map((b) => [b.label, b.command.replace(/imp-[0-9a-f]{8}/, 'ID')])).toEqual([['Apply', 'import apply ID'], ['Discard', 'import discard ID']]);
    expect(renderText(reply)).toContain('DP119 ‘Tariff switching for SMETS1 prepayment’ · proposer Priya Natarajan (E.ON) · lead analyst Adam Lattimore · committees TABASC');
    expect(bot.store.read().proposals).toEqual([]);
  });

  it('only the change team may apply; applying writes through the operations and the preview is used up', async () => {
    const apply = button(await attach('paper-tabasc.txt'), 'Apply');
    const refused = await bot.run(apply.command, stranger);
    expect(refused).toMatchObject({ kind: 'error', title: expect.stringContaining('Only the SEC change team can change data') });
    expect(bot.store.read().proposals).toEqual([]);

    const applied = await bot.run(apply.command, member);
    expect(applied).toMatchObject({ kind: 'warning', title: 'Imported paper-tabasc.txt: 9 change(s)' });
    const data = bot.store.read();
    expect(data.proposals.map((p) => p.ref)).toEqual(['DP118', 'DP119']);
    expect(bot.store.auditOf().at(-1)).toMatchObject({ actor: 'slack:U_MEMBER', command: 'import paper-tabasc.txt' });
    expect(data.proposals.map((p) => p.stageHistory[0]!.source)).toEqual(['import paper-tabasc.txt:14', 'import paper-tabasc.txt:20']);
    expect(data.outbox.filter((e) => e.type === 'dp.raised')).toEqual([]); // raised months before "today": recorded quietly
    expect(renderText(applied)).toContain('Nothing was announced to channels');

    const twice = await bot.run(apply.command, member);
    expect(twice.title).toMatch(/There is no import preview imp-[0-9a-f]{8} waiting: it was applied or discarded/);
  });

  it('Discard forgets the preview; Apply afterwards says so and writes nothing', async () => {
    const reply = await attach('minutes-csc13.md');
    expect((await bot.run(button(reply, 'Discard').command, stranger)).title).toBe('Discarded the import of minutes-csc13.md; nothing was written.');
    expect((await bot.run(button(reply, 'Apply').command, operator)).kind).toBe('error');
    expect(bot.store.read().actions).toEqual([]);
  });

  it('someone else cannot discard your preview unless they are in the change team', async () => {
    const reply = await attach('minutes-csc13.md', member);
    const other: Caller = { platform: 'teams', id: 'aad-other' };
    expect((await bot.run(button(reply, 'Discard').command, other)).title).toMatch(/Only whoever attached minutes-csc13\.md or the change team can discard/);
    expect((await bot.run(button(reply, 'Apply').command, member)).kind).toBe('warning');
  });

  it('a file already in the store gets "Nothing to change" and no buttons', async () => {
    await bot.run(button(await attach('paper-tabasc.txt'), 'Apply').command, operator);
    const again = await attach('paper-tabasc.txt');
    expect(again.title).toBe('Nothing to change from paper-tabasc.txt');
    expect(again.buttons).toBeUndefined();
  });

  it('a bad file gets an error naming it and the reason', async () => {
    const reply = await handler({ name: 'board-pack.pdf', bytes: passwordProtectedPdf() }, member);
    expect(reply).toMatchObject({ kind: 'error', title: 'Could not import board-pack.pdf: board-pack.pdf is password-protected, so it cannot be read.' });
  });

  it('previews expire', () => {
    const pending = createPendingImports({ ttlMinutes: 60 });
    const entry = pending.add({ documents: [], proposals: [], stages: [], decisions: [], actions: [], consultations: [], meetings: [], releases: [], events: [], warnings: [] }, 'operator', new Date('2023-08-22T09:00:00Z'));
    expect(pending.get(entry.id, new Date('2023-08-22T09:59:00Z'))).toBeDefined();
    expect(pending.get(entry.id, new Date('2023-08-22T10:01:00Z'))).toBeUndefined();
    expect(sharedPendingImports.ttlMinutes).toBe(60);
  });
});
