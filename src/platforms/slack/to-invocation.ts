import type { BlockAction, SlashCommand, ViewSubmitAction } from '@slack/bolt';
import type { SlackAddress } from '../../core/address';
import type { Caller } from '../../core/caller';
import type { Invocation } from '../../core/dispatch';

export interface SlackMessageLike {
  user?: string;
  text?: string;
  channel: string;
  team?: string;
  thread_ts?: string;
}

export type SlackSource =
  | { kind: 'command'; command: SlashCommand }
  | { kind: 'message'; event: SlackMessageLike; botUserId?: string; teamId?: string }
  | { kind: 'action'; body: BlockAction; value: string }
  | { kind: 'view'; body: ViewSubmitAction; text: string; channelId?: string };

/** A slash command, a DM or @-mention, a button click or a modal submission → the neutral Invocation the dispatcher runs. */
export function toInvocation(source: SlackSource): Invocation {
  switch (source.kind) {
    case 'command': {
      const c = source.command;
      return { text: decodeSlackText(c.text), caller: toCaller(c.user_id, c.user_name, { teamId: c.team_id, channelId: c.channel_id }) };
    }
    case 'message': {
      const e = source.event;
      const text = stripMention(decodeSlackText(e.text ?? ''), source.botUserId);
      return { text, caller: toCaller(e.user ?? 'unknown', undefined, { teamId: e.team ?? source.teamId, channelId: e.channel, threadTs: e.thread_ts }) };
    }
    case 'action': {
      const b = source.body;
      const channelId = b.channel?.id ?? b.container?.channel_id;
      const threadTs = b.message?.thread_ts as string | undefined;
      return { text: source.value, caller: toCaller(b.user.id, b.user.name ?? b.user.username, { teamId: b.team?.id ?? b.user.team_id, channelId, threadTs }) };
    }
    case 'view': {
      const b = source.body;
      return { text: source.text, caller: toCaller(b.user.id, b.user.name, { teamId: b.team?.id ?? b.user.team_id, channelId: source.channelId }) };
    }
  }
}

function toCaller(id: string, name: string | undefined, where: Omit<SlackAddress, 'platform'>): Caller {
  const address: SlackAddress = { platform: 'slack' };
  if (where.teamId) address.teamId = where.teamId;
  if (where.channelId) address.channelId = where.channelId;
  if (where.threadTs) address.threadTs = where.threadTs;
  return { platform: 'slack', id, ...(name ? { name } : {}), address };
}

/** Slack escapes &, <, > and wraps links as <url|label>: give commands the text the user typed. */
export function decodeSlackText(text: string): string {
  return text
    .replace(/<(https?:[^>|]+)(\|[^>]*)?>/g, '$1')
    .replace(/<mailto:[^>|]+\|([^>]+)>/g, '$1')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

/** "<@UBOT> status DP096" → "status DP096"; other mentions stay (they may be arguments). */
function stripMention(text: string, botUserId: string | undefined): string {
  const own = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g') : /^<@[A-Z0-9]+(\|[^>]*)?>/;
  return text.replace(own, ' ').replace(/\s+/g, ' ').trim();
}
