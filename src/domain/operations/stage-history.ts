import { UserError } from '../../core/errors';
import type { Proposal, StageEntry } from '../../../storage/schema';
import { formatDate } from '../dates';
import type { Verdict } from '../transition-rules';
import { compact, type OperationMeta } from './meta';

/** The entry with the latest date (the last one of that date): the stage a proposal is in and since when. */
export function latestEntry(proposal: Pick<Proposal, 'stageHistory'>): StageEntry | undefined {
  let latest: StageEntry | undefined;
  for (const entry of proposal.stageHistory) if (!latest || entry.on >= latest.on) latest = entry;
  return latest;
}

/**
 * Add a stage to the history in date order (after entries of the same day) and set the current stage
 * from the latest entry; shared by advance, convert and decide.
 */
export function moveToStage(proposal: Proposal, stage: string, on: string, meta: OperationMeta, note?: string): void {
  const entry = compact({ stage, on, source: meta.source, note: note?.trim() || undefined });
  const at = proposal.stageHistory.findIndex((e) => e.on > on);
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

/** A refused rule throws for typed changes; for a document it becomes a warning and the fact is kept. */
export function applyVerdict(verdict: Verdict, meta: OperationMeta): string[] {
  if (verdict.ok) return verdict.warnings;
  if (meta.asStated) return [`${verdict.message} Recorded as the document states.`];
  throw new UserError(verdict.message, verdict.hint);
}

/** "Correction: the reason", required to be non-empty: corrections are explicit and audited. */
export function correctionNote(reason: string | undefined, note: string | undefined): string | undefined {
  if (reason === undefined) return note;
  if (!reason.trim()) throw new UserError('A correction needs a reason.', 'For example: correct "the Change Board minutes say rejected"');
  return [`Correction: ${reason.trim()}`, note?.trim()].filter(Boolean).join(' · ');
}
