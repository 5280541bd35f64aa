import { changeSetSchema, type ChangeSet, type DocumentKind } from './change-set';
import { detectKind } from './detect-kind';
import { createExtractContext, type ExtractContext } from './extract-context';
import { extractConsultationNotice } from './extract-consultation-notice';
import { extractDecisionLetter } from './extract-decision-letter';
import { extractMinutes } from './extract-minutes';
import { extractMpForm } from './extract-mp-form';
import { extractNewsletter } from './extract-newsletter';
import { extractPaper } from './extract-paper';
import { extractPeople } from './extract-people';
import { withoutParentHistory } from './implied-stages';
import { extractRegister } from './extract-register';
import { extractRelease } from './extract-release';
import { extractReport } from './extract-report';
import { readDocument } from './read-document';
import type { SourceDoc } from './source-lines';
import { readStatedFacts, type StatedFactOptions } from './stated-facts';

/** Minutes of the Change Board or the Panel date their own decisions with the meeting's date. */
function ownDecisions(ctx: ExtractContext): StatedFactOptions {
  const meeting = ctx.set.meetings[0];
  const body = meeting?.committee === 'CB' ? 'Change Board' : meeting?.committee === 'PANEL' ? 'SEC Panel' : undefined;
  return body && meeting ? { undatedDecisionsBy: { body, on: meeting.on } } : {};
}

const EXTRACTORS: Record<DocumentKind, (ctx: ExtractContext) => void> = {
  'new-dp-paper': extractPaper,
  minutes: extractMinutes,
  'modification-report': extractReport,
  'register-page': extractRegister,
  'release-notice': extractRelease,
  'consultation-notice': extractConsultationNotice,
  newsletter: extractNewsletter,
  'proposal-form': extractMpForm,
  'decision-letter': extractDecisionLetter,
};

/** Kinds whose running text may state withdrawals, decisions and implementations ("The Authority approved ..."). */
const RUNNING_TEXT: readonly DocumentKind[] = ['newsletter', 'release-notice', 'consultation-notice', 'new-dp-paper', 'modification-report', 'minutes'];

/** Read a file (any supported format) and return what it says as a change set. Bad files throw UserError. */
export async function extractFile(name: string, bytes: Uint8Array, today: string): Promise<ChangeSet> {
  return extractDocument(await readDocument(name, bytes), today);
}

export function extractDocument(doc: SourceDoc, today: string): ChangeSet {
  const kind = detectKind(doc);
  const ctx = createExtractContext(doc, kind, today);
  EXTRACTORS[kind](ctx);
  if (RUNNING_TEXT.includes(kind)) readStatedFacts(ctx, ownDecisions(ctx));
  if (ctx.set.stages.length || ctx.set.decisions.length) ctx.set.warnings = ctx.set.warnings.filter((w) => !/found no change update/.test(w.message));
  extractPeople(ctx);
  return changeSetSchema.parse(dedupe(withoutParentHistory(ctx.set)));
}

/** The same fact read twice from one document (a timeline row and a "Latest update") is listed once. */
function dedupe(set: ChangeSet): ChangeSet {
  return {
    ...set,
    stages: unique(set.stages, (s) => `${s.ref}|${s.stage}|${s.on}`),
    decisions: unique(set.decisions, (d) => `${d.ref}|${d.body}|${d.outcome}|${d.on}`),
    releases: unique(set.releases, (r) => `${r.name}|${r.on}|${r.ref ?? ''}`),
    consultations: unique(set.consultations, (c) => `${c.ref}|${c.kind}|${c.opens ?? `closes ${c.closes}`}`),
  };
}

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && (seen.add(key(item)), true));
}
