import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BOT_TOKEN, startFakeSlack, type FakeSlack } from '../e2e/slack/support/fake-slack';
import { initStore } from '../../storage/init-store';
import { emptyStore } from '../../storage/schema';
import { secbot } from './run-secbot';
import { startSmtpSink, type SmtpSink } from './smtp-sink';

const TUESDAY = '2026-03-03T09:00:00Z';
let sink: SmtpSink;
let slack: FakeSlack;
let dir: string;

const env = () => ({
  SECBOT_DATA: join(dir, 'secbot.json'),
  SECBOT_SMTP_URL: sink.url,
  SECBOT_MAIL_FROM: 'secbot <secbot@example.org>',
  SLACK_BOT_TOKEN: FAKE_BOT_TOKEN,
  SLACK_SIGNING_SECRET: 'test-signing-secret',
  SLACK_API_URL: slack.apiUrl,
});

beforeAll(async () => {
  [sink, slack] = await Promise.all([startSmtpSink(), startFakeSlack()]);
  dir = await mkdtemp(join(tmpdir(), 'secbot-channels-'));
  // People whose Slack accounts are already linked (as `link` in chat would have done).
  const data = emptyStore();
  data.people.push(
    { id: 'jane-owner', name: 'Jane Owner', aliases: [], roles: [], platformIds: { slack: 'U_JANE' }, email: 'jane.owner@example.com' },
    { id: 'bob-slack', name: 'Bob Slack', aliases: [], roles: [], platformIds: { slack: 'U_BOB' } },
  );
  await initStore(join(dir, 'secbot.json'), data);
  for (const args of [
    ['person update "Jane Owner" reminders both'],
    ['person add "Mia Mail" email mia.mail@example.com'],
    ['action add CSC "Jane Owner" "Update the DP096 report" due 4 Mar 2026 ref "CSC 12/01"'],
    ['action add CSC "Bob Slack" "Check the DP096 costs" due 4 Mar 2026 ref "CSC 12/02"'],
    ['action add CSC "Mia Mail" "Write to the DNOs about DP096" due 4 Mar 2026 ref "CSC 12/03"'],
  ]) {
    const run = await secbot(args, { SECBOT_DATA: join(dir, 'secbot.json') }, TUESDAY);
    expect(run.code, `${args.join(' ')}: ${run.stderr}${run.stdout}`).toBe(0);
  }
}, 90_000);

afterAll(async () => {
  await Promise.all([sink?.close(), slack?.close()]);
  await rm(dir, { recursive: true, force: true });
});

describe('npx secbot remind run with email and Slack configured', () => {
  it('previews and sends through each configured channel: Slack DMs, emails, and both for someone who asked', async () => {
    const preview = await secbot(['remind', 'preview'], env(), TUESDAY);
    expect(preview.stdout).toContain('Jane Owner (Slack DM to U_JANE): CSC 12/01');
    expect(preview.stdout).toContain('Jane Owner (email to jane.owner@example.com): CSC 12/01');
    expect(preview.stdout).toContain('Bob Slack (Slack DM to U_BOB): CSC 12/02');
    expect(preview.stdout).toContain('Mia Mail (email to mia.mail@example.com): CSC 12/03');

    const run = await secbot(['remind', 'run'], env(), TUESDAY);
    expect(run.stdout).toContain('4 sent, 0 already sent earlier');
    expect(sink.received.map((m) => m.to[0]).sort()).toEqual(['jane.owner@example.com', 'mia.mail@example.com']);
    const dms = slack.callsTo('conversations.open').map((c) => c.body.users).sort();
    expect(dms).toEqual(['U_BOB', 'U_JANE']);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);

    const again = await secbot(['remind', 'run'], env(), TUESDAY);
    expect(again.stdout).toContain('0 sent, 4 already sent earlier');
    expect(sink.received).toHaveLength(2);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
  });
});
