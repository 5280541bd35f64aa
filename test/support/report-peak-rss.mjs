// Preloaded with `node --import` in process tests: writes the peak resident set size (bytes, all threads) to $PEAK_RSS_FILE on exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS * 1024)));
