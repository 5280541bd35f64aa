import { parseProposalRef } from '../domain/references';
import { parseReleaseName } from '../domain/releases';
import { parseDocDate } from './doc-dates';
import { refHeading } from './doc-text';
import { setDocDate, sourceOf, warn, type ExtractContext } from './extract-context';
import { findDates } from './doc-dates';
import { readLatestUpdate } from './register-latest-update';
import { registerLabel, splitProposer, type RegisterField } from './register-fields';
import { readImplementationDate, readRegisterStage } from './register-stage';
import { scanTimeline } from './scan-timeline';
import type { DocLine } from './source-lines';
import { recordTimelineRow } from './timeline';

export interface RegisterPage {
  ref: string;
  title: string;
  titleLine: DocLine;
  fields: Map<RegisterField, { value: string; line: DocLine }>;
  body: DocLine[];
}

/** "Last updated: 4 March 2024", "Page updated 4 Mar 2024": the date the page states what it states. */
const UPDATED = /^(last updated|page (last )?updated|updated( on)?|last modified)\b/i;
const SECTION_END = /^(What (is|are|SEC)\b.*\?|Timeline|Modification documents)$/i;

/** One or more register pages (a file may hold several, e.g. a scrape of the whole register). */
export function extractRegister(ctx: ExtractContext): void {
  const updated = ctx.doc.lines.find((l) => UPDATED.test(l.text.trim()) && findDates(l.text)[0]);
  if (updated) setDocDate(ctx, findDates(updated.text)[0]!.iso);
  const pages = splitPages(ctx.doc.lines);
  if (!pages.length) warn(ctx, `${ctx.doc.file}: found register labels but no proposal reference heading such as "MP099 Title".`);
  for (const page of pages) extractPage(ctx, page);
}

function splitPages(lines: readonly DocLine[]): RegisterPage[] {
  const starts = lines.map((l, i) => (isPageStart(lines, i) ? i : -1)).filter((i) => i >= 0);
  return starts.map((start, k) => toPage(lines.slice(start, starts[k + 1] ?? lines.length)));
}

function isPageStart(lines: readonly DocLine[], i: number): boolean {
  if (!refHeading(lines[i]!.text, { quoted: false })) return false;
  return lines.slice(i + 1, i + 10).some((l) => registerLabel(l.text));
}

function toPage(lines: DocLine[]): RegisterPage {
  const heading = refHeading(lines[0]!.text, { quoted: false })!;
  const fields = new Map<RegisterField, { value: string; line: DocLine }>();
  let i = 1;
  let last: RegisterField | undefined;
  for (; i < Math.min(lines.length, 40); i++) {
    const text = lines[i]!.text.trim();
    if (SECTION_END.test(text)) break;
    const label = registerLabel(text);
    if (label && !fields.has(label.field)) fields.set(label.field, { value: label.value, line: lines[i]! });
    else if (!label && text && last === 'latestUpdate') fields.get(last)!.value += ` ${text}`; // wrapped in a PDF
    last = label?.field ?? (text ? last : undefined);
  }
  return { ref: heading.ref, title: heading.title, titleLine: lines[0]!, fields, body: lines.slice(i) };
}

function extractPage(ctx: ExtractContext, page: RegisterPage): void {
  const field = (name: RegisterField): string | undefined => page.fields.get(name)?.value;
  const raised = field('raised');
  const raisedOn = raised ? parseDocDate(raised)?.iso : undefined;
  if (raised && !raisedOn) warn(ctx, `${page.ref}: could not read the date raised "${raised}".`, page.fields.get('raised')!.line);
  const proposer = field('proposer') ? splitProposer(field('proposer')!) : undefined;
  const organisation = field('organisation');
  ctx.set.proposals.push({
    ref: page.ref,
    title: page.title,
    committees: [],
    ...(proposer || organisation ? { proposer: { ...proposer, ...(organisation ? { organisation } : {}) } } : {}),
    ...(field('leadAnalyst') ? { leadAnalyst: field('leadAnalyst') } : {}),
    // A split part's page gives the date its parent was raised: not the part's (it began at the split).
    ...(raisedOn && !parseProposalRef(page.ref)?.suffix ? { raisedOn } : {}),
    ...(field('path') ? { path: field('path') } : {}),
    ...targetRelease(ctx, page),
    ...parentOf(page.ref),
    source: sourceOf(ctx, page.titleLine),
  });
  readTimeline(ctx, page);
  readLatestUpdate(ctx, page);
  readImplementationDate(ctx, page);
  readRegisterStage(ctx, page);
}

function targetRelease(ctx: ExtractContext, page: RegisterPage): { targetRelease?: string } {
  const found = page.fields.get('targetRelease');
  if (!found) return {};
  const name = parseReleaseName(found.value.replace(/\s*\(.*\)$/, ''));
  if (!name) warn(ctx, `${page.ref}: "${found.value}" is not a SEC Release name such as "November 2022 SEC Release". Not recorded.`, found.line);
  return name ? { targetRelease: name } : {};
}

function readTimeline(ctx: ExtractContext, page: RegisterPage): void {
  const end = page.body.findIndex((l) => /^Modification documents$/i.test(l.text.trim()));
  const { rows, dangling } = scanTimeline(end === -1 ? page.body : page.body.slice(0, end), false);
  for (const row of rows) recordTimelineRow(ctx, { ref: page.ref, ...row });
  if (dangling) warn(ctx, `${page.ref}: the timeline ends with "${dangling.text.trim()}" and no event after it (the page looks cut off).`, dangling);
}

/** The proposal a lettered one was split from, by SECAS's numbering: MP102A and MP102B were split from MP102. */
function parentOf(ref: string): { parent?: string } {
  const parsed = parseProposalRef(ref);
  return parsed?.suffix ? { parent: ref.slice(0, -1) } : {};
}
