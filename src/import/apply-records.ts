import { formatDate } from '../domain/dates';
import { addConsultation } from '../domain/operations';
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
  const exact = same.find((c) => c.opens === item.opens && closingDay(c.closes) === item.closes);
  if (exact) {
    ctx.report.unchanged++;
    return;
  }
  const clash = same.find((c) => c.opens <= item.closes && closingDay(c.closes) >= item.opens);
  if (clash) {
    return warnItem(ctx, `${proposal.ref} already has a ${item.kind} consultation ${formatDate(clash.opens)} – ${formatDate(closingDay(clash.closes))}; ${item.source.file} says ${formatDate(item.opens)} – ${formatDate(item.closes)}. Left as it is.`, item.source);
  }
  addConsultation(ctx.draft, { ref: proposal.ref, kind: item.kind, opens: item.opens, closes: item.closes }, metaFor(ctx, item.source));
  ctx.report.applied.consultations.push(item);
}

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
