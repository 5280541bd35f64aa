import { ArgReader } from '../src/core/args';
import { defineCommand, type CommandContext } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply, ReplySection } from '../src/core/reply';
import { committeeName, normaliseCommittee } from '../src/domain/committees';
import {
  actionButtons, actionLine, filterActions, paginate, parsePage, callerPerson, type ActionFilter, type ActionStatusFilter,
} from '../src/domain/queries';
import type { Action, Person } from '../storage/schema';

const USAGE = 'actions [mine|open|overdue|closed|all] [committee C] [owner O] [page N]';
const STATUSES: readonly ActionStatusFilter[] = ['open', 'overdue', 'closed', 'all'];
/** Lists this short get one card per action with Close / Snooze buttons. */
const BUTTON_LIMIT = 5;

interface ActionsArgs {
  mine: boolean;
  status: ActionStatusFilter;
  committee?: string;
  owner?: string;
  page: number;
}

export const actionsCommand = defineCommand({
  name: 'actions',
  group: 'Actions',
  summary: 'Committee actions: open (default), overdue, closed or all; yours with `mine`; by committee or owner.',
  usage: USAGE,
  examples: ['actions', 'actions mine', 'actions overdue', 'actions committee CSC', 'actions owner DCC', 'actions closed'],
  access: 'read',
  parse(args): ActionsArgs {
    const reader = new ArgReader(args, USAGE);
    const mine = reader.flag('mine', 'my');
    const statuses = STATUSES.filter((s) => reader.flag(s));
    if (statuses.length > 1) throw new UserError(`Choose one of ${statuses.join(' and ')}.`, 'For example: actions overdue');
    const committee = reader.option('committee');
    const owner = reader.option('owner');
    const page = parsePage(reader.option('page'), 'actions');
    reader.done();
    if (mine && owner) throw new UserError('Use either `mine` or `owner O`, not both.', 'For example: actions mine, or actions owner DCC');
    return {
      mine,
      page,
      status: statuses[0] ?? 'open',
      ...(committee !== undefined ? { committee: normaliseCommittee(committee) } : {}),
      ...(owner !== undefined ? { owner: owner.trim() } : {}),
    };
  },
  run(args, ctx): Reply {
    const data = ctx.store.read();
    const person = args.mine ? requireLinkedCaller(ctx) : undefined;
    const filter: ActionFilter = { status: args.status, ...pick(args), ...(person ? { person } : {}) };
    const today = ctx.calendar.londonDate(ctx.clock.now());
    const found = filterActions(data, filter, today);
    const title = describe(found.length, args, person);
    if (!found.length) return { kind: 'info', title, context: [emptyHint(args)] };
    const page = paginate(found, args.page, 'actions');
    return { kind: 'info', title, sections: sections(page.items, today, ctx), context: [...(page.note ? [page.note] : []), 'One action: `action REF`.'] };
  },
});

function requireLinkedCaller(ctx: CommandContext): Person {
  const person = callerPerson(ctx.store.read(), ctx.caller);
  if (person) return person;
  throw new UserError("I don't know who you are in the directory yet, so I can't tell which actions are yours.", 'Link yourself once: link "Your Name" (then `actions mine` works). `whoami` shows who you are linked to.');
}

function pick(args: ActionsArgs): Partial<ActionFilter> {
  return { ...(args.committee ? { committee: args.committee } : {}), ...(args.owner ? { owner: args.owner } : {}) };
}

function sections(actions: Action[], today: string, ctx: CommandContext): ReplySection[] {
  if (actions.length > BUTTON_LIMIT) return [{ items: actions.map((a) => actionLine(a, today, ctx.calendar)) }];
  return actions.map((a) => ({ text: actionLine(a, today, ctx.calendar), ...(a.status === 'Open' ? { buttons: actionButtons(a) } : {}) }));
}

function describe(count: number, args: ActionsArgs, person: Person | undefined): string {
  const noun = `${args.status === 'all' ? '' : `${args.status} `}action${count === 1 ? '' : 's'}`;
  const parts = [
    person && `for ${person.name}`,
    args.owner && `owned by ${args.owner}`,
    args.committee && `from ${committeeName(args.committee)}`,
  ].filter(Boolean);
  return `${count ? count : 'No'} ${noun}${parts.length ? ` ${parts.join(' ')}` : ''}`;
}

function emptyHint(args: ActionsArgs): string {
  if (args.status === 'overdue') return 'Nothing is overdue. `actions open` lists every open action.';
  return args.status === 'all' ? 'Try without filters: `actions all`.' : 'Try `actions all` to include closed ones.';
}
