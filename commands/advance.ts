import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import { formatDate } from '../src/domain/dates';
import { nextStep } from '../src/domain/next-step';
import { advanceStage, type StageChange } from '../src/domain/operations';
import type { Reply, ReplyButton } from '../src/core/reply';
import { parseProposalRef } from '../src/domain/references';
import { stageOf } from '../src/domain/queries/stage-of';
import type { Proposal } from '../storage/schema';
import { audienceLine, transactWithEvents } from './support/announce';
import { metaFor, userDate } from './support/write-meta';
import { indexOfKeyword, rejectLeftovers, takeKeywordDate, takeProposalRef } from './support/write-words';

const usage = 'advance REF STAGE [on DATE] [reason "WHY"] [note TEXT] · advance REF STAGE [on DATE] correct "REASON" · advance REF new stage "NAME"';
const example = 'advance MP095 Refinement Process on 28 Jun 2023 note Panel agreed the route';

interface AdvanceArgs {
  ref: string;
  stage: string;
  newStage: boolean;
  on?: string;
  note?: string;
  correction?: string;
  reason?: string;
}

export const advanceCommand = defineCommand({
  name: 'advance',
  group: 'Proposals',
  summary: 'Move a proposal to its next stage under the SEC process rules (a send-back or reopening says why); or correct a wrong stage entry.',
  usage,
  examples: [
    example,
    'advance MP167B cb',
    'advance MP167B Refinement Process reason "the Panel sent the report back"',
    'advance MP167B new stage "Panel pause" note waiting for the Panel',
    'advance MP167B "Change Board" on 20 Sep 2023 correct "the vote was on the 20th"',
  ],
  access: 'change',
  parse(args): AdvanceArgs {
    const words = [...args];
    const ref = takeProposalRef(words, 'the proposal reference and the stage', example);
    const newStage = words.length >= 2 && words[0]!.toLowerCase() === 'new' && words[1]!.toLowerCase() === 'stage';
    if (newStage) words.splice(0, 2);
    const end = indexOfKeyword(words, ['on', 'note', 'correct', 'reason']);
    const stage = words.splice(0, end === -1 ? words.length : end).join(' ');
    if (!stage) throw new UserError(`Missing the stage to move ${ref} to.`, `For example: advance ${ref} Refinement Process`);
    return { ref, stage, newStage, ...readTail(words) };
  },
  async run(args, ctx) {
    const input = { ...args, on: userDate(ctx, args.on) };
    const { result, events } = await transactWithEvents(ctx, (draft) => advanceStage(draft, input, metaFor(ctx, 'advance')));
    return toReply(result, args.ref, audienceLine(ctx, events, result.on, result.proposal.ref));
  },
});

/** `on DATE`, `correct REASON` and `reason WHY` (each up to the next keyword), then `note TEXT` (to the end, so it may contain "on"). */
function readTail(words: string[]): { on?: string; note?: string; correction?: string; reason?: string } {
  const result: { on?: string; note?: string; correction?: string; reason?: string } = {};
  while (words.length && words[0]!.toLowerCase() !== 'note') {
    const before = words.length;
    result.on ??= takeKeywordDate(words, 'on', example);
    for (const key of ['correct', 'reason'] as const) {
      if (words[0]?.toLowerCase() !== key) continue;
      words.shift();
      const end = indexOfKeyword(words, ['note', 'on', 'correct', 'reason'].filter((k) => k !== key));
      const text = words.splice(0, end === -1 ? words.length : end).join(' ');
      if (!text) throw new UserError(`"${key}" needs ${key === 'correct' ? 'the reason for the correction' : 'the reason'}.`, key === 'correct' ? 'For example: advance MP167B "Change Board" on 20 Sep 2023 correct "the vote was on the 20th"' : 'For example: advance MP167B "Refinement Process" reason "the Panel sent the report back"');
      result[key === 'correct' ? 'correction' : 'reason'] = text;
    }
    if (words.length === before) break;
  }
  if (words[0]?.toLowerCase() === 'note') {
    words.shift();
    result.note = words.splice(0).join(' ');
    if (!result.note) throw new UserError('"note" needs some text.', `For example: ${example}`);
  }
  rejectLeftovers(words, example);
  return result;
}

function toReply(change: StageChange, typed: string, audience: string): Reply {
  const p = change.proposal;
  const renamed = parseProposalRef(typed)?.ref !== p.ref ? [`${typed} is now ${p.ref}.`] : [];
  const corrected = change.corrected;
  return {
    kind: 'success',
    title: corrected ? `${p.ref}: record corrected` : `${p.ref} moved to ${change.to}`,
    text: corrected ? `${p.title}: the record said ${corrected.was}; it now says ${corrected.now}. Stage now: ${stageOf(p.stage).name}.` : `${p.title}: from ${stageOf(change.from).name} to ${change.to} on ${formatDate(change.on)}.`,
    fields: change.warnings.map((w) => ({ label: 'Warning', value: w })),
    buttons: [
      { label: 'Status', actionId: 'proposal.status', command: `status ${p.ref}` },
      { label: 'History', actionId: 'proposal.history', command: `history ${p.ref}` },
      ...nextButtons(p),
    ],
    context: [...renamed, corrected ? 'A correction: kept in history (with its reason), not announced. Undo it with: undo' : audience],
  };
}

/** The next step the process rules accept: a decision at a vote, otherwise the usual next stage. */
function nextButtons(p: Proposal): ReplyButton[] {
  const step = nextStep(p);
  if (step?.kind === 'decide') {
    return (['approved', 'rejected'] as const).map((outcome) => ({
      label: `${outcome === 'approved' ? 'Approved' : 'Rejected'} by ${step.body}`,
      actionId: 'proposal.decide',
      command: `decide ${p.ref} ${outcome} by ${step.body}`,
      confirm: `Record that the ${step.body} ${outcome} ${p.ref} today?`,
      ...(outcome === 'rejected' ? { style: 'danger' as const } : {}),
    }));
  }
  if (step?.kind === 'convert') return [{ label: 'Convert to MP', actionId: 'proposal.convert', command: `convert ${p.ref}`, confirm: `Convert ${p.ref} to a Modification Proposal?` }];
  return step ? [{ label: `Advance to ${step.stage}`, actionId: 'proposal.advance', command: `advance ${p.ref} ${step.stage}` }] : [];
}
