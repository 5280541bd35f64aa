import { canonicalRef, REF_PATTERN } from './doc-text';
import { parseDocDate } from './doc-dates';
import { sourceOf, type ExtractContext } from './extract-context';
import { plainQuotes, sentence, type DocLine } from './source-lines';
import { recordStage } from './timeline';

/**
 * "MP167 formally split into MP167A and MP167B  8 Sep 2022": this proposal and its siblings were split
 * from MP167 on that date. The parent and siblings are listed with the titles the report gives them.
 */
export function readSplit(ctx: ExtractContext, ref: string, row: { label: string; when: string; line: DocLine }): void {
  const m = new RegExp(`^(${REF_PATTERN}).*\\bsplit into\\b(.*)$`, 'i').exec(plainQuotes(row.label));
  const parent = m ? canonicalRef(m[1]!) : undefined;
  if (!m || !parent || parent === ref || !new RegExp(`\\b${ref}\\b`).test(m[2]!)) return;
  const self = ctx.set.proposals.find((p) => p.ref === ref);
  if (self) self.parent = parent;
  const on = parseDocDate(row.when)?.iso;
  const siblings = (m[2]!.match(new RegExp(REF_PATTERN, 'g')) ?? []).map((r) => canonicalRef(r)!).filter((r) => r && r !== ref);
  const parentTitle = self?.title?.replace(/\s*\([^)]*\)$/, '');
  addOnce(ctx, { ref: parent, title: parentTitle, line: row.line, stage: on ? { name: `Split into ${sentence(m[2]!)}`, on } : undefined });
  for (const sibling of siblings) {
    addOnce(ctx, { ref: sibling, title: quotedTitle(ctx, sibling), parent, line: row.line });
    readDoneUnder(ctx, sibling);
  }
}

/** "… have been removed under MP167A": the report states the sibling's change is in effect as of its date. */
function readDoneUnder(ctx: ExtractContext, ref: string): void {
  const re = new RegExp(`[^.]*\\b(?:have been|has been|were|was) (?:removed|implemented|introduced|delivered) under \\[?${ref}\\b`, 'i');
  const found = re.exec(joined(ctx));
  const line = ctx.doc.lines.find((l) => new RegExp(`under \\[?${ref}\\b`).test(plainQuotes(l.text))) ?? ctx.doc.lines.find((l) => l.text.includes(ref));
  if (found && line && ctx.docDate) recordStage(ctx, { ref, line }, 'Implemented', ctx.docDate, `${found[0].trim()}…`);
}

/** Listed before the report's own proposal, so a parent exists when its split proposals are linked to it. */
function addOnce(ctx: ExtractContext, item: { ref: string; title?: string; parent?: string; line: DocLine; stage?: { name: string; on: string } }): void {
  if (ctx.set.proposals.some((p) => p.ref === item.ref)) return;
  ctx.set.proposals.splice(ctx.set.proposals.length - 1, 0, { ref: item.ref, committees: [], ...(item.title ? { title: item.title } : {}), ...(item.parent ? { parent: item.parent } : {}), source: sourceOf(ctx, item.line) });
  if (item.stage) recordStage(ctx, { ref: item.ref, line: item.line }, item.stage.name, item.stage.on, sentence(`${item.line.text}`));
}

/** The title the report quotes after a reference: MP167A 'Review of SEC documents (Testing Approach Document criteria)'. */
function quotedTitle(ctx: ExtractContext, ref: string): string | undefined {
  const m = new RegExp(`${ref}\\s*'(.+?)'(?=[\\s.,;)\\]]|$)`).exec(joined(ctx));
  return m?.[1]!.trim();
}

/** The whole text on one line: PDFs wrap sentences across lines. */
const joined = (ctx: ExtractContext): string => sentence(plainQuotes(ctx.doc.lines.map((l) => l.text).join(' ')));
