import type { Reply, ReplySection } from '../core/reply';
import type { Action } from '../../storage/schema';
import { reminderButtons } from './reminder-buttons';

export interface RemindedAction {
  action: Action;
  /** "due in 3 Working Days (25 Aug 2023)". */
  reason: string;
}

export interface UnreachableAction extends RemindedAction {
  /** Why the owner could not be reached. */
  why: string;
}

function actionSection({ action, reason }: RemindedAction, notMine: boolean): ReplySection {
  return {
    title: `${action.ref}: ${reason}`,
    text: action.text,
    fields: [{ label: 'Owner', value: action.owner }],
    buttons: reminderButtons(action.ref, { notMine }),
  };
}

/** The direct message to an action owner: one section per action with Close / Snooze / Not mine. */
export function toOwnerReminder(name: string, items: readonly RemindedAction[], otherOpen: number): Reply {
  const count = items.length === 1 ? '1 action needs' : `${items.length} actions need`;
  const context = otherOpen > 0 ? [`You have ${otherOpen} other open action${otherOpen === 1 ? '' : 's'} not due a reminder today.`] : [];
  return {
    kind: 'info',
    title: `${name}, ${count} your attention`,
    sections: items.map((item) => actionSection(item, true)),
    context: [...context, 'Not yours? Press "Not mine" and the change team will reassign it.'],
  };
}

/** Posted in a committee channel when nobody could be reached about these actions directly. */
export function toUnreachableOwnersReminder(items: readonly UnreachableAction[]): Reply {
  return {
    kind: 'warning',
    title: `${items.length} action reminder${items.length === 1 ? '' : 's'} could not be sent to the owner`,
    text: 'I could not reach these owners directly, so I am listing their actions here.',
    sections: items.map((item) => ({ ...actionSection(item, false), fields: [{ label: 'Owner', value: `${item.action.owner} (${item.why})` }] })),
    context: ['To fix: link the owner in the directory (people, organisations and their contacts) with a Slack or Teams id.'],
  };
}
