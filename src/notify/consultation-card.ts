import type { Reply } from '../core/reply';
import type { Consultation, Proposal } from '../../storage/schema';
import { formatDate, formatInstant } from '../domain/dates';
import { consultationName } from '../domain/queries/consultations';

/** "17:00" → "5pm", "17:30" → "5:30pm". */
export function twelveHour(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const suffix = h >= 12 ? 'pm' : 'am';
  const hour = h % 12 || 12;
  return m ? `${hour}:${String(m).padStart(2, '0')}${suffix}` : `${hour}${suffix}`;
}

/** "19 Jul 2023 at 5pm" in London time. */
export function closingTime(consultation: Consultation): string {
  if (!consultation.closes) return 'closing date not known';
  const [day, month, year, time] = formatInstant(consultation.closes).split(' ');
  return `${day} ${month} ${year} at ${twelveHour(time!)}`;
}

/** A consultation card: what it is about, when it closes, where to respond. */
export function toConsultationCard(consultation: Consultation, proposal: Proposal | undefined, headline: string): Reply {
  const name = consultationName(consultation.kind);
  const about = proposal ? `${proposal.ref} ${proposal.title}` : consultation.proposal;
  return {
    kind: 'info',
    title: `${name} on ${about}: ${headline}`,
    fields: [
      { label: 'Opened', value: consultation.opens ? formatDate(consultation.opens) : 'not known' },
      { label: 'Closes', value: closingTime(consultation) },
      ...(consultation.url ? [{ label: 'Respond', value: consultation.url }] : []),
    ],
    buttons: [{ label: 'Status', actionId: 'proposal.status', command: `status ${consultation.proposal}` }],
  };
}
