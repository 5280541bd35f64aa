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

/** Notes for topics that are also something other than a chat command. */
const TOPIC_NOTES: Record<string, string> = {
  import: 'To import a SECAS document, send it to secbot in Slack or Teams (.docx, .pdf, .txt, .md): you get a preview with Apply and Discard buttons. On the store\'s machine: `npx secbot import FILE… --dry-run`.',
};

function commandHelp(topic: string, registry: CommandRegistry): Reply {
  const words = topic.split(/\s+/);
  const match = registry.match(words);
  const family = subCommands(words, registry);
  if (family.length && (!match || match.args.length)) return familyHelp(words.join(' ').toLowerCase(), family);
  const command = match?.command;
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
    sections: [
      ...(command.examples.length ? [{ title: 'Examples', items: [...command.examples] }] : []),
      ...(family.length ? [{ title: 'Related commands', items: family.map(line) }] : []),
    ],
    ...(example && command.access === 'read' && example !== 'help'
      ? { buttons: [{ label: `Try: ${example}`.slice(0, 75), actionId: 'help.try', command: example }] }
      : {}),
    context: [`Part of ${command.group}. \`help\` lists every command.`],
  };
}

/** The commands whose names start with these words and go on: `remind` → remind preview, remind run. */
export function subCommands(words: readonly string[], registry: CommandRegistry): AnyCommand[] {
  const topic = words.join(' ').toLowerCase();
  return registry.all().filter((c) => c.name.toLowerCase().startsWith(`${topic} `) || c.name.toLowerCase() === `${topic}s`);
}

/** Help for a family of commands (`help remind`, a bare `remind`): each one's usage, summary and an example. */
export function familyHelp(topic: string, members: readonly AnyCommand[]): Reply {
  const note = TOPIC_NOTES[topic];
  return {
    kind: 'help',
    title: `${topic} commands`,
    ...(note ? { text: note } : {}),
    sections: [
      { title: 'Commands', items: members.map(line) },
      { title: 'Examples', items: members.map((c) => c.examples[0]).filter((e): e is string => !!e) },
    ],
    context: [`\`help ${members[0]!.name}\` explains one. \`help\` lists every command.`],
  };
}

function unknownTopic(topic: string, registry: CommandRegistry): UserError {
  const names = registry.all().flatMap((c) => [c.name, ...(c.aliases ?? [])]);
  const first = topic.split(/\s+/)[0]!;
  const guesses = [...new Set([...closest(topic, names), ...closest(first, names)])].slice(0, 3);
  const guess = guesses.length ? ` Did you mean ${orList(guesses.map((g) => `"${g}"`))}?` : '';
  return new UserError(`No command "${topic.slice(0, 40)}".${guess}`, 'Type `help` for the list of commands.');
}
