// `npm run package:teams`: validate manifest/teams offline and zip it with its icons for upload to Teams.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { allCommands } from '../commands/index';
import { createRegistry } from '../src/core/registry';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MANIFEST_DIR = join(ROOT, 'manifest', 'teams');
export const PACKAGE_FILE = join(MANIFEST_DIR, 'build', 'secbot-teams.zip');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ICONS = { color: 192, outline: 32 } as const;
/** Teams shows at most 10 commands per scope, whatever the schema allows. */
const MAX_COMMANDS = 10;

type Manifest = Record<string, any>;

/** Schema problems, checked against the schema file shipped in @microsoft/app-manifest (no network). */
export async function validateManifestSchema(manifest: Manifest): Promise<string[]> {
  const version = String(manifest.manifestVersion);
  const packageDir = dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json'));
  const schemaFile = join(packageDir, 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
  const schema = JSON.parse((await readFile(schemaFile, 'utf8').catch(() => { throw new Error(`No offline schema for manifestVersion ${version}.`); })).replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
  return AppManifestUtils.validateAgainstSchema(manifest as never, schema);
}

/** Every command the manifest suggests must be one secbot answers (a registered name or alias). */
export function commandProblems(manifest: Manifest, known = createRegistry(allCommands)): string[] {
  const problems: string[] = [];
  for (const list of manifest.bots?.[0]?.commandLists ?? []) {
    const titles: string[] = list.commands.map((c: { title: string }) => c.title);
    if (titles.length > MAX_COMMANDS) problems.push(`${list.scopes.join('/')}: ${titles.length} commands; Teams shows at most ${MAX_COMMANDS}.`);
    for (const title of titles) if (!known.get(title)) problems.push(`${list.scopes.join('/')}: "${title}" is not a secbot command.`);
    if (new Set(titles).size !== titles.length) problems.push(`${list.scopes.join('/')}: a command is listed twice.`);
  }
  return problems;
}

/** Icon files must be PNGs of the sizes Teams requires; the outline icon white on transparent. */
export function iconProblems(name: keyof typeof ICONS, png: Buffer): string[] {
  if (png.subarray(1, 4).toString('ascii') !== 'PNG') return [`${name}.png is not a PNG file.`];
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const size = ICONS[name];
  const problems = width === size && height === size ? [] : [`${name}.png is ${width}x${height}; Teams needs ${size}x${size}.`];
  if (name === 'outline' && png[25] !== 6) problems.push('outline.png must have an alpha channel (white on transparent).');
  return problems;
}

export interface PackageOptions {
  /** TEAMS_APP_ID: written into id and bots[0].botId. */
  appId: string;
  /** The app version shown in Teams; bump it for every re-upload. */
  version?: string;
  manifestDir?: string;
  outFile?: string;
}

/** Validate everything, then write the zip Teams accepts: manifest.json, color.png, outline.png at its root. */
export async function packageTeamsApp(options: PackageOptions): Promise<{ file: string; manifest: Manifest }> {
  if (!GUID.test(options.appId)) throw new Error(`TEAMS_APP_ID must be the bot's Microsoft App ID, a GUID such as 0b6c5c1e-6c3a-4d39-9a3b-5e2f6f1a7c01 (got "${options.appId}").`);
  const dir = options.manifestDir ?? MANIFEST_DIR;
  const manifest: Manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  manifest.id = options.appId;
  manifest.bots[0].botId = options.appId;
  for (const extension of manifest.composeExtensions ?? []) extension.botId = options.appId;
  if (options.version) manifest.version = options.version;
  const icons = { color: await readFile(join(dir, 'color.png')), outline: await readFile(join(dir, 'outline.png')) };
  const problems = [...(await validateManifestSchema(manifest)), ...commandProblems(manifest), ...iconProblems('color', icons.color), ...iconProblems('outline', icons.outline)];
  if (problems.length) throw new Error(`The Teams manifest is not valid:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  zip.file('color.png', icons.color);
  zip.file('outline.png', icons.outline);
  const file = options.outFile ?? PACKAGE_FILE;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { file, manifest };
}

async function main(): Promise<number> {
  const appId = process.env.TEAMS_APP_ID?.trim();
  if (!appId) {
    process.stderr.write('Set TEAMS_APP_ID to the Azure Bot\'s Microsoft App ID, e.g. TEAMS_APP_ID=0b6c5c1e-... npm run package:teams\n');
    return 1;
  }
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  try {
    const { file, manifest } = await packageTeamsApp({ appId, version: process.env.TEAMS_APP_VERSION?.trim() || pkg.version });
    process.stdout.write(`Wrote ${file} (secbot ${manifest.version}, manifest ${manifest.manifestVersion}). Upload it in Teams: Apps → Manage your apps → Upload an app.\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then((code) => process.exit(code));
}
