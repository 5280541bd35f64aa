import type { Reply, ReplyButton, ReplyField, ReplySection } from '../../core/reply';
import { createCardSigner, type ButtonExtras, type CardSigner } from './card-signer';
import { escapeTeamsMarkdown } from './escape-markdown';

export type CardElement = { type: string; [key: string]: unknown };
export type CardAction = { type: 'Action.Execute' | 'Action.Submit' | 'Action.ShowCard'; title: string; [key: string]: unknown };

/** Universal Actions: Teams asks the bot (adaptiveCard/action) for each viewer's own version of the card. */
export interface CardRefresh {
  action: { type: 'Action.Execute'; verb: string; data: unknown };
  /** Teams user ids (29:…) refreshed automatically; absent: everyone, in chats of up to 60 people. */
  userIds?: string[];
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema?: string;
  version: '1.5';
  msteams?: { width: 'Full' };
  refresh?: CardRefresh;
  body: CardElement[];
  actions?: CardAction[];
}

/** A reply cut into pieces that pages may split between: each block is one card element. */
export interface CardParts {
  header: CardElement[];
  blocks: CardElement[];
  footer: CardElement[];
  actions: CardAction[];
}

const COLOR: Record<Reply['kind'], string | undefined> = { info: undefined, help: undefined, success: 'Good', warning: 'Warning', error: 'Attention' };
const MARK: Record<Reply['kind'], string> = { info: '', help: '', success: '✓ ', warning: '⚠ ', error: '✗ ' };
const ITEMS_PER_BLOCK = 20;
const FACTS_PER_BLOCK = 15;
const TEXT_PER_BLOCK = 3000;

let processSigner: CardSigner | undefined;
/** For renderings outside a running platform (contract tests, previews): buttons valid in this process only. */
export function defaultSigner(): CardSigner {
  return (processSigner ??= createCardSigner(undefined));
}

/** Reply → one Adaptive Card 1.5 (what Teams renders). Use toAdaptiveCards for size-safe pages. */
export function toAdaptiveCard(reply: Reply, signer: CardSigner = defaultSigner(), buttons: ButtonExtras = {}): AdaptiveCard {
  const parts = toCardParts(reply, signer, buttons);
  return wrapCard([...parts.header, ...parts.blocks, ...parts.footer], parts.actions);
}

export function wrapCard(body: CardElement[], actions: CardAction[], refresh?: CardRefresh): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    msteams: { width: 'Full' },
    ...(refresh ? { refresh } : {}),
    body,
    ...(actions.length ? { actions } : {}),
  };
}

/** `buttons`: signed into every button, e.g. mode 'private' on broadcasts so a click never edits the post. */
export function toCardParts(reply: Reply, signer: CardSigner, buttons: ButtonExtras = {}): CardParts {
  const header: CardElement[] = [{ ...textBlock(`${MARK[reply.kind]}${reply.title}`), size: 'Medium', weight: 'Bolder', ...color(reply) }];
  const blocks = [...textBlocks(reply.text), ...factSets(reply.fields)];
  for (const section of reply.sections ?? []) blocks.push(...sectionBlocks(section, signer, buttons));
  const footer = (reply.context ?? []).map((note) => ({ ...textBlock(note), isSubtle: true, size: 'Small', spacing: 'Small' }));
  return { header, blocks, footer, actions: toCardActions(reply.buttons ?? [], signer, buttons) };
}

/** Buttons are Universal Actions (Action.Execute → invoke adaptiveCard/action), verb = the button's action id. */
export function toCardActions(buttons: readonly ReplyButton[], signer: CardSigner, extras: ButtonExtras = {}): CardAction[] {
  return buttons.map((button) => {
    const submit: CardAction = {
      type: 'Action.Execute',
      title: button.confirm ? `Yes, ${button.label}` : button.label,
      verb: button.actionId,
      data: signer.sign(button.command, extras),
      ...(button.style ? { style: button.style === 'danger' ? 'destructive' : 'positive' } : {}),
    };
    if (!button.confirm) return submit;
    return { type: 'Action.ShowCard', title: button.label, card: { type: 'AdaptiveCard', version: '1.5', body: [textBlock(button.confirm)], actions: [submit] } };
  });
}

function sectionBlocks(section: ReplySection, signer: CardSigner, extras: ButtonExtras): CardElement[] {
  const blocks: CardElement[] = [];
  if (section.title) blocks.push({ ...textBlock(section.title), weight: 'Bolder' });
  blocks.push(...textBlocks(section.text), ...factSets(section.fields));
  for (let i = 0; i < (section.items?.length ?? 0); i += ITEMS_PER_BLOCK) {
    const chunk = section.items!.slice(i, i + ITEMS_PER_BLOCK);
    blocks.push({ ...markdownBlock(chunk.map((item) => `- ${escapeTeamsMarkdown(item)}`).join('\r')), spacing: 'Small' });
  }
  if (section.buttons?.length) blocks.push({ type: 'ActionSet', actions: toCardActions(section.buttons, signer, extras) });
  if (blocks[0]) blocks[0] = { ...blocks[0], separator: true, spacing: 'Medium' };
  return blocks;
}

function factSets(fields: readonly ReplyField[] | undefined): CardElement[] {
  const sets: CardElement[] = [];
  for (let i = 0; i < (fields?.length ?? 0); i += FACTS_PER_BLOCK) {
    const facts = fields!.slice(i, i + FACTS_PER_BLOCK).map((f) => ({ title: escapeTeamsMarkdown(f.label), value: escapeTeamsMarkdown(f.value) }));
    sets.push({ type: 'FactSet', facts });
  }
  return sets;
}

function textBlocks(text: string | undefined): CardElement[] {
  if (!text) return [];
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > TEXT_PER_BLOCK) {
    const cut = rest.lastIndexOf('\n', TEXT_PER_BLOCK);
    const at = cut > TEXT_PER_BLOCK / 2 ? cut : TEXT_PER_BLOCK;
    chunks.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n/, '');
  }
  chunks.push(rest);
  return chunks.map((chunk) => textBlock(chunk));
}

/** User text as a TextBlock: escaped, so it never becomes a link, emphasis or list. */
function textBlock(text: string): CardElement {
  return markdownBlock(escapeTeamsMarkdown(text));
}

function markdownBlock(markdown: string): CardElement {
  return { type: 'TextBlock', text: markdown, wrap: true };
}

function color(reply: Reply): { color?: string } {
  const c = COLOR[reply.kind];
  return c ? { color: c } : {};
}
