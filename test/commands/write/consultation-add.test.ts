import { describe, expect, it } from 'vitest';
import { fixtureStore } from '../../domain/operations/fixtures';
import { expectRefused, writeBot } from './helpers';

/** The fixture with MP167B in a stage a consultation belongs to (a report consultation: the Report Phase). */
function botWithMP167BIn(stage: string, since: string) {
  const data = fixtureStore();
  const p = data.proposals.find((x) => x.ref === 'MP167B')!;
  p.stage = stage;
  p.stageHistory = [{ stage: 'Refinement Process', on: '2020-01-10', source: 'fixture' }, ...(stage === 'Refinement Process' ? [] : [{ stage, on: since, source: 'fixture' }])];
  return writeBot({ data });
}

describe('consultation add', () => {
  it('records a report consultation closing at 5pm London time and counts its Working Days', async () => {
    const bot = botWithMP167BIn('Report Phase', '2023-08-16');
    const reply = await bot.run('consultation add MP167B report 16 Aug 2023 7 Sep 2023 url https://example.org/mp167');
    expect(reply.kind).toBe('success');
    expect(reply.title).toBe('MP167B report consultation recorded (open now)');
    expect(reply.fields).toEqual([
      { label: 'Opens', value: '16 Aug 2023' },
      { label: 'Closes', value: '7 Sep 2023 17:00 (London time)' },
      { label: 'Length', value: '15 Working Days' },
      { label: 'Responses', value: 'https://example.org/mp167' },
    ]);
    expect(bot.store.read().consultations.at(-1)).toMatchObject({ proposal: 'MP167B', closes: '2023-09-07T17:00:00+01:00', source: 'consultation add by operator' });
    expect(bot.store.read().outbox.map((e) => e.type)).toEqual(['consultation.opened']);
  });

  it('reads dates typed month first ("Aug 16 2023 Sep 7, 2023") by their place, as day-first ones', async () => {
    const bot = botWithMP167BIn('Report Phase', '2023-08-16');
    const reply = await bot.run('consultation add MP167B report Aug 16 2023 Sep 7, 2023');
    expect(reply.kind).toBe('success');
    expect(reply.fields).toContainEqual({ label: 'Opens', value: '16 Aug 2023' });
    expect(reply.fields).toContainEqual({ label: 'Closes', value: '7 Sep 2023 17:00 (London time)' });
  });

  it('asks for the year of a date typed without one, and reads "4 Jan 25 Jan" as two dates', async () => {
    const bot = writeBot();
    const reply = await bot.run('consultation add MP167B report 4 Jan 25 Jan');
    expect(reply.kind).toBe('error');
    expect(reply.title).toContain('"4 Jan" has no year: 4 Jan 2023 (the last one) or 4 Jan 2024 (the next one)?');
  });

  it('accepts ISO dates, "to" between them, a closing time, and a future start (scheduled)', async () => {
    const bot = botWithMP167BIn('Refinement Process', '2020-01-10');
    const reply = await bot.run('consultation add "MP 167B" refinement 2023-11-01 to 2023-11-22 at 12:00');
    expect(reply.title).toBe('MP167B refinement consultation recorded (opens 1 Nov 2023)');
    expect(reply.fields).toContainEqual({ label: 'Closes', value: '22 Nov 2023 12:00 (London time)' });
    expect(bot.store.read().outbox.map((e) => e.type)).toEqual(['consultation.scheduled']);
  });

  it.each([
    ['consultation add', 'Missing the proposal reference.', 'consultation add MP114 report'],
    ['consultation add MP167B', 'Missing the kind of consultation', 'consultation add MP114 report'],
    ['consultation add MP167B report', 'Missing the opening date.', 'consultation add MP114 report'],
    ['consultation add MP167B report 16 Aug 2023', 'Missing the closing date.', 'consultation add MP114 report'],
    ['consultation add MP167B report closes 2023-09-07', 'Expected the opening date where "closes" is.', 'consultation add MP114 report 16 Aug 2023'],
    ['consultation add MP167B survey 2023-08-16 2023-09-07', '"survey" is not a kind of consultation.', 'refinement, report or other'],
    ['consultation add MP167B report 2023-09-07 2023-08-16', 'The consultation would close (16 Aug 2023) before it opens (7 Sep 2023).', 'Give the opening date first'],
    ['consultation add MP167B report 2023-08-16 2023-09-07 at teatime', '"teatime" is not a time I can read', '17:00'],
    ['consultation add MP167B report 2023-08-16 2023-09-07 url ftp:nope', 'is not a web address', 'url https://'],
    ['consultation add MP167B report 2023-08-16 2023-09-31', 'There is no 31 Sep 2023', '30 Sep 2023'],
    ['consultation add DP999 report 2023-08-16 2023-09-07', 'No proposal DP999.', 'search'],
    ['consultation add MP167B report 2023-08-16 2023-09-07', 'The Modification Report Consultation belongs to the Report Phase, but MP167B is in Change Board on 16 Aug 2023.', 'history MP167B'],
    ['consultation add DP096 report 2023-08-16 2023-09-07', 'DP096 is a Draft Proposal on 16 Aug 2023', 'convert DP096 first'],
    ['consultation add MP167B report 2023-08-16 2023-09-07 extra', `I didn't understand "extra"`, 'consultation add MP114 report'],
  ])('%s → %s', (line, message, hint) => expectRefused(line, message, hint));
});
