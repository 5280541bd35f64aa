import { expect } from 'vitest';
import { renderText } from '../../../src/core/render-text';
import type { Reply } from '../../../src/core/reply';
import { createTestBot, type TestBot, type TestBotOptions } from '../../support/test-bot';
import { fixtureStore } from '../../domain/operations/fixtures';

/** The real dispatch over the fixture store (DP096, MP167B, DP095, actions CSC 10/01, 11/01, 12/01). */
export function writeBot(options: TestBotOptions = {}): TestBot & { say(text: string): Promise<string> } {
  const bot = createTestBot({ data: fixtureStore(), ...options });
  return { ...bot, say: async (text) => renderText(await bot.run(text)) };
}

export function buttonCommands(reply: Reply): string[] {
  return (reply.buttons ?? []).map((b) => b.command);
}

/**
 * Bad input: the reply is an error whose title says what was wrong, the hint (in the title or, with
 * `hintIn: 'context'`, in the small print only) shows what works, and the store is left exactly as it was.
 */
export async function expectRefused(line: string, message: string, hint: string, hintIn: 'anywhere' | 'context' = 'anywhere'): Promise<void> {
  const bot = writeBot();
  const before = bot.store.read();
  const reply = await bot.run(line);
  expect(reply.kind).toBe('error');
  expect(reply.title).toContain(message);
  const shown = hintIn === 'context' ? (reply.context?.join(' ') ?? '') : [reply.title, ...(reply.context ?? [])].join(' ');
  expect(shown).toContain(hint);
  expect(bot.store.read()).toBe(before);
}

/** A Slack channel subscribed to every kind of message for the committees, as `subscribe` would record it. */
export async function subscribeChannel(bot: TestBot, channelId: string, committees: string[] = ['*']): Promise<void> {
  await bot.store.transact({ actor: 'test', command: 'subscribe' }, (d) => {
    d.subscriptions.push({
      id: `S-${channelId}`, address: { platform: 'slack', teamId: 'T1', channelId }, committees,
      events: ['new-dp', 'stage', 'decision', 'consultation', 'digest'], createdBy: 'test', createdAt: '2023-08-01T09:00:00.000Z',
    });
  });
}
