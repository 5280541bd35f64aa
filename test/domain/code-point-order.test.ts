import { describe, expect, it } from 'vitest';
import { byCodePoint } from '../../src/domain/code-point-order';

describe('byCodePoint orders dates, times and references as localeCompare does for them', () => {
  const dates = ['2026-03-02', '2026-12-31', '2025-01-01', '2026-03-10', '2026-10-01', ''];
  const times = ['09:30', '14:00', '10:05', '00:00', '23:59'];
  const refs = ['DP096', 'DP1000', 'MP167B', 'MP167A', 'MP167', 'DP009', 'MP42', 'CSC 12/01', 'CSC 3/01', 'TABASC 1/02', 'SSC 12/10'];

  it.each([
    ['dates', dates],
    ['times', times],
    ['references', refs],
  ])('%s', (_, values) => {
    for (const a of values) for (const b of values) expect(Math.sign(byCodePoint(a, b)), `${a} vs ${b}`).toBe(Math.sign(a.localeCompare(b)));
    expect([...values].sort(byCodePoint)).toEqual([...values].sort((a, b) => a.localeCompare(b)));
  });
});
