import type { ReplyButton } from '../../../core/reply';
import { LIMITS, type SlackButton } from './block-limits';
import { truncate } from './text';

/** Every bot button's action_id starts with this; the value is the command line to dispatch. */
export const ACTION_PREFIX = 'sec:';
export const SHARE_ACTION_ID = 'sec-share';

/** A Reply button as a Block Kit button; undefined if its command line is blank or too long for a button value. */
export function toButton(button: ReplyButton, index: number): SlackButton | undefined {
  if (button.command.length > LIMITS.buttonValue || !/\S/.test(button.command)) return undefined;
  return {
    type: 'button',
    text: { type: 'plain_text', text: truncate(button.label, LIMITS.buttonText) || 'Run', emoji: true },
    action_id: `${ACTION_PREFIX}${button.actionId.slice(0, 200)}:${index}`,
    value: button.command,
    ...(button.style ? { style: button.style } : {}),
    ...(button.confirm ? { confirm: toConfirm(button.label, button.confirm, button.style) } : {}),
  };
}

function toConfirm(label: string, text: string, style: ReplyButton['style']): NonNullable<SlackButton['confirm']> {
  return {
    title: { type: 'plain_text', text: truncate(`${label}?`, LIMITS.confirmTitle) },
    text: { type: 'plain_text', text: truncate(text, LIMITS.confirmText) || `${label}?` },
    confirm: { type: 'plain_text', text: truncate(label, LIMITS.confirmButton) || 'Yes' },
    deny: { type: 'plain_text', text: 'Cancel' },
    ...(style ? { style } : {}),
  };
}

export function shareButton(value: string): SlackButton {
  return { type: 'button', text: { type: 'plain_text', text: 'Share in channel' }, action_id: SHARE_ACTION_ID, value };
}
