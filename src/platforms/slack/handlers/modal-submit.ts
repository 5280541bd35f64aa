import type { App, ViewSubmitAction } from '@slack/bolt';
import type { Reply } from '../../../core/reply';
import { MODALS } from '../modals';
import { checkFields, fieldForError, readOrigin, readValues } from '../modals/modal-spec';
import type { SlackRuntime } from '../runtime';
import { toInvocation } from '../to-invocation';
import { withinBudget } from '../within-budget';
import { postPrivate } from './post-private';

/**
 * A modal's submission becomes the same command line a user could type, through the same dispatch.
 * A refused command keeps the modal open with the message on the field it is about.
 */
export function registerModalSubmissions(app: App, rt: SlackRuntime): void {
  for (const spec of MODALS) {
    app.view<ViewSubmitAction>({ callback_id: spec.callbackId, type: 'view_submission' }, async ({ ack, body, view, client }) => {
      const values = readValues(spec, view);
      const fieldErrors = checkFields(spec, values);
      if (Object.keys(fieldErrors).length) return ack({ response_action: 'errors', errors: fieldErrors });
      const origin = readOrigin(view);
      const work = rt.deps.dispatch(toInvocation({ kind: 'view', body, text: spec.toCommandLine(values), channelId: origin.channelId }));
      const early = await withinBudget(work, rt.ackBudgetMs);
      if (early?.kind === 'error') return ack({ response_action: 'errors', errors: { [fieldForError(spec, early.title, values)]: errorText(early) } });
      await ack();
      await postPrivate(client, rt, { userId: body.user.id, ...origin }, early ?? (await work));
    });
  }
}

function errorText(reply: Reply): string {
  return [reply.title, ...(reply.context ?? [])].join(' ').slice(0, 2000);
}
