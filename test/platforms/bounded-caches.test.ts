import { describe, expect, it } from 'vitest';
import { replyChars, type Reply } from '../../src/core/reply';
import { ownBytes } from '../../src/platforms/own-copy';
import { createTtlCache } from '../../src/platforms/ttl-cache';
import { createViewCache } from '../../src/platforms/teams/view-cache';

const clock = { now: () => new Date('2026-03-02T10:00:00Z') };
const answer = (lines: number, tag: string): Reply => ({ kind: 'info', title: tag, sections: [{ items: Array.from({ length: lines }, (_, i) => `DP${String(i).padStart(3, '0')} A proposal title of typical length — Refinement Process`) }] });

describe('answer caches are bounded by size as well as count', () => {
  it('replyChars counts the text a reply holds', () => {
    expect(replyChars({ kind: 'info', title: 'abc', text: 'de', fields: [{ label: 'f', value: 'gh' }], context: ['ij'] })).toBe(10);
    expect(replyChars(answer(10, 'x'))).toBeGreaterThan(500);
  });

  it('Slack shares: long answers push the oldest out before the count limit, the newest stays', () => {
    const shares = createTtlCache<Reply>(clock, 30 * 60_000, { max: 2000, maxWeight: 50_000, weigh: replyChars });
    for (let n = 0; n < 20; n++) shares.set(`share-${n}`, answer(100, `answer ${n}`));
    expect(shares.get('share-0')).toBeUndefined();
    expect(shares.get('share-19')?.title).toBe('answer 19');
    const kept = Array.from({ length: 20 }, (_, n) => shares.get(`share-${n}`)).filter(Boolean);
    expect(kept.reduce((n, r) => n + replyChars(r!), 0)).toBeLessThanOrEqual(50_000);
  });

  it('one answer larger than the whole budget is still kept until the next one', () => {
    const shares = createTtlCache<Reply>(clock, 30 * 60_000, { maxWeight: 100, weigh: replyChars });
    shares.set('big', answer(50, 'big'));
    expect(shares.get('big')?.title).toBe('big');
  });

  it('Teams views: the same size bound, and an update re-weighs the view', () => {
    const views = createViewCache(clock, 24 * 60 * 60_000, 1000, 50_000);
    const ids = Array.from({ length: 20 }, (_, n) => views.put({ kind: 'private', reply: answer(100, `view ${n}`) }));
    expect(views.get(ids[0]!)).toBeUndefined();
    expect(views.get(ids[19]!)?.reply.title).toBe('view 19');
    const small = views.put({ kind: 'private', reply: answer(1, 'small') });
    views.update(small, { kind: 'shared', reply: answer(1000, 'grown') });
    // The grown view is over the budget on its own: the next put pushes it and every older view out.
    const last = views.put({ kind: 'private', reply: answer(1, 'last') });
    expect(views.get(ids[19]!)).toBeUndefined();
    expect(views.get(small)).toBeUndefined();
    expect(views.get(last)?.reply.title).toBe('last');
  });
});

describe('kept bytes keep nothing else alive', () => {
  it('a short answer kept as bytes has a buffer of its own, not a slice of the shared 8 KB pool', () => {
    const text = 'MP167B — Refinement Process, 12 Working Days';
    const pooled = Buffer.from(text);
    expect(pooled.buffer.byteLength, 'Buffer.from slices the pool').toBeGreaterThan(pooled.length);
    const own = ownBytes(text);
    expect(own.toString('utf8')).toBe(text);
    expect(own.buffer.byteLength).toBe(own.length);
  });
});
