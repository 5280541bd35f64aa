import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocxBomb } from '../support/zip-bomb';

const repo = join(import.meta.dirname, '..', '..');
const MB = 1024 * 1024;
let dir: string;

/** `npx secbot …` as a process, with its wall time and peak RSS (all threads). */
function secbot(...args: string[]) {
  const rssFile = join(dir, `rss-${Math.random()}`);
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', join(repo, 'test/support/report-peak-rss.mjs'), join(repo, 'bin/secbot.js'), '--data', join(dir, 'store.json'), ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH, PEAK_RSS_FILE: rssFile },
  });
  return { ...run, ms: Date.now() - started, peakRss: async () => Number(await readFile(rssFile, 'utf8')) };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secbot-bomb-'));
  expect(secbot('init', '--demo').status).toBe(0);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npx secbot import: a decompression bomb is refused with bounded resources', () => {
  it('a 1.5 MB .docx that unpacks to 480 MB is refused from its zip directory, fast and small', async () => {
    const bomb = await makeDocxBomb(480);
    expect(bomb.length).toBeLessThan(2 * MB);
    await writeFile(join(dir, 'board-pack.docx'), bomb);
    const run = secbot('import', join(dir, 'board-pack.docx'), '--dry-run');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('board-pack.docx unpacks to more than 64 MB, the limit for a document, so it was not read.');
    expect(run.ms).toBeLessThanOrEqual(15_000);
    expect(await run.peakRss()).toBeLessThanOrEqual(300 * MB);
  }, 90_000);

  it('a bomb whose zip headers understate its size is stopped when inflation passes the limit', async () => {
    await writeFile(join(dir, 'liar.docx'), await makeDocxBomb(480, { lie: true }));
    const run = secbot('import', join(dir, 'liar.docx'), '--dry-run');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('liar.docx unpacks to more than 64 MB, the limit for a document');
    expect(run.ms).toBeLessThanOrEqual(15_000);
    expect(await run.peakRss()).toBeLessThanOrEqual(300 * MB);
  }, 90_000);

  it('a .docx with thousands of entries is refused by entry count', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    for (let i = 0; i < 1500; i++) zip.file(`word/media/p${i}.xml`, 'x');
    await writeFile(join(dir, 'many.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const run = secbot('import', join(dir, 'many.docx'), '--dry-run');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/many.docx holds 15\d\d files inside; the limit for a document is 1000/);
  }, 90_000);

  it('a file over the size limit is refused without being read', async () => {
    await writeFile(join(dir, 'huge.txt'), Buffer.alloc(26 * MB, 'a'));
    const run = secbot('import', join(dir, 'huge.txt'), '--dry-run');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('huge.txt is 26 MB; the limit for a document is 25 MB.');
  }, 90_000);
});
