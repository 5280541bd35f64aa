import { describe, expect, it } from 'vitest';
import { createTestBot } from '../../support/test-bot';
import { readFixture } from './fixture';

const items = (reply: { sections?: { items?: string[] }[] }): string[] => reply.sections?.[0]?.items ?? [];

describe('consultations', () => {
  it('open: opened and not yet closed, with closing time and Working Days left (bank holiday excluded)', async () => {
    const reply = await createTestBot({ data: readFixture() }).run('consultations');
    expect(reply.title).toBe('1 open consultation');
    expect(items(reply)).toEqual([
      'MP167B Review of SEC documents (DCC systems change governance): Modification Report Consultation · 16 Aug 2023 – 7 Sep 2023 17:00 · 11 Working Days left',
    ]);
  });

  it('closing: only those closing within 10 Working Days', async () => {
    const data = readFixture();
    const tuesday = createTestBot({ data });
    expect((await tuesday.run('consultations closing')).title).toBe('No consultations closing within 10 Working Days');
    tuesday.clock.set('2023-08-23T09:00:00Z'); // one Working Day later: 10 left
    const reply = await tuesday.run('consultations closing');
    expect(reply.title).toBe('1 consultation closing within 10 Working Days');
    expect(items(reply)[0]).toMatch(/· 10 Working Days left$/);
  });

  it('a consultation closes at 5pm London time on its last day', async () => {
    const bot = createTestBot({ data: readFixture(), now: '2023-09-07T15:59:00Z' }); // 16:59 BST
    expect(items(await bot.run('consultations'))[0]).toMatch(/^MP167B .* · closes today$/);
    bot.clock.set('2023-09-07T16:00:00Z'); // 17:00 BST: only MP118's consultation is still open
    expect(items(await bot.run('consultations')).map((l) => l.split(' ')[0])).toEqual(['MP118']);
  });

  it('all: closed, open and upcoming, soonest closing first', async () => {
    const reply = await createTestBot({ data: readFixture() }).run('consultations all');
    expect(reply.title).toBe('3 consultations');
    expect(items(reply).map((l) => l.split(' · ').at(-1))).toEqual(['closed', '11 Working Days left', 'opens 24 Aug 2023']);
  });

  it('an upcoming consultation becomes open on its opening day', async () => {
    const bot = createTestBot({ data: readFixture(), now: '2023-08-24T08:00:00Z' });
    const lines = items(await bot.run('consultations'));
    // 24 Aug → 14 Sep 2023 17:00: 14 Working Days after the 24th (28 Aug is a bank holiday).
    expect(lines).toContain('MP118 Alt HAN forum arrangements: Refinement Consultation · 24 Aug 2023 – 14 Sep 2023 17:00 · 14 Working Days left');
  });

  it('bad input names the valid choices', async () => {
    const bot = createTestBot({ data: readFixture() });
    const reply = await bot.run('consultations soon');
    expect(reply.kind).toBe('error');
    expect(reply.title).toBe('"soon" is not a valid choice for consultations.');
    expect(reply.context).toEqual(['Use one of: open, closing, all.']);
    expect((await bot.run('consultations open all')).title).toBe('I didn\'t understand "all".');
    expect((await bot.run('consultations page 2')).title).toBe('There is only 1 page (1 in total).');
  });
});
