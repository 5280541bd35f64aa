import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/domain/calendar';
import { runImport } from '../../src/import/run-import';
import { createMemoryStore } from '../../storage/memory-store';
import { emptyStore } from '../../storage/schema';
import { fixture } from './support/fixtures';
import { imageOnlyPdf, passwordProtectedPdf } from './support/make-pdf';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'secbot-import-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function importOne(name: string, bytes: Uint8Array | string | undefined, extra: string[] = [], allOrNothing = false) {
  const file = path.join(dir, name);
  if (bytes !== undefined) await writeFile(file, bytes);
  const store = createMemoryStore(emptyStore());
  const before = JSON.stringify(store.read());
  const result = await runImport({ files: [...extra, file], dryRun: false, json: false, allOrNothing, store, clock: { now: () => new Date('2023-08-22T09:00:00Z') }, calendar: createCalendar(), actor: 'operator' });
  return { ...result, unchanged: JSON.stringify(store.read()) === before };
}

const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

describe('bad files: a message naming the file and the reason, exit code 1, nothing written', () => {
  it.each([
    ['empty.txt', '', /empty\.txt is empty\./],
    ['blank.md', '\n  \n\t\n', /blank\.md has no text in it\./],
    ['binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), /binary\.txt is a binary file, not text\./],
    ['photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), /photo\.png: \.png files are not supported\./],
    ['sheet.xlsx', 'PK\u0003\u0004 not really', /sheet\.xlsx is a \.xlsx package, not a document import can read\./],
    ['fake.pdf', 'hello, I am not a PDF', /fake\.pdf is named \.pdf but is not a PDF file\./],
    ['protected.docx', OLE, /protected\.docx is password-protected or in the old binary Word \(\.doc\) format/],
    ['broken.docx', 'this is not a zip', /broken\.docx is not a readable Word document \(it is not a \.docx package\)/],
    ['shopping.txt', 'Shopping list\neggs\nmilk\n', /shopping\.txt is not an SEC document: it names no SEC proposal/],
  ])('%s', async (name, bytes, message) => {
    const result = await importOne(name, bytes);
    expect(result.exitCode).toBe(1);
    expect(result.output).toMatch(/^Nothing was imported: /);
    expect(result.output).toMatch(message);
    expect(result.unchanged).toBe(true);
  });

  it('a password-protected PDF', async () => {
    const result = await importOne('secret-minutes.pdf', passwordProtectedPdf());
    expect(result).toMatchObject({ exitCode: 1, unchanged: true });
    expect(result.output).toMatch(/secret-minutes\.pdf is password-protected, so it cannot be read\./);
  });

  it('a PDF with no text (a scan)', async () => {
    const result = await importOne('scan.pdf', await imageOnlyPdf());
    expect(result).toMatchObject({ exitCode: 1, unchanged: true });
    expect(result.output).toMatch(/scan\.pdf has no text to read/);
  });

  it('a missing file', async () => {
    const result = await importOne('missing.txt', undefined);
    expect(result).toMatchObject({ exitCode: 1, unchanged: true });
    expect(result.output).toMatch(/missing\.txt could not be read: no such file/);
  });

  it('one bad file among good ones: the good one is imported, the bad one listed with why, exit code 2', async () => {
    const result = await importOne('empty-too.txt', '', [fixture('paper-tabasc.txt')]);
    expect(result).toMatchObject({ exitCode: 2, unchanged: false });
    expect(result.output).toMatch(/Refused \(1\): not imported\n\s*• empty-too\.txt is empty\./);
    expect(result.output).toContain('Imported paper-tabasc.txt');
  });

  it('with --all-or-nothing one bad file among good ones stops the whole import', async () => {
    const result = await importOne('empty-three.txt', '', [fixture('paper-tabasc.txt')], true);
    expect(result).toMatchObject({ exitCode: 1, unchanged: true });
    expect(result.output).toMatch(/^Nothing was imported: empty-three\.txt is empty/);
  });

  it('--json reports the error as JSON', async () => {
    const file = path.join(dir, 'empty.json.txt');
    await writeFile(file, '');
    const result = await runImport({ files: [file], dryRun: true, json: true, store: createMemoryStore(emptyStore()), clock: { now: () => new Date() }, calendar: createCalendar(), actor: 'operator' });
    expect(JSON.parse(result.output)).toEqual({ error: 'Nothing was imported: empty.json.txt is empty.', hint: expect.stringContaining('.pdf') });
  });
});
