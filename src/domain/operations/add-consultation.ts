import { z } from 'zod';
import { UserError } from '../../core/errors';
import type { Consultation, ConsultationKind, StoreData } from '../../../storage/schema';
import { consultationKindSchema } from '../../../storage/schema';
import { formatDate, londonInstant } from '../dates';
import { requireProposal } from './find';
import { compact, emitEvent, emitNews, type OperationMeta } from './meta';
import { requireIsoDate } from './validate';
import { calendarOr, requirePlannedDate } from '../fact-dates';

export interface AddConsultationInput {
  ref: string;
  /** refinement | report | other. */
  kind: string;
  /** YYYY-MM-DD; a document may give only one of opens/closes (the other end is then unknown). */
  opens?: string;
  /** YYYY-MM-DD: the closing day. */
  closes?: string;
  /** London wall-clock time "HH:MM"; default 17:00 (5pm). */
  closesAt?: string;
  url?: string;
}

export const DEFAULT_CLOSING_TIME = '17:00';

/**
 * Record a consultation on a proposal. Records `consultation.opened` when it is open now, and
 * `consultation.scheduled` when it opens later; one whose window has passed is recorded as closed, quietly.
 * Typed boundaries must be Working Days; a document's are recorded as stated.
 */
export function addConsultation(draft: StoreData, input: AddConsultationInput, meta: OperationMeta): Consultation {
  const proposal = requireProposal(draft, input.ref);
  const kind = toKind(input.kind, proposal.ref);
  const opens = input.opens ? requireIsoDate(input.opens, 'The opening date') : undefined;
  const closesOn = input.closes ? requireIsoDate(input.closes, 'The closing date') : undefined;
  if (!opens && !closesOn) throw new UserError('A consultation needs its opening or closing date.', `For example: consultation add ${proposal.ref} ${kind} 28 Jun 2023 19 Jul 2023.`);
  if (opens && closesOn && closesOn < opens) {
    throw new UserError(`The consultation would close (${formatDate(closesOn)}) before it opens (${formatDate(opens)}).`, `Give the opening date first, e.g. consultation add ${proposal.ref} ${kind} 28 Jun 2023 19 Jul 2023.`);
  }
  if (!meta.asStated && opens && closesOn) requirePlannedDates(opens, closesOn, meta, `consultation add ${proposal.ref} ${kind}`);
  const id = `${proposal.ref}-${kind}-${opens ?? `closes-${closesOn}`}`;
  if (draft.consultations.some((c) => c.id === id || (opens && c.proposal === proposal.ref && c.kind === kind && c.opens === opens))) {
    const when = opens ? `opening ${formatDate(opens)}` : `closing ${formatDate(closesOn!)}`;
    throw new UserError(`${proposal.ref} already has a ${kind} consultation ${when}.`, `See it with: status ${proposal.ref}.`);
  }
  const closes = closesOn ? londonInstant(closesOn, input.closesAt ?? DEFAULT_CLOSING_TIME) : undefined;
  const consultation: Consultation = compact({ id, proposal: proposal.ref, kind, opens, closes, url: toUrl(input.url), source: meta.source });
  draft.consultations.push(consultation);
  const { url } = consultation;
  if (closes && Date.parse(closes) <= Date.parse(meta.at)) return consultation;
  const type = !opens || opens <= meta.today ? 'consultation.opened' : 'consultation.scheduled';
  const data = { id, ref: proposal.ref, title: proposal.title, kind, opens, closes, url, committees: proposal.committees };
  // Known only by an opening date: an opening long past is history, not news (its close is unknown).
  if (!closes && opens) emitNews(draft, meta, opens, type, proposal.ref, data);
  else emitEvent(draft, meta, type, proposal.ref, data);
  return consultation;
}

function requirePlannedDates(opens: string, closes: string, meta: OperationMeta, command: string): void {
  const calendar = calendarOr(meta.calendar);
  requirePlannedDate(opens, meta.today, calendar, 'The opening date', (day) => `${command} ${day} ${closes}`);
  requirePlannedDate(closes, meta.today, calendar, 'The closing date', (day) => `${command} ${opens} ${day}`);
}

export function toKind(value: string, ref: string): ConsultationKind {
  const found = consultationKindSchema.options.find((k) => k === value.trim().toLowerCase());
  if (!found) throw new UserError(`"${value}" is not a kind of consultation.`, `Use refinement, report or other, e.g. consultation add ${ref} refinement 2023-06-28 2023-07-19.`);
  return found;
}

export function toUrl(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  const url = value.trim();
  if (!z.string().url().safeParse(url).success || !/^https?:\/\//i.test(url)) {
    throw new UserError(`"${url.slice(0, 80)}" is not a web address.`, 'For example: url https://smartenergycodecompany.co.uk/modifications/mp167/');
  }
  return url;
}
