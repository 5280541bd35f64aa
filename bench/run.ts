export {};

/**
 * `npm run bench`: every capability's benchmark in one run, printed as tables with their targets.
 * Speed and memory targets are checked here, never in timed tests.
 */
const suites: [name: string, load: () => Promise<() => Promise<Record<string, string | number>>>][] = [
  ['core (issue 2)', async () => (await import('./core')).benchCore],
  ['store with history (issue 12)', async () => (await import('./store')).benchStore],
  ['slack with history and the notifier (issue 12)', async () => (await import('./slack-history')).benchSlackHistory],
  ['slack (issue 3)', async () => (await import('./slack')).benchSlack],
  ['teams (issue 4)', async () => (await import('./teams')).benchTeams],
  ['notify (issue 5)', async () => (await import('./notify')).benchNotify],
  ['import (issue 6)', async () => (await import('./import')).benchImport],
  ['calendar (issue 15)', async () => (await import('./calendar')).benchCalendar],
  ['calendar big feed (issue 23)', async () => (await import('./calendar-big')).benchBigFeed],
  ['directory CSV (issue 23)', async () => (await import('./directory')).benchDirectory],
  ['record rules (issue 21)', async () => (await import('./record-rules')).benchRecordRules],
  ['postgres (issue 25)', async () => (await import('./postgres')).benchPostgres],
];

const only = process.argv.slice(2);
for (const [name, load] of suites) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  console.log(`\n## ${name}`);
  try {
    const run = await load();
    console.table(await run());
  } catch (error) {
    console.log(`failed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
