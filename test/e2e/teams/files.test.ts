import { afterEach, describe, expect, it } from 'vitest';
import type { IncomingFile } from '../../../src/core/ports';
import type { Caller } from '../../../src/core/caller';
import { UserError } from '../../../src/core/errors';
import { ALICE, fileMessage } from './support/activities';
import { cardLines, cardOf } from './support/cards';
import { teamsFixtureData } from './support/fixture-store';
import { startTeamsBot, type TeamsHarness } from './support/start-teams-bot';

describe('Teams: a file sent in a 1:1 chat goes to the importer', () => {
  let h: TeamsHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('downloads the file and answers with the importer\'s preview', async () => {
    const received: { file: IncomingFile; caller: Caller }[] = [];
    h = await startTeamsBot({
      data: teamsFixtureData(),
      onFile: async (file, caller) => {
        received.push({ file, caller });
        return { kind: 'info', title: `Preview of ${file.name}`, fields: [{ label: 'Bytes', value: String(file.bytes.byteLength) }] };
      },
    });
    const bytes = new TextEncoder().encode('ACTION CSC 13/01: SECAS to circulate the DP096 paper.');
    const url = h.connector.serveFile('CSC_13-minutes.txt', bytes);
    await h.post(fileMessage(h.connector.url, 'CSC_13-minutes.txt', url));
    expect(received).toHaveLength(1);
    expect(received[0]!.file.name).toBe('CSC_13-minutes.txt');
    expect(new TextDecoder().decode(received[0]!.file.bytes)).toBe('ACTION CSC 13/01: SECAS to circulate the DP096 paper.');
    expect(received[0]!.caller.id).toBe(ALICE.aadObjectId);
    expect(cardLines(cardOf(h.connector.posts()[0]))).toEqual(['Preview of CSC_13-minutes.txt', `Bytes: ${bytes.byteLength}`]);
  });

  it('a UserError from the importer is shown as it was written', async () => {
    h = await startTeamsBot({ data: teamsFixtureData(), onFile: async () => { throw new UserError('CSC_13.xlsx is not a document I can read.', 'Send .txt, .docx or .pdf.'); } });
    await h.post(fileMessage(h.connector.url, 'CSC_13.xlsx', h.connector.serveFile('CSC_13.xlsx', new Uint8Array([1, 2]))));
    expect(cardLines(cardOf(h.connector.posts()[0]))).toEqual(['✗ CSC_13.xlsx is not a document I can read.', 'Send .txt, .docx or .pdf.']);
  });

  it('a download that fails is reported, and nothing is imported', async () => {
    let calls = 0;
    h = await startTeamsBot({ data: teamsFixtureData(), onFile: async () => ((calls++), { kind: 'info', title: 'x' }) });
    await h.post(fileMessage(h.connector.url, 'gone.txt', `${h.connector.url}/files/gone.txt`));
    expect(calls).toBe(0);
    expect(cardLines(cardOf(h.connector.posts()[0]))[0]).toBe('✗ I couldn\'t download gone.txt from Teams: the file host answered 404.');
  });

  it('without an importer the user is told files are not read here', async () => {
    h = await startTeamsBot({ data: teamsFixtureData() });
    await h.post(fileMessage(h.connector.url, 'a.txt', h.connector.serveFile('a.txt', new Uint8Array([65]))));
    expect(cardLines(cardOf(h.connector.posts()[0]))[0]).toBe('✗ I can\'t import files here, so a.txt was not read.');
  });
});
