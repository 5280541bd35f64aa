import { UserError } from '../core/errors';
import type { Calendar } from '../core/ports';
import type { StoreData } from '../../storage/schema';
import { calendarOr } from '../domain/fact-dates';
import { formatDate } from '../domain/dates';
import { replayContext } from '../domain/record/replay-context';
import { replayRecord } from '../domain/record/replay-record';
import type { ChangeSet } from './change-set';
import { resolveProposal } from './resolve-proposal';

/**
 * Replay the record of every proposal a document touches through the SEC process rules, as the store
 * does on save, so a preview refuses what applying would refuse. A history the process cannot produce
 * is refused with the document's sentences at fault; otherwise each stage is the one the record derives.
 */
export function checkImportedRecords(draft: StoreData, set: ChangeSet, today: string, calendar?: Calendar): void {
  const refs = new Set([...set.proposals, ...set.stages, ...set.decisions].map((item) => item.ref));
  for (const ref of refs) {
    const proposal = resolveProposal(draft, ref);
    if (!proposal) continue;
    const replay = replayRecord(proposal, replayContext(draft, proposal, today, calendarOr(calendar)));
    if (replay.problem) throw new UserError(`${replay.problem.message}${atFault(set, ref, replay.problem.message)}`, replay.problem.hint);
    if (replay.state.stage === undefined) delete proposal.stage;
    else proposal.stage = replay.state.stage;
  }
}

/** The sentences of the document about the refused proposal: those dated as the problem is, else all of them. */
function atFault(set: ChangeSet, ref: string, message: string): string {
  const items = [...set.stages.filter((s) => !s.planned), ...set.decisions].filter((i) => i.ref === ref);
  const dated = items.filter((i) => message.includes(formatDate(i.on)));
  const quoted = (dated.length ? dated : items).map((i) => `"${i.sentence}" (${i.source.file}:${i.source.line})`);
  return quoted.length ? ` The document says: ${[...new Set(quoted)].join('; ')}.` : '';
}
