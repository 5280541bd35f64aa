import { formatDate } from '../domain/dates';
import { raiseProposal } from '../domain/operations';
import { resolveProposal } from './resolve-proposal';
import { parseProposalRef } from '../domain/references';
import type { Proposal } from '../../storage/schema';
import { documentDateOf, metaFor, warnGrouped, warnItem, type ApplyContext } from './apply-context';
import type { ImportedProposal } from './change-set';
import { plainQuotes } from './source-lines';
import { CONVERTED_STAGE, fillProposal, linkParent, markStageFirstSeen, registerProposal } from '../domain/operations';
import { byCodePoint } from '../domain/code-point-order';

const FIELDS = ['summary', 'leadAnalyst', 'path', 'targetRelease'] as const;

/** New proposals are raised (DPs) or registered (MPs); known ones get their empty fields filled. */
export function applyProposal(ctx: ApplyContext, item: ImportedProposal): void {
  const found = resolveProposal(ctx.draft, item.ref);
  if (!found) return createProposal(ctx, item);
  if (isUnconverted(found, item)) return blockUnconverted(ctx, found, item);
  const changed = updateProposal(ctx, found, item);
  if (changed.length) ctx.report.applied.proposals.push({ ...item, ref: found.ref, change: 'updated', fields: changed });
  else ctx.report.unchanged++;
}

function createProposal(ctx: ApplyContext, item: ImportedProposal): void {
  if (!item.title) return warnItem(ctx, `${item.ref} is not in the store and the document gives no title, so it was not added.`, item.source);
  const meta = metaFor(ctx, item.source);
  const raisedOn = item.raisedOn ?? raisedFallback(ctx, item);
  const isDraft = parseProposalRef(item.ref)!.kind === 'DP';
  const first = isDraft ? undefined : firstStage(ctx, item, raisedOn);
  const proposal = !first
    ? raiseProposal(ctx.draft, { ref: item.ref, title: item.title, summary: item.summary, proposer: proposerOf(item), leadAnalyst: item.leadAnalyst, committees: item.committees, raisedOn }, meta)
    : registerProposal(ctx.draft, { ref: item.ref, title: item.title, stage: first.stage, on: first.on, fields: { summary: item.summary, proposer: proposerOf(item), leadAnalyst: item.leadAnalyst, raisedOn: item.raisedOn } }, meta);
  if (first ? first.firstSeen : !item.raisedOn) markStageFirstSeen(proposal, meta);
  fillProposal(proposal, { path: item.path, targetRelease: item.targetRelease }, meta);
  if (item.parent && !linkParent(ctx.draft, proposal, item.parent, meta)) warnItem(ctx, `${item.ref} was split from ${item.parent}, which is not in the store; the link was not recorded.`, item.source);
  const since = proposal.stageHistory[0]!;
  ctx.report.applied.proposals.push({ ...item, ...(isDraft ? { raisedOn } : {}), stage: proposal.stage, since: since.on, change: 'new' });
}

/** A DP's raise date when the document does not give one: the document's own date, said out loud. */
function raisedFallback(ctx: ApplyContext, item: ImportedProposal): string {
  const on = documentDateOf(ctx, item.source) ?? ctx.options.today;
  if (parseProposalRef(item.ref)!.kind !== 'DP') return on;
  warnGrouped(ctx, `raised:${item.source.file}`, item.ref, item.source, (refs) =>
    `${item.source.file} does not say when ${refs} ${refs.includes(',') ? 'were' : 'was'} raised; recorded as raised on ${formatDate(on)}, the document's date.`);
  return on;
}

/**
 * The earliest dated stage the document gives for an MP, so history starts where the facts start; a
 * stage with no date of its own is dated from the document and marked as only first seen there.
 */
function firstStage(ctx: ApplyContext, item: ImportedProposal, raisedOn: string): { stage: string; on: string; firstSeen: boolean } {
  const stages = ctx.set.stages.filter((s) => s.ref === item.ref && !s.planned).sort((a, b) => byCodePoint(a.on, b.on));
  if (item.raisedOn && parseProposalRef(item.ref)!.kind === 'MP') return { stage: 'Development Stage', on: item.raisedOn, firstSeen: false };
  if (stages[0]) return { stage: stages[0].stage, on: stages[0].on, firstSeen: false };
  if (item.stage) {
    warnItem(ctx, `${item.ref}: the document gives no date for its stage "${item.stage}"; recorded as first seen ${formatDate(raisedOn)}.`, item.source);
    return { stage: item.stage, on: raisedOn, firstSeen: true };
  }
  if (parseProposalRef(item.ref)!.kind === 'DP') return { stage: 'Development Stage', on: raisedOn, firstSeen: !item.raisedOn };
  // An MP known only by later facts (a decision, a consultation) is at least converted, by its earliest date.
  const dates = [...ctx.set.decisions.filter((d) => d.ref === item.ref).map((d) => d.on), ...ctx.set.consultations.filter((c) => c.ref === item.ref).map((c) => c.opens ?? c.closes!)];
  return { stage: CONVERTED_STAGE, on: [raisedOn, ...dates].sort()[0]!, firstSeen: true };
}

function proposerOf(item: ImportedProposal): Proposal['proposer'] {
  if (!item.proposer) return undefined;
  const { category, ...rest } = item.proposer;
  return category === 'DCC' ? { ...rest, category } : rest;
}

function isUnconverted(found: Proposal, item: ImportedProposal): boolean {
  return parseProposalRef(found.ref)?.kind === 'DP' && parseProposalRef(item.ref)?.kind === 'MP';
}

function blockUnconverted(ctx: ApplyContext, found: Proposal, item: ImportedProposal): void {
  const dated = ctx.set.stages.some((s) => s.ref === item.ref && s.stage === 'Converted to Modification Proposal' && !s.planned);
  if (dated) return void ctx.deferred.push(item); // converted by the timeline first, then updated
  ctx.blocked.add(item.ref);
  warnItem(ctx, `${item.ref} is still ${found.ref} (${found.stage}) in the store and the document gives no conversion date, so nothing was recorded for it. Run "convert ${found.ref}" and import again.`, item.source);
}

/** Fill what the store lacks; a value that differs from the store's is reported and left as it is. */
function updateProposal(ctx: ApplyContext, proposal: Proposal, item: ImportedProposal): string[] {
  const meta = metaFor(ctx, item.source);
  const missing: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = item[field];
    if (!value) continue;
    const current = proposal[field];
    if (!current) missing[field] = value;
    else if (field !== 'summary' && !same(current, value)) conflict(ctx, proposal, field, current, value, item);
  }
  if (item.title && !same(proposal.title, item.title)) conflict(ctx, proposal, 'title', proposal.title, item.title, item);
  if (item.proposer && !proposal.proposer) missing.proposer = proposerOf(item);
  const changed = Object.keys(missing);
  if (changed.length) fillProposal(proposal, missing, meta);
  if (item.parent && proposal.parent !== item.parent && linkParent(ctx.draft, proposal, item.parent, meta)) changed.push('parent');
  return changed;
}

function conflict(ctx: ApplyContext, proposal: Proposal, field: string, current: string, value: string, item: ImportedProposal): void {
  warnItem(ctx, `${proposal.ref}: the store's ${field} is "${current}" but ${item.source.file} says "${value}"; the store was left as it is.`, item.source);
}

const same = (a: string, b: string): boolean => norm(a) === norm(b);
const norm = (s: string): string => plainQuotes(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
