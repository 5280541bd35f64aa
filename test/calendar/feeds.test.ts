import { describe, expect, it } from 'vitest';
import { buildFeed } from '../../src/calendar/build-feed';
import { toICal } from '../../src/calendar/to-ical';
import { FEED_COMMITTEES } from '../../commands/calendar';
import { createCalendar } from '../../src/domain/calendar';
import type { CalendarGrant, StoreData } from '../../storage/schema';
import { calendarFixture } from './support/calendar-fixture';
import { eventWithUid, parseIcs, type ParsedFeed } from './support/parse-ics';

const calendar = createCalendar();
const STAMP = new Date('2026-01-05T09:30:00Z');

function feed(grant: CalendarGrant, data: StoreData = calendarFixture()): ParsedFeed {
  return parseIcs(toICal(buildFeed(data, grant, calendar)!, STAMP));
}

const mari: CalendarGrant = { kind: 'person', person: 'mari-toda' };
const MRC = 'consultation-MP167B-report-2023-08-16@secbot';

describe('calendar feeds, read back by an independent parser (ical.js)', () => {
  const grants: CalendarGrant[] = [{ kind: 'all' }, mari, ...FEED_COMMITTEES.map((committee) => ({ kind: 'committee' as const, committee }))];

  it.each(grants.map((g) => [JSON.stringify(g), g] as const))('%s parses, carries the Europe/London VTIMEZONE and unique UIDs', (_name, grant) => {
    const parsed = feed(grant);
    expect(parsed.name).toMatch(/^secbot: /);
    expect(parsed.timezones).toEqual(['Europe/London']);
    const uids = parsed.events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const event of parsed.events) {
      expect(event.uid).toMatch(/^[a-z]+-[A-Za-z0-9-]+@secbot$/);
      expect(event.stamp).toBe(STAMP.toISOString());
    }
  });

  it('puts a 17:00 closing at 16:00Z in July (BST) and 17:00Z in December (GMT), as London-time events', () => {
    const all = feed({ kind: 'all' });
    const july = eventWithUid(all, 'consultation-MP167B-refinement-2023-06-28@secbot');
    const december = eventWithUid(all, 'consultation-MP167B-other-2023-11-22@secbot');
    expect([july.start, july.tzid, july.allDay]).toEqual(['2023-07-19T16:00:00.000Z', 'Europe/London', false]);
    expect([december.start, december.tzid]).toEqual(['2023-12-14T17:00:00.000Z', 'Europe/London']);
    expect(eventWithUid(all, MRC).start).toBe('2023-09-07T16:00:00.000Z');
  });

  it('keeps a closing time the store states (12:00) and links the SECAS page', () => {
    const event = eventWithUid(feed({ kind: 'all' }), 'consultation-DP096-other-2020-03-02@secbot');
    expect(event.start).toBe('2020-03-20T12:00:00.000Z');
    expect(event.url).toBe('https://smartenergycodecompany.co.uk/consultations/dp096/');
    expect(event.description).toContain('Consultation page: https://smartenergycodecompany.co.uk/consultations/dp096/');
  });

  it('describes a consultation with the status facts: window in Working Days, stage, lead analyst, path, release', () => {
    const { description, summary, categories } = eventWithUid(feed({ kind: 'all' }), MRC);
    expect(summary).toBe('MP167B Modification Report Consultation closes');
    expect(categories).toEqual(['Consultation']);
    expect(description).toContain('opened 16 Aug 2023, closes 7 Sep 2023 17:00 (15 Working Days)');
    expect(description).toContain('Stage: Report Phase');
    expect(description).toContain('Lead analyst: Bradley Baker');
    expect(description).toContain('Path: Path 3: Self-Governance');
    expect(description).toContain('Target release: February 2024 SEC Release (29 Feb 2024)');
    expect(description).toContain('Ask secbot: status MP167B');
  });

  it('makes due dates and releases all-day events on their London dates', () => {
    const all = feed({ kind: 'all' });
    const due = eventWithUid(all, 'action-CSC-13-01@secbot');
    expect([due.allDay, due.start, due.end]).toEqual([true, '2023-12-12', '2023-12-13']);
    expect(due.summary).toBe('Action CSC 13/01 due (DCC)');
    expect(due.description).toContain('Confirm the DCC test window for MP167B.');
    const release = eventWithUid(all, 'release-february-2024-sec-release@secbot');
    expect([release.allDay, release.start, release.summary]).toEqual([true, '2024-02-29', 'February 2024 SEC Release']);
    expect(release.description).toContain('MP167B: Review of SEC documents');
  });

  it('keeps past events: meetings from 2019 and 2020 stay in the feed', () => {
    const all = feed({ kind: 'all' });
    expect(eventWithUid(all, 'meeting-OPSG-26-0511-2019-11-05@secbot').start).toBe('2019-11-05');
    expect(eventWithUid(all, 'meeting-CSC-next-2020-03-31@secbot').summary).toBe('Change Sub-Committee meeting');
  });

  it('keeps UIDs when the data changes, so calendar apps move the event instead of adding another', () => {
    const data = calendarFixture();
    const before = eventWithUid(feed({ kind: 'all' }, data), 'action-CSC-13-01@secbot');
    data.actions = data.actions.map((a) => (a.ref === 'CSC 13/01' ? { ...a, due: '2024-01-09' } : a));
    const after = eventWithUid(feed({ kind: 'all' }, data), 'action-CSC-13-01@secbot');
    expect([before.start, after.start]).toEqual(['2023-12-12', '2024-01-09']);
  });
});

describe('what each feed holds', () => {
  const uids = (grant: CalendarGrant) => feed(grant).events.map((e) => e.uid);

  it('a committee feed: its meetings, its actions, consultations on proposals it sees, releases', () => {
    const opsg = uids({ kind: 'committee', committee: 'OPSG' });
    expect(opsg).toContain('meeting-OPSG-26-0511-2019-11-05@secbot');
    expect(opsg).toContain('action-OPSG-27-02@secbot');
    expect(opsg).toContain('consultation-DP096-other-2020-03-02@secbot');
    expect(opsg).not.toContain(MRC);
    expect(opsg).not.toContain('meeting-CSC-12-2502-2020-02-25@secbot');
    const cb = uids({ kind: 'committee', committee: 'CB' });
    expect(cb).toContain(MRC);
    expect(cb).toContain('meeting-CB-MP167B-vote-2023-09-20@secbot');
    expect(cb).toContain('release-february-2024-sec-release@secbot');
  });

  it("mine: my organisation's actions, my committees' consultations and meetings; not other committees'", () => {
    const mine = uids(mari);
    expect(mine).toContain('action-CSC-13-01@secbot');
    expect(mine).toContain(MRC);
    expect(mine).toContain('meeting-CSC-12-2502-2020-02-25@secbot');
    expect(mine).not.toContain('action-OPSG-27-02@secbot');
    expect(mine).not.toContain('meeting-OPSG-26-0511-2019-11-05@secbot');
  });

  it('mine includes actions of an organisation I am a contact of, though I work elsewhere', () => {
    expect(uids({ kind: 'person', person: 'simon-trivella' })).toContain('action-OPSG-27-02@secbot');
  });

  it('a feed for someone no longer in the directory does not exist', () => {
    expect(buildFeed(calendarFixture(), { kind: 'person', person: 'nobody' }, calendar)).toBeUndefined();
  });
});
