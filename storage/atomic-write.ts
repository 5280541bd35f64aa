import { open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

let counter = 0;

/** Temp files are named `.<name>.<pid>.<n>.tmp` beside the target, so a rename never crosses devices. */
export function tempFileFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++counter}.tmp`);
}

/** Writes `bytes[from..]` at `position`; returns how many bytes it wrote (fewer than asked when the disk fills). */
export type WriteAt = (handle: FileHandle, bytes: Uint8Array, from: number, position: number) => Promise<number>;

const writeAt: WriteAt = async (handle, bytes, from, position) => (await handle.write(bytes, from, bytes.length - from, position)).bytesWritten;

/**
 * Replaces `file` so that a crash or a full disk at any moment leaves either the old or the new content,
 * never a mix or a truncated file: write a temp file in the same directory, looping until every byte is
 * written (near a full disk `write` can return fewer bytes than asked, with no error), fsync it, check
 * its size, rename it over the target, fsync the directory (so the rename itself survives a power cut).
 * `content` may be an iterable of chunks, produced lazily. `write` is replaceable for tests only.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array | Iterable<string>, write: WriteAt = writeAt): Promise<void> {
  const temp = tempFileFor(file);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      let size = 0;
      // Chunk by chunk: each write gives the event loop back to requests in between.
      for (const chunk of typeof content === 'string' || content instanceof Uint8Array ? [content] : content) {
        size += await writeWhole(handle, typeof chunk === 'string' ? Buffer.from(chunk) : chunk, size, write);
      }
      await handle.sync();
      const onDisk = (await handle.stat()).size;
      if (onDisk !== size) throw Object.assign(new Error(`the temp file holds ${onDisk} of ${size} bytes`), { code: 'ESHORTWRITE' });
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(path.dirname(file));
}

async function writeWhole(handle: FileHandle, bytes: Uint8Array, position: number, write: WriteAt): Promise<number> {
  let done = 0;
  while (done < bytes.length) {
    const wrote = await write(handle, bytes, done, position + done);
    // A write that makes no progress would loop for ever: the disk is full without saying so.
    if (wrote <= 0) throw Object.assign(new Error('no space left on device (a write made no progress)'), { code: 'ENOSPC' });
    done += wrote;
  }
  return done;
}

export async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic there.
  }
}

/** Deletes temp files a killed writer left behind (only call while holding the store lock). */
export async function removeStaleTempFiles(file: string): Promise<string[]> {
  const prefix = `.${path.basename(file)}.`;
  // Lock temp files (".<name>.lock.…") belong to another process's lock attempt in progress.
  const names = (await readdir(path.dirname(file))).filter((n) => n.startsWith(prefix) && !n.startsWith(`${prefix}lock`) && n.endsWith('.tmp'));
  await Promise.all(names.map((n) => rm(path.join(path.dirname(file), n), { force: true })));
  return names;
}
