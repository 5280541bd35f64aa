import { describe, expect, it } from 'vitest';
import { actionAddModal } from '../../../src/platforms/slack/modals/action-add-modal';
import { checkFields, fieldForError, toView } from '../../../src/platforms/slack/modals/modal-spec';
import { raiseModal } from '../../../src/platforms/slack/modals/raise-modal';
import { modalFor } from '../../../src/platforms/slack/modals';
import { createTestBot } from '../../support/test-bot';

describe('modals', () => {
  it('open only for the bare trigger words', () => {
    expect(modalFor('  Raise ')).toBe(raiseModal);
    expect(modalFor('action   add')).toBe(actionAddModal);
    expect(modalFor('raise DP120 "x"')).toBeUndefined();
    expect(modalFor('actions')).toBeUndefined();
  });

  it('a raise form with quotes, commas and multi-word committees becomes a command the real parser accepts', async () => {
    const bot = createTestBot();
    const line = raiseModal.toCommandLine({ ref: 'dp 121', title: 'Fix "the" thing', proposer: 'Mari Toda', org: 'DCC', category: 'DCC', analyst: '', committees: 'SMKI PMA, SSC', summary: 'Line one\nline two' });
    const reply = await bot.run(line);
    expect(reply.kind).toBe('success');
    const dp = bot.store.read().proposals.find((p) => p.ref === 'DP121')!;
    expect(dp).toMatchObject({ title: 'Fix ”the” thing', committees: ['SMKI PMA', 'SSC'], summary: 'Line one line two', proposer: { name: 'Mari Toda', organisation: 'DCC', category: 'DCC' } });
  });

  it('puts an error on the field it is about', () => {
    expect(fieldForError(raiseModal, 'The title of DP120 is missing.')).toBe('title');
    expect(fieldForError(raiseModal, 'DP096 already exists.')).toBe('ref');
    expect(fieldForError(raiseModal, '"Big Supplier" is not a valid party category.')).toBe('category');
    expect(fieldForError(actionAddModal, 'Missing the text of the action.')).toBe('text');
    expect(fieldForError(actionAddModal, 'Something unexpected')).toBe('committee');
  });

  it('checks required fields and field validators before dispatch', () => {
    expect(checkFields(raiseModal, { ref: 'DPX', title: '' })).toEqual({ ref: expect.stringContaining('"DPX" is not a proposal reference'), title: 'Title is required.' });
    expect(checkFields(raiseModal, { ref: 'DP120', title: 'ok' })).toEqual({});
  });

  it('builds a modal view within Slack limits (title ≤24, one input per field)', () => {
    for (const spec of [raiseModal, actionAddModal]) {
      const view = toView(spec, { channelId: 'C1' }) as any;
      expect(view.title.text.length).toBeLessThanOrEqual(24);
      expect(view.blocks).toHaveLength(spec.fields.length);
      expect(JSON.parse(view.private_metadata)).toEqual({ channelId: 'C1' });
    }
  });
});
