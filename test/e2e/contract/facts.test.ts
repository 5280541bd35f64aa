import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/core/render-text';
import type { Reply } from '../../../src/core/reply';
import { toBlocks } from '../../../src/platforms/slack';
import { toAdaptiveCard } from '../../../src/platforms/teams';
import { createTestBot } from '../../support/test-bot';
import type { Card } from '../teams/support/cards';
import { contractData } from './support/contract-env';
import { asConsoleSees, factsFromConsole, factsFromSlack, factsFromTeams } from './support/facts';

const onConsole = (reply: Reply) => factsFromConsole(renderText(reply));
const onSlack = (reply: Reply) => factsFromSlack(toBlocks(reply, { shareId: 'share-1' })[0]!);
const onTeams = (reply: Reply) => factsFromTeams(toAdaptiveCard(reply) as unknown as Card);

/** The comparison must notice any changed fact, or the contract test could pass with platforms that disagree. */
describe('the facts comparison used by the contract test', () => {
  const bot = createTestBot({ data: contractData() });
  const clone = (reply: Reply): Reply => structuredClone(reply);

  const changes: [string, (r: Reply) => void][] = [
    ['a field value', (r) => void (r.fields![1]!.value = 'Closed')],
    ['a field label', (r) => void (r.fields![1]!.label = 'State')],
    ['a dropped field', (r) => void r.fields!.pop()],
    ['the title', (r) => void (r.title = 'Action CSC 12/02')],
    ['the tone', (r) => void (r.kind = 'warning')],
    ['the text', (r) => void (r.text = `${r.text} Soon.`)],
    ['a list item', (r) => void (r.sections![0]!.items = ['1 update'])],
    ['a section title', (r) => void (r.sections![0]!.title = 'Updates')],
    ['the small print', (r) => void (r.context = [])],
    ['a button command', (r) => void (r.buttons![0]!.command = 'action close "CSC 10/01"')],
    ['a button label', (r) => void (r.buttons![2]!.label = 'Changes')],
    ['a dropped button', (r) => void r.buttons!.pop()],
    ['the button order', (r) => void r.buttons!.reverse()],
  ];

  it('agrees on a real reply drawn by the three renderers', async () => {
    const reply = await bot.run('action CSC 12/01');
    expect(onTeams(reply)).toEqual(onSlack(reply));
    expect(onConsole(reply)).toEqual(asConsoleSees(onSlack(reply)));
    expect(onSlack(reply).fields).toContain('Status: Open');
  });

  it.each(changes)('notices %s changed on one platform', async (_what, change) => {
    const reply = await bot.run('action CSC 12/01');
    const changed = clone(reply);
    change(changed);
    expect(onTeams(changed)).not.toEqual(onSlack(reply));
    expect(onSlack(changed)).not.toEqual(onTeams(reply));
    expect(onConsole(changed)).not.toEqual(asConsoleSees(onSlack(reply)));
  });

  it('notices a changed confirmation between Slack and Teams (the console shows none)', async () => {
    const reply = await bot.run('action CSC 12/01');
    const changed = clone(reply);
    changed.buttons![0]!.confirm = 'Really?';
    expect(onTeams(changed)).not.toEqual(onSlack(reply));
  });

  it('ignores formatting only: mrkdwn escapes, padding, bullets and marks', () => {
    const reply: Reply = {
      kind: 'success',
      title: 'Done: A & B <ok>',
      text: 'Costs < £5k & "fast"\nsecond line',
      fields: [{ label: 'X', value: '1' }, { label: 'A much longer label', value: 'a > b' }],
      sections: [{ title: 'List', items: ['one & two', 'three'] }],
      buttons: [{ label: 'Try: status DP096', actionId: 'try', command: 'status DP096' }],
      context: ['Type `help`'],
    };
    expect(onTeams(reply)).toEqual(onSlack(reply));
    expect(onConsole(reply)).toEqual(asConsoleSees(onSlack(reply)));
    expect(onSlack(reply)).toMatchObject({ tone: 'success', title: 'Done: A & B <ok>', lines: expect.arrayContaining(['A much longer label: a > b', '• one & two']) });
  });
});
