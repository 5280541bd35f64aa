import type { ReplyButton } from '../../core/reply';
import type { Action } from '../../../storage/schema';

/** Close / Snooze for an open action; the same buttons on every platform and in reminders. */
export function actionButtons(action: Action): ReplyButton[] {
  if (action.status !== 'Open') return [];
  const ref = `"${action.ref}"`;
  return [
    { label: 'Close', actionId: 'action.close', command: `action close ${ref}`, style: 'primary', confirm: `Close ${action.ref}?` },
    { label: 'Snooze 1 Working Day', actionId: 'action.snooze', command: `action snooze ${ref} 1d` },
  ];
}
