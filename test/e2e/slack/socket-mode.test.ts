import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { createCalendar } from '../../../src/domain/calendar';
import { createSlackPlatform, type SlackPlatform } from '../../../src/platforms/slack';
import { createTestBot, type TestBot } from '../../support/test-bot';
import { createCaptureLogger } from './support/capture-logger';
import { FAKE_BOT_TOKEN, startFakeSlack, type FakeSlack } from './support/fake-slack';
import { slackFixture } from './support/fixture';
import { channelMessage, eventEnvelope, slashCommand } from './support/payloads';

const APP_TOKEN = 'xapp-1-A1-fake-app-token-secret';

/** A loopback Socket Mode server: says hello, sends envelopes, collects the acks. */
async function startSocketServer() {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const acks: any[] = [];
  let socket: WebSocket | undefined;
  const connected = new Promise<WebSocket>((resolve) =>
    wss.on('connection', (ws) => {
      socket = ws;
      ws.on('message', (data) => acks.push(JSON.parse(String(data))));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' }, debug_info: { host: 'loopback' } }));
      resolve(ws);
    }),
  );
  const ackFor = async (envelopeId: string) => {
    for (let i = 0; i < 300 && !acks.some((a) => a.envelope_id === envelopeId); i++) await new Promise((r) => setTimeout(r, 5));
    const ack = acks.find((a) => a.envelope_id === envelopeId);
    if (!ack) throw new Error(`no ack for ${envelopeId}`);
    return ack;
  };
  return {
    url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`,
    connected,
    send: (envelope: object) => socket!.send(JSON.stringify(envelope)),
    ackFor,
    close: () => new Promise<void>((resolve) => {
      for (const client of wss.clients) client.terminate();
      wss.close(() => resolve());
    }),
  };
}

describe('Slack Socket Mode', () => {
  let fake: FakeSlack;
  let sockets: Awaited<ReturnType<typeof startSocketServer>>;
  let bot: TestBot;
  let platform: SlackPlatform;
  let logs: string[];

  beforeEach(async () => {
    fake = await startFakeSlack();
    sockets = await startSocketServer();
    fake.socketUrl = sockets.url;
    bot = createTestBot({ data: slackFixture(), now: '2023-08-22T09:00:00Z' });
    const logger = createCaptureLogger();
    logs = logger.lines;
    platform = createSlackPlatform(
      { dispatch: bot.dispatch, store: bot.store, clock: bot.clock, calendar: createCalendar(), logger },
      { botToken: FAKE_BOT_TOKEN, appToken: APP_TOKEN, apiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
    );
    await platform.start();
    await sockets.connected;
  });
  afterEach(async () => {
    await platform.stop();
    await sockets.close();
    await fake.close();
  });

  it('connects through apps.connections.open with the app token and reports socket mode', async () => {
    const open = fake.callsTo('apps.connections.open')[0]!;
    expect(open.headers.authorization).toBe(`Bearer ${APP_TOKEN}`);
    expect(platform.status()).toEqual({ ok: true, mode: 'socket' });
    expect(logs.join('\n')).not.toContain(APP_TOKEN);
    expect(logs.join('\n')).not.toContain(FAKE_BOT_TOKEN);
  });

  it('answers /sec status DP096 in the envelope ack', async () => {
    sockets.send({ envelope_id: 'env-1', type: 'slash_commands', accepts_response_payload: true, payload: slashCommand('status DP096') });
    const ack = await sockets.ackFor('env-1');
    expect(ack.payload.response_type).toBe('ephemeral');
    expect(ack.payload.blocks[0].text.text).toBe('DP096 — DNO Power Outage Alerts');
  });

  it('a re-sent events_api envelope (retry_attempt 1) never runs a mutating DM twice', async () => {
    const payload = eventEnvelope(channelMessage('action update "CSC 12/01" chased DCC', { channel: 'D0GEMMA', channelType: 'im' }), 'Ev0SOCKET');
    sockets.send({ envelope_id: 'env-2', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload });
    await sockets.ackFor('env-2');
    await fake.waitFor('chat.postMessage');
    sockets.send({ envelope_id: 'env-3', type: 'events_api', accepts_response_payload: false, retry_attempt: 1, retry_reason: 'timeout', payload });
    await sockets.ackFor('env-3');
    sockets.send({ envelope_id: 'env-4', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload: eventEnvelope(channelMessage('whoami', { channel: 'D0GEMMA', channelType: 'im' })) });
    await fake.waitFor('chat.postMessage', () => fake.callsTo('chat.postMessage').length === 2);
    expect(bot.store.read().actions[0]!.updates).toHaveLength(1);
  });

  it('a dropped connection shows as not ok in status (the client reconnects on its own)', async () => {
    (await sockets.connected).terminate();
    for (let i = 0; i < 200 && platform.status().ok; i++) await new Promise((r) => setTimeout(r, 5));
    expect(platform.status()).toEqual({ ok: false, mode: 'socket' });
  });

  it('stop() disconnects and status turns not ok', async () => {
    await platform.stop();
    expect(platform.status()).toEqual({ ok: false, mode: 'socket' });
  });
});
