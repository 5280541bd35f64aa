import { releaseDate } from '../domain/releases';
import { findDates } from './doc-dates';
import { documentDate, raisedBy } from './doc-facts';
import { sentenceContaining } from './doc-text';
import { readConsultationEntries } from './consultation-entries';
import { setDocDate, sourceOf, warn, type ExtractContext } from './extract-context';
import { listedItem } from './notice-items';
import { releaseNamedIn } from './notice-facts';
import { sentence, type DocLine } from './source-lines';
import { recordStage } from './timeline';
import { decisionIn } from './stated-facts';

type Section = 'new-dp' | 'consultations' | 'approved' | 'rejected' | 'implemented' | 'withdrawn' | 'other';

const SECTIONS: readonly [RegExp, Section][] = [
  [/^(new )?draft proposals?( raised)?$|^new (DPs|modifications?)$/i, 'new-dp'],
  [/consultations?$/i, 'consultations'],
  [/^(modifications? )?(approved|approvals)( modifications?)?$|decisions?$/i, 'approved'],
  [/^(modifications? )?rejected( modifications?)?$/i, 'rejected'],
  [/^(modifications? )?implemented( modifications?)?$|implementations?$|^(recently )?(went live|go-live)$/i, 'implemented'],
  [/^(modifications? )?withdrawn( modifications?)?$|withdrawals?$/i, 'withdrawn'],
];

/**
 * A SEC Newsletter's change update: new Draft Proposals, consultations (with closing dates),
 * approved, rejected, implemented and withdrawn modifications. A fact is recorded only with a
 * date the newsletter states (or, for new DPs, the newsletter's own date, said so on import).
 */
export function extractNewsletter(ctx: ExtractContext): void {
  const lines = ctx.doc.lines;
  setDocDate(ctx, documentDate(lines.slice(0, 12))?.iso ?? findDates(lines.slice(0, 3).map((l) => l.text).join(' '))[0]?.iso);
  let found = 0;
  for (const { section, body } of sectionsOf(lines)) {
    if (section === 'consultations') found += readConsultationEntries(ctx, body, undefined);
    else found += readItems(ctx, section, body);
  }
  if (!found) warn(ctx, `${ctx.doc.file}: found no change update (headings such as "New Draft Proposals", "Modification Consultations", "Implemented" with references under them).`);
}

function sectionsOf(lines: readonly DocLine[]): { section: Section; body: DocLine[] }[] {
  const out: { section: Section; body: DocLine[] }[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    const heading = text.length <= 60 && !listedItem(text) ? SECTIONS.find(([re]) => re.test(text.replace(/[:.]$/, ''))) : undefined;
    if (heading) out.push({ section: heading[1], body: [] });
    else if (text && /^[A-Z][^.]{0,58}$/.test(text) && !listedItem(text) && !/\d/.test(text) && out.length && out.at(-1)!.body.some((l) => listedItem(l.text))) out.push({ section: 'other', body: [] });
    else out.at(-1)?.body.push(line);
  }
  return out;
}

function readItems(ctx: ExtractContext, section: Section, body: readonly DocLine[]): number {
  const starts = body.map((l, i) => (listedItem(l.text)?.title ? i : -1)).filter((i) => i >= 0);
  starts.forEach((start, k) => {
    const entry = body.slice(start, starts[k + 1] ?? body.length);
    const item = listedItem(entry[0]!.text)!;
    const text = factSentence(sentence(entry.map((l) => l.text).join(' ')));
    const proposer = section === 'new-dp' ? raisedBy(text) : undefined;
    ctx.set.proposals.push({ ref: item.ref, title: item.title, committees: [], ...(proposer ? { proposer } : {}), source: sourceOf(ctx, entry[0]!) });
    recordOutcome(ctx, section, item.ref, text, entry[0]!);
  });
  return section === 'other' ? 0 : starts.length;
}

/** The sentence that states the fact, without the entry's "MP199 'Title'" line in front of it. */
function factSentence(text: string): string {
  const body = text.replace(/^\S+\s*['‘"“][^'’"”]+['’"”]\s*(?=[A-Z])/, '');
  return sentenceContaining(body, /\b(approved|rejected|withdr\w+|implemented|went live|raised)\b/i);
}

/** Approved/rejected by a named body on a stated date; implemented or withdrawn on a stated date (or in a named release). */
function recordOutcome(ctx: ExtractContext, section: Section, ref: string, text: string, line: DocLine): void {
  if (section === 'new-dp' || section === 'other') return;
  const release = releaseNamedIn(text);
  const on = findDates(text)[0]?.iso ?? (section === 'implemented' && release ? releaseDate(release, ctx.set.releases) : undefined);
  // What the entry itself says beats the heading it is under ("Decisions" may list a withdrawal).
  const said = /\bwithdr(awn|ew|aw)\b/i.test(text) ? 'withdrawn' : decisionIn(text) ? (decisionIn(text)!.outcome === 'Approved' ? 'approved' : 'rejected') : section;
  if (!on) return warn(ctx, `${ref}: the newsletter lists it as ${said} but gives no date, so only its title was recorded.`, line);
  if (said === 'implemented') return recordStage(ctx, { ref, line }, 'Implemented', on, text);
  if (said === 'withdrawn') return recordStage(ctx, { ref, line }, 'Withdrawn', on, text);
  const body = decisionIn(text)?.body ?? (/\bchange board\b/i.test(text) ? 'Change Board' : /\b(authority|ofgem)\b/i.test(text) ? 'Authority' : undefined);
  if (!body) return warn(ctx, `${ref}: the newsletter says ${said} but not by whom (Change Board or Authority), so no decision was recorded.`, line);
  ctx.set.decisions.push({ ref, body, outcome: said === 'approved' ? 'Approved' : 'Rejected', on, sentence: text, source: sourceOf(ctx, line) });
}
