import { defineCommand, type CommandContext } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import type { TypedWord } from '../src/core/tokenize';
import { editProposal, PROPOSAL_FIELDS, type EditProposalInput } from '../src/domain/operations';
import { editReply } from './support/edit-reply';
import { readFieldEdits, type EditField } from './support/field-edits';
import { metaFor } from './support/write-meta';
import { takeProposalRef } from './support/write-words';

const USAGE = `proposal edit REF FIELD VALUE… (fields: ${PROPOSAL_FIELDS.join(', ')}; VALUE none clears)`;
const EXAMPLE = 'proposal edit DP096 title "DNO Power Outage and Restoration Alerts"';

const FIELDS: Record<(typeof PROPOSAL_FIELDS)[number], EditField> = {
  title: { text: true },
  summary: { text: true, aliases: ['problem'] },
  proposer: { text: true },
  org: { text: true, aliases: ['organisation', 'organization'] },
  category: {},
  path: {},
  release: { aliases: ['target'] },
  committees: { aliases: ['committee'] },
  analyst: { text: true, aliases: ['lead'] },
};

/** `REF FIELD VALUE…` after the command name; `verb` is how it was called, for the readings to copy. */
export function parseProposalEdit(args: readonly string[], typed: readonly TypedWord[], verb: string): EditProposalInput {
  const words = [...args];
  const ref = takeProposalRef(words, 'the proposal reference', EXAMPLE);
  const refWords = typed.length - words.length;
  const prefix = `${verb} ${typed.slice(0, refWords).map((w) => w.raw).join(' ')}`;
  return { ref, changes: readFieldEdits(typed.slice(refWords), { noun: 'proposal', prefix, example: EXAMPLE, fields: FIELDS }) };
}

export async function runProposalEdit(input: EditProposalInput, ctx: CommandContext, verb: string): Promise<Reply> {
  const { proposal, changes } = await ctx.transact((draft) => editProposal(draft, input, metaFor(ctx, verb)));
  return editReply(proposal.ref, changes, { historyOf: proposal.ref, buttons: [{ label: 'Status', actionId: 'proposal.status', command: `status ${proposal.ref}` }] });
}

export const proposalEditCommand = defineCommand({
  name: 'proposal edit',
  group: 'Proposals',
  summary: 'Correct a proposal’s title, summary, proposer, organisation, category, path, target release, committees or Lead Analyst.',
  usage: USAGE,
  examples: [EXAMPLE, 'proposal edit MP167B release Jun 24', 'proposal edit DP096 proposer "Gemma Slaney" org "UK Power Networks"', 'proposal edit DP090 committees OPSG,TABASC analyst none'],
  access: 'change',
  parse: (args, typed) => parseProposalEdit(args, typed, 'proposal edit'),
  run: (input, ctx) => runProposalEdit(input, ctx, 'proposal edit'),
});
