import { ArgReader } from '../src/core/args';
import { callerKey } from '../src/core/caller';
import { defineCommand, type CommandContext } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply } from '../src/core/reply';
import { committeeName } from '../src/domain/committees';
import { issueCalendarTokens, revokeCalendarTokens, type IssuedToken } from '../src/domain/operations';
import { callerPerson } from '../src/domain/queries';
import type { CalendarGrant } from '../storage/schema';

/** The bodies that get a committee feed. */
export const FEED_COMMITTEES = ['CSC', 'OPSG', 'TABASC', 'SSC', 'SMKI PMA', 'PANEL', 'CB'] as const;

export const calendarCommand = defineCommand({
  name: 'calendar',
  group: 'Help',
  summary: 'Calendar feed links for Outlook or Google Calendar: your deadlines, each committee, and (change team) everything.',
  usage: 'calendar',
  examples: ['calendar', 'calendar reset'],
  access: 'read',
  writes: true,
  parse(args) {
    new ArgReader(args, 'calendar   (or: calendar reset)').done();
    return {};
  },
  async run(_args, ctx): Promise<Reply> {
    const publicUrl = ctx.services?.publicUrl;
    if (!publicUrl) return notConfigured();
    refuseInSharedConversation(ctx);
    const { grants, notes } = grantsFor(ctx);
    const at = ctx.clock.now().toISOString();
    const issued = await ctx.transact((draft) => issueCalendarTokens(draft, grants, { createdBy: callerKey(ctx.caller), at }));
    return linksReply('Your calendar feeds', issued, publicUrl, [...notes, 'Each time you ask, you get new links; earlier ones keep working until `calendar reset`.']);
  },
});

export const calendarResetCommand = defineCommand({
  name: 'calendar reset',
  group: 'Help',
  summary: 'Revoke every calendar link you were given and get new ones.',
  usage: 'calendar reset',
  examples: ['calendar reset'],
  access: 'read',
  writes: true,
  parse(args) {
    new ArgReader(args, 'calendar reset').done();
    return {};
  },
  async run(_args, ctx): Promise<Reply> {
    const publicUrl = ctx.services?.publicUrl;
    if (publicUrl) refuseInSharedConversation(ctx);
    const { grants, notes } = grantsFor(ctx);
    const at = ctx.clock.now().toISOString();
    const { revoked, issued } = await ctx.transact((draft) => {
      const revoked = revokeCalendarTokens(draft, callerKey(ctx.caller));
      return { revoked, issued: publicUrl ? issueCalendarTokens(draft, grants, { createdBy: callerKey(ctx.caller), at }) : [] };
    });
    const gone = `Revoked ${revoked} calendar link${revoked === 1 ? '' : 's'}: calendars subscribed to them stop updating.`;
    if (!publicUrl) return { ...notConfigured(), kind: 'success', title: gone };
    return linksReply(gone, issued, publicUrl, [...notes, 'Subscribe again with the new links below.']);
  },
});

/** Teams answers in a channel or group chat for everyone to see; Slack answers privately everywhere. */
function refuseInSharedConversation(ctx: CommandContext): void {
  const where = ctx.caller.address;
  if (where?.platform === 'teams' && where.conversationType && where.conversationType !== 'personal') {
    throw new UserError('Calendar links are personal, and answers here are seen by everyone in this conversation.', 'Ask me in a 1:1 chat with secbot: calendar');
  }
}

function grantsFor(ctx: CommandContext): { grants: CalendarGrant[]; notes: string[] } {
  const data = ctx.store.read();
  const person = callerPerson(data, ctx.caller);
  const all = ctx.access.canChange(ctx.caller, data);
  const grants: CalendarGrant[] = [
    ...(person ? [{ kind: 'person' as const, person: person.id }] : []),
    ...FEED_COMMITTEES.map((committee) => ({ kind: 'committee' as const, committee })),
    ...(all ? [{ kind: 'all' as const }] : []),
  ];
  const notes = person ? [] : ['No "mine" feed yet: I don\'t know who you are in the directory. Link yourself once: link "Your Name"'];
  return { grants, notes };
}

function linksReply(title: string, issued: IssuedToken[], publicUrl: string, notes: string[]): Reply {
  const link = (i: IssuedToken) => `${publicUrl}/calendar/${i.token}.ics`;
  const label = (g: CalendarGrant) => (g.kind === 'person' ? 'Mine' : g.kind === 'all' ? 'All (change team)' : committeeName(g.committee));
  return {
    kind: 'success',
    personal: true,
    title,
    text: 'Subscribe in Outlook (Add calendar → Subscribe from web) or Google Calendar (Other calendars → From URL). Keep the links private: anyone with one can read that feed.',
    sections: [{ items: issued.map((i) => `${label(i.grant)}: ${link(i)}`) }],
    context: [...notes, '`calendar reset` revokes all your links.'],
  };
}

function notConfigured(): Reply {
  return {
    kind: 'warning',
    title: 'Calendar feeds need secbot\'s public address',
    text: 'Ask whoever runs secbot to set SECBOT_PUBLIC_URL (e.g. https://secbot.example.org, the address Slack or Teams reach it on) and restart it.',
    context: ['Meanwhile a feed can be written to a file: npx secbot calendar export committee CSC > csc.ics'],
  };
}
