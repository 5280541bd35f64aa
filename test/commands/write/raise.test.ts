import { describe, expect, it } from 'vitest';
import { buttonCommands, expectRefused, writeBot } from './helpers';

describe('raise', () => {
  it('registers the DP and says which committees will be notified', async () => {
    const bot = writeBot();
    const reply = await bot.run('raise dp120 "Alert routing for DNOs" proposer "Gemma Slaney" org "UK Power Networks" category "electricity network party" analyst "Jordan Crase" summary "DNOs need alerts"');
    expect(reply.kind).toBe('success');
    expect(reply.title).toBe('Raised DP120: Alert routing for DNOs');
    expect(reply.text).toContain('shown to: Change Sub-Committee; Operations Group; Technical Architecture and Business Architecture Sub-Committee; Security Sub-Committee; SMKI Policy Management Authority');
    expect(reply.text).toContain('No channel is subscribed to new Draft Proposals for these committees, so nobody is told');
    expect(reply.fields).toContainEqual({ label: 'Proposer', value: 'Gemma Slaney, UK Power Networks, Electricity Network Party' });
    expect(buttonCommands(reply)).toEqual(['status DP120']);
    const saved = bot.store.read().proposals.find((p) => p.ref === 'DP120')!;
    expect(saved).toMatchObject({ stage: 'Development Stage', leadAnalyst: 'Jordan Crase', summary: 'DNOs need alerts', raisedOn: '2023-08-22' });
    expect(saved.stageHistory[0]!.source).toBe('raise by operator');
    const events = bot.store.read().outbox;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'dp.raised', ref: 'DP120', data: { title: 'Alert routing for DNOs', leadAnalyst: 'Jordan Crase' } });
  });

  it('accepts a committee list split over words and quoted names', async () => {
    const bot = writeBot();
    const reply = await bot.run('raise DP121 "Clarify SMKI recovery" committees "SMKI PMA", ssc');
    expect(reply.title).toBe('Raised DP121: Clarify SMKI recovery');
    expect(reply.text).toContain('shown to: SMKI Policy Management Authority; Security Sub-Committee.');
    expect(bot.store.read().proposals.find((p) => p.ref === 'DP121')!.committees).toEqual(['SMKI PMA', 'SSC']);
  });

  it.each([
    ['raise', 'Missing the Draft Proposal reference and title', 'raise DP120 "'],
    ['raise DP120', 'The title of DP120 is missing.', 'raise DP120 "'],
    ['raise MP120 "Title"', '"MP120" is not a Draft Proposal reference.', 'raise DP120 "'],
    ['raise DP096 "Again"', 'DP096 already exists.', 'status DP096'],
    ['raise DP167B "Again"', 'DP167B was already converted to MP167B.', 'status MP167B'],
    ['raise DP120 "T" committees Board', '"Board" is not a committee I know', 'committees OPSG,TABASC'],
    ['raise DP120 "T" committees', '"committees" needs a value.', 'committees OPSG,TABASC'],
    ['raise DP120 "T" committees ,', '"committees" needs a list of committees.', 'committees OPSG,TABASC'],
    ['raise DP120 "T" category Huge', '"Huge" is not a party category.', 'Large Supplier'],
    ['raise DP120 "T" proposer', '"proposer" needs a value.', 'Usage: raise DPnnn'],
  ])('%s → %s', (line, message, hint) => expectRefused(line, message, hint, 'context'));
});
