import type { Action, Person, Proposal, StoreData } from '../../../storage/schema';
import { emptyStore } from '../../../storage/schema';

const at = '2023-08-01T09:00:00Z';
const src = 'test fixture';

function proposal(p: Partial<Proposal> & Pick<Proposal, 'ref' | 'title' | 'stage'>): Proposal {
  return { stageHistory: p.stage ? [{ stage: p.stage, on: '2023-01-10', source: src }] : [], committees: [], decisions: [], children: [], updatedAt: at, ...p };
}

function action(a: Partial<Action> & Pick<Action, 'ref' | 'owner' | 'text'>): Action {
  return { committee: a.ref.split(' ')[0]!, status: 'Open', proposals: [], updates: [], source: src, ...a };
}

function person(p: Partial<Person> & Pick<Person, 'id' | 'name'>): Person {
  return { aliases: [], roles: [], platformIds: {}, ...p };
}

/** A small store shaped like the seed documents; "today" in tests is Tue 22 Aug 2023 10:00 London. */
export function readFixture(): StoreData {
  return {
    ...emptyStore(),
    proposals: [
      proposal({
        ref: 'DP096', title: 'DNO Power Outage Alerts', stage: 'Development Stage', leadAnalyst: 'Jordan Crase', committees: ['CSC', 'OPSG'],
        summary: 'The DCC cannot meet its obligation to send power outage alerts to network operators within the required time.',
        proposer: { name: 'Gemma Slaney', organisation: 'SSEN' }, stageHistory: [{ stage: 'Development Stage', on: '2023-08-01', source: 'OPSG_26_0511_16' }],
      }),
      proposal({ ref: 'DP099', title: 'Alignment of SEC Credit Cover', stage: 'Development Stage', summary: 'Reduce the risk of cost socialisation.', committees: ['CSC'] }),
      proposal({
        ref: 'MP118', draftRef: 'DP118', title: 'Alt HAN forum arrangements', stage: 'Refinement Process', committees: ['CSC', 'TABASC'],
        stageHistory: [
          { stage: 'Development Stage', on: '2023-03-01', source: src },
          { stage: 'Converted to Modification Proposal', on: '2023-05-10', source: 'CSC 9_1005' },
          { stage: 'Refinement Process', on: '2023-06-01', source: 'Panel 110' },
        ],
        // The CSC's view that made the conversion possible (the process converts a DP the CSC agreed is ready).
        decisions: [{ body: 'Change Sub-Committee', outcome: 'Ready to convert', on: '2023-05-10', source: 'CSC 9_1005' }],
      }),
      proposal({ ref: 'MP167', title: 'Review of SEC documents', stage: 'Split into alternative solutions', children: ['MP167A', 'MP167B'] }),
      proposal({ ref: 'MP167A', title: 'Review of SEC documents (Testing Approach Document criteria)', stage: 'Implemented', parent: 'MP167', targetRelease: 'June 2023 SEC Release' }),
      proposal({
        ref: 'MP167B', title: 'Review of SEC documents (DCC systems change governance)', stage: 'Report Phase', parent: 'MP167',
        path: 'Path 3: Self-Governance', targetRelease: 'Feb 24', leadAnalyst: 'Bradley Baker', committees: ['CSC'],
        proposer: { name: 'Tom Rothery', organisation: 'DCC' },
        stageHistory: [
          { stage: 'Refinement Process', on: '2023-05-02', source: src },
          { stage: 'Report Phase', on: '2023-08-16', source: 'MP167B Modification Report v1.0' },
        ],
        decisions: [{ body: 'Change Sub-Committee', outcome: 'Modification Report approved', on: '2023-08-15', source: src }],
      }),
      proposal({ ref: 'SECMP0049', title: 'Legacy testing arrangements', stage: 'Implemented' }),
    ],
    consultations: [
      { id: 'c1', proposal: 'MP167B', kind: 'refinement', opens: '2023-06-28', closes: '2023-07-19T17:00:00+01:00', source: src },
      { id: 'c2', proposal: 'MP167B', kind: 'report', opens: '2023-08-16', closes: '2023-09-07T17:00:00+01:00', source: src },
      { id: 'c3', proposal: 'MP118', kind: 'refinement', opens: '2023-08-24', closes: '2023-09-14T17:00:00+01:00', source: src },
    ],
    meetings: [{ ref: 'CB 34_2709', committee: 'CB', on: '2023-09-27', source: src }],
    actions: [
      action({ ref: 'CSC 10/01', owner: 'DCC', text: 'Provide draft legal text and the cost breakdown for DP096.', due: '2023-08-18', proposals: ['DP096'] }),
      action({ ref: 'CSC 11/01', owner: 'DCC', text: 'Confirm whether any IRPs in DP098 affect DCC Systems.', status: 'Closed', closedOn: '2023-02-25' }),
      action({ ref: 'CSC 11/02', owner: 'SECAS', text: 'Clarify the justification in the Modification Report.', proposals: ['MP118'] }),
      action({
        ref: 'CSC 12/01', owner: 'SECAS', text: 'Arrange a meeting with DCC and DNO representatives about DP096.', due: '2023-09-05', proposals: ['DP096'],
        updates: [{ on: '2023-08-10', text: 'Invitations sent for 30 August.', by: 'Jordan Crase' }],
      }),
      action({ ref: 'CSC 12/02', owner: 'GS', text: 'Share the DNO view of alert timescales.', due: '2023-08-21' }),
    ],
    people: [
      person({ id: 'gemma-slaney', name: 'Gemma Slaney', organisation: 'SSEN', initials: 'GS' }),
      person({ id: 'gemma-stone', name: 'Gemma Stone', organisation: 'DCC' }),
      person({ id: 'jordan-crase', name: 'Jordan Crase', organisation: 'SECAS', initials: 'JC', roles: ['change-team'], platformIds: { slack: 'U_JORDAN' } }),
      person({ id: 'bradley-baker', name: 'Bradley Baker', organisation: 'SECAS', initials: 'BB', roles: ['change-team'] }),
      person({ id: 'mari-toda', name: 'Mari Toda', organisation: 'DCC', initials: 'MT', aliases: ['Mari'], platformIds: { slack: 'U_MARI' } }),
      person({ id: 'tom-rothery', name: 'Tom Rothery', organisation: 'DCC' }),
    ],
    organisations: [
      { id: 'secas', name: 'SECAS', aliases: ['Code Administrator'], contacts: ['bradley-baker'] },
      { id: 'dcc', name: 'DCC', aliases: ['Data Communications Company'], category: 'DCC', contacts: ['mari-toda'] },
      { id: 'ssen', name: 'SSEN', aliases: [], category: 'Electricity Network Party', contacts: ['gemma-slaney'] },
    ],
  };
}
