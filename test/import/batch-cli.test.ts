import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture } from './support/fixtures';

const repo = join(import.meta.dirname, '..', '..');
let dir: string;

/** `npx secbot …` as a process (needs `npm run build`). */
function secbot(...args: string[]) {
  return spawnSync(process.execPath, [join(repo, 'bin/secbot.js'), '--data', join(dir, 'store.json'), ...args], { encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH } });
}

/** A folder of mixed pages: SEC publications of every kind, another code's page, a SECAS page with no facts, a broken file. */
async function mixedFolder(): Promise<string[]> {
  const folder = join(dir, 'pages');
  await (await import('node:fs/promises')).mkdir(folder);
  for (const name of await readdir(fixture('publications'))) await copyFile(fixture(`publications/${name}`), join(folder, name));
  await writeFile(join(folder, 'empty.txt'), '');
  return (await readdir(folder)).sort().map((name) => join(folder, name));
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secbot-batch-'));
  expect(secbot('init').status).toBe(0);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('npx secbot import <folder>/*.txt: a batch imports what it can', () => {
  it('imports every SEC document, lists the refused ones with why, says which pages have nothing to record; exit code 2', async () => {
    const run = secbot('import', ...(await mixedFolder()));
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/Refused \(4\): not imported/);
    expect(run.stdout).toContain('empty.txt is empty.');
    expect(run.stdout).toContain('unc-0845.txt is not an SEC document: it is about Uniform Network Code, another energy code.');
    expect(run.stdout).toContain('secas-about-change.txt is an SEC page with nothing to record');
    expect(run.stdout).not.toContain('secas-about-change.txt is not an SEC document');
    const status = secbot('status', 'MP155');
    expect(status.stdout).toContain('Withdrawn');
    expect(status.stdout).toContain('17 Aug 2022');
    const decided = secbot('status', 'SECMP0130');
    expect(decided.stdout).toContain('Improving the Central Products List');
    expect(decided.stdout).toMatch(/Authority[^\n]*Approved|Approved[^\n]*Authority/);
    const form = secbot('status', 'MP222');
    expect(form.stdout).toContain('Path 2');
    expect(form.stdout).not.toContain('Development Stage');
  });

  it('a proposal merely listed has no stage, never a default one dated the import day', async () => {
    expect(secbot('import', fixture('publications/mp-form-mp222.txt')).status).toBe(0);
    const status = secbot('status', 'MP222');
    expect(status.stdout).not.toContain('Converted to Modification Proposal');
    expect(status.stdout).toMatch(/stage not stated/i);
  });

  it('--all-or-nothing imports nothing when one file is refused (exit code 1)', async () => {
    const run = secbot('import', '--all-or-nothing', fixture('publications/mp155-register-confirmed-withdrawn.txt'), fixture('publications/unc-0845.txt'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Nothing was imported: unc-0845.txt is not an SEC document');
    expect(secbot('status', 'MP155').stdout).not.toContain('Withdrawn');
  });
});
