import { describe, expect, it } from 'vitest';
import { createTestBot } from '../../support/test-bot';
import { section, text } from './helpers';

/** Words that start several commands (remind, import, consultation) answer with those commands. */
describe('help for a family of commands', () => {
  const bot = createTestBot();

  it.each([
    ['help remind', ['remind preview [at DATE]', 'remind run']],
    ['remind', ['remind preview [at DATE]', 'remind run']],
    ['help import', ['import apply ID', 'import discard ID']],
    ['help consultation', ['consultations [open|closing|all]', 'consultation add REF', 'consultation edit REF', 'consultation cancel REF']],
    ['consultation', ['consultations [open|closing|all]', 'consultation add REF', 'consultation edit REF', 'consultation cancel REF']],
  ])('%s lists its sub-commands with usage and an example', async (line, usages) => {
    const reply = await bot.run(line);
    expect(reply.kind).toBe('help');
    const commands = section(reply, 'Commands');
    expect(commands).toHaveLength(usages.length);
    usages.forEach((usage, i) => expect(commands[i]).toContain(usage));
    expect(section(reply, 'Examples').length).toBe(usages.length);
  });

  it('help import says how documents are imported, in chat and with npx secbot import', async () => {
    const shown = text(await bot.run('help import'));
    expect(shown).toContain('send it to secbot in Slack or Teams');
    expect(shown).toContain('npx secbot import FILE… --dry-run');
  });

  it('an unknown sub-command names the ones that exist', async () => {
    const reply = await bot.run('remind tomorrow');
    expect(reply.kind).toBe('error');
    expect(reply.title).toBe('I don\'t know "remind tomorrow". remind has: remind preview, remind run.');
    expect(reply.context).toEqual(['Type "help remind" for what each does.']);
  });

  it('help for a command that starts a family also lists the family', async () => {
    const reply = await bot.run('help action');
    expect(reply.title).toBe('action');
    expect(section(reply, 'Related commands').some((l) => l.startsWith('action close REF'))).toBe(true);
  });
});
