import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply } from '../src/core/reply';
import { formatDate } from '../src/domain/dates';
import { recordDecision, type DecisionOutcome, type DecisionResult } from '../src/domain/operations';
import { audienceLine, transactWithEvents } from './support/announce';
import { metaFor, userDate } from './support/write-meta';
import { indexOfKeyword, rejectLeftovers, takeKeywordDate, takeProposalRef, takeWord } from './support/write-words';
import { own } from '../src/core/own';
import { editDistance } from '../src/core/suggest';
import { stageOf } from '../src/domain/queries/stage-of';

const usage = 'decide REF approved|rejected [by BODY] [on DATE] [correct "REASON"]';
const example = 'decide MP167B approved by Change Board on 25 Oct 2023';
const OUTCOMES: Record<string, DecisionOutcome> = { approved: 'approved', approve: 'approved', rejected: 'rejected', reject: 'rejected' };

interface DecideArgs {
  ref: string;
  outcome: DecisionOutcome;
  by?: string;
  on?: string;
  correction?: string;
}

export const decideCommand = defineCommand({
  name: 'decide',
  group: 'Proposals',
  summary: 'Record the decision on a Modification Proposal by the body that decides its path (default: that body, or the Change Board); the stage follows.',
  usage,
  examples: [example, 'decide MP167B rejected on 2023-09-20', 'decide MP167B rejected correct "the minutes record a rejection"'],
  access: 'change',
  parse(args): DecideArgs {
    const words = [...args];
    const ref = takeProposalRef(words, 'the proposal reference and the decision', example);
    const word = takeWord(words, 'the decision (approved or rejected)', `decide ${ref} approved`);
    const outcome = own(OUTCOMES, word.toLowerCase());
    if (!outcome) {
      const near = Object.keys(OUTCOMES).find((o) => editDistance(o, word.toLowerCase()) <= 2);
      throw new UserError(`"${word}" is not a decision${near ? `. Did you mean ${OUTCOMES[near]}?` : ': use approved or rejected.'}`, `For example: decide ${ref} ${near ? OUTCOMES[near] : 'approved'}${words.length ? ` ${words.join(' ')}` : ''}`);
    }
    const parsed: DecideArgs = { ref, outcome };
    while (words.length) {
      const before = words.length;
      parsed.on ??= takeKeywordDate(words, 'on', example);
      if (words[0]?.toLowerCase() === 'by') parsed.by = takeBody(words);
      if (words[0]?.toLowerCase() === 'correct') parsed.correction = takeReason(words);
      if (words.length === before) rejectLeftovers(words, example);
    }
    return parsed;
  },
  async run(args, ctx) {
    const input = { ...args, on: userDate(ctx, args.on) };
    const { result, events } = await transactWithEvents(ctx, (draft) => recordDecision(draft, input, metaFor(ctx, 'decide')));
    return toReply(result, result.replaced ? 'A correction: kept in history (with its reason), not announced. Undo it with: undo' : audienceLine(ctx, events, result.decision.on, result.proposal.ref));
  },
});

/** `by Change Board` (several words, up to `on`). */
function takeBody(words: string[]): string {
  words.shift();
  const end = indexOfKeyword(words, ['on', 'correct']);
  const body = words.splice(0, end === -1 ? words.length : end).join(' ');
  return body || takeWord([], 'the body after "by"', example);
}

/** `correct "the reason"` (up to `on` or `by`): a correction of the record, audited. */
function takeReason(words: string[]): string {
  words.shift();
  const end = indexOfKeyword(words, ['on', 'by']);
  const reason = words.splice(0, end === -1 ? words.length : end).join(' ');
  if (!reason) throw new UserError('"correct" needs the reason for the correction.', 'For example: decide MP167B rejected correct "the minutes record a rejection"');
  return reason;
}

function toReply(result: DecisionResult, audience: string): Reply {
  const { proposal: p, decision: d, stageChange, warnings } = result;
  return {
    kind: 'success',
    title: result.replaced ? `${p.ref}: decision corrected` : `${p.ref} ${d.outcome.toLowerCase()} by the ${d.body.replace(/^the /, '')}`,
    text: result.replaced ? `${p.title}: the record said ${result.replaced}; it now says ${d.outcome} by ${d.body} on ${formatDate(d.on)}.` : `${p.title}. Decision recorded for ${formatDate(d.on)}.`,
    fields: [
      { label: 'Stage', value: stageChange && stageChange.from !== stageChange.to ? `${stageOf(stageChange.from).name} → ${stageChange.to}` : `${stageOf(p.stage).name} (unchanged)` },
      ...(d.text ? [{ label: 'Note', value: d.text }] : []),
      ...warnings.map((w) => ({ label: 'Warning', value: w })),
    ],
    buttons: [
      { label: 'Status', actionId: 'proposal.status', command: `status ${p.ref}` },
      { label: 'History', actionId: 'proposal.history', command: `history ${p.ref}` },
    ],
    context: [audience],
  };
}
