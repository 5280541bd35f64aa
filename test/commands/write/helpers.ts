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
