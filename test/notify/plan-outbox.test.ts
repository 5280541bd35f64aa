import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/domain/calendar';
import { createOutboxPlanner } from '../../src/notify/plan-outbox';
import type { DomainEvent } from '../../storage/schema';
import { dpRaised, notifyData } from './support/notify-data';

describe('the outbox planner over a long run', () => {
  const calendar = createCalendar();
  const at = (day: number) => new Date(Date.UTC(2023, 1, 1) + day * 86_400_000);
  const update = (id: string, day: number): DomainEvent => ({ id, type: 'action.updated', at: at(day).toISOString(), ref: 'CSC 12/01', data: { ref: 'CSC 12/01' } });

  it('remembers only the events still in the outbox, however many were ever made, and still plans every new DP', () => {
    const plan = createOutboxPlanner();
    let outbox: DomainEvent[] = [];
    const plannedDps = new Set<string>();
    // Two years of 20 changes a day, the outbox keeping two weeks of them (as retention does), one new DP a week.
    for (let day = 0; day < 730; day++) {
      const fresh = Array.from({ length: 20 }, (_, n) => update(`u-${day}-${n}`, day));
      if (day % 7 === 0) fresh.push(dpRaised(`dp-${day}`, `DP${String(100 + day).padStart(4, '0')}`, at(day).toISOString()));
      outbox = [...outbox.filter((event) => Date.parse(event.at) > at(day - 14).getTime()), ...fresh];
      const due = plan({ data: notifyData({ outbox }), calendar, platforms: ['slack', 'teams'] }, at(day), new Set());
      for (const d of due) if (d.key.startsWith('new-dp:')) plannedDps.add(d.key.split(':')[1]!);
      expect(plan.remembered()).toBeLessThanOrEqual(2 * outbox.length);
    }
    const raised = Array.from({ length: 105 }, (_, w) => `DP${String(100 + w * 7).padStart(4, '0')}`);
    expect(raised.filter((ref) => !plannedDps.has(ref))).toEqual([]);
    expect(plan.remembered()).toBeLessThan(1000);
  });
});
