#!/usr/bin/env node
// `npx secbot …`: one command, init or import, through the bundled CLI.
import { loadBundle } from './load-bundle.js';

// `npx secbot list all | head`: once the reader has gone, the rest of the answer has nowhere to go; stop quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const { runCli } = await loadBundle('cli.js');
process.exitCode = await runCli(process.argv.slice(2));
