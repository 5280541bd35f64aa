import { describe, expect, it } from 'vitest';
import { createTestBot } from '../../support/test-bot';
import { allCommands } from '../../../commands/index';
import { buttonCommands, section, text } from './helpers';

describe('help', () => {
  const bot = createTestBot();

  it('lists every registered command under its group, with its usage and summary', async () => {
    const reply = await bot.run('help');
    expect(reply.kind).toBe('help');
    const proposals = section(reply, 'Proposals');
    expect(proposals.some((l) => l.startsWith('status REF — '))).toBe(true);
    expect(section(reply, 'Actions').some((l) => l.startsWith('actions [mine|open|overdue|closed|all]'))).toBe(true);
    const everyLine = reply.sections!.flatMap((s) => s.items ?? []);
    for (const command of allCommands) expect(everyLine.some((l) => l.startsWith(`${command.usage} — ${command.summary}`))).toBe(true);
  });

  it('marks commands that only the change team may run', async () => {
    const reply = await bot.run('help');
    const lines = reply.sections!.flatMap((s) => s.items ?? []);
    for (const command of allCommands) {
      const line = lines.find((l) => l.startsWith(command.usage))!;
      expect(line.endsWith('(change team)')).toBe(command.access === 'change');
    }
  });

  it('an empty message answers with help', async () => {
    expect((await bot.run('   ')).title).toBe((await bot.run('help')).title);
  });

  it('help status shows the summary, usage and examples, and offers to try the first example', async () => {
    const reply = await bot.run('help status');
    expect(reply.title).toBe('status');
    expect(reply.text).toMatch(/stage/);
    expect(reply.fields).toContainEqual({ label: 'Usage', value: 'status REF' });
    expect(section(reply, 'Examples')).toContain('status DP096');
    expect(buttonCommands(reply)).toEqual(['status DP096']);
  });

  it('finds multi-word commands (help action close) and says who may run them', async () => {
    const reply = await bot.run('help action close');
    expect(reply.title).toBe('action close');
    expect(reply.fields).toContainEqual({ label: 'Who', value: "the change team, or the action's owner (linked with `link`)" });
    const update = await bot.run('help action update');
    expect(update.fields).toContainEqual({ label: 'Who', value: 'change team only' });
  });

  it('an unknown topic suggests the nearest command', async () => {
    const reply = await bot.run('help stauts');
    expect(reply.kind).toBe('error');
    expect(reply.title).toBe('No command "stauts". Did you mean "status"?');
    expect(text(reply)).toContain('Type `help`');
  });

  it('an unknown topic with nothing near still says what works', async () => {
    const reply = await bot.run('help zzzzzzzz');
    expect(reply.title).toBe('No command "zzzzzzzz".');
    expect(reply.context).toEqual(['Type `help` for the list of commands.']);
  });
});
