import { describe, expect, it } from 'vitest';
import { applyTransaction } from '../../storage/apply-transaction';
import { deepFreeze } from '../../storage/deep-freeze';
import { documentText, serializeDocument } from '../../storage/serialize-document';
import { meta, newAction, smallStore } from './helpers';

describe('document serializer', () => {
  it('writes JSON equal to the document, one entity per line', () => {
    const data = deepFreeze(smallStore());
    const text = documentText(data);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(data)));
    expect(text.split('\n').filter((line) => line.trimStart().startsWith('{"ref":')).length).toBe(data.proposals.length + data.actions.length + data.meetings.length);
  });

  it('stays exact after transactions that share unchanged entities', () => {
    let data = deepFreeze(smallStore());
    for (let n = 0; n < 3; n++) {
      data = applyTransaction(data, meta(), (d) => {
        d.actions[n]!.owner = `Owner ${n}`;
        d.actions.push(newAction(n));
        d.channelSettings[`slack:T1:C${n}`] = { unfurl: n % 2 === 0 };
      }, new Date('2024-03-05T10:00:00Z')).next!;
      expect(JSON.parse(documentText(data))).toEqual(JSON.parse(JSON.stringify(data)));
    }
  });

  it('comes in bounded chunks that join to the same document', () => {
    const big = { ...smallStore(), actions: Array.from({ length: 3000 }, (_, n) => newAction(n)) };
    const chunks = [...serializeDocument(big)];
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(300 * 1024);
    expect(JSON.parse(chunks.join(''))).toEqual(JSON.parse(JSON.stringify(big)));
  });

  it('keeps non-ASCII text intact', () => {
    const data = deepFreeze({ ...smallStore(), releases: [{ name: 'Février – “June” 2024 SEC Release', on: '2024-06-27', source: 'naïve ✓' }] });
    expect(JSON.parse(documentText(data)).releases).toEqual(data.releases);
  });
});
