import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import { formatDate } from '../src/domain/dates';
import { appealDecision } from '../src/domain/operations';
import { audienceLine, transactWithEvents } from './support/announce';
import { metaFor, userDate } from './support/write-meta';
import { rejectLeftovers, takeKeywordDate, takeProposalRef, takeText } from './support/write-words';

const example = 'appeal MP167B on 20 Oct 2023 reason "a Party says the Change Board did not consider the DCC costs"';

export const appealCommand = defineCommand({
  name: 'appeal',
  group: 'Proposals',
  summary: 'Record that a Self-Governance decision of the Change Board was appealed to the Authority; the Authority then decides (decide REF … by Authority).',
  usage: 'appeal REF [on DATE] reason "GROUNDS"',
  examples: [example],
  access: 'change',
  parse(args) {
    const words = [...args];
    const ref = takeProposalRef(words, 'the proposal reference', example);
    let on: string | undefined;
    let reason: string | undefined;
    while (words.length) {
      const before = words.length;
      on ??= takeKeywordDate(words, 'on', example);
      if (words[0]?.toLowerCase() === 'reason') reason = takeText(words, ['on'], example);
      if (words.length === before) rejectLeftovers(words, example);
    }
    if (!reason) throw new UserError('An appeal is recorded with its grounds: add reason "…".', `For example: ${example}`);
    return { ref, on, reason };
  },
  async run(args, ctx) {
    const input = { ...args, on: userDate(ctx, args.on) };
    const { result, events } = await transactWithEvents(ctx, (draft) => appealDecision(draft, input, metaFor(ctx, 'appeal')));
    const p = result.proposal;
    return {
      kind: 'success',
      title: `${p.ref}: the Change Board's decision is appealed to the Authority`,
      text: `${p.title}. Appeal recorded for ${formatDate(result.appeal.on)}: ${result.appeal.reason}. It is in Authority Determination until the Authority decides.`,
      buttons: [
        { label: 'Status', actionId: 'proposal.status', command: `status ${p.ref}` },
        { label: 'History', actionId: 'proposal.history', command: `history ${p.ref}` },
      ],
      context: [audienceLine(ctx, events, result.appeal.on, p.ref)],
    };
  },
});
