import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply } from '../src/core/reply';
import { reminderChannel } from '../src/domain/operations/update-person';
import { personForCaller } from '../src/domain/queries';
import type { Person } from '../storage/schema';

const USAGE = 'reminders [email|chat|both|none|default]';

const MEANING: Record<NonNullable<Person['reminders']> | 'default', string> = {
  email: 'by email only',
  chat: 'by chat direct message only',
  both: 'by chat and by email',
  none: 'not at all (your actions are listed in their committee channels instead)',
  default: 'by chat when your account is linked, otherwise by email',
};

/** Anyone may choose how they themselves hear about their actions; `person update` does it for others. */
export const remindersCommand = defineCommand({
  name: 'reminders',
  group: 'Notifications',
  summary: 'Choose how you get reminders about your actions: email, chat, both or none (without a word: show it).',
  usage: USAGE,
  examples: ['reminders', 'reminders email', 'reminders both', 'reminders default'],
  access: 'read',
  // Choosing records something for the caller: the command line opens the store for writing.
  writes: true,
  parse(args) {
    if (args.length > 1) throw new UserError('Give one word: email, chat, both, none or default.', `Usage: ${USAGE}, e.g. reminders email`);
    const word = args[0];
    return word === undefined ? {} : { choice: reminderChannel(word) ?? ('default' as const) };
  },
  async run({ choice }, ctx): Promise<Reply> {
    const data = ctx.store.read();
    const person = personForCaller(data, ctx.caller.platform, ctx.caller.id);
    if (!person) {
      throw new UserError('You are not linked to the directory, so I do not know whose reminders these are.', 'Link yourself first: link "Your Name" (the change team can set anyone\'s with: person update NAME reminders email)');
    }
    if (choice === undefined) return show(person, 'info', `You get reminders ${MEANING[person.reminders ?? 'default']}`);
    const updated = await ctx.transact((draft) => {
      const target = draft.people.find((p) => p.id === person.id);
      if (!target) throw new UserError('Your directory entry was removed a moment ago.', 'Ask the change team.');
      if (choice === 'default') delete target.reminders;
      else target.reminders = choice;
      return { ...target };
    });
    return show(updated, 'success', `From now on you get reminders ${MEANING[updated.reminders ?? 'default']}`);
  },
});

function show(person: Person, kind: Reply['kind'], title: string): Reply {
  const email = person.email ? [] : ['You have no email in the directory: ask the change team to add it (person update NAME email …).'];
  return { kind, title, fields: [{ label: 'Email', value: person.email ?? 'none' }], context: [...email, `Change it with: ${USAGE}`] };
}
