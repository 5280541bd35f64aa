import path from 'node:path';

/** Where the store's companions live: lock file beside it, journal and backups in folders beside it. */
export interface StorePaths {
  /** The snapshot: the current state as one JSON document. */
  file: string;
  dir: string;
  /** File name without ".json": the prefix of backups and temp files. */
  name: string;
  lock: string;
  backups: string;
  /** `<dir>/<name>-journal/`: the audit journal, one segment per month ("2024-03.jsonl"). */
  journal: string;
}

export function storePaths(file: string): StorePaths {
  const absolute = path.resolve(file);
  const dir = path.dirname(absolute);
  const name = path.basename(absolute).replace(/\.json$/i, '');
  return {
    file: absolute,
    dir,
    name,
    lock: `${absolute}.lock`,
    backups: path.join(dir, 'backups'),
    journal: path.join(dir, `${name}-journal`),
  };
}
