import { describe, expect, it } from 'vitest';
import { demoStore } from '../../../src/demo/demo-store';
import { createTestBot } from '../../support/test-bot';
import { field, section } from './helpers';

/** list and status read like SECAS's register: split parents are not in progress, readiness to convert shows. */
describe('status reads like the register', () => {
  it('list does not count a split parent (MP167) as in progress, but `list all` still shows it', async () => {
    const bot = createTestBot({ data: demoStore() });
    const lines = (await bot.run('list page 2')).sections![0]!.items!;
    expect(lines.some((l) => l.startsWith('MP167B '))).toBe(true);
    expect(lines.some((l) => l.startsWith('MP167 '))).toBe(false);
    expect(JSON.stringify(await bot.run('list all page 2'))).toContain('MP167 Review of SEC documents — Split into MP167A and MP167B');
  });

  it('a DP the CSC agreed is ready to convert says so, with the date and route, in list, search and status', async () => {
    const bot = createTestBot({ data: demoStore() });
    const line = 'DP095 Alignment of SEC Credit Cover — Development Stage · Ready to convert (CSC agreed 25 Feb 2020; route: Refinement Process)';
    expect((await bot.run('list')).sections![0]!.items).toContain(line);
    expect((await bot.run('search Alignment of SEC Credit Cover')).sections![0]!.items).toContain(line);
    const status = await bot.run('status DP095');
    expect(field(status, 'Next step')).toBe('Ready to convert (CSC agreed 25 Feb 2020; route: Refinement Process): convert DP095');
  });

  it('a DP that needs further development, or that was converted, is not shown as ready', async () => {
    const bot = createTestBot({ data: demoStore() });
    expect((await bot.run('list')).sections![0]!.items).toContain('DP096 DNO Power Outage Alerts — Development Stage');
    expect(field(await bot.run('status DP096'), 'Next step')).toBeUndefined();
    expect((await bot.run('convert DP095 on 2 Mar 2020')).kind).toBe('success');
    expect(field(await bot.run('status MP095'), 'Next step')).toBeUndefined();
  });

  it('a later "further development required" outweighs an earlier readiness; the importer\'s two decisions (ready, route) combine', async () => {
    const data = demoStore();
    const dp096 = data.proposals.find((p) => p.ref === 'DP096')!;
    const dp100 = data.proposals.find((p) => p.ref === 'DP100')!;
    const src = 'import CSC_13.docx:12';
    const edited = {
      ...data,
      proposals: data.proposals.map((p) =>
        p === dp096 ? { ...p, decisions: [{ body: 'Change Sub-Committee', outcome: 'Ready to convert to a Modification Proposal', on: '2020-03-24', source: src }, { body: 'Change Sub-Committee', outcome: 'Recommended route: Report Phase', on: '2020-03-24', source: src }] }
          : p === dp100 ? { ...p, decisions: [{ body: 'CSC', outcome: 'Ready to convert; recommended route: Refinement Process', on: '2020-01-28', source: src }, { body: 'CSC', outcome: 'Further development required', on: '2020-02-25', source: src }] }
          : p),
    };
    const bot = createTestBot({ data: edited });
    expect(field(await bot.run('status DP096'), 'Next step')).toBe('Ready to convert (CSC agreed 24 Mar 2020; route: Report Phase): convert DP096');
    expect(field(await bot.run('status DP100'), 'Next step')).toBeUndefined();
  });

  it('a stage date only first seen in a document says so in status and history', async () => {
    const bot = createTestBot({ data: demoStore() });
    expect(field(await bot.run('status DP096'), 'Stage')).toMatch(/^Development Stage — at least \d{1,3}(,\d{3})* days \(first seen 25 Feb 2020 in CSC 12_2502 minutes\)$/);
    expect(section(await bot.run('history DP096'), 'Record (stages and decisions, in order)')[0]).toMatch(/^1\. Development Stage on 25 Feb 2020 · first seen in CSC 12_2502 minutes/);
    expect(field(await bot.run('status MP167B'), 'Stage')).toMatch(/^Report Phase — \d{1,3}(,\d{3})* days \(since 15 Aug 2023\)$/);
  });
});
