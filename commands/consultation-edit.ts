import { defineCommand, type CommandContext } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import type { TypedWord } from '../src/core/tokenize';
import { parseUserTime } from '../src/domain/dates';
import { CONSULTATION_FIELDS, editConsultation, type EditConsultationInput } from '../src/domain/operations';
import { takeConsultationName } from './support/consultation-words';
import { editReply } from './support/edit-reply';
import { readFieldEdits, type EditField } from './support/field-edits';
import { metaFor, userDate } from './support/write-meta';

const USAGE = `consultation edit REF KIND|ID FIELD VALUE… (fields: ${CONSULTATION_FIELDS.join(', ')})`;
const EXAMPLE = 'consultation edit MP167B report closes 8 Sep 2023';

const FIELDS: Record<(typeof CONSULTATION_FIELDS)[number], EditField> = {
  opens: { aliases: ['open', 'from'] },
  closes: { aliases: ['close', 'until'] },
  at: { aliases: ['time'] },
  url: { aliases: ['link'] },
  kind: {},
};

/** `REF KIND FIELD VALUE…` or `ID FIELD VALUE…` after the command name. */
export function parseConsultationEdit(args: readonly string[], typed: readonly TypedWord[], verb: string): EditConsultationInput {
  const words = [...args];
  const name = takeConsultationName(words, verb, EXAMPLE);
  const nameWords = typed.length - words.length;
  const prefix = `${verb} ${typed.slice(0, nameWords).map((w) => w.raw).join(' ')}`;
  const changes = readFieldEdits(typed.slice(nameWords), { noun: 'consultation', prefix, example: EXAMPLE, fields: FIELDS });
  return { name, changes: { ...changes, ...(changes.at ? { at: parseUserTime(changes.at) } : {}) } };
}

export async function runConsultationEdit(input: EditConsultationInput, ctx: CommandContext, verb: string): Promise<Reply> {
  const { opens, closes } = input.changes;
  const changes = { ...input.changes, ...(opens ? { opens: userDate(ctx, opens)! } : {}), ...(closes ? { closes: userDate(ctx, closes)! } : {}) };
  const { consultation: c, subject, changes: made } = await ctx.transact((draft) => editConsultation(draft, { name: input.name, changes }, metaFor(ctx, verb)));
  return editReply(subject, made, {
    historyOf: c.proposal,
    buttons: [{ label: 'Status', actionId: 'proposal.status', command: `status ${c.proposal}` }],
  });
}

export const consultationEditCommand = defineCommand({
  name: 'consultation edit',
  group: 'Consultations',
  summary: 'Correct a consultation’s opening or closing date, closing time, link or kind.',
  usage: USAGE,
  examples: [EXAMPLE, 'consultation edit MP167B refinement opens 29 Jun 2023 closes 20 Jul 2023', 'consultation edit MP167B-report at 12:00 url https://smartenergycodecompany.co.uk/consultations/'],
  access: 'change',
  parse: (args, typed) => parseConsultationEdit(args, typed, 'consultation edit'),
  run: (input, ctx) => runConsultationEdit(input, ctx, 'consultation edit'),
});
