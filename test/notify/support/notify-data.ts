import type { Address } from '../../../src/core/address';
import { emptyStore, type Action, type Consultation, type DomainEvent, type StoreData, type Subscription } from '../../../storage/schema';

export const CSC_CHANNEL: Address = { platform: 'slack', teamId: 'T1', channelId: 'C_CSC' };
export const OPSG_CHANNEL: Address = { platform: 'slack', teamId: 'T1', channelId: 'C_OPSG' };
export const TEAMS_CHANNEL: Address = { platform: 'teams', conversationId: '19:all@thread.tacv2', serviceUrl: 'https://smba.example/', conversationType: 'channel' };
export const MARI_CHAT: Address = { platform: 'teams', conversationId: 'a:mari-1to1', serviceUrl: 'https://smba.example/', conversationType: 'personal', userId: 'aad-mari' };

export function subscription(id: string, address: Address, committees: string[], events: Subscription['events'], createdAt = '2023-01-02T09:00:00Z'): Subscription {
  return { id, address, committees, events, createdBy: 'slack:U_GS', createdAt };
}

/** A small directory: people on Slack and Teams, one with no chat id, organisations with and without contacts. */
export function notifyData(overrides: Partial<StoreData> = {}): StoreData {
  return {
    ...emptyStore(),
    people: [
      { id: 'jordan', name: 'Jordan Crase', organisation: 'SECAS', initials: 'JC', aliases: [], roles: [], platformIds: { slack: 'U_JC' } },
      { id: 'gemma', name: 'Gemma Smith', organisation: 'SECAS', initials: 'GS', aliases: [], roles: ['change-team'], platformIds: { slack: 'U_GS' } },
      { id: 'mari', name: 'Mari Toda', organisation: 'DCC', initials: 'MT', aliases: [], roles: [], platformIds: { teams: 'aad-mari' } },
      { id: 'ravi', name: 'Ravi Iyer', organisation: 'DCC', initials: 'RI', aliases: [], roles: [], platformIds: {} },
    ],
    organisations: [
      { id: 'dcc', name: 'DCC', aliases: ['Data Communications Company'], contacts: ['mari'] },
      { id: 'secas', name: 'SECAS', aliases: [], contacts: ['jordan'] },
      { id: 'elexon', name: 'Elexon', aliases: [], contacts: [] },
    ],
    installations: [
      { address: { platform: 'slack', teamId: 'T1' }, installedAt: '2023-01-01T00:00:00Z' },
      { address: MARI_CHAT, installedAt: '2023-01-01T00:00:00Z' },
      { address: TEAMS_CHANNEL, installedAt: '2023-01-01T00:00:00Z' },
    ],
    subscriptions: [
      subscription('S1', CSC_CHANNEL, ['CSC'], ['new-dp', 'stage', 'decision', 'consultation', 'digest']),
      subscription('S2', OPSG_CHANNEL, ['OPSG'], ['new-dp', 'consultation', 'digest']),
    ],
    ...overrides,
  };
}

export function action(ref: string, owner: string, extra: Partial<Action> = {}): Action {
  return { ref, committee: ref.split(' ')[0]!, owner, text: `Do the thing for ${ref}.`, status: 'Open', proposals: [], updates: [], source: 'test', ...extra };
}

export function consultation(id: string, proposal: string, opens: string, closes: string): Consultation {
  return { id, proposal, kind: 'refinement', opens, closes, source: 'test' };
}

export function dpRaised(id: string, ref: string, at: string, committees = ['CSC', 'OPSG']): DomainEvent {
  return {
    id,
    type: 'dp.raised',
    at,
    ref,
    data: {
      ref,
      title: 'Power to raise modifications',
      summary: 'SECAS cannot raise Draft Proposals. This blocks efficient change.',
      proposer: { name: 'Simon Trivella', organisation: 'British Gas' },
      leadAnalyst: 'Jordan Crase',
      committees,
      raisedOn: at.slice(0, 10),
    },
  };
}
