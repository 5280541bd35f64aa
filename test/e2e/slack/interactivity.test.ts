import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSlackHarness, type SlackHarness } from './support/slack-harness';
import { blockAction, slashCommand, viewSubmission } from './support/payloads';
import { postToSlackApp } from './support/signed';

const json = (value: unknown) => JSON.stringify(value);

describe('Slack buttons', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(() => h.close());

  it('a Close button on an ephemeral answer closes the action and replaces the message in place', async () => {
    const res = await postToSlackApp(h.eventsUrl, { payload: blockAction({ value: 'action close "CSC 12/01"', responseUrl: h.fake.responseUrl('close') }) });
    expect(res.status).toBe(200);
    const update = await h.fake.waitFor('response_url', (c) => c.method === 'close');
    expect(update.body.replace_original).toBe(true);
    expect(update.body.blocks[0].text.text).toContain('Closed CSC 12/01');
    expect(h.bot.store.read().actions[0]!.status).toBe('Closed');
  });

  it('the same button clicked by someone outside the change team changes nothing and tells only them why', async () => {
    await postToSlackApp(h.eventsUrl, { payload: blockAction({ value: 'action close "CSC 12/01"', user: 'U_STRANGER', responseUrl: h.fake.responseUrl('refused') }) });
    const answer = await h.fake.waitFor('response_url', (c) => c.method === 'refused');
    expect(answer.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(json(answer.body.blocks)).toContain('Only the SEC change team can change data');
    expect(h.bot.store.read().actions[0]!.status).toBe('Open');
  });

  it('a button on a normal message (a DM answer) updates it with chat.update and says who pressed it', async () => {
    await postToSlackApp(h.eventsUrl, {
      payload: blockAction({ value: 'action snooze "CSC 12/01" 1d', ephemeral: false, channel: 'D0GEMMA', messageTs: '1700000000.000200', responseUrl: h.fake.responseUrl('dm') }),
    });
    const update = await h.fake.waitFor('chat.update');
    expect(update.body).toMatchObject({ channel: 'D0GEMMA', ts: '1700000000.000200' });
    expect(json(update.body.blocks)).toContain('by <@U_GEMMA>');
    expect(h.bot.store.read().actions[0]!.snoozedUntil).toBeDefined();
  });

  it('a button a retry delivers twice (same trigger) runs once', async () => {
    const payload = blockAction({ value: 'action update "CSC 12/01" chased DCC', responseUrl: h.fake.responseUrl('twice') });
    await postToSlackApp(h.eventsUrl, { payload, headers: { 'x-slack-retry-num': '0' } });
    await postToSlackApp(h.eventsUrl, { payload, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await h.fake.waitFor('response_url', (c) => c.method === 'twice');
    await postToSlackApp(h.eventsUrl, { form: slashCommand('status DP096') });
    expect(h.bot.store.read().actions[0]!.updates).toHaveLength(1);
  });

  it('a button without a command says so instead of doing nothing', async () => {
    await postToSlackApp(h.eventsUrl, { payload: blockAction({ value: '', responseUrl: h.fake.responseUrl('empty') }) });
    const answer = await h.fake.waitFor('response_url', (c) => c.method === 'empty');
    expect(answer.body.text).toContain('carries no command');
  });

  it('a button the bot does not know (from an older message) is acknowledged and explained', async () => {
    const started = Date.now();
    const res = await postToSlackApp(h.eventsUrl, { payload: blockAction({ value: 'x', actionId: 'legacy_button', responseUrl: h.fake.responseUrl('legacy') }) });
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2500);
    const answer = await h.fake.waitFor('response_url', (c) => c.method === 'legacy');
    expect(answer.body.text).toContain('not one I know');
  });

  it('"Share in channel" posts the same answer for everyone and removes the private copy', async () => {
    const ack = (await postToSlackApp(h.eventsUrl, { form: slashCommand('status DP096') })).json();
    const shareId = ack.blocks.at(-1).elements[0].value;
    await postToSlackApp(h.eventsUrl, { payload: blockAction({ value: shareId, actionId: 'sec-share', responseUrl: h.fake.responseUrl('share') }) });
    const shared = await h.fake.waitFor('response_url', (c) => c.method === 'share' && c.body.response_type === 'in_channel');
    expect(shared.body.blocks[0].text.text).toBe('DP096 — DNO Power Outage Alerts');
    expect(json(shared.body.blocks)).toContain('Shared by <@U_GEMMA>');
    expect(json(shared.body.blocks)).not.toContain('sec-share');
    expect(h.fake.responses.some((r) => r.method === 'share' && r.body.delete_original === true)).toBe(true);
  });

  it('sharing an expired answer says to run the command again', async () => {
    const ack = (await postToSlackApp(h.eventsUrl, { form: slashCommand('status DP096') })).json();
    h.bot.clock.set('2023-08-22T09:31:00Z');
    await postToSlackApp(h.eventsUrl, { payload: blockAction({ value: ack.blocks.at(-1).elements[0].value, actionId: 'sec-share', responseUrl: h.fake.responseUrl('old') }) });
    const answer = await h.fake.waitFor('response_url', (c) => c.method === 'old');
    expect(answer.body.text).toContain('Run the command again');
  });
});

describe('Slack modals', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(() => h.close());

  it('/sec raise with no arguments opens the "Raise a Draft Proposal" modal', async () => {
    const form = slashCommand('raise');
    const res = await postToSlackApp(h.eventsUrl, { form });
    expect(res.status).toBe(200);
    const open = await h.fake.waitFor('views.open');
    expect(open.body.trigger_id).toBe(form.trigger_id);
    expect(open.body.view).toMatchObject({ type: 'modal', callback_id: 'sec_raise', title: { text: 'Raise a Draft Proposal' } });
    expect(open.body.view.blocks.map((b: any) => b.block_id)).toEqual(['ref', 'title', 'proposer', 'org', 'category', 'analyst', 'committees', 'summary']);
  });

  it('submitting the raise modal registers the DP and tells the user privately in the channel', async () => {
    const values = { ref: 'dp 120', title: 'Alert routing for "DNOs"', proposer: 'Gemma Slaney', org: 'UK Power Networks', committees: 'OPSG, SMKI PMA', summary: 'Alerts go to the wrong place.' };
    const res = await postToSlackApp(h.eventsUrl, { payload: viewSubmission('sec_raise', values) });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const posted = await h.fake.waitFor('chat.postEphemeral');
    expect(posted.body).toMatchObject({ channel: 'C0CHANGE', user: 'U_GEMMA' });
    expect(posted.body.blocks[0].text.text).toContain('Raised DP120: Alert routing for ”DNOs”');
    const dp = h.bot.store.read().proposals.find((p) => p.ref === 'DP120')!;
    expect(dp.committees).toEqual(['OPSG', 'SMKI PMA']);
    expect(dp.proposer).toMatchObject({ name: 'Gemma Slaney', organisation: 'UK Power Networks' });
  });

  it('a bad reference is shown on the Reference field and the modal stays open', async () => {
    const res = await postToSlackApp(h.eventsUrl, { payload: viewSubmission('sec_raise', { ref: 'DPX', title: 'Something' }) });
    const body = res.json();
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual(['ref']);
    expect(body.errors.ref).toContain('"DPX" is not a proposal reference');
  });

  it('a reference that already exists is refused by the command and shown on the Reference field', async () => {
    const body = (await postToSlackApp(h.eventsUrl, { payload: viewSubmission('sec_raise', { ref: 'DP096', title: 'Again' }) })).json();
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual(['ref']);
    expect(body.errors.ref).toMatch(/DP096/);
    expect(h.bot.store.read().proposals.filter((p) => p.ref === 'DP096')).toHaveLength(1);
  });

  it('a blank required field is refused on that field', async () => {
    const body = (await postToSlackApp(h.eventsUrl, { payload: viewSubmission('sec_raise', { ref: 'DP121', title: '   ' }) })).json();
    expect(body).toEqual({ response_action: 'errors', errors: { title: 'Title is required.' } });
  });

  it('/sec action add opens "Add an action"; its submission adds the action through the same command', async () => {
    await postToSlackApp(h.eventsUrl, { form: slashCommand('action add') });
    const open = await h.fake.waitFor('views.open');
    expect(open.body.view.callback_id).toBe('sec_action_add');
    const res = await postToSlackApp(h.eventsUrl, { payload: viewSubmission('sec_action_add', { committee: 'CSC', owner: 'DCC', text: 'Send the DP096 test results', due: '2023-09-05' }) });
    expect(res.text).toBe('');
    const posted = await h.fake.waitFor('chat.postEphemeral');
    expect(posted.body.blocks[0].text.text).toContain('Added action CSC 12/02 for DCC');
    expect(h.bot.store.read().actions.find((a) => a.ref === 'CSC 12/02')).toMatchObject({ owner: 'DCC', due: '2023-09-05', proposals: ['DP096'] });
  });

  it('an unknown committee in the action modal is shown on the Committee field', async () => {
    const body = (await postToSlackApp(h.eventsUrl, { payload: viewSubmission('sec_action_add', { committee: 'Nonsense Board', owner: 'DCC', text: 'x' }) })).json();
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual(['committee']);
  });

  it('a submission of a form the bot no longer has replaces it with an explanation', async () => {
    const body = (await postToSlackApp(h.eventsUrl, { payload: viewSubmission('sec_old_form', { x: 'y' }) })).json();
    expect(body.response_action).toBe('update');
    expect(JSON.stringify(body.view)).toContain('out of date');
  });

  it('if Slack refuses to open the modal the user is told how to type the command', async () => {
    h.fake.failNext('views.open', { error: 'expired_trigger_id' });
    await postToSlackApp(h.eventsUrl, { form: slashCommand('raise', 'U_GEMMA', h.fake.responseUrl('modal')) });
    const answer = await h.fake.waitFor('response_url', (c) => c.method === 'modal');
    expect(answer.body.text).toContain('expired_trigger_id');
    expect(answer.body.text).toContain('/sec help raise');
  });
});
