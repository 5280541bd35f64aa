import { UserError } from '../../core/errors';
import type { Consultation, StoreData } from '../../../storage/schema';
import { formatDate, londonInstant } from '../dates';
import { DEFAULT_CLOSING_TIME } from './add-consultation';
import type { OperationMeta } from './meta';
import { requireIsoDate } from './validate';

export interface CompleteConsultationInput {
  id: string;
  opens?: string;
  closes?: string;
  /** London "HH:MM"; default 17:00. */
  closesAt?: string;
}

/**
 * A consultation recorded with one end unknown gets the other end a later document states
 * (a notice gives the closing date, the register page the opening date). Known ends never change.
 */
export function completeConsultation(draft: StoreData, input: CompleteConsultationInput, meta: OperationMeta): Consultation {
  const consultation = draft.consultations.find((c) => c.id === input.id);
  if (!consultation) throw new UserError(`No consultation ${input.id}.`, 'See them with: consultations all.');
  const opens = !consultation.opens && input.opens ? requireIsoDate(input.opens, 'The opening date') : consultation.opens;
  const closesOn = input.closes ? requireIsoDate(input.closes, 'The closing date') : undefined;
  const closes = !consultation.closes && closesOn ? londonInstant(closesOn, input.closesAt ?? DEFAULT_CLOSING_TIME) : consultation.closes;
  if (opens && closes && closes.slice(0, 10) < opens) {
    throw new UserError(`The consultation would close (${formatDate(closes.slice(0, 10))}) before it opens (${formatDate(opens)}).`, 'Check the dates in the document.');
  }
  Object.assign(consultation, opens ? { opens } : {}, closes ? { closes } : {});
  void meta;
  return consultation;
}
