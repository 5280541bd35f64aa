import type { Consultation } from '../../../storage/schema';
import { formatDate } from '../dates';
import { S } from '../transition-rules';
import { isFastTrack } from './path-rules';
import type { Problem, RecordState, ReplayContext } from './record-state';

/** The closing day (Europe/London) of a consultation, from its closing instant. */
const closingDay = (c: Pick<Consultation, 'closes'>, ctx: ReplayContext): string | undefined => (c.closes ? ctx.calendar.londonDate(new Date(c.closes)) : undefined);

/** The closing day of a Modification Report Consultation still open on `on`, if there is one. */
export function openReportConsultation(ctx: ReplayContext, on: string): string | undefined {
  for (const c of ctx.consultations) {
    const closes = closingDay(c, ctx);
    if (c.kind === 'report' && closes && on < closes && (!c.opens || c.opens <= on)) return closes;
  }
  return undefined;
}

const STAGE_OF_KIND: Record<string, { stage: string; plannedFrom: readonly string[]; name: string }> = {
  refinement: { stage: S.refinement, plannedFrom: [S.converted], name: 'A Refinement Consultation' },
  report: { stage: S.report, plannedFrom: [S.refinement, S.converted], name: 'The Modification Report Consultation' },
};

/**
 * A consultation belongs to a stage: a Refinement Consultation to the Refinement Process, the Modification
 * Report Consultation to the Report Phase (or one planned from the stage before it), none on a Draft Proposal
 * or an ended proposal; and it lasts at least one Working Day.
 */
export function consultationProblem(c: Consultation, ctx: ReplayContext, at: (date: string) => RecordState, last: RecordState, lastStepOn: string | undefined): Problem | undefined {
  const closes = closingDay(c, ctx);
  const kind = c.kind === 'other' ? 'consultation' : `${c.kind} consultation`;
  const fix = `Give its dates while ${ctx.ref} was in the stage it belongs to (a recorded one: consultation edit ${ctx.ref} ${c.kind} opens DATE, or consultation cancel ${ctx.ref} ${c.kind})`;
  if (c.opens && closes && ctx.calendar.workingDaysBetween(c.opens, closes) < 1) {
    return { message: `A ${kind} from ${formatDate(c.opens)} to ${formatDate(closes)} lasts 0 Working Days: that is not a consultation.`, hint: `Give its closing day, e.g. 15 Working Days later: ${formatDate(ctx.calendar.addWorkingDays(c.opens, 15))}` };
  }
  const opensOn = c.opens ?? closes!;
  const state = at(opensOn);
  if (state.ended) return { message: `${ctx.ref} was ${state.ended} on ${formatDate(state.since!)}: no ${kind} opens on ${formatDate(opensOn)}, after its process ended.`, hint: fix };
  const rule = STAGE_OF_KIND[c.kind];
  if (!rule || state.stage === undefined) return undefined;
  if (state.isDraft) return { message: `${ctx.draftRef ?? ctx.ref} is a Draft Proposal on ${formatDate(opensOn)}: ${rule.name.toLowerCase()} is for Modification Proposals.`, hint: `convert ${ctx.ref} first, then record it on the MP` };
  if (isFastTrack(ctx.path)) return { message: `${ctx.ref} is Fast-Track: it has no ${c.kind === 'refinement' ? 'Refinement Process' : 'Modification Report'}, so no ${kind}.`, hint: fix };
  if (state.stage === rule.stage || state.firstSeen) return undefined;
  const planned = (!lastStepOn || opensOn > lastStepOn) && rule.plannedFrom.includes(last.stage ?? '');
  if (planned) return undefined;
  return { message: `${rule.name} belongs to the ${rule.stage}, but ${ctx.ref} is in ${state.stage} on ${formatDate(opensOn)}.`, hint: `${fix}; if the stage dates are wrong, correct them (see: history ${ctx.ref})` };
}
