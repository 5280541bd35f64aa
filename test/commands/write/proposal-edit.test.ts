import { describe, expect, it } from 'vitest';
import { demoStore } from '../../../src/demo/demo-store';
import { createTestBot, stranger } from '../../support/test-bot';

/** The real dispatch over the demo store, on 22 Aug 2023 (MP167B's report consultation is open). */
function demoBot() {
  return createTestBot({ data: demoStore() });
}

const proposal = (bot: ReturnType<typeof demoBot>, ref: string) => bot.store.read().proposals.find((p) => p.ref === ref)!;

async function expectRefusedOnDemo(line: string, message: string, hint: string): Promise<void> {
  const bot = demoBot();
  const before = bot.store.read();
  const reply = await bot.run(line);
  expect(reply.kind).toBe('error');
  expect(reply.title).toContain(message);
  expect([reply.title, ...(reply.context ?? [])].join(' ')).toContain(hint);
  expect(bot.store.read()).toBe(before);
}

describe('proposal edit', () => {
  it('corrects the title, says exactly what changed, queues no news and audits before and after', async () => {
    const bot = demoBot();
    const reply = await bot.run('proposal edit DP096 title "DNO Power Outage and Restoration Alerts"');
    expect(reply.kind).toBe('success');
    expect(reply.title).toBe('Title of DP096: was “DNO Power Outage Alerts”, now “DNO Power Outage and Restoration Alerts”');
    expect(reply.context).toEqual(['A correction: kept in `history DP096`, not announced to channels.']);
    expect(proposal(bot, 'DP096').title).toBe('DNO Power Outage and Restoration Alerts');
    expect(bot.store.read().outbox).toEqual([]);
    const entry = bot.store.auditOf().at(-1)!;
    expect(entry.command).toBe('proposal edit DP096 title "DNO Power Outage and Restoration Alerts"');
    expect(entry.changes).toEqual([expect.objectContaining({ collection: 'proposals', id: 'DP096' })]);
    expect(JSON.stringify(entry.changes)).toContain('DNO Power Outage Alerts');
    const history = await bot.run('history DP096');
    expect(JSON.stringify(history)).toContain('title: DNO Power Outage Alerts → DNO Power Outage and Restoration Alerts');
  });

  it('changes several fields at once, reading release, path and committee spellings, and none clears', async () => {
    const bot = demoBot();
    const reply = await bot.run('proposal edit MP167B release Jun 24 path 2 committees ops,"smki-pma" analyst none');
    expect(reply.title).toBe('Edited MP167B: target release, path, committees, lead analyst');
    expect(reply.fields).toEqual([
      { label: 'Target release', value: 'was “February 2024 SEC Release”, now “June 2024 SEC Release”' },
      { label: 'Path', value: 'was “Path 3: Self-Governance”, now “Path 2: Authority Determination”' },
      { label: 'Committees', value: 'was (none), now “OPSG, SMKI PMA”' },
      { label: 'Lead Analyst', value: 'was “Bradley Baker”, now (none)' },
    ]);
    const p = proposal(bot, 'MP167B');
    expect(p).toMatchObject({ targetRelease: 'June 2024 SEC Release', path: 'Path 2: Authority Determination', committees: ['OPSG', 'SMKI PMA'] });
    expect(p.leadAnalyst).toBeUndefined();
  });

  it('refuses a path the record cannot have had: MP167B had its Modification Report, so it was never Fast-Track', async () => {
    const bot = demoBot();
    const reply = await bot.run('proposal edit MP167B path fast track');
    expect(reply.kind).toBe('error');
    expect(reply.title).toContain('Fast-Track');
    expect(proposal(bot, 'MP167B').path).toBe('Path 3: Self-Governance');
  });

  it('sets the proposer, the organisation as the directory spells it, and the party category; clearing all removes the proposer', async () => {
    const bot = demoBot();
    await bot.run('proposal edit DP096 proposer "Gemma Slaney" org "british gas" category "large suppliers"');
    expect(proposal(bot, 'DP096').proposer).toEqual({ name: 'Gemma Slaney', organisation: 'British Gas', category: 'Large Supplier' });
    const cleared = await bot.run('proposal edit DP096 proposer none org none category none');
    expect(cleared.kind).toBe('success');
    expect(proposal(bot, 'DP096').proposer).toBeUndefined();
  });

  it('the short form `edit REF` edits a proposal, and a converted DP reference finds its MP', async () => {
    const bot = demoBot();
    expect((await bot.run('edit DP096 analyst "Jordan Crase"')).title).toBe('Lead Analyst of DP096: was (none), now “Jordan Crase”');
    expect((await bot.run('edit DP167 summary "Rationalise the SEC"')).title).toContain('Summary of MP167: was');
  });

  it('only the change team may edit', async () => {
    const bot = demoBot();
    const before = bot.store.read();
    const reply = await bot.run('proposal edit DP096 title "X"', stranger);
    expect(reply.title).toContain('Only the SEC change team can change data');
    expect(bot.store.read()).toBe(before);
  });

  it.each([
    ['proposal edit DP096 titel "New"', '"titel" is not a field of a proposal I can edit. Did you mean "title"?', 'Fields: title, summary, proposer'],
    ['proposal edit DP096', 'Say what to change: one of title, summary', 'For example: proposal edit DP096 title'],
    ['proposal edit DP096 title', '"title" needs a value', 'For example:'],
    ['proposal edit DP096 analyst Bob analyst Carol', '"analyst" is given twice.', 'For example: proposal edit DP096 title'],
    ['proposal edit DP999 title "New"', 'No proposal DP999. Did you mean', 'search WORDS'],
    ['proposal edit DP096 title "DNO Power Outage Alerts"', 'DP096’s title is already “DNO Power Outage Alerts”. Nothing was changed.', 'Give the value it should have instead.'],
    ['proposal edit MP167B release Jan 24', 'There is no January 2024 SEC Release', 'proposal edit MP167B release Feb 24'],
    ['proposal edit MP167B release soon', '"soon" is not a release.', 'release Feb 24'],
    ['proposal edit MP167B path 7', '"7" is not a path.', 'Path 3: Self-Governance'],
    ['proposal edit DP096 committees OPSG,Nonsense', '"Nonsense" is not a committee I know', 'proposal edit DP096 committees OPSG,TABASC'],
    ['proposal edit DP096 category Plumber', '"Plumber" is not a party category.', 'Large Supplier'],
    ['proposal edit DP096 title none', 'DP096 needs a title.', 'proposal edit DP096 title'],
    [`proposal edit DP096 title "${'x'.repeat(301)}"`, 'The title is 301 characters long; the limit is 300.', 'Shorten it'],
    ['proposal edit DP096 title Changes to the release process', 'I can\'t tell where the title ends: "release" is also a field. Nothing was saved.', 'quote it: proposal edit DP096 title "Changes to the release process"'],
  ])('%s is refused, nothing written', async (line, message, hint) => {
    await expectRefusedOnDemo(line, message, hint);
  });

  it('a field word right after the field is part of the value, and quoted field words are text', async () => {
    const bot = demoBot();
    expect((await bot.run('proposal edit DP096 title Release "path" notes')).kind).toBe('success');
    expect(proposal(bot, 'DP096').title).toBe('Release "path" notes');
  });
});
