import { describe, expect, it } from 'vitest';
import { demoStore } from '../../../src/demo/demo-store';
import { createTestBot, stranger } from '../../support/test-bot';

/** The demo store on 22 Aug 2023: MP167B's report consultation (16 Aug – 7 Sep 2023) is open. */
function demoBot() {
  return createTestBot({ data: demoStore() });
}

const consultation = (bot: ReturnType<typeof demoBot>, id: string) => bot.store.read().consultations.find((c) => c.id === id);

describe('consultation edit', () => {
  it('moves the closing date, keeping 5pm, by proposal and kind; no news, and the id stays', async () => {
    const bot = demoBot();
    const reply = await bot.run('consultation edit MP167B report closes 8 Sep 2023');
    expect(reply.title).toBe('Closing date of MP167B report consultation: was “7 Sep 2023 17:00”, now “8 Sep 2023 17:00”');
    expect(consultation(bot, 'MP167B-report')!.closes).toBe('2023-09-08T17:00:00+01:00');
    expect(bot.store.read().outbox).toEqual([]);
    expect(JSON.stringify(await bot.run('history MP167B'))).toContain('consultation edit MP167B report closes 8 Sep 2023');
  });

  it('changes both ends, the closing time, the link and the kind, named by id', async () => {
    const bot = demoBot();
    const dates = await bot.run('consultation edit MP167B refinement opens 29 Jun 2023 closes 20 Jul 2023');
    expect(dates.fields).toEqual([
      { label: 'Opening date', value: 'was “28 Jun 2023”, now “29 Jun 2023”' },
      { label: 'Closing date', value: 'was “19 Jul 2023 17:00”, now “20 Jul 2023 17:00”' },
    ]);
    const rest = await bot.run('consultation edit MP167B-report at 12:00 url https://smartenergycodecompany.co.uk/consultations/');
    expect(rest.kind).toBe('success');
    expect(consultation(bot, 'MP167B-report')).toMatchObject({ closes: '2023-09-07T12:00:00+01:00', url: 'https://smartenergycodecompany.co.uk/consultations/' });
    expect((await bot.run('consultation edit MP167B-report url none')).title).toContain('now (none)');
    expect((await bot.run('consultation edit MP167B-report kind other')).title).toBe('Kind of MP167B report consultation: was “Modification Report Consultation”, now “Consultation”');
  });

  it('the short form `edit MP167B report` edits the consultation', async () => {
    const bot = demoBot();
    expect((await bot.run('edit MP167B report closes 8 Sep 2023')).kind).toBe('success');
    expect((await bot.run('edit mp167b-report opens 17 Aug 2023')).title).toContain('Opening date of MP167B report consultation');
  });

  it.each([
    ['consultation edit MP167B report closes 9 Sep 2023', 'The closing date Sat 9 Sep 2023 is not a Working Day', 'closes 2023-09-11'],
    ['consultation edit MP167B report closes 16 Aug 2023', 'The consultation would last 0 Working Days', 'give a later closing date'],
    ['consultation edit MP167B report closes 15 Aug 2023', 'would close (15 Aug 2023) before it opens (16 Aug 2023)', 'opens'],
    ['consultation edit MP167B report opens 28 Aug 2023', 'is not a Working Day (Summer bank holiday', 'opens'],
    ['consultation edit MP167B report closes 7 Sep 2023', 'MP167B report consultation’s closing date is already “7 Sep 2023 17:00”.', 'Give the value'],
    ['consultation edit MP167B report kind report', 'MP167B report consultation’s kind is already', 'Give the value'],
    ['consultation edit MP167B report kind survey', '"survey" is not a kind of consultation.', 'consultation edit MP167B report kind report'],
    ['consultation edit MP167B report url not-a-link', '"not-a-link" is not a web address.', 'url https://'],
    ['consultation edit MP167B report at 25:00', '"25:00" is not a time I can read', ''],
    ['consultation edit MP167B report clozes 8 Sep 2023', '"clozes" is not a field of a consultation I can edit. Did you mean "closes"?', 'Fields: opens, closes, at, url, kind'],
    ['consultation edit MP167B other closes 8 Sep 2023', 'MP167B has no other consultation.', 'MP167B-report (report, opens 16 Aug 2023)'],
    ['consultation edit MP167B closes 8 Sep 2023', 'Which consultation of MP167B?', 'consultation edit MP167B report'],
    ['consultation edit MP167B-reprt closes 8 Sep 2023', 'No consultation "MP167B-reprt". Did you mean "MP167B-report"?', 'consultations all'],
    ['consultation edit MP167B refinement kind report opens 16 Aug 2023 closes 7 Sep 2023', 'MP167B already has a report consultation opening 16 Aug 2023 (MP167B-report)', 'consultation cancel MP167B-report'],
  ])('%s is refused, nothing written', async (line, message, hint) => {
    const bot = demoBot();
    const before = bot.store.read();
    const reply = await bot.run(line);
    expect(reply.kind).toBe('error');
    expect(reply.title).toContain(message);
    expect([reply.title, ...(reply.context ?? [])].join(' ')).toContain(hint);
    expect(bot.store.read()).toBe(before);
  });
});

describe('consultation cancel', () => {
  it('removes it with the reason, says what was removed, queues no news, and history keeps it', async () => {
    const bot = demoBot();
    const reply = await bot.run('consultation cancel MP167B refinement recorded by mistake');
    expect(reply.title).toBe('Cancelled the MP167B Refinement Consultation (opened 28 Jun 2023, closing 19 Jul 2023 17:00)');
    expect(reply.fields).toEqual([{ label: 'Reason', value: 'recorded by mistake' }]);
    expect(consultation(bot, 'MP167B-refinement')).toBeUndefined();
    expect(bot.store.read().outbox).toEqual([]);
    const history = JSON.stringify(await bot.run('history MP167B'));
    expect(history).toContain('consultation cancel MP167B refinement recorded by mistake');
    expect(history).toContain('removed consultation MP167B-refinement');
  });

  it('refuses an unknown one and anyone outside the change team', async () => {
    const bot = demoBot();
    expect((await bot.run('consultation cancel MP167B other')).title).toBe('MP167B has no other consultation.');
    expect((await bot.run('consultation cancel MP167B report', stranger)).title).toContain('Only the SEC change team can change data');
    expect(bot.store.read().consultations).toHaveLength(2);
  });
});
