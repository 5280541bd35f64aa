import { defineCommand, type CommandContext } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply } from '../src/core/reply';
import { parseActionRef, parseProposalRef } from '../src/domain/references';
import type { EditActionInput, EditConsultationInput, EditProposalInput } from '../src/domain/operations';
import { parseActionEdit, runActionEdit } from './action-edit';
import { parseConsultationEdit, runConsultationEdit } from './consultation-edit';
import { parseProposalEdit, runProposalEdit } from './proposal-edit';
import { isConsultationKind } from './support/consultation-words';

type Edit = { kind: 'proposal'; input: EditProposalInput } | { kind: 'action'; input: EditActionInput } | { kind: 'consultation'; input: EditConsultationInput };

/** `edit REF FIELD VALUE…`: the reference says what is edited (DP096, CSC 12/01, MP167B report, MP167B-report). */
export const editCommand = defineCommand({
  name: 'edit',
  group: 'Changes',
  summary: 'Short for proposal edit, action edit and consultation edit: the reference says which.',
  usage: 'edit REF FIELD VALUE… (a proposal, an action, or a proposal and consultation kind)',
  examples: ['edit DP096 analyst "Jordan Crase"', 'edit CSC 12/01 owner "Bradley Baker"', 'edit MP167B report closes 8 Sep 2023'],
  access: 'change',
  parse(args, typed): Edit {
    const words = [...args];
    const refLength = /^(dp|mp|secmp)$/i.test(words[0] ?? '') ? 2 : 1;
    const ref = words.slice(0, refLength).join(' ');
    if (parseProposalRef(ref)) {
      if (isConsultationKind(words[refLength])) return { kind: 'consultation', input: parseConsultationEdit(args, typed, 'edit') };
      return { kind: 'proposal', input: parseProposalEdit(args, typed, 'edit') };
    }
    if ([1, 2, 3, 4].some((n) => parseActionRef(words.slice(0, n).join(' ')))) return { kind: 'action', input: parseActionEdit(args, typed, 'edit') };
    if (/^(dp|mp|secmp)\s*-?\d/i.test(ref) && ref.includes('-')) return { kind: 'consultation', input: parseConsultationEdit(args, typed, 'edit') };
    throw new UserError(
      words.length ? `"${ref.slice(0, 40)}" is not a proposal, action or consultation reference.` : 'What should I edit? Give a proposal, action or consultation reference.',
      'For example: edit DP096 title "New title", edit CSC 12/01 owner SECAS, or edit MP167B report closes 8 Sep 2023.',
    );
  },
  run(edit, ctx: CommandContext): Promise<Reply> {
    if (edit.kind === 'proposal') return runProposalEdit(edit.input, ctx, 'edit');
    if (edit.kind === 'action') return runActionEdit(edit.input, ctx, 'edit');
    return runConsultationEdit(edit.input, ctx, 'edit');
  },
});
