import { canonicalRef, REF_PATTERN } from './doc-text';
import { plainQuotes, sentence } from './source-lines';

/**
 * One listed proposal as SECAS's pages write it: `MP123 'Title'`, `SECMP0049 – Title`, a table row
 * `MP123<TAB>Title<TAB>Implemented`, or a scraped row with the cells glued: `MP123 'Title'Implemented`.
 */
export interface ListedItem {
  ref: string;
  title?: string;
  /** The status cell, when the row has one ("Implemented", "Withdrawn"...). */
  status?: string;
  /** What follows the title: "(Closing Date: 14 July 2023)". */
  rest: string;
}

const STATUS = '(Implemented|Not implemented|Pending Implementation|Withdrawn|Rejected|Approved|Deferred(?: to .{3,40})?|Postponed(?: to .{3,40})?|Removed(?: from (?:the )?release)?|Moved to .{3,40})';
const itemRe = new RegExp(`^\\s*(?:[-•*–]\\s*)?(${REF_PATTERN})(?![\\w/])[\\s:–-]*(.*)$`);
const statusAtEnd = new RegExp(`^(.*?)[\\s|–-]*\\b${STATUS}[.]?$`, 'i');
/** The last quote that closes the title: before a space, a bracket, the end, or a glued status word. */
const quotedRe = /^['"](.+)['"](?=\s|$|\(|[A-Z][a-z]|[,.;:])(.*)$/;

/** A line that starts with a proposal reference, read as a listed item; undefined otherwise. */
export function listedItem(text: string): ListedItem | undefined {
  const m = itemRe.exec(plainQuotes(text));
  const ref = m ? canonicalRef(m[1]!) : undefined;
  if (!m || !ref) return undefined;
  const cells = m[2]!.split('\t').map((c) => c.trim()).filter(Boolean);
  if (cells.length >= 2) return fromCells(ref, cells);
  return fromText(ref, sentence(m[2]!));
}

function fromCells(ref: string, cells: string[]): ListedItem {
  const last = cells[cells.length - 1]!;
  const status = new RegExp(`^${STATUS}$`, 'i').test(last) ? last : undefined;
  const title = unquote(cells[0]!);
  return { ref, ...(title ? { title } : {}), ...(status ? { status } : {}), rest: cells.slice(1, status ? -1 : undefined).join(' ') };
}

function fromText(ref: string, text: string): ListedItem {
  const quoted = quotedRe.exec(text);
  if (quoted) {
    const tail = quoted[2]!.trim();
    const status = new RegExp(`^${STATUS}\\.?$`, 'i').exec(tail)?.[1];
    return { ref, title: quoted[1]!.trim(), ...(status ? { status } : {}), rest: status ? '' : tail };
  }
  const glued = statusAtEnd.exec(text);
  const title = glued ? glued[1]!.trim() : text;
  const plain = title && !/[.;]$/.test(title) && title.length <= 160 && !/\b(is|was|has|have|will|were)\b/.test(title) ? title : undefined;
  return { ref, ...(plain ? { title: plain.replace(/^[-–:]\s*/, '') } : {}), ...(glued ? { status: glued[2] } : {}), rest: plain ? '' : text };
}

/** "'Title'" → "Title"; "'Title' part 2" → "Title part 2". */
function unquote(text: string): string {
  return text.replace(/^['"](.*)['"]$/, '$1').replace(/^['"]([^'"]+)['"]\s+(\S.*)$/, '$1 $2').trim();
}

/** "Implemented", "implemented." → true: the row says the change went live in this release. */
export function saysImplemented(status: string | undefined): boolean {
  return !!status && /^implemented\.?$/i.test(status.trim());
}
