import { parseProposalRef } from '../domain/references';
import { plainQuotes, sentence } from './source-lines';
import type { DocLine } from './source-lines';

/** A reference as documents write it: DP088, MP167B, SECMP0025, also "DP 096" and Ofgem's "SECMP130". */
export const REF_PATTERN = '(?:SECMP\\s?\\d{2,4}(?!\\d)|(?:DP|MP)\\s?\\d{3}[A-Z]?)';
const refAtStart = new RegExp(`^(${REF_PATTERN})\\b\\s*(.*)$`);
const QUOTE = `['"]`;

/** The canonical reference through the domain's reference rules. */
export function canonicalRef(text: string): string | undefined {
  return parseProposalRef(text.replace(/\s+/g, ''))?.ref;
}

/**
 * A heading such as `DP088 'Power to raise modifications'`, `[DP095 'Alignment'](#)` or
 * `MP099 Title without quotes`. Nested quotes survive: `'Changes to Appendix R 'CTSD''`.
 */
export function refHeading(text: string, opts: { quoted: boolean }): { ref: string; title: string } | undefined {
  const m = refAtStart.exec(plainQuotes(text.trim()));
  if (!m) return undefined;
  const ref = canonicalRef(m[1]!);
  const rest = m[2]!.trim();
  if (!ref) return undefined;
  const quoted = new RegExp(`^${QUOTE}(.+)${QUOTE}$`).exec(rest);
  if (quoted) return { ref, title: quoted[1]!.trim() };
  if (opts.quoted || !rest || /[.:;]$/.test(rest) || rest.length > 160) return undefined;
  return { ref, title: rest.replace(/^[-–:]\s*/, '') };
}

/** A title that starts with a quote on one line and ends on a later one (the Modification Report cover). */
export function multiLineTitle(lines: readonly DocLine[], start: number): { title: string; end: number } | undefined {
  const first = plainQuotes(lines[start]?.text ?? '').trim();
  if (!/^['"]/.test(first)) return undefined;
  const parts: string[] = [];
  for (let i = start; i < Math.min(lines.length, start + 5); i++) {
    const text = plainQuotes(lines[i]!.text).trim();
    parts.push(text);
    const closes = /['"]$/.test(i === start ? text.slice(1) : text);
    if (closes) return { title: sentence(parts.join(' ')).replace(/^['"]|['"]$/g, '').trim(), end: i };
  }
  return undefined;
}

/** "the DCC" → "DCC"; "the Data Communications Company (DCC)" → "DCC"; "British Gas" stays. */
export function organisationName(text: string): string {
  const t = sentence(text).replace(/^the\s+/i, '').replace(/[.,;]+$/, '');
  const acronym = /\(([A-Z][A-Za-z&]{1,10})\)$/.exec(t);
  if (acronym && /^(DCC)$/.test(acronym[1]!)) return acronym[1]!;
  return t;
}

/** Only the DCC's party category can be read from its name; others are left for the change team. */
export function categoryOf(organisation: string | undefined): string | undefined {
  return organisation === 'DCC' ? 'DCC' : undefined;
}

/** Every reference mentioned in a sentence, canonical and de-duplicated, in order. */
export function refsIn(text: string): string[] {
  const found = [...text.matchAll(new RegExp(`\\b${REF_PATTERN}\\b`, 'g'))].map((m) => canonicalRef(m[0]));
  return [...new Set(found.filter((r): r is string => !!r))];
}

export function isBlank(line: DocLine | undefined): boolean {
  return !line || line.text.trim() === '';
}

/** Sentences of a paragraph, for quoting the one a fact came from. */
export function sentenceContaining(text: string, needle: RegExp): string {
  const parts = sentence(text).split(/(?<=[.;])\s+(?=[A-Z-])/);
  return parts.find((p) => needle.test(p)) ?? sentence(text);
}
