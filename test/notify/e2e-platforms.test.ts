import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports';
import { createCalendar } from '../../src/domain/calendar';
import { createNotifier, type Notifier } from '../../src/notify/notifier';
import { slashCommand } from '../e2e/slack/support/payloads';
import { postToSlackApp } from '../e2e/slack/support/signed';
import { startSlackHarness, type SlackHarness } from '../e2e/slack/support/slack-harness';
import { ALICE, botAdded, CHANNEL, message } from '../e2e/teams/support/activities';
import { cardLines, cardOf } from '../e2e/teams/support/cards';
import { startTeamsBot, type TeamsHarness } from '../e2e/teams/support/start-teams-bot';
import { fakeSleep, type FakeClock } from './support/fakes';

const RAISE = 'raise DP120 "Power to raise modifications" proposer "Simon Trivella" org "British Gas" analyst "Jordan Crase" committees CSC,OPSG summary "SECAS cannot raise Draft Proposals. That slows change."';

describe('end to end: a DP raised over Slack reaches every subscribed Slack and Teams channel once', () => {
  let slack: SlackHarness;
  let teams: TeamsHarness;
  let notifier: Notifier;
  const slashAs = (text: string, channel: string) => postToSlackApp(slack.eventsUrl, { form: slashCommand(text, 'U_GEMMA', undefined, channel) });

  beforeEach(async () => {
    slack = await startSlackHarness();
    teams = await startTeamsBot({ store: slack.bot.store, changeTeam: [`teams:${ALICE.aadObjectId}`] });
    const clock = slack.bot.clock as FakeClock;
    clock.advance = (ms) => clock.set(new Date(clock.now().getTime() + ms).toISOString());
    notifier = createNotifier({
      store: slack.bot.store, clock, calendar: createCalendar(), logger: silentLogger, sleep: fakeSleep(clock),
      messengers: [slack.platform.messenger, teams.platform.messenger],
    });
    // Subscriptions made the way users make them: in the channels, through each platform.
    await teams.post(botAdded(teams.connector.url, { conversation: CHANNEL }));
    await teams.post(message(teams.connector.url, 'subscribe all events new-dp', { conversation: CHANNEL, from: ALICE }));
    await slashAs('subscribe CSC', 'C_CSC');
    await slashAs('subscribe all events new-dp', 'C_CSC'); // overlaps the one above
    await slashAs('subscribe OPSG events new-dp,digest', 'C_OPSG');
    await slashAs('subscribe TABASC', 'C_TABASC'); // not one of DP120's committees
    expect(slack.bot.store.read().subscriptions).toHaveLength(5);
    teams.connector.calls.length = 0;
  });
  afterEach(async () => {
    await teams.close();
    await slack.close();
  });

  const dpPosts = () => slack.fake.callsTo('chat.postMessage').filter((c) => String(c.body.text).startsWith('New Draft Proposal DP120'));
  const teamsPosts = () => teams.connector.posts().filter((c) => cardLines(cardOf(c)).some((l) => l.includes('New Draft Proposal DP120')));

  it('posts one card per channel on the fake Slack API and the fake Teams connector, and never again', async () => {
    const raised = (await slashAs(RAISE, 'C_CSC')).json();
    expect(JSON.stringify(raised.blocks)).toContain('Raised DP120');
    await notifier.flushOutbox();
    await notifier.flushOutbox();
    expect(dpPosts().map((c) => c.body.channel).sort()).toEqual(['C_CSC', 'C_OPSG']);
    expect(teamsPosts().map((c) => c.conversationId)).toEqual([CHANNEL.id]);
    const lines = cardLines(cardOf(teamsPosts()[0]));
    expect(lines).toEqual(expect.arrayContaining(['Proposer: Simon Trivella (British Gas)', 'Lead Analyst: Jordan Crase', 'SECAS cannot raise Draft Proposals.']));
    expect(JSON.stringify(dpPosts()[0]!.body.blocks)).toContain('Views on the problem statement by');
  });

  it('delivers each exactly once through a storm of 429s from the Slack API', async () => {
    await slashAs(RAISE, 'C_CSC');
    slack.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 }, 5);
    await notifier.flushOutbox();
    for (let i = 0; i < 5 && dpPosts().length < 7; i++) await notifier.flushOutbox();
    await notifier.flushOutbox();
    // The fake records every call; the first 5 were refused with 429, the rest were delivered.
    expect(dpPosts()).toHaveLength(7);
    expect(dpPosts().slice(5).map((c) => c.body.channel).sort()).toEqual(['C_CSC', 'C_OPSG']);
    expect(slack.bot.store.read().deliveries.filter((d) => d.key.startsWith('new-dp:DP120:slack')).map((d) => d.status)).toEqual(['sent', 'sent']);
    expect(teamsPosts()).toHaveLength(1);
  });
});
