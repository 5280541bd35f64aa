import type { Proposal } from '../../storage/schema';
import { stageOf } from './queries/stage-of';
import { readyToConvert } from './queries/readiness';
import { deciderForPath, isDraftProposal, S } from './transition-rules';

/** The usual next step the process rules accept, for "Convert", "Advance" and decision buttons. */
export type NextStep = { kind: 'convert' } | { kind: 'advance'; stage: string } | { kind: 'decide'; body: string };

export function nextStep(p: Proposal): NextStep | undefined {
  const stage = stageOf(p.stage).name;
  // A conversion the CSC has not agreed needs a reason, so no button offers it.
  if (isDraftProposal(p)) return stage === S.development && readyToConvert(p) ? { kind: 'convert' } : undefined;
  const decider = deciderForPath(p.path);
  switch (stage) {
    case S.converted:
      return decider === 'Panel' ? { kind: 'decide', body: 'Panel' } : { kind: 'advance', stage: S.refinement };
    case S.refinement:
      return { kind: 'advance', stage: S.report };
    case S.report:
      return decider === 'Panel' ? { kind: 'decide', body: 'Panel' } : { kind: 'advance', stage: S.changeBoard };
    case S.changeBoard:
      return decider === 'Authority' ? { kind: 'advance', stage: S.authority } : { kind: 'decide', body: decider ?? 'Change Board' };
    case S.authority:
      return { kind: 'decide', body: 'Authority' };
    case S.pending:
      return { kind: 'advance', stage: S.implemented };
    default:
      return undefined;
  }
}
