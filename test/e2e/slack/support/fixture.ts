import { emptyStore, type Proposal, type StoreData } from '../../../../storage/schema';

const SOURCE = 'test fixture';
const UPDATED = '2023-08-01T12:00:00+01:00';

function proposal(ref: string, title: string, raisedOn: string, extra: Partial<Proposal> = {}): Proposal {
  return {
    ref, title, stage: 'Development Stage', raisedOn,
    stageHistory: [{ stage: 'Development Stage', on: raisedOn, source: SOURCE }],
    committees: ['CSC'], decisions: [], children: [], updatedAt: UPDATED, ...extra,
  };
}

/**
 * A small store: DP096 with an open action owned by Gemma Slaney (linked to Slack U_GEMMA, change team),
 * MP167B with a Report Phase consultation closing 7 Sep 2023, and a stranger U_STRANGER who is not linked.
 * The test clock sits at Tue 22 Aug 2023 10:00 London.
 */
export function slackFixture(): StoreData {
  const data = emptyStore();
  data.proposals.push(
    proposal('DP096', 'DNO Power Outage Alerts', '2023-08-10', { summary: 'Power Outage Alerts must reach DNOs within 60 seconds.', proposer: { name: 'Gemma Slaney', organisation: 'UK Power Networks', category: 'Electricity Network Party' }, leadAnalyst: 'Jordan Crase' }),
    proposal('DP097', 'Service Request Forecasting', '2023-08-15'),
    proposal('MP167B', 'Alt HAN P2P Charging Data (alternative)', '2023-01-12', { stage: 'Report Phase', stageHistory: [{ stage: 'Report Phase', on: '2023-08-16', source: SOURCE }] }),
  );
  data.actions.push({
    ref: 'CSC 12/01', committee: 'CSC', owner: 'Gemma Slaney', text: 'Arrange a meeting with DCC about DP096', status: 'Open',
    raisedOn: '2023-08-01', due: '2023-08-30', proposals: ['DP096'], updates: [], source: SOURCE,
  });
  data.consultations.push({
    id: 'MP167B-report', proposal: 'MP167B', kind: 'report', opens: '2023-08-16', closes: '2023-09-07T17:00:00+01:00', source: SOURCE,
  });
  // Typed action owners must be in the directory.
  data.organisations.push({ id: 'secas', name: 'SECAS', aliases: [], contacts: [] }, { id: 'dcc', name: 'DCC', aliases: [], contacts: [] });
  data.people.push({
    id: 'gemma', name: 'Gemma Slaney', initials: 'GS', organisation: 'UK Power Networks', aliases: [], roles: ['change-team'], platformIds: { slack: 'U_GEMMA' },
  });
  return data;
}
