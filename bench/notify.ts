import { webApi } from '@slack/bolt';
import { silentLogger, systemClock } from '../src/core/ports';
import { createCalendar } from '../src/domain/calendar';
import { createNotifier } from '../src/notify/notifier';
import { planReminders } from '../src/notify/plan-reminders';
import { createSlackMessenger } from '../src/platforms/slack/messenger';
import { createMemoryStore } from '../storage/memory-store';
import { emptyStore, type StoreData, type Subscription } from '../storage/schema';
import { generateStore } from './fixtures/generate-store';
import { ms, percentile } from './lib/stats';
import { startRateLimitedSlack } from './notify/rate-limited-slack';

const PLAN_RUNS = 30;
const CHANNELS = 250;
const DPS = 4;

/**
 * Issue 5: planning a reminder run over 10,000 actions and 500 consultations (target ≤ 50 ms), and
 * delivering 1,000 messages (250 channels × 4 new DPs) through the real Slack messenger to a loopback
 * Slack-like API that allows about 1 message/s/channel, checking every message arrived exactly once.
 */
export async function benchNotify(): Promise<Record<string, string | number>> {
  return { ...benchPlanning(), ...(await benchDelivery('paced 1/s/channel', 1000)), ...(await benchDelivery('unpaced (429s)', 0)) };
}

function benchPlanning(): Record<string, string | number> {
  const calendar = createCalendar();
  const data = generateStore({ actions: 10_000, consultations: 500 });
  data.subscriptions = ['CSC', 'OPSG', 'TABASC', 'SSC', 'SMKI PMA'].map((c, i) => subscription(`S${i + 1}`, `C_${i}`, [c]));
  data.installations = [{ address: { platform: 'slack', teamId: 'T1' }, installedAt: '2020-01-01T00:00:00Z' }];
  const at = new Date('2022-07-04T08:00:00Z'); // a Monday: owners, weekly items, consultations and digests
  const samples: number[] = [];
  let messages = 0;
  for (let i = 0; i < PLAN_RUNS + 5; i++) {
    const start = performance.now();
    messages = planReminders(data, at, { calendar, platforms: ['slack', 'teams'] }).messages.length;
    if (i >= 5) samples.push(performance.now() - start);
  }
  return {
    'plan: store': '10,000 actions / 500 consultations / 5 channels',
    'plan: messages planned': messages,
    'plan: p50': ms(percentile(samples, 50)),
    'plan: max': ms(Math.max(...samples)),
    'plan: target': '≤ 50 ms',
  };
}

async function benchDelivery(label: string, channelIntervalMs: number): Promise<Record<string, string | number>> {
  const api = await startRateLimitedSlack();
  const client = new webApi.WebClient('xoxb-bench', { slackApiUrl: api.apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 }, logLevel: webApi.LogLevel.ERROR });
  const store = createMemoryStore(deliveryStore(), systemClock.now);
  const notifier = createNotifier({
    store, clock: systemClock, calendar: createCalendar(), logger: silentLogger,
    messengers: [createSlackMessenger(client, silentLogger)], config: { channelIntervalMs },
  });
  try {
    const start = performance.now();
    let rounds = 0;
    while (store.read().deliveries.filter((d) => d.status === 'sent').length < CHANNELS * DPS && rounds++ < 60) {
      await notifier.flushOutbox();
      if (rounds > 1) await new Promise((r) => setTimeout(r, 200)); // later rounds only pick up retries
    }
    const elapsed = performance.now() - start;
    return { ...report(label, api.delivered, elapsed), [`${label}: 429 answers`]: api.rejected };
  } finally {
    await api.close();
  }
}

function report(label: string, delivered: Map<string, string[]>, elapsed: number): Record<string, string | number> {
  const all = [...delivered].flatMap(([channel, texts]) => texts.map((t) => `${channel} ${t}`));
  const once = new Set(all).size === all.length && all.length === CHANNELS * DPS;
  return {
    [`${label}: messages`]: `${all.length} to ${delivered.size} channels`,
    [`${label}: total time`]: ms(elapsed),
    [`${label}: each delivered exactly once`]: once ? 'yes' : `NO (${all.length} posts, ${new Set(all).size} distinct)`,
  };
}

function deliveryStore(): StoreData {
  const data = emptyStore();
  data.subscriptions = Array.from({ length: CHANNELS }, (_, i) => subscription(`S${i + 1}`, `C${String(i).padStart(4, '0')}`, ['*'], 'new-dp'));
  const at = new Date().toISOString();
  data.outbox = Array.from({ length: DPS }, (_, i) => ({
    id: `e${i}`, type: 'dp.raised', at, ref: `DP${120 + i}`,
    data: { ref: `DP${120 + i}`, title: `Bench proposal ${i}`, summary: 'A problem. More text.', committees: ['CSC'], raisedOn: at.slice(0, 10) },
  }));
  return data;
}

function subscription(id: string, channelId: string, committees: string[], event: Subscription['events'][number] = 'digest'): Subscription {
  const events: Subscription['events'] = event === 'digest' ? ['new-dp', 'stage', 'decision', 'consultation', 'digest'] : [event];
  return { id, address: { platform: 'slack', teamId: 'T1', channelId }, committees, events, createdBy: 'bench', createdAt: '2020-01-01T00:00:00Z' };
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchNotify());
