import { defineCommand } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import { formatDate } from '../src/domain/dates';
import { convertProposal, type Conversion } from '../src/domain/operations';
import { stageOf } from '../src/domain/queries/stage-of';
import { audienceLine, transactWithEvents } from './support/announce';
import { metaFor, userDate } from './support/write-meta';
import { rejectLeftovers, takeKeywordDate, takeProposalRef, takeText } from './support/write-words';

const usage = 'convert DPnnn [on DATE] [reason "WHY"]';
const example = 'convert DP095 on 25 Feb 2020';

export const convertCommand = defineCommand({
  name: 'convert',
  group: 'Proposals',
  summary: 'Convert a Draft Proposal to a Modification Proposal with the same number (DP096 → MP096), keeping its history; without the CSC\'s agreement, say why.',
  usage,
  examples: ['convert DP095', example, 'convert DP096 reason "the Panel directed it to the Report Phase"'],
  access: 'change',
  parse(args) {
    const words = [...args];
    const ref = takeProposalRef(words, 'the Draft Proposal reference', 'convert DP096');
    let on: string | undefined;
    let reason: string | undefined;
    while (words.length) {
      const before = words.length;
      on ??= takeKeywordDate(words, 'on', example);
      if (words[0]?.toLowerCase() === 'reason') reason = takeText(words, ['on'], 'convert DP096 reason "the Panel directed it"');
      if (words.length === before) rejectLeftovers(words, example);
    }
    return { ref, on, reason };
  },
  async run(args, ctx) {
    const input = { ref: args.ref, on: userDate(ctx, args.on), reason: args.reason };
    const { result, events } = await transactWithEvents(ctx, (draft) => convertProposal(draft, input, metaFor(ctx, 'convert')));
    return toReply(result, audienceLine(ctx, events, result.proposal.stageHistory.at(-1)!.on, result.proposal.ref));
  },
});

function toReply(c: Conversion, audience: string): Reply {
  const p = c.proposal;
  const moved = c.repointed.actions + c.repointed.consultations;
  const on = p.stageHistory[p.stageHistory.length - 1]!.on;
  return {
    kind: 'success',
    title: `${c.draftRef} is now ${p.ref}: ${p.title}`,
    text: `Converted to a Modification Proposal on ${formatDate(on)}. Its history and decisions are kept; "${c.draftRef}" still finds it.`,
    fields: [
      { label: 'Stage', value: stageOf(p.stage).name },
      { label: 'Was', value: `${c.from} (${c.draftRef})` },
      ...(moved ? [{ label: 'Now pointing at ' + p.ref, value: `${c.repointed.actions} action(s), ${c.repointed.consultations} consultation(s)` }] : []),
      ...c.warnings.map((w) => ({ label: 'Warning', value: w })),
    ],
    context: [audience],
    buttons: [
      { label: 'Status', actionId: 'proposal.status', command: `status ${p.ref}` },
      { label: 'Advance to Refinement Process', actionId: 'proposal.advance', command: `advance ${p.ref} Refinement Process` },
      { label: 'Advance to Report Phase', actionId: 'proposal.advance', command: `advance ${p.ref} Report Phase` },
    ],
  };
}
