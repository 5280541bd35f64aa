import { UserError } from '../../core/errors';
import type { Calendar } from '../../core/ports';
import type { Consultation, Proposal, StoreData } from '../../../storage/schema';
import { draftArrayView } from '../../../storage/draft';
import { replayContext } from './replay-context';
import { replayRecord } from './replay-record';

/**
 * After a change, before it is saved: replay the record of every proposal the change touched (directly, or
 * through one of its consultations) and refuse the whole change if any record became one the SEC process
 * cannot produce; otherwise set each touched proposal's stage to the one its record derives.
 */
export function settleRecords(draft: StoreData, today: string, calendar: Calendar): void {
  for (const proposal of touchedProposals(draft)) {
    const replay = replayRecord(proposal, replayContext(draft, proposal, today, calendar));
    if (replay.problem) throw new UserError(`Nothing was saved: ${replay.problem.message}`, replay.problem.hint);
    const stage = replay.state.stage;
    if (proposal.stage === stage) continue;
    if (stage === undefined) delete proposal.stage;
    else proposal.stage = stage;
  }
}

function touchedProposals(draft: StoreData): Proposal[] {
  const proposals = draftArrayView(draft.proposals);
  const consultations = draftArrayView(draft.consultations);
  const touched = new Set<Proposal>(proposals ? (written(proposals) as Proposal[]) : []);
  const refs = new Set<string>();
  if (consultations) {
    for (const c of written(consultations) as Consultation[]) refs.add(c.proposal);
    for (let i = consultations.first; i <= Math.min(consultations.last, consultations.base.length - 1); i++) {
      const was = consultations.base[i] as Consultation | undefined;
      if (was && was !== consultations.current[i]) refs.add(was.proposal);
    }
  }
  if (refs.size) for (const p of (proposals?.current ?? draft.proposals) as Proposal[]) if (refs.has(p.ref) || (p.draftRef && refs.has(p.draftRef))) touched.add(p);
  return [...touched];
}

/** Items at the written positions of a draft array that are not the base's own. */
function written(view: NonNullable<ReturnType<typeof draftArrayView>>): unknown[] {
  const items: unknown[] = [];
  for (let i = view.first; i <= Math.min(view.last, view.current.length - 1); i++) if (view.current[i] !== view.base[i] && view.current[i]) items.push(view.current[i]);
  return items;
}
