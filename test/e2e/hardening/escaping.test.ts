import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/ports';
import { createCalendar } from '../../../src/domain/calendar';
import { createNotifier, type Notifier } from '../../../src/notify/notifier';
import { fakeSleep, type FakeClock } from '../../notify/support/fakes';
import { blockAction, slashCommand } from '../slack/support/payloads';
import { postToSlackApp } from '../slack/support/signed';
import { startSlackHarness, type SlackHarness } from '../slack/support/slack-harness';
import { ALICE, botAdded, CHANNEL, message } from '../teams/support/activities';
import { startTeamsBot, type TeamsHarness } from '../teams/support/start-teams-bot';
import { slackMentions, teamsMarkup } from './support/unescaped';

/** What an insider types where a title, a name or an action belongs. */
const HOSTILE = '<!channel> <!here> <@U0BOSS> <https://evil.example|login> [click](https://evil.example) **urgent** _now_';

describe('user text reaches Slack and Teams only as text', () => {
  let slack: SlackHarness;
  let teams: TeamsHarness;
  let notifier: Notifier;
  const slashAs = (text: string, channel = 'C_CSC') => postToSlackApp(slack.eventsUrl, { form: slashCommand(text, 'U_GEMMA', slack.fake.responseUrl('cmd'), channel) });

  beforeEach(async () => {
    slack = await startSlackHarness();
    teams = await startTeamsBot({ store: slack.bot.store, changeTeam: [`teams:${ALICE.aadObjectId}`] });
    const clock = slack.bot.clock as FakeClock;
    clock.advance = (ms) => clock.set(new Date(clock.now().getTime() + ms).toISOString());
    notifier = createNotifier({ store: slack.bot.store, clock, calendar: createCalendar(), logger: silentLogger, sleep: fakeSleep(clock), messengers: [slack.platform.messenger, teams.platform.messenger] });
    await teams.post(botAdded(teams.connector.url, { conversation: CHANNEL }));
    await teams.post(message(teams.connector.url, 'subscribe all', { conversation: CHANNEL, from: ALICE }));
    await slashAs('subscribe all');
  });
  afterEach(async () => {
    await teams.close();
    await slack.close();
  });

  it('a hostile title, summary, proposer and action text never become mentions, links or markup', async () => {
    const acks = [
      await slashAs(`raise DP120 "${HOSTILE}" proposer "${HOSTILE}" org "${HOSTILE}" analyst "Jordan Crase" committees CSC summary "${HOSTILE}"`),
      await slashAs(`action add CSC SECAS "${HOSTILE}" due 2023-09-29`),
      await slashAs('status DP120'),
      await slashAs(`search ${HOSTILE}`),
      await slashAs('search <!here>'),
      await slashAs('actions'),
      await slashAs(`status ${HOSTILE}`),
      await slashAs(`${HOSTILE}`),
    ].map((r) => r.json());
    for (const ack of acks.filter((a) => a?.blocks)) {
      const shareId = ack.blocks.at(-1)?.elements?.[0]?.value;
      if (shareId) await postToSlackApp(slack.eventsUrl, { payload: blockAction({ value: shareId, actionId: 'sec-share', responseUrl: slack.fake.responseUrl('share') }) });
    }
    await notifier.flushOutbox();
    await notifier.runReminders(new Date('2023-08-28T08:00:00Z'));
    await notifier.flushOutbox();
    for (const text of ['status DP120', 'actions', `search ${HOSTILE}`]) await teams.post(message(teams.connector.url, text, { conversation: CHANNEL, from: ALICE }));

    const data = slack.bot.store.read();
    expect(data.proposals.find((p) => p.ref === 'DP120')?.title).toContain('<!channel> <!here> <@U0BOSS>');
    expect(data.actions.some((a) => a.text.includes('[click](https://evil.example)'))).toBe(true);
    expect(teams.connector.posts().length).toBeGreaterThan(3);
    const slackOut = [...acks, ...slack.fake.calls.map((c) => c.body), ...slack.fake.responses.map((c) => c.body)];
    expect(JSON.stringify(slackOut)).toContain('&lt;!channel&gt;');
    expect(slack.fake.callsTo('chat.postMessage').length).toBeGreaterThan(0);
    expect(slackMentions(slackOut)).toEqual([]);
    const teamsOut = teams.connector.calls.map((c) => c.body);
    expect(JSON.stringify(teamsOut)).toContain('\\\\[click\\\\](https://evil.example)');
    expect(teamsMarkup(teamsOut)).toEqual([]);
  }, 60_000);
});
