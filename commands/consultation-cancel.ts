import { defineCommand } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import { formatDate, formatInstant } from '../src/domain/dates';
import { cancelConsultation } from '../src/domain/operations';
import { consultationName } from '../src/domain/queries';
import type { Consultation } from '../storage/schema';
import { takeConsultationName } from './support/consultation-words';
import { metaFor } from './support/write-meta';

const EXAMPLE = 'consultation cancel MP167B refinement recorded by mistake';

export const consultationCancelCommand = defineCommand({
  name: 'consultation cancel',
  group: 'Consultations',
  summary: 'Remove a consultation that was cancelled or recorded by mistake; `history REF` keeps it and your reason.',
  usage: 'consultation cancel REF KIND|ID [reason]',
  examples: [EXAMPLE, 'consultation cancel MP167B-report'],
  access: 'change',
  parse(args) {
    const words = [...args];
    const name = takeConsultationName(words, 'consultation cancel', EXAMPLE);
    return { name, reason: words.join(' ').trim() };
  },
  async run({ name, reason }, ctx) {
    const removed = await ctx.transact((draft) => cancelConsultation(draft, name, metaFor(ctx, 'consultation cancel')));
    return toReply(removed, reason);
  },
});

function toReply(c: Consultation, reason: string): Reply {
  const window = [c.opens && `opened ${formatDate(c.opens)}`, c.closes && `closing ${formatInstant(c.closes)}`].filter(Boolean).join(', ');
  return {
    kind: 'success',
    title: `Cancelled the ${c.proposal} ${consultationName(c.kind)}${window ? ` (${window})` : ''}`,
    ...(reason ? { fields: [{ label: 'Reason', value: reason }] } : {}),
    buttons: [{ label: 'Status', actionId: 'proposal.status', command: `status ${c.proposal}` }],
    context: [`Removed from the record and not announced; \`history ${c.proposal}\` keeps it${reason ? ' and the reason' : ''}.`],
  };
}
