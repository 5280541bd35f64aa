#!/usr/bin/env node
// `npx secbot …`: one command, init or import, through the bundled CLI.
import { loadBundle } from './load-bundle.js';

const { runCli } = await loadBundle('cli.js');
process.exitCode = await runCli(process.argv.slice(2));
