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

/** A register page that names the current stage but gives no date for it. */
const page = (stage: string) => [`MP140 'Smarter alert routing'`, '', 'Proposer Alex Ray of Octopus Energy', 'Lead Analyst Jordan Crase', `Stage ${stage}`, '', 'What is the issue?', '', 'Alerts reach network operators too late.'].join('\n');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secbot-first-seen-'));
  await cli('init');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('a stage date that is only "first seen in a document"', () => {
  it('says so in status and history instead of claiming the day the stage began', async () => {
    const doc = join(dir, 'mp140-register.txt');
    await writeFile(doc, page('Refinement Process'));
    expect(await cli('import', doc)).toBe(0);
    expect(out).toContain('recorded as first seen 12 Mar 2024');
    await cli('status', 'MP140');
    expect(out).toContain('Stage:        Refinement Process — at least 0 days (first seen 12 Mar 2024 in mp140-register.txt)');
    expect(out).not.toContain('since 12 Mar 2024');
    await cli('history', 'MP140');
    expect(out).toContain('first seen 12 Mar 2024 in mp140-register.txt — Refinement Process');
  });

  it('a later page with a new undated stage is first seen too; a typed advance is dated as usual', async () => {
    const first = join(dir, 'first.txt');
    await writeFile(first, page('Refinement Process'));
    await cli('import', first);
    const later = join(dir, 'later.txt');
    await writeFile(later, page('Report Phase'));
    expect(await cli('import', later)).toBe(0);
    await cli('history', 'MP140');
    expect(out).toContain('first seen 12 Mar 2024 in later.txt — Report Phase');
    expect(await cli('advance', 'MP140', 'Change Board', 'on', '12 Mar 2024')).toBe(0);
    await cli('status', 'MP140');
    expect(out).toContain('Change Board — 0 days (since 12 Mar 2024)');
  });
});
