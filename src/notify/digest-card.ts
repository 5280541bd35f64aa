import type { Reply, ReplySection } from '../core/reply';
import type { Action, Consultation, DomainEvent } from '../../storage/schema';
import { formatDate, formatInstant } from '../domain/dates';
import { consultationName } from '../domain/queries/consultations';
import { closingTime } from './consultation-card';
import { byCodePoint } from '../domain/code-point-order';
import { MAX_BOUNCES, type EmailBounce } from './email-bounces';

export interface DigestContent {
  today: string;
  since: string;
  newDps: DomainEvent[];
  stageChanges: DomainEvent[];
  decisions: DomainEvent[];
  closing: Consultation[];
  overdue: Action[];
  /** Emails the mail server refused for good since the last digest. */
  bounced?: EmailBounce[];
}

/** Overdue actions beyond this are counted, not listed: a digest is a summary, not a firehose. */
const MAX_OVERDUE = 10;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const when = (value: unknown): string => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? ` (${formatDate(value)})` : '');

export function isEmptyDigest(c: DigestContent): boolean {
  return !c.newDps.length && !c.stageChanges.length && !c.decisions.length && !c.closing.length && !c.overdue.length && !c.bounced?.length;
}

/** The Monday digest: only what changed since the last one, plus what is closing or overdue. */
export function toDigest(c: DigestContent): Reply {
  const sections: ReplySection[] = [];
  const add = (title: string, items: string[]): void => void (items.length && sections.push({ title: `${title} (${items.length})`, items }));
  add('New Draft Proposals', c.newDps.map((e) => `${text(e.data.ref) || e.ref}: ${text(e.data.title)}${when(e.data.raisedOn)}`));
  add('Stage changes', c.stageChanges.map((e) => `${text(e.data.ref) || e.ref}: ${text(e.data.from)} → ${text(e.data.to)}${when(e.data.on)}`));
  add('Decisions', c.decisions.map((e) => `${text(e.data.ref) || e.ref}: ${text(e.data.outcome)} by ${text(e.data.body)}${when(e.data.on)}`));
  add('Consultations closing', c.closing.map((k) => `${k.proposal} ${consultationName(k.kind)} closes ${closingTime(k)}`));
  if (c.overdue.length) sections.push(overdueSection(c.overdue));
  if (c.bounced?.length) sections.push(bouncedSection(c.bounced));
  return {
    kind: 'info',
    title: `Weekly SEC change digest, ${formatDate(c.today)}`,
    sections,
    context: [`Changes since ${formatInstant(c.since)}.`],
  };
}

function overdueSection(overdue: readonly Action[]): ReplySection {
  const sorted = [...overdue].sort((a, b) => byCodePoint(a.due ?? '', b.due ?? '') || byCodePoint(a.ref, b.ref));
  const items = sorted.slice(0, MAX_OVERDUE).map((a) => `${a.ref} (${a.owner}), due ${formatDate(a.due!)}: ${a.text.slice(0, 120)}`);
  if (sorted.length > MAX_OVERDUE) items.push(`…and ${sorted.length - MAX_OVERDUE} more overdue actions.`);
  return { title: `Overdue actions (${overdue.length})`, items };
}

function bouncedSection(bounced: readonly EmailBounce[]): ReplySection {
  const items = bounced.slice(0, MAX_BOUNCES).map((b) => `${b.recipient}: ${b.error} (${formatInstant(b.at)})`);
  if (bounced.length > MAX_BOUNCES) items.push(`…and ${bounced.length - MAX_BOUNCES} more.`);
  return { title: `Email reminders refused by the mail server (${bounced.length})`, items };
}
