import type { StageEntry } from '../../../storage/schema';
import { formatDate } from '../dates';

/** The document a fact came from, as a person names it: "import CSC_12_2502.docx:88" → "CSC_12_2502.docx". */
export function sourceDocument(source: string): string {
  return source.replace(/^(import|demo:)\s+/, '').replace(/:\d+$/, '').replace(/\s+\(\d{1,2} \w{3} \d{4}\)$/, '');
}

/** "since 25 Feb 2020", or "first seen 25 Feb 2020 in CSC 12_2502 minutes" when that is all the date means. */
export function stageDateText(entry: Pick<StageEntry, 'on' | 'source' | 'firstSeen'>): string {
  return entry.firstSeen ? `first seen ${formatDate(entry.on)} in ${sourceDocument(entry.source)}` : `since ${formatDate(entry.on)}`;
}
