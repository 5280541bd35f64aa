/**
 * mammoth's HTML as lines: paragraphs and list items on their own line, table rows as one line with
 * tab-separated cells (the shape of the seed documents' tables), so one set of extractors reads all formats.
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/gi, (_, cell: string) => `${flatten(cell)}\t`)
      .replace(/\t?<\/tr>/gi, '\n')
      .replace(/<li[^>]*>/gi, '- ')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|h[1-6]|li|table)>/gi, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\n')
    .map((line) => line.replace(/\t+$/, '').trimEnd())
    .join('\n');
}

function flatten(cell: string): string {
  return cell.replace(/<\/p>\s*<p[^>]*>/gi, ' ').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}
