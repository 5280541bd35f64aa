import type { Proposal } from '../../storage/schema';
import { formatDate } from './dates';
import { stageOf } from './queries/stage-of';
import { parseProposalRef } from './references';
import { byCodePoint } from './code-point-order';

/*
 * The SEC process as rules, in one place: every path that changes a proposal's stage (typed commands,
 * buttons, forms, the importer) asks checkStageMove; decisions ask checkDecision (decision-rules.ts).
 * A refusal names the step that would work; a legitimate but unusual move passes with a warning.
 */

export type Verdict = { ok: true; warnings: string[] } | { ok: false; message: string; hint: string };

export const S = {
  development: 'Development Stage',
  converted: 'Converted to Modification Proposal',
  refinement: 'Refinement Process',
  report: 'Report Phase',
  changeBoard: 'Change Board',
  authority: 'Authority Determination',
  pending: 'Pending Implementation',
  implemented: 'Implemented',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
} as const;

export const pass = (...warnings: string[]): Verdict => ({ ok: true, warnings });
export const refuse = (message: string, hint: string): Verdict => ({ ok: false, message, hint });

export const isDraftProposal = (p: Pick<Proposal, 'ref'>): boolean => parseProposalRef(p.ref)?.kind === 'DP';

/**
 * The checks only a typed move needs (they name the command to use instead); whether the move fits the
 * proposal's whole record is decided by replaying it (src/domain/record) when the change is saved.
 */
export function checkStageMove(p: Proposal, target: string): Verdict {
  const current = stageOf(p.stage);
  if (target.toLowerCase() === current.name.toLowerCase()) return refuse(`${p.ref} is already in ${current.name}.`, `See its history with: history ${p.ref}.`);
  if (isDraftProposal(p)) {
    if (target === S.converted) return refuse(`Use "convert ${p.ref}" to turn a Draft Proposal into a Modification Proposal.`, `convert ${p.ref} keeps the number and the history.`);
    return pass();
  }
  if (target === S.converted) return refuse(`${p.ref} was already converted to a Modification Proposal.`, `Move it on: advance ${p.ref} "Refinement Process" or advance ${p.ref} "Report Phase".`);
  if (target === S.rejected) return refuse(`A rejection is a decision.`, `Record it: decide ${p.ref} rejected by ${decidingBodyHint(p)}`);
  if (target === S.pending && !standingApproval(p)) return refuse(`${p.ref} has no approval: Pending Implementation follows an approval.`, `Record it: decide ${p.ref} approved by ${decidingBodyHint(p)}`);
  return pass();
}

/** The latest decision by a deciding body is an approval. */
export function standingApproval(p: Proposal): { body: string; on: string } | undefined {
  const deciding = p.decisions.filter((d) => /change board|authority|panel/i.test(d.body) && /^(approved|rejected)$/i.test(d.outcome));
  const last = [...deciding].sort((a, b) => byCodePoint(a.on, b.on)).at(-1);
  return last && /^approved$/i.test(last.outcome) ? { body: last.body, on: last.on } : undefined;
}

/** "Change Board" for Self-Governance, "Authority" for Path 1/2, "Panel" for Fast-Track; else the Change Board. */
export function decidingBodyHint(p: Proposal): string {
  return deciderForPath(p.path) ?? 'Change Board';
}

/** The body that decides a path, or undefined when the path is not recorded (any deciding body then). */
export function deciderForPath(path: string | undefined): 'Change Board' | 'Authority' | 'Panel' | undefined {
  if (!path) return undefined;
  if (/fast[- ]?track/i.test(path)) return 'Panel';
  if (/self[- ]?governance|path\s*3/i.test(path)) return 'Change Board';
  if (/authority|path\s*[12]|urgent/i.test(path)) return 'Authority';
  return undefined;
}

export const describeDecision = (d: { outcome: string; body: string; on: string }): string => `${d.outcome.toLowerCase()} by the ${d.body.replace(/^the /, '')} on ${formatDate(d.on)}`;
