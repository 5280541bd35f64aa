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
  for (const { proposal, before } of touchedProposals(draft)) {
    const ctx = replayContext(draft, proposal, today, calendar);
    const replay = replayRecord(proposal, ctx);
    if (replay.problem) throw new UserError(`Nothing was saved: ${replay.problem.message}${sourceOf(replay.problem.step)}`, replay.problem.hint);
    // A warning the record gave before this change too (an old send-back) is not news to the person making it.
    const old = before ? replayRecord(before, ctx).warnings : [];
    warnings.push(...replay.warnings.filter((w) => !old.includes(w)));
    const stage = replay.state.stage;
    if (proposal.stage === stage) continue;
    if (stage === undefined) delete proposal.stage;
    else proposal.stage = stage;
  }
  return warnings;
}

/** What a document stated, named in a refusal, so the sentence at fault can be found. */
function sourceOf(step: { entry: { source: string } } | undefined): string {
  return step && /^import /.test(step.entry.source) ? ` (stated in ${step.entry.source.replace(/^import /, '')})` : '';
}

type View = NonNullable<ReturnType<typeof draftArrayView>>;

/** Proposals the change wrote to (with how each was before), and those whose consultations it changed. */
function touchedProposals(draft: StoreData): { proposal: Proposal; before?: Proposal }[] {
  const proposals = draftArrayView(draft.proposals);
  const touched = new Map<Proposal, Proposal | undefined>(proposals ? written(proposals).map(({ item, before }) => [item as Proposal, before as Proposal | undefined]) : []);
  const refs = consultationRefs(draftArrayView(draft.consultations));
  if (refs.size) for (const p of (proposals?.current ?? draft.proposals) as Proposal[]) if (!touched.has(p) && (refs.has(p.ref) || (p.draftRef && refs.has(p.draftRef)))) touched.set(p, undefined);
  return [...touched].map(([proposal, before]) => (before ? { proposal, before } : { proposal }));
}

/** The proposals of consultations the change added, edited or removed. */
function consultationRefs(view: View | undefined): Set<string> {
  const refs = new Set<string>();
  if (!view) return refs;
  for (const { item, before } of written(view)) {
    refs.add((item as Consultation).proposal);
    if (before) refs.add((before as Consultation).proposal);
  }
  const last = Math.min(view.last, view.base.length - 1);
  const kept = new Set((view.current.slice(view.first, view.last + 1) as Consultation[]).map((c) => c?.id));
  for (let i = view.first; i <= last; i++) {
    const was = view.base[i] as Consultation;
    if (!kept.has(was.id)) refs.add(was.proposal);
  }
  return refs;
}

/** Items at the written positions of a draft array that the transaction changed or added (not those it only read). */
function written(view: View): { item: unknown; before?: unknown }[] {
  const items: { item: unknown; before?: unknown }[] = [];
  for (let i = view.first; i <= Math.min(view.last, view.current.length - 1); i++) {
    const item = view.current[i];
    if (!item || item === view.base[i] || (isDraft(item) && !isModifiedDraft(item))) continue;
    items.push(isDraft(item) && view.base[i] ? { item, before: view.base[i] } : { item });
  }
  return items;
}
