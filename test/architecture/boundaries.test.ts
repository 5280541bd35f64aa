import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const full = join(root, dir);
  return readdirSync(full).flatMap((name) => {
    const path = join(full, name);
    if (statSync(path).isDirectory()) return sourceFiles(relative(root, path));
    return name.endsWith('.ts') ? [relative(root, path)] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

const CHAT_SDK = /^(@slack\/|@microsoft\/teams|botbuilder|botframework)/;

describe('architecture boundaries', () => {
  const neutral = ['commands', 'src/core', 'src/domain', 'src/calendar', 'storage'].flatMap(sourceFiles);

  it('finds the neutral sources it guards', () => {
    expect(neutral.length).toBeGreaterThan(20);
  });

  it.each(neutral)('%s imports no chat SDK', (file) => {
    expect(importsOf(file).filter((spec) => CHAT_SDK.test(spec))).toEqual([]);
  });

  it('commands, core and domain use no lowdb, node-cron or process.env', () => {
    const offenders = ['commands', 'src/core', 'src/domain'].flatMap(sourceFiles).filter((file) => {
      const text = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      return importsOf(file).some((s) => s === 'lowdb' || s.startsWith('lowdb/') || s === 'node-cron') || /process\.env/.test(text);
    });
    expect(offenders).toEqual([]);
  });

  it('each chat SDK (and the mail library) appears in exactly one platform folder', () => {
    const everything = ['src', 'commands', 'storage'].flatMap(sourceFiles);
    const homes = { '@slack/': 'src/platforms/slack/', '@microsoft/teams': 'src/platforms/teams/', nodemailer: 'src/platforms/email/' };
    for (const [sdk, home] of Object.entries(homes)) {
      const outside = everything.filter((f) => !f.startsWith(home) && importsOf(f).some((s) => s.startsWith(sdk)));
      expect(outside, `${sdk} outside ${home}`).toEqual([]);
    }
  });
});
