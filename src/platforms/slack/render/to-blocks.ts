import type { Reply, ReplyButton, ReplyField, ReplySection } from '../../../core/reply';
import { LIMITS, messageSchema, type SlackBlock, type SlackButton, type SlackMessage } from './block-limits';
import { chunkLines, escapeMrkdwn, splitLong, truncate } from './text';
import { shareButton, toButton } from './to-button';

export interface RenderOptions {
  /** Add a "Share in channel" button (on the last page) whose value is this id. */
  shareId?: string;
}

const MARK: Record<Reply['kind'], string> = { info: '', help: '', success: '✅ ', warning: '⚠️ ', error: '❌ ' };

/**
 * A Reply as one or more Block Kit messages. Long lists are split across sections and, past 50 blocks,
 * across messages ("continued 2 of 3"); nothing is cut. Every message is checked against Slack's limits.
 */
export function toBlocks(reply: Reply, options: RenderOptions = {}): SlackMessage[] {
  const counter = { next: 0 };
  const blocks: SlackBlock[] = [
    ...titleBlocks(reply),
    ...textBlocks(reply.text),
    ...fieldBlocks(reply.fields),
    ...(reply.sections ?? []).flatMap((s) => sectionBlocks(s, counter)),
    ...actionBlocks(reply.buttons, counter),
    ...contextBlocks(reply.context),
  ];
  const pages = paginate(blocks, reply.title, options.shareId ? 1 : 0);
  if (options.shareId) pages[pages.length - 1]!.push(...actionBlocksOf([shareButton(options.shareId)]));
  // The fallback text is mrkdwn too (notifications, screen readers): escaped so `<!channel>` stays text.
  const fallback = escapeMrkdwn(truncate(`${MARK[reply.kind]}${titleOf(reply)}`, 2000));
  return pages.map((page, i) => messageSchema.parse({ text: i === 0 ? fallback : `${fallback} (${i + 1} of ${pages.length})`, blocks: page }));
}

const visible = (text: string) => /\S/.test(text);
const titleOf = (reply: Reply) => (visible(reply.title) ? reply.title : 'secbot');

function titleBlocks(reply: Reply): SlackBlock[] {
  const title = `${MARK[reply.kind]}${titleOf(reply)}`;
  const header: SlackBlock = { type: 'header', text: { type: 'plain_text', text: truncate(title, LIMITS.headerText), emoji: true } };
  return title.length <= LIMITS.headerText ? [header] : [header, ...textBlocks(titleOf(reply))];
}

export function textBlocks(text: string | undefined): SlackBlock[] {
  if (!text) return [];
  return chunkLines(escapeMrkdwn(text).split('\n'), LIMITS.sectionText)
    .filter(visible)
    .map((chunk) => ({ type: 'section', text: { type: 'mrkdwn', text: chunk } }));
}

export function fieldBlocks(fields: ReplyField[] | undefined): SlackBlock[] {
  const texts = (fields ?? []).flatMap((f) => {
    const label = `*${escapeMrkdwn(truncate(f.label, 200))}*\n`;
    return splitLong(escapeMrkdwn(f.value || '—'), LIMITS.fieldText - label.length).map((part) => `${label}${part}`);
  });
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < texts.length; i += LIMITS.fieldsPerSection) {
    blocks.push({ type: 'section', fields: texts.slice(i, i + LIMITS.fieldsPerSection).map((text) => ({ type: 'mrkdwn', text })) });
  }
  return blocks;
}

function sectionBlocks(section: ReplySection, counter: { next: number }): SlackBlock[] {
  const items = section.items?.length ? chunkLines(section.items.map((item) => `• ${escapeMrkdwn(item)}`), LIMITS.sectionText) : [];
  return [
    ...textBlocks(section.title ? `*${section.title}*` : undefined),
    ...textBlocks(section.text),
    ...fieldBlocks(section.fields),
    ...items.map((chunk): SlackBlock => ({ type: 'section', text: { type: 'mrkdwn', text: chunk } })),
    ...actionBlocks(section.buttons, counter),
  ];
}

export function actionBlocks(buttons: ReplyButton[] | undefined, counter: { next: number }): SlackBlock[] {
  const rendered = (buttons ?? []).map((b) => toButton(b, counter.next++)).filter((b): b is SlackButton => b !== undefined);
  return actionBlocksOf(rendered);
}

function actionBlocksOf(buttons: SlackButton[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.actionsElements) {
    blocks.push({ type: 'actions', elements: buttons.slice(i, i + LIMITS.actionsElements) });
  }
  return blocks;
}

export function contextBlocks(notes: string[] | undefined): SlackBlock[] {
  const texts = (notes ?? []).flatMap((n) => splitLong(escapeMrkdwn(n), LIMITS.contextText)).filter(visible);
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < texts.length; i += LIMITS.contextElements) {
    blocks.push({ type: 'context', elements: texts.slice(i, i + LIMITS.contextElements).map((text) => ({ type: 'mrkdwn', text })) });
  }
  return blocks;
}

/** Split into pages of ≤50 blocks; later pages start with a "continued" line naming the page. */
function paginate(blocks: SlackBlock[], title: string, reserve: number): SlackBlock[][] {
  if (blocks.length + reserve <= LIMITS.blocksPerMessage) return [blocks];
  const perPage = LIMITS.blocksPerMessage - 1 - reserve;
  const pages: SlackBlock[][] = [];
  for (let i = 0; i < blocks.length; i += perPage) pages.push(blocks.slice(i, i + perPage));
  return pages.map((page, i) => (i === 0 ? page : [continued(title, i + 1, pages.length), ...page]));
}

function continued(title: string, page: number, of: number): SlackBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: `${escapeMrkdwn(truncate(title, 200))} (continued, ${page} of ${of})` }] };
}
