import { documentDate } from './doc-facts';
import { kindOf, readConsultationEntries } from './consultation-entries';
import { setDocDate, warn, type ExtractContext } from './extract-context';
import { listedItem } from './notice-items';

const HEAD = 12;

/**
 * A consultation notice, or a page listing several: "MP123 'Title' (Closing Date: 14 July 2023)",
 * "… responses by 5pm on Friday 14 July 2023". Each gives the reference, title, kind, closing date
 * and time, and the opening date when stated; the other end stays unknown when it is not.
 */
export function extractConsultationNotice(ctx: ExtractContext): void {
  const lines = ctx.doc.lines;
  setDocDate(ctx, documentDate(lines.slice(0, HEAD))?.iso);
  const first = lines.findIndex((l) => listedItem(l.text));
  const pageKind = kindOf(lines.slice(0, first === -1 ? HEAD : Math.min(first, HEAD)).map((l) => l.text).join(' '));
  if (!readConsultationEntries(ctx, lines, pageKind)) {
    warn(ctx, `${ctx.doc.file}: found no consultation with a reference, a title and a closing or opening date, such as "MP123 'Title' (Closing Date: 14 July 2023)".`);
  }
}
