import { defineCommand, type CommandContext } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply, ReplyButton, ReplyField, ReplySection } from '../src/core/reply';
import { committeeName } from '../src/domain/committees';
import { STAGE_NOT_STATED, stageOf } from '../src/domain/queries/stage-of';
import { sourceDocument } from '../src/domain/queries/stage-source';
import { formatDate, formatInstant } from '../src/domain/dates';
import {
  actionLine, consultationLine, plural, proposalView, proposerText, readinessText, requireProposal, versionsContaining, versionText, workingDaysLeft,
  type FoundProposal, type Milestone, type ProposalView,
} from '../src/domain/queries';

const USAGE = 'status REF';

export const statusCommand = defineCommand({
  name: 'status',
  group: 'Proposals',
  summary: 'Everything about one proposal: stage, people, release, consultations, actions, decisions, next milestone.',
  usage: USAGE,
  examples: ['status DP096', 'status mp167b', 'status MP167'],
  access: 'read',
  parse(args) {
    const ref = args.join(' ').trim();
    if (!ref) throw new UserError('Which proposal? Give its reference.', 'For example: status DP096');
    return { ref };
  },
  run: ({ ref }, ctx) => statusReply(requireProposal(ctx.store.read(), ref), ctx),
});

function statusReply(found: FoundProposal, ctx: CommandContext): Reply {
  const data = ctx.store.read();
  const now = ctx.clock.now();
  const view = proposalView(data, found.proposal, now, ctx.calendar);
  const p = view.proposal;
  const converted = found.convertedFrom ? `${found.convertedFrom} was converted to ${p.ref}${convertedOn(view)}. ` : '';
  const sections: ReplySection[] = [];
  if (view.consultations.length) sections.push({ title: 'Consultations', items: view.consultations.map(consultationLine) });
  const today = ctx.calendar.londonDate(now);
  sections.push({
    title: `Open actions (${view.openActions.length})`,
    items: view.openActions.length ? view.openActions.map((a) => actionLine(a, today, ctx.calendar)) : ['none'],
  });
  return {
    kind: 'info',
    title: `${p.ref} — ${p.title}`,
    ...(converted || p.summary ? { text: `${converted}${clip(p.summary ?? '')}`.trim() } : {}),
    fields: fields(view, ctx, data),
    sections,
    buttons: buttons(view, ctx),
    ...(p.draftRef && !found.convertedFrom ? { context: [`Raised as ${p.draftRef}.`] } : {}),
  };
}

function fields(view: ProposalView, ctx: CommandContext, data: ReturnType<CommandContext['store']['read']>): ReplyField[] {
  const p = view.proposal;
  const s = view.stage;
  const stage = s.days === undefined ? (s.name === STAGE_NOT_STATED ? notStatedText(view) : s.name) : `${s.name} — ${stageAge(s)}`;
  const rows: [string, string | undefined][] = [
    ['Stage', stage],
    ['Next step', view.readiness && `${readinessText(view.readiness)}: convert ${p.ref}`],
    ['Proposer', proposerText(data, p.proposer)],
    ['Lead analyst', p.leadAnalyst],
    ['Path', p.path],
    ['Target release', view.release && `${view.release.name}${view.release.on ? ` — ${formatDate(view.release.on)}` : ''}`],
    ['SEC version', versionsContaining(data, p).map((v) => `In ${versionText(v)}`).join('; ') || undefined],
    ['Committees', p.committees.map(committeeName).join(', ') || undefined],
    ['Last decision', view.lastDecision && decisionText(view.lastDecision)],
    ['Split from', view.parent ? `${view.parent.ref} — ${view.parent.title}` : p.parent],
    ['Split into', view.children.map((c) => (c.proposal ? `${c.ref} (${stageOf(c.proposal.stage).name})` : c.ref)).join(', ') || undefined],
    ['Next milestone', view.milestone && milestoneText(view.milestone, ctx)],
    ['Record problem', view.recordProblem && `${view.recordProblem.message} Fix it: ${view.recordProblem.hint}`],
  ];
  return rows.filter((r): r is [string, string] => Boolean(r[1])).map(([label, value]) => ({ label, value }));
}

/** "6 days (since 16 Aug 2023)"; a date only first seen in a document is a lower bound, and says so. */
function stageAge(s: ProposalView['stage']): string {
  if (s.firstSeenIn) return `at least ${plural(s.days!, 'day')} (first seen ${formatDate(s.since!)} in ${s.firstSeenIn})`;
  return `${plural(s.days!, 'day')} (since ${formatDate(s.since!)})`;
}

/** "Stage not stated (listed in OPSG_26_0511_16 paper, 11 May 2026)": what a document said without a stage. */
function notStatedText(view: ProposalView): string {
  const p = view.proposal;
  const listed = p.raisedOn ? `, raised ${formatDate(p.raisedOn)}` : '';
  return `stage not stated${p.source ? ` (listed in ${sourceDocument(p.source)}${listed})` : listed ? ` (${listed.slice(2)})` : ''}`;
}

function decisionText(d: NonNullable<ProposalView['lastDecision']>): string {
  return `${d.outcome} by ${d.body} on ${formatDate(d.on)}${d.text ? `: ${clip(d.text, 120)}` : ''}`;
}

function milestoneText(m: Milestone, ctx: CommandContext): string {
  const today = ctx.calendar.londonDate(ctx.clock.now());
  const when = m.at ? formatInstant(m.at) : formatDate(m.on);
  const left = m.on === today ? 'today' : `in ${plural(workingDaysLeft(ctx.calendar, today, m.on), 'Working Day')}`;
  return `${m.label} — ${when} (${left})`;
}

function buttons(view: ProposalView, ctx: CommandContext): ReplyButton[] {
  const ref = view.proposal.ref;
  const list: ReplyButton[] = [];
  if (ctx.access.canChange(ctx.caller, ctx.store.read())) {
    if (view.stage.name === 'Development Stage' && ref.startsWith('DP') && view.readiness) {
      list.push({ label: `Convert to MP${ref.slice(2)}`, actionId: 'proposal.convert', command: `convert ${ref}`, style: 'primary', confirm: `Convert ${ref} to MP${ref.slice(2)}?` });
    } else if (view.nextStage) {
      list.push({ label: `Advance to ${view.nextStage}`, actionId: 'proposal.advance', command: `advance ${ref} "${view.nextStage}"`, style: 'primary', confirm: `Move ${ref} to ${view.nextStage}?` });
    } else if (view.nextDecider) {
      list.push({ label: `Approved by ${view.nextDecider}`, actionId: 'proposal.decide', command: `decide ${ref} approved by ${view.nextDecider}`, style: 'primary', confirm: `Record that the ${view.nextDecider} approved ${ref} today?` });
    }
  }
  list.push({ label: 'History', actionId: 'proposal.history', command: `history ${ref}` });
  return list;
}

function convertedOn(view: ProposalView): string {
  const entry = view.proposal.stageHistory.find((e) => /^converted/i.test(e.stage));
  return entry ? ` on ${formatDate(entry.on)}` : '';
}

function clip(text: string, max = 400): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
