import { describe, expect, it } from 'vitest';
import { createTestBot, stranger } from '../../support/test-bot';
import { readFixture } from './fixture';
import { buttonCommands, field, section, text } from './helpers';

describe('status', () => {
  const bot = createTestBot({ data: readFixture() });

  it('shows everything about a proposal: stage and days in it, people, path, release, decision, parent', async () => {
    const reply = await bot.run('status MP167B');
    expect(reply.title).toBe('MP167B — Review of SEC documents (DCC systems change governance)');
    expect(field(reply, 'Stage')).toBe('Report Phase — 6 days (since 16 Aug 2023)');
    expect(field(reply, 'Proposer')).toBe('Tom Rothery, DCC (DCC)');
    expect(field(reply, 'Lead analyst')).toBe('Bradley Baker');
    expect(field(reply, 'Path')).toBe('Path 3: Self-Governance');
    expect(field(reply, 'Target release')).toBe('February 2024 SEC Release — 29 Feb 2024');
    expect(field(reply, 'Last decision')).toBe('Modification Report approved by Change Sub-Committee on 15 Aug 2023');
    expect(field(reply, 'Split from')).toBe('MP167 — Review of SEC documents');
  });

  it('counts Working Days left on a consultation without the August bank holiday', async () => {
    // Tue 22 Aug 2023 → Thu 7 Sep 2023 17:00: 12 weekdays after today, but Mon 28 Aug is a bank holiday.
    const reply = await bot.run('status MP167B');
    expect(section(reply, 'Consultations')).toEqual([
      'Refinement Consultation · 28 Jun 2023 – 19 Jul 2023 17:00 · closed',
      'Modification Report Consultation · 16 Aug 2023 – 7 Sep 2023 17:00 · 11 Working Days left',
    ]);
    expect(field(reply, 'Next milestone')).toBe('Modification Report Consultation closes — 7 Sep 2023 17:00 (in 11 Working Days)');
  });

  it.each(['dp96', 'DP 096', 'dp-096', 'DP096'])('accepts %s for DP096', async (input) => {
    expect((await bot.run(`status ${input}`)).title).toBe('DP096 — DNO Power Outage Alerts');
  });

  it.each([['mp-167b', 'MP167B'], ['SECMP0049', 'SECMP0049'], ['secmp49', 'SECMP0049']])('accepts %s', async (input, ref) => {
    expect((await bot.run(`status ${input}`)).title.startsWith(`${ref} — `)).toBe(true);
  });

  it('answers a converted Draft Proposal with its Modification Proposal and says so', async () => {
    const reply = await bot.run('status DP118');
    expect(reply.title).toBe('MP118 — Alt HAN forum arrangements');
    expect(reply.text).toContain('DP118 was converted to MP118 on 10 May 2023.');
    expect(section(reply, 'Open actions')).toEqual(['CSC 11/02 · SECAS · no due date — Clarify the justification in the Modification Report.']);
    expect(field(reply, 'Next milestone')).toBe('Refinement Consultation opens — 24 Aug 2023 (in 2 Working Days)');
  });

  it('lists open actions that mention the proposal, with how overdue they are', async () => {
    const reply = await bot.run('status DP096');
    expect(section(reply, 'Open actions (2)')).toEqual([
      'CSC 10/01 · DCC · due 18 Aug 2023 (overdue by 2 Working Days) — Provide draft legal text and the cost breakdown for DP096.',
      'CSC 12/01 · SECAS · due 5 Sep 2023 (in 9 Working Days) — Arrange a meeting with DCC and DNO representatives about DP096.',
    ]);
    expect(field(reply, 'Proposer')).toBe('Gemma Slaney, SSEN (Electricity Network Party)');
  });

  it('shows the A/B split of a parent and keeps a stage the bot does not know', async () => {
    const reply = await bot.run('status MP167');
    expect(field(reply, 'Split into')).toBe('MP167A (Implemented), MP167B (Report Phase)');
    expect(field(reply, 'Stage')).toMatch(/^Split into alternative solutions — /);
  });

  it('takes a release date override from the store', async () => {
    const data = readFixture();
    data.releases.push({ name: 'February 2024 SEC Release', on: '2024-03-07', source: 'Panel decision' });
    const reply = await createTestBot({ data }).run('status MP167B');
    expect(field(reply, 'Target release')).toBe('February 2024 SEC Release — 7 Mar 2024');
  });

  it('names the next Change Board once the consultations have closed; a finished proposal has no milestone', async () => {
    const data = readFixture();
    data.proposals.find((p) => p.ref === 'MP167B')!.stage = 'Change Board';
    const later = createTestBot({ data, now: '2023-09-11T09:00:00Z' });
    expect(field(await later.run('status MP167B'), 'Next milestone')).toBe('Change Board meeting (CB 34_2709) — 27 Sep 2023 (in 12 Working Days)');
    expect(field(await later.run('status MP167A'), 'Next milestone')).toBeUndefined();
  });

  it('offers the change team the next step the rules accept (at a Self-Governance vote: the Change Board decides), and History to everyone', async () => {
    expect(buttonCommands(await bot.run('status MP167B'))).toEqual(['advance MP167B "Change Board"', 'history MP167B']);
    expect(buttonCommands(await bot.run('status DP096')), 'no Convert until the CSC agreed').toEqual(['history DP096']);
    expect(buttonCommands(await bot.run('status MP167B', stranger))).toEqual(['history MP167B']);
    const data = readFixture();
    data.proposals.find((p) => p.ref === 'MP167B')!.stage = 'Change Board';
    expect(buttonCommands(await createTestBot({ data }).run('status MP167B'))[0]).toBe('decide MP167B approved by Change Board');
  });

  it('the Advance button runs through the same dispatch and the status follows', async () => {
    const own = createTestBot({ data: readFixture() });
    const [advance] = buttonCommands(await own.run('status MP167B'));
    expect((await own.run(advance!)).kind).toBe('success');
    expect(field(await own.run('status MP167B'), 'Stage')).toBe('Change Board — 0 days (since 22 Aug 2023)');
  });

  it('an unknown reference suggests the nearest one', async () => {
    const reply = await bot.run('status DP999');
    expect(reply.kind).toBe('error');
    expect(reply.title).toBe('No proposal DP999. Did you mean DP099?');
  });

  it('words instead of a reference get title matches', async () => {
    const reply = await bot.run('status power outage');
    expect(reply.title).toBe('"power outage" is not a proposal reference.');
    expect(text(reply)).toContain('DP096 DNO Power Outage Alerts');
  });

  it('a malformed reference or none at all gets an example', async () => {
    const bad = await bot.run('status 12#');
    expect(bad.title).toBe('"12#" is not a proposal reference.');
    expect(bad.context).toEqual(['Try DP096, MP167B or SECMP0049.']);
    expect((await bot.run('status')).title).toBe('Which proposal? Give its reference.');
  });
});

describe('suggestions for an unknown reference', () => {
  it('are the nearest numbers that exist before references that differ by one digit', async () => {
    const data = readFixture();
    const dp096 = data.proposals.find((p) => p.ref === 'DP096')!;
    const own = createTestBot({ data: { ...data, proposals: [...data.proposals, { ...dp096, ref: 'DP088', title: 'Another proposal' }] } });
    expect((await own.run('status DP098')).title).toBe('No proposal DP098. Did you mean DP099, DP096 or DP088?');
    expect((await own.run('status MP097')).title).toBe('No proposal MP097. Did you mean DP096, DP099 or DP088?');
    expect((await own.run('status DP999')).title).toBe('No proposal DP999. Did you mean DP099?');
  });
});
