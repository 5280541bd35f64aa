import type { App, BlockAction, types } from '@slack/bolt';
import { MODALS } from '../modals';

/** Not one of our button ids (sec:… and sec-share). */
const FOREIGN_ACTION = /^(?!sec[:-])/;

const OUTDATED_FORM: types.ModalView = {
  type: 'modal',
  title: { type: 'plain_text', text: 'secbot' },
  close: { type: 'plain_text', text: 'Close' },
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'This form is out of date, so nothing was saved. Close it and type `/sec raise` or `/sec action add` again.' } }],
};

/**
 * Payloads the adapter does not recognise (a button from an older message, a modal it no longer has)
 * are acknowledged at once and answered with what to do, instead of timing out in Slack.
 */
export function registerFallbacks(app: App): void {
  app.action<BlockAction>({ type: 'block_actions', action_id: FOREIGN_ACTION }, async ({ ack, respond }) => {
    await ack();
    await respond?.({ response_type: 'ephemeral', replace_original: false, text: "That button is not one I know (it may be from an older message), so nothing was done. Type /sec help to see what I can do." });
  });
  const known = new Set(MODALS.map((m) => m.callbackId));
  app.view({ type: 'view_submission', callback_id: new RegExp(`^(?!(${[...known].join('|')})$)`) }, async ({ ack }) => {
    await ack({ response_action: 'update', view: OUTDATED_FORM });
  });
}
