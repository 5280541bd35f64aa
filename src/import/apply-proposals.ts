import { formatDate } from '../domain/dates';
import { raiseProposal } from '../domain/operations';
import { resolveProposal } from './resolve-proposal';
import { parseProposalRef } from '../domain/references';
import type { Proposal } from '../../storage/schema';
import { documentDateOf, metaFor, warnGrouped, warnItem, type ApplyContext } from './apply-context';
import type { ImportedProposal } from './change-set';
import { plainQuotes } from './source-lines';
import { fillProposal, linkParent, markStageFirstSeen, registerProposal } from '../domain/operations';
import { normaliseStage } from '../domain/lifecycle';
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
  const isDraft = parseProposalRef(item.ref)!.kind === 'DP';
  const raisedOn = item.raisedOn ?? (isDraft ? raisedFallback(ctx, item) : undefined);
  const first = firstStage(ctx, item);
  const fields = { summary: item.summary, proposer: proposerOf(item), leadAnalyst: item.leadAnalyst, raisedOn: item.raisedOn };
  // A new DP listed as raised is announced; anything else is recorded with what the document states.
  const proposal = isDraft && raisedOn && (!first || first.stage === DEVELOPMENT)
    ? raiseProposal(ctx.draft, { ref: item.ref, title: item.title, summary: item.summary, proposer: proposerOf(item), leadAnalyst: item.leadAnalyst, committees: item.committees, raisedOn }, meta)
    : registerProposal(ctx.draft, { ref: item.ref, title: item.title, ...(first ? { stage: first.stage, on: first.on, firstSeen: first.firstSeen, note: first.sentence } : {}), fields }, meta);
  if (isDraft && raisedOn && !item.raisedOn && !first) markStageFirstSeen(proposal, meta);
  fillProposal(proposal, { path: item.path, targetRelease: item.targetRelease }, meta);
  if (item.parent && !linkParent(ctx.draft, proposal, item.parent, meta)) warnItem(ctx, `${item.ref} was split from ${item.parent}, which is not in the store; the link was not recorded.`, item.source);
  const since = proposal.stageHistory[0];
  ctx.report.applied.proposals.push({ ...item, ...(isDraft && raisedOn ? { raisedOn } : {}), ...(proposal.stage ? { stage: proposal.stage } : {}), ...(since ? { since: since.on } : {}), change: 'new' });
}

const DEVELOPMENT = 'Development Stage';

/** A DP's raise date when the document does not give one: the document's own date, said out loud; never today. */
function raisedFallback(ctx: ApplyContext, item: ImportedProposal): string | undefined {
  const on = documentDateOf(ctx, item.source);
  if (!on) return undefined;
  warnGrouped(ctx, `raised:${item.source.file}`, item.ref, item.source, (refs) =>
    `${item.source.file} does not say when ${refs} ${refs.includes(',') ? 'were' : 'was'} raised; recorded as raised on ${formatDate(on)}, the document's date.`);
  return on;
}

/**
 * The earliest dated stage the document gives, so history starts where the facts start. A stage the
 * document states without a date is dated from the document's own date and marked first seen; with no
 * document date, or no stage stated at all, the proposal is recorded with no stage.
 */
function firstStage(ctx: ApplyContext, item: ImportedProposal): { stage: string; on: string; firstSeen: boolean; sentence?: string } | undefined {
  const stages = ctx.set.stages.filter((s) => s.ref === item.ref && !s.planned).sort((a, b) => byCodePoint(a.on, b.on));
  if (stages[0]) return { stage: normaliseStage(stages[0].stage).name, on: stages[0].on, firstSeen: false, sentence: stages[0].sentence };
  if (!item.stage) return undefined;
  const on = documentDateOf(ctx, item.source);
  if (!on) return undefined; // said once, by the current-stage step: the stage is not recorded
  warnItem(ctx, `${item.ref}: the document gives no date for its stage "${item.stage}"; recorded as first seen ${formatDate(on)}, the document's date.`, item.source);
  return { stage: normaliseStage(item.stage).name, on, firstSeen: true, sentence: `Stage: ${item.stage}` };
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
