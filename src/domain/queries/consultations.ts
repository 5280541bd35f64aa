import type { Calendar } from '../../core/ports';
import type { Consultation, ConsultationKind, StoreData } from '../../../storage/schema';
import { groupBy, indexPerArray } from './store-index';
import { workingDaysLeft } from './working-days';
import { byCodePoint } from '../code-point-order';

export type ConsultationState = 'upcoming' | 'open' | 'closed';

export interface ConsultationView {
  consultation: Consultation;
  state: ConsultationState;
  /** The London date it closes on; undefined when only the opening date is known. */
  closesOn?: string;
  /** Full Working Days after today up to the closing day; 0 closes today (or has closed); undefined when the closing date is unknown. */
  workingDaysLeft?: number;
}

/** A consultation known only by its opening date counts as open for this many days (SECAS's run about 15 Working Days). */
const OPEN_WITHOUT_CLOSING_DAYS = 21;
const DAY_MS = 86_400_000;

const KIND_NAMES: Record<ConsultationKind, string> = {
  refinement: 'Refinement Consultation',
  report: 'Modification Report Consultation',
  other: 'Consultation',
};

export function consultationName(kind: ConsultationKind): string {
  return KIND_NAMES[kind];
}

export function consultationState(c: Consultation, now: Date, today: string): ConsultationState {
  if (c.closes && now.getTime() >= Date.parse(c.closes)) return 'closed';
  if (c.opens && c.opens > today) return 'upcoming';
  if (!c.closes && c.opens && Date.parse(today) - Date.parse(c.opens) > OPEN_WITHOUT_CLOSING_DAYS * DAY_MS) return 'closed';
  return 'open';
}

/** Opened on or before today and not yet closed at `now`, soonest closing first. */
export function openConsultations(data: Readonly<StoreData>, now: Date, today: string): Consultation[] {
  return sortByCloses(data.consultations.filter((c) => consultationState(c, now, today) === 'open'));
}

/** `today` (London) may be passed in when viewing many at once. */
export function viewConsultation(c: Consultation, now: Date, calendar: Calendar, today = calendar.londonDate(now)): ConsultationView {
  const state = consultationState(c, now, today);
  if (!c.closes) return { consultation: c, state };
  const closesOn = calendar.londonDate(new Date(c.closes));
  return { consultation: c, state, closesOn, workingDaysLeft: state === 'closed' ? 0 : workingDaysLeft(calendar, today, closesOn) };
}

/** Open consultations closing within `within` Working Days (default 10). */
export function closingConsultations(data: Readonly<StoreData>, now: Date, calendar: Calendar, within = 10): ConsultationView[] {
  const today = calendar.londonDate(now);
  return openConsultations(data, now, today)
    .map((c) => viewConsultation(c, now, calendar, today))
    .filter((v) => v.workingDaysLeft !== undefined && v.workingDaysLeft <= within);
}

const byProposal = indexPerArray((consultations: readonly Consultation[]) => groupBy(consultations, (c) => c.proposal));

/** The consultations on one proposal reference, in store order. */
export function consultationsOf(data: Readonly<StoreData>, ref: string): readonly Consultation[] {
  const index = byProposal(data.consultations);
  return index ? (index.get(ref) ?? []) : data.consultations.filter((c) => c.proposal === ref);
}

/** Soonest closing first (unknown closing dates last, then by proposal); a new array, each closing time parsed once. */
export function sortByCloses(list: readonly Consultation[]): Consultation[] {
  return list
    .map((c) => ({ c, t: c.closes ? Date.parse(c.closes) : Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.t - b.t || byCodePoint(a.c.proposal, b.c.proposal))
    .map(({ c }) => c);
}
