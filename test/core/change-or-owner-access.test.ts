import { describe, expect, it } from 'vitest';
import { changesData, defineCommand } from '../../src/core/command';
import { demoStore } from '../../src/demo/demo-store';
import { allCommands } from '../../commands/index';
import { createTestBot, stranger } from '../support/test-bot';
import { ownerData, tom } from '../commands/owner/owner-data';

/** Records whether run() was reached; the dispatcher decides that from `access` alone. */
function probe(access: 'change' | 'change-or-owner') {
  const seen: string[] = [];
  const command = defineCommand({
    name: 'probe', group: 'Admin', summary: 'test', usage: 'probe', examples: ['probe'], access,
    parse: (args) => ({ args }),
    run: (_args, ctx) => (seen.push(ctx.caller.id), { kind: 'info' as const, title: 'ran' }),
  });
  return { command, seen };
}

describe("the dispatcher and 'change-or-owner'", () => {
  it('lets any caller reach a change-or-owner command, which then decides', async () => {
    const { command, seen } = probe('change-or-owner');
    const reply = await createTestBot({ commands: [command] }).run('probe', stranger);
    expect(reply.title).toBe('ran');
    expect(seen).toEqual(['U_STRANGER']);
  });

  it("still refuses a 'change' command to a non-member before it runs", async () => {
    const { command, seen } = probe('change');
    const reply = await createTestBot({ commands: [command] }).run('probe', stranger);
    expect(reply.title).toMatch(/^You can't run "probe": Only the SEC change team/);
    expect(seen).toEqual([]);
  });

  it('counts change-or-owner commands as changing data (the CLI takes the write lock for them)', () => {
    const kinds = allCommands.map((c) => [c.name, changesData(c)] as const);
    expect(kinds).toContainEqual(['action close', true]);
    expect(kinds).toContainEqual(['action snooze', true]);
    expect(kinds).toContainEqual(['status', false]);
  });
});

/** A guard for future commands: declaring 'change-or-owner' without checking the owner would let anyone in. */
describe('every change-or-owner command checks who is asking', () => {
  const guarded = allCommands.filter((c) => c.access === 'change-or-owner');

  it('covers close and snooze, and undo (which only ever takes back the caller\'s own change)', () => {
    expect(guarded.map((c) => c.name).sort()).toEqual(['action close', 'action snooze', 'undo']);
  });

  it('undo by a stranger finds nothing of theirs to take back, and changes nothing', async () => {
    const bot = createTestBot({ data: demoStore() });
    await bot.run('advance DP096 Withdrawn');
    const before = bot.store.read();
    const reply = await bot.run('undo', stranger);
    expect(reply.kind).toBe('error');
    expect(reply.title).toBe('You have no change to undo.');
    expect(bot.store.read()).toBe(before);
  });

  it.each(guarded.filter((c) => c.name !== 'undo').flatMap((c) => c.examples.map((e) => [c.name, e] as const)))('%s: "%s" is refused to a stranger and a linked non-owner; nothing changes', async (_name, example) => {
    for (const [data, caller] of [[demoStore(), stranger], [ownerData(), tom]] as const) {
      const bot = createTestBot({ data });
      const before = bot.store.read();
      const reply = await bot.run(example, caller);
      expect(reply.kind).toBe('error');
      expect(reply.title).toMatch(/^(You can't run "action \w+": Only the SEC change team|Only the change team or the action's owner \()/);
      expect(bot.store.read()).toBe(before);
    }
  });
});
