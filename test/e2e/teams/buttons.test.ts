import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALICE, BOB, cardAction, message, submit } from './support/activities';
import { buttonFor, cardLines, cardOf } from './support/cards';
import { openFixtureStore, type FixtureStore } from './support/fixture-store';
import { startTeamsBot, type TeamsHarness } from './support/start-teams-bot';

describe('Teams: card buttons run through the same dispatch and permission checks', () => {
  let fixture: FixtureStore;
  let h: TeamsHarness;
  const actionStatus = (ref: string) => fixture.store.read().actions.find((a) => a.ref === ref)?.status;

  beforeEach(async () => {
    fixture = await openFixtureStore();
    h = await startTeamsBot({ store: fixture.store, changeTeam: [`teams:${ALICE.aadObjectId}`] });
  });
  afterEach(async () => {
    await h.close();
    await fixture.cleanup();
  });

  /** Ask for the action's card and return its Close button; the connector log starts empty after. */
  async function showAction(ref: string) {
    await h.post(message(h.connector.url, `action ${ref}`));
    const close = buttonFor(cardOf(h.connector.posts().at(-1)), /^action close/);
    h.connector.calls.length = 0;
    return { close };
  }

  it('Close (after its confirmation) closes the action and updates the card in place', async () => {
    await h.post(message(h.connector.url, 'action CSC 12/01'));
    const card = cardOf(h.connector.posts()[0]);
    const close = buttonFor(card, /^action close/);
    expect(close.confirm).toBe('Close CSC 12/01?');
    h.connector.calls.length = 0;

    const response = await h.post(submit(h.connector.url, close.data, 'activity-1'));

    expect(response.status).toBe(200);
    expect(actionStatus('CSC 12/01')).toBe('Closed');
    expect(fixture.store.auditOf().at(-1)).toMatchObject({ actor: `teams:${ALICE.aadObjectId}`, command: 'action close "CSC 12/01"' });
    expect(h.connector.posts()).toEqual([]);
    const [put] = h.connector.puts();
    expect(put!.activityId).toBe('activity-1');
    const lines = cardLines(cardOf(put));
    expect(lines[0]).toBe('✓ Closed CSC 12/01 (SECAS)');
    expect(lines).toContain(`Button used by ${ALICE.name}.`);
  });

  it('someone outside the change team gets a permission error as a new card; nothing changes', async () => {
    const { close } = await showAction('CSC 12/01');
    await h.post(submit(h.connector.url, close.data, 'activity-1', { from: BOB }));
    expect(actionStatus('CSC 12/01')).toBe('Open');
    expect(h.connector.puts()).toEqual([]);
    expect(cardLines(cardOf(h.connector.posts()[0]))[0]).toMatch(/^✗ You can't run "action close": Only the SEC change team can change data/);
  });

  it('a tampered button (command edited, signature kept) is refused with a clear error; nothing changes', async () => {
    const { close } = await showAction('CSC 12/01');
    const tampered = { ...close.data, command: 'action close "CSC 10/01"' };
    await h.post(submit(h.connector.url, tampered, 'activity-1'));
    expect(actionStatus('CSC 10/01')).toBe('Open');
    expect(actionStatus('CSC 12/01')).toBe('Open');
    expect(h.dispatched.filter((i) => i.text.startsWith('action close'))).toEqual([]);
    expect(h.connector.puts()).toEqual([]);
    const lines = cardLines(cardOf(h.connector.posts()[0]));
    expect(lines[0]).toBe('✗ That button was altered, or was made by another secbot setup (its key has changed), so it was not run.');
    expect(lines[1]).toContain('Nothing was changed. Type the command instead');
  });

  it.each([
    ['a string', 'close it'],
    ['an object without a command', { secbot: 1, sig: 'x'.repeat(43) }],
    ['a command without a signature', { secbot: 1, command: 'action close "CSC 12/01"' }],
  ])('malformed submit data (%s) gets an error card and runs nothing', async (_name, value) => {
    await h.post(submit(h.connector.url, value, 'activity-1'));
    expect(actionStatus('CSC 12/01')).toBe('Open');
    expect(h.dispatched).toEqual([]);
    expect(cardLines(cardOf(h.connector.posts()[0]))[0]).toBe('✗ That button sent data secbot does not understand, so it was not run.');
  });

  it('Snooze is a plain button: one click snoozes and updates the card', async () => {
    await h.post(message(h.connector.url, 'action CSC 10/01'));
    const snooze = buttonFor(cardOf(h.connector.posts()[0]), /^action snooze/);
    expect(snooze.confirm).toBeUndefined();
    await h.post(submit(h.connector.url, snooze.data, 'activity-1'));
    expect(fixture.store.read().actions.find((a) => a.ref === 'CSC 10/01')!.snoozedUntil).toBeDefined();
    expect(h.connector.puts()).toHaveLength(1);
  });

  it('Universal Action invokes (adaptiveCard/action) answer with the replacement card', async () => {
    const { close } = await showAction('CSC 12/01');
    const response = await h.post(cardAction(h.connector.url, close.data, 'activity-1'));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(response.body.value.body[0].text).toBe('✓ Closed CSC 12/01 (SECAS)');
    expect(actionStatus('CSC 12/01')).toBe('Closed');
  });

  it('a refused Universal Action leaves the card and posts the error', async () => {
    const { close } = await showAction('CSC 12/01');
    const response = await h.post(cardAction(h.connector.url, { ...close.data, sig: close.data.sig.replace(/^./, (c: string) => (c === 'A' ? 'B' : 'A')) }, 'activity-1'));
    expect(response.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(actionStatus('CSC 12/01')).toBe('Open');
    expect(cardLines(cardOf(h.connector.posts()[0]))[0]).toMatch(/altered/);
  });
});
