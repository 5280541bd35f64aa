import { describe, expect, it } from 'vitest';
import { applyTransaction } from '../../storage/apply-transaction';
import { deepFreeze } from '../../storage/deep-freeze';
import { createSerializer } from '../../storage/serialize-document';
import { meta, newAction, smallStore } from './helpers';

describe('document serializer', () => {
  it('writes JSON equal to the document, one entity per line', () => {
    const data = deepFreeze(smallStore());
    const text = createSerializer()(data).toString('utf8');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(data)));
    expect(text.split('\n').filter((line) => line.trimStart().startsWith('{"ref":')).length).toBe(data.proposals.length + data.actions.length + data.meetings.length);
  });

  it('stays exact after transactions that reuse remembered entities', () => {
    const serialize = createSerializer();
    let data = deepFreeze(smallStore());
    serialize(data);
    for (let n = 0; n < 3; n++) {
      data = applyTransaction(data, meta(), (d) => {
        d.actions[n]!.owner = `Owner ${n}`;
        d.actions.push(newAction(n));
        d.channelSettings[`slack:T1:C${n}`] = { unfurl: n % 2 === 0 };
      }, new Date('2024-03-05T10:00:00Z')).next!;
      expect(JSON.parse(serialize(data).toString('utf8'))).toEqual(JSON.parse(JSON.stringify(data)));
    }
  });

  it('keeps non-ASCII text intact', () => {
    const data = deepFreeze({ ...smallStore(), releases: [{ name: 'Février – “June” 2024 SEC Release', on: '2024-06-27', source: 'naïve ✓' }] });
    expect(JSON.parse(createSerializer()(data).toString('utf8')).releases).toEqual(data.releases);
  });
});
