import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { allCommands } from '../../../commands/index';
import { commandProblems, MANIFEST_DIR, packageTeamsApp, validateManifestSchema } from '../../../scripts/package-teams';

const APP_ID = '0b6c5c1e-6c3a-4d39-9a3b-5e2f6f1a7c01';
const readManifest = async (dir = MANIFEST_DIR) => JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));

describe('manifest/teams', () => {
  const temps: string[] = [];
  const tempCopy = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'secbot-manifest-'));
    temps.push(dir);
    for (const f of ['manifest.json', 'color.png', 'outline.png']) await cp(join(MANIFEST_DIR, f), join(dir, f));
    return dir;
  };
  afterEach(async () => {
    await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  it('is valid against its manifest schema, checked offline', async () => {
    const manifest = await readManifest();
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    expect(await validateManifestSchema(manifest)).toEqual([]);
  });

  it('suggests only commands secbot registers, with help and status in every scope', async () => {
    const manifest = await readManifest();
    expect(commandProblems(manifest)).toEqual([]);
    const names = new Set(allCommands.flatMap((c) => [c.name, ...(c.aliases ?? [])]));
    for (const list of manifest.bots[0].commandLists) {
      const titles = list.commands.map((c: { title: string }) => c.title);
      expect(titles.every((t: string) => names.has(t))).toBe(true);
      expect(titles).toEqual(expect.arrayContaining(['help', 'status', 'actions']));
    }
  });

  it('reports schema errors and unknown or too many commands', async () => {
    const manifest = await readManifest();
    delete manifest.accentColor;
    expect((await validateManifestSchema(manifest)).join('\n')).toMatch(/accentColor/);
    manifest.bots[0].commandLists[0].commands.push({ title: 'frobnicate' });
    const problems = commandProblems(manifest);
    expect(problems).toContain('personal: "frobnicate" is not a secbot command.');
    expect(problems).toContain('personal: 11 commands; Teams shows at most 10.');
  });

  it('packages a zip with the app id written in, the manifest and both icons at the root', async () => {
    const dir = await tempCopy();
    const outFile = join(dir, 'build', 'secbot-teams.zip');
    await packageTeamsApp({ appId: APP_ID, version: '1.2.3', manifestDir: dir, outFile });
    const zip = await JSZip.loadAsync(await readFile(outFile));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const packed = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect([packed.id, packed.bots[0].botId, packed.version]).toEqual([APP_ID, APP_ID, '1.2.3']);
    expect(packed.composeExtensions[0].botId).toBe(APP_ID);
  });

  it('declares the search message extension and link unfurling for SECAS pages', async () => {
    const [extension] = (await readManifest()).composeExtensions;
    expect(extension.commands).toEqual([expect.objectContaining({ id: 'searchProposals', type: 'query', parameters: [expect.objectContaining({ name: 'query' })] })]);
    expect(extension.messageHandlers).toEqual([{ type: 'link', value: { domains: expect.arrayContaining(['smartenergycodecompany.co.uk']) } }]);
  });

  it('refuses to package with an app id that is not a GUID, or a broken manifest', async () => {
    await expect(packageTeamsApp({ appId: 'my-bot', outFile: join(await tempCopy(), 'x.zip') })).rejects.toThrow(/must be the bot's Microsoft App ID, a GUID/);
    const dir = await tempCopy();
    const manifest = await readManifest(dir);
    manifest.bots[0].commandLists[1].commands[0].title = 'helpme';
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    await expect(packageTeamsApp({ appId: APP_ID, manifestDir: dir, outFile: join(dir, 'x.zip') })).rejects.toThrow(/"helpme" is not a secbot command/);
  });

  it('icons are 192x192 colour and 32x32 white-on-transparent outline', async () => {
    const color = decodePng(await readFile(join(MANIFEST_DIR, 'color.png')));
    const outline = decodePng(await readFile(join(MANIFEST_DIR, 'outline.png')));
    expect([color.width, color.height, outline.width, outline.height]).toEqual([192, 192, 32, 32]);
    const alphas = new Set<number>();
    for (let i = 0; i < outline.pixels.length; i += 4) {
      expect([outline.pixels[i], outline.pixels[i + 1], outline.pixels[i + 2]]).toEqual([255, 255, 255]);
      alphas.add(outline.pixels[i + 3]!);
    }
    expect(alphas.has(0) && alphas.has(255)).toBe(true);
  });
});

/** Decode the RGBA, filter-0 PNGs generate-icons.mjs writes. */
function decodePng(png: Buffer): { width: number; height: number; pixels: Buffer } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rows = Array.from({ length: height }, (_, y) => raw.subarray(y * (1 + width * 4) + 1, (y + 1) * (1 + width * 4)));
  return { width, height, pixels: Buffer.concat(rows) };
}
