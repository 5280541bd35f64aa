import { describe, expect, it } from 'vitest';
import { ALICE, BOB, cardAction, message, submit } from './support/activities';
import { buttonFor, cardButtons, cardLines, cardOf, invokeCard } from './support/cards';
import type { FixtureStore } from './support/fixture-store';
import type { TeamsHarness } from './support/start-teams-bot';
import { useTeamsBot } from './support/use-teams-bot';

describe('Teams: card buttons run through the same dispatch and permission checks', () => {
  let fixture: FixtureStore;
  let h: TeamsHarness;
  const actionStatus = (ref: string) => fixture.store.read().actions.find((a) => a.ref === ref)?.status;

  useTeamsBot((started) => ({ fixture, h } = started));

  /** Ask for the action's card and return its Close button; the connector log starts empty after. */
  async function showAction(ref: string) {
    await h.post(message(h.connector.url, `action ${ref}`));
    const close = buttonFor(cardOf(h.connector.posts().at(-1)), /^action close/);
    h.connector.calls.length = 0;
    return { close };
  }

  it('buttons are Universal Actions: Close (after its confirmation) closes the action; the card is updated in place and returned', async () => {
    await h.post(message(h.connector.url, 'action CSC 12/01'));
    const close = buttonFor(cardOf(h.connector.posts()[0]), /^action close/);
    expect(close).toMatchObject({ type: 'Action.Execute', verb: 'action.close', confirm: 'Close CSC 12/01?' });
    h.connector.calls.length = 0;

    const response = await h.post(cardAction(h.connector.url, close.data, 'activity-1'));

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(cardLines(invokeCard(response))[0]).toBe('✓ Closed CSC 12/01 (SECAS)');
    expect(actionStatus('CSC 12/01')).toBe('Closed');
    expect(fixture.store.auditOf().at(-1)).toMatchObject({ actor: `teams:${ALICE.aadObjectId}`, command: 'action close "CSC 12/01"' });
    expect(h.connector.posts()).toEqual([]);
    const [put] = h.connector.puts();
    expect(put!.activityId).toBe('activity-1');
    const lines = cardLines(cardOf(put));
    expect(lines[0]).toBe('✓ Closed CSC 12/01 (SECAS)');
    expect(lines).toContain(`Button used by ${ALICE.name}.`);
    expect(h.connector.posts()).toEqual([]);
  });

  it('each person sees only the buttons they may use: Close/Snooze for the change team, not for others', async () => {
    await h.post(message(h.connector.url, 'action CSC 12/01', { from: BOB }));
    const bobs = cardButtons(cardOf(h.connector.posts()[0])).map((b) => b.title);
    expect(bobs).toEqual(['History']);
    await h.post(message(h.connector.url, 'action CSC 12/01'));
    const alices = cardButtons(cardOf(h.connector.posts()[1])).map((b) => b.title);
    expect(alices).toEqual(expect.arrayContaining(['Yes, Close', 'Snooze 1 Working Day', 'History']));
  });

  it('someone outside the change team pressing Close is refused privately; nothing changes', async () => {
    const { close } = await showAction('CSC 12/01');
    const response = await h.post(cardAction(h.connector.url, close.data, 'activity-1', { from: BOB }));
    expect(response.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(response.body.value).toMatch(/^You can't run "action close": Only the SEC change team can change data/);
    expect(actionStatus('CSC 12/01')).toBe('Open');
    expect(h.connector.puts()).toEqual([]);
  });

  it('a tampered button (command edited, signature kept) is refused with a clear error; nothing changes', async () => {
    const { close } = await showAction('CSC 12/01');
    const tampered = { ...close.data, command: 'action close "CSC 10/01"' };
    const response = await h.post(cardAction(h.connector.url, tampered, 'activity-1'));
    expect(actionStatus('CSC 10/01')).toBe('Open');
    expect(actionStatus('CSC 12/01')).toBe('Open');
    expect(h.dispatched.filter((i) => i.text.startsWith('action close'))).toEqual([]);
    expect(h.connector.puts()).toEqual([]);
    expect(response.body.value).toMatch(/^That button was altered, or was made by another secbot setup \(its key has changed\), so it was not run\. Nothing was changed\. Type the command instead/);
    expect(cardLines(cardOf(h.connector.posts()[0]))[0]).toMatch(/altered/);
  });

  it.each([
    ['a string', 'close it'],
    ['an object without a command', { secbot: 1, sig: 'x'.repeat(43) }],
    ['a command without a signature', { secbot: 1, command: 'action close "CSC 12/01"' }],
  ])('malformed data (%s) runs nothing', async (_name, value) => {
    await showAction('CSC 12/01');
    const response = await h.post(cardAction(h.connector.url, value, 'activity-1'));
    expect(actionStatus('CSC 12/01')).toBe('Open');
    expect(h.dispatched.filter((i) => i.text.startsWith('action close'))).toEqual([]);
    expect(response.body.type).toBe('application/vnd.microsoft.activity.message');
  });

  it('Snooze is a plain button: one click snoozes and updates the card', async () => {
    await h.post(message(h.connector.url, 'action CSC 10/01'));
    const snooze = buttonFor(cardOf(h.connector.posts()[0]), /^action snooze/);
    expect(snooze.confirm).toBeUndefined();
    await h.post(cardAction(h.connector.url, snooze.data, 'activity-1'));
    expect(fixture.store.read().actions.find((a) => a.ref === 'CSC 10/01')!.snoozedUntil).toBeDefined();
    expect(h.connector.puts()).toHaveLength(1);
  });

  it('a card sent before Universal Actions (Action.Submit arrives as a message with value) still works', async () => {
    const { close } = await showAction('CSC 12/01');
    await h.post(submit(h.connector.url, close.data, 'activity-1'));
    expect(actionStatus('CSC 12/01')).toBe('Closed');
    expect(h.connector.puts()[0]!.activityId).toBe('activity-1');
  });
});
