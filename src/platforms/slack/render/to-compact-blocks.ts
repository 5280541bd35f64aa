import type { Reply } from '../../../core/reply';
import { LIMITS, messageSchema, type SlackMessage } from './block-limits';
import { contextBlocks, fieldBlocks } from './to-blocks';
import { escapeMrkdwn, truncate } from './text';

const COMPACT_FIELDS = 6;

/** A small card for unfurls: bold title, a line of text, the first few fields, one line of small print. */
export function toCompactBlocks(reply: Reply): SlackMessage {
  const heading = `*${escapeMrkdwn(truncate(reply.title, 300))}*${reply.text ? `\n${escapeMrkdwn(truncate(reply.text, 600))}` : ''}`;
  return messageSchema.parse({
    text: escapeMrkdwn(truncate(reply.title, 300)),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: heading.slice(0, LIMITS.sectionText) } },
      ...fieldBlocks(reply.fields?.slice(0, COMPACT_FIELDS)).slice(0, 1),
      ...contextBlocks(reply.context?.slice(0, 1)),
    ],
  });
}
