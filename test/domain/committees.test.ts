import { describe, expect, it } from 'vitest';
import { isUserError } from '../../src/core/errors';
import { COMMITTEES, SUB_COMMITTEES, committeeName, normaliseCommittee } from '../../src/domain/committees';

describe('committees', () => {
  it('knows every body in the SEC change process by its canonical id', () => {
    expect(COMMITTEES.map((c) => c.id)).toEqual(['CSC', 'OPSG', 'TABASC', 'SSC', 'SMKI PMA', 'PANEL', 'CB', 'WG', 'AUTHORITY']);
  });

  it.each([
    ['CSC', 'CSC'],
    ['Change Sub-Committee', 'CSC'],
    ['opsg', 'OPSG'],
    ['Operations Group', 'OPSG'],
    ['ops group', 'OPSG'],
    ['tabasc', 'TABASC'],
    ['security sub-committee', 'SSC'],
    ['SSC', 'SSC'],
    ['smki-pma', 'SMKI PMA'],
    ['smkipma', 'SMKI PMA'],
    ['SMKI PMA', 'SMKI PMA'],
    ['panel', 'PANEL'],
    ['SEC Panel', 'PANEL'],
    ['change board', 'CB'],
    ['working group', 'WG'],
    ['ofgem', 'AUTHORITY'],
    ['the Authority', 'AUTHORITY'],
  ])('reads %j as %s', (typed, id) => {
    expect(normaliseCommittee(typed)).toBe(id);
  });

  it('refuses an unknown committee and lists the valid ids', () => {
    let error: unknown;
    try {
      normaliseCommittee('Finance Committee');
    } catch (caught) {
      error = caught;
    }
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toContain('"Finance Committee" is not a committee');
    expect((error as Error).message).toContain('CSC, OPSG, TABASC, SSC, SMKI PMA, PANEL, CB, WG, AUTHORITY');
  });

  it('names committees in full', () => {
    expect(committeeName('OPSG')).toBe('Operations Group');
    expect(committeeName('SMKI PMA')).toBe('SMKI Policy Management Authority');
    expect(committeeName('TABASC')).toBe('Technical Architecture and Business Architecture Sub-Committee');
    expect(committeeName('AUTHORITY')).toContain('Ofgem');
  });

  it('shows an unknown stored id as it is rather than failing', () => {
    expect(committeeName('DCC Board')).toBe('DCC Board');
  });

  it('shows new Draft Proposals to the sub-committees by default', () => {
    expect(SUB_COMMITTEES).toEqual(['CSC', 'OPSG', 'TABASC', 'SSC', 'SMKI PMA']);
  });
});
