import { describe, expect, it } from 'vitest';
import { checkDecision } from '../../src/domain/decision-rules';
import { KNOWN_STAGES } from '../../src/domain/lifecycle';
import { checkStageMove, type Verdict } from '../../src/domain/transition-rules';
import { proposal } from './operations/fixtures';

/** ok = accepted, warn = accepted with a warning, no = refused (with a hint naming what would work). */
type Cell = 'ok' | 'warn' | 'no';
const outcome = (v: Verdict): Cell => (!v.ok ? 'no' : v.warnings.length ? 'warn' : 'ok');

// Columns, in KNOWN_STAGES order: Dev, Conv, Ref, Rep, CB, Auth, Pending, Impl, Rej, Wd.
const MP_MOVES: Record<string, Cell[]> = {
  'Development Stage': ['no', 'no', 'ok', 'ok', 'no', 'no', 'no', 'no', 'no', 'ok'],
  'Converted to Modification Proposal': ['no', 'no', 'ok', 'ok', 'no', 'no', 'no', 'no', 'no', 'ok'],
  'Refinement Process': ['no', 'no', 'no', 'ok', 'no', 'no', 'no', 'no', 'no', 'ok'],
  'Report Phase': ['no', 'no', 'warn', 'no', 'ok', 'ok', 'no', 'no', 'no', 'ok'],
  'Change Board': ['no', 'no', 'warn', 'warn', 'no', 'ok', 'no', 'no', 'no', 'ok'],
  'Authority Determination': ['no', 'no', 'warn', 'warn', 'warn', 'no', 'no', 'no', 'no', 'ok'],
  'Pending Implementation': ['no', 'no', 'no', 'no', 'no', 'no', 'no', 'ok', 'no', 'ok'],
  Implemented: ['no', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'no'],
  Rejected: ['no', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'no'],
  Withdrawn: ['no', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'no'],
};

const DP_MOVES: Record<string, Cell[]> = {
  'Development Stage': ['no', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'ok', 'ok'],
  Rejected: ['warn', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'ok'],
  Withdrawn: ['warn', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'ok', 'no'],
};

const cases = (table: Record<string, Cell[]>) => Object.entries(table).flatMap(([from, row]) => KNOWN_STAGES.map((to, i) => [from, to, row[i]!] as const));

describe('the lifecycle rules, every stage × every target', () => {
  it('the tables cover every stage', () => {
    expect(Object.keys(MP_MOVES)).toEqual([...KNOWN_STAGES]);
  });

  it.each(cases(MP_MOVES))('MP in %s → %s: %s', (from, to, expected) => {
    const verdict = checkStageMove(proposal('MP167B', { stage: from }), to);
    expect(outcome(verdict)).toBe(expected);
    if (!verdict.ok) expect(verdict.hint.length).toBeGreaterThan(10);
  });

  it.each(cases(DP_MOVES))('DP in %s → %s: %s', (from, to, expected) => {
    expect(outcome(checkStageMove(proposal('DP096', { stage: from }), to))).toBe(expected);
  });

  it('a DP refused a Modification Proposal stage is told to convert first', () => {
    const verdict = checkStageMove(proposal('DP096'), 'Report Phase');
    expect(verdict).toMatchObject({ ok: false, message: expect.stringContaining('convert DP096 first'), hint: 'convert DP096, then: advance MP096 "Report Phase"' });
  });

  it('Pending Implementation needs a standing approval; a later rejection takes it away', () => {
    const approved = proposal('MP167B', { stage: 'Change Board', decisions: [{ body: 'Change Board', outcome: 'Approved', on: '2023-01-05', source: 't' }] });
    expect(outcome(checkStageMove(approved, 'Pending Implementation'))).toBe('ok');
    approved.decisions.push({ body: 'Change Board', outcome: 'Rejected', on: '2023-02-05', source: 't' });
    expect(outcome(checkStageMove(approved, 'Pending Implementation'))).toBe('no');
  });

  it('a Self-Governance or Fast-Track MP never goes to the Authority; a new stage passes with a warning', () => {
    expect(outcome(checkStageMove(proposal('MP167B', { stage: 'Change Board', path: 'Path 3: Self-Governance' }), 'Authority Determination'))).toBe('no');
    expect(outcome(checkStageMove(proposal('MP167B', { stage: 'Report Phase', path: 'Fast-Track' }), 'Authority Determination'))).toBe('no');
    expect(outcome(checkStageMove(proposal('MP167B', { stage: 'Change Board' }), 'Panel pause'))).toBe('warn');
  });
});

// Columns: Change Board, Authority, Panel, CSC.
const BODIES = ['CB', 'AUTHORITY', 'PANEL', 'CSC'];
const DECISIONS: Record<string, Cell[]> = {
  'Development Stage': ['no', 'no', 'no', 'no'],
  'Converted to Modification Proposal': ['no', 'no', 'ok', 'no'],
  'Refinement Process': ['no', 'no', 'no', 'no'],
  'Report Phase': ['ok', 'ok', 'ok', 'no'],
  'Change Board': ['ok', 'ok', 'ok', 'no'],
  'Authority Determination': ['ok', 'ok', 'ok', 'no'],
  'Pending Implementation': ['no', 'no', 'no', 'no'],
  Implemented: ['no', 'no', 'no', 'no'],
  Rejected: ['no', 'no', 'no', 'no'],
  Withdrawn: ['no', 'no', 'no', 'no'],
};

describe('who decides, from which stage', () => {
  const rows = Object.entries(DECISIONS).flatMap(([stage, row]) => BODIES.map((body, i) => [stage, body, row[i]!] as const));
  it.each(rows)('MP (path not recorded) in %s, decided by %s: %s', (stage, body, expected) => {
    expect(outcome(checkDecision(proposal('MP167B', { stage }), 'Approved', body))).toBe(expected);
  });

  it.each([
    ['Path 3: Self-Governance', 'CB'],
    ['Path 2: Authority Determination', 'AUTHORITY'],
    ['Path 1: Authority-led', 'AUTHORITY'],
    ['Fast-Track Self-Governance', 'PANEL'],
  ])('on %s only %s decides', (path, decider) => {
    for (const body of ['CB', 'AUTHORITY', 'PANEL']) {
      expect(outcome(checkDecision(proposal('MP167B', { stage: 'Change Board', path }), 'Approved', body)), body).toBe(body === decider ? 'ok' : 'no');
    }
  });

  it('a DP is never decided: convert it first', () => {
    expect(checkDecision(proposal('DP096'), 'Approved', 'CB')).toMatchObject({ ok: false, message: expect.stringContaining('convert DP096 first') });
  });
});
