import type { Proposal, Proposer } from '../../storage/schema';

const OPSG_PAPER = 'demo: OPSG_26_0511_16 new Draft Proposals paper (29 Oct 2019)';
const CSC_12 = 'demo: CSC 12_2502 minutes (25 Feb 2020)';
const MR_167B = 'demo: MP167B Modification Report v1.0 (16 Aug 2023)';
const UPDATED = '2023-09-20T12:00:00+01:00';
const SUB_COMMITTEES = ['CSC', 'OPSG', 'TABASC', 'SSC', 'SMKI PMA'];

type DraftSeed = [ref: string, title: string, name: string | undefined, organisation: string, category: Proposer['category'], analyst: string | undefined, summary: string];

/** Draft Proposals listed for the Operations Group in October 2019 (the paper names that committee only). */
const OPSG_DRAFTS: DraftSeed[] = [
  ['DP088', 'Power to raise modifications', 'Simon Trivella', 'British Gas', 'Large Supplier', 'Jordan Crase', 'SECAS and the Panel cannot raise Draft Proposals themselves, so they must find a Party to raise changes for them.'],
  ['DP089', "Changes to Appendix R 'Common Testing Scenarios Document'", 'Mari Toda', 'DCC', 'DCC', 'Jordan Crase', 'User Roles added to three Service Request Variants are not mandated for testing in the Common Test Scenarios Document, and one test contradicts the DUIS for SMETS1 Devices.'],
  ['DP090', 'Incorporation of Non GBCS Non-Mandated Alerts into the SEC', 'Emslie Law', 'SSE', 'Large Supplier', 'Alison Beard', 'Non-GBCS non-mandated Alerts reach DCC Users without context or a way to switch them off.'],
  ['DP091', 'Updating Security Assurance Status', 'Gordon Hextall', 'Security Sub-Committee (SSC)', 'Other', 'Adam Lattimore', 'Two security assurance statuses understate serious deficiencies, and the SSC cannot require a second Full User Security Assessment.'],
  ['DP092', 'New Planned Maintenance Methodology', 'Chris Thompson', 'DCC', 'DCC', 'Adam Lattimore', 'A trialled risk-based approach to DCC Planned Maintenance runs under a derogation and needs to be formalised in Section H8.'],
  ['DP093', 'Implementing IRP511 and CRP535 to support GBCS v3.2 devices', 'Chun Chen', 'DCC', 'DCC', 'Adam Lattimore', 'DUIS and MMC schemas need consequential changes to deliver two GBCS v3.2 resolution proposals.'],
];

function opsgDraft([ref, title, name, organisation, category, analyst, summary]: DraftSeed): Proposal {
  return {
    ref, title, summary, stage: 'Development Stage',
    stageHistory: [{ stage: 'Development Stage', on: '2019-10-29', source: OPSG_PAPER, note: 'listed as a new Draft Proposal' }],
    proposer: { ...(name ? { name } : {}), organisation, ...(category ? { category } : {}) },
    ...(analyst ? { leadAnalyst: analyst } : {}),
    committees: ['OPSG'], decisions: [], children: [], updatedAt: UPDATED,
  };
}

type CscSeed = [ref: string, title: string, organisation: string | undefined, route: 'Refinement Process' | 'Report Phase' | undefined, summary: string];

/** Draft Proposals the CSC considered on 25 Feb 2020: a route means "ready to convert". */
const CSC_DRAFTS: CscSeed[] = [
  ['DP094', 'Supporting prepayment customers in no SM WAN scenarios', 'Utilita', undefined, 'SMETS2 prepayment customers cannot be managed well when the WAN is missing, intermittent or the DCC is down.'],
  ['DP095', 'Alignment of SEC Credit Cover', 'EDF Energy', 'Refinement Process', 'Credit cover requirements could change to lower the risk of costs being socialised across the industry.'],
  ['DP096', 'DNO Power Outage Alerts', undefined, undefined, 'The DCC cannot meet its obligation to send Power Outage and Restoration Alerts to DNOs within 60 seconds.'],
  ['DP100', 'Service Response Traffic Management', undefined, undefined, 'After a DCC outage, queued Service Responses all arrive at once regardless of priority.'],
  ['DP107', 'SMETS1 Validation of SRV 6.15.1', undefined, 'Refinement Process', 'A Network Operator Certificate replaced in error on a SMETS1 Device cannot be corrected.'],
  ['DP108', 'SSI Job Type Role for SRO/ARO', undefined, undefined, 'The Self-Service Interface cannot restrict SRO/ARO-only procedures to those officers.'],
  ['DP109', 'ADT and Exit Quarantine file delivery mechanism', undefined, 'Refinement Process', 'ADT and Exit Quarantine files should reach the DCC through the SSI rather than by email.'],
  ['DP111', 'SMDA Budget Amendments', undefined, undefined, 'The SMDA funding model may not support long-term device test assurance.'],
  ['DP112', 'Setting the Privacy Assessment Assurance Status', undefined, 'Refinement Process', 'Two privacy assessment assurance statuses are unclear and need more accurate names.'],
  ['DP113', 'Unintended Data Disclosure when using SR8.2', undefined, 'Refinement Process', 'A query by house name and postcode can return another property’s data, a potential GDPR breach.'],
  ['DP114', 'Alt HAN P2P Charging Data', undefined, 'Report Phase', 'Alt HAN Co cannot obtain all nine data items it must send the DCC, so Supplier charges are inaccurate.'],
  ['DP115', 'Changes to the NCSC Good Practice Guides', undefined, 'Report Phase', 'The SMKI Document Set refers to discontinued NCSC Good Practice Guides.'],
  ['DP116', 'Service Request Forecasting', undefined, undefined, 'Quarterly eight-month Service Request forecasts cost Users effort but are not accurate enough to help.'],
  ['DP117', 'Bulk CH returns', undefined, undefined, 'Each Communications Hub return needs its own Service Request, which does not scale.'],
];

function cscDraft([ref, title, organisation, route, summary]: CscSeed): Proposal {
  const decision = route
    ? { body: 'CSC', outcome: `Ready to convert; recommended route: ${route}`, on: '2020-02-25', source: CSC_12 }
    : { body: 'CSC', outcome: 'Further development required', on: '2020-02-25', source: CSC_12 };
  return {
    ref, title, summary, stage: 'Development Stage',
    stageHistory: [{ stage: 'Development Stage', on: '2020-02-25', source: CSC_12, firstSeen: true }],
    ...(organisation ? { proposer: { organisation } } : {}),
    ...(ref === 'DP107' ? { proposer: { name: 'Gemma Slaney', category: 'Electricity Network Party' as const } } : {}),
    ...(ref === 'DP114' ? { targetRelease: 'June 2020 SEC Release' } : {}),
    committees: SUB_COMMITTEES, decisions: [decision], children: [], updatedAt: UPDATED,
  };
}

const mp167: Proposal[] = [
  {
    ref: 'MP167', draftRef: 'DP167', title: 'Review of SEC documents', stage: 'Split into MP167A and MP167B',
    summary: 'Review the SEC so that sections and appendices no longer needed are rationalised.',
    stageHistory: [{ stage: 'Split into MP167A and MP167B', on: '2022-09-08', source: MR_167B }],
    proposer: { name: 'Tom Rothery', organisation: 'DCC', category: 'DCC' },
    committees: [], decisions: [], children: ['MP167A', 'MP167B'], updatedAt: UPDATED,
  },
  {
    ref: 'MP167A', title: 'Review of SEC documents (Testing Approach Document criteria)', stage: 'Implemented',
    summary: 'Removes Sections T and X and Appendix AN, and strengthens the Testing Approach Document criteria.',
    stageHistory: [
      { stage: 'Refinement Process', on: '2022-09-08', source: MR_167B, note: 'split from MP167' },
      { stage: 'Implemented', on: '2023-08-16', source: MR_167B, note: 'reported as done in the MP167B Modification Report', firstSeen: true },
    ],
    proposer: { name: 'Tom Rothery', organisation: 'DCC', category: 'DCC' },
    committees: [], decisions: [], parent: 'MP167', children: [], updatedAt: UPDATED,
  },
  {
    ref: 'MP167B', title: 'Review of SEC documents (DCC systems change governance)', stage: 'Report Phase',
    summary: 'References the Programme Assurance Policy in the SEC so DCC projects that may impact Users follow it.',
    stageHistory: [
      { stage: 'Refinement Process', on: '2022-09-08', source: MR_167B, note: 'split from MP167' },
      { stage: 'Report Phase', on: '2023-08-15', source: MR_167B, note: 'Modification Report approved by CSC' },
    ],
    proposer: { name: 'Tom Rothery', organisation: 'DCC', category: 'DCC' },
    leadAnalyst: 'Bradley Baker', path: 'Path 3: Self-Governance', targetRelease: 'February 2024 SEC Release',
    committees: [],
    decisions: [{ body: 'CSC', outcome: 'Modification Report approved', on: '2023-08-15', source: MR_167B }],
    parent: 'MP167', children: [], updatedAt: UPDATED,
  },
];


export function demoProposals(): Proposal[] {
  return [...OPSG_DRAFTS.map(opsgDraft), ...CSC_DRAFTS.map(cscDraft), ...mp167];
}
