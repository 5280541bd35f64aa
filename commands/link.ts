import { ArgReader } from '../src/core/args';
import { defineCommand, type CommandContext } from '../src/core/command';
import { PermissionError, UserError } from '../src/core/errors';
import type { Reply } from '../src/core/reply';
import { closest } from '../src/core/suggest';
import { describePerson, matchPeople, orList } from '../src/domain/queries';
import type { Person, StoreData } from '../storage/schema';

const USAGE = 'link PERSON [for PLATFORM:ID]';
const PLATFORMS = ['slack', 'teams', 'console', 'cli'];

interface Identity {
  platform: string;
  id: string;
}

export const linkCommand = defineCommand({
  name: 'link',
  group: 'Help',
  summary: 'Link your chat account to your directory entry (the change team can link others with `for slack:U123`).',
  usage: USAGE,
  examples: ['link "Gemma Slaney"', 'link GS', 'link "Mari Toda" for slack:U0123ABCD'],
  access: 'read',
  writes: true,
  parse(args) {
    const reader = new ArgReader(args, USAGE);
    const target = reader.option('for');
    const name = reader.value('name');
    if (!name) throw new UserError('Who are you in the directory? Give your name.', 'For example: link "Gemma Slaney"');
    return { name, ...(target !== undefined ? { target: parseIdentity(target) } : {}) };
  },
  async run({ name, target }, ctx): Promise<Reply> {
    const data = ctx.store.read();
    const person = choosePerson(data, name);
    if (ctx.caller.person !== undefined && !target) {
      throw new UserError(`--as already makes you ${ctx.caller.name ?? 'someone'} for this one command, so there is nothing to link.`, `To be ${person.name} on this command line from now on, link without --as: npx secbot link "${person.name}"`);
    }
    const identity = target ?? { platform: ctx.caller.platform, id: ctx.caller.id };
    if (person.platformIds[identity.platform] === identity.id && !needsConfirming(ctx, data, person, identity.platform)) {
      return { kind: 'info', title: `${identity.platform}:${identity.id} is already linked to ${describePerson(data, person)}` };
    }
    checkAllowed(ctx, data, person, Boolean(target));
    const confirmed = ctx.access.canChange(ctx.caller, data);
    const previous = await ctx.transact((draft) => applyLink(draft, person.id, identity, confirmed));
    return {
      kind: 'success',
      title: `Linked ${identity.platform}:${identity.id} to ${describePerson(data, person)}`,
      ...(previous.length ? { text: `It was linked to ${previous.join(', ')} before.` } : {}),
      buttons: target ? [] : [{ label: 'My actions', actionId: 'actions.mine', command: 'actions mine' }],
      context: [
        identity.platform === 'cli' && !target
          ? `The command line on this store now acts as ${person.name}: \`npx secbot actions mine\` lists their actions; \`--as NAME\` acts as someone else for one command.`
          : '`actions mine` now lists their actions and their organisation’s; reminders reach this account.',
        ...(confirmed ? [] : [`Closing or snoozing your own actions needs the change team to confirm the link: link "${person.name}" for ${identity.platform}:${identity.id}`]),
      ],
    };
  },
});

function parseIdentity(text: string): Identity {
  const match = /^([a-z]+):(\S+)$/i.exec(text.trim());
  const platform = match?.[1]!.toLowerCase();
  if (!match || !PLATFORMS.includes(platform!)) {
    throw new UserError(`"${text.slice(0, 40)}" is not a chat account.`, 'Write it as platform:id, e.g. link "Mari Toda" for slack:U0123ABCD (or teams:<AAD object id>).');
  }
  return { platform: platform!, id: match[2]! };
}

function choosePerson(data: Readonly<StoreData>, name: string): Person {
  const found = matchPeople(data, name);
  if (found.length === 1) return found[0]!;
  if (found.length > 1) {
    throw new UserError(`"${name}" matches ${found.length} people: ${found.map((p) => describePerson(data, p)).join('; ')}.`, `Use the full name, e.g. link "${found[0]!.name}".`);
  }
  const near = closest(name, data.people.map((p) => p.name), 3, 3);
  const guess = near.length ? ` Did you mean ${orList(near.map((n) => `"${n}"`))}?` : '';
  throw new UserError(`No one called "${name.slice(0, 40)}" in the directory.${guess}`, `Check the spelling (see: people), or ask the change team to add you: person add "${name.slice(0, 40)}" org "Your organisation"`);
}

/**
 * Change-team rights come from people[].platformIds, so anyone else may only claim an entry that has no
 * roles and no account yet on that platform, and only for themselves.
 */
function checkAllowed(ctx: CommandContext, data: Readonly<StoreData>, person: Person, forSomeoneElse: boolean): void {
  if (ctx.access.canChange(ctx.caller, data)) return;
  const how = `A change-team member can do it: link "${person.name}" for ${ctx.caller.platform}:${ctx.caller.id}`;
  if (forSomeoneElse) throw new PermissionError('Only the change team can link someone else’s account.', `Link yourself instead: link "Your Name". ${ctx.access.whoCan()}`);
  if (person.roles.length) throw new PermissionError(`${person.name} has the change-team role, so only the change team can link an account to them.`, how);
  if (person.platformIds[ctx.caller.platform]) {
    throw new PermissionError(`${person.name} is already linked to another ${ctx.caller.platform} account.`, `If that is wrong, ask the change team. ${how}`);
  }
}

/** A change-team member re-running a self-made link confirms it. */
function needsConfirming(ctx: CommandContext, data: Readonly<StoreData>, person: Person, platform: string): boolean {
  return Boolean(person.selfLinked?.includes(platform)) && ctx.access.canChange(ctx.caller, data);
}

/** One chat account belongs to one person: it is moved off anyone who had it. Returns who had it before. */
function applyLink(draft: StoreData, personId: string, identity: Identity, confirmed: boolean): string[] {
  const previous: string[] = [];
  for (const other of draft.people) {
    if (other.id !== personId && other.platformIds[identity.platform] === identity.id) {
      delete other.platformIds[identity.platform];
      previous.push(other.name);
    }
  }
  const person = draft.people.find((p) => p.id === personId);
  if (!person) throw new UserError('That person was removed from the directory a moment ago.', 'Try again: link "Your Name"');
  person.platformIds[identity.platform] = identity.id;
  person.linkedBy = { ...(person.linkedBy ?? {}), [identity.platform]: confirmed ? 'change-team' : 'self' };
  const others = (person.selfLinked ?? []).filter((p) => p !== identity.platform);
  const selfLinked = confirmed ? others : [...others, identity.platform];
  if (selfLinked.length) person.selfLinked = selfLinked;
  else delete person.selfLinked;
  return previous;
}
