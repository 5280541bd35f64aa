import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/reply';
import { createCardSigner } from '../../../src/platforms/teams/card-signer';
import { toAdaptiveCard } from '../../../src/platforms/teams/to-adaptive-card';
import { MAX_CARD_BYTES, toAdaptiveCards } from '../../../src/platforms/teams/to-adaptive-cards';

const signer = createCardSigner('test-secret');

const status: Reply = {
  kind: 'info',
  title: 'DP096 — DNO Power Outage Alerts',
  text: 'The DCC cannot send alerts within 60 seconds.',
  fields: [{ label: 'Stage', value: 'Development Stage' }, { label: 'Lead analyst', value: 'Ali Analyst' }],
  sections: [{ title: 'Open actions (1)', items: ['CSC 12/01 — SECAS — arrange a meeting'], buttons: [{ label: 'Close', actionId: 'action.close', command: 'action close "CSC 12/01"', style: 'primary', confirm: 'Close CSC 12/01?' }] }],
  buttons: [{ label: 'History', actionId: 'proposal.history', command: 'history DP096' }],
  context: ['Source: OPSG paper'],
};

describe('toAdaptiveCard', () => {
  it('renders title, text, facts, sections and small print as Adaptive Card 1.5 elements', () => {
    const card = toAdaptiveCard(status, signer);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(card.body.map((e) => e.type)).toEqual(['TextBlock', 'TextBlock', 'FactSet', 'TextBlock', 'TextBlock', 'ActionSet', 'TextBlock']);
    expect(card.body[0]).toMatchObject({ text: 'DP096 — DNO Power Outage Alerts', weight: 'Bolder', wrap: true });
    expect(card.body[2]).toEqual({ type: 'FactSet', facts: [{ title: 'Stage', value: 'Development Stage' }, { title: 'Lead analyst', value: 'Ali Analyst' }] });
    expect(card.body[3]).toMatchObject({ text: 'Open actions (1)', separator: true });
    expect(card.body[4]).toMatchObject({ text: '- CSC 12/01 — SECAS — arrange a meeting' });
    expect(card.body[6]).toMatchObject({ text: 'Source: OPSG paper', isSubtle: true });
  });

  it('buttons are Action.Execute (Universal Actions) with the action id as verb and signed {secbot, command} data; confirmations open a "Yes" card first', () => {
    const card = toAdaptiveCard(status, signer);
    expect(card.actions).toEqual([{ type: 'Action.Execute', title: 'History', verb: expect.any(String), data: signer.sign('history DP096') }]);
    const close = (card.body[5] as unknown as { actions: any[] }).actions[0];
    expect(close).toMatchObject({ type: 'Action.ShowCard', title: 'Close', card: { body: [{ text: 'Close CSC 12/01?' }] } });
    expect(close.card.actions[0]).toEqual({ type: 'Action.Execute', title: 'Yes, Close', verb: expect.any(String), style: 'positive', data: { secbot: 1, command: 'action close "CSC 12/01"', sig: expect.any(String) } });
    expect(signer.check(close.card.actions[0].data)).toEqual({ ok: true, command: 'action close "CSC 12/01"' });
  });

  it.each([
    ['error', '✗ ', 'Attention'],
    ['warning', '⚠ ', 'Warning'],
    ['success', '✓ ', 'Good'],
  ] as const)('%s replies are marked and coloured', (kind, mark, color) => {
    const card = toAdaptiveCard({ kind, title: 'Done' }, signer);
    expect(card.body[0]).toMatchObject({ text: `${mark}Done`, color });
  });

  it('danger buttons are destructive', () => {
    const card = toAdaptiveCard({ kind: 'info', title: 't', buttons: [{ label: 'Withdraw', actionId: 'x', command: 'advance DP096 Withdrawn', style: 'danger' }] }, signer);
    expect(card.actions?.[0]).toMatchObject({ style: 'destructive' });
  });
});

describe('toAdaptiveCards (size-safe pages)', () => {
  const items = Array.from({ length: 600 }, (_, i) => `CSC ${i}/01 — owner ${i} — ${'a long action description '.repeat(3)}`);
  const long: Reply = { kind: 'info', title: 'Open actions (600)', sections: [{ title: 'CSC', items }], buttons: [{ label: 'More', actionId: 'more', command: 'actions page 2' }], context: ['600 actions'] };

  it('a short reply is one card', () => {
    expect(toAdaptiveCards(status, signer)).toHaveLength(1);
  });

  it('a long list continues on further cards, each under the Teams limit, with nothing cut', () => {
    const cards = toAdaptiveCards(long, signer);
    expect(cards.length).toBeGreaterThan(2);
    for (const card of cards) expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(MAX_CARD_BYTES);
    const shown = cards.flatMap((c) => c.body.filter((e) => typeof e.text === 'string' && e.text.startsWith('- ')).flatMap((e) => String(e.text).split('\r').map((l) => l.slice(2))));
    expect(shown).toEqual(items);
    expect(cards.map((c) => c.body[0]!.text)).toEqual(cards.map((_, i) => `Open actions (600) (part ${i + 1} of ${cards.length})`));
    expect(cards.slice(0, -1).every((c) => !c.actions)).toBe(true);
    expect(cards.at(-1)!.actions).toHaveLength(1);
    expect(cards.at(-1)!.body.at(-1)).toMatchObject({ text: '600 actions' });
  });

  it('very long text is split at line breaks rather than dropped', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `line ${i} of the imported minutes`).join('\n');
    const cards = toAdaptiveCards({ kind: 'info', title: 'Preview', text }, signer);
    const joined = cards.flatMap((c) => c.body.slice(1).map((e) => String(e.text))).join('\n');
    expect(joined).toBe(text);
  });
});
