import { describe, expect, it } from 'vitest';
import { KNOWN_STAGES, isBackwards, nextStage, normaliseStage } from '../../src/domain/lifecycle';

describe('lifecycle stages', () => {
  it('lists SECAS stage names in flow order', () => {
    expect(KNOWN_STAGES).toEqual([
      'Development Stage',
      'Converted to Modification Proposal',
      'Refinement Process',
      'Report Phase',
      'Change Board',
      'Authority Determination',
      'Pending Implementation',
      'Implemented',
      'Rejected',
      'Withdrawn',
    ]);
  });

  it.each([
    ['development', 'Development Stage'],
    ['dev', 'Development Stage'],
    ['refinement', 'Refinement Process'],
    ['Refinement Consultation', 'Refinement Process'],
    ['report', 'Report Phase'],
    ['Report phase', 'Report Phase'],
    ['Modification Report Consultation', 'Report Phase'],
    ['Change Board vote', 'Change Board'],
    ['pending', 'Pending Implementation'],
    ['pending implementation', 'Pending Implementation'],
    ['implemented', 'Implemented'],
    ['WITHDRAWN', 'Withdrawn'],
    ['authority determination', 'Authority Determination'],
  ])('reads %j as %s', (typed, name) => {
    const stage = normaliseStage(typed);
    expect(stage.name).toBe(name);
    expect(stage.known).toBe(true);
  });

  it('numbers the normal flow and marks the ends', () => {
    expect(normaliseStage('Development Stage')).toEqual({ name: 'Development Stage', known: true, order: 1, terminal: false });
    expect(normaliseStage('Implemented')).toMatchObject({ order: 8, terminal: true });
    expect(normaliseStage('Rejected').terminal).toBe(true);
    expect(normaliseStage('Withdrawn').terminal).toBe(true);
  });

  it('accepts a stage it does not know, tidied but as typed', () => {
    expect(normaliseStage('  Fast-Track   Self-Governance ')).toEqual({
      name: 'Fast-Track Self-Governance',
      known: false,
      terminal: false,
    });
  });

  it('refuses a blank stage with an example', () => {
    expect(() => normaliseStage('   ')).toThrow(/e\.g\. "Refinement Process"/);
  });

  it('spots moves back in the flow', () => {
    expect(isBackwards('Report Phase', 'refinement')).toBe(true);
    expect(isBackwards('Implemented', 'Development Stage')).toBe(true);
    expect(isBackwards('Withdrawn', 'refinement')).toBe(true);
  });

  it('does not flag moves forward, staying put, or stages it does not know', () => {
    expect(isBackwards('refinement', 'report')).toBe(false);
    expect(isBackwards('report', 'report')).toBe(false);
    expect(isBackwards('refinement', 'withdrawn')).toBe(false);
    expect(isBackwards('Report Phase', 'Some New Stage')).toBe(false);
    expect(isBackwards('Some New Stage', 'Development Stage')).toBe(false);
  });

  it('suggests the usual next stage', () => {
    expect(nextStage('Development Stage')).toBe('Converted to Modification Proposal');
    expect(nextStage('converted')).toBe('Refinement Process');
    expect(nextStage('refinement')).toBe('Report Phase');
    expect(nextStage('report')).toBe('Change Board');
    expect(nextStage('Pending Implementation')).toBe('Implemented');
  });

  it('has no next stage at the end or for unknown stages', () => {
    expect(nextStage('Implemented')).toBeUndefined();
    expect(nextStage('Rejected')).toBeUndefined();
    expect(nextStage('Withdrawn')).toBeUndefined();
    expect(nextStage('Some New Stage')).toBeUndefined();
  });
});
