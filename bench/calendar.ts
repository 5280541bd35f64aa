import { Agent, request } from 'node:http';
import { createFeedHandler } from '../src/calendar/feed-handler';
import { silentLogger, type Clock } from '../src/core/ports';
import { createCalendar } from '../src/domain/calendar';
import { issueCalendarTokens } from '../src/domain/operations';
import { createWebServer } from '../src/web-server';
import { createMemoryStore } from '../storage/memory-store';
import type { CalendarGrant } from '../storage/schema';
import { generateStore } from './fixtures/generate-store';
import { ms, percentile } from './lib/stats';

const RUNS = 200;
const AFTER_WRITES = 20;

/**
 * Issue 15: GET /calendar/<token>.ics over loopback HTTP on the bench store (2,000 proposals, 10,000
 * actions, 500 consultations): the all feed, a committee feed and a person's feed; then the first
 * request after a write, when the feed is rebuilt (same events: same body; changed events: serialised again).
 */
export async function benchCalendar(): Promise<Record<string, string | number>> {
  const data = generateStore({ proposals: 2000, actions: 10_000 });
  const clock: Clock = { now: () => new Date('2024-03-05T10:00:00Z') };
  const store = createMemoryStore(data, clock.now);
  const person = data.people.find((p) => p.organisation)!;
  const grants: CalendarGrant[] = [{ kind: 'all' }, { kind: 'committee', committee: 'CSC' }, { kind: 'person', person: person.id }];
  const issued = await store.transact({ actor: 'operator', command: 'bench' }, (draft) => issueCalendarTokens(draft, grants, { createdBy: 'operator', at: clock.now().toISOString() }));
  const web = createWebServer(() => ({ ok: true }), { calendarFeed: createFeedHandler({ store, calendar: createCalendar(), clock, logger: silentLogger }) });
  const base = `http://127.0.0.1:${await web.listen(0)}`;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const results: Record<string, string | number> = { store: '2,000 proposals / 10,000 actions / 500 consultations' };
  try {
    for (const [i, name] of ['all', 'committee CSC', `mine (${person.name})`].entries()) {
      const url = `${base}/calendar/${issued[i]!.token}.ics`;
      const first = await get(url, agent);
      const [plain, gzip] = [[] as number[], [] as number[]];
      for (let run = 0; run < RUNS; run++) plain.push((await get(url, agent)).ms), gzip.push((await get(url, agent, true)).ms);
      const zipped = await get(url, agent, true);
      results[`${name}: events, size (gzipped)`] = `${(first.body.match(/BEGIN:VEVENT/g) ?? []).length}, ${mb(first.bytes)} (${mb(zipped.bytes)})`;
      results[`${name}: first request (builds it)`] = ms(first.ms);
      results[`${name}: p50 gzip, as calendar apps ask (target ≤ 50 ms)`] = `${ms(percentile(gzip, 50))} ${percentile(gzip, 50) <= 50 ? 'ok' : 'MISSED'}`;
      results[`${name}: p50 uncompressed (target ≤ 50 ms)`] = `${ms(percentile(plain, 50))} ${percentile(plain, 50) <= 50 ? 'ok' : 'MISSED'}`;
      results[`${name}: p99 gzip / uncompressed`] = `${ms(percentile(gzip, 99))} / ${ms(percentile(plain, 99))}`;
    }
    Object.assign(results, await afterWrites(store, `${base}/calendar/${issued[1]!.token}.ics`, agent));
  } finally {
    agent.destroy();
    await web.close();
  }
  return results;
}

/** A write elsewhere (same CSC events: body reused), then a CSC action's due date moved (serialised again). */
async function afterWrites(store: ReturnType<typeof createMemoryStore>, url: string, agent: Agent): Promise<Record<string, string>> {
  const same: number[] = [];
  const changed: number[] = [];
  const csc = store.read().actions.filter((a) => a.committee === 'CSC').slice(0, AFTER_WRITES).map((a) => a.ref);
  for (const [i, ref] of csc.entries()) {
    await store.transact({ actor: 'operator', command: 'bench' }, (draft) => void draft.outbox.push({ id: `bench-${i}`, type: 'bench', at: '2024-03-05T10:00:00Z', data: {} }));
    same.push((await get(url, agent)).ms);
    await store.transact({ actor: 'operator', command: 'bench' }, (draft) => {
      const action = draft.actions.find((a) => a.ref === ref)!;
      action.due = `2024-04-${String(10 + i).padStart(2, '0')}`;
    });
    changed.push((await get(url, agent)).ms);
  }
  return {
    'committee CSC, first request after a write elsewhere, p50': ms(percentile(same, 50)),
    'committee CSC, first request after one of its actions changed, p50': ms(percentile(changed, 50)),
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** One GET, timed until the last byte; with gzip, as Outlook and Google ask (the body is not unzipped here). */
function get(url: string, agent: Agent, gzip = false): Promise<{ ms: number; body: string; bytes: number }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    request(url, { agent, headers: gzip ? { 'accept-encoding': 'gzip' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode}`));
        const bytes = Buffer.concat(chunks);
        resolve({ ms: performance.now() - start, body: gzip ? '' : bytes.toString(), bytes: bytes.length });
      });
    }).on('error', reject).end();
  });
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchCalendar());
