import path from 'node:path';

/** Where the store's companions live: lock file beside it, backups in `<dir>/backups/`. */
export interface StorePaths {
  file: string;
  dir: string;
  /** File name without ".json": the prefix of backups and temp files. */
  name: string;
  lock: string;
  backups: string;
}

export function storePaths(file: string): StorePaths {
  const absolute = path.resolve(file);
  const dir = path.dirname(absolute);
  return {
    file: absolute,
    dir,
    name: path.basename(absolute).replace(/\.json$/i, ''),
    lock: `${absolute}.lock`,
    backups: path.join(dir, 'backups'),
  };
}
