import { describe, expect, it } from 'vitest';
import { ALICE, BOB, CHANNEL, message, taskFetch, taskSubmit } from './support/activities';
import { cardButtons, cardLines, cardOf } from './support/cards';
import type { FixtureStore } from './support/fixture-store';
import type { TeamsHarness } from './support/start-teams-bot';
import { useTeamsBot } from './support/use-teams-bot';

describe('Teams: raise, action add and consultation add open a dialog', () => {
  let fixture: FixtureStore;
  let h: TeamsHarness;

  useTeamsBot((started) => ({ fixture, h } = started));

  /** Type the bare command, press the button (task/fetch) and return the button data and the form. */
  async function openForm(command: string) {
    await h.post(message(h.connector.url, command));
    const [button] = cardButtons(cardOf(h.connector.posts().at(-1)));
    expect(button).toMatchObject({ type: 'Action.Submit', title: 'Open the form', data: { msteams: { type: 'task/fetch' } } });
    const response = await h.post(taskFetch(h.connector.url, button!.data));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ task: { type: 'continue', value: { card: { contentType: 'application/vnd.microsoft.card.adaptive' } } } });
    h.connector.calls.length = 0;
    return { data: button!.data, form: response.body.task.value.card.content };
  }

  const inputs = (form: any) => form.body.filter((el: any) => el.type.startsWith('Input.'));
  /** Form values as Teams sends them: each input's id with its value, beside the submit button's data. */
  const fields = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [`field_${k}`, v]));

  it('raise → a form with the fields of the command; submitting it raises the DP through dispatch', async () => {
    const { data, form } = await openForm('raise');
    expect(inputs(form).map((i: any) => i.id)).toEqual(['ref', 'title', 'proposer', 'org', 'category', 'analyst', 'committees', 'summary'].map((id) => `field_${id}`));
    const submit = form.actions[0];
    const response = await h.post(taskSubmit(h.connector.url, { ...submit.data, ...fields({ ref: 'DP120', title: 'Alert routing for DNOs', org: 'UK Power Networks', category: 'Electricity Network Party' }) }));
    expect(response.body).toEqual({ task: { type: 'message', value: 'Raised DP120: Alert routing for DNOs' } });
    expect(fixture.store.read().proposals.find((p) => p.ref === 'DP120')).toMatchObject({ title: 'Alert routing for DNOs', proposer: { organisation: 'UK Power Networks' } });
    expect(fixture.store.auditOf().at(-1)).toMatchObject({ actor: `teams:${ALICE.aadObjectId}` });
    expect(cardLines(cardOf(h.connector.posts()[0]))[0]).toMatch(/Raised DP120/);
    expect(data.command).toBe('raise');
  });

  it('inputs are capped at the store\'s limits, as on Slack (title 300, summary 3,000, URL 500), and a 300-character title is raised', async () => {
    const { form } = await openForm('raise');
    const cap = (f: any, id: string) => inputs(f).find((i: any) => i.id === `field_${id}`).maxLength;
    expect([cap(form, 'title'), cap(form, 'summary')]).toEqual([300, 3000]);
    const title = `Alert routing ${'x'.repeat(286)}`;
    const summary = 'y'.repeat(3000);
    const response = await h.post(taskSubmit(h.connector.url, { ...form.actions[0].data, ...fields({ ref: 'DP122', title, summary }) }));
    expect(response.body.task.type).toBe('message');
    expect(fixture.store.read().proposals.find((p) => p.ref === 'DP122')).toMatchObject({ title, summary });
    const consultation = await openForm('consultation add');
    expect(cap(consultation.form, 'url')).toBe(500);
  });

  it('a refused value shows the form again with the values kept and the message under the field at fault', async () => {
    const { form } = await openForm('raise');
    const response = await h.post(taskSubmit(h.connector.url, { ...form.actions[0].data, ...fields({ ref: 'DP096', title: 'Again' }) }));
    expect(response.body.task.type).toBe('continue');
    const again = response.body.task.value.card.content;
    expect(inputs(again).find((i: any) => i.id === 'field_title').value).toBe('Again');
    const refIndex = again.body.findIndex((el: any) => el.id === 'field_ref');
    const after = again.body.slice(refIndex + 1, refIndex + 3).find((el: any) => el.color === 'Attention');
    expect(after.text).toMatch(/DP096 already exists/);
    expect(h.connector.posts()).toEqual([]);
  });

  it('a blank required field is named without running anything', async () => {
    const { form } = await openForm('action add');
    expect(inputs(form).map((i: any) => i.id)).toEqual(['committee', 'owner', 'text', 'due', 'newOwner'].map((id) => `field_${id}`));
    const response = await h.post(taskSubmit(h.connector.url, { ...form.actions[0].data, ...fields({ committee: 'CSC', owner: 'SECAS', text: '' }) }));
    if (!response.body.task.value.card) throw new Error(JSON.stringify(response.body));
    const texts = response.body.task.value.card.content.body.filter((el: any) => el.color === 'Attention').map((el: any) => el.text);
    expect(texts).toContain('Action is required.');
    expect(h.dispatched.filter((i) => i.text.startsWith('action add'))).toEqual([]);
  });

  it('consultation add records a consultation from dates picked in the form', async () => {
    const { form } = await openForm('consultation add');
    await h.post(taskSubmit(h.connector.url, { ...form.actions[0].data, ...fields({ ref: 'DP096', kind: 'other', opens: '2020-03-02', closes: '2020-03-13' }) }));
    expect(fixture.store.read().consultations.at(-1)).toMatchObject({ proposal: 'DP096', kind: 'other', opens: '2020-03-02' });
  });

  it('someone outside the change team sees the refusal on the form; in a channel the result is private', async () => {
    const { form } = await openForm('raise');
    const refused = await h.post(taskSubmit(h.connector.url, { ...form.actions[0].data, ...fields({ ref: 'DP121', title: 'X' }) }, { from: BOB }));
    expect(JSON.stringify(refused.body.task.value.card.content)).toContain('Only the SEC change team can change data');
    await h.post(taskSubmit(h.connector.url, { ...form.actions[0].data, ...fields({ ref: 'DP121', title: 'Y' }) }, { conversation: CHANNEL }));
    expect(cardLines(cardOf(h.connector.posts().at(-1)))[0]).toBe(`${ALICE.name} asked secbot: Raise a Draft Proposal`);
  });

  it('a form button whose data was altered opens nothing', async () => {
    const response = await h.post(taskFetch(h.connector.url, { msteams: { type: 'task/fetch' }, secbot: 1, command: 'raise', mode: 'form', sig: 'x'.repeat(43) }));
    expect(response.body.task.type).toBe('message');
  });
});
