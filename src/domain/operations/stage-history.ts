import { UserError } from '../../core/errors';
import type { Proposal, StageEntry } from '../../../storage/schema';
import { formatDate } from '../dates';
import type { Verdict } from '../transition-rules';
import { compact, type OperationMeta } from './meta';

/** The entry with the latest date (the last one of that date). */
export function latestEntry(proposal: Pick<Proposal, 'stageHistory'>): StageEntry | undefined {
  let latest: StageEntry | undefined;
  for (const entry of proposal.stageHistory) if (!latest || entry.on >= latest.on) latest = entry;
  return latest;
}

/** Add a stage to the history in date order (after entries of the same day); shared by advance and convert. */
export function moveToStage(proposal: Proposal, stage: string, on: string, meta: OperationMeta, note?: string, reason?: string): void {
  placeEntry(proposal, compact({ stage, on, source: meta.source, note: note?.trim() || undefined, reason: reason?.trim() || undefined }), meta);
}

/**
 * Put an entry in the history in date order. The stage itself is derived from the whole record when the
 * change is saved (src/domain/record); it is set here too so the rest of this change reads it.
 */
export function placeEntry(proposal: Proposal, entry: StageEntry, meta: OperationMeta): void {
  const at = proposal.stageHistory.findIndex((e) => e.on > entry.on);
  if (at === -1) proposal.stageHistory.push(entry);
  else proposal.stageHistory.splice(at, 0, entry);
  proposal.stage = latestEntry(proposal)!.stage;
  proposal.updatedAt = meta.at;
}

/** Typed changes come after the current stage's date; an earlier date is a correction, said explicitly. */
export function requireNotBeforeCurrent(proposal: Proposal, on: string, meta: OperationMeta, correctHint: string): string[] {
  const last = latestEntry(proposal);
  if (!last || on >= last.on) return [];
  const message = `${proposal.ref} has been in ${last.stage} since ${formatDate(last.on)}; ${formatDate(on)} is earlier.`;
  if (meta.asStated) return [`${message} Recorded in date order, as the document states.`];
  throw new UserError(message, `Give a date on or after ${formatDate(last.on)}, or if the history is wrong: ${correctHint}`);
}

/** A refused typed step throws; a document's facts go on to the replay of the whole record, which decides. */
export function applyVerdict(verdict: Verdict, meta: OperationMeta): string[] {
  if (verdict.ok) return verdict.warnings;
  if (meta.asStated) return [];
  throw new UserError(verdict.message, verdict.hint);
}

/** A correction says why: it is audited, and `history` shows it beside the mistake. */
export function requireReason(reason: string | undefined, example: string): string {
  if (!reason?.trim()) throw new UserError('A correction needs its reason.', `For example: ${example}`);
  return reason.trim();
}
