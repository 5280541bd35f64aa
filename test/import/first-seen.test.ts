import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/run-cli';

let dir: string;
let out: string;

async function cli(...argv: string[]): Promise<number> {
  out = '';
  const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (out += t), env: {}, clock: { now: () => new Date('2024-03-12T10:00:00Z') } };
  return runCli(['--data', join(dir, 'store.json'), ...argv], io);
}

/** A register page that names the current stage but gives no date for it (optionally dated itself: "Last updated ..."). */
const page = (stage: string, updated?: string) =>
  [`MP140 'Smarter alert routing'`, '', 'Proposer Alex Ray of Octopus Energy', 'Lead Analyst Jordan Crase', `Stage ${stage}`, '', ...(updated ? [`Last updated ${updated}`, ''] : []), 'What is the issue?', '', 'Alerts reach network operators too late.'].join('\n');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secbot-first-seen-'));
  await cli('init');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('a stage date that is only "first seen in a document"', () => {
  it('an undated page stating a stage without a date: the proposal is recorded, the import day is never used as the stage date', async () => {
    const doc = join(dir, 'mp140-register.txt');
    await writeFile(doc, page('Refinement Process'));
    expect(await cli('import', doc)).toBe(0);
    expect(out).toContain('MP140: the page says the stage is Refinement Process but gives no date for it and is not dated itself');
    expect(out).not.toContain('12 Mar 2024');
    expect(await cli('import', doc, '--dry-run', '--json')).toBe(0);
    expect(JSON.parse(out).stages).toEqual([]);
  });

  it('a page dated "Last updated ..." records the stage as first seen on that date, and says so in status and history', async () => {
    const doc = join(dir, 'mp140-register.txt');
    await writeFile(doc, page('Refinement Process', '4 March 2024'));
    expect(await cli('import', doc)).toBe(0);
    expect(out).toContain('recorded as first seen 4 Mar 2024');
    await cli('status', 'MP140');
    expect(out).toContain('(first seen 4 Mar 2024 in mp140-register.txt)');
    expect(out).not.toContain('since 4 Mar 2024');
    await cli('history', 'MP140');
    expect(out).toContain('Refinement Process on 4 Mar 2024 · first seen in mp140-register.txt');
  });

  it('a later dated page with a new undated stage is first seen on its date; a typed advance is dated as usual', async () => {
    const first = join(dir, 'first.txt');
    await writeFile(first, page('Refinement Process', '4 March 2024'));
    await cli('import', first);
    const later = join(dir, 'later.txt');
    await writeFile(later, page('Report Phase', '11 March 2024'));
    expect(await cli('import', later)).toBe(0);
    await cli('history', 'MP140');
    expect(out).toContain('Report Phase on 11 Mar 2024 · first seen in later.txt');
    expect(await cli('advance', 'MP140', 'Change Board', 'on', '12 Mar 2024')).toBe(0);
    await cli('status', 'MP140');
    expect(out).toContain('Change Board — 0 days (since 12 Mar 2024)');
  });
});
