import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../../src/platforms/console/run-console';
import { demoStore } from '../../../src/demo/demo-store';
import { createTestBot } from '../../support/test-bot';

async function transcript(input: string, interactive = false): Promise<string> {
  const bot = createTestBot({ data: demoStore() });
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let text = '';
  stdout.on('data', (chunk) => (text += chunk));
  const done = runConsole({ dispatch: bot.dispatch, input: stdin, output: stdout, interactive });
  stdin.end(input);
  await done;
  return text;
}

describe('console adapter', () => {
  it('answers each line in order and stops at end of input', async () => {
    const out = await transcript('help\nfrobnicate\n');
    const helpAt = out.indexOf('secbot> help');
    const unknownAt = out.indexOf('secbot> frobnicate');
    expect(helpAt).toBeGreaterThanOrEqual(0);
    expect(unknownAt).toBeGreaterThan(helpAt);
    expect(out).toContain(`I don't know the command "frobnicate"`);
  });

  it('skips blank lines and comments, and stops at "exit"', async () => {
    const out = await transcript('# a comment\n\nexit\nfrobnicate\n');
    expect(out).not.toContain('frobnicate');
    expect(out).not.toContain('a comment');
  });

  it('shows a prompt in interactive mode (the terminal itself is tested through a pty in console-tty.test.ts)', async () => {
    const out = (await transcript('frobnicate\n', true)).replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
    expect(out.startsWith('secbot> ')).toBe(true);
    expect(out).toContain(`I don't know the command "frobnicate"`);
    expect(out).not.toContain('\nsecbot> frobnicate\n\nsecbot> frobnicate');
  });
});
