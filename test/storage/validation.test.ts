import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../storage/deep-freeze';
import { createDraft } from '../../storage/draft';
import { storeDataSchema, type StoreData } from '../../storage/schema';
import { validateChanges } from '../../storage/validate-document';
import { smallStore } from './helpers';

const base = deepFreeze(smallStore());

/** Values to write: some valid for some fields, most invalid for most. */
const values = fc.constantFrom<unknown>('Open', 'Closed', 'CSC 12/01', 'DP096', '2024-03-05', '28 Jun 2023', '', 'x', 7, -1, null, undefined, [], {}, ['DP096'], ['bogus']);
const collections = fc.constantFrom('proposals', 'actions', 'consultations', 'meetings', 'people') as fc.Arbitrary<'proposals' | 'actions' | 'consultations' | 'meetings' | 'people'>;

const edit = fc.record({ collection: collections, index: fc.nat(200), field: fc.nat(20), value: values, push: fc.boolean() });

type Edit = { collection: string; index: number; field: number; value: unknown; push: boolean };

function apply(draft: StoreData, e: Edit) {
  const list = draft[e.collection as 'actions'] as unknown as Record<string, unknown>[];
  if (e.push) {
    list.push({ ...list[e.index % list.length]!, [Object.keys(list[0]!)[e.field % Object.keys(list[0]!).length]!]: e.value });
    return;
  }
  const entity = list[e.index % list.length]!;
  const keys = Object.keys(entity);
  entity[keys[e.field % keys.length]!] = e.value;
}

describe('validating only what changed', () => {
  it('gives the same verdict as validating the whole document, for random edits', () => {
    const verdicts = new Set<boolean>();
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const { draft, finish } = createDraft(base);
        for (const e of edits) apply(draft, e);
        const next = finish();
        const whole = storeDataSchema.safeParse(next).success;
        let incremental = true;
        try {
          validateChanges(base, next);
        } catch {
          incremental = false;
        }
        expect(incremental).toBe(whole);
        verdicts.add(whole);
      }),
      { numRuns: 200 },
    );
    expect([...verdicts].sort()).toEqual([false, true]);
  });

  it('drops keys the schema does not know from changed entities, like a whole-document parse', () => {
    const { draft, finish } = createDraft(base);
    (draft.actions[0] as Record<string, unknown>).stauts = 'Closed';
    const valid = validateChanges(base, finish());
    expect(valid.actions[0]).toEqual(base.actions[0]);
  });

  it('reports a hole left in a collection', () => {
    const { draft, finish } = createDraft(base);
    delete (draft.actions as unknown[])[2];
    expect(() => validateChanges(base, finish())).toThrow(/actions\[2\]/);
  });
});
