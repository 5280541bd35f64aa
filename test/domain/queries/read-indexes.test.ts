import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { generateStore } from '../../../bench/fixtures/generate-store';
import { createCalendar } from '../../../src/domain/calendar';
import { formatInstant } from '../../../src/domain/dates';
import { filterActions, findProposal, searchProposals, type ActionFilter } from '../../../src/domain/queries';
import { sortActions } from '../../../src/domain/queries/action-order';
import { sortedActions } from '../../../src/domain/queries/action-resort';
import { deepFreeze } from '../../../storage/deep-freeze';
import type { Action, StoreData } from '../../../storage/schema';

/**
 * Reads on the store's frozen documents go through cached indexes; anything else (a transaction's draft,
 * data built by hand) takes a plain scan. Both must give the same answers, before and after writes.
 */
const TODAY = '2024-03-05';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const base = generateStore({ proposals: 300, actions: 1500, consultations: 80, seed: 7 });
const frozen = (data: StoreData): StoreData => deepFreeze(structuredClone(data));
const refs = (actions: readonly Action[]) => actions.map((a) => a.ref);

const filters: ActionFilter[] = (['open', 'overdue', 'closed', 'all'] as const).flatMap((status) => [
  { status },
  { status, committee: 'CSC' },
  { status, owner: 'DCC' },
  { status, owner: base.people[0]!.name },
  { status, proposals: [base.proposals[3]!.ref, base.proposals[3]!.draftRef ?? 'DP999'] },
  { status, person: base.people[1]! },
]);

describe('indexed reads', () => {
  it('list, filter and find exactly what a plain scan finds', () => {
    const [indexed, plain] = [frozen(base), structuredClone(base)];
    for (const filter of filters) expect(refs(filterActions(indexed, filter, TODAY))).toEqual(refs(filterActions(plain, filter, TODAY)));
    for (const p of base.proposals.slice(0, 100)) {
      for (const ref of [p.ref, p.draftRef ?? p.ref]) expect(findProposal(indexed, ref)?.proposal.ref).toBe(findProposal(plain, ref)?.proposal.ref);
    }
    const words = base.proposals.slice(0, 30).flatMap((p) => p.title.split(' '));
    for (const text of [...words, ...words.map((w) => w.slice(0, 2)), 'alert handling obligations', 'zzz']) {
      expect(searchProposals(indexed, text)).toEqual(searchProposals(plain, text));
    }
  });

  it('follow every write: changed, added and removed actions land where a full sort puts them, and are found by the proposals they mention', () => {
    const change = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('replace', 'append', 'remove'),
      due: fc.option(fc.constantFrom('2023-01-02', '2024-03-04', '2024-03-05', '2025-12-31'), { nil: undefined }),
      closed: fc.boolean(),
      // Which proposals the edited action mentions: unchanged, none, or one of the filters' references.
      mentions: fc.constantFrom('same', 'none', 'filtered'),
    });
    fc.assert(
      fc.property(fc.array(fc.array(change, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }), (writes) => {
        const start = frozen(base);
        let actions: Action[] = start.actions;
        writes.forEach((write, n) => {
          // As the store writes: a new array that keeps every untouched (frozen) action as it was.
          actions = [...actions];
          for (const { at, kind, due, closed, mentions } of write) {
            const i = at % actions.length;
            const proposals = mentions === 'same' ? actions[i]!.proposals : mentions === 'none' ? [] : [base.proposals[3]!.ref];
            const edited: Action = { ...actions[i]!, status: closed ? 'Closed' : 'Open', ...(closed ? { closedOn: TODAY } : {}), due, proposals };
            if (kind === 'replace') actions[i] = edited;
            else if (kind === 'append') actions.push({ ...edited, ref: `CSC ${900 + n}/${String(actions.length).padStart(2, '0')}` });
            else actions.splice(i, 1);
          }
          const indexed = deepFreeze({ ...start, actions });
          const plain = structuredClone(indexed);
          for (const filter of filters) expect(refs(filterActions(indexed, filter, TODAY))).toEqual(refs(filterActions(plain, filter, TODAY)));
          // The carried sorted lists themselves, which the filters above would mask if they held extra actions.
          for (const [order, status] of [['due', undefined], ['due', 'Open'], ['closed', 'Closed']] as const) {
            const expected = sortActions(status ? plain.actions.filter((a) => a.status === status) : plain.actions, order);
            expect(refs(sortedActions(indexed.actions, order, status))).toEqual(refs(expected));
          }
        });
      }),
      // Each run replays up to 8 versions of a 1,500-action store through 24 filters both ways: 12 runs
      // take about 2 s idle (40 took 24 s on a loaded 2-core machine, past the old 20 s timeout).
      { numRuns: 12 },
    );
  }, 60_000);
});

describe('London dates without luxon on the hot path', () => {
  const calendar = createCalendar();
  const instant = fc.integer({ min: Date.UTC(1890, 0, 1), max: Date.UTC(2230, 0, 1) }).map((ms) => new Date(ms));

  it('londonDate and formatInstant agree with luxon for any instant, either side of the clock changes', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom('Z', '+01:00', '-05:30'), (at, offset) => {
        const london = DateTime.fromJSDate(at, { zone: 'Europe/London' });
        expect(calendar.londonDate(at)).toBe(london.toISODate());
        const written = DateTime.fromJSDate(at).setZone(offset === 'Z' ? 'UTC' : `UTC${offset}`).toISO({ suppressMilliseconds: true, includeOffset: false })! + offset;
        expect(formatInstant(written)).toBe(`${london.day} ${MONTHS[london.month - 1]} ${london.year} ${london.toFormat('HH:mm')}`);
      }),
      { numRuns: 3000 },
    );
  });
});
