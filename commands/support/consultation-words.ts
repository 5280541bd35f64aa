import { UserError } from '../../src/core/errors';
import { parseProposalRef } from '../../src/domain/references';
import { CONSULTATION_KINDS, type ConsultationName } from '../../src/domain/queries';
import { takeProposalRef } from './write-words';

/** True when the word is a consultation kind: refinement, report or other. */
export function isConsultationKind(word: string | undefined): boolean {
  return word !== undefined && (CONSULTATION_KINDS as readonly string[]).includes(word.toLowerCase());
}

/** `MP167B report` or an id (`MP167B-report-2023-08-16`), taken off the front of `words`. */
export function takeConsultationName(words: string[], verb: string, example: string): ConsultationName {
  if (!words.length) throw new UserError('Which consultation? Give the proposal and kind, or its id.', `For example: ${example}`);
  const ref = takeProposalRef(words, 'the proposal reference', example);
  if (!parseProposalRef(ref)) return { id: ref };
  if (!isConsultationKind(words[0])) {
    throw new UserError(`Which consultation of ${ref}? Say its kind (refinement, report or other) after the reference.`, `For example: ${verb} ${ref.replace(/\s+/g, '')} report …, or give its id (see \`status ${ref}\`).`);
  }
  return { ref, kind: words.shift()! };
}
