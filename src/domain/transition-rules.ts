import type { Proposal } from '../../storage/schema';
import { formatDate } from './dates';
import { normaliseStage } from './lifecycle';
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
const mpRefOf = (ref: string): string => ref.replace(/^DP/, 'MP');

/** May the proposal move to `target` (a canonical stage name, or a new stage the caller asked for)? */
export function checkStageMove(p: Proposal, target: string): Verdict {
  const current = normaliseStage(p.stage);
  if (target.toLowerCase() === current.name.toLowerCase()) return refuse(`${p.ref} is already in ${current.name}.`, `See its history with: history ${p.ref}.`);
  return isDraftProposal(p) ? draftMove(p, target) : modificationMove(p, target);
}

/** A Draft Proposal stays in the Development Stage until it is converted, withdrawn or closed. */
function draftMove(p: Proposal, target: string): Verdict {
  if (target === S.converted) return refuse(`Use "convert ${p.ref}" to turn a Draft Proposal into a Modification Proposal.`, `convert ${p.ref} keeps the number and the history.`);
  if (target === S.withdrawn || target === S.rejected) return pass();
  if (target === S.development) return pass(`${p.ref} was ${p.stage}; it is back in the Development Stage.`);
  return refuse(
    `${p.ref} is a Draft Proposal: ${target} belongs to Modification Proposals, so convert ${p.ref} first.`,
    `convert ${p.ref}, then: advance ${mpRefOf(p.ref)} "${target}"`,
  );
}

const AFTER_REPORT: readonly string[] = [S.changeBoard, S.authority];
const ENDED: readonly string[] = [S.implemented, S.rejected, S.withdrawn];

function modificationMove(p: Proposal, target: string): Verdict {
  const from = normaliseStage(p.stage).name;
  const correct = `If the record is wrong, correct it: advance ${p.ref} "${target}" correct "the reason"`;
  if (ENDED.includes(from)) return refuse(`${p.ref} is ${from}: its process has ended.`, correct);
  if (target === S.development) return refuse(`${p.ref} is a Modification Proposal: it never returns to the Development Stage.`, `To send it back for more work: advance ${p.ref} "Refinement Process"; to end it: advance ${p.ref} Withdrawn.`);
  if (target === S.converted) return refuse(`${p.ref} was already converted to a Modification Proposal.`, `Move it on: advance ${p.ref} "Refinement Process" or advance ${p.ref} "Report Phase".`);
  if (target === S.withdrawn) return pass();
  if (target === S.rejected) return refuse(`A rejection is a decision.`, `Record it: decide ${p.ref} rejected by ${decidingBodyHint(p)}`);
  if (from === S.pending && target !== S.implemented) {
    return refuse(`${p.ref} is Pending Implementation: it was approved, and moving it to ${target} would contradict that decision.`, correct);
  }
  return forwardRule(p, from, target);
}

/** The normal flow, with SECAS's legitimate backward moves allowed and said out loud. */
function forwardRule(p: Proposal, from: string, target: string): Verdict {
  const known = normaliseStage(from).known;
  const back = (why: string): Verdict => pass(`This moves ${p.ref} back from ${from} to ${target} (${why}).`);
  switch (target) {
    case S.refinement:
      return [S.report, ...AFTER_REPORT].includes(from) ? back('the report is sent back to Refinement') : pass();
    case S.report:
      return AFTER_REPORT.includes(from) ? back('the report goes back for another look') : pass();
    case S.changeBoard:
      if (from === S.authority) return back('a second Change Board vote');
      return from === S.report || !known ? pass() : refuse(`${p.ref} is in ${from}: the Change Board votes after the Report Phase.`, `advance ${p.ref} "Report Phase" first.`);
    case S.authority:
      if (selfGoverned(p)) return refuse(`${p.ref} is ${p.path}: the ${decidingBodyHint(p)} decides, not the Authority.`, `Record the decision: decide ${p.ref} approved by ${decidingBodyHint(p)}`);
      return ([S.report, S.changeBoard] as string[]).includes(from) || !known ? pass() : refuse(`${p.ref} is in ${from}: the Authority determines a proposal after the Report Phase.`, `advance ${p.ref} "Report Phase" first.`);
    case S.pending:
      return standingApproval(p) ? pass() : refuse(`${p.ref} has no approval: Pending Implementation follows an approval.`, `Record it: decide ${p.ref} approved by ${decidingBodyHint(p)}`);
    case S.implemented:
      if (from === S.pending) return pass();
      return refuse(`${p.ref} is in ${from}: Implemented follows Pending Implementation (an approval).`, standingApproval(p) ? `advance ${p.ref} "Pending Implementation" first.` : `First record the approval: decide ${p.ref} approved by ${decidingBodyHint(p)}`);
    default:
      return pass(`"${target}" is a new stage, not one of SECAS's; it was recorded because you asked for a new stage.`);
  }
}

/** Self-Governance (Path 3) and Fast-Track proposals are not determined by the Authority. */
function selfGoverned(p: Proposal): boolean {
  return /self[- ]?governance|path\s*3|fast[- ]?track/i.test(p.path ?? '');
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
