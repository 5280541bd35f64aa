import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChangeSet } from '../../../src/import/change-set';
import { extractFile } from '../../../src/import/extract-change-set';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const fixturesDir = fileURLToPath(new URL('../fixtures', import.meta.url));
/** Copies of the three SECAS seed documents, kept in the repository so no test reads outside it. */
export const seedsDir = path.join(fixturesDir, 'seeds');
export const haveSeeds = existsSync(seedsDir);
export const SEEDS = {
  paper: 'OPSG_26_0511_16-new-draft-proposals.txt',
  minutes: 'CSC_12_2502-minutes.txt',
  report: 'MP167B-modification-report.txt',
} as const;

/** Tuesday 22 Aug 2023, the fake "today" of the test bot. */
export const TODAY = '2023-08-22';

export const fixture = (name: string): string => path.join(fixturesDir, name);
export const seed = (name: string): string => path.join(seedsDir, name);

export async function extractPath(file: string, today = TODAY): Promise<ChangeSet> {
  return extractFile(path.basename(file), new Uint8Array(await readFile(file)), today);
}

/** Items without their source lines: the same document in another format must give exactly these. */
export function withoutSources(set: ChangeSet): unknown {
  const strip = (items: readonly object[]) => items.map(({ source: _s, ...rest }: { source?: unknown }) => rest);
  return {
    proposals: strip(set.proposals), stages: strip(set.stages), decisions: strip(set.decisions), actions: strip(set.actions),
    consultations: strip(set.consultations), meetings: strip(set.meetings), releases: strip(set.releases), events: strip(set.events),
  };
}

export function datesIn(set: ChangeSet): Set<string> {
  return new Set(JSON.stringify(set).match(/\d{4}-\d{2}-\d{2}/g) ?? []);
}
