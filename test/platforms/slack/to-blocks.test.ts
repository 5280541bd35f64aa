import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/reply';
import { LIMITS, messageSchema } from '../../../src/platforms/slack/render/block-limits';
import { toBlocks } from '../../../src/platforms/slack/render/to-blocks';
import { toCompactBlocks } from '../../../src/platforms/slack/render/to-compact-blocks';

const allText = (reply: ReturnType<typeof toBlocks>) => JSON.stringify(reply.map((m) => m.blocks));
const blockTexts = (messages: ReturnType<typeof toBlocks>): string =>
  messages
    .flatMap((m) => m.blocks)
    .flatMap((b: any) => [b.text?.text, ...(b.fields ?? []).map((f: any) => f.text), ...(b.elements ?? []).map((e: any) => e.text?.text ?? e.text)])
    .filter((t): t is string => typeof t === 'string')
    .join('\n');

describe('toBlocks (Reply → Block Kit)', () => {
  it('renders header, fields, sections, buttons and context', () => {
    const [message, ...rest] = toBlocks({
      kind: 'success',
      title: 'Closed CSC 12/01',
      text: 'Arrange a meeting <with> DCC & DNOs',
      fields: [{ label: 'Owner', value: 'SECAS' }],
      sections: [{ title: 'Open actions', items: ['CSC 11/02 · DCC'] }],
      buttons: [{ label: 'Reopen', actionId: 'action.reopen', command: 'action reopen "CSC 12/01"', style: 'danger', confirm: 'Reopen it?' }],
      context: ['Source: CSC 12_2502 minutes'],
    });
    expect(rest).toEqual([]);
    expect(message!.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'section', 'section', 'actions', 'context']);
    expect(message!.blocks[0]).toMatchObject({ text: { text: '✅ Closed CSC 12/01' } });
    expect(JSON.stringify(message)).toContain('Arrange a meeting &lt;with&gt; DCC &amp; DNOs');
    const button = (message!.blocks[5] as any).elements[0];
    expect(button).toMatchObject({ action_id: 'sec:action.reopen:0', value: 'action reopen "CSC 12/01"', style: 'danger', confirm: { text: { text: 'Reopen it?' } } });
  });

  it('paginates 500 long items over several messages of at most 50 blocks, losing none, in order', () => {
    const items = Array.from({ length: 500 }, (_, i) => `DP${String(i).padStart(3, '0')} ${'a title of some length '.repeat(4)}`);
    const messages = toBlocks({ kind: 'info', title: 'All proposals', sections: Array.from({ length: 25 }, (_, s) => ({ title: `Part ${s}`, items: items.slice(s * 20, s * 20 + 20) })) });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(() => messageSchema.parse(m)).not.toThrow();
    const text = blockTexts(messages);
    let at = -1;
    for (const item of items) {
      const next = text.indexOf(item, at + 1);
      expect(next).toBeGreaterThan(at);
      at = next;
    }
    expect((messages[1]!.blocks[0] as any).elements[0].text).toBe(`All proposals (continued, 2 of ${messages.length})`);
  });

  it('splits a single huge list into sections of ≤3000 characters', () => {
    const items = Array.from({ length: 120 }, (_, i) => `item ${i} ${'x'.repeat(90)}`);
    const [message] = toBlocks({ kind: 'info', title: 'Long', sections: [{ items }] });
    const sections = message!.blocks.filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThan(3);
    for (const s of sections as any[]) expect(s.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
  });

  it('keeps more than 10 fields in several sections and splits a 5,000-character field value', () => {
    const fields = Array.from({ length: 23 }, (_, i) => ({ label: `F${i}`, value: i === 3 ? 'v '.repeat(2500) : `value ${i}` }));
    const messages = toBlocks({ kind: 'info', title: 'Fields', fields });
    for (const m of messages) expect(() => messageSchema.parse(m)).not.toThrow();
    expect(allText(messages)).toContain('value 22');
    expect(blockTexts(messages).replace(/\*F3\*\n/g, '').replace(/\s+/g, '')).toContain('v'.repeat(2500));
  });

  it('keeps a title longer than a header in full below a shortened header', () => {
    const title = `DP096 — ${'A very long proposal title '.repeat(8)}`;
    const [message] = toBlocks({ kind: 'info', title });
    expect((message!.blocks[0] as any).text.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    expect((message!.blocks[0] as any).text.text.endsWith('…')).toBe(true);
    expect((message!.blocks[1] as any).text.text).toBe(title);
  });

  it('puts 30 buttons in two actions blocks with unique action ids, shortens long labels, drops an over-long command', () => {
    const buttons = Array.from({ length: 30 }, (_, i) => ({ label: `Close action number ${i} ${'x'.repeat(80)}`, actionId: 'action.close', command: `action close "CSC 12/${i}"` }));
    buttons.push({ label: 'Huge', actionId: 'x', command: 'y'.repeat(2001) });
    const [message] = toBlocks({ kind: 'info', title: 'Buttons', buttons });
    const actions = message!.blocks.filter((b) => b.type === 'actions') as any[];
    expect(actions.map((a) => a.elements.length)).toEqual([25, 5]);
    const ids = actions.flatMap((a) => a.elements.map((e: any) => e.action_id));
    expect(new Set(ids).size).toBe(30);
    for (const a of actions) for (const e of a.elements) expect(e.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
    expect(JSON.stringify(message)).not.toContain('y'.repeat(2001));
  });

  it('adds "Share in channel" on the last page only, still within 50 blocks', () => {
    const sections = Array.from({ length: 49 }, (_, i) => ({ text: `line ${i}` }));
    const messages = toBlocks({ kind: 'info', title: 'Exactly full', sections }, { shareId: 'abc' });
    expect(messages).toHaveLength(2);
    expect(allText([messages[0]!])).not.toContain('sec-share');
    const last = messages[1]!.blocks.at(-1) as any;
    expect(last.elements[0]).toMatchObject({ action_id: 'sec-share', value: 'abc' });
    for (const m of messages) expect(m.blocks.length).toBeLessThanOrEqual(50);
  });

  it('any Reply renders to messages that satisfy the limits schema and keep every item', () => {
    const text = fc.string({ maxLength: 400 });
    const reply = fc.record({
      kind: fc.constantFrom('info', 'success', 'warning', 'error', 'help'),
      title: fc.string({ minLength: 1, maxLength: 400 }),
      text: fc.option(fc.string({ maxLength: 5000 }), { nil: undefined }),
      fields: fc.array(fc.record({ label: fc.string({ minLength: 1, maxLength: 60 }), value: fc.string({ maxLength: 3000 }) }), { maxLength: 25 }),
      sections: fc.array(fc.record({ title: fc.option(text, { nil: undefined }), items: fc.array(fc.string({ minLength: 1, maxLength: 300 }), { maxLength: 80 }) }), { maxLength: 12 }),
      context: fc.array(fc.string({ minLength: 1, maxLength: 500 }), { maxLength: 14 }),
      buttons: fc.array(
        fc.record({ label: fc.string({ maxLength: 100 }), actionId: fc.string({ minLength: 1, maxLength: 300 }), command: fc.string({ maxLength: 2100 }), confirm: fc.option(fc.string({ maxLength: 400 }), { nil: undefined }) }),
        { maxLength: 30 },
      ),
    });
    fc.assert(
      fc.property(reply, (r) => {
        const messages = toBlocks(r as Reply, { shareId: 'id' });
        for (const m of messages) messageSchema.parse(m);
        const rendered = blockTexts(messages).replace(/\s+/g, '');
        const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\s+/g, '');
        for (const s of r.sections) for (const item of s.items) if (!rendered.includes(escaped(item))) return false;
        return true;
      }),
      { numRuns: 150 },
    );
  });
});

describe('toCompactBlocks (unfurl cards)', () => {
  it('is one small message: bold title, at most 6 fields, one line of small print, no buttons', () => {
    const card = toCompactBlocks({
      kind: 'info', title: 'DP096 — DNO Power Outage Alerts', text: 'Summary',
      fields: Array.from({ length: 9 }, (_, i) => ({ label: `L${i}`, value: `V${i}` })),
      buttons: [{ label: 'Close', actionId: 'a', command: 'x' }], context: ['one', 'two'],
    });
    expect(card.blocks.map((b) => b.type)).toEqual(['section', 'section', 'context']);
    expect((card.blocks[0] as any).text.text).toBe('*DP096 — DNO Power Outage Alerts*\nSummary');
    expect((card.blocks[1] as any).fields).toHaveLength(6);
    expect(JSON.stringify(card)).not.toContain('"actions"');
  });
});
