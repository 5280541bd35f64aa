import { afterEach, beforeEach } from 'vitest';
import type { StoreData } from '../../../../storage/schema';
import { ALICE } from './activities';
import { openFixtureStore, type FixtureStore } from './fixture-store';
import { startTeamsBot, type TeamsHarness } from './start-teams-bot';

/**
 * Before each test: a fixture store (from `data()` if given) and the Teams bot on it, with Alice in the
 * change team, handed to `use`; after each, both are closed.
 */
export function useTeamsBot(use: (started: { fixture: FixtureStore; h: TeamsHarness }) => void, data?: () => StoreData): void {
  let started: { fixture: FixtureStore; h: TeamsHarness } | undefined;
  beforeEach(async () => {
    const fixture = await openFixtureStore(data?.());
    started = { fixture, h: await startTeamsBot({ store: fixture.store, changeTeam: [`teams:${ALICE.aadObjectId}`] }) };
    use(started);
  });
  afterEach(async () => {
    await started?.h.close();
    await started?.fixture.cleanup();
  });
}
