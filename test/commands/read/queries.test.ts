import { describe, expect, it } from 'vitest';
import type { Calendar } from '../../../src/core/ports';
import { createCalendar } from '../../../src/domain/calendar';
import {
  filterActions, findProposal, nextMilestone, resolveOwner, searchProposals, workingDaysAfter, workingDaysLeft, workingDaysOverdue,
} from '../../../src/domain/queries';
import { readFixture } from './fixture';

const calendar = createCalendar();

describe('Working Days arithmetic used by the read models', () => {
  it('counts the days after today up to the closing day, skipping weekends and bank holidays', () => {
    expect(workingDaysLeft(calendar, '2023-08-22', '2023-09-07')).toBe(11);
    expect(workingDaysLeft(calendar, '2023-08-25', '2023-08-29')).toBe(1); // Fri → Tue over the bank holiday weekend
    expect(workingDaysLeft(calendar, '2023-09-07', '2023-09-07')).toBe(0);
    expect(workingDaysLeft(calendar, '2023-09-08', '2023-09-07')).toBe(0);
    expect(workingDaysOverdue(calendar, '2023-08-25', '2023-08-29')).toBe(1);
    expect(workingDaysAfter(calendar, '2023-08-26', '2023-08-29')).toBe(1); // Saturday start
  });

  it('gives the same answer whether the calendar counts the first day or not', () => {
    const inclusive: Calendar = { ...calendar, workingDaysBetween: (a, b) => calendar.workingDaysBetween(a, b) + (calendar.isWorkingDay(a) ? 1 : 0) };
    for (const [from, to] of [['2023-08-22', '2023-09-07'], ['2023-08-26', '2023-08-29'], ['2023-12-22', '2024-01-02']] as const) {
      expect(workingDaysAfter(inclusive, from, to)).toBe(workingDaysAfter(calendar, from, to));
    }
    expect(workingDaysAfter(calendar, '2023-12-22', '2024-01-02')).toBe(4); // 27–29 Dec and 2 Jan: Christmas, Boxing Day and New Year's Day skipped
  });
});

describe('directory and lookups', () => {
  const data = readFixture();

  it('resolveOwner: a person, initials, an organisation through its contacts, or nobody', () => {
    expect(resolveOwner(data, 'Jordan Crase').people.map((p) => p.id)).toEqual(['jordan-crase']);
    expect(resolveOwner(data, 'gs').people.map((p) => p.id)).toEqual(['gemma-slaney']);
    const dcc = resolveOwner(data, 'The DCC');
    expect(dcc.organisation?.id).toBe('dcc');
    expect(dcc.people.map((p) => p.id)).toEqual(['mari-toda']);
    expect(resolveOwner(data, 'Ofgem').people).toEqual([]);
  });

  it('filterActions: an owner written as several parties matches each of them', () => {
    const copy = readFixture();
    copy.actions[0]!.owner = 'DCC and SECAS';
    const refs = (owner: string) => filterActions(copy, { status: 'open', owner }, '2023-08-22').map((a) => a.ref);
    expect(refs('DCC')).toEqual(['CSC 10/01']);
    expect(refs('SECAS')).toEqual(['CSC 10/01', 'CSC 12/01', 'CSC 11/02']);
  });

  it('findProposal: a converted DP by draftRef, or by the same number when draftRef was not recorded', () => {
    expect(findProposal(data, 'DP118')).toMatchObject({ proposal: { ref: 'MP118' }, convertedFrom: 'DP118' });
    const copy = readFixture();
    delete copy.proposals.find((p) => p.ref === 'MP118')!.draftRef;
    expect(findProposal(copy, 'dp 118')?.proposal.ref).toBe('MP118');
    expect(findProposal(data, 'MP096')).toBeUndefined();
  });

  it('searchProposals finds a proposal by its reference too', () => {
    expect(searchProposals(data, 'mp118').map((h) => h.proposal.ref)).toEqual(['MP118']);
  });

  it('nextMilestone picks the earliest upcoming event and ignores past ones', () => {
    const mp167b = data.proposals.find((p) => p.ref === 'MP167B')!;
    expect(nextMilestone(data, mp167b, new Date('2023-08-22T09:00:00Z'), calendar)).toEqual({
      label: 'Modification Report Consultation closes', on: '2023-09-07', at: '2023-09-07T17:00:00+01:00',
    });
    expect(nextMilestone(data, mp167b, new Date('2023-09-08T09:00:00Z'), calendar)).toEqual({ label: 'Change Board meeting (CB 34_2709)', on: '2023-09-27' });
    expect(nextMilestone(data, mp167b, new Date('2023-10-02T09:00:00Z'), calendar)).toEqual({ label: 'February 2024 SEC Release', on: '2024-02-29' });
  });
});
