import { describe, expect, it } from 'vitest';
import { installationUpdate, message, submit } from './support/activities';
import { teamsFixtureData } from './support/fixture-store';
import { startTeamsBot } from './support/start-teams-bot';

describe('Teams: secrets never reach the log', () => {
  it('inbound and outbound tokens and the card secret stay out of every log line, even at debug and on errors', async () => {
    const cardSecret = 'card-secret-that-must-not-leak';
    const h = await startTeamsBot({ data: teamsFixtureData(), config: { cardSecret } });
    try {
      const inbound = await h.tokenFor({ serviceUrl: h.connector.url });
      await h.post(message(h.connector.url, 'status DP096'), { token: inbound });
      await h.post(message(h.connector.url, 'status DP096'), { token: 'junk.token.value' });
      await h.post(message(h.connector.url, 'status DP096'), { token: await h.keys.sign({ aud: 'someone-else', serviceurl: h.connector.url }) });
      await h.post(submit(h.connector.url, { secbot: 1, command: 'help', sig: 'A'.repeat(43) }, 'x'));
      h.connector.failNext(500, {}, 5);
      await h.post(message(h.connector.url, 'help'));
      await h.post(installationUpdate(h.connector.url, 'add'));
      h.connector.failNext(500, {}, 1);
      await h.platform.messenger.send({ platform: 'teams', conversationId: 'a:1personal-chat-alice', serviceUrl: h.connector.url }, { kind: 'info', title: 'hi' });

      const log = h.logs.text();
      if (process.env.SHOW_LOG) console.log(log);
      expect(h.logs.lines.length).toBeGreaterThan(10);
      expect(log).toContain('Teams had a server error (500');
      for (const secret of [inbound, h.outboundToken, cardSecret, inbound.split('.')[2]!, h.outboundToken.split('.')[2]!]) {
        expect(log).not.toContain(secret);
      }
      expect(log).not.toMatch(/Bearer (?!\[redacted\])\S/);
    } finally {
      await h.close();
    }
  });
});
