import { findDates } from './doc-dates';
import { canonicalRef, REF_PATTERN, refsIn } from './doc-text';
import { sourceOf, warn, type ExtractContext } from './extract-context';
import { toUnits, type Unit } from './paragraphs';
import { plainQuotes, sentence } from './source-lines';
import { recordStage } from './timeline';
import { releaseNamedIn } from './notice-facts';

/**
 * Facts SECAS states in running text, whatever the document kind: "the Proposer elected to withdraw this
 * modification on 3 May 2023", "MP101 was confirmed as withdrawn by the Proposer on ...", "The Authority
 * approved Modification Proposal SECMP0130 on ...", "the Change Board rejected MP190 on ...", "MP184 went
 * live on ...". Only what happened (past tense) with a date in the same sentence is recorded; plans,
 * conditions and recommendations are not facts.
 */
export interface StatedFactOptions {
  /** The proposal "this modification" means (a register page, a decision letter). */
  subject?: string;
  /** Who decides on the document's own date: the Authority in its decision letter, the Change Board in its minutes. */
  undatedDecisionsBy?: { body: string; on: string };
}

const NOT_A_FACT = /\b(will|would|shall|should|could|if|whether|expected|intends?|due to be|to be (implemented|withdrawn|approved)|recommend(ed|s|ation)?|minded|propos(e|ed|es) to|provisional(ly)?|can|unless|consider(ed|ing)? whether)\b/i;
/** "elected to withdraw", "confirmed they wish to withdraw", "withdrew", "was (confirmed as) withdrawn". */
export const WITHDRAWAL = /\b(?:(?:elected|decided|chose|agreed) to withdraw|confirmed (?:that )?(?:they|it|the Proposer) (?:wish(?:es|ed)?|want(?:s|ed)?) to withdraw|withdrew|(?:was|were|has been|have been|been|confirmed as|is now) withdrawn)\b/i;
const WITHDRAWN = WITHDRAWAL;
const IMPLEMENTED = /\b((was|were|has been|have been) (successfully )?implemented|went live|(was|were) delivered)\b/i;
const BODY = '(Authority|Ofgem|Gas and Electricity Markets Authority|Change Board|SEC Panel|Panel)';
const ACTIVE = new RegExp(`\\b(?:the )?${BODY}\\b(?:[^.;]{0,40}?)\\b(approved|rejected|(?:has |have )?(?:decided|voted|agreed) to (approve|reject)|(?:has|have) (approved|rejected)|(?:gave|granted) (?:its )?approval)\\b`, 'i');
const PASSIVE = new RegExp(`\\b(approved|rejected) by (?:the )?${BODY}\\b`, 'i');
const THIS = /\b(this|the) (modification( proposal)?|proposal|change|draft proposal)\b/i;

export function readStatedFacts(ctx: ExtractContext, options: StatedFactOptions = {}): void {
  const units = toUnits(ctx.doc.lines, { alone: (t) => t.length < 60 && !/[.]$/.test(t) });
  let recent: { ref: string; at: number } | undefined;
  units.forEach((unit, at) => {
    const next = units[at + 1];
    const leading = LEADING_REF.exec(unit.text)?.[1];
    if (leading && canonicalRef(leading)) recent = { ref: canonicalRef(leading)!, at };
    // "this modification" under an entry that starts with its reference ("MP184 'Title'") is that entry's.
    const subject = options.subject ?? (recent && at - recent.at <= NEAR ? recent.ref : undefined);
    readUnit(ctx, unit, { ...options, ...(subject ? { subject } : {}) }, next);
  });
}

const LEADING_REF = new RegExp(`^\\s*(?:[-•*]\\s*)?(${REF_PATTERN})\\b`);
/** How many sentences after an entry's reference "this modification" still means it. */
const NEAR = 3;

function readUnit(ctx: ExtractContext, unit: Unit, options: StatedFactOptions, next?: Unit): void {
  const text = sentence(plainQuotes(unit.text));
  // "... approved MP122 and it will be implemented in November": the plan after "and" is not the fact.
  const unquoted = text.replace(/"[^"]*"|'[^']{3,}'(?!\w)/g, '').replace(/[,;]?\s+(?:and|which|so|but)\s+(?:it|they|this)?\s*(?:will|is due|is expected|are due)\b[^.]*/gi, '');
  const withdrawn = WITHDRAWN.test(unquoted);
  const decision = decisionIn(unquoted);
  const implemented = !withdrawn && !decision && IMPLEMENTED.test(unquoted);
  if (!withdrawn && !decision && !implemented) return;
  const guard = unquoted.replace(/\b(proposed|proposal|proposer)\b/gi, '');
  if ((NOT_A_FACT.test(guard) || /\bmay\b/.test(guard)) && !/\b(elected|wish(es|ed)?|want(s|ed)?) to withdraw\b/i.test(unquoted)) return;
  const refs = refsOf(text, options);
  if (!refs.length) return;
  const own = options.undatedDecisionsBy;
  const on = findDates(unquoted)[0]?.iso ?? datedNext(next) ?? (decision && own?.body === decision.body ? own.on : undefined) ?? (implemented ? releaseDateStated(ctx, unquoted) : undefined);
  if (!on) return warn(ctx, `"${shorten(text)}" gives no date, so it was not recorded.`, unit.line);
  for (const ref of refs) {
    describe(ctx, ref, text, unit);
    if (withdrawn) recordStage(ctx, { ref, line: unit.line }, 'Withdrawn', on, text);
    else if (implemented) recordStage(ctx, { ref, line: unit.line }, 'Implemented', on, text);
    else ctx.set.decisions.push({ ref, body: decision!.body, outcome: decision!.outcome, on, sentence: text, source: sourceOf(ctx, unit.line) });
  }
}

/** "The decision was made on 30 July 2021." right after the fact: its date. */
function datedNext(next: Unit | undefined): string | undefined {
  const text = next ? sentence(next.text) : '';
  return /^(The|This|That) (decision|withdrawal|implementation) (was|took effect)\b/i.test(text) && !refsIn(text).length ? findDates(text)[0]?.iso : undefined;
}

/** "implemented in the June 2023 SEC Release": the date this document states for that release, if any. */
function releaseDateStated(ctx: ExtractContext, text: string): string | undefined {
  const name = releaseNamedIn(text);
  return name ? ctx.set.releases.find((r) => r.name === name)?.on : undefined;
}

/** A reference written with its quoted title ("SECMP0130 'Improving the CPL'") describes the proposal. */
function describe(ctx: ExtractContext, ref: string, text: string, unit: Unit): void {
  if (ctx.set.proposals.some((p) => p.ref === ref && p.title)) return;
  const written = text.replace(/\bSECMP\s?0*(\d+)/g, (_m, n: string) => `SECMP${n.padStart(4, '0')}`);
  const title = new RegExp(`\\b${ref}\\s*'([^']{3,160})'`).exec(written)?.[1]?.trim();
  if (title) ctx.set.proposals.push({ ref, title, committees: [], source: sourceOf(ctx, unit.line) });
}

/** Who decided what: "The Authority approved ...", "... was rejected by the Change Board". */
export function decisionIn(text: string): { body: string; outcome: 'Approved' | 'Rejected' } | undefined {
  const m = ACTIVE.exec(text) ?? PASSIVE.exec(text);
  if (!m) return undefined;
  const bodyText = ACTIVE.test(text) ? m[1]! : m[2]!;
  const body = /change board/i.test(bodyText) ? 'Change Board' : /panel/i.test(bodyText) ? 'SEC Panel' : 'Authority';
  return { body, outcome: /reject/i.test(m[0]) ? 'Rejected' : 'Approved' };
}

/** The references a sentence is about; "this modification" is the document's subject. */
function refsOf(text: string, options: StatedFactOptions): string[] {
  const refs = refsIn(text);
  if (refs.length) return refs;
  return options.subject && (THIS.test(text) || /\b(the Proposer|it)\b/.test(text)) ? [options.subject] : [];
}

function shorten(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}
