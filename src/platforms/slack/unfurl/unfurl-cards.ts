import type { Caller } from '../../../core/caller';
import type { SlackMessage } from '../render/block-limits';
import { toCompactBlocks } from '../render/to-compact-blocks';
import type { SlackRuntime } from '../runtime';

/** A compact `status REF` card per reference, as the person who wrote it; unknown references get none. */
export async function unfurlCards(rt: SlackRuntime, refs: readonly string[], caller: Caller): Promise<Map<string, SlackMessage>> {
  const cards = new Map<string, SlackMessage>();
  for (const ref of refs) {
    const reply = await rt.deps.dispatch({ text: `status ${ref}`, caller });
    if (reply.kind !== 'error') cards.set(ref, toCompactBlocks(reply));
  }
  return cards;
}
