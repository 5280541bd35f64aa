import { describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index';
import type { Caller } from '../../src/core/caller';
import type { Reply } from '../../src/core/reply';
import { createCalendar } from '../../src/domain/calendar';
import { toHomeView } from '../../src/platforms/slack/home/publish-home';
import { toBlocks } from '../../src/platforms/slack/render/to-blocks';
import { toCompactBlocks } from '../../src/platforms/slack/render/to-compact-blocks';
import { toAdaptiveCards } from '../../src/platforms/teams/to-adaptive-cards';
import type { StoreData } from '../../storage/schema';
import { slackMentions, teamsMarkup } from '../e2e/hardening/support/unescaped';
import { slackFixture } from '../e2e/slack/support/fixture';
import { createTestBot } from '../support/test-bot';

const HOSTILE = '<!channel> <@U0BOSS> <https://evil.example|x> [click](https://evil.example) **b** `c` & _i_';
const gemma: Caller = { platform: 'slack', id: 'U_GEMMA', name: 'gemma', operator: true };

/** The fixture with every piece of user text (titles, summaries, people, action texts, owners) made hostile. */
function hostileData(): StoreData {
  const data = slackFixture();
  for (const p of data.proposals) Object.assign(p, { title: `${p.title} ${HOSTILE}`, summary: HOSTILE, leadAnalyst: HOSTILE, proposer: { name: HOSTILE, organisation: HOSTILE } });
  for (const a of data.actions) Object.assign(a, { text: `${HOSTILE} ${a.text}` });
  return data;
}

/** Every renderer a Reply can reach: Block Kit messages, unfurl cards, Adaptive Card pages. */
function rendered(reply: Reply) {
  return { slack: [toBlocks(reply), toBlocks(reply, { shareId: 'share-1' }), toCompactBlocks(reply)], teams: toAdaptiveCards(reply) };
}

describe('every command reply, rendered for Slack and Teams, carries user text only as text', () => {
  const bot = createTestBot({ data: hostileData() });
  const lines = allCommands.flatMap((c) => [...c.examples, `${c.name} ${HOSTILE}`, `${c.name} DP096 ${HOSTILE}`]);

  it('walks the examples of all commands, and each command given hostile arguments', async () => {
    expect(lines.length).toBeGreaterThan(allCommands.length * 2);
    const found: { line: string; slack: string[]; teams: string[] }[] = [];
    for (const line of [...lines, HOSTILE, 'status DP096', 'actions', 'search click']) {
      const reply = await bot.run(line, gemma);
      const out = rendered(reply);
      const slack = slackMentions(out.slack);
      const teams = teamsMarkup(out.teams);
      if (slack.length || teams.length) found.push({ line, slack, teams });
    }
    expect(found).toEqual([]);
  });

  it('the App Home, built from the hostile store, escapes it too', () => {
    const view = toHomeView({ data: bot.store.read(), userId: 'U_GEMMA', now: bot.clock.now(), calendar: createCalendar() });
    expect(JSON.stringify(view)).toContain('&lt;!channel&gt;');
    expect(slackMentions(view)).toEqual([]);
  });
});
