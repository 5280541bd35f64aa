import { describe, expect, it } from 'vitest';
import { isUserError } from '../../src/core/errors';
import {
  findProposalRefs,
  normaliseActionRef,
  normaliseProposalRef,
  parseActionRef,
  parseProposalRef,
  toModificationRef,
} from '../../src/domain/references';

describe('proposal references', () => {
  it.each([
    ['dp96', 'DP096'],
    ['DP 096', 'DP096'],
    ['DP096', 'DP096'],
    ['dp-5', 'DP005'],
    ['mp-167b', 'MP167B'],
    ['Mp167B', 'MP167B'],
    ['MP102a', 'MP102A'],
    ['SECMP49', 'SECMP0049'],
    ['secmp 0049', 'SECMP0049'],
    ['  DP118  ', 'DP118'],
  ])('reads %j as %s', (typed, canonical) => {
    expect(normaliseProposalRef(typed)).toBe(canonical);
  });

  it('splits a reference into kind, number and suffix', () => {
    expect(parseProposalRef('mp-167b')).toEqual({ kind: 'MP', number: 167, suffix: 'B', ref: 'MP167B' });
    expect(parseProposalRef('SECMP49')).toEqual({ kind: 'SECMP', number: 49, ref: 'SECMP0049' });
  });

  it.each(['DPX', 'DP', 'DP1000', 'DP000', 'XP096', 'DP096BB', 'SECMP0049A', 'DP 96 extra', ''])(
    'does not take %j for a reference',
    (typed) => {
      expect(parseProposalRef(typed)).toBeUndefined();
    },
  );

  it('explains a bad reference with working examples', () => {
    const error = catchError(() => normaliseProposalRef('DPX'));
    expect(isUserError(error)).toBe(true);
    expect(error.message).toBe('"DPX" is not a proposal reference. Try DP096, MP167B or SECMP0049.');
  });

  it('gives the MP a DP becomes when converted, keeping the number', () => {
    expect(toModificationRef('DP118')).toBe('MP118');
    expect(toModificationRef('dp 96')).toBe('MP096');
    expect(toModificationRef('MP167B')).toBe('MP167B');
    expect(() => toModificationRef('nonsense')).toThrow(/not a proposal reference/);
  });
});

describe('action references', () => {
  it.each([
    ['CSC 12/01', 'CSC 12/01'],
    ['csc12/1', 'CSC 12/01'],
    ['csc 12/1', 'CSC 12/01'],
    ['ACTION CSC 10/01', 'CSC 10/01'],
    ['action csc 11/02', 'CSC 11/02'],
    ['SMKI PMA 3/02', 'SMKI PMA 3/02'],
    ['smki-pma 3/2', 'SMKI PMA 3/02'],
    ['OPSG 26/4', 'OPSG 26/04'],
    ['opsg 026 / 04', 'OPSG 26/04'],
    ['TABASC 7/12', 'TABASC 7/12'],
  ])('reads %j as %s', (typed, canonical) => {
    expect(parseActionRef(typed)).toBe(canonical);
    expect(normaliseActionRef(typed)).toBe(canonical);
  });

  it.each(['CSC 12', 'XYZ 12/01', 'CSC 0/01', 'CSC 12/0', '12/01', 'DP096', ''])('rejects %j', (typed) => {
    expect(parseActionRef(typed)).toBeUndefined();
    const error = catchError(() => normaliseActionRef(typed));
    expect(isUserError(error)).toBe(true);
    expect(error.message).toContain('e.g. CSC 12/01');
  });
});

describe('findProposalRefs', () => {
  it('finds every reference in prose, canonical, once each, in order of first mention', () => {
    const text = 'MP167B follows DP096; see also dp 96, SECMP0049 and (MP167A). DP096 again.';
    expect(findProposalRefs(text)).toEqual(['MP167B', 'DP096', 'SECMP0049', 'MP167A']);
  });

  it('ignores references inside longer words or numbers', () => {
    expect(findProposalRefs('codes XDP0961, DP0961, MP1675 and ADP096 are not ours')).toEqual([]);
    expect(findProposalRefs('DP096s and MP167BC are not references')).toEqual([]);
  });

  it('reads a split written all in lower case, but not a plural', () => {
    expect(findProposalRefs('what about mp167b?')).toEqual(['MP167B']);
    expect(findProposalRefs('the DP096s we raised')).toEqual([]);
  });

  it('does not read file types like mp3 as proposals', () => {
    expect(findProposalRefs('the recording is an mp3 file')).toEqual([]);
  });

  it('sees SECMP references as a whole, not as the MP inside them', () => {
    expect(findProposalRefs('SECMP0049 was implemented')).toEqual(['SECMP0049']);
  });

  it('returns nothing for text without references', () => {
    expect(findProposalRefs('')).toEqual([]);
    expect(findProposalRefs('no proposals here')).toEqual([]);
  });
});

function catchError(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
