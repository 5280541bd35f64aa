import { describe, expect, it } from 'vitest';
import { formFor, FORMS } from '../../commands/forms';
import { checkFields, fieldForError } from '../../commands/forms/form-spec';
import { consultationAddForm } from '../../commands/forms/consultation-add-form';
import { createTestBot } from '../support/test-bot';
import { teamsFixtureData } from '../e2e/teams/support/fixture-store';

describe('forms shared by Slack modals and Teams dialogs', () => {
  it('open for the bare trigger words only: raise, action add, consultation add', () => {
    expect(FORMS.map((f) => f.trigger)).toEqual(['raise', 'action add', 'consultation add']);
    expect(formFor(' Consultation   ADD ')).toBe(consultationAddForm);
    expect(formFor('consultation add MP167B report')).toBeUndefined();
  });

  it('a consultation form (dates from a date picker) becomes a command the real parser accepts', async () => {
    const bot = createTestBot({ data: teamsFixtureData() });
    const line = consultationAddForm.toCommandLine({ ref: 'dp 96', kind: 'other', opens: '2020-03-02', closes: '2020-03-13', at: '12:00', url: '' });
    expect(line).toBe('consultation add dp96 other 2020-03-02 2020-03-13 at "12:00"');
    expect((await bot.run(line)).kind).toBe('success');
    expect(bot.store.read().consultations.at(-1)).toMatchObject({ proposal: 'DP096', kind: 'other', opens: '2020-03-02' });
  });

  it('blank required fields and refused values are reported on their own field', () => {
    expect(checkFields(consultationAddForm, { ref: 'XY1', kind: '', opens: '2020-03-02', closes: '' })).toEqual({
      ref: expect.stringMatching(/XY1/), kind: 'Kind is required.', closes: 'Closes is required.',
    });
    expect(fieldForError(consultationAddForm, 'The consultation would close (1 Mar 2020) before it opens (2 Mar 2020).')).toBe('closes');
    expect(fieldForError(consultationAddForm, '"soon" is not a kind of consultation.')).toBe('kind');
  });
});
