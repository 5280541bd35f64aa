import type { Calendar } from '../../core/ports';
import type { Proposal, StoreData } from '../../../storage/schema';
import { childRefsOf, proposalWithRef } from '../queries/proposal-index';
import { consultationsOf } from '../queries/consultations';
import { releaseFor } from '../queries/release-for';
import { byCodePoint } from '../code-point-order';
import type { ReplayContext } from './record-state';

/** The facts around a proposal's record that its replay checks it against (consultations, release, split). */
export function replayContext(data: Readonly<StoreData>, p: Proposal, today: string, calendar: Calendar): ReplayContext {
  const refs = [...new Set([p.ref, ...(p.draftRef ? [p.draftRef] : [])])];
  const release = releaseFor(data, p.targetRelease);
  const parts = [...new Set([...p.children, ...childRefsOf(data, p.ref)])].sort(byCodePoint);
  const partDates = parts.map((ref) => proposalWithRef(data, ref)).flatMap((c) => (c ? [c.raisedOn, c.stageHistory[0]?.on] : [])).filter((d): d is string => !!d);
  // The parent's own "Split into …" entry dates the split; failing that, the first date a part is recorded.
  const splitOn = parts.length ? (p.stageHistory.find((e) => /^split\b/i.test(e.stage))?.on ?? partDates.sort(byCodePoint)[0]) : undefined;
  const parent = p.parent ? proposalWithRef(data, p.parent) : undefined;
  const parentSplitOn = parent?.stageHistory.find((e) => /^split\b/i.test(e.stage))?.on;
  return {
    ref: p.ref,
    ...(parent && parentSplitOn ? { partOf: { ref: parent.ref, on: parentSplitOn } } : {}),
    ...(p.draftRef ? { draftRef: p.draftRef } : {}),
    ...(p.path ? { path: p.path } : {}),
    ...(p.raisedOn ? { raisedOn: p.raisedOn } : {}),
    today,
    calendar,
    ...(release ? { release } : {}),
    consultations: refs.flatMap((ref) => consultationsOf(data, ref)),
    ...(splitOn ? { splitOn, splitInto: parts } : {}),
  };
}
