import { parseReleaseName } from '../domain/releases';
import { raisedBy } from './doc-facts';
import { refHeading } from './doc-text';
import { sourceOf, type ExtractContext } from './extract-context';
import type { MinutesMeeting } from './extract-minutes';
import { minutesUnits } from './minutes-units';
import type { Unit } from './paragraphs';
import { sentence } from './source-lines';

interface DecisionRule {
  pattern: RegExp;
  outcome(match: RegExpExecArray): string;
}

/** What committees write in minutes (decisions in capitals); a sentence matching none is not a decision. */
const DECISIONS: readonly DecisionRule[] = [
  { pattern: /\bAGREED\b.*\bready to (be )?conver(t|ted)\b/, outcome: () => 'Ready to convert to a Modification Proposal' },
  { pattern: /\bAGREED\b.*\bfurther development is required\b/, outcome: () => 'Further development required' },
  {
    pattern: /\bRECOMMENDED\b.*?\b(Refinement Process|Report Phase|Fast[- ]Track|fast[- ]track)\b/,
    outcome: (m) => `Recommended route: ${/fast/i.test(m[1]!) ? 'Fast-Track' : m[1]!}`,
  },
];

const SECTION = /^\d+\.\s+\S/;
const TARGET = /\btarget(?:ed|ing)? (?:implementation date of |for )?the (\w+ \d{4}) SEC release\b/i;

/** Each "DP095 'Title'" heading and the decisions, proposer and target release written under it. */
export function readMinutesProposals(ctx: ExtractContext, meeting: MinutesMeeting): void {
  let current: string | undefined;
  for (const unit of minutesUnits(ctx.doc.lines)) {
    const heading = refHeading(unit.text.replace(/^\d+\.\s+/, ''), { quoted: true });
    if (heading) {
      current = heading.ref;
      ctx.set.proposals.push({ ref: heading.ref, title: heading.title, committees: [], source: sourceOf(ctx, unit.line) });
    } else if (SECTION.test(unit.text)) current = undefined;
    else if (current) readSentence(ctx, meeting, current, unit);
  }
}

/** The Change Board and the Panel vote in their own minutes: "The Change Board APPROVED MP200", "voted to reject". */
const VOTE = /\b(APPROVED|REJECTED)\b|\bvoted to (approve|reject)\b/;
const VOTING = new Set(['CB', 'PANEL']);

function readSentence(ctx: ExtractContext, meeting: MinutesMeeting, ref: string, unit: Unit): void {
  const text = sentence(unit.text).replace(/^[-•*▪]\s*/, '').replace(/;?\s*(and)?$/, '');
  const vote = VOTING.has(meeting.committee) && !/\b(recommend\w*|if|would|will)\b/i.test(text) ? VOTE.exec(text) : null;
  if (vote) {
    const outcome = /reject/i.test(vote[0]) ? 'Rejected' : 'Approved';
    ctx.set.decisions.push({ ref, body: meeting.body, outcome, on: meeting.on, sentence: /^The\s/.test(text) ? text : `The ${meeting.body} ${text}`, source: sourceOf(ctx, unit.line) });
  }
  for (const rule of DECISIONS) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const said = /^The\s/.test(text) ? text : `The ${meeting.committee} ${text}`;
    ctx.set.decisions.push({ ref, body: meeting.body, outcome: rule.outcome(m), on: meeting.on, sentence: said, source: sourceOf(ctx, unit.line) });
  }
  const proposal = ctx.set.proposals.findLast((p) => p.ref === ref)!;
  const proposer = text.includes(ref) && /\b(was|has been) raised by\b/.test(text) ? raisedBy(text) : undefined;
  if (proposer && !proposal.proposer) proposal.proposer = proposer;
  const target = TARGET.exec(text);
  const release = target ? parseReleaseName(target[1]!) : undefined;
  if (release && !proposal.targetRelease) proposal.targetRelease = release;
}
