import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index';
import type { Caller } from '../../src/core/caller';
import type { Reply } from '../../src/core/reply';
import { slackFixture } from '../e2e/slack/support/fixture';
import { createTestBot } from '../support/test-bot';

/** Every name a plain object, function, array or string inherits: the words a lookup table must not "find". */
const PROTO_NAMES = [...new Set([Object.prototype, Function.prototype, Array.prototype, String.prototype].flatMap((p) => Object.getOwnPropertyNames(p)))].concat('__proto__', 'prototype');
const gemma: Caller = { platform: 'slack', id: 'U_GEMMA', name: 'gemma', operator: true };

/** Each example of each command with one word (after the command name) replaced by `word`. */
function variants(word: string): string[] {
  return allCommands.flatMap((command) =>
    command.examples.flatMap((example) => {
      const words = example.split(' ');
      const start = command.name.split(' ').length;
      return [...words.slice(start).map((_, i) => [...words.slice(0, start + i), word, ...words.slice(start + i + 1)].join(' ')), `${example} ${word}`];
    }),
  );
}

function problem(line: string, reply: Reply): string | undefined {
  const text = JSON.stringify(reply);
  if (/on our side|Something went wrong|\[native code\]|function \w*\(|\[object Object\]|undefined|NaN/.test(text)) return `${line} → ${text.slice(0, 300)}`;
  return undefined;
}

describe('prototype names where a date, stage, committee, kind, duration or any word belongs', () => {
  it('covers every command and name', () => {
    expect(PROTO_NAMES).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'length', 'call']));
    expect(variants('x').length).toBeGreaterThan(allCommands.length);
  });

  const quarters = [0, 1, 2, 3].map((q) => PROTO_NAMES.filter((_, i) => i % 4 === q));
  it.each(quarters.map((names, i) => [i + 1, names] as const))('every name (part %i of 4) in every argument position gets a clear answer, never an internal error', async (_part, names) => {
    const bot = createTestBot({ data: slackFixture() });
    const failures: string[] = [];
    for (const name of names) {
      for (const line of variants(name)) {
        const reply = await bot.run(line, gemma);
        const found = problem(line, reply);
        if (found) failures.push(found);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  }, 120_000);

  it('fast-check: two prototype names at once, anywhere, in any command', async () => {
    const bot = createTestBot({ data: slackFixture() });
    const lines = allCommands.flatMap((c) => c.examples);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...lines), fc.constantFrom(...PROTO_NAMES), fc.constantFrom(...PROTO_NAMES), fc.nat(), async (example, a, b, at) => {
        const words = example.split(' ');
        words.splice(1 + (at % words.length), 0, a, b);
        const line = words.join(' ');
        expect(problem(line, await bot.run(line, gemma))).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});
