import { formatDate } from '../domain/dates';
import { addAction, closeAction, updateAction } from '../domain/operations';
import { actionWithRef } from '../domain/queries/find-action';
import { documentDateOf, metaFor, warnItem, type ApplyContext } from './apply-context';
import type { ImportedAction } from './change-set';

const UNASSIGNED = 'Unassigned';

/** New actions are added; known ones get the update and status the minutes record. */
export function applyAction(ctx: ApplyContext, item: ImportedAction): void {
  const existing = actionWithRef(ctx.draft, item.ref);
  if (!existing) return addNew(ctx, item);
  let change: ImportedAction['change'];
  if (item.owner && existing.owner.toLowerCase() !== item.owner.toLowerCase()) {
    warnItem(ctx, `${item.ref}: the store's owner is ${existing.owner} but ${item.source.file} says ${item.owner}; the store was left as it is.`, item.source);
  }
  if (item.update && !existing.updates.some((u) => u.text === item.update!.text)) {
    updateAction(ctx.draft, { ref: existing.ref, ...item.update }, metaFor(ctx, item.source));
    change = 'updated';
  }
  if (item.status === 'Closed' && existing.status === 'Open') {
    closeAction(ctx.draft, { ref: existing.ref, on: closedOn(ctx, item), by: item.update?.by }, metaFor(ctx, item.source));
    change = 'closed';
  } else if (item.status === 'Open' && existing.status === 'Closed') {
    const when = existing.closedOn ? ` on ${formatDate(existing.closedOn)}` : '';
    warnItem(ctx, `${item.ref} was closed${when}; ${item.source.file} lists it as open (an older document?). It was not reopened.`, item.source);
  }
  if (change) ctx.report.applied.actions.push({ ...item, change });
  else ctx.report.unchanged++;
}

function addNew(ctx: ApplyContext, item: ImportedAction): void {
  if (!item.text) return warnItem(ctx, `${item.ref} is not in the store and the document gives no text for it, so it was not added.`, item.source);
  // Carried from an earlier meeting: raised before this document's date, not on it.
  const raised = item.raisedOn ? { raisedOn: item.raisedOn } : { raisedBefore: documentDateOf(ctx, item.source) ?? ctx.options.today };
  const meta = metaFor(ctx, item.source);
  addAction(ctx.draft, { ref: item.ref, committee: item.committee, owner: item.owner ?? UNASSIGNED, text: item.text, proposals: item.proposals, ...raised }, meta);
  if (item.update) updateAction(ctx.draft, { ref: item.ref, ...item.update }, meta);
  if (item.status === 'Closed') closeAction(ctx.draft, { ref: item.ref, on: closedOn(ctx, item), by: item.update?.by }, meta);
  ctx.report.applied.actions.push({ ...item, ...(item.owner ? {} : { owner: UNASSIGNED }), change: 'new' });
}

function closedOn(ctx: ApplyContext, item: ImportedAction): string {
  return item.update?.on ?? documentDateOf(ctx, item.source) ?? ctx.options.today;
}
