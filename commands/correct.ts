import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply } from '../src/core/reply';
import { correctEntry, retractEntry, type FixedRecord } from '../src/domain/operations';
import { stageOf } from '../src/domain/queries/stage-of';
import { metaFor, userDate } from './support/write-meta';
import { indexOfKeyword, rejectLeftovers, takeKeywordDate, takeProposalRef, takeText } from './support/write-words';

const KEYWORDS = ['on', 'to', 'by', 'reason'];
const example = 'correct MP167B 3 on 16 Aug 2023 reason "the Report Phase began the next day"';

export const correctCommand = defineCommand({
  name: 'correct',
  group: 'Proposals',
  summary: 'Fix one entry of a proposal\'s record (numbered in `history REF`): re-date it or replace it. The record is checked against the process rules; history keeps the mistake.',
  usage: 'correct REF ENTRY [on DATE] [to STAGE|approved|rejected] [by BODY] reason "WHY" · ENTRY: N from history, a stage, or "decision"',
  examples: [example, 'correct MP167B "Report Phase" on 16 Aug 2023 reason "the report was approved a day later"', 'correct MP167B 1 on 9 Sep 2022 reason "the split was a day later"'],
  access: 'change',
  parse(args) {
    const words = [...args];
    const ref = takeProposalRef(words, 'the proposal reference and the entry to correct', example);
    const entry = takeEntry(words, ref);
    const parsed: { ref: string; entry: string; on?: string; to?: string; by?: string; reason?: string } = { ref, entry };
    while (words.length) {
      const before = words.length;
      parsed.on ??= takeKeywordDate(words, 'on', example);
      for (const key of ['to', 'by', 'reason'] as const) if (words[0]?.toLowerCase() === key) parsed[key] = takeText(words, KEYWORDS, example);
      if (words.length === before) rejectLeftovers(words, example);
    }
    if (!parsed.reason) throw new UserError('A correction says why: add reason "…".', `For example: ${example}`);
    return parsed as typeof parsed & { reason: string };
  },
  async run(args, ctx) {
    const input = { ...args, on: userDate(ctx, args.on) };
    const fixed = await ctx.transact((draft) => correctEntry(draft, input, metaFor(ctx, 'correct')));
    return fixedReply(fixed, `the record said ${fixed.was}; it now says ${fixed.now}`);
  },
});

export const retractCommand = defineCommand({
  name: 'retract',
  group: 'Proposals',
  summary: 'Take one wrong entry off a proposal\'s record (numbered in `history REF`), if the record without it is one the process can produce.',
  usage: 'retract REF ENTRY reason "WHY" · ENTRY: N from history, a stage, or "decision"',
  examples: ['retract MP167B 2 reason "recorded on the wrong proposal"'],
  access: 'change',
  parse(args) {
    const words = [...args];
    const ref = takeProposalRef(words, 'the proposal reference and the entry to retract', 'retract MP167B 3 reason "…"');
    const entry = takeEntry(words, ref);
    if (words[0]?.toLowerCase() !== 'reason') throw new UserError('A retraction says why: add reason "…".', `For example: retract ${ref} ${entry} reason "recorded on the wrong proposal"`);
    const reason = takeText(words, [], 'retract MP167B 3 reason "…"');
    return { ref, entry, reason };
  },
  async run(args, ctx) {
    const fixed = await ctx.transact((draft) => retractEntry(draft, args, metaFor(ctx, 'retract')));
    return fixedReply(fixed, `${fixed.was} is off the record`);
  },
});

/** "#3", "3", "decision", or a stage name up to the next keyword ("Change Board"). */
function takeEntry(words: string[], ref: string): string {
  const end = indexOfKeyword(words, KEYWORDS);
  const entry = words.splice(0, end === -1 ? words.length : end).join(' ').trim();
  if (!entry) throw new UserError(`Which entry of ${ref}'s record? Give its number from "history ${ref}", a stage, or "decision".`, `For example: ${example}`);
  return entry;
}

function fixedReply(fixed: FixedRecord, what: string): Reply {
  const p = fixed.proposal;
  return {
    kind: 'success',
    title: `${p.ref}: record corrected`,
    text: `${p.title}: ${what}. Stage now: ${stageOf(p.stage).name}.`,
    buttons: [
      { label: 'Status', actionId: 'proposal.status', command: `status ${p.ref}` },
      { label: 'History', actionId: 'proposal.history', command: `history ${p.ref}` },
    ],
    context: ['A correction: kept in history (with its reason), not announced. Undo it with: undo'],
  };
}
