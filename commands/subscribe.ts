import { addressKey } from '../src/core/address';
import { callerKey } from '../src/core/caller';
import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply } from '../src/core/reply';
import { describeAddress } from '../src/notify/subscribers';
import { channelOf, takeEmailTarget, SUBSCRIPTION_EVENTS, takeCommittees, takeEventsOption } from '../src/notify/subscription-words';
import { covers, describeSubscription, nextSubscriptionId, overlapWarnings } from '../src/notify/subscription-view';
import type { Subscription } from '../storage/schema';

const usage = 'subscribe COMMITTEE... [events new-dp,stage,decision,consultation,digest] [to EMAIL]';
const example = 'subscribe OPSG TABASC events new-dp,digest';

export const subscribeCommand = defineCommand({
  name: 'subscribe',
  group: 'Notifications',
  summary: 'Post new Draft Proposals, stage changes, decisions, consultations and the Monday digest for committees in this channel (or email them to a list).',
  usage,
  examples: [example, 'subscribe CSC', 'subscribe all events new-dp', 'subscribe CSC events consultation,digest to csc-list@example.org'],
  access: 'change',
  parse(args) {
    const words = [...args];
    const to = takeEmailTarget(words);
    const events = takeEventsOption(words, example) ?? [...SUBSCRIPTION_EVENTS];
    if (!words.length) throw new UserError('Which committees should this channel hear about?', `For example: ${example} (or "subscribe all").`);
    return { wanted: { committees: takeCommittees(words, example), events }, ...(to ? { to } : {}) };
  },
  async run({ wanted, to }, ctx) {
    // A mailing address lets a committee without a chat channel hear (consultations, the digest) by email.
    const address = to ?? channelOf(ctx.caller, 'subscribe');
    const key = addressKey(address);
    const who = callerKey(ctx.caller);
    const createdBy = ctx.caller.name ? `${ctx.caller.name} (${who})` : who;
    const result = await ctx.transact((draft) => {
      const covering = draft.subscriptions.find((s) => addressKey(s.address) === key && covers(s, wanted));
      if (covering) return { covering };
      const created: Subscription = { id: nextSubscriptionId(draft.subscriptions), address, ...wanted, createdBy, createdAt: ctx.clock.now().toISOString() };
      draft.subscriptions.push(created);
      return { created, channel: draft.subscriptions.filter((s) => addressKey(s.address) === key) };
    });
    if (result.covering) return alreadyCovered(result.covering);
    return toReply(result.created!, result.channel!);
  },
});

function alreadyCovered(s: Subscription): Reply {
  return {
    kind: 'info',
    title: `This channel already gets that through ${s.id}; nothing changed.`,
    text: describeSubscription(s),
    context: ['See them all with: subscriptions'],
  };
}

function toReply(s: Subscription, channel: readonly Subscription[]): Reply {
  return {
    kind: 'success',
    title: `Subscribed ${describeAddress(s.address)} (${s.id})`,
    fields: [
      { label: 'Committees', value: s.committees.includes('*') ? 'all committees' : s.committees.join(', ') },
      { label: 'Events', value: s.events.join(', ') },
      { label: 'Created by', value: s.createdBy },
    ],
    buttons: [{ label: 'Subscriptions', actionId: 'subscriptions.list', command: 'subscriptions' }],
    context: [...overlapWarnings(channel), `Stop with: unsubscribe ${s.committees.includes('*') ? 'all' : s.committees.join(' ')}${s.address.platform === 'email' ? ` to ${s.address.to}` : ''}`],
  };
}
