import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSlackHarness, type SlackHarness } from './support/slack-harness';
import { slashCommand } from './support/payloads';
import { postToSlackApp } from './support/signed';

const text = (body: any): string => JSON.stringify(body.blocks);

describe('Slack: someone the change team added is recognised by their verified email, without `link`', () => {
  let h: SlackHarness;
  const sec = async (command: string, user: string) => (await postToSlackApp(h.eventsUrl, { form: slashCommand(command, user) })).json();

  beforeEach(async () => {
    h = await startSlackHarness();
    h.fake.users.set('U_JANE', { name: 'jane', profile: { email: 'Jane.Doe@Example.com' }, is_email_confirmed: true });
    h.fake.users.set('U_OTHER', { name: 'other', profile: { email: 'someone.else@example.com' } });
  });
  afterEach(() => h.close());

  it('Jane is linked on first use: whoami, actions mine, owner rights, and a DM in remind preview on the due day', async () => {
    const added = await sec('person add "Jane Doe" org "British Gas" category "Large Supplier" email jane.doe@example.com', 'U_GEMMA');
    expect(text(added)).toContain('Added Jane Doe to the directory');
    const action = await sec('action add CSC "Jane Doe" "Send the DNO cost figures for DP096" due 25 Aug 2023', 'U_GEMMA');
    const ref = /CSC \d+\/\d+/.exec(text(action))![0];

    const whoami = text(await sec('whoami', 'U_JANE'));
    expect(whoami).toContain('You are Jane Doe');
    expect(whoami).toContain('British Gas');
    expect(whoami).toContain('Large Supplier');
    expect(whoami).toContain('matched by the verified Slack email');
    expect(h.bot.store.read().people.find((p) => p.name === 'Jane Doe')).toMatchObject({ platformIds: { slack: 'U_JANE' }, linkedBy: { slack: 'email' } });

    expect(text(await sec('actions mine', 'U_JANE'))).toContain(ref);
    const preview = text(await sec('remind preview at 25 Aug 2023', 'U_JANE'));
    expect(preview).toContain('Jane Doe (Slack DM to U_JANE)');
    expect(preview).toContain(`${ref} due today`);

    // Owner rights come with an email match: Jane may close her own action.
    expect(text(await sec(`action close ${ref} sent`, 'U_JANE'))).toContain(`Closed ${ref}`);
    // One users.info lookup per user, however many requests.
    expect(h.fake.callsTo('users.info').filter((c) => c.body.user === 'U_JANE')).toHaveLength(1);
  });

  it('someone whose email is not in the directory keeps today\'s behaviour, and `link` still works', async () => {
    await sec('person add "Jane Doe" email jane.doe@example.com', 'U_GEMMA');
    expect(text(await sec('whoami', 'U_OTHER'))).toContain('You are not linked to the directory yet');
    const linked = text(await sec('link "Jane Doe"', 'U_OTHER'));
    expect(linked).toContain('Linked slack:U_OTHER to Jane Doe');
    expect(text(await sec('whoami', 'U_OTHER'))).toContain('linked by themselves, not yet confirmed');
  });

  it('a failed users.info call leaves the user unlinked and the command still answers', async () => {
    await sec('person add "Jane Doe" email jane.doe@example.com', 'U_GEMMA');
    h.fake.failNext('users.info', { error: 'missing_scope' });
    expect(text(await sec('status DP096', 'U_JANE'))).toContain('DP096');
    expect(h.bot.store.read().people.find((p) => p.name === 'Jane Doe')!.platformIds).toEqual({});
  });
});
