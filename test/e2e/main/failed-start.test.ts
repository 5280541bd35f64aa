import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../../src/config';
import { silentLogger, systemClock } from '../../../src/core/ports';
import { createCore } from '../../../src/create-core';
import { demoStore } from '../../../src/demo/demo-store';
import { startPlatforms } from '../../../src/start-platforms';
import { createMemoryStore } from '../../../storage/memory-store';
import { startFakeSlack, type FakeSlack } from '../slack/support/fake-slack';
import { SIGNING_SECRET } from '../slack/support/signed';

let slack: FakeSlack;
beforeAll(async () => void (slack = await startFakeSlack()));
afterAll(() => slack?.close());

const listeningServers = () => process.getActiveResourcesInfo().filter((r) => r === 'TCPServerWrap').length;

describe('a platform that fails to start', () => {
  it('reports why and leaves no server listening', async () => {
    slack.failNext('auth.test', { error: 'invalid_auth' });
    const config = readEnv({ PORT: '0', SLACK_BOT_TOKEN: 'xoxb-revoked', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl });
    const store = createMemoryStore(demoStore());
    const core = createCore({ store, clock: systemClock, logger: silentLogger, changeTeam: [], holidays: {} });
    const before = listeningServers();
    await expect(startPlatforms({ config, core, store, storeDescription: 'memory', clock: systemClock, logger: silentLogger })).rejects.toThrow(/invalid_auth|token/i);
    await expect.poll(listeningServers).toBe(before);
  });
});
