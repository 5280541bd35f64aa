import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { header, startSmtpSink, type SmtpSink } from './smtp-sink';
import { secbot } from './run-secbot';

const SEEDS = join(import.meta.dirname, '..', 'import', 'fixtures', 'seeds', 'CSC_12_2502-minutes.txt');
/** Tuesday 3 March 2026, 09:00 in London: the next Working Day is Wednesday 4 March. */
const TUESDAY = '2026-03-03T09:00:00Z';
const SATURDAY = '2026-03-07T09:00:00Z';

let sink: SmtpSink;
let dir: string;
let file: string;

const env = () => ({ SECBOT_DATA: file });
const mailEnv = () => ({ ...env(), SECBOT_SMTP_URL: sink.url, SECBOT_MAIL_FROM: 'secbot <secbot@example.org>', SECBOT_PUBLIC_URL: 'https://secbot.example.org' });

async function cli(args: string[], withMail = false, now = TUESDAY) {
  const run = await secbot(args, withMail ? mailEnv() : env(), now);
  return run;
}

/** The store: init, the CSC 12_2502 minutes, and Jane Owner with an action due the next Working Day. */
async function realStore(): Promise<void> {
  for (const args of [['init'], ['import', SEEDS], ['person add "Jane Owner" email jane.owner@example.com'], ['action add CSC "Jane Owner" "Update the DP096 report" due 4 Mar 2026']]) {
    const run = await cli(args);
    expect(run.code, `${args.join(' ')}: ${run.stderr}${run.stdout}`).toBe(0);
  }
}

/** The part of a MIME message with this content type, quoted-printable decoded. */
function part(raw: string, type: string): string {
  const at = raw.indexOf(`Content-Type: ${type}`);
  expect(at, `no ${type} part`).toBeGreaterThan(-1);
  const body = raw.slice(raw.indexOf('\r\n\r\n', at) + 4).split(/\r?\n----_/)[0]!;
  return Buffer.from(body.replace(/=\r?\n/g, '').replace(/\r\n/g, '\n').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
}

beforeAll(async () => void (sink = await startSmtpSink()));
afterAll(() => sink.close());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secbot-email-'));
  file = join(dir, 'secbot.json');
  sink.received.length = 0;
  sink.attempts = 0;
  sink.verdict = () => 'accept';
  await realStore();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('email reminders from the command line (issue 24, "Done when")', () => {
  it('remind run sends the owner exactly one email, a second run sends nothing, and preview says who gets what by which channel', async () => {
    const preview = await cli(['remind', 'preview'], true);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('Jane Owner (email to jane.owner@example.com): CSC 12/02 due next Working Day (4 Mar 2026) [will send]');
    expect(preview.stdout).not.toContain('this assumes Slack and Teams');

    const first = await cli(['remind', 'run'], true);
    expect(first.stdout).toContain('Reminders for 3 Mar 2026: 1 sent, 0 already sent earlier');
    expect(sink.received).toHaveLength(1);
    const mail = sink.received[0]!;
    expect(mail.to).toEqual(['jane.owner@example.com']);
    expect(header(mail.raw, 'From')).toBe('secbot <secbot@example.org>');
    expect(header(mail.raw, 'Date')).toBe('Tue, 03 Mar 2026 09:00:00 +0000');
    expect(header(mail.raw, 'Message-ID')).toMatch(/^<[0-9a-f-]{36}@example\.org>$/);
    expect(header(mail.raw, 'List-Unsubscribe')).toMatch(/^<https:\/\/secbot\.example\.org\/email\/[\w-]+\.[\w-]{32}>$/);
    expect(header(mail.raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(header(mail.raw, 'Subject')).toBe('=?UTF-8?Q?CSC_12/02_due_tomorrow_=C2=B7_DP096?=');
    const text = part(mail.raw, 'text/plain');
    expect(text).toContain('CSC 12/02: due next Working Day (4 Mar 2026)\nUpdate the DP096 report\nDue: 4 Mar 2026\nWorking Days left: 1\nProposal: DP096 DNO Power Outage Alerts: Development Stage');
    expect(text).toMatch(/Done: https:\/\/secbot\.example\.org\/email\/\S+/);
    expect(text).toMatch(/Snooze 1 Working Day: https:\/\/secbot\.example\.org\/email\/\S+/);
    expect(text).toMatch(/Add your actions to your calendar: https:\/\/secbot\.example\.org\/email\/\S+/);
    expect(part(mail.raw, 'text/html')).toContain('<td>DP096 DNO Power Outage Alerts: Development Stage</td>');

    const second = await cli(['remind', 'run'], true);
    expect(second.stdout).toContain('0 sent, 1 already sent earlier');
    expect(sink.received).toHaveLength(1);
    const after = await cli(['remind', 'preview'], true);
    expect(after.stdout).toMatch(/Jane Owner \(email to jane\.owner@example\.com\): CSC 12\/02 .*\[already sent 3 Mar 2026 09:00\]/);
  });

  it('sends nothing on a Saturday', async () => {
    const run = await cli(['remind', 'run'], true, SATURDAY);
    expect(run.stdout).toContain('0 sent');
    expect(run.stdout).toContain('7 Mar 2026 is not a Working Day: reminders wait until 9 Mar 2026.');
    expect(sink.attempts).toBe(0);
  });

  it('retries a temporary refusal (SMTP 451) with backoff and delivers once', async () => {
    sink.verdict = (attempt) => (attempt === 1 ? { code: 451, message: 'Greylisted, try again later' } : 'accept');
    const run = await cli(['remind', 'run'], true);
    expect(run.stdout).toContain('1 sent');
    expect(sink.attempts).toBe(2);
    expect(sink.received).toHaveLength(1);
  });

  it('records a permanent refusal (SMTP 550), shows it in remind preview, and does not try again that day', async () => {
    sink.verdict = () => ({ code: 550, message: 'No such mailbox' });
    const run = await cli(['remind', 'run'], true);
    expect(run.stdout).toContain('Could not be reached');
    expect(run.stdout).toMatch(/Jane Owner \(email to jane\.owner@example\.com\): SMTP 550 No such mailbox/);
    const preview = await cli(['remind', 'preview'], true);
    expect(preview.stdout).toContain('Emails refused by the mail server in the last week');
    expect(preview.stdout).toMatch(/Jane Owner <jane\.owner@example\.com>: SMTP 550 No such mailbox/);
    expect(preview.stdout).toMatch(/Jane Owner \(CSC 12\/02\): Jane Owner: SMTP 550 No such mailbox/);
    await cli(['remind', 'run'], true);
    expect(sink.attempts).toBe(1);
  });

  it('follows the person\'s preference: none stops the email, email on an organisation reaches its contact', async () => {
    expect((await cli(['person update "Jane Owner" reminders none'])).stdout).toContain('Reminders: none');
    const off = await cli(['remind', 'preview'], true);
    expect(off.stdout).toContain('Jane Owner turned reminders off');
    expect(off.stdout).not.toContain('email to jane.owner@example.com');

    await cli(['person update "Jane Owner" reminders email']);
    await cli(['org add "Acme Metering" contacts "Jane Owner"']);
    await cli(['action add CSC "Acme Metering" "Send the DP096 <b>test</b> results & \'costs\'" due 4 Mar 2026']);
    const run = await cli(['remind', 'run'], true);
    expect(run.stdout).toContain('1 sent');
    expect(sink.received).toHaveLength(1);
    const text = part(sink.received[0]!.raw, 'text/plain');
    expect(text.startsWith('CSC 12/02 due tomorrow · DP096 (+1 more)\n'), text.slice(0, 80)).toBe(true);
    expect(text).toContain('Owner: Acme Metering');
    expect(text).toContain('Owner: Jane Owner');
    expect(text).toContain("Send the DP096 <b>test</b> results & 'costs'");
    const html = part(sink.received[0]!.raw, 'text/html');
    expect(html).toContain('Send the DP096 &lt;b&gt;test&lt;/b&gt; results &amp; &#39;costs&#39;');
    expect(html).not.toContain('<b>test</b>');
  });

  it('emails a consultation reminder to a committee mailing address set with subscribe … to EMAIL', async () => {
    const subscribed = await cli(['subscribe CSC events consultation to csc-list@example.org']);
    expect(subscribed.stdout).toContain('Subscribed email to csc-list@example.org');
    expect(subscribed.stdout).toContain('Stop with: unsubscribe CSC to csc-list@example.org');
    await cli(['consultation add DP096 other 2026-02-20 2026-03-04']);
    // An owner nobody can reach is listed in chat channels only, not mailed to the committee's list.
    await cli(['action add CSC "Nobody Known" "Find an owner for DP096" due 4 Mar 2026']);
    const run = await cli(['remind', 'run'], true);
    expect(run.stdout).toContain('2 sent');
    expect(sink.received.filter((m) => m.to.includes('csc-list@example.org'))).toHaveLength(1);
    const list = sink.received.find((m) => m.to.includes('csc-list@example.org'));
    expect(list, 'no email to the list').toBeDefined();
    expect(part(list!.raw, 'text/plain')).toContain('closes on the next Working Day');
    expect(header(list!.raw, 'List-Unsubscribe')).toBeUndefined();
    expect((await cli(['unsubscribe CSC to csc-list@example.org'])).stdout).toContain('Unsubscribed email to csc-list@example.org');
    const bad = await cli(['subscribe CSC to not-an-address@']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('"not-an-address@" is not an email address.');
  });

  it('without any channel configured, remind run says what to set instead of pretending', async () => {
    const run = await cli(['remind', 'run']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('SECBOT_SMTP_URL');
    expect(sink.attempts).toBe(0);
  });
});
