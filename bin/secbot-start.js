#!/usr/bin/env node
// `npm start`: the long-running bot (console with no credentials; Slack/Teams when configured).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main();
