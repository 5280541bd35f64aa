import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/core/caller';
import { createTestBot } from '../../support/test-bot';

const inChannel = (id: string, channelId = 'C1'): Caller => ({ platform: 'slack', id, address: { platform: 'slack', teamId: 'T1', channelId } });

describe('settings / settings unfurl', () => {
  it('turns reference cards on and off for the channel it is typed in, and leaves other channels alone', async () => {
    const bot = createTestBot({ changeTeam: ['slack:U1'] });
    expect((await bot.dispatch({ text: 'settings', caller: inChannel('U1') })).fields![0]!.value).toBe('off');
    expect((await bot.dispatch({ text: 'settings unfurl ON', caller: inChannel('U1') })).kind).toBe('success');
    expect(bot.store.read().channelSettings).toEqual({ 'slack:T1:C1': { unfurl: true } });
    expect((await bot.dispatch({ text: 'settings', caller: inChannel('U2', 'C2') })).fields![0]!.value).toBe('off');
    await bot.dispatch({ text: 'settings unfurl off', caller: inChannel('U1') });
    expect(bot.store.read().channelSettings['slack:T1:C1']).toEqual({ unfurl: false });
  });

  it('is a change-team action; others are told who can', async () => {
    const bot = createTestBot();
    const reply = await bot.dispatch({ text: 'settings unfurl on', caller: inChannel('U_OTHER') });
    expect(reply.kind).toBe('error');
    expect(reply.title).toContain('Only the SEC change team');
    expect(bot.store.read().channelSettings).toEqual({});
  });

  it.each([
    ['settings unfurl maybe', '"maybe" is not a valid setting (on or off).'],
    ['settings unfurl', 'Say "on" or "off".'],
    ['settings colour blue', 'There is no setting called "colour".'],
  ])('%s → %s', async (text, message) => {
    const bot = createTestBot({ changeTeam: ['slack:U1'] });
    expect((await bot.dispatch({ text, caller: inChannel('U1') })).title).toBe(message);
  });

  it('on Teams it says honestly that the switch is a Slack setting and SECAS links always unfurl there', async () => {
    const bot = createTestBot({ changeTeam: ['teams:aad-1'] });
    const caller: Caller = { platform: 'teams', id: 'aad-1', address: { platform: 'teams', conversationId: '19:c@thread.tacv2', serviceUrl: 'https://x', conversationType: 'channel' } };
    const reply = await bot.dispatch({ text: 'settings unfurl on', caller });
    expect(reply.title).toBe('Saved: reference cards on (a Slack setting; on Teams, SECAS links always unfurl)');
    expect(reply.context![0]).toMatch(/^Teams: links to SECAS modification pages are always unfurled by secbot's message extension/);
    expect((await bot.dispatch({ text: 'settings', caller })).fields![0]!.value).toBe('on for Slack; on Teams, SECAS links always unfurl');
  });

  it('on the console it explains that settings belong to a chat channel', async () => {
    const reply = await createTestBot().run('settings unfurl on');
    expect(reply).toMatchObject({ kind: 'error', title: 'Settings belong to a chat channel, and this is not one.' });
  });
});
