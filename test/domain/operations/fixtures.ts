import type { OperationMeta } from '../../../src/domain/operations';
import { emptyStore, type Action, type Proposal, type StoreData } from '../../../storage/schema';

/** Tuesday 22 Aug 2023, 10:00 London: the test bot's default clock. */
export const TODAY = '2023-08-22';
export const NOW = '2023-08-22T09:00:00.000Z';

export function meta(source = 'test'): OperationMeta {
  return { source, at: NOW, today: TODAY, actor: 'Tester' };
}

export function proposal(ref: string, overrides: Partial<Proposal> = {}): Proposal {
  const stage = overrides.stage ?? 'Development Stage';
  return {
    ref,
    title: `Title of ${ref}`,
    stage,
    stageHistory: [{ stage, on: '2020-01-10', source: 'fixture' }],
    committees: ['CSC', 'OPSG'],
    decisions: [],
    children: [],
    updatedAt: '2020-01-10T10:00:00.000Z',
    ...overrides,
  };
}

export function action(ref: string, overrides: Partial<Action> = {}): Action {
  return {
    ref,
    committee: ref.replace(/ \d+\/\d+$/, ''),
    owner: 'DCC',
    text: `Text of ${ref}`,
    status: 'Open',
    proposals: [],
    updates: [],
    source: 'fixture',
    ...overrides,
  };
}

/** A small store: DP096 with actions and a consultation, MP167B at the Change Board, a closed action; SECAS, DCC, Jordan Crase. */
export function fixtureStore(): StoreData {
  return {
    ...emptyStore(),
    proposals: [
      proposal('DP096', { title: 'DNO Power Outage Alerts', proposer: { name: 'Gemma Slaney', organisation: 'WPD' } }),
      proposal('MP167B', { title: 'Alt HAN forum solution', stage: 'Change Board', committees: ['CSC'] }),
      proposal('DP095', { title: 'Alignment of SEC Credit Cover', stage: 'Rejected' }),
    ],
    actions: [
      action('CSC 10/01', { proposals: ['DP096'], text: 'DCC to send draft legal text for DP096' }),
      action('CSC 11/01', { status: 'Closed', closedOn: '2020-02-25', owner: 'DCC' }),
      action('CSC 12/01', { owner: 'SECAS', proposals: ['DP096'], due: '2020-03-10', text: 'Arrange a meeting about DP096' }),
    ],
    consultations: [
      { id: 'DP096-other-2020-03-01', proposal: 'DP096', kind: 'other', opens: '2020-03-01', closes: '2020-03-13T17:00:00Z', source: 'fixture' },
    ],
    meetings: [{ ref: 'CSC 12_2502', committee: 'CSC', number: 12, on: '2020-02-25', source: 'fixture' }],
    // Typed action owners must be in the directory (requireKnownOwner).
    organisations: [
      { id: 'secas', name: 'SECAS', aliases: [], contacts: [] },
      { id: 'dcc', name: 'DCC', aliases: [], contacts: [] },
    ],
    people: [{ id: 'jordan-crase', name: 'Jordan Crase', organisation: 'SECAS', aliases: [], roles: [], platformIds: {} }],
  };
}
