import { UserError } from '../../core/errors';
import type { Consultation, StoreData } from '../../../storage/schema';
import { formatDate, formatInstant, londonInstant } from '../dates';
import { calendarOr, requirePlannedDate } from '../fact-dates';
import { consultationName } from '../queries/consultations';
import { requireConsultation, type ConsultationName } from '../queries/find-consultation';
import { DEFAULT_CLOSING_TIME, toKind, toUrl } from './add-consultation';
import { changeOf, isClear, type FieldChange } from './field-change';
import type { OperationMeta } from './meta';
import { requireIsoDate } from './validate';

export const CONSULTATION_FIELDS = ['opens', 'closes', 'at', 'url', 'kind'] as const;
export type ConsultationField = (typeof CONSULTATION_FIELDS)[number];

export interface EditConsultationInput {
  name: ConsultationName;
  /** opens/closes as YYYY-MM-DD (the command parses dates), at as HH:MM London time. */
  changes: Partial<Record<ConsultationField, string>>;
}

export interface ConsultationEdit {
  consultation: Consultation;
  /** How it was known before the edit: "MP167B report consultation". */
  subject: string;
  changes: FieldChange[];
}

/**
 * Correct a consultation's dates, closing time, link or kind with the checks of `consultation add`: typed
 * dates on Working Days, closing after opening, at least one Working Day long. Its id stays (it is how
 * reminders and the audit log know it). A correction queues no news.
 */
export function editConsultation(draft: StoreData, input: EditConsultationInput, meta: OperationMeta): ConsultationEdit {
  const c = requireConsultation(draft, input.name);
  const subject = `${c.proposal} ${c.kind} consultation`;
  const command = `consultation edit ${c.proposal} ${c.kind}`;
  const { opens, closes, at, url, kind } = input.changes;
  const calendar = calendarOr(meta.calendar);
  const closesOn = (instant: string | undefined) => (instant ? calendar.londonDate(new Date(instant)) : undefined);
  const changes: FieldChange[] = [];
  if (kind !== undefined) {
    const next = withHint(() => toKind(kind, c.proposal), `Use refinement, report or other, e.g. ${command} kind report`);
    changes.push(changeOf(subject, 'Kind', consultationName(c.kind), consultationName(next)));
    c.kind = next;
  }
  if (opens !== undefined) {
    const day = requireIsoDate(opens, 'The opening date');
    if (!meta.asStated) requirePlannedDate(day, meta.today, calendar, 'The opening date', (d) => `${command} opens ${d}`);
    changes.push(changeOf(subject, 'Opening date', c.opens && formatDate(c.opens), formatDate(day)));
    c.opens = day;
  }
  if (closes !== undefined || at !== undefined) changes.push(setClosing(c, subject, command, closesOn(c.closes), closes, at, meta));
  if (url !== undefined) {
    const next = isClear(url) ? undefined : toUrl(url);
    changes.push(changeOf(subject, 'Link', c.url, next));
    if (next) c.url = next;
    else delete c.url;
  }
  requireSensibleWindow(draft, c, closesOn(c.closes), command, meta);
  return { consultation: c, subject, changes };
}

function setClosing(c: Consultation, subject: string, command: string, oldDay: string | undefined, closes: string | undefined, at: string | undefined, meta: OperationMeta): FieldChange {
  const day = closes === undefined ? oldDay : requireIsoDate(closes, 'The closing date');
  if (!day) throw new UserError(`The closing date of the ${subject} is not known, so a closing time needs one.`, `For example: ${command} closes 7 Sep 2023 at ${at ?? '17:00'}`);
  if (closes !== undefined && !meta.asStated) requirePlannedDate(day, meta.today, calendarOr(meta.calendar), 'The closing date', (d) => `${command} closes ${d}`);
  const time = at ?? (c.closes ? formatInstant(c.closes).slice(-5) : DEFAULT_CLOSING_TIME);
  const next = londonInstant(day, time);
  const change = changeOf(subject, closes === undefined ? 'Closing time' : 'Closing date', c.closes && formatInstant(c.closes), formatInstant(next));
  c.closes = next;
  return change;
}

/** Closing after opening, at least one Working Day long (typed), and not a second record of the same consultation. */
function requireSensibleWindow(draft: StoreData, c: Consultation, closesOn: string | undefined, command: string, meta: OperationMeta): void {
  if (c.opens && closesOn && closesOn < c.opens) {
    throw new UserError(`The consultation would close (${formatDate(closesOn)}) before it opens (${formatDate(c.opens)}).`, `Change both ends at once, e.g. ${command} opens 16 Aug 2023 closes 7 Sep 2023`);
  }
  if (c.opens && closesOn && !meta.asStated && calendarOr(meta.calendar).workingDaysBetween(c.opens, closesOn) < 1) {
    throw new UserError(`The consultation would last 0 Working Days (${formatDate(c.opens)} to ${formatDate(closesOn)}).`, `SECAS consultations run for Working Days; give a later closing date, e.g. ${command} closes DATE`);
  }
  const twin = draft.consultations.find((o) => o.id !== c.id && o.proposal === c.proposal && o.kind === c.kind && o.opens !== undefined && o.opens === c.opens);
  if (twin) throw new UserError(`${c.proposal} already has a ${c.kind} consultation opening ${formatDate(c.opens!)} (${twin.id}).`, `Cancel one of them: consultation cancel ${twin.id}`);
}

/** Remove a consultation recorded by mistake or cancelled; the audit log keeps it and the reason (the command line). */
export function cancelConsultation(draft: StoreData, name: ConsultationName, _meta: OperationMeta): Consultation {
  const c = requireConsultation(draft, name);
  const at = draft.consultations.findIndex((o) => o.id === c.id);
  const [removed] = draft.consultations.splice(at, 1);
  return removed!;
}

function withHint<T>(run: () => T, hint: string): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof UserError) throw new UserError(error.message, hint);
    throw error;
  }
}
