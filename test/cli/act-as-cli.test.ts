import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
let cwd: string;

/** `npx secbot --data store.json …` as a process (needs `npm run build`). */
function secbot(...argv: string[]) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|TEAMS_|SECBOT_)/.test(k)));
  return spawnSync(process.execPath, [join(repo, 'bin/secbot.js'), '--data', 'store.json', ...argv], { cwd, env: clean, encoding: 'utf8', timeout: 30_000 });
}
const stored = async () => JSON.parse(await readFile(join(cwd, 'store.json'), 'utf8'));
const raw = () => readFile(join(cwd, 'store.json'), 'utf8');

// Each test spawns several processes: give the store's creation room on a busy machine.
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'secbot-as-'));
  expect(secbot('init', '--demo').status).toBe(0);
}, 60_000);
afterEach(() => rm(cwd, { recursive: true, force: true }));

describe('npx secbot acts as a person', { timeout: 90_000 }, () => {
  it('link records who runs this command line; then actions mine, whoami and Not mine are theirs', async () => {
    const before = secbot('actions', 'mine');
    expect(before.status).toBe(1);
    expect(before.stdout).toContain('link "Your Name"');
    const link = secbot('link', 'Mari Toda');
    expect(link.status).toBe(0);
    expect(link.stdout).toContain('Linked cli:operator to Mari Toda');
    expect((await stored()).people.find((p: { name: string }) => p.name === 'Mari Toda').platformIds).toEqual({ cli: 'operator' });
    const mine = secbot('actions mine');
    expect(mine.status).toBe(0);
    expect(mine.stdout).toContain('1 open action for Mari Toda');
    expect(mine.stdout).toContain('CSC 10/01');
    expect(secbot('whoami').stdout).toContain('You are Mari Toda');
    const notMine = secbot('action', 'notmine', 'CSC 10/01');
    expect(notMine.status).toBe(0);
    expect((await stored()).actions.find((a: { ref: string }) => a.ref === 'CSC 10/01').updates.at(-1).text).toBe('Not mine: Mari Toda says this action is not theirs.');
  });

  it('--as NAME: that person for one command, with their rights', async () => {
    const mine = secbot('--as', 'Mari Toda', 'actions', 'mine');
    expect(mine.status).toBe(0);
    expect(mine.stdout).toContain('1 open action for Mari Toda');
    expect(secbot('--as', 'MT', 'whoami').stdout).toContain('You are Mari Toda');
    expect(secbot('--as', 'Mari Toda', 'action notmine "CSC 10/01"').status).toBe(0);
    expect((await stored()).actions.find((a: { ref: string }) => a.ref === 'CSC 10/01').updates.at(-1).text).toContain('Not mine: Mari Toda');
    // Mari is not in the change team and does not own CSC 12/01 (SECAS's): refused, nothing written.
    const before = await raw();
    const close = secbot('--as', 'Mari Toda', 'action', 'close', 'CSC 12/01');
    expect(close.status).toBe(1);
    expect(close.stdout).toContain("Only the change team or the action's owner");
    const add = secbot('--as', 'Mari Toda', 'action', 'add', 'CSC', 'DCC', 'Send the list');
    expect(add.status).toBe(1);
    expect(add.stdout).toContain('Only the SEC change team can change data');
    expect(await raw()).toBe(before);
    // Bradley Baker has the change-team role: his change is made, and recorded as his.
    const bradley = secbot('--as', 'Bradley Baker', 'action', 'add', 'CSC', 'GS', 'Send the list');
    expect(bradley.status).toBe(0);
    expect(bradley.stdout).toContain('for Gemma Slaney');
    expect((await stored()).actions.at(-1)).toMatchObject({ owner: 'Gemma Slaney', source: 'action add by cli:as:bradley-baker' });
  });

  it('--as someone not in the directory is refused with near names, exit 1, nothing written', async () => {
    const before = await raw();
    const run = secbot('--as', 'Mari Tado', 'actions', 'mine');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('--as: No one called "Mari Tado" in the directory. Did you mean "Mari Toda"?');
    expect(secbot('--as', 'Mari Toda', 'link', 'Mari Toda').stdout).toContain('link without --as: npx secbot link "Mari Toda"');
    expect(await raw()).toBe(before);
  });

  it('calendar reset and link work typed as one argument, with no bot running', () => {
    const reset = secbot('calendar reset');
    expect(reset.status).toBe(0);
    expect(reset.stdout).toContain('Revoked 0 calendar links');
    expect(secbot('link "Gemma Slaney"').status).toBe(0);
  });

  it('names and unquoted values, through the process: did-you-mean, quoted readings, file unchanged', async () => {
    const before = await raw();
    const typo = secbot('action', 'add', 'CSC', 'Gemma Slany', 'Send the list');
    expect(typo.status).toBe(1);
    expect(typo.stdout).toContain('Did you mean Gemma Slaney?');
    const split = secbot('person add Jane Smith org British Gas');
    expect(split.status).toBe(1);
    expect(split.stdout).toContain('Quote each value: person add "Jane Smith" org "British Gas"');
    expect(await raw()).toBe(before);
    expect(secbot('person add "Jane Smith" org "British Gas"').status).toBe(0);
    expect(secbot('action', 'add', 'CSC', 'Ann Other', 'Send the list', 'new-owner').status).toBe(0);
    const saved = await stored();
    expect(saved.people.find((p: { name: string }) => p.name === 'Jane Smith')).toMatchObject({ organisation: 'British Gas' });
    expect(saved.people.some((p: { name: string }) => p.name === 'Ann Other')).toBe(true);
    expect(saved.actions.at(-1)).toMatchObject({ owner: 'Ann Other', text: 'Send the list' });
  });
});
