import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoStore } from '../../src/demo/demo-store';
import { createTestBot, stranger } from '../support/test-bot';

/** Dispatch must answer every input with a Reply: never throw, never hang, never show a stack trace. */
describe('dispatch under random input', () => {
  const bot = createTestBot({ data: demoStore() });
  const commandNames = ['status', 'list', 'search', 'actions', 'action', 'help', 'consultations', 'history', 'raise', 'advance', 'decide', 'convert'];
  const word = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(...commandNames, 'DP096', 'dp96', 'MP167B', 'CSC 12/01', '"', '“', 'on', 'note', '28 Jun 2023', '--json', '\u0000', '🙂'),
  );
  const line = fc.oneof(fc.string({ maxLength: 80 }), fc.array(word, { maxLength: 6 }).map((w) => w.join(' ')));

  it('always answers with a titled reply and no stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(line, fc.boolean(), async (text, asStranger) => {
        const reply = await bot.run(text, asStranger ? stranger : undefined);
        expect(typeof reply.title).toBe('string');
        expect(reply.title.length).toBeGreaterThan(0);
        expect(JSON.stringify(reply)).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
        expect(reply.title).not.toMatch(/reference [0-9a-f]{8}/); // no internal errors
      }),
      { numRuns: 2000 },
    );
  });
});
