import { oneOf } from '../src/core/args';
import { addressKey } from '../src/core/address';
import { defineCommand, type CommandContext } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply } from '../src/core/reply';

const UNFURL_USAGE = 'settings unfurl on|off';

/** Settings belong to the channel (or chat) the command is typed in, keyed by addressKey. */
function channelKeyOf(ctx: CommandContext): string {
  const address = ctx.caller.address;
  if (!address || address.platform === 'console') {
    throw new UserError('Settings belong to a chat channel, and this is not one.', 'Type it in the Slack or Teams channel it should apply to, e.g. /sec settings unfurl on');
  }
  return addressKey(address);
}

const PER_PLATFORM = [
  'Slack: with cards on, a bare DP096 or MP167B in this channel gets a small status card (not repeated for the same reference within 30 minutes, nor for messages naming more than 3).',
  'Teams: links to SECAS modification pages are always unfurled by secbot\'s message extension, and its search in the compose box inserts status cards; this on/off setting applies to Slack only.',
];

function settingsReply(unfurl: boolean, title: string, kind: Reply['kind'], platform: string): Reply {
  const teams = platform === 'teams';
  const value = teams ? `${unfurl ? 'on' : 'off'} for Slack; on Teams, SECAS links always unfurl` : unfurl ? 'on: a bare DP096 or MP167B here gets a small status card' : 'off';
  return {
    kind,
    title,
    fields: [{ label: 'Reference cards (unfurl)', value }],
    buttons: [
      unfurl
        ? { label: 'Turn cards off', actionId: 'settings.unfurl', command: 'settings unfurl off' }
        : { label: 'Turn cards on', actionId: 'settings.unfurl', command: 'settings unfurl on' },
    ],
    context: teams ? [...PER_PLATFORM].reverse() : PER_PLATFORM,
  };
}

export const settingsCommand = defineCommand({
  name: 'settings',
  group: 'Admin',
  summary: "Show this channel's settings.",
  usage: 'settings',
  examples: ['settings', UNFURL_USAGE.replace('on|off', 'on')],
  access: 'read',
  parse(args) {
    if (args.length) throw new UserError(`There is no setting called "${args[0]!.slice(0, 40)}".`, `The settings are: ${UNFURL_USAGE}, e.g. settings unfurl on`);
    return {};
  },
  run(_args, ctx) {
    const unfurl = ctx.store.read().channelSettings[channelKeyOf(ctx)]?.unfurl === true;
    return settingsReply(unfurl, 'Settings for this channel', 'info', ctx.caller.platform);
  },
});

export const settingsUnfurlCommand = defineCommand({
  name: 'settings unfurl',
  group: 'Admin',
  summary: 'Turn status cards for bare proposal references (DP096, MP167B) on or off in this channel.',
  usage: UNFURL_USAGE,
  examples: ['settings unfurl on', 'settings unfurl off'],
  access: 'change',
  parse(args) {
    if (args.length !== 1) throw new UserError('Say "on" or "off".', 'For example: settings unfurl on');
    return { on: oneOf(args[0]!, ['on', 'off'] as const, 'setting (on or off)') === 'on' };
  },
  async run({ on }, ctx) {
    const key = channelKeyOf(ctx);
    await ctx.transact((draft) => {
      draft.channelSettings[key] = { ...draft.channelSettings[key], unfurl: on };
    });
    const title = ctx.caller.platform === 'teams'
      ? `Saved: reference cards ${on ? 'on' : 'off'} (a Slack setting; on Teams, SECAS links always unfurl)`
      : on ? 'Reference cards are on in this channel' : 'Reference cards are off in this channel';
    return settingsReply(on, title, 'success', ctx.caller.platform);
  },
});
