import type { CardElement } from './to-adaptive-card';

const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));

/**
 * One card element too big for a page, cut into elements that each fit `budget` bytes: a TextBlock
 * between its lines (or, for one huge line, its characters), a FactSet between its facts (a huge fact
 * becomes text), an ActionSet between its buttons. Nothing is dropped.
 */
export function splitBlock(block: CardElement, budget: number): CardElement[] {
  if (bytes(block) <= budget) return [block];
  if (block.type === 'TextBlock' && typeof block.text === 'string') return splitText(block, block.text, budget);
  if (block.type === 'FactSet' && Array.isArray(block.facts)) {
    const facts = block.facts as { title: string; value: string }[];
    if (facts.length === 1) return splitText({ type: 'TextBlock', wrap: true }, `${facts[0]!.title}: ${facts[0]!.value}`, budget);
    return halves(facts).flatMap((part) => splitBlock({ ...block, facts: part }, budget));
  }
  if (block.type === 'ActionSet' && Array.isArray(block.actions) && block.actions.length > 1) {
    return halves(block.actions).flatMap((part) => splitBlock({ ...block, actions: part }, budget));
  }
  return [block];
}

function splitText(block: CardElement, text: string, budget: number): CardElement[] {
  const size = bytes({ ...block, text });
  if (size <= budget) return [{ ...block, text }];
  // Markdown items are joined with \r, plain text with \n: cut at the line break nearest the middle.
  const middle = Math.floor(text.length / 2);
  const breaks = [text.lastIndexOf('\r', middle), text.indexOf('\r', middle), text.lastIndexOf('\n', middle), text.indexOf('\n', middle)].filter((i) => i > 0 && i < text.length - 1);
  const cut = breaks.length ? breaks.reduce((a, b) => (Math.abs(a - middle) <= Math.abs(b - middle) ? a : b)) : safeCut(text, middle);
  const [first, rest] = breaks.length ? [text.slice(0, cut), text.slice(cut + 1)] : [text.slice(0, cut), text.slice(cut)];
  const continued = { ...block, separator: false, spacing: 'None' };
  return [...splitText(block, first, budget), ...splitText(continued, rest, budget)];
}

/** A character cut that splits neither a surrogate pair nor an escape (`\*`) in two. */
function safeCut(text: string, at: number): number {
  let cut = Math.max(1, at);
  if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut--;
  while (cut > 1 && text[cut - 1] === '\\') cut--;
  return cut;
}

function halves<T>(items: readonly T[]): T[][] {
  const middle = Math.ceil(items.length / 2);
  return [items.slice(0, middle), items.slice(middle)];
}
