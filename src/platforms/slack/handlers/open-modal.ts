import type { RespondFn, webApi } from '@slack/bolt';
import { toView, type ModalOrigin, type ModalSpec } from '../modals/modal-spec';
import type { SlackRuntime } from '../runtime';
import { toSlackError } from '../to-slack-error';

/** views.open for a modal; if Slack refuses (e.g. the trigger expired), say how to type the command instead. */
export async function openModal(client: webApi.WebClient, rt: SlackRuntime, triggerId: string, spec: ModalSpec, origin: ModalOrigin, respond?: RespondFn): Promise<void> {
  try {
    await client.views.open({ trigger_id: triggerId, view: toView(spec, origin) });
  } catch (error) {
    const failure = toSlackError(error);
    rt.logger.warn({ code: failure.code, modal: spec.callbackId }, 'views.open failed');
    await respond?.({
      response_type: 'ephemeral',
      text: `I couldn't open the "${spec.title}" form (${failure.code}). Type the whole command instead, e.g. /sec help ${spec.trigger}.`,
    }).catch(() => undefined);
  }
}
