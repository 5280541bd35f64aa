import { formatDate } from '../domain/dates';
import { addConsultation, completeConsultation } from '../domain/operations';
import type { Consultation } from '../../storage/schema';
import { currentProposalRef } from '../domain/operations';
import { metaFor, warnItem, type ApplyContext } from './apply-context';
import { proposalFor } from './apply-timeline';
import type { ImportedConsultation, ImportedMeeting, ImportedRelease } from './change-set';
import { recordMeeting, recordRelease } from '../domain/operations';

/** London closing day of a stored consultation (its `closes` is an instant with offset). */
const closingDay = (instant: string): string => instant.slice(0, 10);

export function applyConsultation(ctx: ApplyContext, item: ImportedConsultation): void {
  const proposal = proposalFor(ctx, item.ref, item.source);
  if (!proposal) return;
  const same = ctx.draft.consultations.filter((c) => c.proposal === proposal.ref && c.kind === item.kind);
  const known = same.find((c) => (item.opens && c.opens === item.opens) || (item.closes && c.closes && closingDay(c.closes) === item.closes)) ?? same.find((c) => completes(c, item));
  if (known) return completeKnown(ctx, known, item);
  const clash = same.find((c) => overlaps(c, item));
  if (clash) {
    return warnItem(ctx, `${proposal.ref} already has a ${item.kind} consultation ${span(clash.opens, clash.closes && closingDay(clash.closes))}; ${item.source.file} says ${span(item.opens, item.closes)}. Left as it is.`, item.source);
  }
  addConsultation(ctx.draft, { ref: proposal.ref, kind: item.kind, opens: item.opens, closes: item.closes, closesAt: item.closesAt }, metaFor(ctx, item.source));
  ctx.report.applied.consultations.push(item);
}

/** The same consultation: unchanged, or its unknown end filled in from this document. */
function completeKnown(ctx: ApplyContext, known: Consultation, item: ImportedConsultation): void {
  const fills = (!known.opens && item.opens) || (!known.closes && item.closes);
  if (!fills) {
    ctx.report.unchanged++;
    return;
  }
  completeConsultation(ctx.draft, { id: known.id, opens: item.opens, closes: item.closes, closesAt: item.closesAt }, metaFor(ctx, item.source));
  ctx.report.applied.consultations.push(item);
}

/** A consultation is not open for longer than this: one end known here and the other there are the same one. */
const MAX_CONSULTATION_DAYS = 45;

/** The stored consultation knows only the end this document lacks, and the two ends fit one consultation. */
function completes(c: Consultation, item: ImportedConsultation): boolean {
  const opens = c.opens ?? item.opens;
  const closes = c.closes ? closingDay(c.closes) : item.closes;
  if ((c.opens && item.opens) || (c.closes && item.closes) || !opens || !closes) return false;
  const days = (Date.parse(closes) - Date.parse(opens)) / 86_400_000;
  return days >= 0 && days <= MAX_CONSULTATION_DAYS;
}

function overlaps(c: Consultation, item: ImportedConsultation): boolean {
  const from = c.opens ?? (c.closes && closingDay(c.closes));
  const to = (c.closes && closingDay(c.closes)) ?? c.opens;
  return !!from && !!to && (item.opens ?? item.closes!) <= to && (item.closes ?? item.opens!) >= from;
}

const span = (opens: string | undefined, closes: string | undefined): string =>
  `${opens ? formatDate(opens) : 'opening date unknown'} – ${closes ? formatDate(closes) : 'closing date unknown'}`;

export function applyMeeting(ctx: ApplyContext, item: ImportedMeeting): void {
  const existing = ctx.draft.meetings.find((m) => m.ref === item.ref);
  if (!existing) {
    recordMeeting(ctx.draft, { ref: item.ref, committee: item.committee, number: item.number, on: item.on, nextOn: item.nextOn }, metaFor(ctx, item.source));
    ctx.report.applied.meetings.push(item);
    return;
  }
  if (existing.on !== item.on) warnItem(ctx, `Meeting ${item.ref} is on ${formatDate(existing.on)} in the store but ${formatDate(item.on)} in ${item.source.file}. Left as it is.`, item.source);
  if (item.nextOn && !existing.nextOn) {
    existing.nextOn = item.nextOn;
    ctx.report.applied.meetings.push(item);
  } else ctx.report.unchanged++;
}

/** Release dates a document states, and the release a proposal targets. */
export function applyRelease(ctx: ApplyContext, item: ImportedRelease): void {
  const existing = ctx.draft.releases.find((r) => r.name === item.name);
  if (existing && existing.on !== item.on) {
    return warnItem(ctx, `The store has the ${item.name} on ${formatDate(existing.on)}; ${item.source.file} says ${formatDate(item.on)}. Left as it is.`, item.source);
  }
  if (existing) {
    ctx.report.unchanged++;
    return;
  }
  recordRelease(ctx.draft, { name: item.name, on: item.on }, metaFor(ctx, item.source));
  ctx.report.applied.releases.push(item.ref ? { ...item, ref: currentProposalRef(ctx.draft, item.ref) } : item);
}
