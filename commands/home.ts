import { defineCommand, type CommandContext } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply, ReplySection } from '../src/core/reply';
import { formatDate } from '../src/domain/dates';
import { actionButtons, actionLine, closingConsultations, consultationLine, filterActions, callerPerson, proposalLine, recentDrafts } from '../src/domain/queries';

const MAX_ACTIONS = 10;
const MAX_RECENT = 5;
const CLOSING_WITHIN = 10;

/** The same facts as Slack's Home tab, as one reply any platform can show. */
export const homeCommand = defineCommand({
  name: 'home',
  group: 'Help',
  summary: 'Your open actions, consultations closing in the next 10 Working Days and recently raised DPs.',
  usage: 'home',
  examples: ['home'],
  access: 'read',
  parse(args) {
    if (args.length) throw new UserError('`home` takes no words after it.', 'Type just: home');
    return {};
  },
  run(_args, ctx): Reply {
    return {
      kind: 'info',
      title: 'Your secbot home',
      sections: [...myActions(ctx), closing(ctx), recent(ctx)],
      context: ['Type "help" for every command.'],
    };
  },
});

function myActions(ctx: CommandContext): ReplySection[] {
  const data = ctx.store.read();
  const person = callerPerson(data, ctx.caller);
  if (!person) return [{ title: 'My open actions', text: 'I don\'t know who you are in the directory yet. Type link "Your Name" and your open actions will show here.' }];
  const today = ctx.calendar.londonDate(ctx.clock.now());
  const actions = filterActions(data, { status: 'open', person }, today);
  if (!actions.length) return [{ title: 'My open actions (0)', text: `No open actions for ${person.name}.` }];
  const shown = actions.slice(0, MAX_ACTIONS).map((a, i): ReplySection => ({
    ...(i === 0 ? { title: `My open actions (${actions.length})` } : {}),
    text: actionLine(a, today, ctx.calendar),
    buttons: actionButtons(a),
  }));
  if (actions.length > MAX_ACTIONS) shown.push({ text: `…and ${actions.length - MAX_ACTIONS} more: actions mine` });
  return shown;
}

function closing(ctx: CommandContext): ReplySection {
  const found = closingConsultations(ctx.store.read(), ctx.clock.now(), ctx.calendar, CLOSING_WITHIN);
  const title = `Consultations closing in the next ${CLOSING_WITHIN} Working Days`;
  return { title, items: found.length ? found.map((v) => `${v.consultation.proposal}: ${consultationLine(v)}`) : ['None.'] };
}

function recent(ctx: CommandContext): ReplySection {
  const found = recentDrafts(ctx.store.read(), MAX_RECENT);
  const items = found.map((p) => `${proposalLine(p)} · raised ${formatDate(p.raisedOn!)}${p.draftRef ? ` as ${p.draftRef}` : ''}`);
  return {
    title: 'Recently raised DPs',
    items: items.length ? items : ['None yet.'],
    buttons: found.slice(0, 3).map((p) => ({ label: `Status ${p.ref}`, actionId: 'proposal.status', command: `status ${p.ref}` })),
  };
}
