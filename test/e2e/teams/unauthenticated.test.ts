import express from 'express';
import { describe, expect, it } from 'vitest';
import { createTeamsPlatform, TeamsConfigError } from '../../../src/platforms/teams';
import { APP_ID, message } from './support/activities';
import { cardLines, cardOf } from './support/cards';
import { createCaptureLogger } from './support/capture-logger';
import { teamsFixtureData } from './support/fixture-store';
import { startTeamsBot } from './support/start-teams-bot';
import { createTestBot } from '../../support/test-bot';

describe('Teams: unauthenticated mode, for local trials only', () => {
  it('when explicitly allowed, unsigned requests are answered and the log warns loudly', async () => {
    const h = await startTeamsBot({ data: teamsFixtureData(), config: { appId: undefined, token: undefined, allowUnauthenticated: true } });
    try {
      const response = await h.post(message(h.connector.url, 'status DP096'), { token: null });
      expect(response.status).toBe(200);
      const [post] = h.connector.posts();
      expect(cardLines(cardOf(post))[0]).toBe('DP096 — DNO Power Outage Alerts');
      expect(post!.authorization).toBeUndefined();
      const warning = h.logs.lines.find((l) => l.level === 'warn' && /TEAMS_ALLOW_UNAUTHENTICATED/.test(l.msg ?? ''));
      expect(warning?.msg).toMatch(/NOT checked.*local trials only/);
    } finally {
      await h.close();
    }
  });

  it('with credentials (the normal mode), the same unsigned request is refused', async () => {
    const h = await startTeamsBot({ data: teamsFixtureData() });
    try {
      expect((await h.post(message(h.connector.url, 'status DP096'), { token: null })).status).toBe(401);
      expect(h.dispatched).toEqual([]);
    } finally {
      await h.close();
    }
  });

  const deps = () => {
    const bot = createTestBot();
    return { dispatch: bot.dispatch, store: bot.store, clock: bot.clock, logger: createCaptureLogger() };
  };

  it('is refused in production, with a message saying what to do', () => {
    expect(() => createTeamsPlatform(deps(), { allowUnauthenticated: true, production: true })).toThrow(TeamsConfigError);
    expect(() => createTeamsPlatform(deps(), { allowUnauthenticated: true, production: true })).toThrow(/refused when NODE_ENV=production.*set TEAMS_APP_ID and TEAMS_APP_PASSWORD/s);
  });

  it('is refused together with credentials (unsigned requests could steer the bot token elsewhere)', () => {
    expect(() => createTeamsPlatform(deps(), { appId: APP_ID, appPassword: 'pw', allowUnauthenticated: true })).toThrow(/cannot be combined with TEAMS_APP_ID/);
  });

  it('without credentials and without the flag, Teams does not start', () => {
    expect(() => createTeamsPlatform(deps(), {})).toThrow(/needs TEAMS_APP_ID and TEAMS_APP_PASSWORD/);
    expect(() => createTeamsPlatform(deps(), { appId: APP_ID })).toThrow(/TEAMS_APP_PASSWORD is required/);
  });

  it('with an app password configured, unsigned and junk requests are refused before any outbound call', async () => {
    const bot = createTestBot();
    const platform = createTeamsPlatform({ dispatch: bot.dispatch, store: bot.store, clock: bot.clock, logger: createCaptureLogger() }, { appId: APP_ID, appPassword: 'an-app-password' });
    const web = express();
    await platform.mount(web);
    const server = web.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/messages`;
      const body = JSON.stringify(message('http://127.0.0.1:9', 'help'));
      const unsigned = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const junk = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer junk' }, body });
      expect([unsigned.status, junk.status]).toEqual([401, 401]);
      expect(platform.status()).toEqual({ ok: true });
    } finally {
      server.close();
    }
  });
});
