import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/secbot.js', import.meta.url));

/** Issue 23: `directory import` of a big CSV through the CLI, as a person runs it (target: 19,000 rows < 60 s). */
export async function benchDirectory(): Promise<Record<string, string | number>> {
  const results: Record<string, string | number> = {};
  for (const rows of [4_000, 20_000]) {
    const dir = await mkdtemp(path.join(tmpdir(), 'secbot-bench-csv-'));
    try {
      const file = path.join(dir, 'secbot.json');
      run(['--data', file, 'init', '--demo']);
      await writeFile(path.join(dir, 'people.csv'), peopleCsv(rows));
      const first = timed(() => run(['--data', file, 'directory', 'import', path.join(dir, 'people.csv')]));
      const again = timed(() => run(['--data', file, 'directory', 'import', path.join(dir, 'people.csv')]));
      const exported = timed(() => run(['--data', file, 'directory', 'export']));
      results[`${rows.toLocaleString('en-GB')} rows: import into the demo store, s (target < 60 s)`] = first;
      results[`${rows.toLocaleString('en-GB')} rows: the same file again (all already there), s`] = again;
      results[`${rows.toLocaleString('en-GB')} rows: export, s`] = exported;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return results;
}

function peopleCsv(rows: number): string {
  const lines = ['name,organisation,category,email,initials,aliases,role'];
  for (let i = 0; i < rows; i++) lines.push(`Person ${i} Example,Org ${i % 50},,p${i}@example.com,,Alias ${i},`);
  return `${lines.join('\n')}\n`;
}

function run(args: string[]): void {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`secbot ${args.join(' ')} failed: ${result.stderr}`);
}

function timed(work: () => void): number {
  const start = performance.now();
  work();
  return Math.round((performance.now() - start) / 100) / 10;
}
