import { describe, expect, it } from 'vitest';
import { foldLines } from '../../src/calendar/fold-lines';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('foldLines (RFC 5545 §3.1)', () => {
  it('folds long lines to at most 75 octets, continuation lines starting with a space, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'Modification Report Consultation — closes 7 Sep 2023 17:00 £ 🗓 '.repeat(8)}`;
    const folded = foldLines(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(75);
    for (const l of lines.slice(2, -1)) expect(l.startsWith(' ')).toBe(true);
    expect(unfold(folded)).toBe(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT`);
    expect(folded).not.toContain('\uFFFD');
  });

  it('leaves short lines alone', () => {
    expect(foldLines('SUMMARY:February 2024 SEC Release\r\nUID:release-february-2024-sec-release@secbot')).toBe('SUMMARY:February 2024 SEC Release\r\nUID:release-february-2024-sec-release@secbot');
  });
});
