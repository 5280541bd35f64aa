import { normaliseStage } from '../domain/lifecycle';
import { releaseDate, parseReleaseName } from '../domain/releases';
import { formatDate } from '../domain/dates';
import { parseDocDate } from './doc-dates';
import { sourceOf, warn, type ExtractContext } from './extract-context';
import type { RegisterPage } from './extract-register';
import { releaseNamedIn } from './notice-facts';
import { recordStage } from './timeline';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The page's "Stage" line: the proposal's current stage (its date comes from the timeline, if any). */
export function readRegisterStage(ctx: ExtractContext, page: RegisterPage): void {
  const field = page.fields.get('stage');
  if (!field) return warn(ctx, `${page.ref}: the page has no "Stage" line (it may be cut off), so the stage was not changed.`, page.titleLine);
  const info = normaliseStage(field.value);
  if (!info.known) warn(ctx, `${page.ref}: "${info.name}" is not a stage I know; it will be recorded as written. Check the page was not cut off.`, field.line);
  const proposal = ctx.set.proposals.find((p) => p.ref === page.ref);
  if (proposal) proposal.stage = info.name;
}

/**
 * "Implementation date": a date ("29 Nov 2019"), or a release by name ("Feb 21 SEC Release",
 * "November 2022 SEC Release"). When the stage is Implemented, that stage's date; otherwise the release
 * it targets. A date the page states is a fact, even before 2021 when releases followed no rule.
 */
export function readImplementationDate(ctx: ExtractContext, page: RegisterPage): void {
  const field = page.fields.get('implementationDate');
  if (!field) return;
  const value = field.value.replace(/\s*\(.*\)$/, '');
  const named = parseReleaseName(value) ?? releaseNamedIn(value);
  const on = parseDocDate(value)?.iso ?? (named ? releaseDate(named, ctx.set.releases) : undefined);
  if (!on) {
    const why = named ? `${named} has no stated date (releases before 2021 have none by rule)` : `could not read the implementation date "${field.value}"`;
    return warn(ctx, `${page.ref}: ${why}.`, field.line);
  }
  const proposal = ctx.set.proposals.find((p) => p.ref === page.ref);
  const stage = page.fields.get('stage');
  if (stage && normaliseStage(stage.value).name === 'Implemented') {
    if (named && proposal && !proposal.targetRelease) proposal.targetRelease = named;
    return recordStage(ctx, { ref: page.ref, line: field.line }, 'Implemented', on, field.line.text.trim());
  }
  const name = named ?? proposal?.targetRelease ?? releaseInMonth(on);
  if (!name) return warn(ctx, `${page.ref}: implementation date ${formatDate(on)} is not in a SEC Release month (February, June, November) and no target release is given. Not recorded.`, field.line);
  if (proposal && !proposal.targetRelease) proposal.targetRelease = name;
  if (!named || parseDocDate(value)) ctx.set.releases.push({ name, on, ref: page.ref, source: sourceOf(ctx, field.line) });
}

/** The scheduled release of a date's month, e.g. 3 Nov 2022 → "November 2022 SEC Release"; 29 Nov 2019 → "November 2019 SEC Release". */
function releaseInMonth(date: string): string | undefined {
  const month = Number(date.slice(5, 7));
  return [2, 6, 11].includes(month) ? parseReleaseName(`${MONTH_NAMES[month - 1]} ${date.slice(0, 4)}`) : undefined;
}
