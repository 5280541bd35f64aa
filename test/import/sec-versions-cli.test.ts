import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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

const storeFile = async () => JSON.parse(await readFile(join(dir, 'store.json'), 'utf8')) as Record<string, unknown> & { secVersions?: unknown[]; releases: { name: string }[] };

const VERSION_PAGES = ['publications/sec-v70-with-effect-from.txt', 'publications/nov-2020-sec-release.txt', 'notices/sec-v50-designation.txt', 'notices/sec-v62-released-mp200.txt'].map(fixture);

/** A designation post for a version a release page already stated (same date): it adds the designation. */
const V62_DESIGNATION = 'SEC v62.0 designated by the Secretary of State\n18 July 2022\nThe Secretary of State has designated SEC version 62.0 with effect from 18 July 2022.\n';

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secbot-versions-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('SEC versions: imported as facts that status and versions show', () => {
  it('versions on a store with none says how to record them; the help example runs on the demo store', () => {
    expect(secbot('init', '--demo').status).toBe(0);
    const run = secbot('versions');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('No SEC versions recorded yet');
    expect(run.stdout).toContain('Import a SECAS release or SEC version page');
    const wrong = secbot('versions', 'latest');
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toContain('I didn\'t understand "latest".');
    expect(wrong.stdout).toContain('Usage: versions [page N]');
  });

  it('imports versions with date, designation and contents; status and versions show them; a second import changes nothing', async () => {
    expect(secbot('init').status).toBe(0);
    const first = secbot('import', ...VERSION_PAGES);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/SEC versions \(4\)/);
    const listed = secbot('versions').stdout;
    const lines = listed.split('\n').filter((l) => /SEC v\d/.test(l));
    expect(lines.map((l) => /SEC v(\d+\.\d+)/.exec(l)![1])).toEqual(['70.0', '62.0', '50.0', '27.0']);
    expect(lines[0]).toContain('SEC v70.0 — effective 20 Jun 2023 · designated by the Secretary of State · contains the re-designation of the SMETS1 Supporting Requirements');
    expect(lines[1]).toBe('  • SEC v62.0 — effective 18 Jul 2022 · contains MP200');
    expect(lines[2]).toContain('SEC v50.0 — effective 12 Jan 2022 · designated by the Secretary of State · contents not stated');
    expect(lines[3]).toContain('contains SECMP0062, MP080, MP081');
    expect(secbot('status', 'MP080').stdout).toContain('In SEC version 27.0 (effective 29 Nov 2020)');

    const stored = await storeFile();
    expect(stored.secVersions).toContainEqual({ version: '70.0', on: '2023-06-20', designated: true, contains: [], text: 'the re-designation of the SMETS1 Supporting Requirements and changes to Appendix AL', source: 'import sec-v70-with-effect-from.txt:3' });
    expect(stored.releases.map((r) => r.name)).toEqual(['November 2020 SEC Release']); // one record of each fact

    const again = secbot('import', ...VERSION_PAGES);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/Nothing to change/);
    expect((await storeFile()).secVersions).toEqual(stored.secVersions);
  });

  it('a designation of a stated version is added to it; a different date is a warning and the stored date stays', async () => {
    expect(secbot('init').status).toBe(0);
    expect(secbot('import', fixture('notices/sec-v62-released-mp200.txt')).status).toBe(0);
    await writeFile(join(dir, 'v62-designation.txt'), V62_DESIGNATION);
    expect(secbot('import', join(dir, 'v62-designation.txt')).status).toBe(0);
    expect(secbot('status', 'MP200').stdout).toContain('In SEC version 62.0 (effective 18 Jul 2022, designated by the Secretary of State)');

    await writeFile(join(dir, 'v62-other-date.txt'), V62_DESIGNATION.replaceAll('18 July 2022', '20 July 2022'));
    const clash = secbot('import', join(dir, 'v62-other-date.txt'));
    expect(clash.stdout).toContain('The store has SEC version 62.0 in effect from 18 Jul 2022; v62-other-date.txt says 20 Jul 2022. Left as it is.');
    expect((await storeFile()).secVersions).toMatchObject([{ version: '62.0', on: '2022-07-18', designated: true, contains: ['MP200'] }]);
  });

  it('a store written before SEC versions (no secVersions, a version kept as a release) opens, and an import moves the version across', async () => {
    expect(secbot('init').status).toBe(0);
    const old = await storeFile();
    delete old.secVersions;
    old.releases = [{ name: 'SEC v62.0', on: '2022-07-18', source: 'import sec-v62-released-mp200.txt:4' } as never];
    await writeFile(join(dir, 'store.json'), JSON.stringify(old));
    const none = secbot('versions');
    expect(none.status).toBe(0);
    expect(none.stdout).toContain('No SEC versions recorded yet');

    expect(secbot('import', fixture('notices/sec-v62-released-mp200.txt')).status).toBe(0);
    const stored = await storeFile();
    expect(stored.secVersions).toMatchObject([{ version: '62.0', on: '2022-07-18', contains: ['MP200'] }]);
    expect(stored.releases).toEqual([]);
    expect(secbot('versions').stdout).toContain('SEC v62.0 — effective 18 Jul 2022 · contains MP200');
  });
});
