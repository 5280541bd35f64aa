import { defineCommand, type AnyCommand, type CommandAccess, type CommandGroup } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { CommandRegistry } from '../src/core/registry';
import type { Reply, ReplySection } from '../src/core/reply';
import { closest } from '../src/core/suggest';
import { orList } from '../src/domain/queries';

const MARKS: Record<CommandAccess, string> = { read: '', change: ' (change team)', 'change-or-owner': ' (change team or owner)' };
const WHO: Record<CommandAccess, string> = { read: 'everyone', change: 'change team only', 'change-or-owner': "the change team, or the action's owner (linked with `link`)" };
const GROUP_ORDER: readonly CommandGroup[] = ['Proposals', 'Actions', 'Consultations', 'Changes', 'Notifications', 'Admin', 'Help'];

export const helpCommand = defineCommand({
  name: 'help',
  aliases: ['?', 'commands'],
  group: 'Help',
  summary: 'List the commands, or explain one with its usage and examples.',
  usage: 'help [command]',
  examples: ['help', 'help status', 'help action close'],
  access: 'read',
  parse: (args) => ({ topic: args.join(' ').trim() }),
  run: ({ topic }, ctx) => (topic ? commandHelp(topic, ctx.registry) : overview(ctx.registry)),
});

function overview(registry: CommandRegistry): Reply {
  const commands = registry.all();
  const groups = [...GROUP_ORDER, ...new Set(commands.map((c) => c.group))].filter((g, i, all) => all.indexOf(g) === i);
  const sections: ReplySection[] = groups
    .map((group) => ({ group, members: commands.filter((c) => c.group === group) }))
    .filter(({ members }) => members.length)
    .map(({ group, members }) => ({ title: group, items: members.map(line) }));
  return {
    kind: 'help',
    title: 'secbot: what I can do',
    text: 'SEC change proposals, actions and consultations. Commands marked (change team) or (change team or owner) change data.',
    sections,
    context: ['Type `help COMMAND` for details and examples, e.g. `help status`.'],
  };
}

function line(command: AnyCommand): string {
  return `${command.usage} — ${command.summary}${MARKS[command.access]}`;
}

function commandHelp(topic: string, registry: CommandRegistry): Reply {
  const words = topic.split(/\s+/);
  const command = registry.match(words)?.command;
  if (!command) throw unknownTopic(topic, registry);
  const fields = [{ label: 'Usage', value: command.usage }];
  if (command.aliases?.length) fields.push({ label: 'Also', value: command.aliases.join(', ') });
  fields.push({ label: 'Who', value: WHO[command.access] });
  const example = command.examples[0];
  return {
    kind: 'help',
    title: command.name,
    text: command.summary,
    fields,
    sections: command.examples.length ? [{ title: 'Examples', items: [...command.examples] }] : [],
    ...(example && command.access === 'read' && example !== 'help'
      ? { buttons: [{ label: `Try: ${example}`.slice(0, 75), actionId: 'help.try', command: example }] }
      : {}),
    context: [`Part of ${command.group}. \`help\` lists every command.`],
  };
}

function unknownTopic(topic: string, registry: CommandRegistry): UserError {
  const names = registry.all().flatMap((c) => [c.name, ...(c.aliases ?? [])]);
  const first = topic.split(/\s+/)[0]!;
  const guesses = [...new Set([...closest(topic, names), ...closest(first, names)])].slice(0, 3);
  const guess = guesses.length ? ` Did you mean ${orList(guesses.map((g) => `"${g}"`))}?` : '';
  return new UserError(`No command "${topic.slice(0, 40)}".${guess}`, 'Type `help` for the list of commands.');
}
