import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../../../src/domain/text-limits';
import { slashCommand, viewSubmission } from '../slack/support/payloads';
import { postToSlackApp } from '../slack/support/signed';
import { startSlackHarness, type SlackHarness } from '../slack/support/slack-harness';

describe('Slack forms: limits on every input, errors on the field at fault', () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness();
  });
  afterEach(() => h.close());

  it.each(['raise', 'action add'])('every text input of the "%s" form carries a max_length within the store\'s limits', async (trigger) => {
    await postToSlackApp(h.eventsUrl, { form: { ...slashCommand(trigger), trigger_id: `trig-${trigger}` } });
    const open = await h.fake.waitFor('views.open');
    const inputs = open.body.view.blocks.map((b: any) => b.element).filter((e: any) => e.type === 'plain_text_input');
    expect(inputs.length).toBeGreaterThan(1);
    for (const input of inputs) {
      expect(input.max_length).toBeGreaterThan(0);
      expect(input.max_length).toBeLessThanOrEqual(3000);
    }
  });

  it('an over-long action text is reported on the Action field, and nothing is added', async () => {
    const before = h.bot.store.read().actions.length;
    const text = 'Arrange a meeting with DCC. '.repeat(100);
    const body = (await postToSlackApp(h.eventsUrl, { payload: viewSubmission('sec_action_add', { committee: 'CSC', owner: 'SECAS', text }) })).json();
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual(['text']);
    expect(body.errors.text).toContain(`the limit is ${TEXT_LIMITS.actionText}`);
    expect(h.bot.store.read().actions).toHaveLength(before);
  });

  it('an over-long title is reported on the Title field', async () => {
    const body = (await postToSlackApp(h.eventsUrl, { payload: viewSubmission('sec_raise', { ref: 'DP121', title: 'Alert routing '.repeat(40) }) })).json();
    expect(Object.keys(body.errors)).toEqual(['title']);
    expect(body.errors.title).toContain(`the limit is ${TEXT_LIMITS.title}`);
  });

  it('typed commands get the same limit, naming the field', async () => {
    const res = (await postToSlackApp(h.eventsUrl, { form: slashCommand(`action add CSC SECAS "${'x'.repeat(TEXT_LIMITS.actionText + 1)}"`) })).json();
    expect(JSON.stringify(res.blocks)).toContain(`The action text is ${TEXT_LIMITS.actionText + 1} characters long; the limit is ${TEXT_LIMITS.actionText}.`);
  });
});
