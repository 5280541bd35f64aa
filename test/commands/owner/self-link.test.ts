import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/core/caller';
import { demoStore } from '../../../src/demo/demo-store';
import { createTestBot } from '../../support/test-bot';

/**
 * Anyone may link themselves to an unclaimed directory entry (for `actions mine` and reminders), but a
 * self-made link must not let them close or snooze that person's actions until the change team confirms it.
 */
const impostor: Caller = { platform: 'slack', id: 'U_CLAIMS_MARI', name: 'someone' };
const lead: Caller = { platform: 'slack', id: 'U_LEAD', name: 'lead' };

describe('self-made links', () => {
  it('personalise actions mine but give no owner powers until confirmed', async () => {
    const bot = createTestBot({ data: demoStore(), changeTeam: ['slack:U_LEAD'] });
    const linked = await bot.run('link "Mari Toda"', impostor);
    expect(linked.kind).toBe('success');
    expect(linked.context?.join(' ')).toContain('needs the change team to confirm');
    expect((await bot.run('actions mine', impostor)).title).toMatch(/open action/);

    const refused = await bot.run('action close "CSC 10/01"', impostor);
    expect(refused.kind).toBe('error');
    expect(refused.title).toContain('until the change team confirms the link');
    expect(bot.store.read().actions.find((a) => a.ref === 'CSC 10/01')!.status).toBe('Open');

    const confirmed = await bot.run('link "Mari Toda" for slack:U_CLAIMS_MARI', lead);
    expect(confirmed.kind).toBe('success');
    expect(bot.store.read().people.find((p) => p.id === 'mari-toda')!.selfLinked).toBeUndefined();
    expect((await bot.run('action close "CSC 10/01"', impostor)).kind).toBe('success');
  });
});
