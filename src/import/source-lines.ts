/** One line of a document's text, numbered as in the file (txt/md) or the extracted text (docx/pdf). */
export interface DocLine {
  n: number;
  text: string;
  /** PDF page, 1-based. */
  page?: number;
}

export type DocFormat = 'txt' | 'md' | 'docx' | 'pdf';

export interface SourceDoc {
  /** File name as given (no directories), used in sources and messages. */
  file: string;
  format: DocFormat;
  lines: DocLine[];
}

/**
 * Markup left in scraped or converted text is removed so extractors see words: HTML tags, markdown
 * bold/links/headings, pipe tables (cells become tab-separated like the seed documents' tables).
 */
export function cleanLine(raw: string): string {
  let line = raw.replace(/\u00a0/g, ' ').replace(/\r$/, '');
  if (/^\s*\|?\s*:?-{3,}/.test(line) && /^[\s|:-]+$/.test(line)) return '';
  if (/^\s*\|.*\|\s*$/.test(line)) line = line.trim().slice(1, -1).split('|').map((c) => c.trim()).join('\t');
  line = line
    .replace(/<\/(p|td|th|li|div)>\s*/gi, ' ')
    .replace(/<[^>]{1,200}>/g, '')
    .replace(/\[([^\]]{1,400})\]\([^)]{0,400}\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/^#{1,6}\s+/, '')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;/g, ' ')
    .replace(/\\([()[\]])/g, '$1');
  return line.replace(/[ ]{2,}/g, ' ').replace(/\s+$/, '');
}

export function toDocLines(text: string, page?: number, firstLine = 1): DocLine[] {
  return text.split('\n').map((raw, i) => ({ n: firstLine + i, text: cleanLine(raw), ...(page ? { page } : {}) }));
}

/** Typographic quotes and dashes as plain ones, for matching (the original text is kept for display). */
export function plainQuotes(text: string): string {
  return text.replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"');
}

/** Collapse whitespace, including the tabs of table rows, for a sentence shown to people. */
export function sentence(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
