import { describe, expect, it } from 'vitest';
import { addConsultation } from '../../../src/domain/operations';
import { storeDataSchema } from '../../../storage/schema';
import { fixtureStore, meta } from './fixtures';

describe('addConsultation', () => {
  it('closes at 5pm London time (BST) by default and records consultation.opened when already open', () => {
    const data = fixtureStore();
    const c = addConsultation(data, { ref: 'mp167b', kind: 'Report', opens: '2023-08-16', closes: '2023-09-07' }, meta());
    expect(c).toMatchObject({ proposal: 'MP167B', kind: 'report', opens: '2023-08-16', closes: '2023-09-07T17:00:00+01:00' });
    expect(data.outbox.map((e) => [e.type, e.data.closes])).toEqual([['consultation.opened', '2023-09-07T17:00:00+01:00']]);
    expect(() => storeDataSchema.parse(data)).not.toThrow();
  });

  it('records consultation.scheduled for a future one, with a given time in GMT', () => {
    const data = fixtureStore();
    const c = addConsultation(data, { ref: 'DP096', kind: 'refinement', opens: '2023-11-01', closes: '2023-11-22', closesAt: '12:00', url: 'https://example.org/c' }, meta());
    expect(c.closes).toBe('2023-11-22T12:00:00+00:00');
    expect(data.outbox[0]).toMatchObject({ type: 'consultation.scheduled', data: { kind: 'refinement', url: 'https://example.org/c' } });
  });

  it('refuses closing before opening, an unknown kind, a bad url and the same consultation twice', () => {
    const data = fixtureStore();
    const base = { ref: 'MP167B', kind: 'report', opens: '2023-08-16', closes: '2023-09-07' };
    expect(() => addConsultation(data, { ...base, closes: '2023-08-15' }, meta())).toThrow('would close (15 Aug 2023) before it opens (16 Aug 2023)');
    expect(() => addConsultation(data, { ...base, kind: 'survey' }, meta())).toThrow('"survey" is not a kind of consultation');
    expect(() => addConsultation(data, { ...base, url: 'not a url' }, meta())).toThrow('is not a web address');
    addConsultation(data, base, meta());
    expect(() => addConsultation(data, base, meta())).toThrow('already has a report consultation opening 16 Aug 2023');
    expect(data.outbox).toHaveLength(1);
  });
});
