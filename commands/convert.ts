import { defineCommand } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import { formatDate } from '../src/domain/dates';
import { convertProposal, type Conversion } from '../src/domain/operations';
import { audienceLine, transactWithEvents } from './support/announce';
import { metaFor, userDate } from './support/write-meta';
import { rejectLeftovers, takeKeywordDate, takeProposalRef } from './support/write-words';

const usage = 'convert DPnnn [on DATE]';
const example = 'convert DP096 on 25 Feb 2020';

export const convertCommand = defineCommand({
  name: 'convert',
  group: 'Proposals',
  summary: 'Convert a Draft Proposal to a Modification Proposal with the same number (DP096 → MP096), keeping its history.',
  usage,
  examples: ['convert DP096', example],
  access: 'change',
  parse(args) {
    const words = [...args];
    const ref = takeProposalRef(words, 'the Draft Proposal reference', 'convert DP096');
    const on = takeKeywordDate(words, 'on', example);
    rejectLeftovers(words, example);
    return { ref, on };
  },
  async run(args, ctx) {
    const input = { ref: args.ref, on: userDate(ctx, args.on) };
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
      { label: 'Stage', value: p.stage },
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
