#!/usr/bin/env node
// `npx secbot …`: runs the bundle that `npm install` (prepare) or `npm run build` wrote to dist/.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('secbot is not built yet: run "npm install" (or "npm run build") first.\n');
  process.exit(1);
}
process.setSourceMapsEnabled(true);
const { runCli } = await import(bundle.href);
process.exitCode = await runCli(process.argv.slice(2));
