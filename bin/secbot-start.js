#!/usr/bin/env node
// `npm start`: the long-running bot (console with no credentials; Slack/Teams when configured).
import { loadBundle } from './load-bundle.js';

const { main } = await loadBundle('main.js');
// Exit once main() has shut everything down, so a stray timer in a library cannot keep the process alive.
process.exit(await main());
