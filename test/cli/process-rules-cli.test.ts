import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
let dir: string;
let file: string;

/** `npx secbot --data FILE …` as a real process (bin/secbot.js on the built bundle). */
function secbot(...args: string[]) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test' };
  const run = spawnSync(process.execPath, [join(repo, 'bin/secbot.js'), '--data', file, ...args], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secbot-rules-'));
  file = join(dir, 'secbot.json');
  expect(secbot('init', '--demo').code).toBe(0);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npx secbot: the process rules from the command line', () => {
  it.each([
    [['advance', 'DP096', 'refinment'], 'Did you mean Refinement Process?'],
    [['advance', 'DP096', 'Implemented'], 'Nothing was saved: DP096 is a Draft Proposal: Implemented belongs to Modification Proposals'],
    [['decide', 'DP096', 'approved'], 'convert DP096 first'],
    [['convert', 'DP096', 'on', '2031-01-01'], 'is in the future'],
  ])('%j is refused with exit code 1 and the store file unchanged', async (args, message) => {
    const before = await readFile(file);
    const { code, out } = secbot(...args);
    expect(out).toContain(message);
    expect(code).toBe(1);
    expect((await readFile(file)).equals(before)).toBe(true);
  }, 60_000);

  it('the whole lifecycle works: raise → convert → Refinement → Report Phase → Change Board → approval → Implemented', () => {
    const steps = [
      ['raise', 'DP130', '"Changes to the summary table"'],
      ['convert', 'DP130', 'reason', '"the CSC agreed the problem statement"'],
      ['advance', 'MP130', 'refinement'],
      ['advance', 'MP130', 'report'],
      ['advance', 'MP130', '"Change Board"'],
      ['decide', 'MP130', 'approved'],
      ['advance', 'MP130', 'Implemented'],
    ];
    for (const step of steps) {
      const { code, out } = secbot(...step);
      expect(code, `${step.join(' ')}: ${out}`).toBe(0);
    }
    expect(secbot('status', 'MP130').out).toContain('Implemented');
  }, 180_000);
});
