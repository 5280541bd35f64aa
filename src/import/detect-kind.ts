import type { DocumentKind } from './change-set';
import { releaseNamedIn } from './notice-facts';
import { REGISTER_LABEL_RE } from './register-fields';
import { NothingToRecord, requireSecDocument, SEC_VERSION } from './sec-document';
import type { SourceDoc } from './source-lines';

const HEAD = 80;
const TOP = 12;

/** Which SECAS document kind this is; a non-SEC document or an unknown kind is refused with the reason. */
export function detectKind(doc: SourceDoc): DocumentKind {
  requireSecDocument(doc);
  const head = doc.lines.slice(0, HEAD).map((l) => l.text.trim());
  const top = head.slice(0, TOP).join('\n');
  const all = doc.lines.map((l) => l.text);
  if (head.some((t) => /^Paper Reference\b/i.test(t)) && all.some((t) => /^\d*\.?\s*New Draft Proposals\b/i.test(t.trim()))) return 'new-dp-paper';
  if (isMinutes(head, all)) return 'minutes';
  if (head.some((t) => /^(Draft |Final )?Modification Report$/i.test(t)) || all.some((t) => /Progression timetable/i.test(t))) return 'modification-report';
  if (/\b(modification|draft) proposal (form|template)\b|^proposal form$/im.test(top)) return 'proposal-form';
  const registerLabels = head.filter((t) => REGISTER_LABEL_RE.test(t)).length;
  if (registerLabels < 2 && isDecisionLetter(top, head)) return 'decision-letter';
  if (registerLabels >= 2) return 'register-page';
  if (/\bnewsletter\b/i.test(top)) return 'newsletter';
  if (isReleaseNotice(top)) return 'release-notice';
  if (/\bconsultation/i.test(top) && all.some((t) => /\b(closing date|clos(es|ing)|responses?\b.{0,60}\bby)\b/i.test(t))) return 'consultation-notice';
  throw new NothingToRecord(
    `${doc.file} is an SEC page with nothing to record: it is not a kind of document I read facts from.`,
    'Import reads papers listing new Draft Proposals, minutes of SEC groups, Modification Reports, register pages (with "Stage" and "Date raised" lines), release notices, consultation notices, newsletters, Modification Proposal forms and Ofgem decisions.',
  );
}

/** Minutes (or a meeting summary) of any SEC group: a meeting heading and attendees, actions or a next meeting. */
function isMinutes(head: readonly string[], all: readonly string[]): boolean {
  const heading = head.some((t) => /\bMeeting\s+\d+_\d{4}\b/.test(t) || /^(Final |Draft |Approved )?(Minutes|Meeting (Summary|Notes|Minutes))$/i.test(t) || /\b(minutes|meeting summary|meeting notes)\b/i.test(t) && t.length <= 120 && !/[.]$/.test(t));
  return heading && all.some((t) => /^(Attendees|Attendee|Attendance|Present|Members present|Participants|Apologies|Next Meeting)\b/i.test(t.trim()) || /\bACTION\s+[A-Z]+\s+\d+\/\d+/.test(t));
}

/** An Ofgem decision letter or page: "decision" near the top, from Ofgem (the Authority). */
function isDecisionLetter(top: string, head: readonly string[]): boolean {
  if (!/\bdecision\b/i.test(top) || /\bnewsletter\b/i.test(top)) return false;
  return /\b(Ofgem|Gas and Electricity Markets Authority|GEMA)\b/i.test(top) || head.some((t) => /^(Authority decision|Decision letter|Ofgem decision)\b/i.test(t));
}

/** "SEC v62.0 released to implement MP200", "June 2022 SEC Release", an off-cycle or designation post. */
function isReleaseNotice(top: string): boolean {
  if (releaseNamedIn(top)) return true;
  return SEC_VERSION.test(top) && /\b(released|release|designated|designation|came into (effect|force)|off-cycle|implement)/i.test(top);
}
