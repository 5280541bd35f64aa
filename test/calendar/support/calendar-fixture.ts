import { demoStore } from '../../../src/demo/demo-store';
import type { StoreData } from '../../../storage/schema';

/**
 * The demo data (the three seed documents' facts) plus what the feeds must also handle: an action due
 * in winter owned by the DCC, one owned by an organisation whose contact works elsewhere, a consultation
 * closing in December (GMT) and one at a stated time with a SECAS page.
 */
export function calendarFixture(): StoreData {
  const data = demoStore();
  // demoStore() shares its arrays between calls: add by copying, never push.
  data.actions = [
    ...data.actions,
    {
      ref: 'CSC 13/01', committee: 'CSC', owner: 'DCC', status: 'Open', raisedOn: '2023-11-28', due: '2023-12-12', proposals: ['MP167B'],
      text: 'Confirm the DCC test window for MP167B.', updates: [], source: 'test',
    },
    {
      ref: 'OPSG 27/02', committee: 'OPSG', owner: 'EDF', status: 'Open', raisedOn: '2023-06-06', due: '2023-07-04', proposals: [],
      text: 'Share the outage figures.', updates: [], source: 'test',
    },
  ];
  data.organisations = data.organisations.map((o) => (o.id === 'edf-energy' ? { ...o, contacts: ['simon-trivella'] } : o));
  data.consultations = [
    ...data.consultations,
    { id: 'MP167B-other', proposal: 'MP167B', kind: 'other', opens: '2023-11-22', closes: '2023-12-14T17:00:00+00:00', source: 'test' },
    {
      id: 'DP096-other', proposal: 'DP096', kind: 'other', opens: '2020-03-02', closes: '2020-03-20T12:00:00+00:00', source: 'test',
      url: 'https://smartenergycodecompany.co.uk/consultations/dp096/',
    },
  ];
  return data;
}
