import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventWithUid, parseIcs } from '../calendar/support/parse-ics';

const repo = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
let file: string;

/** `npx secbot …` as a real process (bin/secbot.js on the built bundle), with a clean environment. */
function secbot(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(repo, 'bin/secbot.js'), '--data', file, ...args], {
    cwd: dir, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 30_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secbot-cli-calendar-'));
  file = join(dir, 'secbot.json');
  expect(secbot(['init', '--demo']).code).toBe(0);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npx secbot calendar', () => {
  it('export committee C writes that committee\'s feed as iCalendar to stdout', async () => {
    const { code, out } = secbot(['calendar', 'export', 'committee', 'Change Board']);
    expect(code).toBe(0);
    await writeFile(join(dir, 'cb.ics'), out);
    const feed = parseIcs(await readFile(join(dir, 'cb.ics'), 'utf8'));
    expect(feed.name).toBe('secbot: Change Board');
    expect(eventWithUid(feed, 'release-february-2024-sec-release@secbot').start).toBe('2024-02-29');
    expect(eventWithUid(feed, 'consultation-MP167B-report-2023-08-16@secbot').start).toBe('2023-09-07T16:00:00.000Z');
  });

  it('export all (also the default) holds every committee\'s meetings', () => {
    for (const args of [['calendar', 'export', 'all'], ['calendar', 'export']]) {
      const { code, out } = secbot(args);
      expect(code).toBe(0);
      const uids = parseIcs(out).events.map((e) => e.uid);
      expect(uids).toContain('meeting-OPSG-26-0511-2019-11-05@secbot');
      expect(uids).toContain('meeting-CSC-12-2502-2020-02-25@secbot');
    }
  });

  it('export mine needs --as NAME from the command line, and then gives that person\'s feed', () => {
    const refused = secbot(['calendar', 'export', 'mine']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('"mine" needs to know who you are');
    expect(refused.err).toContain('--as "Bradley Baker"');
    expect(refused.out).toBe('');
    const { code, out } = secbot(['calendar', 'export', 'mine', '--as', 'Mari Toda']);
    expect(code).toBe(0);
    const feed = parseIcs(out);
    expect(feed.name).toBe('secbot: Mari Toda');
    expect(feed.events.map((e) => e.uid)).toContain('consultation-MP167B-report-2023-08-16@secbot');
  });

  it('refuses an unknown committee or person with what would work', () => {
    const committee = secbot(['calendar', 'export', 'committee', 'XYZ']);
    expect([committee.code, committee.out]).toEqual([1, '']);
    expect(committee.err).toContain('"XYZ" is not a committee I know');
    const person = secbot(['calendar', 'export', 'mine', '--as', 'Nobody Here']);
    expect(person.code).toBe(1);
    expect(person.err).toContain('No one called "Nobody Here"');
  });

  it('`calendar` says how to set SECBOT_PUBLIC_URL when it is unset, and issues links when it is', async () => {
    const unset = secbot(['calendar']);
    expect(unset.code).toBe(0);
    expect(unset.out).toContain('SECBOT_PUBLIC_URL');
    expect(unset.out).toContain('npx secbot calendar export');
    const set = secbot(['calendar'], { SECBOT_PUBLIC_URL: 'https://secbot.example.org' });
    expect(set.code).toBe(0);
    expect(set.out).toMatch(/All \(change team\): https:\/\/secbot\.example\.org\/calendar\/[A-Za-z0-9_-]{43}\.ics/);
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved.calendarTokens.filter((t: { createdBy: string }) => t.createdBy === 'operator')).toHaveLength(8);
  });
});

