#!/usr/bin/env node
// `npm start`: the long-running bot (console with no credentials; Slack/Teams when configured).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
// Exit once main() has shut everything down, so a stray timer in a library cannot keep the process alive.
process.exit(await main());
