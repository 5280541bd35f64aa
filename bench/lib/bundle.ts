import { readFileSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The node flags of `npm start` (package.json), so a measured process runs as the bot does. */
export const START_FLAGS: string[] = (() => {
  const start: string = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.start;
  return start.split(/\s+/).filter((word) => word.startsWith('--'));
})();

/**
 * Bundles a benchmark's measured process the way scripts/build.mjs bundles the bot (esbuild, packages
 * external) into dist/bench/, and returns the bundle's path: the process then holds what the bot holds,
 * not a TypeScript loader and its transformed sources (about 48 MB of RSS on this machine). The bank-holiday
 * table `npm run build` writes goes beside it, where loadBankHolidayTable() looks, as it sits beside dist/main.js.
 */
export async function bundleForBench(entry: string): Promise<string> {
  const outdir = path.join(root, 'dist', 'bench');
  await mkdir(outdir, { recursive: true });
  const outfile = path.join(outdir, `${path.basename(entry, '.ts')}.js`);
  await copyFile(path.join(root, 'dist', 'bank-holidays.json'), path.join(outdir, 'bank-holidays.json'));
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
  return outfile;
}
