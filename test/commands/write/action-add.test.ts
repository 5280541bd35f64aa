import { describe, expect, it } from 'vitest';
import { buttonCommands, expectRefused, writeBot } from './helpers';

describe('action add', () => {
  it('numbers the action after the last CSC meeting, links DP096 and offers Close / Snooze', async () => {
    const bot = writeBot();
    const reply = await bot.run('action add CSC SECAS "Arrange a meeting with DCC about DP096" due 11 Sep 2023');
    expect(reply.kind).toBe('success');
    expect(reply.title).toBe('Added action CSC 12/02 for SECAS');
    expect(reply.fields).toEqual([
      { label: 'Owner', value: 'SECAS' },
      { label: 'Due', value: '11 Sep 2023' },
      { label: 'Proposals', value: 'DP096' },
    ]);
    expect(buttonCommands(reply)).toEqual(['action close "CSC 12/02"', 'action snooze "CSC 12/02" 1d']);
    expect(bot.store.read().actions.at(-1)).toMatchObject({ ref: 'CSC 12/02', owner: 'SECAS', due: '2023-09-11', status: 'Open', source: 'action add by operator' });
    expect(bot.store.read().outbox.map((e) => [e.type, e.ref])).toEqual([['action.added', 'CSC 12/02']]);
  });

  it('takes a quoted multi-word owner, a given reference (any spelling) and quoted text that says "due to" and "meeting with"', async () => {
    const bot = writeBot();
    const reply = await bot.run('action add csc "Jordan Crase" "update the report due to a meeting with DCC" ref CSC 13/2');
    expect(reply.title).toBe('Added action CSC 13/02 for Jordan Crase');
    expect(reply.text).toBe('update the report due to a meeting with DCC');
    expect(buttonCommands(reply)).toContain('action due "CSC 13/02" 2023-09-05');
  });

  it('keeps unquoted text whole when no option follows: "due to", "meeting with" and "ref list" are words', async () => {
    const bot = writeBot();
    const reply = await bot.run('action add CSC SECAS Check the ref list due to a meeting with DCC');
    expect(reply.title).toBe('Added action CSC 12/02 for SECAS');
    expect(bot.store.read().actions.at(-1)).toMatchObject({ text: 'Check the ref list due to a meeting with DCC' });
    expect(bot.store.read().actions.at(-1)!.due).toBeUndefined();
  });

  it('numbers at a given meeting, with the committee quoted or as two words', async () => {
    const bot = writeBot();
    expect((await bot.run('action add "Operations Group" DCC "Send results" meeting 26')).title).toBe('Added action OPSG 26/01 for DCC');
    expect((await bot.run('action add SMKI PMA DCC "Check keys" meeting 3')).title).toBe('Added action SMKI PMA 3/01 for DCC');
  });

  it.each([
    ['action add', 'Missing the committee, owner and text.', 'action add CSC SECAS "'],
    ['action add CSC', 'Missing the owner', 'action add CSC SECAS "'],
    ['action add CSC SECAS', 'Missing the text of the action.', 'action add CSC SECAS "'],
    ['action add Board SECAS "Text"', '"Board" is not a committee I know', 'CSC'],
    ['action add TABASC DCC "Text"', "I don't know the number of the last TABASC meeting", 'meeting 12'],
    ['action add CSC DCC "Text" due 31 Sep 2023', 'There is no 31 Sep 2023', '30 Sep 2023'],
    ['action add CSC DCC "Text" ref CSC 12/01', 'Action CSC 12/01 already exists', 'Leave out "ref"'],
    ['action add CSC DCC "Text" ref next', '"next" is not an action reference', 'CSC 12/01'],
    ['action add OPSG DCC "Text" ref CSC 14/01', 'The reference CSC 14/01 belongs to CSC, not OPSG.', 'action add CSC SECAS'],
  ])('%s → %s', (line, message, hint) => expectRefused(line, message, hint));
});
