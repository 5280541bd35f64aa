import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../src/core/caller';
import { createTestBot } from '../support/test-bot';
import { action, notifyData } from './support/notify-data';

const lead: Caller = { platform: 'slack', id: 'U_LEAD', name: 'lead', address: { platform: 'slack', teamId: 'T1', channelId: 'C_FUZZ' } };
const word = fc.oneof(
  fc.constantFrom('CSC', 'opsg', 'SMKI', 'PMA', 'all', '*', 'events', 'event', 'new-dp', 'stage', 'digest', ',', 'at', '--at', '2023-08-28', '31 Feb 2023', '9999-12-31', 'today', '"CSC 12/01"', 'CSC 12/01', 'xyz'),
  fc.string({ maxLength: 12 }),
);
const commands = ['subscribe', 'unsubscribe', 'subscriptions', 'remind preview', 'remind run', 'action notmine'];

describe('notification commands with arbitrary input', () => {
  it('always answer with a readable reply, never an internal error, and never a partial write on error', async () => {
    const bot = createTestBot({ data: notifyData({ actions: [action('CSC 12/01', 'Jordan Crase')] }), changeTeam: ['slack:U_LEAD'] });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...commands), fc.array(word, { maxLength: 6 }), async (name, words) => {
        const before = JSON.stringify(bot.store.read());
        const reply = await bot.run(`${name} ${words.join(' ')}`, lead);
        expect(reply.title).not.toContain('Something went wrong');
        if (reply.kind === 'error') expect(JSON.stringify(bot.store.read())).toBe(before);
      }),
      { numRuns: 300 },
    );
  });
});
