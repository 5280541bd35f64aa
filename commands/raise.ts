import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply } from '../src/core/reply';
import { committeeName } from '../src/domain/committees';
import { formatDate } from '../src/domain/dates';
import { raiseProposal, type RaiseProposalInput } from '../src/domain/operations';
import type { Proposal } from '../storage/schema';
import { audienceLine, transactWithEvents } from './support/announce';
import { metaFor } from './support/write-meta';
import { readTextAndOptions, type TextOption } from './support/text-and-options';
import { takeListValue, takeProposalRef } from './support/write-words';

const usage = 'raise DPnnn "Title" [proposer "Name"] [org "Organisation"] [category "Large Supplier"] [analyst "Name"] [committees OPSG,TABASC] [summary "..."]';
const RAISE_OPTIONS = {
  proposer: { keys: ['proposer'] },
  org: { keys: ['org', 'organisation', 'organization'] },
  category: { keys: ['category'] },
  analyst: { keys: ['analyst', 'lead'] },
  committees: { keys: ['committees', 'committee'], take: (tail: string[]) => takeListValue(tail, 'committees'), quote: false },
  summary: { keys: ['summary'] },
} satisfies Record<string, TextOption>;
const example = 'raise DP120 "Alert routing for DNOs" proposer "Gemma Slaney" org "UK Power Networks" category "Electricity Network Party"';

export const raiseCommand = defineCommand({
  name: 'raise',
  group: 'Proposals',
  summary: 'Register a new Draft Proposal (Development Stage) and tell the committees that see new DPs.',
  usage,
  examples: [example, 'raise DP121 "Clarify SMKI recovery" committees "SMKI PMA",SSC analyst "Jordan Crase"'],
  access: 'change',
  parse(args, typed): RaiseProposalInput {
    const words = [...args];
    const ref = takeProposalRef(words, 'the Draft Proposal reference and title', example);
    const refWords = typed.length - words.length;
    const prefix = `raise ${typed.slice(0, refWords).map((w) => w.raw).join(' ')}`;
    const { text, values } = readTextAndOptions(typed.slice(refWords), { what: 'title', prefix, usage, options: RAISE_OPTIONS });
    const title = text.trim();
    if (!title) throw new UserError(`The title of ${ref} is missing.`, `For example: ${example}`);
    const v = values as Partial<Record<keyof typeof RAISE_OPTIONS, string>> & { committees?: string[] };
    const proposer = { name: v.proposer, organisation: v.org, category: v.category };
    return { ref, title, summary: v.summary, leadAnalyst: v.analyst, committees: v.committees, proposer };
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
    ],
  };
}
