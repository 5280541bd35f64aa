import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ownCopy } from './own-copy';

/**
 * Remembers what was already accepted (Slack request signatures, Slack event/trigger ids, Teams
 * activity ids) until its validity window ends, across restarts: a small append-only file beside the
 * store ("<store>.replay", one "expiresAtMs key" line each), pruned when it grows. Without a file
 * (demo data, tests) it remembers in memory only.
 */
export interface ReplayGuard {
  /** True the first time `key` is seen within `ttlMs`; records it. On PostgreSQL the answer is a promise (one insert). */
  firstSeen(key: string, ttlMs: number): boolean | Promise<boolean>;
}

const MAX_KEYS = 200_000;
const LONGEST_KEPT_AS_IS = 32;

/**
 * The form a key is remembered in: short keys as they are (no whitespace, for the file's lines); longer
 * ones (a Slack signature key is 74 characters) as 128 bits of their SHA-256 in 22 characters, under
 * half the memory for a window of thousands of requests, with no practical chance of two keys colliding.
 * Both are flat strings of their own: a concatenation would be kept as a rope of its pieces.
 */
function rememberedForm(key: string): string {
  const safe = key.replace(/\s/g, '_');
  if (safe.length <= LONGEST_KEPT_AS_IS) return ownCopy(safe);
  return createHash('sha256').update(safe).digest().toString('base64url', 0, 16);
}

export function createReplayGuard(options: { file?: string; now?: () => number } = {}): ReplayGuard & { firstSeen(key: string, ttlMs: number): boolean } {
  const now = options.now ?? Date.now;
  const seen = load(options.file, now());
  let lines = seen.size;
  const compact = () => {
    for (const [key, expires] of seen) if (expires <= now()) seen.delete(key);
    while (seen.size > MAX_KEYS) seen.delete(seen.keys().next().value!);
    if (options.file) writeFileSync(options.file, [...seen].map(([k, e]) => `${e} ${k}\n`).join(''));
    lines = seen.size;
  };
  return {
    firstSeen(key, ttlMs) {
      const safeKey = rememberedForm(key);
      const expires = seen.get(safeKey);
      if (expires !== undefined && expires > now()) return false;
      const until = now() + ttlMs;
      seen.set(safeKey, until);
      if (options.file) appendFileSync(options.file, `${until} ${safeKey}\n`);
      if (++lines > 2 * Math.max(seen.size, 5000)) compact();
      return true;
    },
  };
}

function load(file: string | undefined, now: number): Map<string, number> {
  const seen = new Map<string, number>();
  if (!file || !existsSync(file)) return seen;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const space = line.indexOf(' ');
    const expires = Number(line.slice(0, space));
    // Lines written before keys were shortened are read into the same form.
    if (space > 0 && expires > now) seen.set(rememberedForm(line.slice(space + 1)), expires);
  }
  return seen;
}
