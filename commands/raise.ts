import { ArgReader } from '../src/core/args';
import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply } from '../src/core/reply';
import { committeeName } from '../src/domain/committees';
import { formatDate } from '../src/domain/dates';
import { raiseProposal, type RaiseProposalInput } from '../src/domain/operations';
import type { Proposal } from '../storage/schema';
import { audienceLine, transactWithEvents } from './support/announce';
import { metaFor } from './support/write-meta';
import { takeListOption, takeProposalRef } from './support/write-words';

const usage = 'raise DPnnn "Title" [proposer "Name"] [org "Organisation"] [category "Large Supplier"] [analyst "Name"] [committees OPSG,TABASC] [summary "..."]';
const example = 'raise DP120 "Alert routing for DNOs" proposer "Gemma Slaney" org "UK Power Networks" category "Electricity Network Party"';

export const raiseCommand = defineCommand({
  name: 'raise',
  group: 'Proposals',
  summary: 'Register a new Draft Proposal (Development Stage) and tell the committees that see new DPs.',
  usage,
  examples: [example, 'raise DP121 "Clarify SMKI recovery" committees "SMKI PMA",SSC analyst "Jordan Crase"'],
  access: 'change',
  parse(args): RaiseProposalInput {
    const words = [...args];
    const committees = takeListOption(words, ['committees', 'committee', '--committees']);
    const r = new ArgReader(words, usage);
    const proposer = { name: r.option('proposer'), organisation: r.option('org') ?? r.option('organisation'), category: r.option('category') };
    const leadAnalyst = r.option('analyst') ?? r.option('lead');
    const summary = r.option('summary');
    const rest = [...r.remaining];
    const ref = takeProposalRef(rest, 'the Draft Proposal reference and title', example);
    const title = rest.join(' ').trim();
    if (!title) throw new UserError(`The title of ${ref} is missing.`, `For example: ${example}`);
    return { ref, title, summary, leadAnalyst, committees, proposer };
  },
  async run(input, ctx) {
    const { result, events } = await transactWithEvents(ctx, (draft) => raiseProposal(draft, input, metaFor(ctx, 'raise')));
    return toReply(result, audienceLine(ctx, events, result.raisedOn!, result.ref));
  },
});

function toReply(p: Proposal, audience: string): Reply {
  const names = p.committees.map(committeeName);
  const proposer = [p.proposer?.name, p.proposer?.organisation, p.proposer?.category].filter(Boolean).join(', ');
  return {
    kind: 'success',
    title: `Raised ${p.ref}: ${p.title}`,
    text: `It is in the ${p.stage}, shown to: ${names.join('; ')}. ${audience}`,
    fields: [
      { label: 'Stage', value: `${p.stage} since ${formatDate(p.raisedOn ?? p.stageHistory[0]!.on)}` },
      ...(proposer ? [{ label: 'Proposer', value: proposer }] : []),
      ...(p.leadAnalyst ? [{ label: 'Lead Analyst', value: p.leadAnalyst }] : []),
      { label: 'Committees', value: p.committees.join(', ') },
    ],
    buttons: [
      { label: 'Status', actionId: 'proposal.status', command: `status ${p.ref}` },
      { label: 'Convert to MP', actionId: 'proposal.convert', command: `convert ${p.ref}`, confirm: `Convert ${p.ref} to a Modification Proposal?` },
    ],
  };
}
