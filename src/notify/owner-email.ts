import type { Reply, ReplySection } from '../core/reply';
import type { Action, Person, Proposal, StoreData } from '../../storage/schema';
import { daysBetween, formatDate } from '../domain/dates';
import { proposalWithRef } from '../domain/queries/proposal-index';
import { stageOf } from '../domain/queries/stage-of';
import { plural } from '../domain/queries/working-days';
import type { PlanContext } from './plan-types';
import type { RemindedAction } from './reminder-cards';
import { reminderButtons } from './reminder-buttons';

/**
 * A reminder as an email: the subject names the action, when it is due and its proposal ("CSC 12/01 due
 * tomorrow · DP096"); each action shows its due date, Working Days left, text and the proposal's status.
 * The email messenger turns the Close and Snooze buttons into signed links for this person.
 */
export function toOwnerEmail(ctx: PlanContext, person: Person, items: readonly RemindedAction[], otherOpen: number): Reply {
  const first = items[0]!.action;
  const proposal = first.proposals[0];
  const more = items.length > 1 ? ` (+${items.length - 1} more)` : '';
  const count = items.length === 1 ? 'an SEC action you own' : `${items.length} SEC actions you own`;
  return {
    kind: 'info',
    title: `${first.ref} ${shortDue(first, ctx)}${proposal ? ` · ${proposal}` : ''}${more}`,
    text: `${person.name}, this is a reminder from secbot, the SEC change team's assistant, about ${count}.`,
    sections: items.map((item) => section(ctx, item)),
    context: [
      ...(otherOpen > 0 ? [`You have ${otherOpen} other open action${otherOpen === 1 ? '' : 's'} not due a reminder today.`] : []),
      'Not yours? Tell the SEC change team and they will reassign it.',
    ],
  };
}

function section(ctx: PlanContext, { action, reason }: RemindedAction): ReplySection {
  const proposals = action.proposals.map((ref) => statusLine(ctx.data, ref));
  return {
    title: `${action.ref}: ${reason}`,
    text: action.text,
    fields: [
      { label: 'Due', value: action.due ? formatDate(action.due) : 'no due date' },
      ...(action.due ? [{ label: 'Working Days left', value: daysLeft(action.due, ctx) }] : []),
      ...proposals.map((line) => ({ label: 'Proposal', value: line })),
      { label: 'Owner', value: action.owner },
    ],
    buttons: reminderButtons(action.ref, { notMine: false }),
  };
}

/** "due today", "due tomorrow", "due 25 Aug 2023", "overdue (due 21 Aug 2023)", "no due date". */
function shortDue(action: Action, ctx: PlanContext): string {
  if (!action.due) return 'no due date';
  const left = ctx.days.distance(ctx.today, ctx.days.onOrAfter(action.due));
  if (left < 0) return `overdue (due ${formatDate(action.due)})`;
  if (left === 0) return 'due today';
  return daysBetween(ctx.today, action.due) === 1 ? 'due tomorrow' : `due ${formatDate(action.due)}`;
}

function daysLeft(due: string, ctx: PlanContext): string {
  const left = ctx.days.distance(ctx.today, ctx.days.onOrAfter(due));
  if (left > 0) return String(left);
  return left === 0 ? '0 (due today)' : `none: overdue by ${plural(-left, 'Working Day')}`;
}

/** "DP096 DNO Power Outage Alerts: Refinement Process". */
function statusLine(data: Readonly<StoreData>, ref: string): string {
  const proposal: Proposal | undefined = proposalWithRef(data, ref);
  if (!proposal) return ref;
  return `${proposal.ref} ${proposal.title}: ${stageOf(proposal.stage).name}`;
}
