import { canonicalRef, categoryOf, organisationName, REF_PATTERN } from './doc-text';
import { parseDocDate } from './doc-dates';
import { documentDate } from './doc-facts';
import { setDocDate, sourceOf, warn, type ExtractContext } from './extract-context';
import { pathFrom } from './notice-facts';
import { plainQuotes, type DocLine } from './source-lines';

type FormField = 'ref' | 'title' | 'proposer' | 'organisation' | 'category' | 'path' | 'raised';

const LABELS: readonly [RegExp, FormField][] = [
  [/^(modification proposal|draft proposal|proposal|modification) (reference|ref\.?|number)\b/i, 'ref'],
  [/^((modification|draft) proposal |modification )?title\b/i, 'title'],
  [/^(proposer('s)? (organisation|company)|organisation( name)?|company( name)?)\b/i, 'organisation'],
  [/^(proposer('s)? name|proposer|name of proposer)\b/i, 'proposer'],
  [/^((sec )?party category|proposer('s)? (sec )?party category)\b/i, 'category'],
  [/^((proposed |modification |recommended )?path|(proposed )?modification route)\b/i, 'path'],
  [/^(date (raised|submitted)|submission date)\b/i, 'raised'],
];
const PLACEHOLDER = /^\[.*\]$|^(MP|DP)\s?x+$|^(tbc|n\/a|-)$/i;

/** A Modification (or Draft) Proposal form: reference, title, proposer, organisation, party category, path. */
export function extractMpForm(ctx: ExtractContext): void {
  const lines = ctx.doc.lines;
  setDocDate(ctx, documentDate(lines.slice(0, 12))?.iso);
  const fields = readFields(lines);
  const refText = fields.get('ref')?.value ?? lines.slice(0, 12).map((l) => new RegExp(`\\b${REF_PATTERN}\\b`).exec(l.text)?.[0]).find(Boolean);
  const ref = refText ? canonicalRef(refText) : undefined;
  if (!ref) return warn(ctx, `${ctx.doc.file}: the form gives no proposal reference (DPnnn or MPnnn), so nothing was recorded.`);
  const value = (f: FormField): string | undefined => fields.get(f)?.value;
  const organisation = value('organisation') ? organisationName(value('organisation')!) : undefined;
  const category = value('category') ?? categoryOf(organisation);
  const path = value('path') ? pathFrom(value('path')!) ?? value('path') : undefined;
  const raisedOn = value('raised') ? parseDocDate(value('raised')!)?.iso : undefined;
  const name = value('proposer');
  ctx.set.proposals.push({
    ref, committees: [], ...(value('title') ? { title: value('title')!.replace(/^['"](.*)['"]$/, '$1') } : {}),
    ...(name || organisation ? { proposer: { ...(name ? { name } : {}), ...(organisation ? { organisation } : {}), ...(category ? { category } : {}) } } : {}),
    ...(path ? { path } : {}), ...(raisedOn ? { raisedOn } : {}),
    source: sourceOf(ctx, fields.get('ref')?.line ?? fields.get('title')?.line ?? lines[0]!),
  });
}

/** "Label: value", "Label<TAB>value", or the label alone with its value on the next line. Placeholders are skipped. */
function readFields(lines: readonly DocLine[]): Map<FormField, { value: string; line: DocLine }> {
  const fields = new Map<FormField, { value: string; line: DocLine }>();
  lines.forEach((line, i) => {
    const text = plainQuotes(line.text).trim();
    for (const [re, field] of LABELS) {
      const m = re.exec(text);
      if (!m || fields.has(field)) continue;
      const rest = text.slice(m[0].length).replace(/^[\s:|–-]+/, '').trim();
      const value = rest || lines.slice(i + 1, i + 3).map((l) => l.text.trim()).find(Boolean) || '';
      // A value on the next line must not be the next label; on the same line "Path: Path 2 ..." is a value.
      const isLabel = !rest && LABELS.some(([other]) => other.test(value));
      if (value && !PLACEHOLDER.test(value) && value.length <= 200 && !isLabel) fields.set(field, { value, line });
      break;
    }
  });
  return fields;
}
