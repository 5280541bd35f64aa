import { formatDate } from '../domain/dates';
import { recordSecVersion } from '../domain/operations';
import { proposalRefSchema } from '../../storage/schema';
import { metaFor, warnItem, type ApplyContext } from './apply-context';
import type { ImportedRelease } from './change-set';

/** The name extract-release gives an SEC version: "SEC v45.0". */
const VERSION_NAME = /^SEC v(\d+(?:\.\d+)?)$/;

/** The version number of a change-set release that is an SEC version ("SEC v45.0" → "45.0"), else undefined. */
export const secVersionOf = (name: string): string | undefined => VERSION_NAME.exec(name)?.[1];

/**
 * An SEC version the document states (its date, designation and contents) goes to the store's SEC versions,
 * not its releases: returns false when the item is a release. A differing date is a warning, never a silent
 * overwrite.
 */
export function applySecVersion(ctx: ApplyContext, item: ImportedRelease): boolean {
  const version = secVersionOf(item.name);
  if (!version) return false;
  const said = item.contains ?? [];
  const contains = said.filter((c) => proposalRefSchema.safeParse(c).success);
  const text = said.filter((c) => !contains.includes(c)).join('; ') || undefined;
  const result = recordSecVersion(ctx.draft, { version, on: item.on, designated: item.designation, contains, text }, metaFor(ctx, item.source));
  if (result.outcome === 'conflict') {
    warnItem(ctx, `The store has SEC version ${result.version.version} in effect from ${formatDate(result.version.on)}; ${item.source.file} says ${formatDate(item.on)}. Left as it is.`, item.source);
  } else if (result.outcome === 'unchanged') ctx.report.unchanged++;
  else ctx.report.applied.releases.push(item);
  return true;
}
