import { UserError } from '../core/errors';
import type { DocumentKind } from './change-set';
import { REGISTER_LABEL_RE } from './register-fields';
import type { SourceDoc } from './source-lines';

const HEAD = 80;

/** Which of the four SECAS document kinds this is; anything else is refused with the reason. */
export function detectKind(doc: SourceDoc): DocumentKind {
  const head = doc.lines.slice(0, HEAD).map((l) => l.text.trim());
  const all = doc.lines.map((l) => l.text);
  if (head.some((t) => /^Paper Reference\b/i.test(t)) && all.some((t) => /^\d*\.?\s*New Draft Proposals\b/i.test(t.trim()))) return 'new-dp-paper';
  if (head.some((t) => /\bMeeting\s+\d+_\d{4}\b/.test(t) || /^(Final |Draft )?Minutes$/i.test(t)) && all.some((t) => /^(Attendees|Next Meeting)\b/i.test(t.trim()) || /\bACTION\s+[A-Z]+\s+\d+\/\d+/.test(t))) {
    return 'minutes';
  }
  if (head.some((t) => /^(Draft |Final )?Modification Report$/i.test(t)) || all.some((t) => /Progression timetable/i.test(t))) return 'modification-report';
  if (head.filter((t) => REGISTER_LABEL_RE.test(t)).length >= 2) return 'register-page';
  throw new UserError(
    `${doc.file} is not a SECAS document I recognise.`,
    'Import reads a paper listing new Draft Proposals, committee minutes, a Modification Report, or a modification register page (with "Stage" and "Date raised" lines).',
  );
}
