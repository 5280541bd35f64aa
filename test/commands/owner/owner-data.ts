import type { Caller } from '../../../src/core/caller';
import { demoStore } from '../../../src/demo/demo-store';
import type { StoreData } from '../../../storage/schema';

/**
 * The demo data, plus CSC 12/02 owned by "GS" (Gemma Slaney's initials) and CSC 12/03 owned by
 * "Paul Saker", and chat links for people outside the change team:
 * Mari Toda (the DCC's contact: owns CSC 10/01 through DCC), Tom Rothery (DCC, but not its contact),
 * Gemma Slaney (Teams), Paul Saker; and Bradley Baker (SECAS, change team).
 */
export function ownerData(): StoreData {
  const data = demoStore();
  data.actions.push(
    { ref: 'CSC 12/02', committee: 'CSC', owner: 'GS', status: 'Open', raisedOn: '2020-02-25', due: '2023-08-24', proposals: ['DP096'], updates: [], source: 'test', text: 'Send the DNO contact list to SECAS.' },
    { ref: 'CSC 12/03', committee: 'CSC', owner: 'Paul Saker', status: 'Open', raisedOn: '2020-02-25', proposals: [], updates: [], source: 'test', text: 'Share the supplier view on DP096.' },
  );
  const link = (id: string, platform: string, chatId: string) => (data.people.find((p) => p.id === id)!.platformIds[platform] = chatId);
  link('mari-toda', 'slack', 'U_MARI');
  link('tom-rothery', 'slack', 'U_TOM');
  link('gemma-slaney', 'teams', 'aad-gemma');
  link('paul-saker', 'slack', 'U_PAUL');
  link('bradley-baker', 'slack', 'U_BRADLEY');
  return data;
}

export const mari: Caller = { platform: 'slack', id: 'U_MARI', name: 'Mari' };
export const tom: Caller = { platform: 'slack', id: 'U_TOM', name: 'Tom' };
export const gemma: Caller = { platform: 'teams', id: 'aad-gemma', name: 'Gemma Slaney' };
export const paul: Caller = { platform: 'slack', id: 'U_PAUL', name: 'Paul' };
export const bradley: Caller = { platform: 'slack', id: 'U_BRADLEY', name: 'Bradley' };
/** Gemma's Slack account is not linked (only her Teams one is). */
export const gemmaOnSlack: Caller = { platform: 'slack', id: 'U_GEMMA', name: 'Gemma' };
