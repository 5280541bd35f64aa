import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import { formatDate } from '../src/domain/dates';
import { nextStage } from '../src/domain/lifecycle';
import { advanceStage, CONVERTED_STAGE, type StageChange } from '../src/domain/operations';
import type { Reply, ReplyButton } from '../src/core/reply';
import { parseProposalRef } from '../src/domain/references';
import { metaFor, userDate } from './support/write-meta';
import { indexOfKeyword, rejectLeftovers, takeKeywordDate, takeProposalRef } from './support/write-words';

const usage = 'advance REF STAGE [on DATE] [note TEXT]';
const example = 'advance MP096 Refinement Process on 28 Jun 2023 note Panel agreed the route';

const VOTING_STAGES = ['Change Board', 'Authority Determination'];

interface AdvanceArgs {
  ref: string;
  stage: string;
  on?: string;
  note?: string;
}

export const advanceCommand = defineCommand({
  name: 'advance',
  group: 'Proposals',
  summary: 'Move a proposal to another stage; the stage history keeps the date, who and why.',
  usage,
  examples: [example, 'advance MP167B report', 'advance DP096 "Development Stage" note back for more work'],
  access: 'change',
  parse(args): AdvanceArgs {
    const words = [...args];
    const ref = takeProposalRef(words, 'the proposal reference and the stage', example);
    const end = indexOfKeyword(words, ['on', 'note']);
    const stage = words.splice(0, end === -1 ? words.length : end).join(' ');
    if (!stage) throw new UserError(`Missing the stage to move ${ref} to.`, `For example: advance ${ref} Refinement Process`);
    return { ref, stage, ...readOnAndNote(words) };
  },
  async run(args, ctx) {
    const input = { ...args, on: userDate(ctx, args.on) };
    return toReply(await ctx.transact((draft) => advanceStage(draft, input, metaFor(ctx, 'advance'))), args.ref);
  },
});

/** `on DATE` then `note TEXT` (the note runs to the end, so it may contain "on"). */
function readOnAndNote(words: string[]): { on?: string; note?: string } {
  const result: { on?: string; note?: string } = { on: takeKeywordDate(words, 'on', example) };
  if (words[0]?.toLowerCase() === 'note') {
    words.shift();
    result.note = words.splice(0).join(' ');
    if (!result.note) throw new UserError('"note" needs some text.', `For example: ${example}`);
  }
  rejectLeftovers(words, example);
  return result;
}

function toReply(change: StageChange, typed: string): Reply {
  const p = change.proposal;
  const renamed = parseProposalRef(typed)?.ref !== p.ref ? [`${typed} is now ${p.ref}.`] : [];
  return {
    kind: 'success',
    title: `${p.ref} moved to ${change.to}`,
    text: `${p.title}: from ${change.from} to ${change.to} on ${formatDate(change.on)}.`,
    fields: change.warnings.map((w) => ({ label: 'Warning', value: w })),
    buttons: [
      { label: 'Status', actionId: 'proposal.status', command: `status ${p.ref}` },
      { label: 'History', actionId: 'proposal.history', command: `history ${p.ref}` },
      ...nextButtons(p.ref, p.stage),
    ],
    context: [...renamed, 'Subscribed channels are told about the stage change.'],
  };
}

/** At a vote, the next step is a decision; otherwise the usual next stage. */
function nextButtons(ref: string, stage: string): ReplyButton[] {
  if (VOTING_STAGES.includes(stage)) {
    const body = stage === 'Change Board' ? 'Change Board' : 'Authority';
    return (['approved', 'rejected'] as const).map((outcome) => ({
      label: `${outcome === 'approved' ? 'Approved' : 'Rejected'} by ${body}`,
      actionId: 'proposal.decide',
      command: `decide ${ref} ${outcome} by ${body}`,
      confirm: `Record that the ${body} ${outcome} ${ref} today?`,
      ...(outcome === 'rejected' ? { style: 'danger' as const } : {}),
    }));
  }
  const next = nextStage(stage);
  if (next === CONVERTED_STAGE) return [{ label: 'Convert to MP', actionId: 'proposal.convert', command: `convert ${ref}`, confirm: `Convert ${ref} to a Modification Proposal?` }];
  return next ? [{ label: `Advance to ${next}`, actionId: 'proposal.advance', command: `advance ${ref} ${next}` }] : [];
}
