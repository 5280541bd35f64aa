import { parseReleaseName } from '../domain/releases';
import { findDates } from './doc-dates';
import { warn, type ExtractContext } from './extract-context';
import type { RegisterPage } from './extract-register';
import { recordStage } from './timeline';
import { WITHDRAWAL } from './stated-facts';

interface UpdateRule {
  pattern: RegExp;
  record(ctx: ExtractContext, page: RegisterPage, on: string, sentence: string): void;
}

const decision = (body: string) => (ctx: ExtractContext, page: RegisterPage, on: string, sentence: string): void => {
  const outcome = /reject/i.test(sentence) ? 'Rejected' : 'Approved';
  ctx.set.decisions.push({ ref: page.ref, body, outcome, on, sentence, source: sourceLine(ctx, page) });
};
const stage = (name: string) => (ctx: ExtractContext, page: RegisterPage, on: string, sentence: string): void =>
  recordStage(ctx, { ref: page.ref, line: page.fields.get('latestUpdate')!.line }, name, on, sentence);

/** The process sentences a "Latest update" carries; anything else in it is left alone. */
const RULES: readonly UpdateRule[] = [
  { pattern: /\bchange board (voted to )?(approve|reject)/i, record: decision('Change Board') },
  { pattern: /\b(authority|ofgem) (has )?(approved|rejected|decided to (approve|reject))/i, record: decision('Authority') },
  { pattern: /\bpanel (has )?(approved|rejected|voted to (approve|reject))/i, record: decision('SEC Panel') },
  { pattern: /\b(was|has been) implemented on\b|\bwent live on\b/i, record: stage('Implemented') },
  { pattern: WITHDRAWAL, record: stage('Withdrawn') },
  { pattern: /\bconverted to a modification proposal\b/i, record: stage('Converted to Modification Proposal') },
];

/** "On 26 May 2021, the Change Board voted to approve this modification under Self-Governance. ..." */
export function readLatestUpdate(ctx: ExtractContext, page: RegisterPage): void {
  const field = page.fields.get('latestUpdate');
  if (!field) return;
  for (const sentence of field.value.split(/(?<=\.)\s+(?=[A-Z])/)) {
    const unquoted = sentence.replace(/["“][^"”]*["”]|['‘][^'’]*['’](?!\w)/g, '');
    const rule = RULES.find((r) => r.pattern.test(unquoted));
    if (/self-governance/i.test(unquoted)) setPath(ctx, page.ref, 'Path 3: Self-Governance');
    if (!rule) {
      targetFromSentence(ctx, page, unquoted);
      continue;
    }
    const on = findDates(unquoted)[0]?.iso;
    if (!on) warn(ctx, `${page.ref}: "${sentence.trim()}" gives no date, so it was not recorded.`, field.line);
    else rule.record(ctx, page, on, sentence.trim());
  }
}

function targetFromSentence(ctx: ExtractContext, page: RegisterPage, sentence: string): void {
  const m = /\bimplemented in the (\w+ \d{4}) SEC Release\b/i.exec(sentence);
  const name = m ? parseReleaseName(m[1]!) : undefined;
  const proposal = ctx.set.proposals.find((p) => p.ref === page.ref);
  if (name && proposal && !proposal.targetRelease) proposal.targetRelease = name;
}

function setPath(ctx: ExtractContext, ref: string, path: string): void {
  const proposal = ctx.set.proposals.find((p) => p.ref === ref);
  if (proposal && !proposal.path) proposal.path = path;
}

function sourceLine(ctx: ExtractContext, page: RegisterPage) {
  const line = page.fields.get('latestUpdate')!.line;
  return { file: ctx.doc.file, line: line.n, ...(line.page ? { page: line.page } : {}) };
}
