import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { message } from '../teams/support/activities';
import { teamsFixtureData } from '../teams/support/fixture-store';
import { startTeamsBot, type TeamsHarness } from '../teams/support/start-teams-bot';

describe('Teams: a redelivered activity runs once', () => {
  let h: TeamsHarness | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the same activity id delivered twice is acknowledged twice but answered once', async () => {
    h = await startTeamsBot({ data: teamsFixtureData() });
    const activity = message(h.connector.url, 'status DP096');
    expect((await h.post(activity)).status).toBe(200);
    expect((await h.post(activity)).status).toBe(200);
    expect(h.dispatched).toHaveLength(1);
    expect(h.connector.posts()).toHaveLength(1);
  });

  it('the id is remembered across a restart (kept in the replay file beside the store)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'secbot-teams-once-'));
    const replayFile = join(dir, 'secbot.json.replay');
    h = await startTeamsBot({ data: teamsFixtureData(), replayFile });
    const activity = message(h.connector.url, 'status DP096');
    await h.post(activity);
    expect(h.dispatched).toHaveLength(1);
    await h.close();
    h = await startTeamsBot({ data: teamsFixtureData(), replayFile });
    const again = { ...activity, serviceUrl: h.connector.url };
    expect((await h.post(again)).status).toBe(200);
    expect(h.dispatched).toHaveLength(0);
    await h.post(message(h.connector.url, 'status DP096'));
    expect(h.dispatched).toHaveLength(1);
  });
});
