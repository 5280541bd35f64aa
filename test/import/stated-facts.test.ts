import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/import/extract-change-set';
import { toDocLines } from '../../src/import/source-lines';

const read = (file: string, text: string) => extractDocument({ file, format: 'txt', lines: toDocLines(text) }, '2023-08-22');
const newsletter = (...body: string[]) => read('newsletter.txt', ['SEC Newsletter', '20 July 2023', ...body].join('\n'));
const facts = (set: ReturnType<typeof read>) => [
  ...set.stages.map((s) => `${s.ref} ${s.stage} ${s.on}`),
  ...set.decisions.map((d) => `${d.ref} ${d.body} ${d.outcome} ${d.on}`),
];

describe('facts stated in running text, in the words SECAS and Ofgem use', () => {
  it.each([
    ['The Proposer elected to withdraw MP201 on 3 July 2023.', 'MP201 Withdrawn 2023-07-03'],
    ['MP202 was confirmed as withdrawn by the Proposer on 4 July 2023.', 'MP202 Withdrawn 2023-07-04'],
    ['MP203 was withdrawn by the Proposer on 5 July 2023.', 'MP203 Withdrawn 2023-07-05'],
    ['On 6 July 2023 the Proposer withdrew MP204.', 'MP204 Withdrawn 2023-07-06'],
    ['The Authority approved Modification Proposal SECMP0130 on 7 July 2023.', 'SECMP0130 Authority Approved 2023-07-07'],
    ['On 10 July 2023, Ofgem rejected SECMP131.', 'SECMP0131 Authority Rejected 2023-07-10'],
    ['The Change Board voted to reject MP205 on 11 July 2023.', 'MP205 Change Board Rejected 2023-07-11'],
    ['MP206 was approved by the Change Board on 12 July 2023 under Self-Governance.', 'MP206 Change Board Approved 2023-07-12'],
    ['The Panel approved MP207 on 13 July 2023.', 'MP207 SEC Panel Approved 2023-07-13'],
    ['MP208 went live on 29 June 2023.', 'MP208 Implemented 2023-06-29'],
    ['On 14 February 2023, the Proposer confirmed they wish to withdraw MP218.', 'MP218 Withdrawn 2023-02-14'],
    ['MP209 and MP210 were implemented on 29 June 2023.', 'MP209 Implemented 2023-06-29'],
  ])('%s', (sentence, fact) => {
    expect(facts(newsletter(sentence))).toContain(fact);
  });

  it('plans, expectations, conditions and recommendations are not facts', () => {
    const set = newsletter(
      'The Authority is expected to decide on MP211 by 30 September 2023.',
      'If the Change Board approves MP212 on 20 September 2023 it will be implemented in November.',
      'The Change Board recommended that the Authority approve MP213 on 19 July 2023.',
      'MP214 will be implemented on 2 November 2023.',
      'The Proposer may withdraw MP215 on 1 August 2023.',
    );
    expect(facts(set)).toEqual([]);
  });

  it('a decision with no date is a warning, never dated by the import day', () => {
    const set = newsletter('The Authority approved MP216.');
    expect(set.decisions).toEqual([]);
    expect(set.warnings.map((w) => w.message)).toContain('"The Authority approved MP216." gives no date, so it was not recorded.');
  });

  it('"implemented in the June 2023 SEC Release" takes the date the same page states for that release', () => {
    const set = read('release.txt', 'June 2023 SEC Release\nThe June 2023 SEC Release went live on 29 June 2023.\nMP217 was implemented in the June 2023 SEC Release.\n');
    expect(facts(set)).toContain('MP217 Implemented 2023-06-29');
  });
});

describe('Ofgem decisions, SEC versions and designations', () => {
  it('an Ofgem rejection letter: SECMP99 with two digits is SECMP0099, the Authority rejects on the letter date', () => {
    const set = read('ofgem.txt', 'Ofgem\nAuthority decision on SECMP99 – Alert storm thresholds\n12 October 2022\nWe have decided to reject this modification proposal.\n');
    expect(set.documents[0]!.kind).toBe('decision-letter');
    expect(set.proposals).toMatchObject([{ ref: 'SECMP0099', title: 'Alert storm thresholds' }]);
    expect(facts(set)).toEqual(['SECMP0099 Authority Rejected 2022-10-12']);
  });

  it('a designation: the SEC version, its effective date, and what it contains as the page says', () => {
    const set = read('designation.txt', 'SEC version 70.0 designated by the Secretary of State\n14 June 2023\nThe Secretary of State has designated SEC version 70.0 with effect from 20 June 2023. It contains the re-designation of the SMETS1 Supporting Requirements.\n');
    expect(set.releases).toMatchObject([{ name: 'SEC v70.0', on: '2023-06-20', designation: true, contains: ['the re-designation of the SMETS1 Supporting Requirements'] }]);
    expect(set.proposals).toEqual([]);
  });

  it('a release version lists the modifications it contains', () => {
    const set = read('v63.txt', 'SEC v63.0 released\nSEC v63.0 came into effect on 30 June 2022 to implement MP162 and MP170.\n');
    expect(set.releases.find((r) => r.name === 'SEC v63.0')).toMatchObject({ on: '2022-06-30', contains: ['MP162', 'MP170'] });
  });
});

describe('minutes of the Change Board and the Panel', () => {
  it('a vote in the Change Board\'s own minutes is its decision on the meeting day; a recommendation is not', () => {
    const set = read('cb.txt', [
      'Change Board Meeting 45_2402', '24 February 2023', 'Attendees', 'Name\tOrganisation', 'Jane Smith\tBritish Gas', '',
      "1. MP197 'Reducing SMKI certificate lifetimes'", 'The Change Board REJECTED MP197.', '',
      "2. MP199 'Clarifying DCC Release Management'", 'The Change Board recommended that the Authority approve MP199.', '',
    ].join('\n'));
    expect(set.meetings).toMatchObject([{ committee: 'CB', on: '2023-02-24' }]);
    expect(facts(set)).toEqual(['MP197 Change Board Rejected 2023-02-24']);
    expect(set.people).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Jane Smith', organisation: 'British Gas', role: 'attendee' })]));
  });
});

describe('"this modification" under an entry that names it', () => {
  it('a newsletter entry "MP184 \'Title\'" followed by "The Change Board approved this modification on …"', () => {
    const set = newsletter('Change Board decisions', "MP184 'Anomaly detection thresholds'", 'The Change Board approved this modification on 19 July 2023.', '', 'Withdrawals', "MP186 'Smart alerts'", 'The Proposer elected to withdraw this modification on 12 July 2023.');
    expect(facts(set)).toEqual(['MP186 Withdrawn 2023-07-12', 'MP184 Change Board Approved 2023-07-19']);
    expect(set.decisions[0]!.sentence).toBe('The Change Board approved this modification on 19 July 2023.');
  });

  it('an Ofgem page whose only mention of Ofgem is its address is still a decision letter; a register page that mentions an Ofgem decision is a register page', () => {
    const letter = read('letter.txt', 'www.ofgem.gov.uk\nDecision on SECMP0140 \'Smart alerts\'\n3 May 2023\nThe Authority has decided to approve SECMP0140.\n');
    expect(letter.documents[0]!.kind).toBe('decision-letter');
    expect(facts(letter)).toEqual(['SECMP0140 Authority Approved 2023-05-03']);
    const page = read('page.txt', "MP141 'Smart alerts'\nStage\tAuthority Determination\nDate raised\t02/03/2022\nLatest update\tOfgem's decision is expected in June 2023.\n");
    expect(page.documents[0]!.kind).toBe('register-page');
    expect(page.decisions).toEqual([]);
  });
});

describe('attendees written on one line', () => {
  it('"Attendees: Jane Smith (British Gas), Omar Hassan (DCC) and Lucy Evans (SECAS)"', () => {
    const set = read('wg.txt', "MP213 Working Group meeting summary\n12 April 2023\nAttendees: Jane Smith (British Gas), Omar Hassan (DCC) and Lucy Evans (SECAS)\n\n1. Overview\nSECAS presented the requirements.\n");
    expect(set.meetings).toMatchObject([{ committee: 'WG', on: '2023-04-12' }]);
    expect((set.people ?? []).filter((p) => p.role === 'attendee').map((p) => [p.name, p.organisation])).toEqual([['Jane Smith', 'British Gas'], ['Omar Hassan', 'DCC'], ['Lucy Evans', 'SECAS']]);
  });
});
