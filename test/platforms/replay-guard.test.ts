import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createReplayGuard } from '../../src/platforms/replay-guard';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

const signatureKey = (n: number) => `slack-sig:v0=${n.toString(16).padStart(64, 'a')}`;

describe('replay guard', () => {
  it('remembers long keys in a short form, in memory and in its file, and still refuses each one twice', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'secbot-replay-'));
    const file = path.join(dir, 'secbot.json.replay');
    let now = 1_000_000;
    const guard = createReplayGuard({ file, now: () => now });
    expect(guard.firstSeen(signatureKey(1), 600_000)).toBe(true);
    expect(guard.firstSeen(signatureKey(1), 600_000)).toBe(false);
    expect(guard.firstSeen(signatureKey(2), 600_000)).toBe(true);
    expect(guard.firstSeen('slack-1234.5678', 600_000)).toBe(true);
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).not.toContain('slack-sig:');
    expect(lines.every((line) => line.length < 40)).toBe(true);
    expect(lines[2]).toBe(`${1_600_000} slack-1234.5678`);
    const restarted = createReplayGuard({ file, now: () => now });
    expect(restarted.firstSeen(signatureKey(2), 600_000)).toBe(false);
    expect(restarted.firstSeen('slack-1234.5678', 600_000)).toBe(false);
    now += 600_001;
    expect(createReplayGuard({ file, now: () => now }).firstSeen(signatureKey(2), 600_000)).toBe(true);
  });

  it('a file written before keys were shortened still refuses its replays after an upgrade', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'secbot-replay-'));
    const file = path.join(dir, 'secbot.json.replay');
    await writeFile(file, `${2_000_000} ${signatureKey(7)}\n`);
    const guard = createReplayGuard({ file, now: () => 1_000_000 });
    expect(guard.firstSeen(signatureKey(7), 600_000)).toBe(false);
    expect(guard.firstSeen(signatureKey(8), 600_000)).toBe(true);
  });
});
