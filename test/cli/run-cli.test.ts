import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/run-cli';
import { openStore } from '../../storage/file-store';

let dir: string;
let file: string;
let out: string;
let err: string;

function io(env: NodeJS.ProcessEnv = {}): CliIo {
  return { stdout: (t) => void (out += t), stderr: (t) => void (err += t), env, clock: { now: () => new Date('2020-03-02T10:00:00Z') } };
}

async function cli(...argv: string[]): Promise<number> {
  out = '';
  err = '';
  return runCli(argv, io());
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secbot-cli-'));
  file = join(dir, 'store.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('npx secbot', () => {
  it('init --demo creates a store that commands then read', async () => {
    expect(await cli('--data', file, 'init', '--demo')).toBe(0);
    expect(out).toContain(`Created ${file}`);
    expect(await cli('--data', file, 'status', 'dp96')).toBe(0);
    expect(out).toContain('DP096 — DNO Power Outage Alerts');
  });

  it('init refuses to overwrite an existing store unless forced', async () => {
    await cli('--data', file, 'init');
    expect(await cli('--data', file, 'init', '--demo')).toBe(1);
    expect(err).toContain('There is already a store');
    expect(err).toContain('--force');
    expect(await cli('--data', file, 'init', '--demo', '--force')).toBe(0);
  });

  it('exits 1 with the message for a user error', async () => {
    await cli('--data', file, 'init', '--demo');
    expect(await cli('--data', file, 'status', 'DPX')).toBe(1);
    expect(out).toContain('"DPX" is not a proposal reference');
  });

  it('--json prints the neutral reply', async () => {
    await cli('--data', file, 'init', '--demo');
    expect(await cli('--data', file, '--json', 'action', 'CSC', '12/01')).toBe(0);
    const reply = JSON.parse(out);
    expect(reply.title).toBe('Action CSC 12/01');
    expect(reply.fields.map((f: { label: string }) => f.label)).toContain('Owner');
  });

  it('a change is saved to the file and audited as the operator', async () => {
    await cli('--data', file, 'init', '--demo');
    expect(await cli('--data', file, 'action', 'close', 'CSC 12/01', 'Meeting held')).toBe(0);
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved.actions.find((a: { ref: string }) => a.ref === 'CSC 12/01').status).toBe('Closed');
    const history = (await openStore({ file, readOnly: true })).auditOf();
    expect(history.at(-1)).toMatchObject({ actor: 'operator', command: 'action close "CSC 12/01" "Meeting held"' });
  });

  it('names a missing store file and how to create one', async () => {
    expect(await cli('--data', join(dir, 'missing.json'), 'status', 'DP096')).toBe(1);
    expect(err).toContain('npx secbot init');
  });

  it('refuses a corrupt store and leaves it untouched', async () => {
    await writeFile(file, '{"schemaVersion": 1, "proposals": [');
    expect(await cli('--data', file, 'action', 'close', 'CSC 12/01')).toBe(1);
    expect(err).toContain(file);
    expect(await readFile(file, 'utf8')).toBe('{"schemaVersion": 1, "proposals": [');
  });
});

describe('npx secbot import', () => {
  const paper = [
    'Paper Reference:\tOPSG_30_0101_02',
    'New Draft Proposals',
    "DP130 'Smarter outage alerts'",
    'DP130 was raised by Ada Lovelace of the DCC. The Lead Analyst from SECAS is Jordan Crase.',
    'Power outage alerts reach network operators too late to act on.',
  ].join('\n');

  it('previews with --dry-run, writes nothing, then applies once and re-imports as a no-op', async () => {
    await cli('--data', file, 'init');
    const doc = join(dir, 'paper.txt');
    await writeFile(doc, paper);
    const before = await readFile(file, 'utf8');
    expect(await cli('--data', file, 'import', doc, '--dry-run')).toBe(0);
    expect(out).toContain('DP130');
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(await cli('--data', file, 'import', doc)).toBe(0);
    expect(await cli('--data', file, 'status', 'DP130')).toBe(0);
    expect(out).toContain('Smarter outage alerts');
    const applied = await readFile(file, 'utf8');
    expect(await cli('--data', file, 'import', doc)).toBe(0);
    expect(out).toContain('Nothing to change');
    expect(await readFile(file, 'utf8')).toBe(applied);
  });

  it('refuses an unrecognised file, naming it, and writes nothing', async () => {
    await cli('--data', file, 'init');
    const junk = join(dir, 'junk.txt');
    await writeFile(junk, 'hello world');
    const before = await readFile(file, 'utf8');
    expect(await cli('--data', file, 'import', junk)).toBe(1);
    expect(err).toContain('junk.txt');
    expect(await readFile(file, 'utf8')).toBe(before);
  });
});
