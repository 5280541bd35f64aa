import { findDates, parseDocDate } from './doc-dates';
import { documentDate } from './doc-facts';
import { canonicalRef, REF_PATTERN } from './doc-text';
import { setDocDate, sourceOf, warn, type ExtractContext } from './extract-context';
import { toUnits } from './paragraphs';
import { plainQuotes, sentence, type DocLine } from './source-lines';
import { readStatedFacts } from './stated-facts';

const HEAD = 25;
/** "We have decided to approve", "the Authority has decided to reject", "Ofgem approves", "Decision: approve". */
const DECIDED = /\b(?:we|the Authority|Ofgem|GEMA)\s+(?:have |has )?(?:therefore )?(?:decided to |hereby )?(approve[sd]?|reject(?:s|ed)?|direct(?:s|ed)? that)\b|\bdecision(?: is)?(?::| to| -| –)\s*(approve|reject)/i;
const PUBLISHED = /^(publication date|date of publication|date|published)\b[:\s]*/i;

/**
 * An Ofgem decision letter or decision page on an SEC modification: the reference (Ofgem writes
 * "SECMP130", read as SECMP0130), its title, and the Authority's decision dated the letter's own date.
 */
export function extractDecisionLetter(ctx: ExtractContext): void {
  const lines = ctx.doc.lines;
  setDocDate(ctx, letterDate(lines.slice(0, HEAD)));
  const subject = subjectOf(lines.slice(0, HEAD)) ?? subjectOf(lines);
  if (!subject) return warn(ctx, `${ctx.doc.file}: the decision names no SEC modification (SECMPnnn or MPnnn), so nothing was recorded.`);
  ctx.set.proposals.push({ ref: subject.ref, committees: [], ...(subject.title ? { title: subject.title } : {}), source: sourceOf(ctx, subject.line) });
  const decided = toUnits(lines, { alone: (t) => t.length < 60 && !/[.]$/.test(t) }).find((u) => DECIDED.test(plainQuotes(u.text)) && !/\b(if|would|minded)\b/i.test(u.text));
  if (!decided) warn(ctx, `${ctx.doc.file}: no sentence says the Authority approved or rejected ${subject.ref}, so no decision was recorded.`, subject.line);
  else if (!ctx.docDate) warn(ctx, `${ctx.doc.file}: the letter is not dated, so the Authority's decision on ${subject.ref} was not recorded.`, decided.line);
  else {
    const m = DECIDED.exec(plainQuotes(decided.text))!;
    const outcome = /reject/i.test(m[1] ?? m[2]!) ? 'Rejected' : 'Approved';
    ctx.set.decisions.push({ ref: subject.ref, body: 'Authority', outcome, on: ctx.docDate, sentence: sentence(decided.text), source: sourceOf(ctx, decided.line) });
  }
  readStatedFacts(ctx, { subject: subject.ref, ...(ctx.docDate ? { undatedDecisionsBy: { body: 'Authority', on: ctx.docDate } } : {}) });
}

function letterDate(lines: readonly DocLine[]): string | undefined {
  const labelled = lines.find((l) => PUBLISHED.test(l.text.trim()) && findDates(l.text).length);
  if (labelled) return findDates(labelled.text)[0]!.iso;
  return documentDate(lines)?.iso ?? lines.map((l) => parseDocDate(l.text.replace(/^.*?:\s*/, ''))?.iso).find(Boolean);
}

function subjectOf(lines: readonly DocLine[]): { ref: string; title?: string; line: DocLine } | undefined {
  const re = new RegExp(`\\b(${REF_PATTERN})\\b\\s*[:–-]?\\s*(?:['"](.+?)['"](?=[\\s.,;)]|$)|([A-Z][^()\\t.]{8,120}?)(?=\\s*(?:\\(|$|\\s[–-]\\s)))?`);
  for (const line of lines) {
    const m = re.exec(plainQuotes(line.text));
    const ref = m ? canonicalRef(m[1]!) : undefined;
    if (!m || !ref) continue;
    const title = (m[2] ?? m[3])?.trim().replace(/\s*[–-]\s*$/, '');
    return { ref, ...(title && !/^(decision|Smart Energy Code)\b/i.test(title) ? { title } : {}), line };
  }
  return undefined;
}
