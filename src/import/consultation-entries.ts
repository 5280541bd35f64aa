import { findDates } from './doc-dates';
import { sourceOf, warn, type ExtractContext } from './extract-context';
import { parseProposalRef } from '../domain/references';
import { listedItem } from './notice-items';
import { sentence, type DocLine } from './source-lines';
import { recordStage } from './timeline';

type Kind = 'refinement' | 'report' | 'other';

const CLOSES = /\b(closing date|clos(?:es|ing|ed)|deadline|responses?\b[^.]{0,60}?\bby|respond\b[^.]{0,40}?\bby|by\s+(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{2}:\d{2}|noon|midday)\s+on)\b/i;
const OPENS = /\b(opened|opens|issued|launched|published|open from|runs from|was issued|went live)\b/i;
const STAGE_OF: Record<Kind, string | undefined> = { refinement: 'Refinement Process', report: 'Report Phase', other: undefined };

export function kindOf(text: string): Kind | undefined {
  if (/\brefinement consultation\b/i.test(text)) return 'refinement';
  if (/\b(modification report consultation|MRC|report phase consultation)\b/i.test(text)) return 'report';
  return /\bconsultation\b/i.test(text) ? 'other' : undefined;
}

/** "by 5pm on", "by 17:00 on", "by 12 noon": the closing time as HH:MM, when stated. */
export function closingTimeIn(text: string): string | undefined {
  const m = /\b(?:by|at|before|until)\s+(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)\b|\b(?:by|at|before|until)\s+(\d{2}):(\d{2})\b|\b(noon|midday)\b/i.exec(text);
  if (!m) return undefined;
  if (m[6]) return '12:00';
  const hour = m[4] ? +m[4] : (+m[1]! % 12) + (m[3]!.toLowerCase() === 'pm' ? 12 : 0);
  const minutes = m[5] ?? m[2] ?? '00';
  return hour < 24 ? `${String(hour).padStart(2, '0')}:${minutes}` : undefined;
}

/** The first date stated after the wording (e.g. the closing date after "Closing Date:"). */
function dateAfter(lines: readonly DocLine[], wording: RegExp): { iso: string; line: DocLine } | undefined {
  for (const line of lines) {
    const m = wording.exec(line.text);
    const date = m ? findDates(line.text.slice(m.index))[0] : undefined;
    if (date?.iso) return { iso: date.iso, line };
  }
  return undefined;
}

/**
 * Consultations listed on a notice or in a newsletter: each entry starts at a line naming a proposal
 * with its title ("MP123 'Title' (Closing Date: 14 July 2023)") and runs to the next one. The kind
 * comes from the entry or the page heading; the closing date and time, and the opening date when given.
 */
export function readConsultationEntries(ctx: ExtractContext, lines: readonly DocLine[], pageKind: Kind | undefined): number {
  const starts = lines.map((l, i) => (entryHead(l.text)?.title ? i : -1)).filter((i) => i >= 0);
  let count = 0;
  starts.forEach((start, k) => {
    const entry = lines.slice(start, starts[k + 1] ?? lines.length);
    if (readEntry(ctx, entry, pageKind)) count++;
  });
  return count;
}

/** "MP123 'Title' …", also after a heading prefix: "Modification Report Consultation: MP123 'Title'". */
function entryHead(text: string) {
  return listedItem(text) ?? listedItem(text.replace(/^[^:–]{0,60}\bconsultation\s*[:–-]\s*/i, ''));
}

const NO_YEAR = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b(?![\s,]+\d{2})/i;

function readEntry(ctx: ExtractContext, entry: readonly DocLine[], pageKind: Kind | undefined): boolean {
  const item = entryHead(entry[0]!.text)!;
  const text = entry.map((l) => l.text).join(' ');
  const closes = dateAfter(entry, CLOSES);
  const opens = dateAfter(entry, OPENS);
  if (!closes && CLOSES.test(text) && NO_YEAR.test(text)) {
    warn(ctx, `${item.ref}: the closing date in "${sentence(text).slice(0, 120)}" has no year, so it was not recorded. Add the year and import again.`, entry[0]);
  }
  if (!closes && !opens) return false;
  const own = kindOf(`${item.rest} ${text}`);
  const kind = own && own !== 'other' ? own : (pageKind ?? 'other');
  const closesAt = closes ? closingTimeOf(entry, closes.iso) : undefined;
  const stage = parseProposalRef(item.ref)?.kind === 'DP' ? undefined : STAGE_OF[kind];
  // With no opening date the stage is stated as current, like a register page's "Stage" line.
  ctx.set.proposals.push({ ref: item.ref, title: item.title, committees: [], ...(stage && !opens ? { stage } : {}), source: sourceOf(ctx, entry[0]!) });
  ctx.set.consultations.push({
    ref: item.ref, kind, ...(opens ? { opens: opens.iso } : {}), ...(closes ? { closes: closes.iso } : {}), ...(closesAt ? { closesAt } : {}),
    sentence: sentence(closes?.line.text ?? opens!.line.text), source: sourceOf(ctx, (closes ?? opens)!.line),
  });
  if (stage && opens && (!closes || opens.iso <= closes.iso)) recordStage(ctx, { ref: item.ref, line: opens.line }, stage, opens.iso, sentence(opens.line.text));
  return true;
}

/** The time stated with the closing date, on its line or any line of the entry naming the same day. */
function closingTimeOf(entry: readonly DocLine[], closes: string): string | undefined {
  for (const line of entry) {
    if (!findDates(line.text).some((d) => d.iso === closes)) continue;
    const time = closingTimeIn(line.text);
    if (time) return time;
  }
  return undefined;
}
