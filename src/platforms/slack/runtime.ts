import { randomUUID } from 'node:crypto';
import type { types } from '@slack/bolt';
import type { Reply } from '../../core/reply';
import type { Logger } from '../../core/ports';
import type { SlackMessage } from './render/block-limits';
import { toBlocks } from './render/to-blocks';
import { ownBytes } from '../own-copy';
import { createTtlCache, type TtlCache } from '../ttl-cache';
import type { SlackConfig, SlackDeps } from './types';

const THIRTY_MINUTES = 30 * 60_000;
/** Answers kept for "Share in channel", as UTF-8 JSON: a few hundred typical answers, 1 MB at most. */
const SHARES_MAX_BYTES = 1_000_000;

/** What every handler shares: the core ports plus small in-memory caches keyed by the injected clock. */
export interface SlackRuntime {
  deps: SlackDeps;
  logger: Logger;
  ackBudgetMs: number;
  botToken: string;
  /** Origins that may receive the bot token when downloading a shared file. */
  fileOrigins: string[];
  /**
   * "Share in channel" id → the reply to post, as UTF-8 JSON. Slack's response_url also lives 30 minutes.
   * Bytes, because a reply's own strings are mostly V8 ropes (about three times their text) and one dash
   * makes a JSON string two bytes a character; Share is rare, so parsing it again then costs nothing.
   */
  shares: TtlCache<Buffer>;
  /** "channelKey|DP096" → unfurled within the last 30 minutes. */
  unfurled: TtlCache;
}

export function createRuntime(deps: SlackDeps, config: SlackConfig): SlackRuntime {
  const apiOrigin = config.apiUrl ? new URL(config.apiUrl).origin : undefined;
  return {
    deps,
    logger: deps.logger.child({ platform: 'slack' }),
    ackBudgetMs: config.ackBudgetMs ?? 2000,
    botToken: config.botToken,
    fileOrigins: ['https://files.slack.com', ...(apiOrigin ? [apiOrigin] : [])],
    shares: createTtlCache<Buffer>(deps.clock, THIRTY_MINUTES, { max: 2000, maxWeight: SHARES_MAX_BYTES, weigh: (json) => json.byteLength }),
    unfurled: createTtlCache(deps.clock, THIRTY_MINUTES, { max: 20_000 }),
  };
}

/** Ephemeral answers get a "Share in channel" button (errors and personal answers do not). */
export function toShareable(rt: SlackRuntime, reply: Reply): SlackMessage[] {
  if (reply.kind === 'error' || reply.personal) return toBlocks(reply);
  const shareId = randomUUID();
  rt.shares.set(shareId, ownBytes(JSON.stringify(reply)));
  return toBlocks(reply, { shareId });
}

/** Our validated blocks typed as the SDK's block union. */
export function sdkBlocks(message: SlackMessage): { text: string; blocks: types.KnownBlock[] } {
  return { text: message.text, blocks: message.blocks as types.KnownBlock[] };
}

/** Add one line of small print (mrkdwn, e.g. "Shared by <@U1>") if the message has room. */
export function withFooter(message: SlackMessage, mrkdwn: string): SlackMessage {
  if (message.blocks.length >= 50) return message;
  return { ...message, blocks: [...message.blocks, { type: 'context', elements: [{ type: 'mrkdwn', text: mrkdwn }] }] };
}
