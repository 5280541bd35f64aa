import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../storage/file-store';
import { displayPath } from '../../storage/store-error';
import { createTempDir } from '../support/temp-store';
import { bytes, smallStore } from './helpers';

let temp: Awaited<ReturnType<typeof createTempDir>> | undefined;
afterEach(async () => {
  await temp?.cleanup();
  temp = undefined;
});

async function writeStoreText(text: string) {
  temp = await createTempDir();
  await writeFile(temp.file, text);
  return temp.file;
}

/** Opening must fail, leave the file byte-for-byte as it was, and leave nothing beside it (no lock, temp or backup). */
async function expectRefused(file: string, message: RegExp) {
  const before = await bytes(file);
  await expect(openStore({ file })).rejects.toThrow(message);
  expect(await bytes(file)).toEqual(before);
  expect(await readdir(path.dirname(file))).toEqual([path.basename(file)]);
}

describe('opening a store that cannot be used', () => {
  it('a missing file says how to create one', async () => {
    temp = await createTempDir();
    await expect(openStore({ file: temp.file })).rejects.toThrow(
      `No store at ${displayPath(temp.file)}. Create one with "npx secbot init --data ${displayPath(temp.file)}" (or "npx secbot init --data ${displayPath(temp.file)} --demo" for demo data).`,
    );
  });

  it('shows ./data/secbot.json relative to the working directory', () => {
    expect(displayPath(path.resolve('data/secbot.json'))).toBe(`.${path.sep}data${path.sep}secbot.json`);
  });

  it('corrupt JSON is refused with the file and the position, and never touched', async () => {
    const good = JSON.stringify(smallStore(), null, 2);
    const file = await writeStoreText(good.slice(0, 500) + good.slice(520));
    await expectRefused(file, new RegExp(`The store ${escape(displayPath(file))} is not valid JSON: .*position \\d+ \\(line \\d+, column \\d+\\)`));
  });

  it('an empty file is refused as empty', async () => {
    const file = await writeStoreText('');
    await expectRefused(file, /is not valid JSON: the file is empty/);
  });

  it('a schema-invalid file is refused with the zod path and message', async () => {
    const data = smallStore() as unknown as { actions: { status: string }[] };
    data.actions[4]!.status = 'Finished';
    const file = await writeStoreText(JSON.stringify(data));
    await expectRefused(file, /does not match the expected format: actions\[4\]\.status: Invalid option: expected one of "Open"\|"Closed"/);
  });

  it('a file written by a newer secbot is refused', async () => {
    const file = await writeStoreText(JSON.stringify({ ...smallStore(), schemaVersion: 7 }));
    await expectRefused(file, /was written by a newer secbot \(schema version 7; this version understands up to 2\)/);
  });

  it('a JSON file that is not a store (no schemaVersion) is refused', async () => {
    const file = await writeStoreText('{"hello": "world"}');
    await expectRefused(file, /is not a secbot store: it has no valid "schemaVersion"/);
  });

  it('a refused open releases its lock, so the next attempt reports the file problem again', async () => {
    const file = await writeStoreText('{ nope');
    await expect(openStore({ file })).rejects.toThrow(/not valid JSON/);
    await expect(openStore({ file })).rejects.toThrow(/not valid JSON/);
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
