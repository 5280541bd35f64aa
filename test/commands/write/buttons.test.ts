import { describe, expect, it } from 'vitest';
import { buttonCommands, writeBot } from './helpers';

const LINES = [
  'raise DP120 "Alert routing"',
  'advance MP167B report reason "the Panel sent the report back"',
  'advance MP096 Change Board',
  'advance DP120 development reason "the proposer took it up again"',
  'convert DP096 reason "the Panel directed it"',
  'decide MP167B approved',
  'action add CSC SECAS "Book the room"',
  'action close CSC 12/01 done',
  'action update CSC 12/01 room booked',
  'action due CSC 12/01 2023-09-29',
  'action snooze CSC 12/01 1w',
  'consultation add MP167B other 2023-08-16 2023-09-07',
];

/** Lines that need earlier commands first. */
const SETUP: Record<string, string[]> = {
  'advance DP120 development reason "the proposer took it up again"': ['raise DP120 "T"', 'advance DP120 withdrawn'],
  'advance MP096 Change Board': ['convert DP096 reason "the Panel directed it"', 'advance MP096 refinement', 'advance MP096 report'],
};

async function replay(line: string) {
  const bot = writeBot();
  for (const before of SETUP[line] ?? []) await bot.run(before);
  return { bot, reply: await bot.run(line) };
}

describe('buttons on write replies', () => {
  it.each(LINES)('every button after "%s" works when clicked', async (line) => {
    const commands = buttonCommands((await replay(line)).reply);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      const { bot } = await replay(line);
      const clicked = await bot.run(command);
      expect(clicked.kind, `${command}: ${clicked.title}`).not.toBe('error');
    }
  });
});
