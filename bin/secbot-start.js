#!/usr/bin/env node
// `npm start`: the long-running bot (console with no credentials; Slack/Teams when configured).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/main.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('secbot is not built yet: run "npm install" (or "npm run build") first.\n');
  process.exit(1);
}
process.setSourceMapsEnabled(true);
const { main } = await import(bundle.href);
// Exit once main() has shut everything down, so a stray timer in a library cannot keep the process alive.
process.exit(await main());
