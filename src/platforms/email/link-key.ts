import { createHash, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

/**
 * The key that signs email links. SECBOT_LINK_SECRET when set; otherwise a random key kept in a file
 * beside the store (mode 0600), so the bot and `npx secbot remind run` sign and check the same links.
 * With no store file (demo data) the key lives for the process only.
 */
export async function loadLinkKey(secret: string | undefined, dataFile: string | undefined): Promise<Buffer> {
  if (secret) return createHash('sha256').update(secret).digest();
  if (!dataFile) return randomBytes(32);
  const file = `${dataFile}.link-key`;
  const existing = await readKey(file);
  if (existing) return existing;
  try {
    await writeFile(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const made = await readKey(file);
  if (!made) throw new Error(`${file} does not hold a link key (64 hex digits); delete it and a new one is made`);
  return made;
}

async function readKey(file: string): Promise<Buffer | undefined> {
  try {
    const text = (await readFile(file, 'utf8')).trim();
    return /^[0-9a-f]{64}$/i.test(text) ? Buffer.from(text, 'hex') : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
