import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestBot, stranger } from '../../support/test-bot';
import { readFixture } from './fixture';

const COMMANDS = ['help', 'status', 'list', 'search', 'actions', 'action', 'consultations', 'history', 'whoami', 'link'];
const WORDS = ['DP096', 'dp 96', 'MP167B', 'CSC 12/01', 'page', '0', '2', 'all', 'mine', 'open', 'stage', 'committee', 'owner', 'release', 'for', 'slack:U1', '"', '“', 'Gemma', 'GS', 'Feb 24', '-1', '99999999'];

/** Whatever follows one of these command names, the answer is a reply, never "Something went wrong". */
describe('read commands never fail on odd input', () => {
  const bot = createTestBot({ data: readFixture() });
  const tail = fc.oneof(fc.string({ maxLength: 40 }), fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((w) => w.join(' ')));

  it('answers every input with a reply a user can read', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...COMMANDS), tail, fc.boolean(), async (name, rest, asStranger) => {
        const reply = await bot.run(`${name} ${rest}`, asStranger ? stranger : undefined);
        expect(reply.title).not.toMatch(/Something went wrong/);
        expect(reply.title.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
});
