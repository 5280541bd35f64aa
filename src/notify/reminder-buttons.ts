import type { ReplyButton } from '../core/reply';

/** Buttons on a reminder: they re-enter the normal dispatch as whoever clicks them. */
export function reminderButtons(ref: string, options: { notMine?: boolean } = {}): ReplyButton[] {
  const quoted = `"${ref}"`;
  const buttons: ReplyButton[] = [
    { label: 'Close', actionId: 'action.close', command: `action close ${quoted}`, style: 'primary', confirm: `Close ${ref}?` },
    { label: 'Snooze 1 Working Day', actionId: 'action.snooze.1d', command: `action snooze ${quoted} 1d` },
    { label: 'Snooze 1 week', actionId: 'action.snooze.1w', command: `action snooze ${quoted} 1w` },
  ];
  if (options.notMine !== false) buttons.push({ label: 'Not mine', actionId: 'action.notmine', command: `action notmine ${quoted}`, style: 'danger' });
  return buttons;
}
