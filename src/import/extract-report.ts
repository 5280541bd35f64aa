import { parseReleaseName } from '../domain/releases';
import { parseDocDate } from './doc-dates';
import { documentDate, raisedBy } from './doc-facts';
import { canonicalRef, multiLineTitle, refHeading, REF_PATTERN } from './doc-text';
import { setDocDate, sourceOf, warn, type ExtractContext } from './extract-context';
import { scanTimeline } from './scan-timeline';
import { plainQuotes, type DocLine } from './source-lines';
import { readSplit } from './report-split';
import { recordTimelineRow } from './timeline';

const PATHS: readonly [RegExp, string][] = [
  [/\bSelf-Governance Modification\b/i, 'Path 3: Self-Governance'],
  [/\bAuthority Determination Modification\b|\bPath 2\b/i, 'Path 2: Authority Determination'],
  [/\bAuthority-led Modification\b|\bPath 1\b/i, 'Path 1: Authority-led'],
  [/\bFast-Track Modification\b/i, 'Fast-Track'],
];

/** A Modification Report: cover, proposer, path, target release, implementation dates and the progression timetable. */
export function extractReport(ctx: ExtractContext): void {
  const lines = ctx.doc.lines;
  const cover = readCover(lines);
  if (!cover) return warn(ctx, `${ctx.doc.file}: no proposal reference (such as "MP167B") on the cover page, so nothing was read.`);
  setDocDate(ctx, documentDate(lines.slice(0, 40))?.iso);
  const text = lines.map((l) => l.text.trim()).join(' ');
  const proposer = raisedBy(text);
  const path = PATHS.find(([re]) => re.test(text))?.[1];
  const target = /\btargeted for (?:implementation in )?the (\w+ \d{4}) (?:SEC )?Release\b/i.exec(text);
  const targetRelease = target ? parseReleaseName(target[1]!) : undefined;
  ctx.set.proposals.push({
    ref: cover.ref,
    ...(cover.title ? { title: cover.title } : {}),
    committees: [],
    ...(proposer ? { proposer } : {}),
    ...(path ? { path } : {}),
    ...(targetRelease ? { targetRelease } : {}),
    source: sourceOf(ctx, cover.line),
  });
  readImplementationDates(ctx, cover.ref, lines);
  readTimetable(ctx, cover.ref, lines);
}

function readCover(lines: readonly DocLine[]): { ref: string; title?: string; line: DocLine } | undefined {
  for (let i = 0; i < Math.min(lines.length, 30); i++) {
    const line = lines[i]!;
    const heading = refHeading(line.text, { quoted: true });
    if (heading) return { ...heading, line };
    const alone = new RegExp(`^${REF_PATTERN}$`).exec(line.text.trim());
    if (!alone) continue;
    const next = lines.slice(i + 1).findIndex((l) => l.text.trim());
    const title = next === -1 ? undefined : multiLineTitle(lines, i + 1 + next)?.title;
    return { ref: canonicalRef(alone[0])!, ...(title ? { title } : {}), line };
  }
  return undefined;
}

/** "29 February 2024 (February 2024 SEC Release) if a decision ..." → the release and its date. */
function readImplementationDates(ctx: ExtractContext, ref: string, lines: readonly DocLine[]): void {
  for (const line of lines) {
    const m = /^[-•*]?\s*(\d{1,2} \w+ \d{4})\s*\((\w+ \d{4}) SEC Release\)/.exec(line.text.trim());
    const on = m ? parseDocDate(m[1]!)?.iso : undefined;
    const name = m ? parseReleaseName(m[2]!) : undefined;
    if (on && name) ctx.set.releases.push({ name, on, ref, source: sourceOf(ctx, line) });
  }
}

function readTimetable(ctx: ExtractContext, ref: string, lines: readonly DocLine[]): void {
  const start = lines.findLastIndex((l) => /^Appendix \d+:\s*Progression timetable$/i.test(l.text.trim()) || /^Progression timetable$/i.test(l.text.trim()));
  if (start === -1) return warn(ctx, `${ref}: the report has no progression timetable, so no dates were read from it.`);
  const end = lines.findIndex((l, i) => i > start && /^(Italics denote|Appendix \d+:)/i.test(l.text.trim()));
  const { rows } = scanTimeline(lines.slice(start + 1, end === -1 ? lines.length : end), true);
  for (const row of rows) {
    readSplit(ctx, ref, row);
    recordTimelineRow(ctx, { ref, ...row });
  }
}
