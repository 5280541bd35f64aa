import { describe, expect, it } from 'vitest';
import { stripBotMention, toInvocation, type TeamsActivityLike } from '../../../src/platforms/teams/to-invocation';

const bot = { id: '28:bot', name: 'secbot' };
const activity = (over: Partial<TeamsActivityLike>): TeamsActivityLike => ({
  type: 'message',
  serviceUrl: 'https://smba.trafficmanager.net/uk/',
  from: { id: '29:abc', aadObjectId: 'aad-1', name: 'Alice' },
  recipient: bot,
  conversation: { id: '19:x@thread.tacv2;messageid=1', conversationType: 'channel', tenantId: 't1' },
  ...over,
});

describe('toInvocation', () => {
  it('strips the bot mention, keeps the rest, and addresses the caller (a thread belongs to its channel)', () => {
    const a = activity({ text: '<at>secbot</at> status&nbsp;DP096\n', entities: [{ type: 'mention', text: '<at>secbot</at>', mentioned: bot }] });
    expect(toInvocation(a)).toEqual({
      text: 'status DP096',
      caller: { platform: 'teams', id: 'aad-1', name: 'Alice', address: { platform: 'teams', conversationId: '19:x@thread.tacv2', serviceUrl: 'https://smba.trafficmanager.net/uk', tenantId: 't1', conversationType: 'channel' } },
    });
  });

  it('other people\'s mentions keep their names; HTML entities are decoded', () => {
    const a = { text: '<at>secbot</at> action update CSC 12/01 met <at>Jane Doe</at> &amp; DCC', entities: [{ type: 'mention', text: '<at>secbot</at>', mentioned: bot }, { type: 'mention', text: '<at>Jane Doe</at>', mentioned: { id: '29:jane' } }], recipient: bot };
    expect(stripBotMention(a)).toBe('action update CSC 12/01 met Jane Doe & DCC');
  });

  it('a leading mention without an entity is treated as the bot\'s', () => {
    expect(stripBotMention({ text: '<at>SEC Bot</at> help', recipient: bot })).toBe('help');
  });

  it('falls back to the Teams id without an AAD id, and the tenant from channelData', () => {
    const a = activity({ text: 'help', from: { id: '29:abc' }, conversation: { id: 'a:1', conversationType: 'personal' }, channelData: { tenant: { id: 't2' } } });
    expect(toInvocation(a).caller).toMatchObject({ id: '29:abc', address: { tenantId: 't2', conversationType: 'personal', userId: '29:abc' } });
  });
});
