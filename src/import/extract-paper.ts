import { formatDate } from '../domain/dates';
import { toIso } from './doc-dates';
import { documentDate, leadAnalyst, raisedBy, committeeFromName } from './doc-facts';
import { refHeading } from './doc-text';
import { toUnits } from './paragraphs';
import { setDocDate, sourceOf, warn, type ExtractContext } from './extract-context';
import type { DocLine } from './source-lines';

/** A paper listing new Draft Proposals for a sub-committee (e.g. OPSG_26_0511_16). */
export function extractPaper(ctx: ExtractContext): void {
  const lines = ctx.doc.lines;
  setDocDate(ctx, documentDate(lines)?.iso);
  const committee = readPaperReference(ctx);
  const numbered = lines.findIndex((l) => /^\d+\.\s*New Draft Proposals$/i.test(l.text.trim()));
  const start = numbered !== -1 ? numbered : lines.findIndex((l) => /^New Draft Proposals$/i.test(l.text.trim()));
  const end = lines.findIndex((l, i) => i > start && /^\d+\.\s+\S/.test(l.text.trim()));
  const section = lines.slice(start + 1, end === -1 ? lines.length : end);
  const headings = section.map((l, i) => (refHeading(l.text, { quoted: true }) ? i : -1)).filter((i) => i >= 0);
  headings.forEach((h, k) => readEntry(ctx, section.slice(h, headings[k + 1] ?? section.length), committee));
  if (!headings.length) warn(ctx, `${ctx.doc.file}: found no Draft Proposal headings such as "DP088 'Title'" under "New Draft Proposals".`);
}

function readEntry(ctx: ExtractContext, lines: DocLine[], committee: string | undefined): void {
  const heading = refHeading(lines[0]!.text, { quoted: true })!;
  const units = toUnits(lines.slice(1), { alone: (t) => /^Anticipated Operational Impacts$/i.test(t) });
  const text = units.map((u) => u.text).join(' ');
  const proposer = raisedBy(text);
  const analyst = leadAnalyst(text);
  if (!proposer) warn(ctx, `${heading.ref}: no "raised by NAME of ORGANISATION" sentence found, so no proposer was recorded.`, lines[0]);
  const summary = summaryOf(units.map((u) => u.text));
  ctx.set.proposals.push({
    ref: heading.ref,
    title: heading.title,
    committees: committee ? [committee] : [],
    ...(proposer ? { proposer } : {}),
    ...(analyst ? { leadAnalyst: analyst } : {}),
    ...(summary ? { summary } : {}),
    source: sourceOf(ctx, lines[0]!),
  });
}

/** The problem statement's first sentences (after who raised it), up to about 400 characters. */
function summaryOf(sentences: readonly string[]): string | undefined {
  const start = sentences.findIndex((t) => !/raised by|Lead Analyst/.test(t));
  const end = sentences.findIndex((t, i) => i > start && /^Anticipated Operational Impacts$/i.test(t));
  let summary = '';
  for (const text of sentences.slice(start, end === -1 ? undefined : end)) {
    if (summary && summary.length + text.length > 400) break;
    summary = summary ? `${summary} ${text}` : text;
  }
  return start === -1 || !summary ? undefined : summary;
}

/** "Paper Reference: OPSG_26_0511_16" → the committee, and its meeting (number 26, 5 Nov). */
function readPaperReference(ctx: ExtractContext): string | undefined {
  const line = ctx.doc.lines.find((l) => /^Paper Reference\b/i.test(l.text.trim()));
  const m = line && /([A-Z][A-Z ]*?)_(\d+)_(\d{2})(\d{2})(?:_\d+)?\b/.exec(line.text);
  if (!line || !m) return undefined;
  const committee = committeeFromName(m[1]!);
  if (!committee) {
    warn(ctx, `${ctx.doc.file}: the paper reference names "${m[1]}", which is not a committee I know; proposals were given no committee.`, line);
    return undefined;
  }
  const on = meetingDate(ctx, +m[3]!, +m[4]!);
  if (on) {
    ctx.set.meetings.push({ ref: `${committee} ${m[2]}_${m[3]}${m[4]}`, committee, number: +m[2]!, on, source: sourceOf(ctx, line) });
    warn(ctx, `The paper reference gives the ${committee} meeting as ${m[3]}/${m[4]} with no year; ${formatDate(on)} assumed from the paper's date. Check it before applying.`, line);
  }
  return committee;
}

/** Day and month from a paper reference; the year is the first on or after the paper's own date. */
function meetingDate(ctx: ExtractContext, day: number, month: number): string | undefined {
  if (!ctx.docDate) return undefined;
  const year = Number(ctx.docDate.slice(0, 4));
  const same = toIso(year, month, day);
  return same && same >= ctx.docDate ? same : toIso(year + 1, month, day);
}
