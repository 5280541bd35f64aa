import type { StoreData } from '../../storage/schema';
import { applyAction } from './apply-actions';
import { createApplyContext, flushGrouped, type ApplyOptions, type ApplyReport } from './apply-context';
import { applyPeople } from './apply-people';
import { applyProposal } from './apply-proposals';
import { applySecVersion } from './apply-sec-version';
import { applyConsultation, applyMeeting, applyRelease } from './apply-records';
import { applyCurrentStage, applyTimeline } from './apply-timeline';
import { ITEM_LISTS, type ChangeSet } from './change-set';
import { checkImportedRecords } from './check-records';
import { withConsultationStages } from './implied-stages';
import { isUserError } from '../core/errors';
import { eventAudience } from '../notify/announcement';

/**
 * Apply a change set to a store draft through the domain operations, in the order facts happen:
 * proposals, then stages and decisions by date, then consultations, actions, meetings, releases and SEC versions.
 * Items already in the store count as unchanged; conflicts become warnings and are left alone.
 * An operation that refuses (UserError), or a record the SEC process cannot produce, aborts the import of
 * this change set: the caller's transaction writes nothing.
 */
export function applyChangeSet(draft: StoreData, set: ChangeSet, options: ApplyOptions): ApplyReport {
  const ctx = createApplyContext(draft, set, options);
  const queued = draft.outbox.length;
  for (const item of set.proposals) applyProposal(ctx, item);
  applyTimeline(ctx);
  for (const item of ctx.deferred) applyProposal(ctx, item);
  for (const item of set.proposals) if (item.stage) applyCurrentStage(ctx, item.ref, item.stage, item.source);
  for (const item of set.consultations) applyConsultation(ctx, item);
  for (const item of set.actions) applyAction(ctx, item);
  for (const item of set.meetings) applyMeeting(ctx, item);
  for (const item of set.releases) if (!applySecVersion(ctx, item)) applyRelease(ctx, item);
  ctx.report.applied.events = set.events;
  applyPeople(ctx);
  checkImportedRecords(draft, set, options.today, options.calendar);
  flushGrouped(ctx);
  ctx.report.announcements = draft.outbox.slice(queued).flatMap((event) => eventAudience(draft, event) ?? []);
  return ctx.report;
}

/** What applying would do, computed on a copy: the preview of a dry run or a chat upload. */
export function planChangeSet(data: Readonly<StoreData>, set: ChangeSet, options: ApplyOptions): ApplyReport {
  return settle(data, set, options).plan;
}

/**
 * The change set to apply and its plan: as the documents state it, or, when the process rules refuse that
 * record, with the stage each stated consultation is held in (Refinement Process, Report Phase).
 */
export function settle(data: Readonly<StoreData>, set: ChangeSet, options: ApplyOptions): { set: ChangeSet; plan: ApplyReport } {
  try {
    return { set, plan: applyChangeSet(structuredClone(data) as StoreData, set, options) };
  } catch (error) {
    const implied = isUserError(error) ? withConsultationStages(set, options.today) : set;
    if (implied.stages.length === set.stages.length) throw error;
    try {
      return { set: implied, plan: applyChangeSet(structuredClone(data) as StoreData, implied, options) };
    } catch {
      throw error; // the record as stated is what was refused: say why in its terms
    }
  }
}

/** Items the import writes (planned stages and timeline events are shown, never written). */
export function countChanges(report: ApplyReport): number {
  const { applied } = report;
  return ITEM_LISTS.filter((l) => l !== 'events' && l !== 'stages').reduce((n, l) => n + applied[l].length, 0) + applied.stages.filter((s) => !s.planned).length + (applied.people?.length ?? 0);
}
