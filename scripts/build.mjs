// Bundles the TypeScript sources into dist/ (packages stay external) and precomputes the bank-holiday
// table, so the bot starts in about 0.3 s without a TypeScript loader or the holiday rule parser in
// memory. Runs on `npm install` (prepare), before `npm start` and before `npm test`.
import { mkdir, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { bankHolidayTable } from './bank-holiday-table.mjs';

await build({
  entryPoints: { main: 'src/main.ts', cli: 'src/cli/run-cli.ts', 'document-worker': 'src/import/document-worker.ts', 'pg-audit-worker': 'storage/postgres/pg-audit-worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
await mkdir('dist', { recursive: true });
await writeFile('dist/bank-holidays.json', JSON.stringify(bankHolidayTable()));
