import type { BlockAction, SlashCommand } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createTtlCache } from '../../../src/platforms/ttl-cache';
import { decodeSlackText, toInvocation } from '../../../src/platforms/slack/to-invocation';
import { redactTokens, toSlackError } from '../../../src/platforms/slack/to-slack-error';
import { channelKey, refsToUnfurl } from '../../../src/platforms/slack/unfurl/unfurl-policy';

describe('toInvocation', () => {
  it('a slash command: text as typed, caller with team and channel', () => {
    const command = { text: 'status &lt;DP096&gt; &amp; more', user_id: 'U1', user_name: 'gemma', team_id: 'T1', channel_id: 'C1' } as SlashCommand;
    expect(toInvocation({ kind: 'command', command })).toEqual({
      text: 'status <DP096> & more',
      caller: { platform: 'slack', id: 'U1', name: 'gemma', address: { platform: 'slack', teamId: 'T1', channelId: 'C1' } },
    });
  });

  it('a mention: the bot mention is removed wherever it is, other mentions stay, thread kept', () => {
    const event = { user: 'U1', text: '<@UBOT> action add CSC <@U2> "Chase"', channel: 'C1', thread_ts: '1.2' };
    const invocation = toInvocation({ kind: 'message', event, botUserId: 'UBOT', teamId: 'T1' });
    expect(invocation.text).toBe('action add CSC <@U2> "Chase"');
    expect(invocation.caller.address).toEqual({ platform: 'slack', teamId: 'T1', channelId: 'C1', threadTs: '1.2' });
  });

  it('a button click runs the button value as the clicker', () => {
    const body = { user: { id: 'U9', name: 'sam', team_id: 'T1' }, team: { id: 'T1' }, channel: { id: 'C7' }, container: {} } as unknown as BlockAction;
    expect(toInvocation({ kind: 'action', body, value: 'action close "CSC 12/01"' })).toMatchObject({ text: 'action close "CSC 12/01"', caller: { id: 'U9', address: { channelId: 'C7' } } });
  });

  it('decodes Slack links to what was typed', () => {
    expect(decodeSlackText('consultation add MP167B report 16 Aug 2023 7 Sep 2023 <https://secas.example/mr|secas.example/mr> <mailto:a@b.c|a@b.c> <#C1|change>'))
      .toBe('consultation add MP167B report 16 Aug 2023 7 Sep 2023 https://secas.example/mr a@b.c #change');
  });
});

describe('toSlackError', () => {
  it.each([
    [{ code: 'slack_webapi_platform_error', data: { error: 'channel_not_found' } }, { code: 'channel_not_found', reason: 'unreachable' }],
    [{ code: 'slack_webapi_platform_error', data: { error: 'internal_error' } }, { code: 'internal_error', reason: 'transient' }],
    [{ code: 'slack_webapi_rate_limited_error', retryAfter: 12 }, { code: 'ratelimited', reason: 'transient', retryAfterMs: 12_000 }],
    [{ code: 'slack_webapi_http_error', statusCode: 502 }, { code: 'http_502', reason: 'transient' }],
    [{ code: 'slack_webapi_request_error' }, { code: 'network', reason: 'transient' }],
  ])('%j → %j', (error, expected) => {
    expect(toSlackError(error)).toMatchObject(expected);
  });

  it('never repeats a token found in an unexpected error message', () => {
    const failure = toSlackError(new Error('bad xoxb-123-456-abcdef and xapp-1-A1-zzz'));
    expect(failure.message).not.toMatch(/xoxb-123|xapp-1-A1/);
    expect(redactTokens('Bearer xoxp-9-9-9')).toBe('Bearer xox?-[redacted]');
  });
});

describe('unfurl policy', () => {
  it('at most 3 references, once per channel and reference every 30 minutes by the injected clock', () => {
    let now = Date.parse('2023-08-22T09:00:00Z');
    const recent = createTtlCache({ now: () => new Date(now) }, 30 * 60_000);
    const key = channelKey('T1', 'C1');
    expect(key).toBe('slack:T1:C1');
    expect(refsToUnfurl(['DP096', 'DP097', 'MP167B', 'DP120'], key, recent)).toEqual([]);
    expect(refsToUnfurl(['DP096', 'MP167B'], key, recent)).toEqual(['DP096', 'MP167B']);
    expect(refsToUnfurl(['DP096', 'DP097'], key, recent)).toEqual(['DP097']);
    expect(refsToUnfurl(['DP096'], channelKey('T1', 'C2'), recent)).toEqual(['DP096']);
    now += 30 * 60_000 - 1;
    expect(refsToUnfurl(['DP096'], key, recent)).toEqual([]);
    now += 1;
    expect(refsToUnfurl(['DP096'], key, recent)).toEqual(['DP096']);
  });
});
