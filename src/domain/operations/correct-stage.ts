import { UserError } from '../../core/errors';
import type { Proposal, StageEntry } from '../../../storage/schema';
import { formatDate } from '../dates';
import { normaliseStage } from '../lifecycle';
import type { AdvanceStageInput, StageChange } from './advance-stage';
import { compact, type OperationMeta } from './meta';
import { latestEntry, placeEntry, requireReason } from './stage-history';
import { requireIsoDate } from './validate';

/**
 * `advance REF STAGE [on DATE] correct "REASON"`: the record is wrong, not the process. If the history has
 * an entry for STAGE, it is re-dated; a date before the current stage's adds STAGE as a step the record
 * missed; otherwise the entry of the current stage is replaced by STAGE (on its date unless one is given). The corrected record reads as if the mistake never happened (the reason is in
 * the audit log, shown by `history`), is replayed through the process rules, and is never announced.
 */
export function correctStage(proposal: Proposal, to: string, input: AdvanceStageInput, meta: OperationMeta): StageChange {
  requireReason(input.correction, `advance ${proposal.ref} "${to}" on DATE correct "the reason"`);
  const on = input.on === undefined ? undefined : requireIsoDate(input.on, 'The date');
  const same = [...proposal.stageHistory].reverse().find((e) => normaliseStage(e.stage).name === to);
  const from = proposal.stage;
  if (same) {
    if (!on) throw new UserError(`${proposal.ref}'s record already has ${to} (${formatDate(same.on)}): say the date it should have.`, `advance ${proposal.ref} "${to}" on DATE correct "${input.correction!.trim()}"`);
    if (same.on === on) throw new UserError(`${proposal.ref}'s record already has ${to} on ${formatDate(on)}: there is nothing to correct.`, `See the record: history ${proposal.ref}`);
    return replace(proposal, same, { ...same, on }, meta, from);
  }
  const current = latestEntry(proposal);
  if (!current) throw new UserError(`${proposal.ref} has no stage recorded, so there is nothing to correct.`, `Record it: advance ${proposal.ref} "${to}" on DATE`);
  if (on && on < current.on) return insertMissing(proposal, compact({ stage: to, on, source: meta.source }), meta, from);
  return replace(proposal, current, compact({ ...current, stage: to, on: on ?? current.on, source: meta.source, firstSeen: on ? undefined : current.firstSeen }), meta, from);
}

/** A step the record missed, dated before the current stage: added in its place in the history. */
function insertMissing(proposal: Proposal, entry: StageEntry, meta: OperationMeta, from: string | undefined): StageChange {
  placeEntry(proposal, entry, meta);
  return { proposal, from, to: entry.stage, on: entry.on, warnings: [], announced: false, corrected: { was: `no ${entry.stage} entry`, now: `${entry.stage} on ${formatDate(entry.on)}` } };
}

function replace(proposal: Proposal, old: StageEntry, entry: StageEntry, meta: OperationMeta, from: string | undefined): StageChange {
  proposal.stageHistory.splice(proposal.stageHistory.indexOf(old), 1);
  placeEntry(proposal, entry, meta);
  const was = `${old.stage} on ${formatDate(old.on)}`;
  const now = `${entry.stage} on ${formatDate(entry.on)}`;
  return { proposal, from, to: entry.stage, on: entry.on, warnings: [], announced: false, corrected: { was, now } };
}
