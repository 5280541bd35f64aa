import { releaseDate } from '../domain/releases';
import { documentDate } from './doc-facts';
import { REF_PATTERN, canonicalRef } from './doc-text';
import { setDocDate, sourceOf, warn, type ExtractContext } from './extract-context';
import { listedItem, saysImplemented, type ListedItem } from './notice-items';
import { pathFrom, releaseNamedIn, reportsDone, statedEffectiveDate } from './notice-facts';
import { SEC_VERSION } from './sec-document';
import { plainQuotes, sentence, type DocLine } from './source-lines';
import { recordStage } from './timeline';

interface Listed extends ListedItem {
  line: DocLine;
}

const HEAD = 12;

/**
 * A release notice ("SEC v62.0 released to implement MP200"), a release scope page ("June 2022 SEC
 * Release" with its table of modifications) or an off-cycle/designation post. The release (or SEC
 * version) is recorded with the date the page states; every listed change marked Implemented (or
 * reported as implemented by the notice) moves to Implemented on that date. A post with no proposal
 * reference (a Secretary of State direction) records the version only: no proposal is invented.
 */
export function extractRelease(ctx: ExtractContext): void {
  const lines = ctx.doc.lines;
  setDocDate(ctx, documentDate(lines.slice(0, HEAD))?.iso);
  const head = lines.slice(0, HEAD).map((l) => l.text).join('\n');
  const name = releaseNamedIn(head);
  const version = SEC_VERSION.exec(head)?.[1];
  const stated = statedEffectiveDate(lines);
  const on = stated?.on ?? (name ? releaseDate(name) : undefined);
  const where = stated?.line ?? lines.find((l) => l.text.trim()) ?? lines[0]!;
  if (stated) {
    if (name) ctx.set.releases.push({ name, on: stated.on, source: sourceOf(ctx, stated.line) });
    if (version) ctx.set.releases.push({ name: `SEC v${version}`, on: stated.on, ...versionFacts(lines, itemsOf(lines).map((i) => i.ref)), source: sourceOf(ctx, stated.line) });
  } else if (!on) warn(ctx, `${ctx.doc.file}: the page states no date for ${name ?? (version ? `SEC v${version}` : 'the release')}, and releases before 2021 have no date by rule. Nothing was marked Implemented.`, where);
  const text = lines.map((l) => l.text).join('\n');
  // Only a sentence that states the date in the past tense makes unmarked rows Implemented: scope pages plan.
  const done = !!stated && stated.on <= (ctx.docDate ?? ctx.today) && reportsDone(stated.sentence);
  const items = itemsOf(lines);
  // In a table with a status per row, a row without "Implemented" is not implemented, whatever the page says.
  const statusColumn = items.some((i) => i.status || /\t.+\t/.test(i.line.text));
  for (const item of items) {
    const path = pathFrom(lines.filter((l) => l.text.includes(item.ref)).map((l) => l.text).join(' ')) ?? (items.length === 1 ? pathFrom(text) : undefined);
    ctx.set.proposals.push({
      ref: item.ref, committees: [], ...(item.title ? { title: item.title } : {}), ...targetOf(item.status, name), ...(path ? { path } : {}),
      source: sourceOf(ctx, item.line),
    });
    const implemented = saysImplemented(item.status) || (!item.status && !statusColumn && done);
    const row = sentence(item.line.text);
    if (implemented && on) recordStage(ctx, { ref: item.ref, line: item.line }, 'Implemented', on, stated ? `${row} — ${stated.sentence}` : row, saysImplemented(item.status));
    else if (item.status && !saysImplemented(item.status)) {
      // "Withdrawn" in a row states the stage but not its date: the proposal says so, dated only by the page.
      if (/^(withdrawn|rejected)$/i.test(item.status.trim())) ctx.set.proposals.at(-1)!.stage = item.status.trim().replace(/^./, (c) => c.toUpperCase());
      ctx.set.events.push({ ref: item.ref, text: `${item.status}${name ? ` (${name})` : ''}`, source: sourceOf(ctx, item.line) });
    }
  }
}

/** The release a row targets: this one, or the one it was moved to ("Deferred to June 2022 SEC Release"); none when removed. */
function targetOf(status: string | undefined, name: string | undefined): { targetRelease?: string } {
  if (status && /^(deferred|postponed|moved|removed)/i.test(status)) {
    const moved = releaseNamedIn(status);
    return moved ? { targetRelease: moved } : {};
  }
  return name ? { targetRelease: name } : {};
}

/** A designation by the Secretary of State, and what the version contains: its modifications, or the page's words. */
function versionFacts(lines: readonly DocLine[], refs: string[]): { designation?: boolean; contains?: string[] } {
  const text = sentence(lines.map((l) => l.text).join(' '));
  const designation = /\bSecretary of State\b|\b(re-?)?designat(ed|ion)\b/i.test(text) && !refs.length;
  const said = /\b(?:It|This version|The version) (?:contains|includes) (.+?)\.(?:\s|$)/i.exec(text)?.[1];
  const contains = refs.length ? refs : said ? [said] : [];
  return { ...(designation ? { designation } : {}), ...(contains.length ? { contains } : {}) };
}

/** Table rows and list lines that start with a reference, then references a notice says it implements. */
function itemsOf(lines: readonly DocLine[]): Listed[] {
  const found = new Map<string, Listed>();
  for (const line of lines) {
    const item = listedItem(line.text);
    if (item && (item.title || item.status) && !found.has(item.ref)) found.set(item.ref, { ...item, line });
  }
  const implementRe = new RegExp(`\\bimplement(?:s|ed|ing)?\\s+((?:(?:${REF_PATTERN})(?:\\s*['"][^'"]+['"])?(?:,\\s*|\\s+and\\s+)?)+)`, 'g');
  for (const line of lines) {
    for (const m of plainQuotes(line.text).matchAll(implementRe)) {
      for (const ref of m[1]!.match(new RegExp(REF_PATTERN, 'g')) ?? []) {
        const canonical = canonicalRef(ref);
        if (!canonical) continue;
        const title = titleNear(lines, canonical);
        const known = found.get(canonical);
        if (!known) found.set(canonical, { ref: canonical, ...(title ? { title } : {}), rest: '', line });
        else if (!known.title && title) known.title = title;
      }
    }
  }
  return [...found.values()];
}

/** The quoted title written after a reference anywhere on the page: MP200 ‘Faster Switching…’. */
function titleNear(lines: readonly DocLine[], ref: string): string | undefined {
  const re = new RegExp(`${ref}\\s*['"](.+?)['"](?=[\\s.,;)]|$)`);
  for (const line of lines) {
    const m = re.exec(plainQuotes(line.text));
    if (m) return m[1]!.trim();
  }
  return undefined;
}
