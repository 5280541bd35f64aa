import { UserError } from '../../core/errors';
import type { Calendar } from '../../core/ports';
import type { Consultation, Proposal, StoreData } from '../../../storage/schema';
import { draftArrayView, isDraft, isModifiedDraft } from '../../../storage/draft';
import { replayContext } from './replay-context';
import { replayRecord } from './replay-record';

/**
 * After a change, before it is saved: replay the record of every proposal the change touched (directly, or
 * through one of its consultations) and refuse the whole change if any record became one the SEC process
 * cannot produce; otherwise set each touched proposal's stage to the one its record derives.
 */
export function settleRecords(draft: StoreData, today: string, calendar: Calendar): string[] {
  const warnings: string[] = [];
  for (const proposal of touchedProposals(draft)) {
    const ctx = replayContext(draft, proposal, today, calendar);
    const replay = replayRecord(proposal, ctx);
    if (replay.problem) throw new UserError(`Nothing was saved: ${replay.problem.message}${sourceOf(replay.problem.step)}`, replay.problem.hint);
    warnings.push(...replay.warnings.filter((w) => !said(w, proposal, ctx)));
    const stage = replay.state.stage;
    if (proposal.stage === stage) continue;
    if (stage === undefined) delete proposal.stage;
    else proposal.stage = stage;
  }
  return warnings;
}

/** A warning the record gave before this change too (an old send-back) is not news to the person making it. */
function said(warning: string, proposal: Proposal, ctx: ReturnType<typeof replayContext>): boolean {
  const before = baseOf(proposal);
  return !!before && replayRecord(before, ctx).warnings.includes(warning);
}

/** What a document stated, named in a refusal, so the sentence at fault can be found. */
function sourceOf(step: { entry: { source: string } } | undefined): string {
  return step && /^import /.test(step.entry.source) ? ` (stated in ${step.entry.source.replace(/^import /, '')})` : '';
}

let bases = new WeakMap<object, Proposal>();

/** The proposal as it was before this change, when the change edited an existing one. */
const baseOf = (proposal: Proposal): Proposal | undefined => bases.get(proposal);

function touchedProposals(draft: StoreData): Proposal[] {
  bases = new WeakMap();
  const proposals = draftArrayView(draft.proposals);
  const consultations = draftArrayView(draft.consultations);
  const touched = new Set<Proposal>(proposals ? (written(proposals, bases) as Proposal[]) : []);
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

/** Items at the written positions of a draft array that the transaction changed or added (not those it only read). */
function written(view: NonNullable<ReturnType<typeof draftArrayView>>, before?: WeakMap<object, Proposal>): unknown[] {
  const items: unknown[] = [];
  for (let i = view.first; i <= Math.min(view.last, view.current.length - 1); i++) {
    const item = view.current[i];
    if (!item || item === view.base[i] || (isDraft(item) && !isModifiedDraft(item))) continue;
    items.push(item);
    if (isDraft(item) && view.base[i]) before?.set(item as object, view.base[i] as Proposal);
  }
  return items;
}
