import { describe, expect, it } from 'vitest';
import { toTeamsError } from '../../../src/platforms/teams/to-teams-error';

const http = (status: number, headers: Record<string, string> = {}, data?: unknown) => ({ message: `Request failed with status code ${status}`, response: { status, headers, data } });
const now = new Date('2026-01-01T12:00:00Z');

describe('toTeamsError', () => {
  it('403 and 404 mean the bot cannot reach the conversation again', () => {
    expect(toTeamsError(http(403, {}, { error: { code: 'BotNotInConversationRoster' } }))).toMatchObject({ kind: 'unreachable', status: 403, message: expect.stringContaining('BotNotInConversationRoster') });
    expect(toTeamsError(http(404))).toMatchObject({ kind: 'unreachable', status: 404 });
  });

  it('429 honours Retry-After in seconds or as a date', () => {
    expect(toTeamsError(http(429, { 'retry-after': '12' }), now)).toMatchObject({ kind: 'transient', retryAfterMs: 12_000 });
    expect(toTeamsError(http(429, { 'retry-after': 'Thu, 01 Jan 2026 12:01:00 GMT' }), now)).toMatchObject({ retryAfterMs: 60_000 });
  });

  it('5xx, timeouts and refused connections are transient; 401 names the settings to check', () => {
    expect(toTeamsError(http(502))).toMatchObject({ kind: 'transient', status: 502 });
    expect(toTeamsError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:9' })).toMatchObject({ kind: 'transient', message: 'Could not reach Teams (ECONNREFUSED).' });
    expect(toTeamsError(http(401)).message).toMatch(/TEAMS_APP_ID, TEAMS_APP_PASSWORD/);
  });

  it('never copies request headers into the message', () => {
    const error = { ...http(500), config: { headers: { Authorization: 'Bearer eyJsecret.token.value' } } };
    expect(JSON.stringify(toTeamsError(error))).not.toContain('eyJsecret');
  });
});
