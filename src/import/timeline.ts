import { isMonthOnly, parseDocDate, parseDocRange, type DocDate } from './doc-dates';
import { isPlanned, sourceOf, warn, type ExtractContext } from './extract-context';
import { plainQuotes, sentence, type DocLine } from './source-lines';
import { CONSULTATION_EVENTS, DECISION_EVENTS, STAGE_EVENTS, type DecisionEvent } from './timeline-events';

/** One dated row of a progression timetable or register timeline. */
export interface TimelineRow {
  ref: string;
  label: string;
  when: string;
  line: DocLine;
}

/** Turn a row into the stage, consultation or decision it records; anything else is kept as an event. */
export function recordTimelineRow(ctx: ExtractContext, row: TimelineRow): void {
  const label = plainQuotes(sentence(row.label));
  const text = `${label} ${row.when}`;
  const range = parseDocRange(row.when);
  const single = range ? undefined : parseDocDate(row.when);
  if (!range && !single) return recordUndated(ctx, row, label, text);
  const start = range?.from ?? single!;
  if (!start.iso) return warnNoYear(ctx, row, start);
  const consultation = CONSULTATION_EVENTS.find((e) => e.pattern.test(label));
  if (consultation) return range ? recordConsultation(ctx, row, consultation.kind, range, text) : recordOneEnd(ctx, row, consultation.kind, start.iso, text);
  const decision = DECISION_EVENTS.find((e) => e.pattern.test(label));
  if (decision) return recordDecision(ctx, row, decision, { label, on: start.iso, text });
  const stage = STAGE_EVENTS.find((e) => e.pattern.test(label))?.stage;
  if (stage) return recordStage(ctx, row, stage, start.iso, text);
  ctx.set.events.push({ ref: row.ref, text, source: sourceOf(ctx, row.line) });
}

/** `statedDone`: the document says it happened ("Implemented" in a row), so only a date after today is a plan. */
export function recordStage(ctx: ExtractContext, row: { ref: string; line: DocLine }, stage: string, on: string, text: string, statedDone = false): void {
  const planned = statedDone ? on > ctx.today : isPlanned(ctx, on);
  ctx.set.stages.push({ ref: row.ref, stage, on, sentence: text, ...(planned ? { planned } : {}), source: sourceOf(ctx, row.line) });
}

function recordDecision(ctx: ExtractContext, row: TimelineRow, event: DecisionEvent, found: { label: string; on: string; text: string }): void {
  const { label, on, text } = found;
  if (isPlanned(ctx, on)) {
    ctx.set.events.push({ ref: row.ref, text: `${text} (planned)`, source: sourceOf(ctx, row.line) });
    return;
  }
  ctx.set.decisions.push({ ref: row.ref, body: event.body(label), outcome: event.outcome(label), on, sentence: text, source: sourceOf(ctx, row.line) });
  if (event.stage) recordStage(ctx, row, event.stage, on, text);
}

type Kind = 'refinement' | 'report' | 'other';

/** "Refinement Consultation 28 Jun 2023" opens then; "... closes 19 Jul 2023" closes then. The other end is unknown. */
function recordOneEnd(ctx: ExtractContext, row: TimelineRow, kind: Kind, on: string, text: string): void {
  const end = /\b(clos(e|es|ed|ing)|deadline|responses?)\b/i.test(row.label) ? 'closes' : 'opens';
  ctx.set.consultations.push({ ref: row.ref, kind, [end]: on, sentence: text, source: sourceOf(ctx, row.line) });
}

function recordConsultation(ctx: ExtractContext, row: TimelineRow, kind: Kind, range: NonNullable<ReturnType<typeof parseDocRange>>, text: string): void {
  if (!range.to.iso || !range.from.iso) return warnNoYear(ctx, row, range.to);
  if (range.to.iso < range.from.iso) return warn(ctx, `${row.ref}: "${text}" closes before it opens. Not recorded.`, row.line);
  ctx.set.consultations.push({ ref: row.ref, kind, opens: range.from.iso, closes: range.to.iso, sentence: text, source: sourceOf(ctx, row.line) });
}

function recordUndated(ctx: ExtractContext, row: TimelineRow, label: string, text: string): void {
  if (isMonthOnly(row.when)) {
    ctx.set.events.push({ ref: row.ref, text, source: sourceOf(ctx, row.line) });
    return;
  }
  warn(ctx, `${row.ref}: could not read the date "${row.when}" in "${label}". Not recorded.`, row.line);
}

function warnNoYear(ctx: ExtractContext, row: TimelineRow, date: DocDate): void {
  warn(ctx, `${row.ref}: "${row.label} ${row.when}" has no year in "${date.text}", so it was not recorded. Add the year and import again.`, row.line);
}
