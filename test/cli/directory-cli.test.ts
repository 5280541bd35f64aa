import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const repo = resolve(__dirname, '../..');
const seeds = join(repo, 'test/import/fixtures/seeds');
const SEEDS = ['CSC_12_2502-minutes.txt', 'MP167B-modification-report.txt', 'OPSG_26_0511_16-new-draft-proposals.txt'].map((f) => join(seeds, f));
let dir: string;
// Each test runs the CLI as a process several times; on a busy 2-core machine each run takes a second or more.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 60_000 });

/** `npx secbot …` as a process, in a temp dir with its own ./data/secbot.json. */
function secbot(...args: string[]): { code: number | null; out: string; err: string } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SECBOT_|SLACK_|TEAMS_)/.test(k)));
  const run = spawnSync(process.execPath, [join(repo, 'bin/secbot.js'), ...args], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const storePeople = async () => JSON.parse(await readFile(join(dir, 'data/secbot.json'), 'utf8')).people as { name: string }[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secbot-directory-'));
  expect(secbot('init').code).toBe(0);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('npx secbot: the directory fills itself from the seed documents', () => {
  it('after init + import, people lists proposers, lead analysts and CSC attendees with their organisations', () => {
    expect(secbot('import', ...SEEDS).code).toBe(0);
    const listed = secbot('people').out + secbot('people', 'page', '2').out;
    for (const line of ['Simon Trivella · British Gas', 'Jordan Crase · SECAS', 'Gemma Slaney · Electricity Network Party (GS)', 'Tom Rothery · DCC', 'Mari Toda · DCC', 'Adam Lattimore · SECAS', 'Paul Saker · Large Supplier (PS)']) {
      expect(listed).toContain(line);
    }
    expect(secbot('person', 'GS').out).toContain('GS at CSC 12_2502');
    expect(secbot('people', 'org', 'DCC').out).toContain('Tom Rothery · DCC');
    expect(secbot('orgs').out).toContain('DCC · DCC — no contacts');
    expect(secbot('action', 'CSC 10/01').out).toContain('DCC — organisation; no contacts in the directory');

    const again = secbot('import', ...SEEDS);
    expect(again.code).toBe(0);
    expect(again.out).toContain('Nothing to change');
  });

  it('a directory entry that differs from a document is kept, with a warning', async () => {
    expect(secbot('person', 'add', 'Simon Trivella', 'org', 'EDF Energy').code).toBe(0);
    const imported = secbot('import', SEEDS[2]!);
    expect(imported.out).toContain('The directory has Simon Trivella at EDF Energy; the document says British Gas. Kept EDF Energy.');
    expect(secbot('person', 'Simon Trivella').out).toContain('EDF Energy');
  });
});

describe('npx secbot person / org: validated, audited, all-or-nothing', () => {
  it('adds, refuses duplicates, bad emails and unknown categories with nothing written, and shows history', async () => {
    expect(secbot('person', 'add', 'Jane Doe', 'org', 'British Gas', 'email', 'jane.doe@example.com', 'initials', 'jd').code).toBe(0);
    const dup = secbot('person', 'add', 'jane doe');
    expect(dup.code).toBe(1);
    expect(dup.out).toContain('Jane Doe is already in the directory');
    const email = secbot('person', 'add', 'John Roe', 'email', 'not-an-email');
    expect(email.code).toBe(1);
    expect(email.out).toContain('"not-an-email" is not an email address');
    const category = secbot('person', 'add', 'John Roe', 'category', 'Big Supplier');
    expect(category.out).toContain('"Big Supplier" is not a party category');
    expect((await storePeople()).map((p) => p.name)).toEqual(['Jane Doe']);

    expect(secbot('person', 'update', 'Jane Doe', 'email', 'jane@example.com', 'category', 'bogus').code).toBe(1);
    expect(secbot('person', 'Jane Doe').out).toContain('jane.doe@example.com');
    expect(secbot('person', 'update', 'Jane Doe', 'category', 'large suppliers').out).toContain('Large Supplier');
    const history = secbot('history', 'person', 'Jane Doe').out;
    expect(history).toContain('created person jane-doe: Jane Doe');
    expect(history).toContain('person update "Jane Doe" category "large suppliers"');
  });

  it('refuses to remove a person while open actions name them, listing the actions; removing drops them from contacts', () => {
    secbot('person', 'add', 'Jane Doe');
    secbot('org', 'add', 'DCC', 'category', 'DCC', 'contacts', 'Jane Doe');
    const action = secbot('action', 'add', 'CSC', 'Jane Doe', 'Send the figures', 'meeting', '12');
    const ref = /CSC \d+\/\d+/.exec(action.out)![0];
    const refused = secbot('person', 'remove', 'Jane Doe');
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(`Jane Doe still owns 1 open action: ${ref}.`);
    expect(secbot('action', 'close', ref).code).toBe(0);
    expect(secbot('person', 'remove', 'Jane Doe').code).toBe(0);
    expect(secbot('org', 'DCC').out).toContain('none: its actions reach nobody directly');
    expect(secbot('history', 'person', 'Jane Doe').out).toContain('removed person jane-doe: Jane Doe');
  });
});

describe('npx secbot directory import / export (CSV)', () => {
  it('round-trips quoted fields with commas, quotes and newlines', async () => {
    const csv = 'name,organisation,category,email,initials,aliases,role\n"Doe, Jane ""JD""","British Gas\nRetail",Large Supplier,jane@example.com,JD,Janey; J Doe,change-team\nTom Rothery,DCC,DCC,,,,\n';
    await writeFile(join(dir, 'people.csv'), csv);
    const imported = secbot('directory', 'import', 'people.csv');
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Added 2 people');
    const exported = secbot('directory', 'export').out;
    expect(exported.split('\n')[0]).toBe('name,organisation,category,email,initials,aliases,role');
    expect(exported).toContain('"Doe, Jane ""JD""","British Gas\nRetail",Large Supplier,jane@example.com,JD,Janey; J Doe,change-team');

    await writeFile(join(dir, 'again.csv'), exported);
    expect(secbot('directory', 'import', 'again.csv').out).toContain('Added 0 people, filled in 0, 2 already as stated.');
    await rm(join(dir, 'data'), { recursive: true });
    secbot('init');
    secbot('directory', 'import', 'again.csv');
    expect(secbot('directory', 'export').out).toBe(exported);
  });

  it('export neutralises formula cells (= + - @) with a leading quote; import takes it off again, so the directory round-trips', async () => {
    const csv = "name,organisation,category,email,initials,aliases,role\n\"=HYPERLINK(\"\"http://x.test\"\",\"\"Jane\"\")\",+Org Plus,,,,@jd; -JD,\n'=Already Quoted,,,,,,\n''=Twice Quoted,,,,,,\n";
    await writeFile(join(dir, 'people.csv'), csv);
    expect(secbot('directory', 'import', 'people.csv').out).toContain('Added 3 people');
    // A quote a spreadsheet kept in front of a formula is taken off: the name is the text after it.
    expect(secbot('person', '=HYPERLINK("http://x.test","Jane")').out).toContain('Organisation:  +Org Plus');
    expect(secbot('person', '=Already Quoted').code).toBe(0);
    expect(secbot('person', "'=Twice Quoted").code).toBe(0);
    const exported = secbot('directory', 'export').out;
    const cells = exported.trim().split('\n').slice(1).flatMap((line) => line.split(',')).map((c) => c.replace(/^"/, ''));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(exported).toContain(`"'=HYPERLINK(""http://x.test"",""Jane"")",'+Org Plus,,,,'@jd; -JD,`);
    expect(exported).toContain("'=Already Quoted,");
    expect(exported).toContain("''=Twice Quoted,");
    await rm(join(dir, 'data'), { recursive: true });
    secbot('init');
    await writeFile(join(dir, 'again.csv'), exported);
    expect(secbot('directory', 'import', 'again.csv').out).toContain('Added 3 people');
    expect(secbot('person', '=HYPERLINK("http://x.test","Jane")').out).toContain('Also known as: @jd, -JD');
    expect(secbot('directory', 'export').out).toBe(exported);
  });

  it('a header naming a column twice is refused, naming the column', async () => {
    await writeFile(join(dir, 'twice.csv'), 'name,email,Email\nJane Doe,jane@example.com,other@example.com\n');
    const twice = secbot('directory', 'import', 'twice.csv');
    expect(twice.code).toBe(1);
    expect(twice.err).toContain('twice.csv: the column "email" appears twice in the first row');
    expect(await storePeople()).toEqual([]);
  });

  it('--dry-run writes nothing; a bad row stops the whole file with its line number', async () => {
    await writeFile(join(dir, 'people.csv'), 'name,email\nJane Doe,jane@example.com\nJohn Roe,john-at-example\n');
    const bad = secbot('directory', 'import', 'people.csv');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('people.csv line 3: "john-at-example" is not an email address. Nothing was imported.');
    expect(await storePeople()).toEqual([]);

    await writeFile(join(dir, 'people.csv'), 'name,email\nJane Doe,jane@example.com\n');
    const dry = secbot('directory', 'import', 'people.csv', '--dry-run');
    expect(dry.out).toContain('Would add 1 people');
    expect(dry.out).toContain('Nothing was written (dry run).');
    expect(await storePeople()).toEqual([]);

    await writeFile(join(dir, 'cols.csv'), 'name,phone\nJane Doe,123\n');
    const cols = secbot('directory', 'import', 'cols.csv');
    expect(cols.code).toBe(1);
    expect(cols.err).toContain('unknown column "phone"');
  });
});
