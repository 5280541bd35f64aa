import { htmlToText } from './html-to-text';

const NAMED: Record<string, string> = {
  nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', ndash: '–', mdash: '—', hellip: '…', pound: '£', bull: '•', apos: "'",
};

/**
 * A web page's HTML as lines for the extractors: scripts, styles, navigation and forms dropped, blocks
 * on their own lines, table rows as tab-separated cells (through the same htmlToText as Word documents).
 */
export function pageToText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const cleaned = body
    .replace(/<(script|style|noscript|template|svg|nav|form|footer)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/(div|section|article|header|main|aside|dd|dt|blockquote)>/gi, '\n')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => NAMED[name.toLowerCase()] ?? whole);
  return htmlToText(cleaned)
    .split('\n')
    .map((line) => line.replace(/[ \u00a0]+/g, ' ').trim())
    .filter((line, i, all) => line || (i > 0 && all[i - 1]))
    .join('\n');
}
