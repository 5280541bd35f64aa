import { execFileSync } from 'node:child_process';
import { mkdtemp, open, rm, statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface SmallDisk {
  dir: string;
  /** Fills the disk with a filler file until only about `bytes` are free. */
  leaveFree(bytes: number): Promise<void>;
  /** Deletes the filler. */
  unfill(): Promise<void>;
  cleanup(): Promise<void>;
}

/**
 * A real, small file system: a tmpfs of `size` bytes mounted on a fresh temp folder (needs root, as on
 * CI containers). Undefined where mounting is not allowed; the caller then simulates a full disk instead.
 */
export async function mountSmallDisk(size: number): Promise<SmallDisk | undefined> {
  const dir = await mkdtemp(path.join(tmpdir(), 'secbot-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    await rm(dir, { recursive: true, force: true });
    return undefined;
  }
  const filler = path.join(dir, 'filler.bin');
  const free = async () => {
    const s = await statfs(dir);
    return s.bavail * s.bsize;
  };
  return {
    dir: path.join(dir, 'data'),
    async leaveFree(bytes) {
      const handle = await open(filler, 'a');
      try {
        const chunk = Buffer.alloc(4096, 1);
        for (let left = (await free()) - bytes; left > 0; left -= chunk.length) {
          const { bytesWritten } = await handle.write(chunk, 0, Math.min(chunk.length, left)).catch(() => ({ bytesWritten: 0 }));
          if (!bytesWritten) break;
        }
      } finally {
        await handle.close();
      }
    },
    unfill: () => rm(filler, { force: true }),
    async cleanup() {
      // Lazy: a file a failed test left open must not keep the mount (and the next run's space) busy.
      execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
      await rm(dir, { recursive: true, force: true });
    },
  };
}
