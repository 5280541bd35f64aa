import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeBot } from './helpers';

const COMMANDS = ['raise', 'advance', 'convert', 'decide', 'action add', 'action close', 'action update', 'action due', 'action snooze', 'consultation add'];
/** Valid beginnings, so random tails reach the option parsing and the operations. */
const PREFIXES = [
  'raise DP120 "Title"', 'advance DP096', 'convert DP096', 'decide MP167B approved', 'action add CSC SECAS "Text"', 'action close CSC 12/01',
  'action update CSC 10/01', 'action due CSC 12/01', 'action snooze CSC 12/01', 'consultation add MP167B report 2023-08-16',
];

/** Words that reach deep into the grammars: refs, dates, keywords, bodies, and junk. */
const WORD = fc.oneof(
  fc.constantFrom(
    'DP096', 'DP120', 'dp', '096', 'MP167B', 'DP095', 'SECMP0049', 'CSC', '12/01', 'CSC12/02', '"CSC 10/01"', 'OPSG', '"SMKI PMA"', 'SECAS', 'DCC',
    'on', 'note', 'by', 'due', 'ref', 'meeting', 'at', 'url', 'to', 'committees', 'proposer', 'category', 'org', 'analyst', 'summary',
    'approved', 'rejected', 'refinement', 'report', 'other', 'Refinement', 'Process', 'Change', 'Board', 'Authority',
    '28', 'Jun', '2023', '2023-06-28', '2023-02-30', '31', 'Sep', 'today', '1d', '1w', '0d', '17:00', '25pm', 'https://example.org', 'http://', ',',
    '""', '"', '\u201cquoted\u201d',
  ),
  fc.string({ maxLength: 12 }),
);

describe('write commands with arbitrary arguments', () => {
  it('always answer with a reply and never an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...COMMANDS, ...PREFIXES), fc.array(WORD, { maxLength: 9 }), async (name, words) => {
        const bot = writeBot();
        const reply = await bot.run(`${name} ${words.join(' ')}`);
        expect(reply.title.length).toBeGreaterThan(0);
        expect(reply.title).not.toMatch(/Something went wrong/);
      }),
      { numRuns: 1500 },
    );
  });
});
