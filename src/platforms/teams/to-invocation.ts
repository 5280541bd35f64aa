import type { TeamsAddress } from '../../core/address';
import type { Caller } from '../../core/caller';
import type { Invocation } from '../../core/dispatch';

export interface TeamsAccount {
  id: string;
  aadObjectId?: string;
  name?: string;
}

/** The parts of a Teams activity secbot reads; SDK activities fit this shape. */
export interface TeamsActivityLike {
  type: string;
  id?: string;
  text?: string;
  value?: unknown;
  serviceUrl?: string;
  replyToId?: string;
  from: TeamsAccount;
  recipient: TeamsAccount;
  conversation: { id: string; conversationType?: string; tenantId?: string };
  channelData?: { tenant?: { id?: string } };
  entities?: readonly { type: string; mentioned?: { id: string }; text?: string }[];
}

const CONVERSATION_TYPES = ['personal', 'groupChat', 'channel'] as const;
const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** A message activity → what the core dispatches: the text without the bot's @-mention, and who asked from where. */
export function toInvocation(activity: TeamsActivityLike): Invocation {
  return { text: stripBotMention(activity), caller: toCaller(activity) };
}

export function toCaller(activity: TeamsActivityLike): Caller {
  const id = activity.from.aadObjectId || activity.from.id;
  return { platform: 'teams', id, ...(activity.from.name ? { name: activity.from.name } : {}), address: toAddress(activity) };
}

export function toAddress(activity: TeamsActivityLike): TeamsAddress {
  const type = CONVERSATION_TYPES.find((t) => t === activity.conversation.conversationType);
  const tenantId = activity.conversation.tenantId ?? activity.channelData?.tenant?.id;
  return {
    platform: 'teams',
    conversationId: baseConversationId(activity.conversation.id),
    serviceUrl: (activity.serviceUrl ?? '').replace(/\/+$/, ''),
    ...(tenantId ? { tenantId } : {}),
    ...(type ? { conversationType: type } : {}),
    ...(type === 'personal' ? { userId: activity.from.aadObjectId || activity.from.id } : {}),
  };
}

/** A channel thread ("19:…@thread.tacv2;messageid=123") belongs to its channel: proactive posts go to the channel. */
export function baseConversationId(id: string): string {
  return id.replace(/;messageid=\d+$/, '');
}

/** "<at>secbot</at> status DP096" → "status DP096"; other people's mentions keep their names. */
export function stripBotMention(activity: Pick<TeamsActivityLike, 'text' | 'entities' | 'recipient'>): string {
  let text = activity.text ?? '';
  const own = (activity.entities ?? []).filter((e) => e.type === 'mention' && e.mentioned?.id === activity.recipient.id && e.text);
  for (const entity of own) text = text.split(entity.text!).join(' ');
  // Without a mention entity, a leading mention can only be the bot's (channels deliver only mentions).
  if (!own.length) text = text.replace(/^\s*<at>.*?<\/at>/, ' ');
  text = text.replace(/<at>(.*?)<\/at>/g, '$1');
  text = text.replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m);
  return text.replace(/\s+/g, ' ').trim();
}
