import { defineCommand } from '../src/core/command';
import type { Reply, ReplyField } from '../src/core/reply';
import { filterActions, findOrganisation, callerPerson } from '../src/domain/queries';
import { linkHow } from './support/directory-words';

export const whoamiCommand = defineCommand({
  name: 'whoami',
  aliases: ['who am i'],
  group: 'Help',
  summary: 'Which directory person and organisation you are, and whether you are in the change team.',
  usage: 'whoami',
  examples: ['whoami'],
  access: 'read',
  parse: () => ({}),
  run(_args, ctx): Reply {
    const data = ctx.store.read();
    const identity = ctx.caller.person !== undefined ? 'command line, --as for this command' : ctx.caller.operator ? `operator (${ctx.caller.platform})` : `${ctx.caller.platform}:${ctx.caller.id}`;
    const canChange = ctx.access.canChange(ctx.caller, data);
    const team: ReplyField = { label: 'Change team', value: canChange ? 'yes: you can change data' : 'no: you can read everything; the change team makes changes' };
    const person = callerPerson(data, ctx.caller);
    if (!person) {
      return {
        kind: 'info',
        title: 'You are not linked to the directory yet',
        fields: [{ label: 'Chat identity', value: identity }, team],
        context: ['Link yourself once so `actions mine` and reminders know you: link "Your Name"'],
      };
    }
    const org = findOrganisation(data, person.organisation);
    const today = ctx.calendar.londonDate(ctx.clock.now());
    const open = filterActions(data, { status: 'open', person }, today).length;
    const rows: [string, string | undefined][] = [
      ['Chat identity', identity],
      ['Organisation', org ? `${org.name}${org.category ? ` (${org.category})` : ''}` : person.organisation],
      ['Party category', person.category ?? org?.category],
      ['Email', person.email],
      ['Linked', ctx.caller.person !== undefined ? undefined : linkHow(person, ctx.caller.platform)],
      ['Initials', person.initials],
      ['Also known as', person.aliases.join(', ') || undefined],
      ['Open actions', `${open} (yours or your organisation's)`],
    ];
    const fields = rows.filter((r): r is [string, string] => Boolean(r[1])).map(([label, value]) => ({ label, value }));
    return {
      kind: 'info',
      title: `You are ${person.name}`,
      fields: [...fields, team],
      buttons: [{ label: 'My actions', actionId: 'actions.mine', command: 'actions mine' }],
    };
  },
});
