import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import { formatDate } from '../src/domain/dates';
import { recordCscView } from '../src/domain/operations';
import { audienceLine, transactWithEvents } from './support/announce';
import { metaFor, userDate } from './support/write-meta';
import { rejectLeftovers, takeKeywordDate, takeProposalRef, takeText } from './support/write-words';

const example = 'csc DP096 ready route refinement on 25 Feb 2020';

export const cscCommand = defineCommand({
  name: 'csc',
  group: 'Proposals',
  summary: 'Record the Change Sub-Committee\'s view of a Draft Proposal: ready to convert (with the route it recommends), or further development required.',
  usage: 'csc DPnnn ready|further [route refinement|report|fast-track] [on DATE]',
  examples: ['csc DP096 ready route refinement', 'csc DP108 further on 25 Feb 2020'],
  access: 'change',
  parse(args) {
    const words = [...args];
    const ref = takeProposalRef(words, 'the Draft Proposal and the CSC\'s view', example);
    const word = (words.shift() ?? '').toLowerCase();
    const ready = /^ready/.test(word) ? true : /^(further|develop)/.test(word) ? false : undefined;
    if (ready === undefined) throw new UserError(`${word ? `"${word}" is not a view the CSC takes` : 'Say what the CSC decided'}: ready (to convert) or further (development required).`, `For example: ${example}`);
    let on: string | undefined;
    let route: string | undefined;
    while (words.length) {
      const before = words.length;
      on ??= takeKeywordDate(words, 'on', example);
      if (words[0]?.toLowerCase() === 'route') route = takeText(words, ['on'], example);
      if (words.length === before) rejectLeftovers(words, example);
    }
    if (route && !ready) throw new UserError('A route is recommended only when the CSC agrees the DP is ready to convert.', `For example: ${example}`);
    return { ref, ready, route, on };
  },
  async run(args, ctx) {
    const input = { ...args, on: userDate(ctx, args.on) };
    const { result, events } = await transactWithEvents(ctx, (draft) => recordCscView(draft, input, metaFor(ctx, 'csc')));
    const p = result.proposal;
    return {
      kind: 'success',
      title: `${p.ref}: ${result.outcome} (CSC, ${formatDate(result.on)})`,
      text: args.ready ? `${p.title} can now be converted: convert ${p.ref}` : `${p.title} stays in the Development Stage.`,
      buttons: [
        { label: 'Status', actionId: 'proposal.status', command: `status ${p.ref}` },
        ...(args.ready ? [{ label: 'Convert to MP', actionId: 'proposal.convert', command: `convert ${p.ref}`, confirm: `Convert ${p.ref} to a Modification Proposal?` }] : []),
      ],
      context: [audienceLine(ctx, events, result.on, p.ref)],
    };
  },
});
