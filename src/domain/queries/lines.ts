import type { Calendar } from '../../core/ports';
import type { Action, Proposal, Proposer, StoreData } from '../../../storage/schema';
import { formatDate, formatInstant } from '../dates';
import { consultationName, type ConsultationView } from './consultations';
import { findOrganisation } from './directory';
import { readinessText, readyToConvert } from './readiness';
import { plural, workingDaysLeft, workingDaysOverdue } from './working-days';

/** One-line renderings shared by commands, Slack App Home, Teams and the notifier. */
export function proposalLine(p: Proposal): string {
  const ready = readyToConvert(p);
  return `${p.ref} ${p.title} — ${p.stage}${ready ? ` · ${readinessText(ready)}` : ''}`;
}

/** "due 5 Sep 2023 (overdue by 3 Working Days)", "due today", "due 12 Sep 2023 (in 4 Working Days)", "no due date". */
export function dueText(action: Action, today: string, calendar: Calendar): string {
  if (!action.due) return 'no due date';
  if (action.status === 'Closed') return `was due ${formatDate(action.due)}`;
  if (action.due === today) return 'due today';
  if (action.due > today) return `due ${formatDate(action.due)} (in ${plural(workingDaysLeft(calendar, today, action.due), 'Working Day')})`;
  const late = workingDaysOverdue(calendar, action.due, today);
  return `due ${formatDate(action.due)} (overdue${late ? ` by ${plural(late, 'Working Day')}` : ''})`;
}

/** "CSC 12/01 · SECAS · due 5 Sep 2023 (overdue by 3 Working Days) — Arrange a meeting…". */
export function actionLine(action: Action, today: string, calendar: Calendar): string {
  const status = action.status === 'Closed' ? ` · closed${action.closedOn ? ` ${formatDate(action.closedOn)}` : ''}` : '';
  const snoozed = action.snoozedUntil && action.snoozedUntil >= today ? ` · snoozed until ${formatDate(action.snoozedUntil)}` : '';
  return `${action.ref} · ${action.owner} · ${dueText(action, today, calendar)}${status}${snoozed} — ${action.text}`;
}

/** "Modification Report Consultation · 16 Aug 2023 – 7 Sep 2023 17:00 · 11 Working Days left". */
export function consultationLine(view: ConsultationView): string {
  const c = view.consultation;
  const opens = c.opens ? formatDate(c.opens) : 'opening date unknown';
  const closes = c.closes ? formatInstant(c.closes) : 'closing date unknown';
  return `${consultationName(c.kind)} · ${opens} – ${closes} · ${leftText(view)}`;
}

export function leftText(view: ConsultationView): string {
  if (view.state === 'closed') return 'closed';
  if (view.state === 'upcoming') return `opens ${formatDate(view.consultation.opens!)}`;
  if (view.workingDaysLeft === undefined) return 'open, closing date unknown';
  return view.workingDaysLeft === 0 ? 'closes today' : `${plural(view.workingDaysLeft, 'Working Day')} left`;
}

/** "Tom Rothery, DCC (DCC)": name, organisation and party category (from the directory when not stored). */
export function proposerText(data: Readonly<StoreData>, proposer: Proposer | undefined): string | undefined {
  if (!proposer) return undefined;
  const category = proposer.category ?? findOrganisation(data, proposer.organisation)?.category;
  const who = [proposer.name, proposer.organisation].filter(Boolean).join(', ');
  if (!who && !category) return undefined;
  return category ? `${who || 'unknown'} (${category})` : who;
}
