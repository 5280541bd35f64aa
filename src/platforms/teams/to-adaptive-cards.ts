import type { Reply } from '../../core/reply';
import type { ButtonExtras, CardSigner } from './card-signer';
import { defaultSigner, toCardParts, wrapCard, type AdaptiveCard, type CardElement, type CardRefresh } from './to-adaptive-card';

export interface CardOptions {
  /** Signed into every button (see ButtonExtras). */
  buttons?: ButtonExtras;
  /** Put on every card, so each viewer gets their own version. */
  refresh?: CardRefresh;
}

/** Teams refuses messages over about 28 KB; stay well under it. */
export const MAX_CARD_BYTES = 24_000;

/**
 * Reply → as many cards as it takes to stay under Teams' message size. Long lists continue on the
 * next card ("part 2 of 3"), never cut; buttons and small print go on the last card.
 */
export function toAdaptiveCards(reply: Reply, signer: CardSigner = defaultSigner(), maxBytes = MAX_CARD_BYTES, options: CardOptions = {}): AdaptiveCard[] {
  const parts = toCardParts(reply, signer, options.buttons);
  const whole = wrapCard([...parts.header, ...parts.blocks, ...parts.footer], parts.actions, options.refresh);
  if (bytes(whole) <= maxBytes) return [whole];
  const fixed = bytes(wrapCard([...parts.header, ...parts.footer], parts.actions)) + 200;
  const pages = pack(parts.blocks, Math.max(1000, maxBytes - fixed));
  return pages.map((page, i) => {
    const last = i === pages.length - 1;
    const header = parts.header.map((el, j) => (j === 0 ? { ...el, text: `${String(el.text)} (part ${i + 1} of ${pages.length})` } : el));
    return wrapCard([...header, ...page, ...(last ? parts.footer : [])], last ? parts.actions : [], options.refresh);
  });
}

function pack(blocks: readonly CardElement[], budget: number): CardElement[][] {
  const pages: CardElement[][] = [[]];
  let used = 0;
  for (const block of blocks) {
    const size = bytes(block) + 1;
    const page = pages[pages.length - 1]!;
    if (page.length && used + size > budget) {
      pages.push([block]);
      used = size;
    } else {
      page.push(block);
      used += size;
    }
  }
  return pages;
}

function bytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value));
}
