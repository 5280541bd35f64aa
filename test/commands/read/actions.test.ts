import { describe, expect, it } from 'vitest';
import { createTestBot } from '../../support/test-bot';
import { readFixture } from './fixture';
import { buttonCommands, field, mari, newcomer, section } from './helpers';

const refsIn = (reply: { sections?: { text?: string; items?: string[] }[] }): string[] =>
  (reply.sections ?? []).flatMap((s) => (s.items ?? (s.text ? [s.text] : []))).map((line) => line.split(' · ')[0]!);

describe('actions', () => {
  const bot = createTestBot({ data: readFixture() });

  it('lists open actions by due date with owner, due and how many Working Days overdue', async () => {
    const reply = await bot.run('actions');
    expect(reply.title).toBe('4 open actions');
    expect(refsIn(reply)).toEqual(['CSC 10/01', 'CSC 12/02', 'CSC 12/01', 'CSC 11/02']);
    expect(reply.sections![0]!.text).toBe('CSC 10/01 · DCC · due 18 Aug 2023 (overdue by 2 Working Days) — Provide draft legal text and the cost breakdown for DP096.');
  });

  it('overdue = open with a due date before today in London', async () => {
    expect(refsIn(await bot.run('actions overdue'))).toEqual(['CSC 10/01', 'CSC 12/02']);
    // 23:30 London on 21 Aug is still 21 Aug: CSC 12/02 (due 21 Aug) is not overdue yet.
    const lateEvening = createTestBot({ data: readFixture(), now: '2023-08-21T22:30:00Z' });
    expect(refsIn(await lateEvening.run('actions overdue'))).toEqual(['CSC 10/01']);
  });

  it('closed and all', async () => {
    const closed = await bot.run('actions closed');
    expect(closed.title).toBe('1 closed action');
    expect(closed.sections![0]!.text).toContain('closed 25 Feb 2023');
    expect(buttonCommands(closed)).toEqual([]);
    expect(refsIn(await bot.run('actions all'))).toHaveLength(5);
  });

  it('short lists carry Close and Snooze buttons per open action', async () => {
    const reply = await bot.run('actions overdue');
    expect(buttonCommands(reply)).toEqual([
      'action close "CSC 10/01"', 'action snooze "CSC 10/01" 1d',
      'action close "CSC 12/02"', 'action snooze "CSC 12/02" 1d',
    ]);
  });

  it('the Close button closes the action through the same dispatch', async () => {
    const own = createTestBot({ data: readFixture() });
    const [close] = buttonCommands(await own.run('actions overdue'));
    expect((await own.run(close!)).kind).toBe('success');
    expect(refsIn(await own.run('actions overdue'))).toEqual(['CSC 12/02']);
  });

  it('filters by owner: organisation, initials or a name that resolves to them', async () => {
    expect(refsIn(await bot.run('actions owner DCC'))).toEqual(['CSC 10/01']);
    expect(refsIn(await bot.run('actions owner "Data Communications Company"'))).toEqual(['CSC 10/01']);
    expect(refsIn(await bot.run('actions owner "Gemma Slaney"'))).toEqual(['CSC 12/02']);
    expect(refsIn(await bot.run('actions all owner dcc'))).toEqual(['CSC 10/01', 'CSC 11/01']);
  });

  it('filters by committee, validating the name', async () => {
    expect((await bot.run('actions committee "change sub-committee"')).title).toBe('4 open actions from Change Sub-Committee');
    expect((await bot.run('actions committee OPSG')).title).toBe('No open actions from Operations Group');
    const bad = await bot.run('actions committee nope');
    expect(bad.kind).toBe('error');
    expect(bad.title).toMatch(/^"nope" is not a committee I know. Use one of: CSC, OPSG/);
  });

  it('mine: a linked caller sees actions owned by their name, initials, aliases or organisation', async () => {
    const reply = await bot.run('actions mine', mari);
    expect(reply.title).toBe('1 open action for Mari Toda');
    expect(refsIn(reply)).toEqual(['CSC 10/01']);
    expect(refsIn(await bot.run('actions mine all', mari))).toEqual(['CSC 10/01', 'CSC 11/01']);
  });

  it('mine: an unlinked caller is told how to link themselves', async () => {
    const reply = await bot.run('actions mine', newcomer);
    expect(reply.kind).toBe('error');
    expect(reply.title).toBe("I don't know who you are in the directory yet, so I can't tell which actions are yours.");
    expect(reply.context![0]).toContain('link "Your Name"');
  });

  it.each([
    ['actions open closed', 'Choose one of open and closed.'],
    ['actions mine owner DCC', 'Use either `mine` or `owner O`, not both.'],
    ['actions soon', 'I didn\'t understand "soon".'],
    ['actions owner', '"owner" needs a value.'],
    ['actions page -1', '"-1" is not a page number.'],
    ['actions page 9', 'There is only 1 page (4 in total).'],
  ])('%s → %s', async (command, title) => {
    const reply = await bot.run(command);
    expect(reply.kind).toBe('error');
    expect(reply.title).toBe(title);
  });

  it('long lists become one line per action, paginated', async () => {
    const data = readFixture();
    for (let i = 1; i <= 25; i++) {
      data.actions.push({ ref: `OPSG 30/${String(i).padStart(2, '0')}`, committee: 'OPSG', owner: 'SECAS', text: `Generated ${i}`, status: 'Open', proposals: [], updates: [], source: 't' });
    }
    const reply = await createTestBot({ data }).run('actions committee OPSG');
    expect(reply.sections![0]!.items).toHaveLength(20);
    expect(buttonCommands(reply)).toEqual([]);
    expect(reply.context).toContain('showing 20 of 25 — add `page 2`');
  });
});

describe('action REF', () => {
  const bot = createTestBot({ data: readFixture() });

  it('shows one action: text, owner and who that reaches, status, due, proposals, updates, buttons', async () => {
    const reply = await bot.run('action csc12/1');
    expect(reply.title).toBe('Action CSC 12/01');
    expect(reply.text).toBe('Arrange a meeting with DCC and DNO representatives about DP096.');
    expect(field(reply, 'Owner')).toBe('SECAS — organisation; contacts: Bradley Baker (SECAS)');
    expect(field(reply, 'Status')).toBe('Open');
    expect(field(reply, 'Due')).toBe('due 5 Sep 2023 (in 9 Working Days)');
    expect(field(reply, 'Proposals')).toBe('DP096 DNO Power Outage Alerts (Development Stage)');
    expect(section(reply, 'Updates')).toEqual(['10 Aug 2023 · Jordan Crase — Invitations sent for 30 August.']);
    expect(buttonCommands(reply)).toEqual(['action close "CSC 12/01"', 'action snooze "CSC 12/01" 1d', 'history "CSC 12/01"']);
  });

  it('resolves initials to a person and warns when nobody can be reached', async () => {
    expect(field(await bot.run('action CSC 12/02'), 'Owner')).toBe('GS — Gemma Slaney (SSEN)');
    const data = readFixture();
    data.actions[0]!.owner = 'Ofgem';
    expect(field(await createTestBot({ data }).run('action CSC 10/01'), 'Owner')).toBe('Ofgem (not in the directory, so nobody gets reminders)');
  });

  it('a closed action shows when it closed and offers no Close button', async () => {
    const reply = await bot.run('action "ACTION CSC 11/01"');
    expect(field(reply, 'Status')).toBe('Closed on 25 Feb 2023');
    expect(buttonCommands(reply)).toEqual(['history "CSC 11/01"']);
  });

  it('unknown, malformed and missing references get specific messages', async () => {
    expect((await bot.run('action CSC 12/09')).title).toBe('No action CSC 12/09. Did you mean CSC 12/02 or CSC 12/01?');
    expect((await bot.run('action banana')).title).toBe('"banana" is not an action reference.');
    expect((await bot.run('action')).title).toBe('Which action? Give its reference.');
  });
});
