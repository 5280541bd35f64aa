import { partyCategoryOf } from '../domain/operations';
import type { ImportedPerson } from './change-set-people';
import { sourceOf, type ExtractContext } from './extract-context';
import type { DocLine } from './source-lines';

const START = /^(Attendees|Attendee|Attendance|Present|Members present|Participants|Working Group members)\b:?$/i;
const END = /^(Apologies|Absent|\d+\.\s|Agenda|Minutes|Summary|Introduction|Item \d)/i;
const HEADERS = /^(Category|Representing|Role|Organisation|Company|Name|Attendee)\b/i;
/** "Attendees: Jane Smith (British Gas), Omar Hassan (DCC)": the list on the label's own line. */
const INLINE = /^(Attendees|Attendance|Present|Participants)\s*:\s*\S.*\S/i;

function inlineAttendees(ctx: ExtractContext, line: DocLine, meeting: { ref: string; committee: string }): ImportedPerson[] {
  const list = line.text.trim().replace(INLINE_LABEL, '');
  return list.split(/\s*(?:;|,(?![^(]*\))|\band\b)\s*/).map((item) => nameThenOrganisation([item])).filter((r) => r.name)
    .map((r) => attendee(ctx, line, r.name!, r.organisation ?? '', meeting));
}
const INLINE_LABEL = /^(Attendees|Attendance|Present|Participants)\s*:\s*/i;

/** A header row that puts the name first: "Name | Organisation", "Attendee | Company". */
const NAME_FIRST = /^(Name|Attendee|Attendees|Member)$/i;
const NAME = /^[A-Z][\p{L}'’-]+(?:\s+(?:[A-Z][\p{L}'’-]+|de|van|von|le))+$/u;
const MAX_ROWS = 120;
/** Words after initials that show the minutes use them for a person: "GS stated", "(GS)". */
const SPOKE = /\b([A-Z]{2,3})\s+(?:stated|advised|noted|asked|agreed|said|expressed|suggested|requested|confirmed|explained|thought|acknowledged|referenced|to)\b/g;

/**
 * The attendee tables of committee minutes: each row's first cell is a party category ("Large
 * Suppliers"), an organisation ("DCC", "SECAS") or a role ("Change Sub-Committee Chair"); an empty
 * first cell continues the row above. Initials are recorded when the minutes use them for exactly one
 * attendee ("GS" = Gemma Slaney).
 */
export function readAttendees(ctx: ExtractContext, meeting: { ref: string; committee: string }): ImportedPerson[] {
  const lines = ctx.doc.lines;
  const inline = lines.find((l) => INLINE.test(l.text.trim()));
  if (inline) return withInitials(ctx, inlineAttendees(ctx, inline, meeting));
  const start = lines.findIndex((l) => START.test(l.text.trim()));
  if (start === -1) return [];
  const people: ImportedPerson[] = [];
  let group = '';
  let nameFirst = false;
  for (const line of lines.slice(start + 1, start + 1 + MAX_ROWS)) {
    if (END.test(line.text.trim())) break;
    const cells = line.text.split('\t').map((c) => c.trim());
    if (!line.text.trim()) continue;
    if (HEADERS.test(cells[0]!) && !cleanName(cells[0]!)) {
      nameFirst = NAME_FIRST.test(cells[0]!);
      continue;
    }
    const row = nameFirst || (cells.length === 1 && /[,(–-]/.test(cells[0]!)) ? nameThenOrganisation(cells) : undefined;
    if (row) {
      if (row.name) people.push(attendee(ctx, line, row.name, row.organisation ?? '', meeting));
      continue;
    }
    if (cells.length > 1 && cells[0]) group = cells[0];
    const name = cleanName(cells.length > 1 ? cells.slice(1).join(' ') : cells[0]!);
    if (name) people.push(attendee(ctx, line, name, group, meeting));
  }
  return withInitials(ctx, people);
}

function attendee(ctx: ExtractContext, line: DocLine, name: string, group: string, meeting: { ref: string; committee: string }): ImportedPerson {
  const category = partyCategoryOf(group);
  const role = /chair|secretary|member/i.test(group) || !group;
  const organisation = category && category !== 'DCC' ? undefined : role ? undefined : group;
  return {
    kind: 'person', name, role: 'attendee', committee: meeting.committee, meeting: meeting.ref,
    ...(organisation ? { organisation } : {}),
    ...(category ? { category } : {}),
    source: sourceOf(ctx, line),
  };
}

/** "Jane Smith\tDCC", "Jane Smith (DCC)", "Jane Smith, British Gas", "Jane Smith – SECAS". */
function nameThenOrganisation(cells: readonly string[]): { name?: string; organisation?: string } {
  if (cells.length > 1) return { name: cleanName(cells[0]!), organisation: cells[1] || undefined };
  const m = /^(.+?)\s*(?:\(([^)]+)\)|,\s*(.+)|\s[–-]\s(.+))$/.exec(cells[0]!);
  if (!m) return { name: cleanName(cells[0]!) };
  const organisation = (m[2] ?? m[3] ?? m[4])?.trim();
  return { name: cleanName(m[1]!), ...(organisation && !/teleconference|chair|part/i.test(organisation) ? { organisation } : {}) };
}

/** "Paul Saker (teleconference)" → "Paul Saker"; anything that is not a name → undefined. */
function cleanName(cell: string): string | undefined {
  const name = cell.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  return NAME.test(name) ? name : undefined;
}

function withInitials(ctx: ExtractContext, people: ImportedPerson[]): ImportedPerson[] {
  const text = ctx.doc.lines.map((l) => l.text).join('\n');
  const used = new Set([...text.matchAll(/\(([A-Z]{2,3})\)/g), ...text.matchAll(SPOKE)].map((m) => m[1]!));
  const byInitials = new Map<string, ImportedPerson[]>();
  for (const person of people) {
    const initials = person.name.split(/\s+/).map((w) => w[0]!.toUpperCase()).join('');
    byInitials.set(initials, [...(byInitials.get(initials) ?? []), person]);
  }
  for (const [initials, owners] of byInitials) if (used.has(initials) && owners.length === 1) owners[0]!.initials = initials;
  return people;
}
