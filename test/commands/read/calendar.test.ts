import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/core/caller';
import { silentLogger } from '../../../src/core/ports';
import { createCore } from '../../../src/create-core';
import { demoStore } from '../../../src/demo/demo-store';
import { hashCalendarToken } from '../../../src/domain/operations';
import { createMemoryStore } from '../../../storage/memory-store';
import { text } from './helpers';

const mari: Caller = { platform: 'slack', id: 'U_MARI' };
const stranger: Caller = { platform: 'slack', id: 'U_STRANGER' };
const LINK = /https:\/\/secbot\.example\.org\/calendar\/([A-Za-z0-9_-]+)\.ics/g;

function bot(publicUrl?: string) {
  const data = demoStore();
  data.people = data.people.map((p) => (p.id === 'mari-toda' ? { ...p, platformIds: { slack: 'U_MARI' } } : p));
  const store = createMemoryStore(data, () => new Date('2026-01-05T10:00:00Z'));
  const core = createCore({ store, clock: { now: () => new Date('2026-01-05T10:00:00Z') }, logger: silentLogger, changeTeam: [], holidays: {}, ...(publicUrl ? { publicUrl } : {}) });
  return { store, run: async (line: string, caller: Caller) => core.dispatch({ text: line, caller }) };
}

describe('calendar', () => {
  it('without SECBOT_PUBLIC_URL explains how to set it and issues nothing', async () => {
    const { store, run } = bot();
    const reply = await run('calendar', mari);
    expect(reply.kind).toBe('warning');
    expect(text(reply)).toContain('SECBOT_PUBLIC_URL');
    expect(text(reply)).toContain('npx secbot calendar export committee CSC > csc.ics');
    expect(store.read().calendarTokens).toEqual([]);
  });

  it('records each link as a hash with its grant and creator, in the audit log, never the token itself', async () => {
    const { store, run } = bot('https://secbot.example.org');
    const reply = await run('calendar', mari);
    const tokens = [...text(reply).matchAll(LINK)].map((m) => m[1]!);
    expect(tokens).toHaveLength(8);
    for (const token of tokens) expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const data = store.read();
    expect(data.calendarTokens.map((t) => t.hash).sort()).toEqual(tokens.map(hashCalendarToken).sort());
    expect(data.calendarTokens[0]).toMatchObject({ grant: { kind: 'person', person: 'mari-toda' }, createdBy: 'slack:U_MARI', createdAt: '2026-01-05T10:00:00.000Z' });
    const audit = store.auditOf().at(-1)!;
    expect(audit).toMatchObject({ actor: 'slack:U_MARI', command: 'calendar' });
    expect(audit.changes.map((c) => c.collection)).toEqual(Array(8).fill('calendarTokens'));
    for (const token of tokens) expect(JSON.stringify(data)).not.toContain(token);
  });

  it('gives someone not in the directory the committee links and tells them how to get "mine"', async () => {
    const reply = await bot('https://secbot.example.org').run('calendar', stranger);
    expect([...text(reply).matchAll(LINK)]).toHaveLength(7);
    expect(text(reply)).not.toContain('Mine:');
    expect(text(reply)).not.toContain('All (change team)');
    expect(text(reply)).toContain('link "Your Name"');
  });

  it('stops at 100 links per person, pointing to `calendar reset`, which revokes them all', async () => {
    const { store, run } = bot('https://secbot.example.org');
    for (let i = 0; i < 14; i++) expect((await run('calendar', stranger)).kind).toBe('success');
    const refused = await run('calendar', stranger);
    expect(refused.kind).toBe('error');
    expect(text(refused)).toContain('You already have 98 calendar links');
    expect(text(refused)).toContain('calendar reset');
    const reset = await run('calendar reset', stranger);
    expect(reset.title).toBe('Revoked 98 calendar links: calendars subscribed to them stop updating.');
    expect(store.read().calendarTokens).toHaveLength(7);
  });

  it('in a Teams channel or group chat, where everyone sees the answer, sends the asker to a 1:1 chat', async () => {
    const { store, run } = bot('https://secbot.example.org');
    const address = { platform: 'teams' as const, conversationId: '19:channel', serviceUrl: 'https://smba.example', conversationType: 'channel' as const };
    const reply = await run('calendar', { platform: 'teams', id: 'aad-1', address });
    expect(reply.kind).toBe('error');
    expect(text(reply)).toContain('Ask me in a 1:1 chat with secbot');
    expect(store.read().calendarTokens).toEqual([]);
    const personal = await run('calendar', { platform: 'teams', id: 'aad-1', address: { ...address, conversationType: 'personal' } });
    expect([...text(personal).matchAll(LINK)]).toHaveLength(7);
  });

  it('refuses words it does not expect', async () => {
    const reply = await bot('https://secbot.example.org').run('calendar please', mari);
    expect(reply.kind).toBe('error');
    expect(text(reply)).toContain('calendar reset');
  });
});
