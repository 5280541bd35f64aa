import { addressKey, type Address } from '../src/core/address';
import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply } from '../src/core/reply';
import { describeAddress } from '../src/notify/subscribers';
import { channelOf, takeEmailTarget, takeCommittees, takeEventsOption } from '../src/notify/subscription-words';
import { describeSubscription, nextSubscriptionId } from '../src/notify/subscription-view';
import { planUnsubscribe, type Removal, type UnsubscribeResult } from '../src/notify/unsubscribe-plan';
import type { StoreData } from '../storage/schema';

const usage = 'unsubscribe [COMMITTEE...|all] [events EVENT,...] [to EMAIL]';
const example = 'unsubscribe TABASC events stage';

export const unsubscribeCommand = defineCommand({
  name: 'unsubscribe',
  group: 'Notifications',
  summary: 'Stop posting some committees or kinds of message in this channel (all of them when nothing is given).',
  usage,
  examples: ['unsubscribe', 'unsubscribe OPSG', example],
  access: 'change',
  parse(args): Removal & { to?: Address } {
    const words = [...args];
    const to = takeEmailTarget(words);
    const events = takeEventsOption(words, example);
    const committees = words.length ? takeCommittees(words, example) : undefined;
    return { ...(committees ? { committees } : {}), ...(events ? { events } : {}), ...(to ? { to } : {}) };
  },
  async run(removal, ctx) {
    const address = removal.to ?? channelOf(ctx.caller, 'unsubscribe');
    const key = addressKey(address);
    const result = await ctx.transact((draft) => applyRemoval(draft, key, removal));
    return toReply(describeAddress(address), result);
  },
});

function applyRemoval(draft: StoreData, key: string, removal: Removal): UnsubscribeResult {
  const channel = draft.subscriptions.filter((s) => addressKey(s.address) === key);
  if (!channel.length) throw new UserError('This channel has no subscriptions.', 'Subscribe it with, for example: subscribe OPSG');
  let next = Number(nextSubscriptionId(draft.subscriptions).slice(1));
  const result = planUnsubscribe(channel, removal, () => `S${next++}`);
  if (!result.removed.length && !result.changed.length) {
    const what = [removal.committees?.join(', '), removal.events && `events ${removal.events.join(', ')}`].filter(Boolean).join(' ');
    throw new UserError(`This channel has no subscription for ${what}.`, `It has: ${channel.map(describeSubscription).join('; ')}`);
  }
  draft.subscriptions = [...draft.subscriptions.filter((s) => addressKey(s.address) !== key), ...result.kept];
  return result;
}

function toReply(where: string, result: UnsubscribeResult): Reply {
  const done = [result.removed.length && `removed ${result.removed.join(', ')}`, result.changed.length && `changed ${result.changed.join(', ')}`].filter(Boolean);
  return {
    kind: 'success',
    title: `Unsubscribed ${where}: ${done.join('; ')}`,
    sections: [{ title: 'Still subscribed', items: result.kept.length ? result.kept.map(describeSubscription) : ['nothing: this channel gets no notifications'] }],
  };
}
