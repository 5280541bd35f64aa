import { normaliseStage } from '../domain/lifecycle';
import { releaseDate, parseReleaseName } from '../domain/releases';
import { formatDate } from '../domain/dates';
import { parseDocDate } from './doc-dates';
import { sourceOf, warn, type ExtractContext } from './extract-context';
import type { RegisterPage } from './extract-register';
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

/** "Implementation date": when the stage is Implemented, that stage's date; otherwise the release it targets. */
export function readImplementationDate(ctx: ExtractContext, page: RegisterPage): void {
  const field = page.fields.get('implementationDate');
  if (!field) return;
  const on = parseDocDate(field.value.replace(/\s*\(.*\)$/, ''))?.iso;
  if (!on) return warn(ctx, `${page.ref}: could not read the implementation date "${field.value}".`, field.line);
  const stage = page.fields.get('stage');
  if (stage && normaliseStage(stage.value).name === 'Implemented') {
    return recordStage(ctx, { ref: page.ref, line: field.line }, 'Implemented', on, field.line.text.trim());
  }
  const proposal = ctx.set.proposals.find((p) => p.ref === page.ref);
  const name = proposal?.targetRelease ?? releaseOn(on);
  if (!name) return warn(ctx, `${page.ref}: implementation date ${formatDate(on)} is not a scheduled SEC Release date and no target release is given. Not recorded.`, field.line);
  if (proposal && !proposal.targetRelease) proposal.targetRelease = name;
  ctx.set.releases.push({ name, on, ref: page.ref, source: sourceOf(ctx, field.line) });
}

/** The scheduled release falling on this date, e.g. 3 Nov 2022 → "November 2022 SEC Release". */
function releaseOn(date: string): string | undefined {
  const name = parseReleaseName(`${MONTH_NAMES[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`);
  return name && releaseDate(name) === date ? name : undefined;
}
