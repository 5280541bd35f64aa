import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initStore, openStore, type FileStore } from '../../../../storage/file-store';
import { emptyStore, type StoreData } from '../../../../storage/schema';

const MINUTES = 'test: CSC 12_2502 minutes';

/** DP096 with two open CSC actions, and a change-team member linked to Alice's Teams id. */
export function teamsFixtureData(): StoreData {
  return {
    ...emptyStore(),
    proposals: [
      {
        ref: 'DP096', title: 'DNO Power Outage Alerts', stage: 'Development Stage', raisedOn: '2019-10-01',
        summary: 'The DCC cannot send Power Outage Alerts to DNOs within 60 seconds.',
        stageHistory: [{ stage: 'Development Stage', on: '2019-10-01', source: 'test: OPSG paper' }],
        proposer: { name: 'Jordan Crase', organisation: 'Electricity North West', category: 'Electricity Network Party' },
        leadAnalyst: 'Ali Analyst', committees: ['CSC', 'OPSG'], decisions: [], children: [], updatedAt: '2020-02-25T12:00:00Z',
      },
    ],
    actions: [
      { ref: 'CSC 12/01', committee: 'CSC', owner: 'SECAS', status: 'Open', raisedOn: '2020-02-25', proposals: ['DP096'], updates: [], source: MINUTES, text: 'Arrange a meeting with DCC and DNO representatives on DP096.' },
      { ref: 'CSC 10/01', committee: 'CSC', owner: 'DCC', status: 'Open', raisedOn: '2020-01-28', proposals: ['DP096'], updates: [], source: MINUTES, text: 'Give the CSC draft legal text for DP096.' },
    ],
    // Typed action owners must be in the directory.
    organisations: [{ id: 'secas', name: 'SECAS', aliases: [], contacts: [] }, { id: 'dcc', name: 'DCC', aliases: [], contacts: [] }],
  };
}

export interface FixtureStore {
  store: FileStore;
  file: string;
  cleanup(): Promise<void>;
}

/** The fixture written to a real store file in a temp dir, opened with the production file store. */
export async function openFixtureStore(data: StoreData = teamsFixtureData()): Promise<FixtureStore> {
  const dir = await mkdtemp(join(tmpdir(), 'secbot-teams-'));
  const file = join(dir, 'secbot.json');
  await initStore(file, data);
  const store = await openStore({ file });
  return {
    store,
    file,
    async cleanup() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
