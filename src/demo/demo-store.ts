import { emptyStore, type Action, type StoreData } from '../../storage/schema';
import { demoProposals } from './demo-proposals';
import { demoDirectory } from './demo-directory';

const CSC_12 = 'demo: CSC 12_2502 minutes (25 Feb 2020)';
const MR_167B = 'demo: MP167B Modification Report v1.0 (16 Aug 2023)';

const actions: Action[] = [
  {
    ref: 'CSC 10/01', committee: 'CSC', owner: 'DCC', status: 'Open', raisedBefore: '2020-02-25', proposals: ['DP096'], source: CSC_12,
    text: 'DCC to provide the CSC with draft legal text for their proposed solution, and a breakdown of the previous cost analysis for amending the DCC Systems with detail behind the cost for DP096.',
    updates: [{ on: '2020-02-25', by: 'CSC', text: 'Information supplied was disputed by GS; a meeting is to be arranged.' }],
  },
  {
    ref: 'CSC 11/01', committee: 'CSC', owner: 'DCC', status: 'Closed', raisedBefore: '2020-02-25', closedOn: '2020-02-25', proposals: ['DP098'], source: CSC_12,
    text: 'The DCC to provide SECAS with information on any IRPs currently in scope of DP098 that may impact on DCC Systems.',
    updates: [{ on: '2020-02-25', by: 'CSC', text: 'DCC confirmed none of the IRPs in DP098 impact DCC Systems.' }],
  },
  {
    ref: 'CSC 11/02', committee: 'CSC', owner: 'SECAS', status: 'Closed', raisedBefore: '2020-02-25', closedOn: '2020-02-25', proposals: ['DP110'], source: CSC_12,
    text: 'SECAS to clarify in the Modification Report the justification for amending the SEC to align with DCC processes in the Modification Proposal for DP110.',
    updates: [{ on: '2020-02-25', by: 'CSC', text: 'Done; agreed to close.' }],
  },
  {
    ref: 'CSC 12/01', committee: 'CSC', owner: 'SECAS', status: 'Open', raisedOn: '2020-02-25', proposals: ['DP096'], source: CSC_12,
    text: 'SECAS to arrange a meeting with DCC and DNO representatives to discuss plans and capabilities for DP096.', updates: [],
  },
];

/** The facts of the three seed documents, as data: what `npm start` shows with no store file. */
export function demoStore(): StoreData {
  return {
    ...emptyStore(),
    proposals: demoProposals(),
    actions,
    consultations: [
      { id: 'MP167B-refinement', proposal: 'MP167B', kind: 'refinement', opens: '2023-06-28', closes: '2023-07-19T17:00:00+01:00', source: MR_167B },
      { id: 'MP167B-report', proposal: 'MP167B', kind: 'report', opens: '2023-08-16', closes: '2023-09-07T17:00:00+01:00', source: MR_167B },
    ],
    meetings: [
      { ref: 'OPSG 26_0511', committee: 'OPSG', number: 26, on: '2019-11-05', source: 'demo: OPSG_26_0511_16 paper' },
      { ref: 'CSC 12_2502', committee: 'CSC', number: 12, on: '2020-02-25', nextOn: '2020-03-31', source: CSC_12 },
      { ref: 'CB MP167B vote', committee: 'CB', on: '2023-09-20', source: MR_167B },
    ],
    releases: [
      { name: 'February 2024 SEC Release', on: '2024-02-29', source: MR_167B },
      { name: 'June 2024 SEC Release', on: '2024-06-27', source: MR_167B },
    ],
    ...demoDirectory(),
  };
}
