import { addressKey } from '../src/core/address';
import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply } from '../src/core/reply';
import { describeAddress } from '../src/notify/subscribers';
import { describeSubscription, overlapWarnings } from '../src/notify/subscription-view';
import type { Subscription } from '../storage/schema';

export const subscriptionsCommand = defineCommand({
  name: 'subscriptions',
  group: 'Notifications',
  summary: "This channel's subscriptions (or every channel's with \"all\"): committees, events, who created them and when.",
  usage: 'subscriptions [all]',
  examples: ['subscriptions', 'subscriptions all'],
  access: 'read',
  parse(args) {
    if (args.length > 1 || (args[0] && args[0].toLowerCase() !== 'all')) {
      throw new UserError(`I didn't understand "${args.join(' ').slice(0, 40)}".`, 'Use "subscriptions" for this channel or "subscriptions all" for every channel.');
    }
    return { all: args.length === 1 };
  },
  run({ all }, ctx): Reply {
    const subscriptions = ctx.store.read().subscriptions;
    const here = ctx.caller.address && ctx.caller.address.platform !== 'console' ? addressKey(ctx.caller.address) : undefined;
    const shown = all || !here ? subscriptions : subscriptions.filter((s) => addressKey(s.address) === here);
    if (!shown.length) {
      return { kind: 'info', title: all || !here ? 'No channel is subscribed yet.' : 'This channel has no subscriptions.', context: ['Subscribe a channel by typing there, e.g. subscribe OPSG events new-dp,digest'] };
    }
    return {
      kind: 'info',
      title: `${shown.length} subscription${shown.length === 1 ? '' : 's'}${all || !here ? ' in all channels' : ' in this channel'}`,
      sections: byChannel(shown).map((group) => ({ title: describeAddress(group[0]!.address), items: group.map(describeSubscription) })),
      context: overlapWarnings(shown),
    };
  },
});

function byChannel(subscriptions: readonly Subscription[]): Subscription[][] {
  const groups = new Map<string, Subscription[]>();
  for (const s of subscriptions) groups.set(addressKey(s.address), [...(groups.get(addressKey(s.address)) ?? []), s]);
  return [...groups.values()];
}
