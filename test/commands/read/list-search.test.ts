import { describe, expect, it } from 'vitest';
import { createTestBot } from '../../support/test-bot';
import type { StoreData } from '../../../storage/schema';
import { readFixture } from './fixture';

function refsOf(items: readonly string[] | undefined): string[] {
  return (items ?? []).map((line) => line.split(' ')[0]!);
}

function manyProposals(count: number): StoreData {
  const data = readFixture();
  for (let n = 200; n < 200 + count; n++) {
    data.proposals.push({
      ref: `DP${n}`, title: `Generated proposal ${n}`, stage: 'Development Stage', committees: [], decisions: [], children: [],
      stageHistory: [{ stage: 'Development Stage', on: '2023-08-01', source: 'test' }], updatedAt: '2023-08-01T09:00:00Z',
    });
  }
  return data;
}

describe('list', () => {
  const bot = createTestBot({ data: readFixture() });

  it('by default lists proposals still in progress, sorted by reference, with their stage; a split parent is not one of them', async () => {
    const reply = await bot.run('list');
    expect(reply.title).toBe('4 proposals in progress');
    expect(refsOf(reply.sections![0]!.items)).toEqual(['DP096', 'DP099', 'MP118', 'MP167B']);
    expect(reply.sections![0]!.items![0]).toBe('DP096 DNO Power Outage Alerts — Development Stage');
  });

  it('`all` adds implemented, rejected and withdrawn proposals', async () => {
    const reply = await bot.run('list all');
    expect(refsOf(reply.sections![0]!.items)).toEqual(['DP096', 'DP099', 'MP118', 'MP167', 'MP167A', 'MP167B', 'SECMP0049']);
  });

  it('filters by stage (loosely spelt), committee and release', async () => {
    expect(refsOf((await bot.run('list stage refinement')).sections![0]!.items)).toEqual(['MP118']);
    expect(refsOf((await bot.run('list stage implemented')).sections![0]!.items)).toEqual(['MP167A', 'SECMP0049']);
    expect(refsOf((await bot.run('list committee "operations group"')).sections![0]!.items)).toEqual(['DP096']);
    expect(refsOf((await bot.run('list committee tabasc')).sections![0]!.items)).toEqual(['MP118']);
    const release = await bot.run('list release "February 2024"');
    expect(release.title).toBe('1 proposal targeting the February 2024 SEC Release, in progress');
    expect(refsOf(release.sections![0]!.items)).toEqual(['MP167B']);
    expect(refsOf((await bot.run('list stage "split into alternative solutions"')).sections![0]!.items)).toEqual(['MP167']);
  });

  it('says clearly when nothing matches', async () => {
    const reply = await bot.run('list committee SSC');
    expect(reply.title).toBe('No proposals for Security Sub-Committee, in progress');
  });

  it.each([
    ['list stage bogus', '"bogus" is not a stage. The stages are: Development Stage, Converted to Modification Proposal, Refinement Process, Report Phase, Change Board, Authority Determination, Pending Implementation, Implemented, Rejected, Withdrawn.', /list stage "Refinement Process"/],
    ['list stage refinment', '"refinment" is not a stage. Did you mean Refinement Process?', /list stage "Refinement Process"/],
    ['list committee xyz', '"xyz" is not a committee I know. Use one of: CSC, OPSG, TABASC, SSC, SMKI PMA, PANEL, CB, WG, AUTHORITY.', /committee OPSG/],
    ['list release someday', '"someday" is not a SEC release.', /list release "Feb 24"/],
    ['list page zero', '"zero" is not a page number.', /list page 2/],
    ['list stage', '"stage" needs a value.', /Usage: list/],
    ['list frobnicate', 'I didn\'t understand "frobnicate".', /Usage: list/],
  ])('%s → a specific error', async (command, title, hint) => {
    const reply = await bot.run(command);
    expect(reply.kind).toBe('error');
    expect(reply.title).toBe(title);
    expect(reply.context?.join(' ')).toMatch(hint);
  });

  it('paginates 20 at a time and says how to see more', async () => {
    const big = createTestBot({ data: manyProposals(40) });
    const first = await big.run('list');
    expect(first.title).toBe('44 proposals in progress');
    expect(first.sections![0]!.items).toHaveLength(20);
    expect(first.context).toContain('showing 20 of 44 — add `page 2`');
    const third = await big.run('list page 3');
    expect(third.sections![0]!.items).toHaveLength(4);
    expect(third.context).toContain('showing 41–44 of 44');
    const past = await big.run('list page 4');
    expect(past.title).toBe('There are only 3 pages (44 in total).');
    expect(past.context).toEqual(['Try list page 3.']);
  });
});

describe('search', () => {
  const data = readFixture();
  data.proposals.push(
    { ...data.proposals[1]!, ref: 'DP120', title: 'Alerts for prepayment meters', summary: 'Outage handling for power cuts.' },
    { ...data.proposals[1]!, ref: 'DP121', title: 'Tariff data', summary: 'Power outage alerts are mentioned here too.' },
  );
  const bot = createTestBot({ data });

  it('ranks the exact phrase, then all words, then some; titles above summaries', async () => {
    const reply = await bot.run('search power outage alerts');
    // DP096: phrase in title. DP121: phrase in summary. DP120: all words across title and summary. None of the rest match.
    expect(refsOf(reply.sections![0]!.items)).toEqual(['DP096', 'DP121', 'DP120']);
    expect(reply.sections![0]!.items![0]).toBe('DP096 DNO Power Outage Alerts — Development Stage');
  });

  it('matches the start of words and ignores case', async () => {
    expect(refsOf((await bot.run('search PREPAY')).sections![0]!.items)).toEqual(['DP120']);
  });

  it('shows at most 10 results', async () => {
    const many = createTestBot({ data: manyProposals(30) });
    const reply = await many.run('search generated');
    expect(reply.sections![0]!.items).toHaveLength(10);
    expect(reply.context![0]).toMatch(/^Top 10 matches/);
  });

  it('says when nothing matches, and asks for words when none are given', async () => {
    expect((await bot.run('search quantum entanglement')).title).toBe('Nothing matches "quantum entanglement"');
    const empty = await bot.run('search');
    expect(empty.kind).toBe('error');
    expect(empty.title).toBe('What should I search for?');
    expect((await bot.run('search "!!"')).title).toBe('"!!" has no words to search for.');
  });
});
