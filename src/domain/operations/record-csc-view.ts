import { UserError } from '../../core/errors';
import type { Proposal, StoreData } from '../../../storage/schema';
import { requireFactDate } from '../fact-dates';
import { typedStage } from '../lifecycle';
import { isDraftProposal } from '../transition-rules';
import { requireProposal } from './find';
import type { OperationMeta } from './meta';
import { addCommitteeDecision } from './record-committee-view';
import { requireIsoDate } from './validate';

export interface CscViewInput {
  ref: string;
  /** True: ready to convert; false: further development is required. */
  ready: boolean;
  /** The route the CSC recommends to the Panel: Refinement Process, Report Phase or Fast-Track. */
  route?: string;
  on?: string;
  text?: string;
}

/** The CSC's view of a Draft Proposal's problem statement: what `convert` and "ready to convert" go by. */
export function recordCscView(draft: StoreData, input: CscViewInput, meta: OperationMeta): { proposal: Proposal; outcome: string; on: string } {
  const proposal = requireProposal(draft, input.ref);
  if (!isDraftProposal(proposal)) throw new UserError(`${proposal.ref} is a Modification Proposal: the CSC's view on conversion is recorded on a Draft Proposal.`, `See its record: history ${proposal.ref}`);
  const on = requireIsoDate(input.on ?? meta.today, 'The date of the CSC meeting');
  requireFactDate(proposal, on, meta.today, 'The date of the CSC meeting');
  const route = input.route ? (/fast/i.test(input.route) ? 'Fast-Track' : typedStage(input.route, `csc ${proposal.ref} ready route "STAGE"`).name) : undefined;
  const outcome = input.ready ? `Ready to convert${route ? `; recommended route: ${route}` : ''}` : 'Further development required';
  addCommitteeDecision(draft, proposal, { body: 'CSC', outcome, on, text: input.text?.trim() || outcome }, meta);
  return { proposal, outcome, on };
}
