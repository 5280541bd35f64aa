import { describe, expect, it } from 'vitest';
import { demoStore } from '../../../src/demo/demo-store';
import { createTestBot } from '../../support/test-bot';

function bot() {
  return createTestBot({ data: demoStore() });
}

/** A value typed as several words beside option words: refused, nothing written, the quoted line to copy. */
describe('one rule for unquoted multi-word values, in every command with option words', () => {
  it.each([
    ['person add Jane Smith org British Gas', `person's name ends: "Jane Smith" is 2 words`, 'person add "Jane Smith" org "British Gas"'],
    ['person add Jane Smith org DCC', `person's name ends: "Jane Smith"`, 'person add "Jane Smith" org DCC'],
    ['person add "Jane Smith" org British Gas', 'value of "org" ends: "British Gas"', 'person add "Jane Smith" org "British Gas"'],
    ['person add Jane Smith aliases JS, Janey org DCC', `person's name ends`, 'person add "Jane Smith" aliases JS, Janey org DCC'],
    ['person update Gemma Slaney org British Gas', 'name ends: "Gemma Slaney"', 'person update "Gemma Slaney" org "British Gas"'],
    ['person update GS org British Gas', 'value of "org" ends: "British Gas"', 'person update GS org "British Gas"'],
    ['org add British Gas Trading category Large Supplier', `organisation's name ends: "British Gas Trading" is 3 words`, 'org add "British Gas Trading" category "Large Supplier"'],
    ['org update British Gas category Large Supplier', 'name ends: "British Gas"', 'org update "British Gas" category "Large Supplier"'],
    ['action add CSC Gemma Slaney "Send the DNO list"', 'owner ends: "Gemma Slaney"', 'action add CSC "Gemma Slaney" "Send the DNO list"'],
    ['action add CSC DCC and SECAS "Send the DNO list"', 'owner ends: "DCC and SECAS"', 'action add CSC "DCC and SECAS" "Send the DNO list"'],
    ['raise DP120 Faster outage alerts org UK Power Networks', 'title ends', 'raise DP120 "Faster outage alerts" org "UK Power Networks"'],
    ['consultation add MP167B report 16 Aug 2030 7 Sep 2030 at 5 pm', 'value of "at" ends: "5 pm"', 'consultation add MP167B report 16 Aug 2030 7 Sep 2030 at "5 pm"'],
    ['link Gemma Slaney for slack:U0123', 'name ends: "Gemma Slaney"', 'link "Gemma Slaney" for slack:U0123'],
  ])('%s', async (line, message, reading) => {
    const b = bot();
    const before = b.store.read();
    const reply = await b.run(line);
    expect(reply.kind).toBe('error');
    expect(reply.title).toContain(`I can't tell where the ${message}`);
    expect(reply.title).toContain('Nothing was saved.');
    expect(reply.context?.join(' ')).toContain(reading);
    expect(b.store.read()).toBe(before);
    // The reading offered is one the command takes.
    if (!line.startsWith('raise') && !line.startsWith('link') && !line.startsWith('consultation')) expect((await b.run(reading)).kind).toBe('success');
  });

  it.each([
    ['actions owner Gemma Slaney', 'actions owner "Gemma Slaney"'],
    ['actions owner Gemma Slaney overdue', 'actions owner "Gemma Slaney" overdue'],
    ['people org British Gas', 'people org "British Gas"'],
    ['list committee SMKI PMA', 'list committee "SMKI PMA"'],
  ])('reads too: %s → %s', async (line, reading) => {
    const reply = await bot().run(line);
    expect(reply.kind).toBe('error');
    expect(reply.title).toMatch(/^I can't tell where the value of "\w+" ends/);
    expect(reply.context?.join(' ')).toContain(`Quote each value: ${reading}`);
    expect((await bot().run(reading)).kind).not.toBe('error');
  });

  it('the quoted forms, and a lone trailing name without options, are taken whole', async () => {
    const b = bot();
    expect((await b.run('person add "Jane Smith" org "British Gas"')).title).toBe('Added Jane Smith to the directory');
    expect(b.store.read().people.at(-1)).toMatchObject({ name: 'Jane Smith', organisation: 'British Gas' });
    expect((await b.run('person add Ann Other')).title).toBe('Added Ann Other to the directory');
    expect((await b.run('person update "Jane Smith" org DCC initials JS')).kind).toBe('success');
    expect(b.store.read().people.find((p) => p.name === 'Jane Smith')).toMatchObject({ organisation: 'DCC', initials: 'JS' });
    expect((await b.run('org update DCC contacts "Mari Toda","Tom Rothery"')).kind).toBe('success');
    expect(b.store.read().organisations.find((o) => o.id === 'dcc')!.contacts).toEqual(['mari-toda', 'tom-rothery']);
  });
});
