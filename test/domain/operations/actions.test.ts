import { describe, expect, it } from 'vitest';
import { addAction, closeAction, convertProposal, nextActionRef, setActionDue, snoozeAction, snoozeUntil, updateAction } from '../../../src/domain/operations';
import { createCalendar } from '../../../src/domain/calendar';
import { storeDataSchema } from '../../../storage/schema';
import { action, fixtureStore, meta, TODAY } from './fixtures';

describe('addAction', () => {
  it('numbers the action after the committee latest meeting and links proposals named in the text', () => {
    const data = fixtureStore();
    const a = addAction(data, { committee: 'Change Sub-Committee', owner: 'SECAS', text: 'Update DP096 and mp-167b reports', due: '2023-09-01' }, meta());
    expect(a).toMatchObject({ ref: 'CSC 12/02', committee: 'CSC', status: 'Open', raisedOn: TODAY, due: '2023-09-01', proposals: ['DP096', 'MP167B'] });
    expect(data.outbox.map((e) => [e.type, e.ref])).toEqual([['action.added', 'CSC 12/02']]);
    expect(() => storeDataSchema.parse(data)).not.toThrow();
  });

  it('links a converted DP by its MP reference', () => {
    const data = fixtureStore();
    convertProposal(data, { ref: 'DP096' }, meta());
    expect(addAction(data, { committee: 'CSC', owner: 'DCC', text: 'Cost DP096' }, meta()).proposals).toEqual(['MP096']);
  });

  it('uses a given reference or meeting, and refuses a taken one or a mismatched committee', () => {
    const data = fixtureStore();
    expect(addAction(data, { owner: 'GS', text: 'T', ref: 'csc13/4' }, meta()).ref).toBe('CSC 13/04');
    expect(addAction(data, { committee: 'OPSG', owner: 'DCC', text: 'T', meeting: 26 }, meta()).ref).toBe('OPSG 26/01');
    expect(() => addAction(data, { owner: 'GS', text: 'T', ref: 'CSC 12/01' }, meta())).toThrow('Action CSC 12/01 already exists');
    expect(() => addAction(data, { committee: 'OPSG', owner: 'GS', text: 'T', ref: 'CSC 14/01' }, meta())).toThrow('belongs to CSC, not OPSG');
  });

  it('asks for the meeting when it cannot number the action', () => {
    expect(() => addAction(fixtureStore(), { committee: 'TABASC', owner: 'DCC', text: 'T' }, meta())).toThrow("I don't know the number of the last TABASC meeting");
  });

  it('numbers from existing actions when no meeting is recorded', () => {
    const data = { ...fixtureStore(), meetings: [], actions: [action('SSC 7/03'), action('SSC 6/09')] };
    expect(nextActionRef(data, 'SSC')).toBe('SSC 7/04');
  });
});

describe('closeAction and updateAction', () => {
  it('closes with a note kept as an update, once', () => {
    const data = fixtureStore();
    const a = closeAction(data, { ref: 'CSC 12/01', note: 'Meeting held' }, meta());
    expect(a).toMatchObject({ status: 'Closed', closedOn: TODAY, updates: [{ on: TODAY, text: 'Meeting held', by: 'Tester' }] });
    expect(data.outbox.map((e) => e.type)).toEqual(['action.closed']);
  });

  it('refuses to close a closed action, saying when it was closed', () => {
    const data = fixtureStore();
    expect(() => closeAction(data, { ref: 'CSC 11/01' }, meta())).toThrow('CSC 11/01 was already closed on 25 Feb 2020.');
    expect(data.outbox).toHaveLength(0);
  });

  it('appends updates and refuses empty ones and unknown actions', () => {
    const data = fixtureStore();
    updateAction(data, { ref: 'CSC 10/01', text: 'Sent', by: 'Mari Toda' }, meta());
    expect(data.actions[0]!.updates).toEqual([{ on: TODAY, text: 'Sent', by: 'Mari Toda' }]);
    expect(() => updateAction(data, { ref: 'CSC 10/01', text: ' ' }, meta())).toThrow('The update text is missing');
    expect(() => updateAction(data, { ref: 'CSC 10/09', text: 'x' }, meta())).toThrow('No action CSC 10/09');
    expect(data.outbox.map((e) => e.type)).toEqual(['action.updated']);
  });
});

describe('setActionDue and snoozeAction', () => {
  it('moves the due date and warns when it is already past', () => {
    const data = fixtureStore();
    const change = setActionDue(data, { ref: 'CSC 12/01', due: '2023-08-01' }, meta());
    expect(change).toMatchObject({ previous: '2020-03-10', action: { due: '2023-08-01' } });
    expect(change.warnings[0]).toContain('overdue');
    expect(data.outbox[0]).toMatchObject({ type: 'action.due-changed', data: { from: '2020-03-10', to: '2023-08-01' } });
    expect(() => setActionDue(data, { ref: 'CSC 12/01', due: '2023-08-01' }, meta())).toThrow('already due on 1 Aug 2023');
    expect(() => setActionDue(data, { ref: 'CSC 11/01', due: '2023-09-01' }, meta())).toThrow('CSC 11/01 is closed');
  });

  it('snoozes until a later date only', () => {
    const data = fixtureStore();
    expect(snoozeAction(data, { ref: 'CSC 10/01', until: '2023-08-29' }, meta()).snoozedUntil).toBe('2023-08-29');
    expect(() => snoozeAction(data, { ref: 'CSC 10/01', until: TODAY }, meta())).toThrow('not after today');
    expect(() => snoozeAction(data, { ref: 'CSC 11/01', until: '2023-09-01' }, meta())).toThrow('closed');
    expect(data.outbox.map((e) => e.type)).toEqual(['action.snoozed']);
  });

  it('reads 1d as one Working Day (skipping the August bank holiday), 1w as a week, or a date', () => {
    const calendar = createCalendar();
    expect(snoozeUntil('1d', '2023-08-25', calendar)).toBe('2023-08-29');
    expect(snoozeUntil('3 days', TODAY, calendar)).toBe('2023-08-25');
    expect(snoozeUntil('1w', TODAY, calendar)).toBe('2023-08-29');
    expect(snoozeUntil('2 weeks', TODAY, calendar)).toBe('2023-09-05');
    expect(snoozeUntil('15 Sep 2023', TODAY, calendar)).toBe('2023-09-15');
    expect(() => snoozeUntil('0d', TODAY, calendar)).toThrow('at least 1 day');
    expect(() => snoozeUntil('forever', TODAY, calendar)).toThrow('Snooze for how long?');
  });
});
