import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply } from '../src/core/reply';
import { findProposal, proposalLine, searchProposals, searchWords } from '../src/domain/queries';

const LIMIT = 10;

export const searchCommand = defineCommand({
  name: 'search',
  group: 'Proposals',
  summary: 'Find proposals by words in their title or summary, best matches first.',
  usage: 'search TEXT',
  examples: ['search power outage alerts', 'search "credit cover"', 'search testing'],
  access: 'read',
  parse(args) {
    const text = args.join(' ').trim();
    if (!searchWords(text).length) {
      throw new UserError(text ? `"${text.slice(0, 40)}" has no words to search for.` : 'What should I search for?', 'For example: search power outage alerts');
    }
    return { text: text.slice(0, 200) };
  },
  run({ text }, ctx): Reply {
    const data = ctx.store.read();
    const hits = searchProposals(data, text, LIMIT);
    const exact = findProposal(data, text);
    if (exact && !hits.some((h) => h.proposal.ref === exact.proposal.ref)) hits.unshift({ proposal: exact.proposal, score: Infinity });
    if (!hits.length) {
      return { kind: 'info', title: `Nothing matches "${text}"`, context: ['Try fewer or shorter words, or `list all` to browse.'] };
    }
    return {
      kind: 'info',
      title: `Proposals matching "${text}"`,
      sections: [{ items: hits.slice(0, LIMIT).map((h) => proposalLine(h.proposal)) }],
      context: [`${hits.length >= LIMIT ? `Top ${LIMIT} matches` : `${hits.length} match${hits.length === 1 ? '' : 'es'}`}, best first: the whole phrase, then all the words, then some; titles count more than summaries. Details: \`status REF\`.`],
    };
  },
});
