import { formFor } from '../../../../commands/forms';
import type { CardSigner } from '../card-signer';
import { wrapCard, type AdaptiveCard } from '../to-adaptive-card';

/**
 * `raise`, `action add` or `consultation add` typed with nothing after them: a card whose button opens
 * the form in a dialog (Action.Submit with msteams task/fetch, as Teams requires for dialogs).
 */
export function offerDialog(text: string, signer: CardSigner): { card: AdaptiveCard; title: string } | undefined {
  const spec = formFor(text);
  if (!spec) return undefined;
  const card = wrapCard(
    [
      { type: 'TextBlock', text: spec.title, wrap: true, size: 'Medium', weight: 'Bolder' },
      { type: 'TextBlock', text: `Fill in the form, or type the whole command: help ${spec.trigger} shows how.`, wrap: true, isSubtle: true, size: 'Small' },
    ],
    [{ type: 'Action.Submit', title: `Open the form`, data: { msteams: { type: 'task/fetch' }, ...signer.sign(spec.trigger, { mode: 'form' }) } }],
  );
  return { card, title: spec.title };
}
