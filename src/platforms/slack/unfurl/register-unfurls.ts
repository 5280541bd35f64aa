import type { App, types, webApi } from '@slack/bolt';
type LinkSharedEvent = types.LinkSharedEvent;
import type { Caller } from '../../../core/caller';
import { findProposalRefs } from '../../../domain/references';
import { sdkBlocks, type SlackRuntime } from '../runtime';
import { toSlackError } from '../to-slack-error';
import { decodeSlackText, type SlackMessageLike } from '../to-invocation';
import { channelKey, refsToUnfurl, unfurlEnabled } from './unfurl-policy';
import { unfurlCards } from './unfurl-cards';

/** link_shared for SECAS pages naming a proposal → chat.unfurl with a compact card (opted-in channels only). */
export function registerLinkUnfurls(app: App, rt: SlackRuntime): void {
  app.event('link_shared', async ({ event, body, client }) => {
    const key = channelKey(body.team_id, event.channel);
    if (!unfurlEnabled(rt.deps.store.read(), key)) return;
    const byUrl = new Map(event.links.map((l) => [l.url, findProposalRefs(l.url)[0]] as const).filter(([, ref]) => ref !== undefined));
    const refs = refsToUnfurl([...new Set(byUrl.values())] as string[], key, rt.unfurled);
    const cards = await unfurlCards(rt, refs, caller(event.user, body.team_id, event.channel));
    const unfurls = Object.fromEntries([...byUrl].filter(([, ref]) => cards.has(ref!)).map(([url, ref]) => [url, { blocks: sdkBlocks(cards.get(ref!)!).blocks }]));
    if (!Object.keys(unfurls).length) return;
    await client.chat.unfurl({ ...target(event), unfurls }).catch((error) => rt.logger.warn({ code: toSlackError(error).code }, 'chat.unfurl failed'));
  });
}

/** A bare DP096 in a message of an opted-in channel → one threaded reply with the cards. */
export async function unfurlBareRefs(client: webApi.WebClient, rt: SlackRuntime, message: SlackMessageLike & { ts: string }, teamId: string | undefined): Promise<void> {
  const key = channelKey(teamId, message.channel);
  if (!unfurlEnabled(rt.deps.store.read(), key)) return;
  const refs = refsToUnfurl(findProposalRefs(decodeSlackText(message.text ?? '')), key, rt.unfurled);
  const cards = [...(await unfurlCards(rt, refs, caller(message.user ?? 'unknown', teamId, message.channel))).values()];
  if (!cards.length) return;
  const blocks = cards.flatMap((c) => c.blocks);
  await client.chat
    .postMessage({ channel: message.channel, thread_ts: message.thread_ts ?? message.ts, unfurl_links: false, ...sdkBlocks({ text: cards.map((c) => c.text).join(' · '), blocks }) })
    .catch((error) => rt.logger.warn({ code: toSlackError(error).code }, 'could not post an unfurl card'));
}

function caller(user: string, teamId: string | undefined, channelId: string): Caller {
  return { platform: 'slack', id: user, address: { platform: 'slack', ...(teamId ? { teamId } : {}), channelId } };
}

function target(event: LinkSharedEvent): { channel: string; ts: string } | { unfurl_id: string; source: 'composer' | 'conversations_history' } {
  if (event.unfurl_id && (event.source === 'composer' || event.source === 'conversations_history')) return { unfurl_id: event.unfurl_id, source: event.source };
  return { channel: event.channel, ts: event.message_ts };
}
