import { describe, expect, it } from 'vitest';
import { ALICE, BOB, CHANNEL, installationUpdate, message } from './support/activities';
import { cardButtons, cardLines, cardOf } from './support/cards';
import { teamsFixtureData, type FixtureStore } from './support/fixture-store';
import type { TeamsHarness } from './support/start-teams-bot';
import { useTeamsBot } from './support/use-teams-bot';

describe('Teams: a home card with my actions, closing consultations and new DPs', () => {
  let fixture: FixtureStore;
  let h: TeamsHarness;

  useTeamsBot((started) => ({ fixture, h } = started), () => {
    const data = teamsFixtureData();
    data.people.push({ id: 'secas-ali', name: 'Ali Analyst', aliases: ['SECAS'], roles: [], platformIds: { teams: ALICE.aadObjectId! } } as never);
    data.consultations.push({ id: 'c1', proposal: 'DP096', kind: 'other', opens: '2023-08-14', closes: '2023-08-25T16:00:00.000Z', source: 'test' } as never);
    return data;
  });

  it('installing secbot in a personal chat greets with the home card', async () => {
    await h.post(installationUpdate(h.connector.url, 'add'));
    const lines = cardLines(cardOf(h.connector.posts()[0]));
    expect(lines[0]).toBe('secbot is here');
    expect(lines).toEqual(expect.arrayContaining(['My open actions (1)', 'Consultations closing in the next 10 Working Days', 'Recently raised DPs']));
    expect(lines.join('\n')).toContain('CSC 12/01');
    expect(lines.join('\n')).toMatch(/DP096: .*Working Day/);
  });

  it('"home" shows the same facts anywhere; someone not in the directory is told how to link', async () => {
    await h.post(message(h.connector.url, 'home'));
    const card = cardOf(h.connector.posts()[0]);
    expect(cardLines(card)[0]).toBe('Your secbot home');
    expect(cardButtons(card).map((b) => b.data.command)).toEqual(expect.arrayContaining(['action close "CSC 12/01"', 'status DP096']));
    await h.post(message(h.connector.url, 'home', { from: BOB }));
    expect(cardLines(cardOf(h.connector.posts()[1])).join('\n')).toContain('link "Your Name"');
    await h.post(message(h.connector.url, 'home', { conversation: CHANNEL }));
    expect(cardLines(cardOf(h.connector.posts()[2]))[0]).toBe(`${ALICE.name} asked secbot: home`);
  });
});
