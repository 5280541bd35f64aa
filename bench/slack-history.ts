import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { systemClock } from '../src/core/ports';
import { generateStore } from './fixtures/generate-store';
import { writeStoreWithHistory } from './fixtures/generate-history';
import { bundleForBench, START_FLAGS } from './lib/bundle';

/**
 * Issue 12, through the bot over Slack HTTP on a store with two years of history, with the notifier
 * running: 2,500 changes in a row (first vs last tenth), `/sec status` and event-loop delay, then
 * 10,000 mixed commands; RSS at the end. The measured process (slack-history-child.ts) is bundled and
 * started with `npm start`'s node flags, so its RSS is the bot's own, not a TypeScript loader's.
 */
export async function benchSlackHistory(): Promise<Record<string, string | number>> {
  const dir = await mkdtemp(join(tmpdir(), 'secbot-bench-slack-history-'));
  const file = join(dir, 'secbot.json');
  try {
    // Generated here, so the measured process holds only what the bot itself loads.
    await writeStoreWithHistory(file, generateStore({ proposals: 2000, actions: 10_000 }), 730, systemClock.now());
    const child = await bundleForBench(fileURLToPath(new URL('./slack-history-child.ts', import.meta.url)));
    return await new Promise((resolve, reject) => {
      execFile(process.execPath, [...START_FLAGS, child, file], { maxBuffer: 1e6, timeout: 1_800_000 }, (error, stdout) => {
        if (error) reject(error);
        else resolve(JSON.parse(stdout.trim().split('\n').at(-1)!));
      });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await benchSlackHistory());
  process.exit(0);
}
