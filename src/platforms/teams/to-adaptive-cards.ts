import type { Reply } from '../../core/reply';
import type { ButtonExtras, CardSigner } from './card-signer';
import { splitBlock } from './split-block';
import { defaultSigner, toCardParts, wrapCard, type AdaptiveCard, type CardElement, type CardParts, type CardRefresh } from './to-adaptive-card';

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
  const parts = fitFixedParts(toCardParts(reply, signer, options.buttons), maxBytes);
  const whole = wrapCard([...parts.header, ...parts.blocks, ...parts.footer], parts.actions, options.refresh);
  if (bytes(whole) <= maxBytes) return [whole];
  const fixed = bytes(wrapCard([...parts.header, ...parts.footer], parts.actions, options.refresh)) + 200;
  const budget = Math.max(1000, maxBytes - fixed);
  const pages = pack(parts.blocks.flatMap((block) => splitBlock(block, budget)), budget);
  return pages.map((page, i) => {
    const last = i === pages.length - 1;
    const header = parts.header.map((el, j) => (j === 0 ? { ...el, text: `${String(el.text)} (part ${i + 1} of ${pages.length})` } : el));
    return wrapCard([...header, ...page, ...(last ? parts.footer : [])], last ? parts.actions : [], options.refresh);
  });
}

/**
 * The title goes on every page and the small print and buttons on the last: if they alone would crowd
 * a page, the title is shortened and the small print and buttons join the body, to be paged like it.
 */
function fitFixedParts(parts: CardParts, maxBytes: number): CardParts {
  const quarter = maxBytes / 4;
  let { header, blocks, footer, actions } = parts;
  if (bytes(header) > quarter) header = header.map((el) => (typeof el.text === 'string' && el.text.length > 500 ? { ...el, text: `${el.text.slice(0, 500)}…` } : el));
  if (bytes(footer) + bytes(actions) > quarter) {
    blocks = [...blocks, ...footer, ...(actions.length ? [{ type: 'ActionSet', actions }] : [])];
    [footer, actions] = [[], []];
  }
  return { header, blocks, footer, actions };
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
